"""Import lists made to hurt: zips that lie about their size, XML entity attacks, sheets
that reach millions of cells from a few KB, CSV files with endless cells. Each is refused
with its reason, in bounded time, or read harmlessly."""

import struct
import time
import zipfile
from pathlib import Path

import pytest
from openpyxl import Workbook

from stagedesk.core.imports import Column, ImportRefused, read_table
from stagedesk.core.imports.cells import TOO_LONG
from stagedesk.core.imports.source import MAX_CELLS, MAX_CSV
from tests.core.imports.lists import check

HEADER = ["Voornaam", "Achternaam", "Dienst"]
SHEET = "xl/worksheets/sheet1.xml"
DATA = Path(__file__).parent / "data"
MAIN = b'xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"'
LAUGHS = (
    b'<!DOCTYPE x [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;">'
    b'<!ENTITY c "&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;"><!ENTITY d "&c;&c;&c;&c;&c;&c;&c;&c;&c;&c;">'
    b'<!ENTITY e "&d;&d;&d;&d;&d;&d;&d;&d;&d;&d;"><!ENTITY f "&e;&e;&e;&e;&e;&e;&e;&e;&e;&e;">]>'
)
PASSWD = b'<!DOCTYPE x [<!ENTITY f SYSTEM "file:///etc/passwd">]>'


def _workbook(path: Path, *rows: list[object]) -> Path:
    book = Workbook()
    sheet = book.active
    assert sheet is not None
    for row in [HEADER, *rows]:
        sheet.append(row)
    book.save(path)
    return path


def _rezipped(source: Path, target: Path, change: dict[str, bytes]) -> Path:
    """``source`` with the parts in ``change`` replaced (or added)."""
    with zipfile.ZipFile(source) as old, zipfile.ZipFile(target, "w", zipfile.ZIP_DEFLATED) as new:
        for item in old.infolist():
            if item.filename not in change:
                new.writestr(item, old.read(item.filename))
        for name, data in change.items():
            new.writestr(name, data)
    return target


def _sheet(path: Path) -> bytes:
    with zipfile.ZipFile(path) as archive:
        return archive.read(SHEET)


def _refused(path: Path) -> str:
    started = time.monotonic()
    with pytest.raises(ImportRefused) as refused:
        read_table(path)
    assert time.monotonic() - started < 5
    assert path.name in str(refused.value)
    return str(refused.value)


def test_a_zip_that_lies_about_its_size_is_refused(tmp_path: Path) -> None:
    # The sheet unpacks to 10 MB but the zip declares 5,000 bytes; were the declaration
    # believed, the blank space would read as a valid list. It is checked while unpacking.
    base = _workbook(tmp_path / "base.xlsx", ["Jan", "Peeters", "ICT"])
    padded = _sheet(base).replace(b"<sheetData>", b"<sheetData>" + b" " * (10 << 20))
    liar = _rezipped(base, tmp_path / "liar.xlsx", {SHEET: padded})
    data = bytearray(liar.read_bytes())
    for signature, size_at, name_at, header in (
        (b"PK\x03\x04", 22, 26, 30),
        (b"PK\x01\x02", 24, 28, 46),
    ):
        at = data.find(signature)
        while at >= 0:
            (length,) = struct.unpack_from("<H", data, at + name_at)
            if data[at + header : at + header + length] == SHEET.encode():
                struct.pack_into("<I", data, at + size_at, 5000)
            at = data.find(signature, at + 4)
    liar.write_bytes(data)
    assert "is damaged" in _refused(liar)


@pytest.mark.parametrize("attack", [LAUGHS, PASSWD], ids=["billion laughs", "external entity"])
@pytest.mark.parametrize("part", ["sheet", "shared strings"])
def test_xml_entities_are_never_expanded(tmp_path: Path, attack: bytes, part: str) -> None:
    base = _workbook(tmp_path / "base.xlsx", ["Jan", "Peeters", "ICT"])
    sheet = _sheet(base)
    if part == "sheet":
        change = {SHEET: attack + sheet.replace(b"<t>Jan</t>", b"<t>&f;</t>")}
    else:
        cell = b'<c r="A2" t="inlineStr"><is><t>Jan</t></is></c>'
        assert cell in sheet
        strings = b"<sst %s><si><t>&f;</t></si></sst>" % MAIN
        change = {
            SHEET: sheet.replace(cell, b'<c r="A2" t="s"><v>0</v></c>'),
            "xl/sharedStrings.xml": attack + strings,
        }
    assert "is damaged" in _refused(_rezipped(base, tmp_path / "attack.xlsx", change))


