"""The demo organisation: deterministic, consistent with its date, complete, and refused
on a database that already holds data.

The read-only checks share one five-year demo (generated once, in conftest.py) to stay fast.
"""

import datetime as dt
import sqlite3
import subprocess
import sys
from collections import Counter
from contextlib import closing
from pathlib import Path

import pytest
from sqlalchemy import func, select
from sqlalchemy.orm import Session

from stagedesk.cli.main import main
from stagedesk.core.db.database import Database
from stagedesk.core.demo.generate import (
    DemoOptions,
    DemoRefused,
    DemoSummary,
    academic_year_start,
    generate,
)
from stagedesk.core.models import (
    Application,
    ApplicationSource,
    ApplicationStatus,
    Base,
    Candidate,
    FollowUpEntry,
    FollowUpKind,
    FormAnswer,
    FormResponse,
    Gender,
    Internship,
    InternshipKind,
    InternshipStatus,
    Opportunity,
    OpportunityStatus,
    Programme,
    School,
    SchoolContact,
    SchoolKind,
    StaffMember,
    Unit,
)
from stagedesk.core.records.validation import validate
from tests.core.demo.support import HORIZON, OPTIONS, TODAY, digest, make_demo
from tests.paths import PROJECT

pytestmark = pytest.mark.clock  # see tests/moved_clock.py

# --- determinism and refusal ---------------------------------------------------------


def test_same_seed_and_day_give_the_same_rows(tmp_path: Path) -> None:
    options = DemoOptions(seed=11, years=2, per_year=30, today=TODAY)
    assert make_demo(tmp_path / "a.sqlite", options) == make_demo(tmp_path / "b.sqlite", options)
    with closing(sqlite3.connect(tmp_path / "a.sqlite")) as connection:
        for table in ("form_definitions", "form_responses", "form_answers"):
            assert connection.execute(f"SELECT count(*) FROM {table}").fetchone()[0] > 0


def test_another_seed_or_day_gives_other_rows(tmp_path: Path) -> None:
    options = DemoOptions(seed=11, years=2, per_year=30, today=TODAY)
    first = make_demo(tmp_path / "a.sqlite", options)
    other_seed = DemoOptions(seed=12, years=2, per_year=30, today=TODAY)
    other_day = DemoOptions(seed=11, years=2, per_year=30, today=TODAY + dt.timedelta(days=40))
    assert make_demo(tmp_path / "b.sqlite", other_seed) != first
    assert make_demo(tmp_path / "c.sqlite", other_day) != first


def test_a_database_with_data_is_refused_and_left_alone(database: Database) -> None:
    generate(database.sessions, DemoOptions(years=1, per_year=5, today=TODAY))
    assert database.path is not None
    before = digest(database.path)
    with pytest.raises(DemoRefused):
        generate(database.sessions, DemoOptions(years=1, per_year=5, today=TODAY))
    assert digest(database.path) == before


@pytest.mark.parametrize(("years", "per_year"), [(0, 10), (31, 10), (1, 0), (1, 5001)])
def test_options_out_of_range_are_refused(years: int, per_year: int) -> None:
    with pytest.raises(ValueError, match="must be from"):
        DemoOptions(years=years, per_year=per_year)


def test_academic_year_runs_from_september_to_august() -> None:
    assert academic_year_start(dt.date(2025, 8, 31)) == dt.date(2024, 9, 1)
    assert academic_year_start(dt.date(2025, 9, 1)) == dt.date(2025, 9, 1)


# --- what the demo holds ---------------------------------------------------------------


def test_counts_match_the_summary_and_the_options(
    demo: tuple[Database, DemoSummary], session: Session
) -> None:
    summary = demo[1]
    counted = {
        "units": Unit,
        "staff": StaffMember,
        "schools": School,
        "opportunities": Opportunity,
        "candidates": Candidate,
        "applications": Application,
        "internships": Internship,
        "follow_up_entries": FollowUpEntry,
        "form_responses": FormResponse,
        "form_answers": FormAnswer,
    }
    for name, model in counted.items():
        assert session.scalar(select(func.count()).select_from(model)) == getattr(summary, name)
    assert summary.internships == OPTIONS.years * OPTIONS.per_year
    assert (summary.units, summary.staff, summary.schools) == (8, 25, 15)
    assert 2 <= summary.applications / summary.internships <= 3.5
    assert summary.describe().startswith("Demo organisation created: 8 units, 25 staff members")
    assert f"{summary.form_responses} form responses" in summary.describe()
    assert "\n" not in summary.describe()


