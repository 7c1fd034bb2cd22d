"""Reading an import list: a workbook's sheet (xlsx, old xls, ods) or a CSV file.

Whatever comes in, the result is a header row and the rows below it as plain values, or
:class:`ImportRefused` with a message a coordinator can act on. The file is never changed.
"""

import codecs
import csv
import io
import zipfile
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from stagedesk.core.i18n import QT_TRANSLATE_NOOP
from stagedesk.core.imports import merged
from stagedesk.core.imports.columns import match_columns
from stagedesk.core.imports.extent import farthest_sheet

MAX_ROWS = 100_000
# A real list of 100,000 rows unpacks to well under 100 MB; more is a zip bomb or not a list.
MAX_UNPACKED = 256 * 1024 * 1024
# A CSV list of 100,000 rows is some 25 MB; a bigger file is read no further.
MAX_CSV = 64 * 1024 * 1024
# calamine holds a sheet as a dense rectangle from A1 to its farthest cell (32 bytes a
# cell), whatever lies between: 100,000 rows of 100 columns is as far as a list goes.
MAX_CELLS = 10_000_000
# How far down the header row is looked for: a title, a date and a blank line or two.
HEADER_SCAN = 20
_OLE2 = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"  # .xls, and Office's password-protected xlsx

MISSING = QT_TRANSLATE_NOOP("Import", "The file {file} does not exist or cannot be read.")
PROTECTED = QT_TRANSLATE_NOOP(
    "Import",
    "{file} is protected by a password or damaged. Open it in Excel and save it without a"
    " password as an Excel workbook (.xlsx).",
)
DAMAGED = QT_TRANSLATE_NOOP(
    "Import", "{file} is damaged or is not an Excel workbook: it cannot be read."
)
NOT_A_LIST = QT_TRANSLATE_NOOP(
    "Import",
    "{file} is not a spreadsheet. Choose an Excel workbook (.xlsx or .xls), an OpenDocument"
    " sheet (.ods) or a CSV file.",
)
TOO_BIG = QT_TRANSLATE_NOOP(
    "Import", "{file} unpacks to more than {megabytes} MB: too big for an import list."
)
TOO_FAR = QT_TRANSLATE_NOOP(
    "Import",
    "The sheet in {file} reaches row {rows} and column {columns}: far beyond a list. Delete"
    " what lies outside the list, or copy the list into a new workbook, and import that.",
)
TOO_LARGE = QT_TRANSLATE_NOOP(
    "Import", "{file} is larger than {megabytes} MB: too big for an import list."
)
BAD_CSV = QT_TRANSLATE_NOOP(
    "Import",
    "{file} cannot be read as a list: a cell holds more than {limit} characters, or a"
    " quotation mark is never closed.",
)
EMPTY = QT_TRANSLATE_NOOP("Import", "The sheet in {file} is empty: there is no header row.")
NO_ROWS = QT_TRANSLATE_NOOP("Import", "The sheet in {file} has a header row but no rows below it.")
NO_HEADER_THERE = QT_TRANSLATE_NOOP(
    "Import", "Row {row} of {file} is empty: it cannot be the header row. Choose another."
)
TOO_MANY = QT_TRANSLATE_NOOP(
    "Import", "{file} has more than {limit} rows. Split it into smaller lists and import each."
)


class ImportRefused(Exception):
    """The file as a whole cannot be imported; nothing was written."""

    def __init__(self, message: str, **params: Any) -> None:
        super().__init__(message.format(**params))
        self.message, self.params = message, params


@dataclass(frozen=True)
class Table:
    """A header row and the rows under it; each row with its row number in the file."""

    headers: tuple[str, ...]
    rows: list[tuple[int, tuple[Any, ...]]]
    sheet: str
    header_row: int = 1  # the header row's number in the file


@dataclass(frozen=True)
class Lines:
    """Every line of a list's sheet that holds something, with its number in the file."""

    sheet: str
    filled: list[tuple[int, tuple[Any, ...]]]


def read_table(path: Path, header_row: int | None = None) -> Table:
    """The list in ``path``; blank rows are left out, row numbers are the file's.

    What the file holds decides how it is read, not its name: an old .xls or an .ods
    saved as ".xlsx", a CSV or Excel's "Unicode text" under any name. ``header_row`` is
    the header row's number in the file; None finds it (a title may stand above it)."""
    lines = read_lines(path)
    if not lines.filled:
        raise ImportRefused(EMPTY, file=path.name)
    at = _header_index(path, lines.filled, header_row)
    number, header = lines.filled[at]
    rows = lines.filled[at + 1 :]
    if not rows:
        raise ImportRefused(NO_ROWS, file=path.name)
    if len(rows) > MAX_ROWS:
        raise ImportRefused(TOO_MANY, file=path.name, limit=f"{MAX_ROWS:,}")
    return Table(tuple(_header(v) for v in header), rows, lines.sheet, number)


