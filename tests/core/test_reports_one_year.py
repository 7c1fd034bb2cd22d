"""Question 001 for one year (issue 16, item 3), every figure worked out by hand.

Year 2024, today 1 June 2025. Units ICT and HR.
Opportunities: ICT "Helpdesk" 2024-02-01..2024-06-30, 2 places (offered); ICT "Netwerk"
2023-01-01..2023-12-31, 5 places (not in 2024); HR "Onthaal" without a period, 3 places,
with an applicant in 2024 (offered); HR "Archief" without a period and nobody in 2024
(not offered).
Interns starting in 2024: ICT curricular, ICT observation, ICT job seeker, HR work-based
paid, HR work-based unpaid, HR work-placement agreement; an ICT voluntary one planned for
2025 is not counted. Hired in 2024 by hiring date: an HR intern of 2023 (hired 2024-03-01)
and the ICT curricular intern (hired 2024-11-15); an ICT intern hired in 2025 is not.
"""

import datetime as dt
from pathlib import Path

import pytest
from openpyxl import load_workbook

from stagedesk.cli.main import main
from stagedesk.core.db.database import Database, open_sqlite
from stagedesk.core.models import (
    Application,
    Candidate,
    Internship,
    InternshipKind,
    InternshipStatus,
    Opportunity,
    Unit,
)
from stagedesk.core.reports.one_year import Route, one_year
from stagedesk.core.reports.scope import ReportScope

pytestmark = pytest.mark.clock  # see tests/moved_clock.py

TODAY = dt.date(2025, 6, 1)
D = dt.date
K = InternshipKind


def _fill(database: Database) -> None:
    with database.sessions.begin() as session:
        ict, hr = Unit(name="ICT"), Unit(name="HR")
        session.add_all([
            Opportunity(title="Helpdesk", unit=ict, period_start=D(2024, 2, 1),
                        period_end=D(2024, 6, 30), places=2),
            Opportunity(title="Netwerk", unit=ict, period_start=D(2023, 1, 1),
                        period_end=D(2023, 12, 31), places=5),
            Opportunity(title="Archief", unit=hr, places=1),
        ])  # fmt: skip
        onthaal = Opportunity(title="Onthaal", unit=hr, places=3)
        person = Candidate(first_name="A", last_name="A")
        session.add(
            Application(candidate=person, opportunity=onthaal, application_date=D(2024, 4, 2))
        )

        def intern(unit: Unit, kind: InternshipKind, start: dt.date, **extra: object) -> None:
            status = InternshipStatus.PLANNED if start > TODAY else InternshipStatus.COMPLETED
            session.add(Internship(
                intern=Candidate(first_name=kind.value, last_name=unit.name), unit=unit,
                kind=kind, start_date=start, end_date=start + dt.timedelta(days=30),
                status=status, **extra,
            ))  # fmt: skip

        intern(ict, K.CURRICULAR, D(2024, 3, 4), hired_later=True, hired_date=D(2024, 11, 15))
        intern(ict, K.OBSERVATION, D(2024, 5, 6))
        intern(ict, K.JOB_SEEKER, D(2024, 9, 2), hired_later=True, hired_date=D(2025, 2, 1))
        intern(hr, K.WORK_BASED_LEARNING, D(2024, 1, 8), paid=True)
        intern(hr, K.WORK_BASED_LEARNING, D(2024, 10, 7))
        intern(hr, K.WORK_PLACEMENT_AGREEMENT, D(2024, 12, 30))
        intern(ict, K.VOLUNTARY, D(2025, 9, 1))
        intern(hr, K.CURRICULAR, D(2023, 10, 2), hired_later=True, hired_date=D(2024, 3, 1))


def test_every_figure_of_question_001(any_database: Database) -> None:
    _fill(any_database)
    with any_database.sessions() as session:
        answer = one_year(session, ReportScope(first_year=2020, last_year=2024, today=TODAY))
    assert answer.year == 2024  # the period's last year
    assert [(u.unit, u.opportunities, u.places, u.interns, u.hired) for u in answer.units] == [
        ("HR", 1, 3, 3, 1),
        ("ICT", 1, 2, 3, 1),
    ]
    assert answer.total.places == 5 and answer.total.interns == 6
    assert answer.routes == {
        Route.SCHOOL: 2,
        Route.TRAINING_CENTRE: 3,
        Route.EMPLOYMENT_SERVICE: 1,
        Route.OTHER: 0,
    }
    assert answer.kinds[K.WORK_BASED_LEARNING] == 2 and answer.kinds[K.VOLUNTARY] == 0
    assert (answer.work_placement_agreements, answer.paid_work_based) == (1, 1)
    with any_database.sessions() as session, pytest.raises(ValueError, match="calendar year"):
        one_year(session, ReportScope(2024, 2024, TODAY, academic=True))


def test_the_command_line_writes_the_workbook(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "stagedesk.sqlite"
    database = open_sqlite(path, backups=tmp_path / "backups")
    try:
        _fill(database)
    finally:
        database.dispose()
    out = tmp_path / "2024.xlsx"
    options = ["--from", "2024", "--to", "2024", "--lang", "en", "--out", str(out)]
    assert main(["report", "year", "--db", str(path), *options]) == 0
    book = load_workbook(out)
    assert book.sheetnames[:3] == ["Places and interns", "How they came", "Agreements"]
    units = list(book["Places and interns"].iter_rows(values_only=True))
    assert units == [
        ("Unit", "Internship places offered", "Places", "Interns", "Hired in the year"),
        ("HR", 1, 3, 3, 1),
        ("ICT", 1, 2, 3, 1),
        ("Total", 2, 5, 6, 2),
    ]
    agreements = list(book["Agreements"].iter_rows(values_only=True))
    assert agreements[1:] == [
        ("Work-placement agreements", 1),
        ("Paid work-based places (part-time vocational pupils)", 1),
    ]
    assert "Gender" in book.sheetnames  # the profile of that year
    assert str(out) in capsys.readouterr().out
