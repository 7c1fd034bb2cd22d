"""Questions laid out as rows of a grid: scores 1–5 under a common head, and tables."""

from typing import Any

from stagedesk.core.forms import Field, ScaleAnswer, terms
from stagedesk.core.forms.definition import SCALE_MAX, SCALE_MIN
from stagedesk.output.pdf.forms import names
from stagedesk.output.pdf.forms.sheet import ANSWER_WIDTH, ANSWER_X, Sheet, rows_block
from stagedesk.output.pdf.forms.values import as_text, choice_label
from stagedesk.output.pdf.kit import fonts, ink, style
from stagedesk.output.pdf.kit.layout import Block, Canvas
from stagedesk.output.pdf.kit.text import Head, Para

SCORE_COLUMN = 27.0
SCORES = [str(score) for score in range(SCALE_MIN, SCALE_MAX + 1)] + [names.NOT_APPLICABLE]
SCALE_X = style.LEFT + style.WIDTH - len(SCORES) * SCORE_COLUMN
SCALE_LABEL = SCALE_X - 10 - ANSWER_X


def scale_head(sheet: Sheet) -> Block:
    """The legend and the columns' heads above a run of scored questions."""
    legend = Para.of(
        sheet.say(terms.SCALE_LEGEND), SCALE_LABEL, fonts.ITALIC, style.HELP, style.GREY
    )
    heads = [*SCORES[:-1], sheet.say(terms.NOT_APPLICABLE)]
    height = max(legend.height, 12.0) + 3

    def draw(canvas: Canvas, top: float) -> None:
        legend.draw(canvas, ANSWER_X, top)
        for index, head in enumerate(heads):
            centre = SCALE_X + (index + 0.5) * SCORE_COLUMN
            ink.text(
                canvas,
                head,
                centre,
                top - style.SMALL - 1,
                font=fonts.BOLD,
                size=style.SMALL,
                color=style.GREY,
                align="centre",
            )
        canvas.setStrokeColor(style.LIGHT)
        canvas.setLineWidth(0.5)
        canvas.line(ANSWER_X, top - height + 1, style.LEFT + style.WIDTH, top - height + 1)

    return Block(height, draw, space_before=style.GAP, keep_with_next=True)


def scale_field(field: Field, number: int, sheet: Sheet, head_block: Block) -> Block:
    """A scored question: its label, a circle per score, and notes when asked for."""
    value = sheet.value(field)
    score = _score(value)
    head = Head.of(number, field, sheet.language, SCALE_LABEL)
    note_text = value.note or "" if isinstance(value, ScaleAnswer) else ""
    notes = _notes(field, sheet, note_text) if field.notes else None
    row = max(head.height, 12.0)
    height = row + (notes.height + 3 if notes else 0)

    def draw(canvas: Canvas, top: float) -> None:
        head.draw(canvas, top)
        for index, export in enumerate(SCORES):
            x = SCALE_X + (index + 0.5) * SCORE_COLUMN - style.BOX / 2
            sheet.pen.mark(
                canvas,
                x,
                top - style.BOX - 1,
                name=names.name(field.id),
                export=export,
                on=export == score,
                round_=True,
                tooltip=sheet.say(field.label),
            )
        if notes:
            notes.draw(canvas, top - row - 3)

    return Block(height, draw, space_before=6, page_header=head_block)


def _score(value: Any) -> str | None:
    if not isinstance(value, ScaleAnswer):
        return None
    if value.not_applicable:
        return names.NOT_APPLICABLE
    return None if value.score is None else str(value.score)


def _notes(field: Field, sheet: Sheet, note: str) -> Block:
    label = Para.of(sheet.say(terms.NOTES), ANSWER_WIDTH, fonts.ITALIC, style.HELP, style.GREY)
    rows = sheet.pen.rows(note, ANSWER_WIDTH, 2)
    lines = rows_block(
        sheet,
        rows,
        name=names.name(field.id, "note"),
        value=note,
        tooltip=f"{sheet.say(field.label)} — {sheet.say(terms.NOTES)}",
    )

    def draw(canvas: Canvas, top: float) -> None:
        label.draw(canvas, ANSWER_X, top)
        lines.draw(canvas, top - label.height + 2)

    return Block(label.height - 2 + lines.height, draw)


