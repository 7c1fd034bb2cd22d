"""Every bad input gets a clear message, and nothing is written."""

import zipfile
from pathlib import Path

import pytest
from sqlalchemy import func, select

from stagedesk.core.db.database import Database
from stagedesk.core.imports import Column, ImportRefused, match_columns, read_table
from stagedesk.core.imports.plan import refuse_bad_match
from stagedesk.core.imports.source import MAX_ROWS
from stagedesk.core.models import Candidate, Unit
from tests.core.imports.lists import check, write_csv, write_xlsx

HEADER = ["Voornaam", "Achternaam", "Dienst", "Status", "Soort stage", "Begindatum", "Einddatum"]


def _refusal(path: Path) -> str:
    with pytest.raises(ImportRefused) as refused:
        read_table(path)
    assert path.name in str(refused.value)
    return str(refused.value)


def test_a_file_that_is_not_a_spreadsheet(tmp_path: Path) -> None:
    pdf = tmp_path / "brief.pdf"
    pdf.write_bytes(b"%PDF-1.7\n" + b"x" * 100)
    assert "is not a spreadsheet" in _refusal(pdf)
    binary = tmp_path / "foto.csv"
    binary.write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00")
    assert "is not a spreadsheet" in _refusal(binary)
    assert "does not exist" in _refusal(tmp_path / "weg.xlsx")


def test_a_zip_that_is_not_a_workbook(tmp_path: Path) -> None:
    path = tmp_path / "archief.xlsx"
    with zipfile.ZipFile(path, "w") as archive:
        archive.writestr("readme.txt", "hello")
    assert "is not a spreadsheet" in _refusal(path)


def test_a_password_protected_or_old_workbook(tmp_path: Path) -> None:
    # Office encrypts an xlsx inside an OLE2 compound file, the container of old .xls too.
    path = tmp_path / "geheim.xlsx"
    path.write_bytes(bytes.fromhex("d0cf11e0a1b11ae1") + bytes(504))
    assert "protected by a password" in _refusal(path)


