"""The empty template: its headers are recognised in each language, filled in it imports."""

import datetime as dt
from pathlib import Path

import pytest
from openpyxl import load_workbook
from sqlalchemy import select

from stagedesk.core.db.database import Database
from stagedesk.core.imports import Column, match_columns, read_table
from stagedesk.core.models import Internship, InternshipKind
from stagedesk.output.xlsx.import_template import write_import_template
from tests.core.imports.lists import import_file


@pytest.mark.parametrize("language", ["nl", "fr", "en"])
def test_every_header_of_the_template_is_recognised(tmp_path: Path, language: str) -> None:
    path = tmp_path / f"sjabloon-{language}.xlsx"
    write_import_template(path, language)
    book = load_workbook(path)
    assert len(book.worksheets) == 2
    headers = [cell.value for cell in book.worksheets[0][1]]
    assert match_columns([str(h) for h in headers]).columns == tuple(Column)
    explanation = book.worksheets[1]
    rows = list(explanation.iter_rows(values_only=True))
    assert len(rows) == 1 + len(Column)  # a title row, then one row per column
    assert all(row[2] for row in rows[1:])  # every column explained
    by_header = {row[0]: row for row in rows[1:]}
    status = by_header[headers[list(Column).index(Column.STATUS)]]
    assert "gepland / planned / prévu" in status[3]
    assert (
        explanation.title == {"nl": "Uitleg", "fr": "Explications", "en": "Explanation"}[language]
    )


def test_a_filled_template_imports_even_when_saved_on_its_explanation_sheet(
    any_database: Database, tmp_path: Path
) -> None:
    path = tmp_path / "ingevuld.xlsx"
    write_import_template(path, "fr")
    book = load_workbook(path)
    sheet = book.worksheets[0]
    values = {
        Column.FIRST_NAME: "Zoé",
        Column.LAST_NAME: "Martin",
        Column.UNIT: "Service juridique",
        Column.STATUS: "terminé",
        Column.KIND: "convention d'immersion",
        Column.START_DATE: dt.datetime(2025, 2, 3),
        Column.END_DATE: "28/03/2025",
        Column.HIRED_LATER: "oui",
    }
    for at, column in enumerate(Column, start=1):
        sheet.cell(2, at, values.get(column))
    book.active = 1  # the coordinator last looked at the explanations
    book.save(path)
    assert read_table(path).sheet == "Stagiaires"
    result = import_file(any_database, path)
    assert result.created["internships"] == 1
    with any_database.sessions() as s:
        stage = s.scalars(select(Internship)).one()
        assert stage.intern.full_name == "Zoé Martin"
        assert stage.kind is InternshipKind.WORK_PLACEMENT_AGREEMENT
        assert stage.hired_later
        assert (stage.start_date, stage.end_date) == (dt.date(2025, 2, 3), dt.date(2025, 3, 28))


def test_the_command_line_writes_the_template(tmp_path: Path, capsys) -> None:  # type: ignore[no-untyped-def]
    from stagedesk.cli.main import main

    target = tmp_path / "template.xlsx"
    assert main(["import-template", "--out", str(target), "--lang", "en"]) == 0
    assert load_workbook(target).sheetnames == ["Interns", "Explanation"]
    assert main(["import-template", "--out", str(tmp_path / "t.csv")]) == 2
    assert "end the name in .xlsx" in capsys.readouterr().err
