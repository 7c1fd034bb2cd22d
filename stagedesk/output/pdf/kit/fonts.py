"""The embedded fonts (DejaVu Sans), measuring text and wrapping it to a width.

Embedding is the costliest part of a small PDF: reportlab cuts a subset out of each font
and compresses it for every document. Here every document starts its fonts with the same
characters in the same order (``COMMON``: what Dutch, French and English forms use), so
the subset is the same from one document to the next and is cut and compressed once.
A character outside ``COMMON`` still works: that document's subset is made as usual.
"""

import zlib
from functools import lru_cache
from pathlib import Path
from typing import Any

from reportlab.lib.rl_accel import fp_str  # type: ignore[import-untyped]
from reportlab.pdfbase import pdfmetrics  # type: ignore[import-untyped]
from reportlab.pdfbase.pdfdoc import PDFArray, PDFName  # type: ignore[import-untyped]
from reportlab.pdfbase.ttfonts import TTFont, TTFontFace  # type: ignore[import-untyped]

from stagedesk.core.db.paths import resource_dir
from stagedesk.output.pdf.kit.objects import Prepared

FONT_DIR = resource_dir() / "resources" / "fonts"

REGULAR = "StageDesk-Sans"
BOLD = "StageDesk-Sans-Bold"
ITALIC = "StageDesk-Sans-Oblique"
FIELD_FONT = "Helvetica"  # form fields only take the 14 standard fonts (WinAnsi: é ë ç œ)

_FILES = {
    REGULAR: "DejaVuSans.ttf",
    BOLD: "DejaVuSans-Bold.ttf",
    ITALIC: "DejaVuSans-Oblique.ttf",
}


def font_path(name: str) -> Path:
    """A font file in ``resources/fonts`` (``DejaVuSans-Bold`` or ``DejaVuSans-Bold.ttf``)."""
    path = FONT_DIR / (name if Path(name).suffix else f"{name}.ttf")
    if not path.is_file():
        raise FileNotFoundError(path)
    return path


COMMON = (
    "".join(chr(code) for code in range(32, 127))
    + "ÀÁÂÄÇÈÉÊËÎÏÔÖÙÛÜàáâäçèéêëîïñôöùûüÿŒœ€…–—‘’“”«»•·°×§"
)


class _Face(TTFontFace):  # type: ignore[misc]
    """A font face that cuts and compresses each distinct subset once per process
    (``register_fonts`` turns reportlab's face into one)."""

    _subsets: dict[tuple[int, ...], tuple[bytes, bytes]]  # subset -> raw, compressed

    def _subset(self, subset: list[int]) -> tuple[bytes, bytes]:
        key = tuple(subset)
        if key not in self._subsets:
            if len(self._subsets) >= 64:
                self._subsets.clear()
            raw = bytes(super().makeSubset(subset))
            self._subsets[key] = (raw, zlib.compress(raw))
        return self._subsets[key]

    def makeSubset(self, subset: list[int]) -> bytes:
        return self._subset(subset)[0]

    def addSubsetObjects(self, doc: Any, fontname: str, subset: list[int]) -> Any:
        reference = super().addSubsetObjects(doc, fontname, subset)
        if doc.compression:  # the stream reportlab made gets the remembered compressed font
            stream = doc.idToObject[f"fontFile:{self.filename}({fontname})"]
            stream.content = self._subset(subset)[1]
            stream.filters = None
            stream.dictionary["Filter"] = PDFArray([PDFName("FlateDecode")])
        return reference


class _Font(TTFont):  # type: ignore[misc]
    """A font whose list of glyph widths (the same in every document) is written once."""

    def addObjects(self, doc: Any) -> None:
        fonts = doc.idToObject["BasicFonts"].dict
        before = set(fonts)
        super().addObjects(doc)
        for name in set(fonts) - before:
            fonts[name].Widths = _widths(tuple(fonts[name].Widths.sequence))


@lru_cache(maxsize=64)
def _widths(widths: tuple[float, ...]) -> Prepared:
    return Prepared(f"[{fp_str(*widths)}]")


def register_fonts() -> None:
    """Make the embedded fonts known to reportlab (once per process)."""
    known = set(pdfmetrics.getRegisteredFontNames())
    for font, file_name in _FILES.items():
        if font not in known:
            ttf = _Font(font, str(font_path(file_name)))
            ttf.face.__class__ = _Face
            ttf.face._subsets = {}
            pdfmetrics.registerFont(ttf)


def prepare(document: Any) -> None:
    """Give the fonts the same first characters in every document (see above)."""
    for font in _FILES:
        pdfmetrics.getFont(font).splitString(COMMON, document)


class _Probe:
    """Stands for a document (reportlab keeps a font's codes per document object)."""


@lru_cache(maxsize=8)
def common_codes(font: str) -> dict[str, int]:
    """The code of each ``COMMON`` character in the first subset of ``font``, the same in
    every prepared document."""
    probe = _Probe()
    pieces = pdfmetrics.getFont(font).splitString(COMMON, probe)
    if [subset for subset, _ in pieces] != [0]:
        return {}  # not all in the first subset: let reportlab encode every line
    return dict(zip(COMMON, pieces[0][1], strict=True))


@lru_cache(maxsize=16384)
def _unit_width(text: str, font: str) -> float:
    return float(pdfmetrics.stringWidth(text, font, 1.0))


def width(text: str, font: str, size: float) -> float:
    """The width of ``text`` in points; words are measured once and remembered."""
    if " " not in text:
        return _unit_width(text, font) * size
    words = text.split(" ")
    space = _unit_width(" ", font) * (len(words) - 1)
    return (sum(_unit_width(word, font) for word in words if word) + space) * size


def wrap(text: str, font: str, size: float, limit: float) -> list[str]:
    """``text`` in lines no wider than ``limit``; nothing is ever cut off: a word longer
    than a line is broken between characters. Line breaks in the text are kept."""
    lines: list[str] = []
    for paragraph in text.split("\n"):
        lines.extend(_wrap_paragraph(paragraph, font, size, limit))
    return lines


def _wrap_paragraph(paragraph: str, font: str, size: float, limit: float) -> list[str]:
    lines: list[str] = []
    space = _unit_width(" ", font) * size
    line, used = "", 0.0
    for word in paragraph.split():
        word_width = _unit_width(word, font) * size
        if line and used + space + word_width <= limit:
            line, used = f"{line} {word}", used + space + word_width
            continue
        if line:
            lines.append(line)
        if word_width <= limit:
            line, used = word, word_width
            continue
        *whole, line = _break_word(word, font, size, limit)
        lines.extend(whole)
        used = _unit_width(line, font) * size
    lines.append(line)
    return lines


def _break_word(word: str, font: str, size: float, limit: float) -> list[str]:
    pieces: list[str] = []
    piece = ""
    for char in word:
        if piece and _unit_width(piece + char, font) * size > limit:
            pieces.append(piece)
            piece = ""
        piece += char
    pieces.append(piece)
    return pieces