def test_a_damaged_workbook(tmp_path: Path) -> None:
    good = write_xlsx(tmp_path / "goed.xlsx", HEADER, [["A", "B", "C"]])
    damaged = tmp_path / "kapot.xlsx"
    damaged.write_bytes(good.read_bytes()[: good.stat().st_size // 2])
    assert "is damaged" in _refusal(damaged)


def test_a_zip_bomb_is_refused_before_it_is_unpacked(tmp_path: Path) -> None:
    path = tmp_path / "bom.xlsx"
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("xl/workbook.xml", "<workbook/>")
        with archive.open("xl/worksheets/sheet1.xml", "w", force_zip64=True) as sheet:
            block = b"\0" * (1 << 20)
            for _ in range(300):
                sheet.write(block)
    assert path.stat().st_size < 2_000_000
    assert "too big" in _refusal(path)


def test_an_empty_sheet_and_a_header_without_rows(tmp_path: Path) -> None:
    assert "is empty" in _refusal(write_xlsx(tmp_path / "leeg.xlsx", [], []))
    assert "no rows below it" in _refusal(write_xlsx(tmp_path / "kop.xlsx", HEADER, [[], []]))


def test_too_many_rows(tmp_path: Path) -> None:
    rows = [["A", str(n), "X"] for n in range(MAX_ROWS + 1)]
    assert "more than 100,000 rows" in _refusal(write_csv(tmp_path / "groot.csv", HEADER, rows))


def test_missing_and_doubled_columns() -> None:
    with pytest.raises(ImportRefused, match="no column for: Last name, Unit"):
        refuse_bad_match(match_columns(["Voornaam", "Geboortedatum"]))
    doubled = match_columns(["Voornaam", "Achternaam", "Dienst", "Extra"]).with_column(
        3, Column.FIRST_NAME
    )
    with pytest.raises(ImportRefused, match=r"More than one column .*: First name"):
        refuse_bad_match(doubled)


def test_every_bad_row_is_named_with_its_column(any_database: Database, tmp_path: Path) -> None:
    rows = [
        ["Goed", "Rij", "ICT", "afgerond", "curriculair", "01/02/2024", "28/02/2024"],
        ["Onbekend", "Woord", "ICT", "misschien", "curriculair", "01/02/2024", "28/02/2024"],
        ["Raar", "Soort", "ICT", "afgerond", "zomerjob", "01/02/2024", "28/02/2024"],
        ["Geen", "Dag", "ICT", "afgerond", "curriculair", "31/02/2024", "31/03/2024"],
        ["Omgekeerd", "Rij", "ICT", "afgerond", "curriculair", "01/03/2024", "01/02/2024"],
        # 38 is no date (45000 would be one: Excel's number for 15/03/2023)
        ["Getal", "Datum", "ICT", "afgerond", "curriculair", 38, "01/03/2024"],
        ["Zonder", "Datums", "ICT", "lopend", "curriculair", None, None],
        [None, "Naamloos", None, None, None, None, None],
    ]
    plan = check(any_database.sessions, write_xlsx(tmp_path / "fout.xlsx", HEADER, rows))
    found = [(p.row, p.column, p.text) for p in plan.errors]
    assert found == [
        (3, Column.STATUS, found[0][2]),
        (4, Column.KIND, found[1][2]),
        (5, Column.START_DATE, "“31/02/2024” is a day that does not exist."),
        (6, Column.END_DATE, "The end date lies before the start date."),
        (
            7,
            Column.START_DATE,
            "The number 38 stands where a date belongs: format the cell as a date or"
            " write dd/mm/yyyy.",
        ),
        (8, Column.START_DATE, found[5][2]),
        (9, Column.FIRST_NAME, "This column must be filled in."),
        (9, Column.UNIT, "This column must be filled in."),
    ]
    assert found[0][2].startswith("“misschien” is not known here. Use one of: kandidaat,")
    assert "“zomerjob” is not known here" in found[1][2] and "curriculair" in found[1][2]
    assert "needs a start date and an end date" in found[5][2]
    assert not plan.can_import
    with any_database.sessions() as session:
        assert session.scalar(select(func.count()).select_from(Unit)) == 0


def test_an_overlapping_internship_is_an_error(any_database: Database, tmp_path: Path) -> None:
    rows = [
        ["Ann", "Dubbel", "ICT", "afgerond", "curriculair", "01/02/2024", "30/04/2024"],
        ["Ann", "Dubbel", "HR", "afgerond", "vrijwillig", "01/04/2024", "31/05/2024"],
    ]
    plan = check(any_database.sessions, write_xlsx(tmp_path / "over.xlsx", HEADER, rows))
    assert [(p.row, p.text) for p in plan.errors] == [
        (3, "Ann Dubbel already has an internship from 01/02/2024 to 30/04/2024 over these dates.")
    ]


def test_nothing_is_written_when_the_command_line_refuses(
    database, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    from stagedesk.cli.main import main

    rows = [
        ["Goed", "Rij", "ICT", "afgerond", "curriculair", "01/02/2024", "28/02/2024"],
        ["Geen", "Dag", "ICT", "afgerond", "curriculair", "31/02/2024", "31/03/2024"],
    ]
    path = write_xlsx(tmp_path / "fout.xlsx", HEADER, rows)
    db = str(database.path)
    assert main(["import", str(path), "--db", db]) == 2
    err = capsys.readouterr().err
    assert "fout.xlsx: row 3, Begindatum: “31/02/2024” is a day that does not exist." in err
    assert "1 problem(s) in fout.xlsx; nothing was imported" in err
    with database.sessions() as session:
        assert session.scalar(select(func.count()).select_from(Candidate)) == 0


def test_the_command_line_dry_run_writes_nothing_then_imports(
    database, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    from stagedesk.cli.main import main

    rows = [["Goed", "Rij", "ICT", "afgerond", "curriculair", "01/02/2024", "28/02/2024"]]
    path = write_xlsx(tmp_path / "goed.xlsx", HEADER, rows)
    # --db before the command counts as much as after it
    assert main(["--db", str(database.path), "import", str(path), "--dry-run"]) == 0
    assert "would create: 1 units," in capsys.readouterr().out
    with database.sessions() as session:
        assert session.scalar(select(func.count()).select_from(Candidate)) == 0
    assert main(["--db", str(database.path), "import", str(path)]) == 0
    assert "created: 1 units, 1 opportunities, 1 candidates" in capsys.readouterr().out
    assert main(["import", str(path), "--db", str(database.path)]) == 0
    out = capsys.readouterr().out
    assert "created: nothing" in out and "1 rows were already in StageDesk" in out
    assert main(["import", str(tmp_path / "weg.xlsx"), "--db", str(database.path)]) == 2
    assert "weg.xlsx does not exist" in capsys.readouterr().err