def test_every_value_of_the_vocabularies_occurs(session: Session) -> None:
    def values(column: object) -> set[object]:
        return set(session.scalars(select(column).distinct()))  # type: ignore[call-overload]

    assert values(Internship.kind) == set(InternshipKind)
    assert values(Internship.status) == set(InternshipStatus)
    assert values(Application.status) == set(ApplicationStatus)
    assert values(Application.source) == set(ApplicationSource)
    assert values(School.kind) == set(SchoolKind)
    assert values(Opportunity.status) == set(OpportunityStatus)
    assert values(FollowUpEntry.kind) == set(FollowUpKind)
    assert values(Candidate.gender) == {*Gender, None}


def test_staff_roles(session: Session) -> None:
    staff = session.scalars(select(StaffMember)).all()
    assert sum(s.is_coordinator for s in staff) in (1, 2)
    assert 12 <= sum(s.is_mentor for s in staff) <= 18
    assert 8 <= sum(s.is_backup for s in staff) <= 12
    heads = Counter(s.unit_id for s in staff if s.is_unit_head)
    assert len(heads) == 8 and set(heads.values()) == {1}
    assert all(s.email and s.email.endswith("@voorbeeld.example") for s in staff)
    assert len({s.email for s in staff}) == len(staff)


def test_schools_have_contacts_and_programmes(session: Session) -> None:
    contacts = Counter(session.scalars(select(SchoolContact.school_id)))
    programmes = Counter(session.scalars(select(Programme.school_id)))
    assert len(contacts) == len(programmes) == 15
    assert set(contacts.values()) <= {1, 2}
    assert set(programmes.values()) <= {2, 3, 4}
    assert None not in set(session.scalars(select(Programme.education_level)))


# --- consistent with today --------------------------------------------------------------


def status_problems(session: Session, today: dt.date) -> list[str]:
    """Every internship whose status, stop or hiring contradicts ``today``."""
    problems = []
    for i in session.scalars(select(Internship)):
        expected = {
            InternshipStatus.PLANNED: today < i.start_date,
            InternshipStatus.RUNNING: i.start_date <= today <= i.end_date,
            InternshipStatus.COMPLETED: i.end_date < today,
            InternshipStatus.STOPPED_EARLY: i.end_date < today and bool(i.stop_reason),
        }[i.status]
        stop_ok = (i.status is InternshipStatus.STOPPED_EARLY) == (i.stopped_by is not None)
        hired_ok = not i.hired_later or (
            i.status is InternshipStatus.COMPLETED
            and i.hired_date is not None
            and i.end_date < i.hired_date <= today
            and bool(i.hired_function)
        )
        if not (expected and stop_ok and hired_ok and i.end_date >= i.start_date):
            problems.append(f"internship {i.id}: {i.status} {i.start_date}..{i.end_date}")
    return problems


def date_problems(session: Session, today: dt.date) -> list[str]:
    """Applications and follow-up that lie after today or outside their internship."""
    problems = []
    for a in session.scalars(select(Application)):
        decided = a.decision_date
        if a.application_date > today or (decided and not a.application_date <= decided <= today):
            problems.append(f"application {a.id}: {a.application_date} {decided}")
        if a.status.is_open == (decided is not None):
            problems.append(f"application {a.id}: {a.status} decided {decided}")
    for entry, start, end in session.execute(
        select(FollowUpEntry, Internship.start_date, Internship.end_date).join(Internship)
    ):
        if not start <= entry.entry_date <= min(end, today):
            problems.append(f"follow-up {entry.id}: {entry.entry_date} not in {start}..{end}")
    return problems


def test_statuses_and_dates_agree_with_today(session: Session) -> None:
    assert status_problems(session, TODAY) == []
    assert date_problems(session, TODAY) == []


@pytest.mark.parametrize(
    "today",
    [dt.date(2024, 9, 1), dt.date(2025, 8, 31), dt.date(2024, 2, 29), dt.date(2025, 12, 27)],
)
def test_any_day_gives_a_consistent_demo(database: Database, today: dt.date) -> None:
    generate(database.sessions, DemoOptions(seed=3, years=2, per_year=40, today=today))
    with database.sessions() as session:
        assert status_problems(session, today) == []
        assert date_problems(session, today) == []
        planned = select(func.count()).where(Internship.status == InternshipStatus.PLANNED)
        assert session.scalar(planned)


