"""The blocks of one question, by type: text, dates, numbers, choices, yes/no."""

from collections.abc import Callable
from decimal import Decimal
from typing import Any

from stagedesk.core.forms import Field, FieldType, terms
from stagedesk.output.pdf.forms import names
from stagedesk.output.pdf.forms.pens import SLOT
from stagedesk.output.pdf.forms.sheet import (
    ANSWER_WIDTH,
    ANSWER_X,
    LABEL_COLUMN,
    RIGHT_WIDTH,
    RIGHT_X,
    Sheet,
    option,
    option_width,
    question,
    rows_block,
)
from stagedesk.output.pdf.forms.values import number_text
from stagedesk.output.pdf.kit import style
from stagedesk.output.pdf.kit.layout import Block, Canvas
from stagedesk.output.pdf.kit.text import Head, Para

Answer = Callable[[Canvas, float], None]  # draws an answer beside its label, from the top
NUMBER_BOX = 70.0
LIFT = 4.0  # raises an answer line so its text sits level with the label beside it


def side_by_side(
    head: Head, answer_height: float, answer: Answer, *, space: float = style.GAP
) -> Block:
    """A short question: the label on the left, the answer on the right."""

    def draw(canvas: Canvas, top: float) -> None:
        head.draw(canvas, top)
        answer(canvas, top)

    return Block(max(head.height, answer_height), draw, space_before=space)


def fits_beside(head: Head) -> bool:
    return len(head.label.lines) <= 3 and len(head.help.lines) <= 3


def text_field(field: Field, number: int, sheet: Sheet) -> list[Block]:
    name, value, label = names.name(field.id), sheet.text(field), sheet.say(field.label)
    head = Head.of(number, field, sheet.language, LABEL_COLUMN)
    rows = sheet.pen.rows(value, RIGHT_WIDTH, 1)
    if fits_beside(head) and len(rows) <= 3:

        def answer(canvas: Canvas, top: float) -> None:
            sheet.pen.write(
                canvas,
                RIGHT_X,
                top + LIFT,
                RIGHT_WIDTH,
                rows,
                name=name,
                value=value,
                tooltip=label,
            )

        return [side_by_side(head, len(rows) * style.RULED - LIFT, answer)]
    wide = Head.of(number, field, sheet.language, ANSWER_WIDTH)
    count = 2 if len(wide.label.lines) > 1 and not sheet.pen.fillable else 1
    rows = sheet.pen.rows(value, ANSWER_WIDTH, count)
    answer_block = rows_block(sheet, rows, name=name, value=value, tooltip=label, multiline=False)
    return question(wide, answer_block)


def long_text_field(field: Field, number: int, sheet: Sheet) -> list[Block]:
    name, value = names.name(field.id), sheet.text(field)
    head = Head.of(number, field, sheet.language, ANSWER_WIDTH)
    rows = sheet.pen.rows(value, ANSWER_WIDTH, field.lines)
    answer = rows_block(sheet, rows, name=name, value=value, tooltip=sheet.say(field.label))
    return question(head, answer)


def placed_head(field: Field, number: int, sheet: Sheet) -> tuple[Head, float, float]:
    """A short answer's head, and where the answer goes: beside a short label (x, 0 down),
    or under a long one (the answers' x, the head's height down)."""
    head = Head.of(number, field, sheet.language, LABEL_COLUMN)
    if fits_beside(head):
        return head, RIGHT_X, 0.0
    head = Head.of(number, field, sheet.language, ANSWER_WIDTH)
    return head, ANSWER_X, head.height + 4


def date_field(field: Field, number: int, sheet: Sheet) -> list[Block]:
    """__ / __ / ____ on paper, a field with the format's hint when fillable."""
    head, x, down = placed_head(field, number, sheet)

    def answer(canvas: Canvas, top: float) -> None:
        sheet.pen.date(
            canvas,
            x,
            top - down - 12,
            name=names.name(field.id),
            value=sheet.value(field),
            tooltip=sheet.say(field.label),
            language=sheet.language,
        )

    return [side_by_side(head, down + 16, answer)]


def number_field(field: Field, number: int, sheet: Sheet) -> list[Block]:
    """A box for the number, its unit after it."""
    value = sheet.value(field)
    numeric = isinstance(value, int | float | Decimal) and not isinstance(value, bool)
    shown = number_text(value, sheet.language) if numeric else sheet.text(field)
    head, x, down = placed_head(field, number, sheet)
    unit = Para.of(sheet.say(field.unit), style.LEFT + style.WIDTH - x - NUMBER_BOX - 8)

    def answer(canvas: Canvas, top: float) -> None:
        sheet.pen.box(
            canvas,
            x,
            top - down - 14,
            NUMBER_BOX,
            name=names.name(field.id),
            value=shown,
            tooltip=sheet.say(field.label),
        )
        unit.draw(canvas, x + NUMBER_BOX + 6, top - down - 0.5)

    return [side_by_side(head, down + max(SLOT, unit.height), answer)]


def yes_no_field(field: Field, number: int, sheet: Sheet) -> list[Block]:
    """Two circles: yes and no, in the form's language."""
    value = sheet.value(field)
    head, x, down = placed_head(field, number, sheet)
    words = [
        (True, "yes", Para.of(sheet.say(terms.YES), 200)),
        (False, "no", Para.of(sheet.say(terms.NO), 200)),
    ]

    def answer(canvas: Canvas, top: float) -> None:
        left = x
        for truth, export, label in words:
            option(
                sheet,
                canvas,
                left,
                top - down - style.BOX - 1,
                label,
                name=names.name(field.id),
                export=export,
                on=value is truth,
                round_=True,
                tooltip=sheet.say(field.label),
            )
            left += option_width(label.lines[0]) + 22

    return [side_by_side(head, down + 12, answer)]


def choice_field(field: Field, number: int, sheet: Sheet) -> list[Block]:
    """Tick boxes, one per choice, in columns when the labels are short."""
    value = sheet.value(field)
    multi = field.type is FieldType.MULTI_CHOICE
    chosen = set(value) if multi and isinstance(value, list | tuple) else {value}
    labels = [sheet.say(choice.label) for choice in field.choices]
    widest = max((option_width(label) for label in labels), default=0.0) + 18
    columns = max(1, min(3, int(ANSWER_WIDTH // widest), len(labels)))
    column_width = ANSWER_WIDTH / columns
    paras = [Para.of(label, column_width - style.BOX - 18) for label in labels]
    row_heights = [
        max(para.height for para in paras[start : start + columns]) + 4
        for start in range(0, len(paras), columns)
    ]

    def draw(canvas: Canvas, top: float) -> None:
        for index, (choice, para) in enumerate(zip(field.choices, paras, strict=True)):
            row, column = divmod(index, columns)
            y = top - sum(row_heights[:row]) - style.BOX - 3
            mark: dict[str, Any] = {
                "name": names.name(field.id, choice.value) if multi else names.name(field.id),
                "export": names.YES if multi else choice.value,
                "on": choice.value in chosen,
                "round_": not multi,
                "tooltip": f"{sheet.say(field.label)}: {sheet.say(choice.label)}",
            }
            option(sheet, canvas, ANSWER_X + column * column_width, y, para, **mark)

    head = Head.of(number, field, sheet.language, ANSWER_WIDTH)
    return question(head, Block(sum(row_heights) + 4, draw))
