"""Profile, satisfaction, mentor load and partner schools on a hand-built fixture.

pytestmark = pytest.mark.clock  # see tests/moved_clock.py

today = 1 June 2025, calendar years 2024–2025.

Finance 2024, mentor Mia Maes: nine interns (i1..i9), all starting 2024-03-10:
  gender: 6 female, 3 male  -> female 6 shown, male 3 shown as "< 5", total 9
  i1 born 2003-03-10 (21 on the start day: 21–23), i2 born 2003-03-11 (still 20: 18–20),
  the other seven without a date of birth (unknown)
  i1, i2 gave consent (i1 migration background), the others did not: target-group total 2
  i1, i2 at school "Hogeschool X" (last contact 2025-03-01) via the internship; i1's
  programme "Office Management"; the others without school
Legal 2025, mentor Bob Bos: i10 male starting 2025-02-01; a planned one starting
  2025-09-01 is not counted.
Surveys (value_for_you): i1 complete 4 and a comment, i2 complete 5, i3 complete "na",
  i4 draft 1 -> n 2, mean 4.5, population sd 0.5.
would_host_again: i1 complete 1, i2 complete 0, i3 draft 1 -> Mia yes 1, no 1.
"""

import datetime as dt
from decimal import Decimal
from pathlib import Path

import pytest
from openpyxl import load_workbook
from sqlalchemy.orm import Session

from stagedesk.cli.main import main
from stagedesk.core.db.database import Database
from stagedesk.core.forms.registry import FormRegistry
from stagedesk.core.models import (
    Candidate,
    FormAnswer,
    FormResponse,
    Gender,
    Internship,
    InternshipKind,
    InternshipStatus,
    Programme,
    ResponseStatus,
    School,
    SchoolKind,
    StaffMember,
    Unit,
)
from stagedesk.core.reports import intern_profile, partners, satisfaction
from stagedesk.core.reports.profile import Cell
from stagedesk.core.reports.scope import ReportScope
from stagedesk.output.xlsx.more import write_partners, write_profile, write_satisfaction
from tests.databases import on_command_line

TODAY = dt.date(2025, 6, 1)
D = dt.date
OPTIONS = {"first_year": 2024, "last_year": 2025, "today": TODAY, "language": "en"}


def _survey(
    session: Session,
    form_id: str,
    internship: Internship,
    status: ResponseStatus,
    **answers: object,
) -> None:
    version = FormRegistry.load().get(form_id).version
    response = FormResponse(
        form_id=form_id, form_version=version, internship_id=internship.id, status=status
    )
    for field_id, value in answers.items():
        if isinstance(value, str) and value != "na":
            response.answers.append(FormAnswer(field_id=field_id, value_text=value))
        elif value == "na":
            response.answers.append(FormAnswer(field_id=field_id, value_text="na"))
        else:
            response.answers.append(FormAnswer(field_id=field_id, value_number=Decimal(str(value))))
    session.add(response)


@pytest.fixture
def database(any_database: Database) -> Database:
    """The reports' queries run on a SQLite file and on PostgreSQL alike."""
    return any_database


