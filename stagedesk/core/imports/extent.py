"""How far the sheets of a workbook reach, found before calamine reads them.

calamine holds a sheet as one dense rectangle from A1 to its farthest filled cell. A 5 KB
file with one cell at XFD1048576 (or an OpenDocument cell repeated 16,384 times in a row
repeated a million times) makes it allocate seventeen billion cells, and the process dies.
So the cell positions are read from the XML first, streamed from the zip: an xlsx names
each cell (``<c r="XFD1048576">``, else it follows the one before), an .ods repeats rows
and cells (``table:number-rows-repeated``, ``table:number-columns-repeated``). Like
calamine, only cells with content count: empty styled cells reach nowhere.

Every part of the archive is scanned, whatever its name: a workbook's relations may put a
sheet anywhere in it. A part written the way spreadsheet programs write xlsx sheets (every
cell ``<c r="…"``, none beyond NEAR_ROWS × NEAR_COLUMNS) is cleared by a quick look in C;
any other part is scanned tag by tag, which is slower but exact.
"""

import re
import zipfile
from collections.abc import Iterator
from dataclasses import dataclass

CHUNK = 1 << 20
NEAR_ROWS = 120_000  # a list of 100,000 rows, its header, blank rows and notes
NEAR_COLUMNS = 80  # column CB

# A start tag of a row or a cell, in either dialect, with any namespace prefix. Its
# attributes are matched whole (a quoted value may hold ">"), possessively: no backtracking.
_TAG = re.compile(
    rb"<(?:[\w.-]++:)?+(row|c|table|table-row|table-cell|covered-table-cell)(?=[\s/>])"
    rb"((?:[^>\"']++|\"[^\"]*+\"|'[^']*+')*+)>"
)
_ATTRIBUTE = re.compile(rb"""(?:^|\s)(?:[\w.-]+:)?([\w.-]+)\s*=\s*(?:"([^"]*)"|'([^']*)')""")
_REFERENCE = re.compile(rb"\$?([A-Za-z]{1,9})\$?(\d{1,9})")
# The quick look: cells written otherwise than ``<c r="`` send a part to the exact scan.
_OTHER_CELLS = (b"<c>", b"<c/", b"<c\t", b"<c\n", b"<c\r", b"table-")  # table-: ods
_PREFIXED_CELL = re.compile(rb":c[\s/>]")  # <x:c r=…>
_FAR_CELL = re.compile(
    rb'<c r="(?:[A-Za-z]{3,9}|[D-Zd-z][A-Za-z]|[Cc][C-Zc-z])\d'  # beyond column CB
    rb'|<c r="[A-Za-z]{1,9}(?:\d{7}|1[2-9]\d{4}"|[2-9]\d{5}")'  # beyond row 119,999
)


class ExtentUnreadable(ValueError):
    """A cell position that is not one (calamine would refuse it too)."""


@dataclass
class Extent:
    """The rows and columns a sheet reaches (1-based, counting from A1)."""

    rows: int = 0
    columns: int = 0

    @property
    def cells(self) -> int:
        return self.rows * self.columns

    def reach(self, row: int, column: int) -> None:
        self.rows, self.columns = max(self.rows, row), max(self.columns, column)


@dataclass
class _Position:
    row: int = 0  # the current row (xlsx), or the first row after it (ods)
    row_end: int = 0  # ods: the last row the current row element stands for
    column: int = 0


def farthest_sheet(archive: zipfile.ZipFile, max_cells: int) -> Extent | None:
    """The extent of a sheet in ``archive`` that spans more than ``max_cells`` cells, or
    None. Raises ExtentUnreadable for a cell position that is not one, and zipfile's
    errors for a broken archive."""
    for entry in archive.infolist():
        if all(_near(chunk) for chunk in _chunks(archive, entry)):
            continue
        for extent in _part_extents(archive, entry):
            if extent.cells > max_cells:
                return extent
    return None


def _chunks(archive: zipfile.ZipFile, entry: zipfile.ZipInfo) -> Iterator[bytes]:
    """The part's text in pieces that end before a tag, never inside one."""
    carry = b""
    with archive.open(entry) as stream:
        while chunk := stream.read(CHUNK):
            text = carry + chunk
            # A "<" never stands inside a tag, so every tag before the last "<" is whole.
            cut = text.rfind(b"<")
            done, carry = (text[:cut], text[cut:]) if cut >= 0 else (b"", b"")
            yield done
    yield carry


def _near(text: bytes) -> bool:
    """Whether every cell in ``text`` is written ``<c r="…"`` and lies within NEAR_ROWS
    rows and NEAR_COLUMNS columns (the quick look)."""
    if any(other in text for other in _OTHER_CELLS):
        return False
    if text.count(b"<c ") != text.count(b'<c r="') or _PREFIXED_CELL.search(text):
        return False
    return _FAR_CELL.search(text) is None


def _part_extents(archive: zipfile.ZipFile, entry: zipfile.ZipInfo) -> list[Extent]:
    """One extent per sheet in the part (an xlsx part is one sheet; an .ods part has one
    per ``table:table``)."""
    sheets, at = [Extent()], _Position()
    for text in _chunks(archive, entry):
        for tag in _TAG.finditer(text):
            _tag(tag.group(1), tag.group(2), sheets, at)
    return sheets


def _tag(name: bytes, attributes: bytes, sheets: list[Extent], at: _Position) -> None:
    empty = attributes.endswith(b"/")
    if name == b"table":
        sheets.append(Extent())
        at.row = at.row_end = at.column = 0
    elif name == b"row":
        at.row = _number(_attribute(attributes, b"r"), at.row + 1)
        at.column = 0
    elif name == b"c":
        _xlsx_cell(_attribute(attributes, b"r"), empty, sheets[-1], at)
    elif name == b"table-row":
        repeated = _number(_attribute(attributes, b"number-rows-repeated"), 1)
        at.row_end = at.row + repeated
        at.row, at.column = at.row_end, 0
    else:  # table-cell, covered-table-cell
        repeated = _number(_attribute(attributes, b"number-columns-repeated"), 1)
        at.column += repeated
        if not empty or _attribute(attributes, b"value-type") is not None:
            sheets[-1].reach(at.row_end, at.column)


def _xlsx_cell(reference: bytes | None, empty: bool, sheet: Extent, at: _Position) -> None:
    row = at.row
    if reference is None:
        at.column += 1
    else:
        found = _REFERENCE.fullmatch(reference)
        if found is None:
            raise ExtentUnreadable(reference.decode("ascii", "replace"))
        at.column = _column_number(found.group(1))
        row = int(found.group(2))
    if not empty:
        sheet.reach(max(row, 1), at.column)


def _attribute(attributes: bytes, name: bytes) -> bytes | None:
    for found in _ATTRIBUTE.finditer(attributes):
        if found.group(1) == name:
            value = found.group(2)
            return value if value is not None else found.group(3)
    return None


def _number(value: bytes | None, default: int) -> int:
    if value is None:
        return default
    if not value.strip().isdigit() or len(value) > 9:
        raise ExtentUnreadable(value.decode("ascii", "replace"))
    return int(value)


def _column_number(letters: bytes) -> int:
    number = 0
    for letter in letters.upper():
        number = number * 26 + letter - ord("A") + 1
    return number
