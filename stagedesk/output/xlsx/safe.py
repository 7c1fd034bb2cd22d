"""User text in spreadsheets: always text, never a formula.

What openpyxl does: assigning a string that starts with ``=`` to a cell makes it a
*formula* (``data_type "f"``), so a unit named ``=HYPERLINK("http://…")`` would be saved as
a live formula and run when the workbook is opened. Every other string is saved as text;
a leading apostrophe is no protection there: openpyxl writes the apostrophe as part of the
value, so the user would see (and an importer read back) ``'=SUM(A1)``.

What we do, and why:

- In an xlsx, :func:`text_cell` forces the cell to the string type (``data_type "s"``)
  whatever the text starts with, and the text is kept exactly as it is: the data is never
  altered, and reading the workbook back (the importer, openpyxl) gives the original. For
  text that *looks* like a formula (it starts with ``=``, ``+``, ``-``, ``@``, a tab or a
  carriage return) the cell also gets Excel's own "quote prefix" style, the one Excel sets
  when someone types ``'=…``: the cell shows the text, and it stays text when a user edits
  it and presses Enter (without it, Excel would re-read ``+32 2 …`` or ``=…`` as a formula
  at that moment).
- Where no cell type exists (CSV, a clipboard, a mail merge), :func:`safe_text` applies
  the OWASP rule: formula-like text gets a leading ``'``. That changes the text, which is
  why the xlsx writers do not use it.

Characters that XML cannot hold (control characters other than tab, line feed and carriage
return) are dropped from text cells, and a text longer than an Excel cell holds is cut to
``MAX_CELL_TEXT`` characters: otherwise openpyxl refuses the whole workbook, or Excel
"repairs" it. (A carriage return is kept, but reads back as a line feed: XML does that.)
"""

from openpyxl.cell import WriteOnlyCell
from openpyxl.cell.cell import ILLEGAL_CHARACTERS_RE, Cell
from openpyxl.workbook.child import _WorkbookChild

FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")
MAX_CELL_TEXT = 32_767  # Excel's limit for one cell


def looks_like_formula(value: str) -> bool:
    """Whether a spreadsheet program could read ``value`` as a formula."""
    return value.startswith(FORMULA_STARTS)


def safe_text(value: str) -> str:
    """``value`` for a format without cell types (CSV): formula-like text gets a leading
    ``'`` (the OWASP rule); any other text is returned unchanged."""
    return f"'{value}" if looks_like_formula(value) else value


def clean_text(value: str) -> str:
    """``value`` without the characters an xlsx cannot hold, cut to one cell's length."""
    if ILLEGAL_CHARACTERS_RE.search(value):
        value = ILLEGAL_CHARACTERS_RE.sub("", value)
    return value[:MAX_CELL_TEXT]


def text_cell(sheet: _WorkbookChild, value: str) -> Cell:
    """A cell of a write-only ``sheet`` holding ``value`` as text, never as a formula."""
    cell = WriteOnlyCell(sheet, value=clean_text(value))
    cell.data_type = "s"
    if looks_like_formula(value):
        cell.quotePrefix = True
    return cell


def plain_or_text(sheet: _WorkbookChild, value: str) -> str | Cell:
    """For appending a row to a write-only sheet: the string itself when openpyxl will
    write it as ordinary text (the fast path for large sheets), a :func:`text_cell`
    otherwise."""
    if len(value) > MAX_CELL_TEXT or looks_like_formula(value):
        return text_cell(sheet, value)
    if ILLEGAL_CHARACTERS_RE.search(value):
        return text_cell(sheet, value)
    return value
