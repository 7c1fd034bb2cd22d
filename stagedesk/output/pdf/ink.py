"""Writing PDF page operators directly: strings, colours, and lines of text.

reportlab's text objects measure, shape and format every line through many small steps;
a form has a few hundred lines, so its labels are written here as plain operators with
the same font subsets (the document still embeds and names the fonts itself).
"""

import re
from typing import Any

from reportlab.pdfbase import pdfdoc, pdfmetrics  # type: ignore[import-untyped]

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
        for subset, chunk in face.splitString(line, document):
            if subset != current:
                ops.append(f"{face.getSubsetInternalName(subset, document)} {size:g} Tf")
                current = subset
            ops.append(f"{literal(chunk)} Tj")
    ops.append("ET Q")
    canvas.addLiteral(" ".join(ops))


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