def test_the_smallest_demo_works(database: Database) -> None:
    summary = generate(database.sessions, DemoOptions(years=1, per_year=1, today=TODAY))
    assert summary.internships == 1


def test_accepted_applications_are_linked_and_precede_the_start(session: Session) -> None:
    rows = session.execute(
        select(Internship, Application).join(
            Application, Internship.application_id == Application.id
        )
    ).all()
    assert len(rows) == OPTIONS.years * OPTIONS.per_year
    for internship, application in rows:
        assert application.status is ApplicationStatus.ACCEPTED
        assert application.candidate_id == internship.candidate_id
        assert application.opportunity_id == internship.opportunity_id
        assert application.decision_date is not None
        assert application.decision_date < internship.start_date
    accepted = select(func.count()).where(Application.status == ApplicationStatus.ACCEPTED)
    assert session.scalar(accepted) == len(rows)
    spontaneous = select(func.count()).where(Application.opportunity_id.is_(None))
    assert session.scalar(spontaneous)


def test_internships_hang_together(session: Session) -> None:
    """Mentor and backup from the unit, supervisor from the school, sensible hours."""
    unit_of = dict(session.execute(select(StaffMember.id, StaffMember.unit_id)).all())
    school_of = dict(session.execute(select(SchoolContact.id, SchoolContact.school_id)).all())
    for i in session.scalars(select(Internship)):
        assert i.mentor_id is not None and unit_of[i.mentor_id] == i.unit_id
        assert i.backup_id is None or (unit_of[i.backup_id] == i.unit_id != i.mentor_id)
        assert (i.supervisor_id is None) == (i.school_id is None)
        assert i.supervisor_id is None or school_of[i.supervisor_id] == i.school_id
        assert i.hours_per_week is not None and 16 <= i.hours_per_week <= 40
        assert i.days_per_week is not None and 2 <= i.days_per_week <= 5
        assert i.total_hours is not None and i.total_hours >= i.hours_per_week
        assert (i.allowance is not None) <= i.paid
        if i.status is not InternshipStatus.STOPPED_EARLY:
            assert 11 <= i.duration_days <= 184  # two weeks to six months


def test_candidates(session: Session) -> None:
    candidates = session.scalars(select(Candidate)).all()
    consented = [c for c in candidates if c.consent_date is not None]
    assert 0.08 < len(consented) / len(candidates) < 0.25
    assert all(c.tg_migration_background is not None for c in consented)
    for c in candidates:
        if c.consent_date is None:
            assert (c.tg_migration_background, c.tg_disability, c.tg_other) == (None,) * 3
        assert c.languages and c.languages.startswith(c.language.value)
        assert c.email and "@" in c.email
    assert len({c.email for c in candidates}) == len(candidates)
    ages = session.execute(select(Internship.start_date, Candidate.date_of_birth).join(Candidate))
    # 16 to 35 at the start; an intern who comes back a year later may be 36.
    assert all(16 <= (start - born).days // 365.25 <= 36 for start, born in ages if born)


def test_some_interns_come_back_but_never_overlap(session: Session) -> None:
    by_intern: dict[int, list[tuple[dt.date, dt.date]]] = {}
    for intern, start, end in session.execute(
        select(Internship.candidate_id, Internship.start_date, Internship.end_date)
    ):
        by_intern.setdefault(intern, []).append((start, end))
    twice = [sorted(periods) for periods in by_intern.values() if len(periods) > 1]
    assert twice
    assert all(first[1] < second[0] for first, second in twice)


def test_the_dashboard_has_something_to_show(session: Session) -> None:
    def count(*where: object) -> int:
        return session.scalar(select(func.count()).select_from(Internship).where(*where)) or 0

    horizon = TODAY + HORIZON
    starting = count(
        Internship.status == InternshipStatus.PLANNED,
        Internship.start_date.between(TODAY, horizon),
    )
    ending = count(
        Internship.status == InternshipStatus.RUNNING, Internship.end_date.between(TODAY, horizon)
    )
    running = count(Internship.status == InternshipStatus.RUNNING)
    assert starting >= 3 and ending >= 3
    assert running >= OPTIONS.per_year // 6
    open_statuses = [ApplicationStatus.APPLIED, ApplicationStatus.INTERVIEWED]
    assert session.scalar(select(func.count()).where(Application.status.in_(open_statuses)))
    without_mentor = select(func.count()).where(
        Opportunity.mentor_id.is_(None),
        Opportunity.status.in_([OpportunityStatus.PROPOSED, OpportunityStatus.OFFERED]),
    )
    assert session.scalar(without_mentor)
    recent = select(func.max(FollowUpEntry.entry_date))
    assert session.scalar(recent) == TODAY or TODAY - session.scalar(recent) < HORIZON


def test_past_years_hold_no_open_business(session: Session) -> None:
    this_year = academic_year_start(TODAY)
    old_open = select(func.count()).where(
        Application.status.in_([ApplicationStatus.APPLIED, ApplicationStatus.INTERVIEWED]),
        Application.application_date < this_year - dt.timedelta(days=60),
    )
    assert session.scalar(old_open) == 0
    old_offers = select(func.count()).where(
        Opportunity.status.in_([OpportunityStatus.PROPOSED, OpportunityStatus.OFFERED]),
        Opportunity.period_end < this_year,
    )
    assert session.scalar(old_offers) == 0


@pytest.mark.parametrize(
    "model",
    [StaffMember, School, SchoolContact, Opportunity, Candidate, Application, Internship],
)
def test_every_record_passes_the_apps_own_rules(session: Session, model: type[Base]) -> None:
    """Otherwise a coordinator could not save a demo record after editing one field."""
    columns = [column.key for column in model.__table__.columns]
    failures = []
    for record in session.scalars(select(model)):
        values = {name: getattr(record, name) for name in columns}
        issues = validate(model, values, session=session, record_id=record.id, today=TODAY)
        if issues:
            failures.append((record.id, issues))
    assert failures == []


def test_foreign_keys_and_checks_hold(demo: tuple[Database, DemoSummary]) -> None:
    assert demo[0].path is not None
    with closing(sqlite3.connect(demo[0].path)) as connection:
        assert connection.execute("PRAGMA foreign_key_check").fetchall() == []
        assert connection.execute("PRAGMA integrity_check").fetchone() == ("ok",)
        # The CHECK constraints are really there: SQLite checked them on every insert.
        schema = " ".join(
            sql for (sql,) in connection.execute("SELECT sql FROM sqlite_master") if sql
        )
        assert "ck_candidates_target_group_consent" in schema
        assert "ck_form_responses_belongs_somewhere" in schema


# --- the command line ------------------------------------------------------------------


def run_cli(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "stagedesk", "demo", *args],
        capture_output=True,
        text=True,
        cwd=PROJECT,
        timeout=120,
        check=False,
    )


