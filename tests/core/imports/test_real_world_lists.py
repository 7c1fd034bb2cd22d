"""Lists as people bring them (case 10 of the safety review): the content decides the
format, not the name; Excel's "Unicode text"; a title above the header row; a formula
that failed. Each of these was refused whole, or read wrong, before."""

import datetime as dt
import re
import shutil
import zipfile
from pathlib import Path

import pytest
from openpyxl import Workbook

from stagedesk.core.db.database import Database
from stagedesk.core.imports import ImportRefused, read_table
from tests.core.imports.lists import check
from tests.paths import DATA

HEADER = ["Voornaam", "Achternaam", "Dienst"]


def _values(path: Path) -> list[list[str]]:
    table = read_table(path)
    return [
        [str(v).removesuffix(".0") for v in values if v is not None] for _, values in table.rows
    ]


@pytest.mark.parametrize("real", ["old-list.xls", "old-list.ods", "old-list.xlsx"])
def test_a_workbook_saved_under_another_extension_reads_as_itself(
    real: str, tmp_path: Path
) -> None:
    """LibreOffice's .xls and .ods, renamed ".xlsx" (or ".csv"), as a mail client might."""
    for name in ("list.xlsx", "list.csv", "list"):
        mislabelled = tmp_path / name
        shutil.copyfile(DATA / real, mislabelled)
        assert _values(mislabelled) == _values(DATA / "old-list.xlsx")


def test_excels_unicode_text_reads(tmp_path: Path) -> None:
    """Excel's "Unicode text": UTF-16 with a byte order mark, tabs, Windows line ends."""
    lines = ["\t".join(HEADER), "Zoë\tÇelik\tICT", "Łukasz\tNowak\tCommunicatie"]
    path = tmp_path / "stagiairs.txt"
    path.write_bytes("\r\n".join(lines).encode("utf-16"))  # BOM, little-endian
    table = read_table(path)
    assert table.headers == tuple(HEADER)
    assert [values for _, values in table.rows] == [
        ("Zoë", "Çelik", "ICT"),
        ("Łukasz", "Nowak", "Communicatie"),
    ]
    big_endian = tmp_path / "be.txt"
    big_endian.write_bytes(b"\xfe\xff" + "\r\n".join(lines).encode("utf-16-be"))
    assert read_table(big_endian).rows == table.rows


def test_a_csv_named_like_a_workbook_reads(tmp_path: Path) -> None:
    path = tmp_path / "export.xlsx"
    path.write_text("Voornaam;Achternaam;Dienst\nAn;Peeters;ICT\n", encoding="utf-8")
    assert [values for _, values in read_table(path).rows] == [("An", "Peeters", "ICT")]


def _titled(path: Path) -> Path:
    book = Workbook()
    sheet = book.active
    assert sheet is not None
    sheet.append(["Stagiairs 2024 – dienst Communicatie"])
    sheet.append(["Bijgewerkt op 3 januari"])
    sheet.append([])
    sheet.append(HEADER)
    sheet.append(["An", "Peeters", "Communicatie"])
    sheet.append(["Jan", "Claes", "ICT"])
    book.save(path)
    return path


def test_a_title_above_the_header_row_is_passed_over(tmp_path: Path) -> None:
    table = read_table(_titled(tmp_path / "met titel.xlsx"))
    assert table.headers == tuple(HEADER) and table.header_row == 4
    assert [number for number, _ in table.rows] == [5, 6]


def test_the_header_row_can_be_chosen(tmp_path: Path) -> None:
    path = _titled(tmp_path / "met titel.xlsx")
    chosen = read_table(path, header_row=5)  # the user says: the names start lower
    assert chosen.headers == ("An", "Peeters", "Communicatie") and chosen.header_row == 5
    assert [number for number, _ in chosen.rows] == [6]
    with pytest.raises(ImportRefused) as refused:
        read_table(path, header_row=3)  # the blank line
    assert str(refused.value) == (
        "Row 3 of met titel.xlsx is empty: it cannot be the header row. Choose another."
    )


