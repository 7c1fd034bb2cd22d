"""Where the toolbox needs the coordinator, without a window: overdue checklist items and
surveys not handed back, each found with one query."""

import datetime as dt
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest
from sqlalchemy import event

from stagedesk.core.db.database import Database
from stagedesk.core.forms import CheckAnswer, CheckStatus, FormRegistry, RecordKind
from stagedesk.core.forms.checklists import sync_checklists
from stagedesk.core.forms.overview import (
    change_check,
    internship_checklists,
    overdue_items,
    surveys_not_returned,
)
from stagedesk.core.forms.responses import find_response, save_answers, start_response
from stagedesk.core.models import (
    FormResponse,
    Internship,
    InternshipKind,
    InternshipStatus,
    Language,
)
from tests.forms_support import T, survey_toml
from tests.seed import TODAY, Seed, seed_small

pytestmark = pytest.mark.clock  # see tests/moved_clock.py


CHECKLIST = f"""
id = "prep"
version = 1
kind = "checklist"
filled_by = "coordinator"
record = "internship"
stages = ["planned", "running"]
title = {{ nl = "Voorbereiding", fr = "Préparation", en = "Preparation" }}

[[sections]]
id = "before"
title = {T}

[[sections.fields]]
id = "agreement"
type = "check"
label = {{ nl = "Overeenkomst", fr = "Convention", en = "Agreement" }}
due_day = -20
responsible = "coordinator"

[[sections.fields]]
id = "insurance"
type = "check"
label = {{ nl = "Verzekering", fr = "Assurance", en = "Insurance" }}
due_day = -10
responsible = "school"

[[sections.fields]]
id = "badge"
type = "check"
label = {{ nl = "Badge", fr = "Badge", en = "Badge" }}
due_day = 30
responsible = "facilities"
"""


def _survey(form_id: str, filled_by: str) -> str:
    return survey_toml(
        form_id, filled_by, nl=f"{form_id} nl", fr=f"{form_id} fr", en=f"{form_id} en"
    )


@pytest.fixture
def database(any_database: Database) -> Database:
    """The overview's queries run on a SQLite file and on PostgreSQL alike."""
    return any_database


@pytest.fixture
def registry(tmp_path: Path) -> FormRegistry:
    folder = tmp_path / "forms"
    folder.mkdir()
    (folder / "prep.toml").write_text(CHECKLIST, encoding="utf-8")
    (folder / "intern_survey.toml").write_text(_survey("intern_survey", "intern"), "utf-8")
    (folder / "mentor_survey.toml").write_text(_survey("mentor_survey", "mentor"), "utf-8")
    # Filled in by the coordinator: not a survey anyone hands back.
    (folder / "info.toml").write_text(_survey("info", "coordinator"), "utf-8")
    return FormRegistry.load([folder])


@pytest.fixture
def seed(database: Database) -> Seed:
    seed = seed_small(database.sessions)
    with database.sessions.begin() as session:
        # Jonas finished in January; Sara ended last summer, long before the survey window.
        for key, candidate, start, end in (
            ("completed", "jonas", dt.date(2025, 9, 1), dt.date(2026, 1, 30)),
            ("long_ago", "sara", dt.date(2025, 2, 3), dt.date(2025, 6, 27)),
        ):
            internship = Internship(
                candidate_id=seed.candidates[candidate],
                unit_id=seed.units["ict"],
                kind=InternshipKind.CURRICULAR,
                start_date=start,
                end_date=end,
                status=InternshipStatus.COMPLETED,
            )
            session.add(internship)
            session.flush()
            seed.internships[key] = internship.id
    return seed


def _sync_all(database: Database, registry: FormRegistry) -> None:
    with database.sessions.begin() as session:
        for internship in session.query(Internship):
            sync_checklists(session, registry, internship, None)


def _settle(
    database: Database, registry: FormRegistry, internship_id: int, field_id: str, status: str
) -> None:
    with database.sessions.begin() as session:
        response = find_response(session, "prep", RecordKind.INTERNSHIP, internship_id)
        assert response is not None
        change_check(
            session,
            registry.get("prep"),
            response.id,
            field_id,
            lambda a: CheckAnswer(CheckStatus(status), TODAY, a.note, a.due),
        )


@contextmanager
def _statements(database: Database) -> Iterator[list[str]]:
    """The queries run inside the block (not the transaction's BEGIN)."""
    seen: list[str] = []

    def record(_conn, _cursor, statement, *_args) -> None:  # type: ignore[no-untyped-def]
        if statement.lstrip().upper().startswith("SELECT"):
            seen.append(statement)

    event.listen(database.engine, "before_cursor_execute", record)
    try:
        yield seen
    finally:
        event.remove(database.engine, "before_cursor_execute", record)


def test_overdue_items_are_the_open_ones_past_due_of_planned_and_running_internships(
    database: Database, registry: FormRegistry, seed: Seed
) -> None:
    _sync_all(database, registry)
    running, planned = seed.internships["running"], seed.internships["planned"]
    _settle(database, registry, running, "agreement", "done")  # due 13/01, done: settled
    _settle(database, registry, planned, "insurance", "not_needed")  # not due yet anyway

    with database.sessions() as session, _statements(database) as statements:
        found = overdue_items(session, registry, TODAY, language="en")
    assert len(statements) == 1

    # Céline started 02/02: insurance was due 23/01. Sara starts 16/03: the agreement was
    # due 24/02. The badges are due after the start; Jonas's internship is over.
    assert [(o.internship_id, o.intern, o.label, o.due, o.responsible) for o in found] == [
        (running, "Céline Lambert", "Insurance", dt.date(2026, 1, 23), "school"),
        (planned, "Sara El Amrani", "Agreement", dt.date(2026, 2, 24), "coordinator"),
    ]
    assert {(o.form_id, o.title) for o in found} == {("prep", "Preparation")}


