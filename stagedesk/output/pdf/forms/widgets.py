"""Interactive PDF fields (AcroForm), made directly and quickly.

reportlab's own ``acroForm.radio/checkbox/textfield`` redraw every appearance for every
widget and write each as a tree of small objects (a survey has 150 radio buttons: that
took most of the time), its circles are mis-scaled below 20 pt, and its text fields
cannot show characters outside Latin-1 such as "Œ". Here a button's appearances are
made once per document and shared, each widget is written as one prepared dictionary,
and a text field's appearance uses the font's own encoding (PDFDoc, as the AcroForm's
Helvetica does), wrapped to the field's width. Names and values follow ``names``:
radio and check-box states are PDF names (``/4``, ``/Yes``).
"""

from typing import Any

from reportlab.pdfbase.acroform import PDFFromString  # type: ignore[import-untyped]
from reportlab.pdfbase.pdfdoc import (  # type: ignore[import-untyped]  # registers "pdfdoc"
    PDFName,
    PDFObject,
)

from stagedesk.output.pdf.forms import names
from stagedesk.output.pdf.kit import fonts, style
from stagedesk.output.pdf.kit.ink import circle_path, literal, pdf_string
from stagedesk.output.pdf.kit.ink import rgb as _rgb
from stagedesk.output.pdf.kit.objects import Prepared, reference_bytes

MULTILINE, READ_ONLY = 1 << 12, 1
RADIO_FLAGS = (1 << 14) | (1 << 15)  # no toggle to off, radio
PRINT, HIDDEN = 1 << 2, 1 << 1
BORDER = 0.7
FIELD_SIZE = 10.0  # type size inside text fields
Box = tuple[float, float, float, float]  # x, y, width, height


class Group(PDFObject):  # type: ignore[misc]
    """A radio group: the field that holds the value; its buttons are its kids."""

    def __init__(self, name: str, tooltip: str) -> None:
        self.name, self.tooltip = name, tooltip
        self.value: str | None = None
        self.kids: list[Any] = []

    def format(self, document: Any) -> bytes:
        value = f" /V {PDFName(self.value)}" if self.value else ""
        kids = b" ".join(reference_bytes(kid, document) for kid in self.kids)
        head = (
            f"<< /FT /Btn /Ff {RADIO_FLAGS}{value} /T {pdf_string(self.name)} "
            f"/TU {pdf_string(self.tooltip)} /Kids ["
        )
        return head.encode("ascii") + kids + b"] >>"


def _rect(box: Box) -> str:
    x, y, width, height = box
    return f"[{x:.2f} {y:.2f} {x + width:.2f} {y + height:.2f}]"


