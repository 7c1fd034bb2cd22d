"""Checklist items: done / not needed, the day it was done, when it is due and by whom,
a note, and the rule the item comes from."""

from stagedesk.core.forms import CheckAnswer, CheckStatus, Field, terms
from stagedesk.output.pdf.forms import names
from stagedesk.output.pdf.forms.sheet import (
    ANSWER_WIDTH,
    ANSWER_X,
    Sheet,
    option,
    option_width,
    rows_block,
)
from stagedesk.output.pdf.forms.values import date_text
from stagedesk.output.pdf.kit import fonts, ink, style
from stagedesk.output.pdf.kit.layout import Block, Canvas
from stagedesk.output.pdf.kit.text import Head, Para
from stagedesk.output.words.forms import (
    BY,
    DUE_AFTER,
    DUE_BEFORE,
    DUE_DAY_AFTER,
    DUE_DAY_BEFORE,
    DUE_START,
    ROLES,
    say,
)


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
            y - style.RULED + (7 if sheet.pen.fillable else 5),  # paper: on the line
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
    ink.text(canvas, on_word, left, y + 0.5, font=fonts.REGULAR, size=style.TEXT, color=style.INK)
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
    """ "Due 12/03/2026 · by HR", or relative to the start on a blank form."""
    language = sheet.language
    if check.due is not None:
        when = terms.DUE.get(language).format(date=date_text(check.due))
    else:
        when = _relative(field.due_day, language)
    who = say(ROLES[field.responsible], language) if field.responsible else ""
    text = " · ".join(part for part in (when, who and f"{say(BY, language)} {who}") if part)
    return text[:1].upper() + text[1:]


def _relative(day: int | None, language: str) -> str:
    """When an item is due, counted from the internship's start (not known yet)."""
    if day is None:
        return ""
    fixed = {-1: DUE_DAY_BEFORE, 0: DUE_START, 1: DUE_DAY_AFTER}
    if day in fixed:
        return say(fixed[day], language)
    return say(DUE_BEFORE if day < 0 else DUE_AFTER, language, days=abs(day))
