"""The look of every StageDesk PDF: page geometry, type sizes and colours."""

from reportlab.lib.colors import Color  # type: ignore[import-untyped]
from reportlab.lib.pagesizes import A4  # type: ignore[import-untyped]
from reportlab.lib.units import mm  # type: ignore[import-untyped]

PAGE_WIDTH, PAGE_HEIGHT = float(A4[0]), float(A4[1])
MM = float(mm)
MARGIN = 20 * MM  # left and right
LEFT = MARGIN
WIDTH = PAGE_WIDTH - 2 * MARGIN  # the body's width

HEADER_TOP = PAGE_HEIGHT - 12 * MM
HEADER_RULE = PAGE_HEIGHT - 31 * MM
BODY_TOP = HEADER_RULE - 6 * MM
FOOTER_RULE = 33 * MM
BODY_BOTTOM = FOOTER_RULE + 5 * MM
BODY_HEIGHT = BODY_TOP - BODY_BOTTOM
LOGO_HEIGHT = 12 * MM
QR_SIZE = 18 * MM

# Type: body text 10 pt, labels 10 pt bold, help 8.5 pt oblique.
TEXT = 10.0
LABEL = 10.0
HELP = 8.5
SMALL = 8.0
SECTION = 12.0
TITLE = 14.0
LEADING = 1.3  # line height as a multiple of the type size

INDENT = 7 * MM  # room for the question's number
RULED = 20.0  # distance between ruled answer lines (room to write by hand)
BOX = 9.0  # a tick box
GAP = 9.0  # between two questions

INK = Color(0.1, 0.1, 0.12)
GREY = Color(0.38, 0.38, 0.42)
LIGHT = Color(0.62, 0.62, 0.66)  # ruled lines, box borders
SHADE = Color(0.93, 0.94, 0.96)  # info boxes, table headers
BAR = Color(0.16, 0.31, 0.49)  # section title bars
ANSWER = Color(0.05, 0.2, 0.55)  # what StageDesk printed in (pre-filled answers)
WHITE = Color(1, 1, 1)
FIELD = Color(0.94, 0.96, 1.0)  # the background of a fillable field