def test_overdue_items_speak_the_checklists_own_language_unless_told(
    database: Database, registry: FormRegistry, seed: Seed
) -> None:
    with database.sessions.begin() as session:
        sara = session.get(Internship, seed.internships["planned"])
        assert sara is not None
        sara.intern.language = Language.FRENCH
    _sync_all(database, registry)  # Sara's checklist is made in French
    with database.sessions() as session:
        own = overdue_items(session, registry, TODAY)
        dutch = overdue_items(session, registry, TODAY, language="nl")
    assert [(o.intern, o.label, o.title) for o in own] == [
        ("Céline Lambert", "Overeenkomst", "Voorbereiding"),
        ("Céline Lambert", "Verzekering", "Voorbereiding"),
        ("Sara El Amrani", "Convention", "Préparation"),
    ]
    assert [o.label for o in dutch] == ["Overeenkomst", "Verzekering", "Overeenkomst"]


def test_a_later_day_makes_more_items_overdue_and_ticking_removes_them(
    database: Database, registry: FormRegistry, seed: Seed
) -> None:
    _sync_all(database, registry)
    later = dt.date(2026, 3, 5)  # Céline's badge was due 04/03
    with database.sessions() as session:
        before = [o.field_id for o in overdue_items(session, registry, later)]
    assert before == ["agreement", "insurance", "agreement", "badge"]
    _settle(database, registry, seed.internships["running"], "badge", "done")
    with database.sessions() as session:
        after = [o.field_id for o in overdue_items(session, registry, later)]
    assert after == ["agreement", "insurance", "agreement"]


def _respond(
    database: Database, registry: FormRegistry, internship_id: int, form_id: str, *, complete: bool
) -> None:
    definition = registry.get(form_id)
    with database.sessions.begin() as session:
        response = start_response(session, definition, internship_id)
        save_answers(session, definition, response, {}, complete=complete, today=TODAY)


def test_surveys_not_returned_are_listed_per_internship_and_form(
    database: Database, registry: FormRegistry, seed: Seed
) -> None:
    completed = seed.internships["completed"]
    _respond(database, registry, completed, "intern_survey", complete=True)
    _respond(database, registry, completed, "mentor_survey", complete=False)  # a draft

    with database.sessions() as session, _statements(database) as statements:
        found = surveys_not_returned(session, registry, TODAY, language="en")
    assert len(statements) == 1
    # Jonas ended 30/01: the mentor's survey is still a draft. Céline ends 20/03, more
    # than two weeks away; Sara's internship ended more than 90 days ago.
    assert [(m.internship_id, m.intern, m.form_id, m.title, m.end_date) for m in found] == [
        (completed, "Jonas Claes", "mentor_survey", "mentor_survey en", dt.date(2026, 1, 30))
    ]
    with database.sessions() as session:
        longer = surveys_not_returned(session, registry, TODAY, within_days=365)
    assert [(m.intern, m.form_id) for m in longer] == [
        ("Sara El Amrani", "intern_survey"),
        ("Sara El Amrani", "mentor_survey"),
        ("Jonas Claes", "mentor_survey"),
    ]


def test_a_running_internship_is_asked_for_its_surveys_two_weeks_before_its_end(
    database: Database, registry: FormRegistry, seed: Seed
) -> None:
    running = seed.internships["running"]  # ends 20/03
    with database.sessions() as session:
        on_the_7th = surveys_not_returned(session, registry, dt.date(2026, 3, 7))
        on_the_6th = surveys_not_returned(session, registry, dt.date(2026, 3, 5))
    assert [
        (m.internship_id, m.form_id, m.title) for m in on_the_7th if m.internship_id == running
    ] == [
        (running, "intern_survey", "intern_survey nl"),
        (running, "mentor_survey", "mentor_survey nl"),
    ]
    assert running not in {m.internship_id for m in on_the_6th}


def test_without_surveys_in_the_toolbox_nothing_is_missing(
    database: Database, seed: Seed, tmp_path: Path
) -> None:
    folder = tmp_path / "only_checklist"
    folder.mkdir()
    (folder / "prep.toml").write_text(CHECKLIST, encoding="utf-8")
    with database.sessions() as session:
        assert surveys_not_returned(session, FormRegistry.load([folder]), TODAY) == []


def test_one_internships_checklists_and_a_change_that_keeps_the_rest(
    database: Database, registry: FormRegistry, seed: Seed
) -> None:
    _sync_all(database, registry)
    running = seed.internships["running"]
    with database.sessions() as session:
        (checklist,) = internship_checklists(session, registry, running)
    assert checklist.definition.id == "prep"
    assert list(checklist.checks) == ["agreement", "insurance", "badge"]
    assert checklist.checks["insurance"] == CheckAnswer(due=dt.date(2026, 1, 23))

    with database.sessions.begin() as session:
        after = change_check(
            session,
            checklist.definition,
            checklist.response_id,
            "insurance",
            lambda a: CheckAnswer(CheckStatus.DONE, TODAY, "Polis 17", a.due),
        )
    assert after.checks["insurance"] == CheckAnswer(
        CheckStatus.DONE, TODAY, "Polis 17", dt.date(2026, 1, 23)
    )
    assert after.checks["badge"] == CheckAnswer(due=dt.date(2026, 3, 4))  # untouched
    with database.sessions() as session:
        (stored,) = internship_checklists(session, registry, running)
        response = session.get(FormResponse, stored.response_id)
        assert response is not None and response.version == 2  # others notice the change
    assert stored.checks == after.checks
