"""Tables of text for the printed documents: a shaded head repeated on every page, rows
separated by thin rules, cells of wrapped text in several looks (a bold score above a
note, a date in red when it is overdue). A row taller than the room left continues on
the next page."""

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from reportlab.lib.colors import Color  # type: ignore[import-untyped]

from stagedesk.output.pdf.kit import fonts, ink, style
from stagedesk.output.pdf.kit.layout import Block, Canvas

PAD = 3.5  # above and below a cell's text
GAP = 6.0  # between columns
RIGHT = style.LEFT + style.WIDTH
SPLIT_FROM = 100.0  # a row at least this tall may continue on the next page


@dataclass(frozen=True)
class Look:
    """How a piece of text is printed."""

    font: str = fonts.REGULAR
    size: float = 9.0
    color: Any = style.INK

    @property
    def leading(self) -> float:
        return self.size * 1.25


PLAIN = Look()
STRONG = Look(fonts.BOLD)
QUIET = Look(fonts.ITALIC, 8.0, style.GREY)
HEAD = Look(fonts.BOLD, 8.0, style.GREY)
LATE = Look(fonts.BOLD, 9.0, Color(0.72, 0.1, 0.1))

Line = tuple[str, Look]
Piece = tuple[str, Look]  # a text to wrap and its look
Cell = Sequence[Piece]


@dataclass(frozen=True)
class Column:
    title: str
    width: float


def lines_of(text: str, width: float, look: Look = PLAIN) -> list[Line]:
    """``text`` wrapped to ``width``, each line with its look."""
    if not text.strip():
        return []
    return [(line, look) for line in fonts.wrap(text, look.font, look.size, width)]


def height_of(lines: Sequence[Line]) -> float:
    return sum(look.leading for _, look in lines)


def draw_lines(canvas: Canvas, lines: Sequence[Line], x: float, top: float) -> None:
    """Lines of several looks, one below the other, the first touching ``top``."""
    y = top
    for text, look in lines:
        ink.text(canvas, text, x, y - look.size, font=look.font, size=look.size, color=look.color)
        y -= look.leading


def table(
    columns: Sequence[Column], rows: Sequence[Sequence[Cell]], x: float = style.LEFT
) -> list[Block]:
    """The blocks of a table: its head (when a column has a title), then one per row."""
    widths = [column.width for column in columns]
    head = _head(columns, x) if any(column.title for column in columns) else None
    blocks = [head] if head is not None else []
    for row in rows:
        cells = [
            [line for text, look in cell for line in lines_of(text, width - GAP, look)]
            for cell, width in zip(row, widths, strict=True)
        ]
        blocks.append(row_block(cells, widths, x, head))
    return blocks


def _head(columns: Sequence[Column], x: float) -> Block:
    titles = [lines_of(c.title, c.width - GAP, HEAD) for c in columns]
    height = max(height_of(lines) for lines in titles) + 2 * PAD
    width = sum(column.width for column in columns)

    def draw(canvas: Canvas, top: float) -> None:
        ink.fill(canvas, ink.rect_path(x, top - height, width, height), style.SHADE)
        left = x
        for lines, column in zip(titles, columns, strict=True):
            draw_lines(canvas, lines, left + GAP / 2, top - PAD)
            left += column.width

    return Block(height, draw, space_before=6, keep_with_next=True)


def row_block(
    cells: Sequence[Sequence[Line]], widths: Sequence[float], x: float, head: Block | None
) -> Block:
    """One row; it splits between lines when it does not fit on a page."""
    height = max((height_of(lines) for lines in cells), default=0.0) + 2 * PAD
    width = sum(widths)

    def draw(canvas: Canvas, top: float) -> None:
        left = x
        for lines, column in zip(cells, widths, strict=True):
            draw_lines(canvas, lines, left + GAP / 2, top - PAD)
            left += column
        rule = ink.line_path(x, top - height, x + width, top - height)
        ink.stroke(canvas, rule, style.LIGHT, 0.5)

    def split(room: float) -> tuple[Block, Block] | None:
        parts = [_cut(lines, room - 2 * PAD) for lines in cells]
        if min((len(first) for first, rest in parts if rest), default=0) < 2:
            return None  # no cell left with a single line on either page
        if max(len(rest) for _, rest in parts) < 2:
            return None
        first = row_block([first for first, _ in parts], widths, x, head)
        rest = row_block([rest for _, rest in parts], widths, x, head)
        return first, rest

    if height < SPLIT_FROM:  # a short row moves to the next page whole
        return Block(height, draw, page_header=head)
    return Block(height, draw, split=split, minimum=2 * PAD + 2 * PLAIN.leading, page_header=head)


def _cut(lines: Sequence[Line], room: float) -> tuple[list[Line], list[Line]]:
    used, count = 0.0, 0
    for _, look in lines:
        if used + look.leading > room:
            break
        used += look.leading
        count += 1
    return list(lines[:count]), list(lines[count:])


def subheading(text: str, note: str = "") -> Block:
    """A part's title (bold, in the colour of the section bars) over a thin rule, with a
    grey note below it; it never ends a page."""
    lines = lines_of(text, style.WIDTH, Look(fonts.BOLD, 11.0, style.BAR))
    lines += lines_of(note, style.WIDTH, QUIET)
    height = height_of(lines) + 4

    def draw(canvas: Canvas, top: float) -> None:
        draw_lines(canvas, lines, style.LEFT, top)
        rule = ink.line_path(style.LEFT, top - height + 1, RIGHT, top - height + 1)
        ink.stroke(canvas, rule, style.BAR, 0.6)

    return Block(height, draw, space_before=14, keep_with_next=True)


def paragraph(text: str, look: Look = PLAIN, space_before: float = 4.0) -> Block:
    """Text across the page that continues on the next page when it must."""
    lines = lines_of(text, style.WIDTH, look)
    return row_like(lines, space_before)


def row_like(lines: Sequence[Line], space_before: float) -> Block:
    def draw(canvas: Canvas, top: float) -> None:
        draw_lines(canvas, lines, style.LEFT, top)

    def split(room: float) -> tuple[Block, Block] | None:
        first, rest = _cut(lines, room)
        return (row_like(first, 0.0), row_like(rest, 0.0)) if first and rest else None

    return Block(height_of(lines), draw, space_before, split=split, minimum=2 * PLAIN.leading)


def caption(text: str) -> Block:
    """The title of a table (a form's section): bold, in the colour of the bars."""
    lines = lines_of(text, style.WIDTH, Look(fonts.BOLD, 9.5, style.BAR))

    def draw(canvas: Canvas, top: float) -> None:
        draw_lines(canvas, lines, style.LEFT, top)

    return Block(height_of(lines) + 2, draw, space_before=10, keep_with_next=True)