class Widgets:
    """Makes the form fields of one canvas; call while the field's page is being drawn."""

    def __init__(self, canvas: Any) -> None:
        self._canvas = canvas
        self._form = canvas.acroForm
        self._font_ref, self._font = self._form.makeFont(fonts.FIELD_FONT)
        self._buttons: dict[tuple[bool, float], tuple[Any, Any]] = {}
        self._groups: dict[str, tuple[Group, Any]] = {}  # name -> group, reference
        self._button_bodies: dict[tuple[bool, float, str, bool], str] = {}
        self._empty: dict[tuple[float, float], Any] = {}
        self._looks = (
            f"/MK << /BC [{_rgb(style.LIGHT)}] /BG [{_rgb(style.FIELD)}] >> "
            f"/BS << /W {BORDER} /S /S >>"
        )

    def text(
        self,
        name: str,
        value: str,
        box: Box,
        *,
        tooltip: str = "",
        multiline: bool = False,
        hidden: bool = False,
    ) -> None:
        """A text field at ``box`` holding ``value`` (hidden ones are also read-only)."""
        flags = (MULTILINE if multiline else 0) | (READ_ONLY if hidden else 0)
        da = f"/{self._font} {FIELD_SIZE:g} Tf 0 g"
        strings = f"/V {pdf_string(value)} /T {pdf_string(name)} /TU {pdf_string(tooltip)}"
        if hidden:
            self._add(f"/FT /Tx /Ff {flags} /DA ({da}) {strings}", [], box, HIDDEN, field=True)
            return
        look = self._text_look(value, box[2], box[3], multiline)
        body = f"/FT /Tx /Ff {flags} /DA ({da}) {self._looks} /AP << /N %b >> {strings}"
        self._add(body, [look], box, field=True)

    def radio(self, group: str, export: str, on: bool, box: Box, tooltip: str) -> None:
        """One button of radio group ``group``; ``export`` is its value (without slash)."""
        if group not in self._groups:
            made = Group(group, tooltip)
            self._groups[group] = (made, self._form.getRef(made))
            self._form.fields.append(self._groups[group][1])
        parent, reference = self._groups[group]
        if on:
            parent.value = export
        body, parts = self._button(True, box[2], export, on)
        parent.kids.append(self._add(body + " /Parent %b", [*parts, reference], box))

    def checkbox(self, name: str, on: bool, box: Box, tooltip: str) -> None:
        """A check box ``name`` with export value ``names.YES``."""
        body, parts = self._button(False, box[2], names.YES, on)
        body += f" /V {PDFName(names.YES if on else 'Off')} /T {pdf_string(name)}"
        body += f" /TU {pdf_string(tooltip)}"
        self._add(body, parts, box, field=True)

    def _button(self, round_: bool, size: float, export: str, on: bool) -> tuple[str, list[Any]]:
        """A button's dictionary entries (its two looks as the parts); made once per kind."""
        key = (round_, size, export, on)
        if key not in self._button_bodies:
            state = PDFName(export if on else "Off")
            self._button_bodies[key] = (
                f"/FT /Btn /AS {state} /AP << /N << {PDFName(export)} %b /Off %b >> >> "
                f"/MK << /CA ({'l' if round_ else '4'}) /BC [{_rgb(style.GREY)}] /BG [1 1 1] >> "
                f"/BS << /W {BORDER} /S /S >>"
            )
        return self._button_bodies[key], list(self._button_looks(round_, size))

    def _button_looks(self, round_: bool, size: float) -> tuple[Any, Any]:
        key = (round_, size)
        if key not in self._buttons:
            resources = PDFFromString("<< /ProcSet [/PDF] >>")
            on, off = (
                self._form.makeStream(
                    size, size, _button_stream(round_, size, state), Resources=resources
                )
                for state in (True, False)
            )
            self._buttons[key] = (self._form.getRef(on), self._form.getRef(off))
        return self._buttons[key]

    def _text_look(self, value: str, width: float, height: float, multiline: bool) -> Any:
        key = (width, height)
        if not value and key in self._empty:
            return self._empty[key]
        stream = _text_stream(self._font, value, width, height, multiline)
        resources = f"<< /ProcSet [/PDF /Text] /Font << /{self._font} {self._font_ref} >> >>"
        look = self._form.makeStream(width, height, stream, Resources=PDFFromString(resources))
        ref = self._form.getRef(look)
        if not value:
            self._empty[key] = ref
        return ref

    def _add(
        self, body: str, parts: list[Any], box: Box, flags: int = PRINT, *, field: bool = False
    ) -> Any:
        """Put the widget on the current page; a field (not a radio button) is also listed
        in the form. Returns its reference."""
        text = f"<< /Type /Annot /Subtype /Widget /F {flags} /Rect {_rect(box)} /P %b {body} >>"
        widget = Prepared(text, self._canvas._doc.thisPageRef(), *parts)
        self._canvas._addAnnotation(widget)
        ref = self._form.getRef(widget)
        if field:
            self._form.fields.append(ref)
        return ref


def _literal(text: str) -> str:
    """A string to show in the form font's encoding (unknown characters become ?)."""
    return literal(text.encode("pdfdoc", errors="replace"))


def _text_stream(font: str, value: str, width: float, height: float, multiline: bool) -> str:
    """A text field's look: background, border, and the value (wrapped when multi-line)."""
    size = FIELD_SIZE
    parts = [
        f"q {_rgb(style.FIELD)} rg 0 0 {width:.2f} {height:.2f} re f Q",
        f"q {_rgb(style.LIGHT)} RG {BORDER} w {BORDER / 2} {BORDER / 2} "
        f"{width - BORDER:.2f} {height - BORDER:.2f} re S Q",
        f"/Tx BMC q 1 1 {width - 2:.2f} {height - 2:.2f} re W n",
    ]
    if value:
        if multiline:
            lines = fonts.wrap(value, fonts.FIELD_FONT, size, width - 10)
            top = height - 2 - size
        else:
            lines = [" ".join(value.split())]
            top = (height - size * 0.72) / 2
        parts.append(f"BT /{font} {size:g} Tf 0 g 3 {top:.2f} Td {size * 1.15:.2f} TL")
        parts.append(" T* ".join(f"{_literal(line)} Tj" for line in lines))
        parts.append("ET")
    parts.append("Q EMC")
    return "\n".join(parts)


def _button_stream(round_: bool, size: float, on: bool) -> str:
    """A radio button (circle, a dot when chosen) or a check box (square, a tick)."""
    half, edge = size / 2, BORDER / 2
    if round_:
        shape = circle_path(half, half, half - edge)
        mark = f"{circle_path(half, half, size * 0.24)} f" if on else ""
    else:
        shape = f"{edge} {edge} {size - BORDER:.2f} {size - BORDER:.2f} re"
        mark = (
            f"1.4 w {size * 0.2:.2f} {size * 0.5:.2f} m {size * 0.42:.2f} {size * 0.22:.2f} l "
            f"{size * 0.82:.2f} {size * 0.8:.2f} l S"
            if on
            else ""
        )
    return (
        f"q 1 g {shape} f Q q {_rgb(style.GREY)} RG {BORDER} w {shape} S Q "
        f"q {_rgb(style.ANSWER)} rg {_rgb(style.ANSWER)} RG {mark} Q"
    )
