"""How an answer place is drawn: on paper (boxes and ruled lines, with what is known
printed in) or as real form fields. Fields lay out the same way for both."""

import datetime as dt
from typing import Any

from stagedesk.output.pdf.forms.values import date_text
from stagedesk.output.pdf.forms.widgets import Widgets
from stagedesk.output.pdf.kit import fonts, ink, style
from stagedesk.output.pdf.kit.layout import Canvas
from stagedesk.output.words.forms import DATE_HINT, say

DIGIT = 11.0  # a box for one digit of a date written by hand
SLASH = 10.0
DATE_WIDTH = 8 * DIGIT + 2 * SLASH
FIELD_DATE = 76.0  # a fillable date field; the hint follows it
SLOT = 18.0  # the height of a one-line answer box
ANSWER_TEXT = {"font": fonts.REGULAR, "size": style.TEXT, "color": style.ANSWER}


class Pen:
    """On paper: empty boxes and lines, and (pre-filled) the values in the answer colour."""

    fillable = False

    def rows(self, value: str, width: float, count: int) -> list[str]:
        """The text for each ruled line: ``value`` wrapped, at least ``count`` lines."""
        lines = fonts.wrap(value, fonts.REGULAR, style.TEXT, width - 4) if value else []
        return lines + [""] * (count - len(lines))

    def mark(
        self,
        canvas: Canvas,
        x: float,
        y: float,
        *,
        name: str,
        export: str,
        on: bool,
        round_: bool,
        tooltip: str,
    ) -> None:
        """A tick box (square) or a circle for one-of-several, bottom left at (x, y)."""
        half = style.BOX / 2
        if round_:
            ink.stroke(canvas, ink.circle_path(x + half, y + half, half), style.GREY, 0.7)
        else:
            ink.stroke(canvas, ink.rect_path(x, y, style.BOX, style.BOX), style.GREY, 0.7)
        if on:
            self._tick(canvas, x, y, round_)

    @staticmethod
    def _tick(canvas: Canvas, x: float, y: float, round_: bool) -> None:
        size = style.BOX
        if round_:
            dot = ink.circle_path(x + size / 2, y + size / 2, size * 0.27)
            ink.fill(canvas, dot, style.ANSWER)
            return
        tick = (
            f"{x + 1.8:.2f} {y + size * 0.5:.2f} m {x + size * 0.42:.2f} {y + 1.8:.2f} l "
            f"{x + size - 0.3:.2f} {y + size + 1.2:.2f} l"
        )
        ink.stroke(canvas, tick, style.ANSWER, 1.5)

    def write(
        self,
        canvas: Canvas,
        x: float,
        top: float,
        width: float,
        rows: list[str],
        *,
        name: str,
        value: str,
        tooltip: str,
        multiline: bool = False,
    ) -> None:
        """Ruled lines below ``top``, one per row, with the row's text on it."""
        rules = [top - (index + 1) * style.RULED + 3 for index in range(len(rows))]
        ink.stroke(
            canvas, " ".join(ink.line_path(x, y, x + width, y) for y in rules), style.LIGHT, 0.5
        )
        for rule, text in zip(rules, rows, strict=True):
            if text:
                ink.text(canvas, text, x + 2, rule + 3.5, **ANSWER_TEXT)

    def date_width(self, language: str) -> float:
        return DATE_WIDTH

    def date(
        self,
        canvas: Canvas,
        x: float,
        y: float,
        *,
        name: str,
        value: Any,
        tooltip: str,
        language: str,
    ) -> None:
        """__ / __ / ____ with the bottom at ``y``; the digits in when the date is known."""
        digits = date_text(value).replace("/", "") if isinstance(value, dt.date) else ""
        lefts = [x + index * DIGIT + SLASH * ((index > 1) + (index > 3)) for index in range(8)]
        boxes = " ".join(ink.rect_path(left, y, DIGIT, 14) for left in lefts)
        ink.stroke(canvas, boxes, style.LIGHT, 0.6)
        slash = {"font": fonts.REGULAR, "size": style.TEXT, "color": style.GREY}
        for index in (1, 3):
            centre = lefts[index] + DIGIT + SLASH / 2
            ink.text(canvas, "/", centre, y + 3.5, align="centre", **slash)
        for left, digit in zip(lefts, digits, strict=False):
            ink.text(canvas, digit, left + DIGIT / 2, y + 3.5, align="centre", **ANSWER_TEXT)

    def box(
        self,
        canvas: Canvas,
        x: float,
        y: float,
        width: float,
        *,
        name: str,
        value: str,
        tooltip: str,
    ) -> None:
        """A one-line box (a number) with its bottom at ``y``."""
        ink.stroke(canvas, ink.rect_path(x, y, width, SLOT), style.LIGHT, 0.6)
        if value:
            ink.text(canvas, value, x + 4, y + 5, **ANSWER_TEXT)

    def cell(
        self,
        canvas: Canvas,
        x: float,
        top: float,
        width: float,
        height: float,
        *,
        name: str,
        value: str,
        tooltip: str,
    ) -> None:
        """A table cell's text (the grid is drawn by the table)."""
        lines = fonts.wrap(value, fonts.REGULAR, style.SMALL + 1, width - 6) if value else []
        ink.text_lines(
            canvas,
            lines,
            x + 3,
            top - 12,
            font=fonts.REGULAR,
            size=style.SMALL + 1,
            leading=11.5,
            color=style.ANSWER,
        )