@pytest.fixture
def fixture(database: Database) -> None:
    with database.sessions.begin() as session:
        finance, legal = Unit(name="Finance"), Unit(name="Legal")
        mia = StaffMember(first_name="Mia", last_name="Maes", is_mentor=True)
        bob = StaffMember(first_name="Bob", last_name="Bos", is_mentor=True)
        school = School(
            name="Hogeschool X", kind=SchoolKind.UNIVERSITY_COLLEGE, last_contact=D(2025, 3, 1)
        )
        programme = Programme(name="Office Management", school=school)
        session.add_all([finance, legal, mia, bob, school, programme])
        interns = []
        for n in range(1, 10):
            candidate = Candidate(
                first_name=f"I{n}",
                last_name="Test",
                gender=Gender.FEMALE if n <= 6 else Gender.MALE,
                date_of_birth={1: D(2003, 3, 10), 2: D(2003, 3, 11)}.get(n),
                consent_date=D(2024, 1, 1) if n <= 2 else None,
                tg_migration_background=True if n == 1 else None,
                programme=programme if n == 1 else None,
            )
            internship = Internship(
                intern=candidate,
                unit=finance,
                mentor=mia,
                school=school if n <= 2 else None,
                kind=InternshipKind.CURRICULAR,
                start_date=D(2024, 3, 10),
                end_date=D(2024, 5, 31),
                status=InternshipStatus.COMPLETED,
            )
            session.add(internship)
            interns.append(internship)
        for start, status in (
            (D(2025, 2, 1), InternshipStatus.RUNNING),
            (D(2025, 9, 1), InternshipStatus.PLANNED),
        ):
            session.add(
                Internship(
                    intern=Candidate(first_name="L", last_name="Test", gender=Gender.MALE),
                    unit=legal,
                    mentor=bob,
                    kind=InternshipKind.VOLUNTARY,
                    start_date=start,
                    end_date=start + dt.timedelta(days=30),
                    status=status,
                )
            )
        session.flush()
        done, draft = ResponseStatus.COMPLETE, ResponseStatus.DRAFT
        i1, i2, i3, i4 = interns[:4]
        _survey(
            session,
            "intern_survey",
            i1,
            done,
            value_for_you=4,
            added_value_comments="=SUM(A1) great",
        )
        _survey(session, "intern_survey", i2, done, value_for_you=5)
        _survey(session, "intern_survey", i3, done, value_for_you="na")
        _survey(session, "intern_survey", i4, draft, value_for_you=1)
        _survey(session, "mentor_survey", i1, done, would_host_again=1)
        _survey(session, "mentor_survey", i2, done, would_host_again=0)
        _survey(session, "mentor_survey", i3, draft, would_host_again=1)


def test_profile_suppresses_small_cells_and_keeps_true_totals(
    database: Database, fixture: None
) -> None:
    with database.sessions() as session:
        profile = intern_profile(session, ReportScope(**OPTIONS))  # type: ignore[arg-type]
    gender = profile.table("gender")
    assert gender.years == ("2024", "2025")
    rows = {row.category: row.cells for row in gender.rows}
    assert rows["female"] == (Cell(6, False), Cell(0, False))
    assert rows["male"] == (Cell(3, True), Cell(1, True))
    assert rows["male"][0].shown == "< 5" and rows["female"][0].shown == 6
    assert gender.totals == (9, 1)  # true totals, not the sum of what is shown
    age = {row.category: row.cells[0].value for row in profile.table("age").rows}
    assert age["21–23"] == 1 and age["18–20"] == 1 and age["unknown"] == 7
    groups = profile.table("target_groups")
    assert groups.totals == (2, 0)  # only the two consenting interns
    assert groups.rows[0].cells[0] == Cell(1, True)
    kinds = {row.category: row.cells[0] for row in profile.table("school_kind").rows}
    assert kinds["university college"] == Cell(2, False)  # not sensitive: never hidden
    programmes = {row.category: row.cells[0].value for row in profile.table("programme").rows}
    assert programmes == {"Office Management": 1, "unknown": 8}


def test_satisfaction_mean_sd_n_and_comments(database: Database, fixture: None) -> None:
    with database.sessions() as session:
        report = satisfaction(session, ReportScope(**OPTIONS))  # type: ignore[arg-type]
    [score] = [
        s for s in report.scores if s.form_id == "intern_survey" and s.field_id == "value_for_you"
    ]
    assert (score.year, score.unit, score.n) == ("2024", "Finance", 2)
    assert score.mean == pytest.approx(4.5) and score.sd == pytest.approx(0.5)
    assert (
        score.question == FormRegistry.load().get("intern_survey").field("value_for_you").label.en
    )
    assert [(c.year, c.unit, c.text) for c in report.comments] == [
        ("2024", "Finance", "=SUM(A1) great")
    ]