@pytest.mark.parametrize("where", ["xlsx", "ods", "xls"])
def test_a_sheet_reaching_millions_of_cells_is_refused_before_it_is_built(
    tmp_path: Path, where: str
) -> None:
    if where == "xlsx":  # one cell at XFD1048576: calamine would build 17 billion
        far = tmp_path / "far.xlsx"
        book = Workbook()
        sheet = book.active
        assert sheet is not None
        sheet.append(HEADER)
        sheet.cell(1_048_576, 16_384, "x")
        book.save(far)
    elif where == "ods":  # a filled cell repeated over the whole width, then every row
        source = Path(__file__).parents[1] / "data" / "old-list.ods"
        with zipfile.ZipFile(source) as archive:
            content = archive.read("content.xml")
        cell = (
            b'<table:table-cell table:number-columns-repeated="16384"'
            b' office:value-type="string"><text:p>x</text:p></table:table-cell>'
        )
        row = b'<table:table-row table:number-rows-repeated="1048000">%s</table:table-row>'
        content = content.replace(b"</table:table>", row % cell + b"</table:table>", 1)
        far = _rezipped(source, tmp_path / "far.ods", {"content.xml": content})
    else:  # an old .xls holds at most 65,536 x 256 cells: built, then refused
        far = DATA / "far.xls"
    message = _refused(far)
    assert "reaches row" in message and "far beyond a list" in message


def test_empty_formatted_cells_far_away_do_not_count(tmp_path: Path) -> None:
    base = _workbook(tmp_path / "base.xlsx", ["Jan", "Peeters", "ICT"])
    styled = b'<row r="1048576"><c r="XFD1048576" s="0"/></row></sheetData>'
    sheet = _sheet(base).replace(b"</sheetData>", styled)
    table = read_table(_rezipped(base, tmp_path / "styled.xlsx", {SHEET: sheet}))
    assert table.rows == [(2, ("Jan", "Peeters", "ICT"))]


def test_csv_files_with_endless_cells_are_refused(tmp_path: Path) -> None:
    header = ";".join(HEADER) + "\n"
    big_cell = tmp_path / "big.csv"
    big_cell.write_text(header + "Jan;" + "x" * (10 << 20) + ";ICT\n", encoding="utf-8")
    assert "a cell holds more than" in _refused(big_cell)
    unclosed = tmp_path / "quote.csv"
    unclosed.write_text(header + 'Jan;"Peeters;ICT\n' + "Els;Maes;HR\n" * 20_000, encoding="utf-8")
    assert "quotation mark is never closed" in _refused(unclosed)
    huge = tmp_path / "huge.csv"
    huge.write_bytes(header.encode() + b"Jan;Peeters;ICT\n" * (MAX_CSV // 16 + 1))
    assert "too big for an import list" in _refused(huge)
    sparse = tmp_path / "sparse.csv"  # 1,000 columns, mostly empty, in 10,001 rows
    wide = ";".join([*HEADER, *(f"k{n}" for n in range(997))]) + "\n"
    row = "Jan;Peeters;ICT" + ";" * 997 + "\n"
    sparse.write_text(wide + row * (MAX_CELLS // 1000), encoding="utf-8")
    assert "far beyond a list" in _refused(sparse)


def test_a_row_of_100000_columns_is_read_and_checked(tmp_path: Path) -> None:
    wide = tmp_path / "wide.csv"
    extra = ";".join(f"kolom {n}" for n in range(100_000))
    wide.write_text(f"{';'.join(HEADER)};{extra}\nJan;Peeters;ICT\n", encoding="utf-8")
    table = read_table(wide)
    assert len(table.headers) == 100_003 and table.rows == [(2, ("Jan", "Peeters", "ICT"))]


def test_cell_text_longer_than_a_column_allows_is_a_row_problem(
    database: object, tmp_path: Path
) -> None:
    header = [*HEADER, "Vereisten"]
    long_list = tmp_path / "long.xlsx"
    book = Workbook()
    sheet = book.active
    assert sheet is not None
    sheet.append(header)
    sheet.append(["J" * 30_000, "Peeters", "ICT", "Frans " * 1000])
    book.save(long_list)
    plan = check(database.sessions, long_list)  # type: ignore[attr-defined]
    too_long = {(p.column, p.message) for p in plan.errors}
    assert too_long == {(Column.FIRST_NAME, TOO_LONG), (Column.REQUIREMENTS, TOO_LONG)}
    assert not plan.can_import