def read_lines(path: Path) -> Lines:
    """Every filled line of the file, header or not (a small table of the user's, such as
    the meanings of words, is read this way too)."""
    try:
        with path.open("rb") as file:
            head = file.read(8)
    except OSError:
        raise ImportRefused(MISSING, file=path.name) from None
    if head.startswith(b"PK"):
        _refuse_bombs(path)
        return _read_workbook(path, DAMAGED)
    if head.startswith(_OLE2):  # an old .xls reads; an encrypted workbook does not
        return _read_workbook(path, PROTECTED)
    return _read_csv(path)


def _refuse_bombs(path: Path) -> None:
    try:
        with zipfile.ZipFile(path) as archive:
            entries = archive.infolist()
    except Exception:  # zipfile raises several kinds for a damaged archive
        raise ImportRefused(DAMAGED, file=path.name) from None
    if sum(entry.file_size for entry in entries) > MAX_UNPACKED:
        raise ImportRefused(TOO_BIG, file=path.name, megabytes=MAX_UNPACKED >> 20)
    names = {entry.filename for entry in entries}
    if not names & {"xl/workbook.xml", "content.xml"}:  # Excel's, or LibreOffice's (.ods)
        raise ImportRefused(NOT_A_LIST, file=path.name)
    # The sizes a zip declares can lie; calamine (Rust's zip) stops at a declared size and
    # zipfile checks it too, so what unpacks is never more than MAX_UNPACKED.
    try:
        with zipfile.ZipFile(path) as archive:
            far = farthest_sheet(archive, MAX_CELLS)
    except Exception:  # ExtentUnreadable; zipfile's and zlib's errors for a damaged part
        raise ImportRefused(DAMAGED, file=path.name) from None
    if far is not None:
        _refuse_far(path, far.rows, far.columns)


def _refuse_far(path: Path, rows: int, columns: int) -> None:
    raise ImportRefused(TOO_FAR, file=path.name, rows=f"{rows:,}", columns=f"{columns:,}")


def _read_workbook(path: Path, protected_message: str) -> Lines:
    # calamine (Rust) reads a 10,000-row sheet some 30 times faster than openpyxl, and its
    # XML reader expands no entities: a hostile workbook gets no further than a refusal.
    # Read from the open file, calamine tells the format by the content (from a path, by
    # the name: an .ods saved as ".xlsx" would read as a damaged workbook).
    import python_calamine

    try:
        with path.open("rb") as file:
            book = python_calamine.CalamineWorkbook.from_filelike(file)
    except python_calamine.PasswordError:
        raise ImportRefused(PROTECTED, file=path.name) from None
    except Exception:  # calamine raises several kinds for a broken file; all mean the same
        raise ImportRefused(protected_message, file=path.name) from None
    try:
        sheet = _list_sheet(path, book)
        lines = sheet.to_python(skip_empty_area=False)
        if protected_message is DAMAGED:  # a zip: an xlsx may hold formula errors
            _mark_formula_errors(path, sheet.name, lines)
        _fill_merged(path, sheet, lines)
        return Lines(sheet.name, _filled(path, lines))
    except ImportRefused:
        raise
    except Exception:
        raise ImportRefused(DAMAGED, file=path.name) from None
    finally:
        book.close()


def _fill_merged(path: Path, sheet: Any, lines: list[list[Any]]) -> None:
    if sheet.merged_cell_ranges is not None:  # xlsx and xls
        merged.fill_down(lines, merged.workbook_ranges(sheet.merged_cell_ranges))
    elif zipfile.is_zipfile(path):  # OpenDocument: calamine does not say
        merged.fill_down(lines, merged.opendocument_ranges(path, sheet.name))


def _mark_formula_errors(path: Path, sheet: str, lines: list[list[Any]]) -> None:
    """Put back what calamine reads as an empty cell: a formula whose cached result is an
    error (``#N/A`` from a VLOOKUP that found nothing). Left empty, it would be "must be
    filled in" where the truth is "this formula failed". Rare, so looked for cheaply
    first; openpyxl, slow but exact, then reads the cells' types."""
    with zipfile.ZipFile(path) as archive:
        parts = [name for name in archive.namelist() if name.startswith("xl/worksheets/")]
        if not any(b't="e"' in archive.read(name) for name in parts):
            return
    import openpyxl

    book = openpyxl.load_workbook(path, read_only=True, data_only=True)
    try:
        if sheet not in book.sheetnames:
            return
        for row in book[sheet].iter_rows():
            for cell in row:
                if getattr(cell, "data_type", None) != "e":
                    continue
                at_row, at_column = int(cell.row or 0) - 1, int(cell.column or 0) - 1
                if 0 <= at_row < len(lines) and 0 <= at_column < len(lines[at_row]):
                    lines[at_row][at_column] = str(cell.value)
    finally:
        book.close()


