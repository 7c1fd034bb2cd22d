"""Questions laid out as rows of a grid: scores 1–5, checklist items and tables."""

from typing import Any

from stagedesk.core.forms import CheckAnswer, CheckStatus, Field, ScaleAnswer, terms
from stagedesk.core.forms.definition import SCALE_MAX, SCALE_MIN

from . import fonts, ink, names, style
from .layout import Block, Canvas
from .sheet import ANSWER_WIDTH, ANSWER_X, Sheet, option, option_width, rows_block
from .text import Head, Para
from .values import as_text, choice_label, date_text
from .words import BY, DUE_AFTER, DUE_BEFORE, DUE_START, ROLES, say

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
        lines.draw(canvas, top - label.height + 4)

    return Block(label.height - 4 + lines.height, draw)


def check_field(field: Field, number: int, sheet: Sheet) -> Block:
    """A checklist item: done / not needed, the day it was done, when it is due and by
    whom, a note, and the rule it comes from."""
    value = sheet.value(field)
    check = value if isinstance(value, CheckAnswer) else CheckAnswer()
    head = Head.of(number, field, sheet.language, ANSWER_WIDTH)
    due = Para.of(_due(field, check, sheet), ANSWER_WIDTH, fonts.REGULAR, style.HELP, style.BAR)
    reference = Para.of(sheet.say(field.reference), ANSWER_WIDTH, fonts.ITALIC, 7.5, style.GREY)
    note = rows_block(
        sheet,
        sheet.pen.rows(check.note or "", ANSWER_WIDTH - 60, 1),
        name=names.name(field.id, "note"),
        value=check.note or "",
        tooltip=f"{sheet.say(field.label)} — {sheet.say(terms.NOTE)}",
        x=ANSWER_X + 60,
        width=ANSWER_WIDTH - 60,
        multiline=False,
    )
    top_part = head.height + due.height + 2
    height = top_part + 22 + note.height + reference.height

    def draw(canvas: Canvas, top: float) -> None:
        head.draw(canvas, top)
        due.draw(canvas, ANSWER_X, top - head.height - 1)
        _check_controls(canvas, field, check, sheet, top - top_part - 16)
        y = top - top_part - 22
        ink.text(
            canvas,
            sheet.say(terms.NOTE),
            ANSWER_X,
            y - style.RULED + 7,
            font=fonts.ITALIC,
            size=style.HELP,
            color=style.GREY,
        )
        note.draw(canvas, y)
        reference.draw(canvas, ANSWER_X, y - note.height - 1)

    return Block(height, draw, space_before=style.GAP + 2)


def _check_controls(
    canvas: Canvas, field: Field, check: CheckAnswer, sheet: Sheet, y: float
) -> None:
    left = ANSWER_X
    tooltip = sheet.say(field.label)
    for status, word in (
        (CheckStatus.DONE, terms.DONE),
        (CheckStatus.NOT_NEEDED, terms.NOT_NEEDED),
    ):
        label = Para.of(sheet.say(word), ANSWER_WIDTH)
        option(
            sheet,
            canvas,
            left,
            y,
            label,
            name=names.name(field.id, status.value),
            export=names.YES,
            on=check.status is status,
            round_=False,
            tooltip=f"{tooltip}: {sheet.say(word)}",
        )
        left += option_width(sheet.say(word)) + 20
    on_word = sheet.say(terms.ON)
    ink.text(canvas, on_word, left, y + 1.5, font=fonts.REGULAR, size=style.TEXT, color=style.INK)
    left += fonts.width(on_word, fonts.REGULAR, style.TEXT) + 6
    sheet.pen.date(
        canvas,
        left,
        y - 2,
        name=names.name(field.id, "done_on"),
        value=check.done_on,
        tooltip=f"{tooltip}: {sheet.say(terms.DONE)} {on_word}",
        language=sheet.language,
    )


def _due(field: Field, check: CheckAnswer, sheet: Sheet) -> str:
    """ "Due 12/03/2026 · by the mentor", or relative to the start on a blank form."""
    language = sheet.language
    if check.due is not None:
        when = terms.DUE.get(language).format(date=date_text(check.due))
    elif field.due_day is None:
        when = ""
    elif field.due_day < 0:
        when = say(DUE_BEFORE, language, days=-field.due_day)
    elif field.due_day == 0:
        when = say(DUE_START, language)
    else:
        when = say(DUE_AFTER, language, days=field.due_day)
    who = say(ROLES[field.responsible], language) if field.responsible else ""
    if who:
        who = f"{say(BY, language)} {who}"
    return " · ".join(part for part in (when, who) if part)


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
    long = any(column.type.value == "long_text" for column in field.columns)
    needed = max(
        len(fonts.wrap(text, fonts.REGULAR, style.SMALL + 1, width - 6)) if text else 0
        for text, width in zip(texts, widths, strict=True)
    )
    height = CELL + 10 if long else CELL
    if not sheet.pen.fillable:
        height = max(height, needed * CELL_LINE + 9)

    def draw(canvas: Canvas, top: float) -> None:
        canvas.setStrokeColor(style.LIGHT)
        canvas.setLineWidth(0.6)
        left = ANSWER_X
        for column, text, width in zip(field.columns, texts, widths, strict=True):
            canvas.rect(left, top - height, width, height, stroke=1, fill=0)
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
            left += width

    return Block(height, draw, page_header=table_head)
