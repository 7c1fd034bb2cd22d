"""Where SQLite and PostgreSQL differ, StageDesk behaves the same on both.

SQLite sorts NULL before every value, PostgreSQL after: an opportunity without a period
would jump from the bottom of the list to the top when the organisation moved to a server.
SQLite keeps a text of any length in a VARCHAR(20); PostgreSQL refuses the whole save.
"""

import datetime as dt
from pathlib import Path

import pytest
from sqlalchemy import func, select
from sqlalchemy.orm import Session

from stagedesk.core.dashboard import load_dashboard
from stagedesk.core.db.database import Database
from stagedesk.core.models import Candidate, Opportunity, OpportunityStatus, StaffMember, Unit
from stagedesk.core.records import listing, repository, validation
from stagedesk.output.pdf.documents.opportunity_list import offered
from tests.core.imports.lists import check, import_file, write_xlsx

TODAY = dt.date(2026, 3, 2)


@pytest.fixture
def session(any_database: Database) -> Session:
    with any_database.sessions.begin() as session:
        unit = Unit(name="Communicatie")
        for title, start in (
            ("Met periode in maart", dt.date(2026, 3, 1)),
            ("Zonder periode", None),
            ("Met periode in mei", dt.date(2026, 5, 1)),
        ):
            session.add(
                Opportunity(
                    title=title, unit=unit, period_start=start, status=OpportunityStatus.OFFERED
                )
            )
    with any_database.sessions() as session:
        yield session


def _titles(rows: list[str]) -> list[str]:
    return [title.split(" (")[0].split(" — ")[0] for title in rows]


def test_lists_newest_period_first_then_those_without(session: Session) -> None:
    rows = listing.opportunities(session).rows
    title = listing.opportunities(session).columns.index("title")
    assert [row[title] for row in rows] == [
        "Met periode in mei",
        "Met periode in maart",
        "Zonder periode",
    ]
    labels = [label for _id, label in listing.choices(session, Opportunity)]
    assert [label.split(" — ")[0] for label in labels] == [
        "Met periode in mei",
        "Met periode in maart",
        "Zonder periode",
    ]


def test_soonest_first_lists_keep_those_without_a_period_on_top(session: Session) -> None:
    without_mentor = load_dashboard(session, TODAY).without_mentor
    assert [item.cells[0] for item in without_mentor] == [
        "Zonder periode",
        "Met periode in maart",
        "Met periode in mei",
    ]
    assert [o.title for o in offered(session)] == [
        "Zonder periode",
        "Met periode in maart",
        "Met periode in mei",
    ]


@pytest.mark.parametrize(
    ("model", "values", "field", "limit"),
    [
        (Unit, {"name": "Communicatie", "code": "COMMUNICATIE-EN-MARKETING"}, "code", 20),
        (StaffMember, {"first_name": "An", "last_name": "Peeters", "phone": "0" * 51}, "phone", 50),
        (Candidate, {"first_name": "N" * 101, "last_name": "Vermeulen"}, "first_name", 100),
    ],
)
def test_a_text_too_long_for_its_column_is_said_next_to_the_field(
    any_database: Database, model: type, values: dict[str, str], field: str, limit: int
) -> None:
    with pytest.raises(validation.ValidationFailed) as failed:
        repository.save(any_database.sessions, model, values)
    [issue] = failed.value.issues
    assert (issue.field, issue.message, issue.params) == (
        field,
        validation.TOO_LONG,
        {"limit": limit},
    )
    fitting = {**values, field: values[field][:limit]}
    record_id = repository.save(any_database.sessions, model, fitting)
    assert repository.load(any_database.sessions, model, record_id)[field] == fitting[field]


def test_an_imported_name_too_long_is_a_problem_of_its_row(
    any_database: Database, tmp_path: Path
) -> None:
    header = [
        "Voornaam",
        "Achternaam",
        "Dienst",
        "Status",
        "Soort stage",
        "Begindatum",
        "Einddatum",
    ]
    rows = [
        ["Noor", "V" * 101, "ICT", "afgerond", "curriculair", "01/02/2024", "28/02/2024"],
        ["Jan", "Peeters", "ICT", "afgerond", "curriculair", "01/02/2024", "28/02/2024"],
    ]
    path = write_xlsx(tmp_path / "lang.xlsx", header, rows)
    plan = check(any_database.sessions, path)
    assert [(p.row, p.text) for p in plan.errors] == [
        (2, "This text is longer than 100 characters.")
    ]
    rows[0][1] = "V" * 100
    result = import_file(any_database, write_xlsx(tmp_path / "past.xlsx", header, rows))
    assert result.created["candidates"] == 2
    with any_database.sessions() as session:
        longest = session.scalar(select(func.max(func.length(Candidate.last_name))))
    assert longest == 100