def _with_failed_formula(path: Path) -> Path:
    """A workbook whose cell B3 holds a VLOOKUP that found nothing, cached as #N/A, the
    way Excel saves it (openpyxl writes no cached results: the XML is set by hand)."""
    plain = path.with_name("plain.xlsx")
    book = Workbook()
    sheet = book.active
    assert sheet is not None
    for row in (HEADER, ["An", "Peeters", "ICT"], ["Jan", "LOOKUP", "ICT"]):
        sheet.append(row)
    book.save(plain)
    with zipfile.ZipFile(plain) as source, zipfile.ZipFile(path, "w") as target:
        for item in source.infolist():
            data = source.read(item.filename)
            if item.filename == "xl/worksheets/sheet1.xml":
                failed = '<c r="B3" t="e"><f>VLOOKUP(A3,Namen!A:B,2,0)</f><v>#N/A</v></c>'
                data = re.sub(rb'<c r="B3"[^>]*>.*?</c>', failed.encode(), data)
                assert b"#N/A" in data
            target.writestr(item, data)
    return path


def test_a_failed_formula_is_said_as_such(database: Database, tmp_path: Path) -> None:
    plan = check(database.sessions, _with_failed_formula(tmp_path / "opzoeking.xlsx"))
    [problem] = plan.errors
    assert problem.row == 3
    assert problem.text.startswith("The cell shows #N/A: its formula failed.")


def test_a_failed_formula_in_a_csv_is_said_too(database: Database, tmp_path: Path) -> None:
    path = tmp_path / "opzoeking.csv"
    path.write_text("Voornaam;Achternaam;Dienst\nAn;#N/A;ICT\n", encoding="utf-8")
    [problem] = check(database.sessions, path).errors
    assert "#N/A" in problem.text and "must be filled in" not in problem.text


def test_dates_as_people_save_them(database: Database, tmp_path: Path) -> None:
    """An American export (month first), Excel's date numbers, a month where a day belongs."""
    us = tmp_path / "export.csv"
    us.write_text(
        "First name,Last name,Unit,Start date,End date,Status\n"
        "Ann,Lee,ICT,03/25/2024,06/28/2024,completed\n"
        "Bob,Ray,ICT,09/02/2024,12/20/2024,completed\n",
        encoding="utf-8",
    )
    plan = check(database.sessions, us, dt.date(2025, 1, 6))
    assert plan.can_import, [p.text for p in plan.errors]
    assert [c.value for c in plan.month_first_in_order] == ["start_date", "end_date"]
    assert [(r.start_date, r.end_date) for r in plan.rows] == [
        (dt.date(2024, 3, 25), dt.date(2024, 6, 28)),
        (dt.date(2024, 9, 2), dt.date(2024, 12, 20)),
    ]
    ours = tmp_path / "ons.csv"  # day first: 02/09/2024 stays 2 September
    ours.write_text(
        "Voornaam;Achternaam;Dienst;Begindatum;Einddatum\nAn;Peeters;ICT;02/09/2024;20/12/2024\n",
        encoding="utf-8",
    )
    plan = check(database.sessions, ours, dt.date(2025, 1, 6))
    assert plan.month_first == frozenset() and plan.rows[0].start_date == dt.date(2024, 9, 2)
    book = Workbook()
    sheet = book.active
    assert sheet is not None
    sheet.append(["Voornaam", "Achternaam", "Dienst", "Begindatum", "Einddatum"])
    sheet.append(["An", "Peeters", "ICT", 45537, 45646])  # a date column saved as numbers
    sheet.append(["Jan", "Claes", "ICT", "sept. 2024", "2024"])  # a month, a year alone
    sheet.append(["Els", "Maes", "ICT", "févr. 2024", "juni 2024"])
    sheet.append(["Tom", "Wouters", "ICT", "3 sept. 2024", "20 déc. 2024"])  # a month's name
    book.save(tmp_path / "getallen.xlsx")
    plan = check(database.sessions, tmp_path / "getallen.xlsx", dt.date(2025, 1, 6))
    assert plan.rows[0].start_date == dt.date(2024, 9, 2)
    assert plan.rows[0].end_date == dt.date(2024, 12, 20)
    texts = [p.text for p in plan.problems_of(3)]
    assert "“2024” is a month or a year, not a day: write the day, as dd/mm/yyyy." in texts
    assert "“sept. 2024” gives the month, not the day: read as 01/09/2024." in texts
    # A month alone starts on its first day and ends on its last, and the preview says so.
    els = next(row for row in plan.rows if row.row == 4)
    assert (els.start_date, els.end_date) == (dt.date(2024, 2, 1), dt.date(2024, 6, 30))
    said = [p for p in plan.problems_of(4) if "gives the month" in p.text]
    assert [(p.column, p.warning) for p in said] == [("start_date", True), ("end_date", True)]
    tom = next(row for row in plan.rows if row.row == 5)
    assert (tom.start_date, tom.end_date) == (dt.date(2024, 9, 3), dt.date(2024, 12, 20))
    assert not any("day" in p.text for p in plan.problems_of(5))
