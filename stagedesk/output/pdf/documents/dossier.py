"""An internship's whole dossier in one PDF: a cover with the contents and the one-page
info sheet, then (only those that have something to show) the checklists with the state
of every item, the interview that led to the internship, the follow-up log and the
surveys.

    write_dossier(session, registry, internship_id, path, today=date)
"""

import datetime as dt
from collections.abc import Sequence
from pathlib import Path
from typing import BinaryIO

from sqlalchemy.orm import Session

from stagedesk.core.forms import FormRegistry, Text
from stagedesk.core.models import Internship
from stagedesk.output.pdf.documents.document import ROOM, DocHead, layout, page_of, write_document
from stagedesk.output.pdf.documents.dossier_parts import (
    checklist_blocks,
    follow_up_blocks,
    interview_blocks,
    survey_blocks,
)
from stagedesk.output.pdf.documents.info_facts import info_sheet, internship_language
from stagedesk.output.pdf.documents.info_page import info_block
from stagedesk.output.pdf.forms.collect import letterhead
from stagedesk.output.pdf.forms.values import date_text
from stagedesk.output.pdf.kit import fonts, ink, style
from stagedesk.output.pdf.kit.layout import Block, Canvas
from stagedesk.output.pdf.kit.text import section_bar
from stagedesk.output.words.documents import (
    CHECKLISTS,
    CONTENTS,
    DOSSIER,
    FOLLOW_UP,
    INTERVIEW,
    PAGE_SHORT,
    SURVEYS,
)
from stagedesk.output.words.forms import say

CONTENTS_LINE = 13.0


def write_dossier(
    session: Session,
    registry: FormRegistry,
    internship_id: int,
    target: Path | BinaryIO,
    *,
    language: str | None = None,
    today: dt.date,
) -> int:
    """Write the dossier of an internship; returns its number of pages. LookupError when
    there is no such internship."""
    internship = session.get(Internship, internship_id)
    if internship is None:
        raise LookupError(internship_id)
    fonts.register_fonts()  # text is measured before anything is written
    language = internship_language(session, internship_id, language)
    parts = [
        (title, blocks)
        for title, blocks in _parts(session, registry, internship, language, today)
        if blocks
    ]
    sheet = info_sheet(session, registry, internship, language)
    bars = [section_bar(sheet.title)] + [section_bar(title.get(language)) for title, _ in parts]
    numbers: list[int | None] = [None] * len(bars)
    titles = [sheet.title] + [title.get(language) for title, _ in parts]
    contents = contents_block(say(CONTENTS, language), titles, numbers, language)
    room = ROOM - contents.height - bars[0].space_before - bars[0].height - 1
    cover = [contents, bars[0], info_block(sheet, room, space_before=8)]
    rest = [
        block for bar, (_, blocks) in zip(bars[1:], parts, strict=True) for block in (bar, *blocks)
    ]
    pages = layout([cover, rest] if rest else [cover])
    numbers[:] = [page_of(pages, bar) for bar in bars]
    head = DocHead(
        letterhead(session), say(DOSSIER, language), _subject(internship), language, today
    )
    return write_document(head, pages, target)


def _parts(
    session: Session,
    registry: FormRegistry,
    internship: Internship,
    language: str,
    today: dt.date,
) -> list[tuple[Text, list[Block]]]:
    return [
        (CHECKLISTS, checklist_blocks(session, registry, internship, language, today)),
        (INTERVIEW, interview_blocks(session, registry, internship, language)),
        (FOLLOW_UP, follow_up_blocks(session, internship, language)),
        (SURVEYS, survey_blocks(session, registry, internship, language)),
    ]


def _subject(internship: Internship) -> str:
    """The intern, the unit and the dates, on every page."""
    dates = f"{date_text(internship.start_date)} – {date_text(internship.end_date)}"
    return f"{internship.intern.full_name} — {internship.unit.name} — {dates}"


def contents_block(
    heading: str, titles: Sequence[str], numbers: Sequence[int | None], language: str
) -> Block:
    """The list of the dossier's parts with their first page, in a shaded box. The page
    numbers are read when it is drawn: after the layout has found them."""
    width = style.WIDTH
    height = 14 + CONTENTS_LINE * (len(titles) + 1)

    def draw(canvas: Canvas, top: float) -> None:
        canvas.setFillColor(style.SHADE)
        canvas.roundRect(style.LEFT, top - height, width, height, 3, stroke=0, fill=1)
        y = top - 8 - style.LABEL
        ink.text(
            canvas, heading, style.LEFT + 10, y, font=fonts.BOLD, size=style.LABEL, color=style.INK
        )
        for title, number in zip(titles, numbers, strict=True):
            y -= CONTENTS_LINE
            plain = {"font": fonts.REGULAR, "size": style.TEXT - 0.5, "color": style.INK}
            ink.text(canvas, title, style.LEFT + 18, y, **plain)
            if number is not None:
                page = say(PAGE_SHORT, language, page=number)
                ink.text(canvas, page, style.LEFT + width - 10, y, align="right", **plain)

    return Block(height, draw)