class FieldPen(Pen):
    """Real form fields (AcroForm), named after ``names``, filled with what is known."""

    fillable = True

    def __init__(self, widgets: Widgets) -> None:
        self.widgets = widgets

    def rows(self, value: str, width: float, count: int) -> list[str]:
        return [""] * count

    def mark(
        self,
        canvas: Canvas,
        x: float,
        y: float,
        *,
        name: str,
        export: str,
        on: bool,
        round_: bool,
        tooltip: str,
    ) -> None:
        size = style.BOX + 1
        if round_:
            self.widgets.radio(name, export, on, (x - 0.5, y - 0.5, size, size), tooltip)
        else:
            self.widgets.checkbox(name, on, (x - 0.5, y - 0.5, size, size), tooltip)

    def write(
        self,
        canvas: Canvas,
        x: float,
        top: float,
        width: float,
        rows: list[str],
        *,
        name: str,
        value: str,
        tooltip: str,
        multiline: bool = False,
    ) -> None:
        height = len(rows) * style.RULED - 2
        box = (x, top - height - 1, width, height)
        self.widgets.text(name, value, box, tooltip=tooltip, multiline=multiline)

    def date_width(self, language: str) -> float:
        return FIELD_DATE + 6 + fonts.width(say(DATE_HINT, language), fonts.ITALIC, style.HELP)

    def date(
        self,
        canvas: Canvas,
        x: float,
        y: float,
        *,
        name: str,
        value: Any,
        tooltip: str,
        language: str,
    ) -> None:
        text = date_text(value) if isinstance(value, dt.date) else ""
        self.widgets.text(name, text, (x, y - 2, FIELD_DATE, SLOT), tooltip=tooltip)
        ink.text(
            canvas,
            say(DATE_HINT, language),
            x + FIELD_DATE + 6,
            y + 3,
            font=fonts.ITALIC,
            size=style.HELP,
            color=style.GREY,
        )

    def box(
        self,
        canvas: Canvas,
        x: float,
        y: float,
        width: float,
        *,
        name: str,
        value: str,
        tooltip: str,
    ) -> None:
        self.widgets.text(name, value, (x, y, width, SLOT), tooltip=tooltip)

    def cell(
        self,
        canvas: Canvas,
        x: float,
        top: float,
        width: float,
        height: float,
        *,
        name: str,
        value: str,
        tooltip: str,
    ) -> None:
        box = (x + 1, top - height + 1, width - 2, height - 2)
        self.widgets.text(name, value, box, tooltip=tooltip, multiline=height > 26)
