"""Core rules without a window: validation, saving, deleting, statuses, dashboard, lists."""

import datetime as dt

import pytest
from sqlalchemy import select

from stagedesk.core.dashboard import load_dashboard
from stagedesk.core.db.database import Database
from stagedesk.core.models import (
    Candidate,
    Internship,
    InternshipKind,
    InternshipStatus,
    SchoolContact,
    Unit,
)
from stagedesk.core.records import listing, repository, validation
from stagedesk.core.records.rules import advance_statuses
from tests.seed import TODAY, Seed, seed_small

pytestmark = pytest.mark.clock  # see tests/moved_clock.py


@pytest.fixture
def seeded(any_database: Database) -> tuple[Database, Seed]:
    """The small organisation, on a SQLite file and on PostgreSQL: every test runs on both."""
    return any_database, seed_small(any_database.sessions)


def _internship(seed: Seed, **changes: object) -> dict[str, object]:
    values: dict[str, object] = {
        "candidate_id": seed.candidates["jonas"],
        "unit_id": seed.units["ict"],
        "kind": InternshipKind.CURRICULAR,
        "start_date": dt.date(2026, 4, 1),
        "end_date": dt.date(2026, 5, 31),
        "status": InternshipStatus.PLANNED,
    }
    values.update(changes)
    return values


def _messages(database: Database, model: type, values: dict[str, object], **kw: object) -> dict:
    with database.sessions() as session:
        issues = validation.validate(model, values, session=session, today=TODAY, **kw)
    return {issue.field: issue.message for issue in issues}


def test_a_valid_internship_has_no_issues(seeded: tuple[Database, Seed]) -> None:
    database, seed = seeded
    assert _messages(database, Internship, _internship(seed)) == {}


@pytest.mark.parametrize(
    ("changes", "field", "message"),
    [
        ({"end_date": dt.date(2026, 3, 1)}, "end_date", validation.END_BEFORE_START),
        ({"hours_per_week": 61}, "hours_per_week", validation.OUT_OF_RANGE),
        ({"hours_per_week": "veel"}, "hours_per_week", validation.NOT_A_NUMBER),
        ({"days_per_week": 0}, "days_per_week", validation.OUT_OF_RANGE),
        ({"unit_id": None}, "unit_id", validation.REQUIRED),
        ({"allowance": 100}, "allowance", validation.ALLOWANCE_UNPAID),
        ({"status": InternshipStatus.STOPPED_EARLY}, "stop_reason", validation.STOP_REASON),
        ({"status": InternshipStatus.STOPPED_EARLY}, "stopped_by", validation.STOPPED_BY),
        ({"hired_later": True}, "hired_date", validation.HIRED_DATE),
        (
            {"hired_later": True, "hired_date": dt.date(2026, 1, 1)},
            "hired_date",
            validation.HIRED_BEFORE_START,
        ),
    ],
)
def test_internship_rules(
    seeded: tuple[Database, Seed], changes: dict, field: str, message: str
) -> None:
    database, seed = seeded
    assert _messages(database, Internship, _internship(seed, **changes))[field] == message


def test_overlap_with_another_internship_of_the_same_intern(
    seeded: tuple[Database, Seed],
) -> None:
    database, seed = seeded
    clash = _internship(
        seed, candidate_id=seed.candidates["celine"], start_date=dt.date(2026, 3, 10)
    )
    assert _messages(database, Internship, clash)["start_date"] == validation.OVERLAP
    # The internship itself is no clash when it is edited.
    running = repository.load(database.sessions, Internship, seed.internships["running"])
    running.pop("version")
    assert _messages(database, Internship, running, record_id=seed.internships["running"]) == {}


def test_supervisor_must_work_at_the_chosen_school(seeded: tuple[Database, Seed]) -> None:
    database, seed = seeded
    with database.sessions.begin() as session:
        other = SchoolContact(school_id=seed.school, name="X")
        session.add(other)
    with database.sessions() as session:
        contact = session.scalar(select(SchoolContact.id).where(SchoolContact.name == "X"))
    values = _internship(seed, school_id=None, supervisor_id=contact)
    assert "supervisor_id" not in _messages(database, Internship, values)


