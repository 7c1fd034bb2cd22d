"""Documents to read rather than to fill in (the info sheet, the dossier, the list of
opportunities): A4, DejaVu Sans embedded, the organisation's letterhead, the document's
title and subject at the top of every page, and "page n of m" at the bottom.

    pages = layout([cover_blocks, other_blocks])   # each part starts on a new page
    write_document(head, pages, path)

They have no form code and no QR code: nothing is read back from them.
"""

import datetime as dt
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import BinaryIO

from reportlab import rl_config  # type: ignore[import-untyped]
from reportlab.pdfgen.canvas import Canvas as PdfCanvas  # type: ignore[import-untyped]

from stagedesk.output.pdf.forms.job import Letterhead
from stagedesk.output.pdf.forms.page import draw_logo, fitted
from stagedesk.output.pdf.forms.values import date_text
from stagedesk.output.pdf.kit import fonts, ink, style
from stagedesk.output.pdf.kit.layout import Block, Canvas, Placed, paginate
from stagedesk.output.words.forms import PAGE, say

BODY_TOP = style.BODY_TOP
FOOTER_RULE = 15 * style.MM  # lower than on a form: no code and QR code to make room for
BODY_BOTTOM = FOOTER_RULE + 5 * style.MM
ROOM = BODY_TOP - BODY_BOTTOM  # the height of a page's body
RIGHT = style.LEFT + style.WIDTH
Pages = list[list[Placed]]


@dataclass(frozen=True)
class DocHead:
    """What every page of a document says about it."""

    letterhead: Letterhead
    title: str
    subject: str
    language: str
    printed_on: dt.date


def layout(parts: Sequence[Sequence[Block]]) -> Pages:
    """The parts' blocks page by page; every part starts on a new page."""
    pages: Pages = []
    for part in parts:
        pages.extend(paginate(part, BODY_TOP, BODY_BOTTOM))
    return pages or [[]]


def page_of(pages: Pages, block: Block) -> int | None:
    """The number of the page ``block`` (this very object) is drawn on."""
    for number, page in enumerate(pages, start=1):
        if any(placed is block for placed, _ in page):
            return number
    return None


def write_document(head: DocHead, pages: Pages, target: Path | BinaryIO) -> int:
    """Write the pages; returns how many there are."""
    fonts.register_fonts()
    with _binary_streams():
        canvas = PdfCanvas(
            str(target) if isinstance(target, Path) else target,
            pagesize=(style.PAGE_WIDTH, style.PAGE_HEIGHT),
            pageCompression=1,
        )
        fonts.prepare(canvas._doc)
        canvas.setTitle(f"{head.title} — {head.subject}" if head.subject else head.title)
        canvas.setSubject(head.subject)
        canvas.setAuthor(head.letterhead.organisation)
        canvas.setCreator("StageDesk")
        _decor(canvas, head)
        for number, page in enumerate(pages, start=1):
            canvas.doForm("decor")
            _page_number(canvas, head, number, len(pages))
            for block, top in page:
                block.draw(canvas, top)
            canvas.showPage()
        canvas.save()
    return len(pages)


@contextmanager
def _binary_streams() -> Iterator[None]:
    """Binary (compressed) streams rather than ASCII85 as well: smaller and faster."""
    before = rl_config.useA85
    rl_config.useA85 = 0
    try:
        yield
    finally:
        rl_config.useA85 = before


def _decor(canvas: Canvas, head: DocHead) -> None:
    """The header and footer, drawn once and placed on every page."""
    canvas.beginForm("decor")
    x = draw_logo(canvas, head.letterhead.logo)
    small = {"font": fonts.REGULAR, "size": style.HELP, "color": style.GREY}
    printed = date_text(head.printed_on)
    ink.text(canvas, printed, RIGHT, style.HEADER_TOP - 7, align="right", **small)
    room = RIGHT - x - fonts.width(printed, fonts.REGULAR, style.HELP) - 12
    fitted(canvas, head.letterhead.organisation, x, style.HEADER_TOP - 7, room, **small)
    big = {"font": fonts.BOLD, "size": style.TITLE, "color": style.INK}
    title_y = style.HEADER_TOP - (24 if head.subject else 30)  # alone: nearer the rule
    fitted(canvas, head.title, x, title_y, RIGHT - x, **big)
    plain = {"font": fonts.REGULAR, "size": style.TEXT + 1, "color": style.INK}
    fitted(canvas, head.subject, x, style.HEADER_TOP - 39, RIGHT - x, **plain)
    rules = ink.line_path(style.LEFT, style.HEADER_RULE, RIGHT, style.HEADER_RULE)
    rules += " " + ink.line_path(style.LEFT, FOOTER_RULE, RIGHT, FOOTER_RULE)
    ink.stroke(canvas, rules, style.LIGHT, 0.7)
    footer = f"{head.title} — {head.subject}" if head.subject else head.title
    room = style.WIDTH * 0.7
    fitted(canvas, footer, RIGHT, FOOTER_RULE - 11, room, align="right", **small)
    canvas.endForm()


def _page_number(canvas: Canvas, head: DocHead, page: int, pages: int) -> None:
    text = say(PAGE, head.language, page=page, pages=pages)
    ink.text(
        canvas,
        text,
        style.LEFT,
        FOOTER_RULE - 11,
        font=fonts.REGULAR,
        size=style.HELP,
        color=style.GREY,
    )


def shorten(lines: Sequence[str], count: int, font: str, size: float, limit: float) -> list[str]:
    """The first ``count`` wrapped lines; when some are left out, the last one ends in
    "…" (words dropped until it fits)."""
    if len(lines) <= count:
        return list(lines)
    kept = list(lines[: max(count, 1)])
    last = kept[-1].rstrip()
    while last and fonts.width(last + "…", font, size) > limit:
        cut = last.rfind(" ")
        last = last[:cut].rstrip() if cut > 0 else last[:-1]
    kept[-1] = last.rstrip(" ,;:.-–—") + "…"
    return kept
