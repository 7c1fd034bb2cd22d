"""PDF objects written from prepared text, for the many small objects of a form that
reportlab would otherwise build and format piece by piece."""

from typing import Any

from reportlab.pdfbase.pdfdoc import (  # type: ignore[import-untyped]
    PDFObject,
    PDFObjectReference,
    format,
)


def reference_bytes(part: Any, document: Any) -> bytes:
    """``n 0 R`` for a reference (the common case, made directly), else the object."""
    if type(part) is PDFObjectReference:
        return b"%d %d R" % document.idToObjectNumberAndVersion[part.name]
    return bytes(format(part, document))


class Prepared(PDFObject):  # type: ignore[misc]
    """A PDF object written from prepared text; each ``%b`` takes the next part
    (a reference, a string) formatted when the file is written."""

    def __init__(self, text: str, *parts: Any) -> None:
        self.text = text.encode("ascii")
        self.parts = list(parts)

    def format(self, document: Any) -> bytes:
        return self.text % tuple(reference_bytes(part, document) for part in self.parts)
