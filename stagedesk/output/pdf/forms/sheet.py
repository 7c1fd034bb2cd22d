"""What every field's layout needs: the pen, the form's language and values, and the
columns of the answer area."""

from dataclasses import dataclass
from typing import Any

from stagedesk.core.forms import Answers, Field, Text
from stagedesk.output.pdf.forms.pens import Pen
from stagedesk.output.pdf.forms.values import as_text
from stagedesk.output.pdf.kit import fonts, style
from stagedesk.output.pdf.kit.layout import Block, Canvas
from stagedesk.output.pdf.kit.text import Head, Para

ANSWER_X = style.LEFT + style.INDENT  # answers line up under the labels
ANSWER_WIDTH = style.LEFT + style.WIDTH - ANSWER_X
LABEL_COLUMN = 0.42 * ANSWER_WIDTH  # a short question: label left, answer right
RIGHT_X = ANSWER_X + LABEL_COLUMN + 10
RIGHT_WIDTH = style.LEFT + style.WIDTH - RIGHT_X
LONG_BLOCK = 240.0  # a question taller than this may continue on the next page


@dataclass(frozen=True)
class Sheet:
    pen: Pen
    language: str
    values: Answers

    def say(self, text: Text | None) -> str:
        return text.get(self.language) if text is not None else ""

    def value(self, field: Field) -> Any:
        return self.values.get(field.id)

    def text(self, field: Field) -> str:
        return as_text(self.values.get(field.id), self.language)


def option(sheet: Sheet, canvas: Canvas, x: float, y: float, label: Para, **mark: Any) -> None:
    """A tick box or circle with its label to the right; ``y`` is the box's bottom."""
    sheet.pen.mark(canvas, x, y, **mark)
    label.draw(canvas, x + style.BOX + 4, y + style.BOX + 1.5)


def option_width(label: str) -> float:
    return style.BOX + 4 + fonts.width(label, fonts.REGULAR, style.TEXT)


def rows_block(
    sheet: Sheet,
    rows: list[str],
    *,
    name: str,
    value: str,
    tooltip: str,
    x: float = ANSWER_X,
    width: float = ANSWER_WIDTH,
    multiline: bool = True,
) -> Block:
    """Answer lines (paper) or one text field; on paper, long answers continue overleaf."""

    def draw(canvas: Canvas, top: float) -> None:
        sheet.pen.write(
            canvas,
            x,
            top,
            width,
            rows,
            name=name,
            value=value,
            tooltip=tooltip,
            multiline=multiline,
        )

    def split(room: float) -> tuple[Block, Block] | None:
        count = int(room // style.RULED)
        if sheet.pen.fillable or count < 2 or count >= len(rows):
            return None
        first, rest = rows[:count], rows[count:]
        common: dict[str, Any] = {"name": name, "value": value, "tooltip": tooltip}
        return (
            rows_block(sheet, first, x=x, width=width, **common),
            rows_block(sheet, rest, x=x, width=width, **common),
        )

    return Block(len(rows) * style.RULED, draw, split=split, minimum=2 * style.RULED)


def question(head: Head, answer: Block, space: float = style.GAP) -> list[Block]:
    """A question's head and answer: one block, or (when long) the head kept with the
    beginning of an answer that may continue on the next page."""
    gap = 2.0
    if answer.split is None or head.height + gap + answer.height <= LONG_BLOCK:

        def draw(canvas: Canvas, top: float) -> None:
            head.draw(canvas, top)
            answer.draw(canvas, top - head.height - gap)

        return [Block(head.height + gap + answer.height, draw, space_before=space)]
    first = Block(head.height + gap, head.draw, space_before=space, keep_with_next=True)
    return [first, answer]
