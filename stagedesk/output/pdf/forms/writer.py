"""Toolbox forms as PDF: blank or pre-filled to fill in by hand, or with real form fields
for any PDF reader. A4, DejaVu Sans embedded, the form's code on every page.

    write_form(job, path)          one form
    write_forms(jobs, path)        several paper forms in one file (a stack to print)

The fillable variant names its fields as ``names`` says; ``reader`` reads them back.
"""

from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path
from typing import BinaryIO

from reportlab import rl_config  # type: ignore[import-untyped]
from reportlab.pdfgen.canvas import Canvas  # type: ignore[import-untyped]

from stagedesk.output.pdf.forms.body import body_blocks
from stagedesk.output.pdf.forms.job import FormJob, Variant
from stagedesk.output.pdf.forms.page import Decor
from stagedesk.output.pdf.forms.pens import FieldPen, Pen
from stagedesk.output.pdf.forms.sheet import Sheet
from stagedesk.output.pdf.forms.values import form_values
from stagedesk.output.pdf.forms.widgets import Widgets
from stagedesk.output.pdf.kit import style
from stagedesk.output.pdf.kit.fonts import font_path, prepare, register_fonts
from stagedesk.output.pdf.kit.layout import paginate

__all__ = ["font_path", "write_form", "write_forms"]


def write_form(job: FormJob, target: Path | BinaryIO) -> None:
    """Write one form (any variant) to a file or a binary stream."""
    _write([job], target)


def write_forms(jobs: Sequence[FormJob], target: Path | BinaryIO) -> None:
    """Write several blank or pre-filled forms into one PDF; each numbers its own pages.
    Fillable forms cannot share a file: their fields would have the same names."""
    if not jobs:
        raise ValueError("write_forms needs at least one form")
    if any(job.variant is Variant.FILLABLE for job in jobs):
        raise ValueError("fillable forms are written one per file (write_form)")
    _write(jobs, target)


@contextmanager
def _binary_streams() -> Iterator[None]:
    """Streams stay binary (compressed) instead of also ASCII85-encoded, which reportlab
    does by default in pure Python: a quarter smaller and much faster to write. Either
    way the PDF is valid, so this global switch cannot harm another writer."""
    before = rl_config.useA85
    rl_config.useA85 = 0
    try:
        yield
    finally:
        rl_config.useA85 = before


def _write(jobs: Sequence[FormJob], target: Path | BinaryIO) -> None:
    register_fonts()
    with _binary_streams():
        _write_canvas(jobs, target)


def _write_canvas(jobs: Sequence[FormJob], target: Path | BinaryIO) -> None:
    canvas = Canvas(
        str(target) if isinstance(target, Path) else target,
        pagesize=(style.PAGE_WIDTH, style.PAGE_HEIGHT),
        pageCompression=1,
    )
    prepare(canvas._doc)
    first = jobs[0]
    canvas.setTitle(first.definition.title.get(first.language))
    canvas.setSubject(first.subject)
    canvas.setAuthor(first.letterhead.organisation)
    canvas.setCreator("StageDesk")
    for index, job in enumerate(jobs):
        _draw_form(canvas, job, f"page{index}")
    canvas.save()


def _draw_form(canvas: Canvas, job: FormJob, key: str) -> None:
    widgets = Widgets(canvas) if job.variant is Variant.FILLABLE else None
    pen = FieldPen(widgets) if widgets is not None else Pen()
    sheet = Sheet(pen, job.language, form_values(job))
    blocks = body_blocks(job.definition, sheet)
    pages = paginate(blocks, style.BODY_TOP, style.BODY_BOTTOM) or [[]]  # never no page
    decor = Decor(canvas, job, key)
    for number, page in enumerate(pages, start=1):
        decor.draw(canvas, number, len(pages), widgets)
        for block, top in page:
            block.draw(canvas, top)
        canvas.showPage()
