"""Wrapped text and the blocks made of it: paragraphs, section bars, info boxes and the
head of a question (its number, label and help)."""

from dataclasses import dataclass
from typing import Any

from stagedesk.core.forms import Field
from stagedesk.output.pdf.kit import fonts, ink, style
from stagedesk.output.pdf.kit.layout import Block, Canvas


@dataclass(frozen=True)
class Para:
    """Lines of text in one font, already wrapped."""

    lines: tuple[str, ...]
    font: str = fonts.REGULAR
    size: float = style.TEXT
    color: Any = style.INK

    @classmethod
    def of(
        cls,
        text: str,
        limit: float,
        font: str = fonts.REGULAR,
        size: float = style.TEXT,
        color: Any = style.INK,
    ) -> "Para":
        lines = tuple(fonts.wrap(text, font, size, limit)) if text.strip() else ()
        return cls(lines, font, size, color)

    @property
    def leading(self) -> float:
        return self.size * style.LEADING

    @property
    def height(self) -> float:
        return len(self.lines) * self.leading

    def part(self, start: int, stop: int | None = None) -> "Para":
        return Para(self.lines[start:stop], self.font, self.size, self.color)

    def draw(self, canvas: Canvas, x: float, top: float) -> None:
        ink.text_lines(
            canvas,
            self.lines,
            x,
            top - self.size,
            font=self.font,
            size=self.size,
            leading=self.leading,
            color=self.color,
        )


def para_block(para: Para, x: float = style.LEFT, space_before: float = 0.0) -> Block:
    """A paragraph that continues on the next page when it does not fit."""

    def split(room: float) -> tuple[Block, Block] | None:
        count = int(room // para.leading)
        if count < 2 or count >= len(para.lines):
            return None
        return para_block(para.part(0, count), x), para_block(para.part(count), x)

    return Block(
        para.height,
        lambda canvas, top: para.draw(canvas, x, top),
        space_before=space_before,
        split=split,
        minimum=2 * para.leading,
    )


def section_bar(title: str) -> Block:
    """A section's title, white on a coloured bar; it never ends a page."""
    para = Para.of(title, style.WIDTH - 16, fonts.BOLD, style.SECTION, style.WHITE)
    height = para.height + 9

    def draw(canvas: Canvas, top: float) -> None:
        canvas.setFillColor(style.BAR)
        canvas.rect(style.LEFT, top - height, style.WIDTH, height, stroke=0, fill=1)
        para.draw(canvas, style.LEFT + 8, top - 4)

    return Block(height, draw, space_before=14, keep_with_next=True)


def info_box(label: str, body: str, x: float = style.LEFT, width: float = style.WIDTH) -> Block:
    """A text to read (a reminder, a rule): a shaded box with a bold heading."""
    head = Para.of(label, width - 16, fonts.BOLD, style.LABEL)
    text = Para.of(body, width - 16, fonts.REGULAR, style.TEXT)
    gap = 3.0 if head.lines and text.lines else 0.0
    height = head.height + gap + text.height + 12

    def draw(canvas: Canvas, top: float) -> None:
        canvas.setFillColor(style.SHADE)
        canvas.roundRect(x, top - height, width, height, 3, stroke=0, fill=1)
        head.draw(canvas, x + 8, top - 6)
        text.draw(canvas, x + 8, top - 6 - head.height - gap)

    return Block(height, draw, space_before=6)


@dataclass(frozen=True)
class Head:
    """A question's number, label (bold) and help (small grey oblique) in a column."""

    number: str
    label: Para
    help: Para

    @classmethod
    def of(cls, number: int | None, field: Field, language: str, width: float) -> "Head":
        help_text = field.help.get(language) if field.help else ""
        return cls(
            f"{number}." if number is not None else "",
            Para.of(field.label.get(language), width, fonts.BOLD, style.LABEL),
            Para.of(help_text, width, fonts.ITALIC, style.HELP, style.GREY),
        )

    @property
    def height(self) -> float:
        return self.label.height + (self.help.height + 1 if self.help.lines else 0)

    def draw(self, canvas: Canvas, top: float, x: float = style.LEFT + style.INDENT) -> None:
        if self.number:
            ink.text(
                canvas,
                self.number,
                style.LEFT,
                top - style.LABEL,
                font=fonts.BOLD,
                size=style.LABEL,
                color=style.BAR,
            )
        self.label.draw(canvas, x, top)
        self.help.draw(canvas, x, top - self.label.height - 1)
