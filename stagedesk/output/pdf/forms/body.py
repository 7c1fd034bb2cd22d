"""A form's body as blocks: the intro, each section with its questions numbered across
the form, and the signature where someone fills the form in; or a reference card."""

from collections.abc import Callable

from stagedesk.core.forms import Definition, Field, FieldType, FormKind, RecordKind, Role
from stagedesk.output.pdf.forms.checks import check_field
from stagedesk.output.pdf.forms.fields import (
    choice_field,
    date_field,
    long_text_field,
    number_field,
    text_field,
    yes_no_field,
)
from stagedesk.output.pdf.forms.sheet import Sheet
from stagedesk.output.pdf.forms.tables import rows_field, scale_field, scale_head
from stagedesk.output.pdf.kit import fonts, ink, style
from stagedesk.output.pdf.kit.layout import Block, Canvas
from stagedesk.output.pdf.kit.text import Para, info_box, para_block, section_bar
from stagedesk.output.words.forms import DATE, INTERVIEWER, NAME, SIGNATURE, SIGNED, say

Builder = Callable[[Field, int, Sheet], list[Block]]
BUILDERS: dict[FieldType, Builder] = {
    FieldType.TEXT: text_field,
    FieldType.LONG_TEXT: long_text_field,
    FieldType.DATE: date_field,
    FieldType.NUMBER: number_field,
    FieldType.CHOICE: choice_field,
    FieldType.MULTI_CHOICE: choice_field,
    FieldType.YES_NO: yes_no_field,
    FieldType.CHECK: lambda field, number, sheet: [check_field(field, number, sheet)],
    FieldType.ROWS: rows_field,
}
SIGNERS = (Role.INTERN, Role.MENTOR, Role.UNIT_HEAD)


def body_blocks(definition: Definition, sheet: Sheet) -> list[Block]:
    card = definition.kind is FormKind.CARD
    blocks: list[Block] = []
    if definition.intro is not None:
        size = style.TEXT + 1 if card else style.TEXT
        blocks.append(para_block(Para.of(sheet.say(definition.intro), style.WIDTH, size=size)))
    number = 0
    for section in definition.sections:
        blocks.append(section_bar(sheet.say(section.title)))
        if section.intro is not None:
            intro = Para.of(sheet.say(section.intro), style.WIDTH, fonts.ITALIC, style.TEXT)
            blocks.append(_glued(para_block(intro, space_before=6)))
        scale_header: Block | None = None
        for field in section.fields:
            if field.type is not FieldType.SCALE:
                scale_header = None
            if not field.answers:
                blocks.append(_rule(field, sheet) if card else _info(field, sheet))
                continue
            number += 1
            if field.type is FieldType.SCALE:
                if scale_header is None:
                    scale_header = scale_head(sheet)
                    blocks.append(scale_header)
                blocks.append(scale_field(field, number, sheet, scale_header))
            else:
                blocks.extend(BUILDERS[field.type](field, number, sheet))
    signature = signature_block(definition, sheet)
    return blocks + ([signature] if signature else [])


def _glued(block: Block) -> Block:
    return Block(block.height, block.draw, block.space_before, keep_with_next=True)


def _info(field: Field, sheet: Sheet) -> Block:
    return info_box(sheet.say(field.label), sheet.say(field.text))


def _rule(field: Field, sheet: Sheet) -> Block:
    """A rule of a reference card: a bold heading and its explanation, a bar beside."""
    width = style.WIDTH - 14
    label = Para.of(sheet.say(field.label), width, fonts.BOLD, style.TEXT + 1, style.BAR)
    text = Para.of(sheet.say(field.text), width, fonts.REGULAR, style.TEXT)
    height = label.height + 3 + text.height

    def draw(canvas: Canvas, top: float) -> None:
        canvas.setFillColor(style.BAR)
        canvas.rect(style.LEFT, top - height + 2, 3, height - 2, stroke=0, fill=1)
        label.draw(canvas, style.LEFT + 12, top)
        text.draw(canvas, style.LEFT + 12, top - label.height - 3)

    return Block(height, draw, space_before=12)


def signature_block(definition: Definition, sheet: Sheet) -> Block | None:
    """Name, date and signature of who filled the form in (the interviewer for a
    question set); none on cards and on the coordinator's own records."""
    if definition.kind is FormKind.CARD:
        return None
    interview = definition.record is RecordKind.APPLICATION
    if not interview and definition.filled_by not in SIGNERS:
        return None
    heading = say(SIGNATURE, sheet.language)
    if interview:
        heading = f"{say(INTERVIEWER, sheet.language)} — {heading[0].lower()}{heading[1:]}"
    title = Para.of(heading, style.WIDTH, fonts.BOLD, style.LABEL)
    parts = ((NAME, 0.42), (DATE, 0.2), (SIGNED, 0.38))
    height = title.height + 46

    def draw(canvas: Canvas, top: float) -> None:
        title.draw(canvas, style.LEFT, top)
        line = top - height + 12
        x = style.LEFT
        canvas.setLineWidth(0.6)
        for word, share in parts:
            width = style.WIDTH * share - 14
            canvas.setStrokeColor(style.GREY)
            canvas.line(x, line, x + width, line)
            ink.text(
                canvas,
                say(word, sheet.language),
                x,
                line - 10,
                font=fonts.ITALIC,
                size=style.HELP,
                color=style.GREY,
            )
            x += width + 14

    return Block(height, draw, space_before=22)