def test_cli_fills_an_empty_database_once(tmp_path: Path) -> None:
    path = tmp_path / "demo.sqlite"
    first = run_cli("--db", str(path), "--years", "2", "--per-year", "20")
    assert first.returncode == 0, first.stderr
    assert first.stdout.startswith("Demo organisation created: 8 units")
    assert first.stdout.count("\n") == 1
    before = digest(path)
    second = run_cli("--db", str(path), "--years", "2", "--per-year", "20")
    assert second.returncode == 2
    assert second.stderr.strip().count("\n") == 0
    assert "already holds data" in second.stderr and "Traceback" not in second.stderr
    assert digest(path) == before


def test_cli_gives_what_generate_gives_in_any_process(tmp_path: Path) -> None:
    """The subprocess has another hash seed: nothing may depend on set or hash order."""
    path = tmp_path / "cli.sqlite"
    args = ["--seed", "5", "--years", "2", "--per-year", "25", "--today", TODAY.isoformat()]
    assert run_cli("--db", str(path), *args).returncode == 0
    options = DemoOptions(seed=5, years=2, per_year=25, today=TODAY)
    assert digest(path) == make_demo(tmp_path / "here.sqlite", options)


@pytest.mark.parametrize(
    "args",
    [["--years", "0"], ["--years", "31"], ["--per-year", "5001"], ["--today", "2025-02-30"]],
)
def test_cli_rejects_bad_options(
    tmp_path: Path, args: list[str], capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "never.sqlite"
    with pytest.raises(SystemExit) as exit_info:
        main(["demo", "--db", str(path), *args])
    assert exit_info.value.code == 2
    assert "error: argument" in capsys.readouterr().err
    assert not path.exists()


def test_cli_today_option(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "demo.sqlite"
    argv = ["demo", "--db", str(path), "--years", "1", "--per-year", "10"]
    assert main([*argv, "--today", "2030-01-15"]) == 0
    assert "10 internships" in capsys.readouterr().out
    with closing(sqlite3.connect(path)) as connection:
        (latest,) = connection.execute("SELECT max(application_date) FROM applications").fetchone()
    assert "2029-11-01" <= latest <= "2030-01-15"