def test_candidate_rules(seeded: tuple[Database, Seed]) -> None:
    database, _ = seeded
    values = {
        "first_name": "Lea",
        "last_name": " ",
        "email": "lea@",
        "date_of_birth": dt.date(2020, 1, 1),
        "tg_disability": True,
    }
    messages = _messages(database, Candidate, values)
    assert messages == {
        "last_name": validation.REQUIRED,
        "email": validation.BAD_EMAIL,
        "date_of_birth": validation.AGE,
        "tg_disability": validation.CONSENT_NEEDED,
    }


def test_unit_names_are_unique_ignoring_case(seeded: tuple[Database, Seed]) -> None:
    database, seed = seeded
    assert _messages(database, Unit, {"name": "ict"})["name"] == validation.TAKEN
    assert _messages(database, Unit, {"name": "ICT"}, record_id=seed.units["ict"]) == {}


def test_save_refuses_invalid_values_and_writes_nothing(seeded: tuple[Database, Seed]) -> None:
    database, seed = seeded
    bad = _internship(seed, end_date=dt.date(2026, 1, 1))
    with pytest.raises(validation.ValidationFailed) as failed:
        repository.save(database.sessions, Internship, bad, today=TODAY)
    assert [i.field for i in failed.value.issues] == ["end_date"]
    with database.sessions() as session:
        assert len(session.scalars(select(Internship)).all()) == 2


def test_save_detects_a_record_changed_elsewhere(seeded: tuple[Database, Seed]) -> None:
    database, seed = seeded
    mine = repository.load(database.sessions, Unit, seed.units["ict"])
    theirs = repository.load(database.sessions, Unit, seed.units["ict"])
    repository.save(database.sessions, Unit, {**theirs, "name": "ICT en data"}, seed.units["ict"])
    with pytest.raises(repository.RecordChanged):
        repository.save(database.sessions, Unit, {**mine, "name": "Informatica"}, seed.units["ict"])
    assert repository.load(database.sessions, Unit, seed.units["ict"])["name"] == "ICT en data"


def test_delete_refuses_a_referenced_record_and_says_by_what(
    seeded: tuple[Database, Seed],
) -> None:
    database, seed = seeded
    with pytest.raises(repository.StillReferenced) as blocked:
        repository.delete(database.sessions, Unit, seed.units["ict"])
    found = {r.table: r.count for r in blocked.value.references}
    assert found == {"staff_members": 1, "opportunities": 1, "internships": 1}
    assert repository.load(database.sessions, Unit, seed.units["ict"])["name"] == "ICT"


def test_delete_removes_an_unreferenced_record_with_its_own_children(
    seeded: tuple[Database, Seed],
) -> None:
    database, seed = seeded
    repository.delete(database.sessions, Internship, seed.internships["running"])
    with pytest.raises(repository.RecordGone):
        repository.load(database.sessions, Internship, seed.internships["running"])
    with pytest.raises(repository.RecordGone):
        repository.delete(database.sessions, Internship, seed.internships["running"])


def test_statuses_follow_the_calendar(seeded: tuple[Database, Seed]) -> None:
    database, _ = seeded
    assert advance_statuses(database.sessions, TODAY) == 0
    # 21 March: Céline's internship has ended, Sara's has begun.
    assert advance_statuses(database.sessions, dt.date(2026, 3, 21)) == 2
    assert advance_statuses(database.sessions, dt.date(2026, 5, 1)) == 1
    with database.sessions() as session:
        statuses = set(session.scalars(select(Internship.status)))
    assert statuses == {InternshipStatus.COMPLETED}


def test_dashboard_lists_what_needs_attention(seeded: tuple[Database, Seed]) -> None:
    database, seed = seeded
    with database.sessions() as session:
        board = load_dashboard(session, TODAY)
    assert [i.record_id for i in board.starting] == [seed.internships["planned"]]
    assert [i.record_id for i in board.ending] == [seed.internships["running"]]
    assert [i.cells for i in board.running_per_unit] == [("Communicatie", 1)]
    assert [i.record_id for i in board.open_applications] == [seed.applications["waiting"]]
    assert [i.record_id for i in board.without_mentor] == [seed.opportunities["orphan"]]
    assert board.recent_follow_up[0].record_id == seed.internships["running"]


def test_lists_join_names(seeded: tuple[Database, Seed]) -> None:
    database, _ = seeded
    with database.sessions() as session:
        rows = listing.internships(session).rows
        staff = listing.staff_members(session)
    assert {row[1] for row in rows} == {"Céline Lambert", "Sara El Amrani"}
    assert staff.columns[:3] == ("id", "last_name", "first_name")