COLUMN_WEIGHT = {"text": 1.0, "long_text": 1.7, "date": 0.75, "number": 0.6, "choice": 1.0}
CELL = 22.0  # a table row's height, written by hand
CELL_LINE = 11.5


def rows_field(field: Field, number: int, sheet: Sheet) -> list[Block]:
    """A ruled table: the columns' heads, then ``names.ROWS`` rows (more when known)."""
    columns = field.columns
    weights = [COLUMN_WEIGHT.get(column.type.value, 1.0) for column in columns]
    widths = [ANSWER_WIDTH * weight / sum(weights) for weight in weights]
    heads = [
        Para.of(sheet.say(c.label), w - 6, fonts.BOLD, style.SMALL + 0.5)
        for c, w in zip(columns, widths, strict=True)
    ]
    head_height = max(para.height for para in heads) + 8
    head = Head.of(number, field, sheet.language, ANSWER_WIDTH)

    def draw_heads(canvas: Canvas, top: float) -> None:
        canvas.setFillColor(style.SHADE)
        canvas.setStrokeColor(style.LIGHT)
        canvas.setLineWidth(0.6)
        canvas.rect(ANSWER_X, top - head_height, ANSWER_WIDTH, head_height, stroke=1, fill=1)
        left = ANSWER_X
        for para, width in zip(heads, widths, strict=True):
            para.draw(canvas, left + 3, top - 4)
            left += width

    def draw_titled(canvas: Canvas, top: float) -> None:
        head.draw(canvas, top)
        draw_heads(canvas, top - head.height - 3)

    table_head = Block(head_height, draw_heads)
    titled = Block(
        head.height + 3 + head_height, draw_titled, space_before=style.GAP, keep_with_next=True
    )
    rows = _table_rows(field, sheet)
    return [titled, *(_row(field, sheet, i, row, widths, table_head) for i, row in enumerate(rows))]


def _table_rows(field: Field, sheet: Sheet) -> list[dict[str, Any]]:
    value = sheet.value(field)
    known = [row for row in value if isinstance(row, dict)] if isinstance(value, list) else []
    count = names.ROWS if sheet.pen.fillable else max(names.ROWS, len(known))
    return (known + [{}] * count)[:count]


def _row(
    field: Field,
    sheet: Sheet,
    index: int,
    row: dict[str, Any],
    widths: list[float],
    table_head: Block,
) -> Block:
    texts = [
        choice_label(c.choices, row.get(c.id), sheet.language)
        if c.choices
        else as_text(row.get(c.id), sheet.language)
        for c in field.columns
    ]
    height = _row_height(field, sheet, texts, widths)

    def draw(canvas: Canvas, top: float) -> None:
        lefts = [ANSWER_X + sum(widths[:index]) for index in range(len(widths))]
        grid = (
            ink.rect_path(x, top - height, w, height) for x, w in zip(lefts, widths, strict=True)
        )
        ink.stroke(canvas, " ".join(grid), style.LIGHT, 0.6)
        for column, text, width, left in zip(field.columns, texts, widths, lefts, strict=True):
            sheet.pen.cell(
                canvas,
                left,
                top,
                width,
                height,
                name=names.name(field.id, index, column.id),
                value=text,
                tooltip=f"{sheet.say(field.label)} {index + 1}: {sheet.say(column.label)}",
            )

    return Block(height, draw, page_header=table_head)


def _row_height(field: Field, sheet: Sheet, texts: list[str], widths: list[float]) -> float:
    """Room to write by hand (more with a long-text column); on paper, room for what is
    printed in too."""
    long = any(column.type.value == "long_text" for column in field.columns)
    height = CELL + 10 if long else CELL
    if sheet.pen.fillable:
        return height
    needed = max(
        len(fonts.wrap(text, fonts.REGULAR, style.SMALL + 1, width - 6)) if text else 0
        for text, width in zip(texts, widths, strict=True)
    )
    return max(height, needed * CELL_LINE + 9)