def _list_sheet(path: Path, book: Any) -> Any:
    """The first sheet whose header row names our required columns, else the first one:
    a saved template may open on its explanation sheet. Sheets are loaded one at a time,
    and one that spans more than MAX_CELLS is refused (an old .xls is not scanned first)."""
    first = None
    for index in range(len(book.sheet_names)):
        sheet = book.get_sheet_by_index(index)
        if sheet.height * sheet.width > MAX_CELLS:
            _refuse_far(path, sheet.height, sheet.width)
        if first is None:
            first = sheet
        for row in sheet.to_python(skip_empty_area=True, nrows=HEADER_SCAN):
            if not match_columns([_header(cell) for cell in row]).missing:
                return sheet
    if first is None:
        raise ImportRefused(EMPTY, file=path.name)
    return first


def _read_csv(path: Path) -> Lines:
    with path.open("rb") as file:
        data = file.read(MAX_CSV + 1)
    if len(data) > MAX_CSV:
        raise ImportRefused(TOO_LARGE, file=path.name, megabytes=MAX_CSV >> 20)
    text = _text(data)
    if text is None:
        raise ImportRefused(NOT_A_LIST, file=path.name)
    sample = text[:8192]
    # Whole lines only: the sniffer wants the same count of delimiters on every line.
    sample = sample[: sample.rfind("\n") + 1] or sample
    try:
        dialect: Any = csv.Sniffer().sniff(sample, delimiters=";,\t")
    except csv.Error:
        dialect = csv.excel
    if not any(mark in sample for mark in ";,\t"):  # one column: a text, not a list
        raise ImportRefused(NOT_A_LIST, file=path.name)
    try:
        return Lines(path.stem, _filled(path, csv.reader(io.StringIO(text), dialect)))
    except csv.Error:  # a cell over the csv module's limit, often an unclosed quote
        raise ImportRefused(BAD_CSV, file=path.name, limit=f"{csv.field_size_limit():,}") from None


def _text(data: bytes) -> str | None:
    """The file as text, or None when it is no text (a PDF, a picture, a program).

    Excel's "Unicode text" is UTF-16 with a byte order mark; its "CSV UTF-8" has the UTF-8
    one; its plain "CSV" is Windows' own code page."""
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        try:
            text = data.decode("utf-16")
        except UnicodeDecodeError:
            return None
    elif b"\x00" in data[:4096]:
        return None  # no BOM, yet NUL bytes: not a text a spreadsheet wrote
    else:
        try:
            text = data.decode("utf-8-sig")
        except UnicodeDecodeError:
            text = data.decode("cp1252", errors="replace")  # what Excel on Windows writes
    head = text[:4096]
    control = sum(1 for c in head if ord(c) < 32 and c not in "\t\r\n")
    return None if control > len(head) // 100 else text


def _header(cell: Any) -> str:
    return "" if cell is None else " ".join(str(cell).split())


def _filled(path: Path, lines: Iterator[Any]) -> list[tuple[int, tuple[Any, ...]]]:
    filled: list[tuple[int, tuple[Any, ...]]] = []  # the lines with something in them
    cells = widest = 0
    for number, line in enumerate(lines, start=1):
        cells, widest = cells + len(line), max(widest, len(line))
        if cells > MAX_CELLS:  # a CSV file, or a sheet that slipped past the scan
            _refuse_far(path, number, widest)
        values = tuple(None if v == "" else v for v in line)
        if all(v is None or (isinstance(v, str) and not v.strip()) for v in values):
            continue
        if len(filled) > MAX_ROWS + HEADER_SCAN:  # the rows, a header row, titles above
            raise ImportRefused(TOO_MANY, file=path.name, limit=f"{MAX_ROWS:,}")
        filled.append((number, values))
    return filled


def _header_index(
    path: Path, filled: list[tuple[int, tuple[Any, ...]]], header_row: int | None
) -> int:
    """Where the header row is among the filled lines: the row asked for, else the first
    of the top lines that names our required columns (a title or a date may stand above
    it), else the one that names most of ours, else the first."""
    if header_row is not None:
        for at, (number, _values) in enumerate(filled):
            if number == header_row:
                return at
        raise ImportRefused(NO_HEADER_THERE, file=path.name, row=header_row)
    best, best_found = 0, 0
    for at, (_number, values) in enumerate(filled[:HEADER_SCAN]):
        match = match_columns([_header(v) for v in values])
        if not match.missing:
            return at
        if len(match.found) > best_found:
            best, best_found = at, len(match.found)
    return best
