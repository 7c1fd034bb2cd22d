"""What every page carries: the letterhead and the form's title and subject at the top;
the form's code, its QR code and the page number at the bottom."""

from functools import lru_cache
from io import BytesIO
from typing import Any

from reportlab.lib.utils import ImageReader  # type: ignore[import-untyped]

from stagedesk.output.pdf.forms import names
from stagedesk.output.pdf.forms.job import FormJob, Variant
from stagedesk.output.pdf.forms.values import date_text
from stagedesk.output.pdf.forms.widgets import Widgets
from stagedesk.output.pdf.kit import fonts, ink, style
from stagedesk.output.pdf.kit.layout import Canvas
from stagedesk.output.pdf.kit.qr import qr_modules
from stagedesk.output.words.forms import PAGE, say

_PNG, _JPEG = b"\x89PNG\r\n\x1a\n", b"\xff\xd8\xff"
LOGO_MAX_WIDTH = 50 * style.MM


@lru_cache(maxsize=4)
def logo_image(data: bytes | None) -> Any:
    """The logo, or None when it is missing or not a readable PNG or JPEG."""
    if not data or not data.startswith((_PNG, _JPEG)):
        return None
    try:
        image = ImageReader(BytesIO(data))
        width, height = image.getSize()
        image.getRGBData()  # decodes it all: a damaged file fails here, not when saving
    except Exception:  # PIL raises many kinds of errors for a broken image
        return None
    return image if width > 0 and height > 0 else None


def draw_qr(canvas: Canvas, data: str, x: float, y: float, size: float) -> None:
    """The QR code with a quiet zone of two modules, as one path of dark runs."""
    modules = qr_modules(data)
    unit = size / (len(modules) + 4)
    runs = []
    for row, line in enumerate(modules):
        bottom = y + size - (row + 3) * unit
        start = None
        for column, dark in enumerate((*line, False)):
            if dark and start is None:
                start = column
            elif not dark and start is not None:
                left = x + (start + 2) * unit
                runs.append(f"{left:.3f} {bottom:.3f} {(column - start) * unit:.3f} {unit:.3f} re")
                start = None
    canvas.setFillColor(style.INK)
    canvas.addLiteral("\n".join(runs) + "\nf")


class Decor:
    """The parts of a page that repeat, drawn once per form and reused on every page."""

    def __init__(self, canvas: Canvas, job: FormJob, key: str) -> None:
        self.job = job
        self.key = key
        canvas.beginForm(key)
        self._header(canvas)
        self._footer(canvas)
        canvas.endForm()

    def draw(self, canvas: Canvas, page: int, pages: int, widgets: Widgets | None) -> None:
        canvas.doForm(self.key)
        text = say(PAGE, self.job.language, page=page, pages=pages)
        ink.text(
            canvas,
            text,
            style.LEFT,
            style.FOOTER_RULE - 29,
            font=fonts.REGULAR,
            size=style.HELP + 0.5,
            color=style.GREY,
        )
        if page == 1 and widgets is not None and self.job.variant is Variant.FILLABLE:
            box = (style.LEFT, 4.0, 160.0, 12.0)
            widgets.text(names.ID_FIELD, self.job.code.full, box, hidden=True)

    def _header(self, canvas: Canvas) -> None:
        job = self.job
        x = draw_logo(canvas, job.letterhead.logo)
        right = style.LEFT + style.WIDTH
        printed = date_text(job.printed_on)
        small = {"font": fonts.REGULAR, "size": style.HELP, "color": style.GREY}
        ink.text(canvas, printed, right, style.HEADER_TOP - 7, align="right", **small)
        room = right - x - fonts.width(printed, fonts.REGULAR, style.HELP) - 12
        fitted(canvas, job.letterhead.organisation, x, style.HEADER_TOP - 7, room, **small)
        title = job.definition.title.get(job.language)
        fitted(
            canvas,
            title,
            x,
            style.HEADER_TOP - 24,
            right - x,
            font=fonts.BOLD,
            size=style.TITLE,
            color=style.INK,
        )
        fitted(
            canvas,
            job.subject,
            x,
            style.HEADER_TOP - 39,
            right - x,
            font=fonts.REGULAR,
            size=style.TEXT + 1,
            color=style.INK,
        )
        ink.stroke(
            canvas,
            ink.line_path(style.LEFT, style.HEADER_RULE, right, style.HEADER_RULE),
            style.LIGHT,
            0.7,
        )

    def _footer(self, canvas: Canvas) -> None:
        right = style.LEFT + style.WIDTH
        canvas.setStrokeColor(style.LIGHT)
        canvas.setLineWidth(0.7)
        canvas.line(style.LEFT, style.FOOTER_RULE, right, style.FOOTER_RULE)
        ink.text(
            canvas,
            self.job.code.short,
            style.LEFT,
            style.FOOTER_RULE - 15,
            font=fonts.BOLD,
            size=style.TEXT + 1,
            color=style.INK,
        )
        size = style.QR_SIZE
        draw_qr(canvas, self.job.code.full, right - size, style.FOOTER_RULE - 4 - size, size)


def draw_logo(canvas: Canvas, data: bytes | None) -> float:
    """The logo at the left of the header, 12 mm high; returns where the text starts."""
    logo = logo_image(data)
    if logo is None:
        return style.LEFT
    width, height = (float(side) for side in logo.getSize())
    shown = min(style.LOGO_HEIGHT * width / height, LOGO_MAX_WIDTH)
    bottom = style.HEADER_TOP - style.LOGO_HEIGHT
    canvas.drawImage(
        logo,
        style.LEFT,
        bottom,
        shown,
        style.LOGO_HEIGHT,
        mask="auto",
        preserveAspectRatio=True,
        anchor="w",
    )
    return style.LEFT + shown + 10


def fitted(
    canvas: Canvas,
    text: str,
    x: float,
    y: float,
    room: float,
    *,
    font: str,
    size: float,
    color: Any,
    align: str = "left",
) -> None:
    """One line of text, in a smaller size when it would not fit (never cut)."""
    needed = fonts.width(text, font, size)
    if needed > room:
        size = max(size * room / needed, 5.0)
    ink.text(canvas, text, x, y, font=font, size=size, color=color, align=align)