def test_mentor_load_host_again_and_partner_schools(database: Database, fixture: None) -> None:
    with database.sessions() as session:
        report = partners(session, ReportScope(**OPTIONS))  # type: ignore[arg-type]
    assert [(m.mentor, m.year, m.interns) for m in report.mentor_load] == [
        ("Mia Maes", "2024", 9),
        ("Bob Bos", "2025", 1),
    ]
    assert [(h.mentor, h.yes, h.no) for h in report.host_again] == [("Mia Maes", 1, 1)]
    assert [(s.school, s.programme, s.year, s.interns, s.last_contact) for s in report.schools] == [
        ("Hogeschool X", "Office Management", "2024", 1, D(2025, 3, 1)),
        ("Hogeschool X", "—", "2024", 1, D(2025, 3, 1)),
        ("—", "—", "2024", 7, None),
        ("—", "—", "2025", 1, None),
    ]


def test_workbooks_read_back(database: Database, fixture: None, tmp_path: Path) -> None:
    with database.sessions() as session:
        profile = intern_profile(session, ReportScope(**OPTIONS))  # type: ignore[arg-type]
        scores = satisfaction(session, ReportScope(**OPTIONS))  # type: ignore[arg-type]
        mentors = partners(session, ReportScope(**OPTIONS))  # type: ignore[arg-type]
    write_profile(profile, tmp_path / "p.xlsx", language="en")
    write_satisfaction(scores, tmp_path / "s.xlsx", language="en")
    write_partners(mentors, tmp_path / "m.xlsx", language="en")
    gender = load_workbook(tmp_path / "p.xlsx")["Gender"]
    values = [[c.value for c in row] for row in gender.iter_rows()]
    assert values[0] == ["Gender", "2024", "2025"]
    assert values[1] == ["female", 6, 0]
    assert values[2] == ["male", "< 5", "< 5"]
    assert values[-1] == ["Total", 9, 1]
    assert gender.freeze_panes == "A2"
    comment = load_workbook(tmp_path / "s.xlsx")["Comments"]["E2"]
    assert comment.value == "=SUM(A1) great" and comment.data_type == "s"
    schools = load_workbook(tmp_path / "m.xlsx")["Partner schools"]
    assert schools["A2"].value == "Hogeschool X" and schools["D2"].value == 1


def test_cli(
    database: Database,
    fixture: None,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
) -> None:
    for report in ("profile", "satisfaction", "partners"):
        out = tmp_path / f"{report}.xlsx"
        common = ["report", report, *on_command_line(database), "--out", str(out)]
        assert main([*common, "--from", "2024", "--to", "2025"]) == 0
        assert out.exists()
        assert main([*common, "--from", "2025", "--to", "2020"]) == 2
        assert "backwards" in capsys.readouterr().err


def test_the_kind_filter_narrows_every_report_alike(database: Database) -> None:
    """Céline's running internship is the seed's only one counted in 2026: curricular."""
    import datetime as dt

    from stagedesk.core.models import InternshipKind
    from stagedesk.core.reports import intern_profile, partners, satisfaction
    from tests.seed import seed_small

    seed_small(database.sessions)
    common = {"first_year": 2026, "last_year": 2026, "today": dt.date(2026, 3, 2)}
    with database.sessions() as session:
        everyone = partners(session, ReportScope(**common))
        nobody = partners(session, ReportScope(**common, kinds=[InternshipKind.OBSERVATION]))
        curricular = intern_profile(
            session, ReportScope(**common, kinds=[InternshipKind.CURRICULAR])
        )
        satisfaction(session, ReportScope(**common, kinds=[InternshipKind.OBSERVATION]))
    assert [(m.mentor, m.interns) for m in everyone.mentor_load] == [("An Peeters", 1)]
    assert nobody.mentor_load == []
    assert curricular is not None
