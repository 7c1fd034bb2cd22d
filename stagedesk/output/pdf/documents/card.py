"""A reference card (the golden rules of feedback) as a document: the same for everyone,
so it carries the letterhead and page numbers but no form code and no QR code, which
would name a response that does not exist.

    write_card(session, definition, path, language="fr", today=date)
"""

import datetime as dt
from pathlib import Path
from typing import BinaryIO

from sqlalchemy.orm import Session

from stagedesk.core.forms import Definition, FormKind
from stagedesk.output.pdf.documents.document import DocHead, layout, write_document
from stagedesk.output.pdf.forms.body import body_blocks
from stagedesk.output.pdf.forms.collect import letterhead
from stagedesk.output.pdf.forms.pens import Pen
from stagedesk.output.pdf.forms.sheet import Sheet
from stagedesk.output.pdf.kit import fonts


def write_card(
    session: Session,
    definition: Definition,
    target: Path | BinaryIO,
    *,
    language: str,
    today: dt.date,
) -> int:
    """Write a reference card; returns its number of pages. ValueError for a form."""
    if definition.kind is not FormKind.CARD:
        raise ValueError(f"{definition.id} is not a reference card")
    fonts.register_fonts()  # text is measured before anything is written
    blocks = body_blocks(definition, Sheet(Pen(), language, {}))
    head = DocHead(letterhead(session), definition.title.get(language), "", language, today)
    return write_document(head, layout([blocks]), target)
