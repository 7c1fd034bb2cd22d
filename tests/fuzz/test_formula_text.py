"""Every xlsx and CSV StageDesk writes keeps user text as text: a unit named
``=HYPERLINK("http://evil")`` is that name in the file, never a formula Excel runs.

The data is real (a database holding hostile names everywhere a user types text), each
writer runs as the application runs it, and each file is read back with openpyxl (every
cell, every sheet) or the csv module."""

import csv
import datetime as dt
from collections.abc import Iterator
from decimal import Decimal
from pathlib import Path

import pytest
from openpyxl import load_workbook

from stagedesk.core.db.database import Database
from stagedesk.core.forms import FormRegistry
from stagedesk.core.models import (
    Candidate,
    FormAnswer,
    FormResponse,
    Internship,
    InternshipKind,
    InternshipStatus,
    Opportunity,
    Programme,
    ResponseStatus,
    School,
    SchoolKind,
    StaffMember,
    Unit,
)
from stagedesk.core.reports import annual_overview, intern_profile, partners, satisfaction
from stagedesk.core.reports.scope import ReportScope
from stagedesk.output.xlsx.annual import write_annual_overview
from stagedesk.output.xlsx.everything import write_everything
from stagedesk.output.xlsx.import_template import write_import_template
from stagedesk.output.xlsx.more import write_partners, write_profile, write_satisfaction
from stagedesk.ui.data.list_import.problems_file import write_problems
from stagedesk.ui.data.list_import.problems_model import ProblemLine

LINK = '=HYPERLINK("http://evil")'
HOSTILE = [LINK, "+1+1", "@SUM(A1)", "-2+3", "\t=2*3"]
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")
TODAY = dt.date(2026, 1, 15)
YEARS = {"first_year": 2025, "last_year": 2025, "today": TODAY, "language": "nl"}


@pytest.fixture
def hostile(database: Database) -> Database:
    """One internship per hostile text, each text in every field a user fills in."""
    version = FormRegistry.load().get("intern_survey").version
    with database.sessions.begin() as session:
        school = School(name=LINK, kind=SchoolKind.UNIVERSITY_COLLEGE)
        programme = Programme(name="@SUM(A1)", school=school)
        for n, text in enumerate(HOSTILE):
            unit = Unit(name=text)
            mentor = StaffMember(first_name=text, last_name=f"M{n}", is_mentor=True)
            intern = Candidate(first_name=text, last_name=f"I{n}", programme=programme)
            job = Opportunity(title=text, unit=unit, requirements=text)
            internship = Internship(
                intern=intern,
                unit=unit,
                mentor=mentor,
                opportunity=job,
                school=school,
                kind=InternshipKind.CURRICULAR,
                start_date=dt.date(2025, 3, 1),
                end_date=dt.date(2025, 5, 31),
                status=InternshipStatus.COMPLETED,
                hired_later=True,
                hired_function=text,
                notes=text,
            )
            session.add(internship)
            session.flush()
            response = FormResponse(
                form_id="intern_survey",
                form_version=version,
                internship_id=internship.id,
                status=ResponseStatus.COMPLETE,
            )
            response.answers.append(FormAnswer(field_id="value_for_you", value_number=Decimal(4)))
            response.answers.append(FormAnswer(field_id="general_comments", value_text=text))
            session.add(response)
    return database


def _cells(path: Path) -> Iterator[tuple[str, object, str]]:
    """(sheet, value, data type) of every cell of the workbook. Text that looks like a
    formula must also carry Excel's quote prefix, so that it stays text when edited."""
    book = load_workbook(path)
    for sheet in book.worksheets:
        for row in sheet.iter_rows():
            for cell in row:
                if isinstance(cell.value, str) and cell.value.startswith(FORMULA_STARTS):
                    assert cell.quotePrefix, f"{path.name} {sheet.title}: {cell.value!r}"
                if cell.value is not None:
                    yield sheet.title, cell.value, cell.data_type


def _workbooks(database: Database, folder: Path) -> dict[str, Path]:
    with database.sessions() as session:
        reports = {
            "annual": (annual_overview(session, ReportScope(**YEARS)), write_annual_overview),
            "profile": (intern_profile(session, ReportScope(**YEARS)), write_profile),
            "satisfaction": (satisfaction(session, ReportScope(**YEARS)), write_satisfaction),
            "partners": (partners(session, ReportScope(**YEARS)), write_partners),
        }
    written = {}
    for name, (report, writer) in reports.items():
        written[name] = folder / f"{name}.xlsx"
        writer(report, written[name], language="nl")  # type: ignore[operator]
    written["everything"] = folder / "everything.xlsx"
    write_everything(database.sessions, written["everything"], "nl")
    written["template"] = folder / "template.xlsx"
    write_import_template(written["template"], "nl")
    written["problems"] = folder / "problems.xlsx"
    write_problems(written["problems"], HEADERS, PROBLEMS, ("Fout", "Waarschuwing"))
    return written


HEADERS = ["Rij", "Kolom", "Soort", "Probleem"]
PROBLEMS = [
    ProblemLine(n + 2, text, f"{text} is geen datum", False) for n, text in enumerate(HOSTILE)
]


def test_no_writer_turns_user_text_into_a_formula(hostile: Database, tmp_path: Path) -> None:
    shown: dict[str, set[object]] = {}
    for name, path in _workbooks(hostile, tmp_path).items():
        cells = list(_cells(path))
        formulas = [(sheet, value) for sheet, value, kind in cells if kind == "f"]
        assert not formulas, f"{name}: {formulas[:3]}"
        shown[name] = {value for _, value, _ in cells}
    # Each text comes back whole at the start of a cell (a mentor's name also has a last
    # name after it), where the writer shows user text at all: nothing put in front.
    for name in ("annual", "satisfaction", "partners", "everything", "problems"):
        texts = [value for value in shown[name] if isinstance(value, str)]
        missing = [text for text in HOSTILE if not any(t.startswith(text) for t in texts)]
        assert not missing, f"{name} lost {missing}"
    assert "@SUM(A1)" in shown["profile"]  # the programme's name


def test_the_csv_problem_list_neutralises_formulas(tmp_path: Path) -> None:
    target = tmp_path / "problems.csv"
    write_problems(target, HEADERS, PROBLEMS, ("Fout", "Waarschuwing"))
    with target.open(encoding="utf-8-sig", newline="") as file:
        rows = list(csv.reader(file, delimiter=";"))
    cells = [cell for row in rows for cell in row]
    assert not [cell for cell in cells if cell.startswith(FORMULA_STARTS)]
    for text in HOSTILE:  # kept, behind the apostrophe that tells Excel it is text
        assert f"'{text}" in cells and f"'{text} is geen datum" in cells
