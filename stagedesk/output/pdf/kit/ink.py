"""Writing PDF page operators directly: strings, colours, and lines of text.

reportlab's text objects measure, shape and format every line through many small steps;
a form has a few hundred lines, so its labels are written here as plain operators with
the same font subsets (the document still embeds and names the fonts itself).
"""

import re
from functools import lru_cache
from typing import Any

from reportlab.pdfbase import pdfdoc, pdfmetrics  # type: ignore[import-untyped]

from stagedesk.output.pdf.kit import fonts

CODEC = pdfdoc.pdfdocEnc  # importing pdfdoc registers the "pdfdoc" text codec used here
_SPECIAL = re.compile(rb"[()\\]|[^\x20-\x7e]")


def literal(encoded: bytes) -> str:
    """A PDF string literal: ( ) and \\ escaped, bytes outside ASCII in octal."""
    return "(" + _SPECIAL.sub(_octal, encoded).decode("ascii") + ")"


def _octal(found: re.Match[bytes]) -> bytes:
    byte = found.group()[0]
    return b"\\" + (bytes([byte]) if byte in b"()\\" else f"{byte:03o}".encode("ascii"))


def pdf_string(text: str) -> str:
    """A PDF text string (names, values): PDFDoc-encoded if it can be, else UTF-16."""
    try:
        return literal(text.encode("pdfdoc"))
    except UnicodeEncodeError:
        return "<FEFF" + text.encode("utf-16-be").hex().upper() + ">"


def rgb(color: Any) -> str:
    return f"{color.red:.3f} {color.green:.3f} {color.blue:.3f}"


def text_lines(
    canvas: Any,
    lines: tuple[str, ...] | list[str],
    x: float,
    baseline: float,
    *,
    font: str,
    size: float,
    leading: float,
    color: Any,
) -> None:
    """Lines of text in an embedded font, the first with its baseline at ``baseline``."""
    if not lines:
        return
    document = canvas._doc
    face = pdfmetrics.getFont(font)
    ops = [f"q BT {rgb(color)} rg {x:.2f} {baseline:.2f} Td"]
    current = None
    for index, line in enumerate(lines):
        if index:
            ops.append(f"0 {-leading:.2f} Td")
        for subset, chunk in _chunks(face, line, document):
            if subset != current:
                ops.append(f"{face.getSubsetInternalName(subset, document)} {size:g} Tf")
                current = subset
            ops.append(f"{chunk} Tj")
    ops.append("ET Q")
    canvas.addLiteral(" ".join(ops))


def _chunks(face: Any, line: str, document: Any) -> list[tuple[int, str]]:
    """``line`` as (font subset, string literal) pieces. Lines of ``fonts.COMMON``
    characters only are the same in every document (see ``fonts``): made once."""
    known = _common_literal(face.fontName, line)
    if known is not None:
        return [(0, known)]
    return [(subset, literal(chunk)) for subset, chunk in face.splitString(line, document)]


@lru_cache(maxsize=8192)
def _common_literal(font: str, line: str) -> str | None:
    codes = fonts.common_codes(font)
    if not all(char in codes for char in line):
        return None
    return literal(bytes(codes[char] for char in line))


def text(
    canvas: Any,
    value: str,
    x: float,
    baseline: float,
    *,
    font: str,
    size: float,
    color: Any,
    align: str = "left",
) -> None:
    """One line of text, left-aligned at ``x``, or centred on it, or ending at it."""
    if align != "left":
        width = pdfmetrics.stringWidth(value, font, size)
        x -= width / 2 if align == "centre" else width
    text_lines(canvas, [value], x, baseline, font=font, size=size, leading=size, color=color)


def circle_path(cx: float, cy: float, radius: float) -> str:
    """A closed circle (four Bézier arcs)."""
    k, r = 0.5523 * radius, radius
    return (
        f"{cx + r:.2f} {cy:.2f} m "
        f"{cx + r:.2f} {cy + k:.2f} {cx + k:.2f} {cy + r:.2f} {cx:.2f} {cy + r:.2f} c "
        f"{cx - k:.2f} {cy + r:.2f} {cx - r:.2f} {cy + k:.2f} {cx - r:.2f} {cy:.2f} c "
        f"{cx - r:.2f} {cy - k:.2f} {cx - k:.2f} {cy - r:.2f} {cx:.2f} {cy - r:.2f} c "
        f"{cx + k:.2f} {cy - r:.2f} {cx + r:.2f} {cy - k:.2f} {cx + r:.2f} {cy:.2f} c h"
    )


def rect_path(x: float, y: float, width: float, height: float) -> str:
    return f"{x:.2f} {y:.2f} {width:.2f} {height:.2f} re"


def line_path(x1: float, y1: float, x2: float, y2: float) -> str:
    return f"{x1:.2f} {y1:.2f} m {x2:.2f} {y2:.2f} l"


def stroke(canvas: Any, paths: str, color: Any, width: float) -> None:
    """Draw the outline of ``paths`` (one or more path strings)."""
    canvas.addLiteral(f"q {rgb(color)} RG {width:.2f} w [] 0 d {paths} S Q")


def fill(canvas: Any, paths: str, color: Any) -> None:
    canvas.addLiteral(f"q {rgb(color)} rg {paths} f Q")
