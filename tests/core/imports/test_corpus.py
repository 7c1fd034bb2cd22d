"""The corpus of old lists (tests/data/lists/): real files saved by LibreOffice, each with
its own mess, imported and checked record by record against what a person reading the
sheet would enter (``<file>.expected.json``, written by tests/data/lists/make_lists.py
from the truth typed by hand in lists_*.py).

Each list is checked in four ways, so that one gap of the engine hides no other check:
- headers: the header row is found and every header is matched as the person would;
- refused: the rows refused are exactly those the person would refuse (no name, end
  before start, no such day), read with the person's match and answers;
- records: the rest imported, every application and internship as the person would
  enter it (unit, dates, kind, status, hours, paid, notes), and the counts;
- people: one candidate per person, with the level and school of her latest row.

Where the engine falls short of what a person would do, the check is marked xfail with
the exact gap (GAPS below); the engine's fix removes the mark.
"""

import datetime as dt
import json
import zipfile
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import select
from sqlalchemy.orm import Session

from stagedesk.cli.main import main
from stagedesk.core.db.database import Database
from stagedesk.core.forms import FormRegistry
from stagedesk.core.imports import (
    ColumnMatch,
    ImportPlan,
    Table,
    check_table,
    import_plan,
    match_columns,
    read_table,
)
from stagedesk.core.imports.columns import Column, read_hours
from stagedesk.core.imports.meanings import Meanings, meaning_of
from stagedesk.core.imports.rows import Reading
from stagedesk.core.models import Application, Candidate, Internship, Unit
from stagedesk.core.progress import run_to_end
from tests.paths import DATA

pytestmark = pytest.mark.clock

LISTS = DATA / "lists"
TODAY = dt.date(2026, 3, 2)
EXPECTED = sorted(LISTS.glob("*.expected.json"))

PERSONEEL = "stagiairs 2019-2023 (dienst personeel).xlsx"
TOTALEN = "stagiairs 2020-2022 met totalen.xlsx"
OUD = "stagiairs 2018-2020 (oud formaat).xls"
KABINET = "stagiairs kabinet 2019-2024.ods"
AFKORTINGEN = "stagiairs per dienst (afkortingen).xlsx"
COMMUNICATION = "stages 2022 service communication.xls"
FUSIONNEES = "stagiaires 2023 par service (cellules fusionnées).ods"
ANSI = "stagiairs export personeelsdienst (ANSI).csv"
KLADVERSIE = "stagiairs en vrijwilligers 2021 (kladversie).xlsx"
HELMO = "liste stagiaires HELMo-UCLouvain 2020-2023.ods"

# (list, check) → what the engine does not yet do that a person would.
GAPS: dict[tuple[str, str], str] = {}


def _cases(check: str) -> list[Any]:
    cases = []
    for path in EXPECTED:
        name = path.name.removesuffix(".expected.json")
        gap = GAPS.get((name, check))
        marks = [pytest.mark.xfail(strict=True, reason=gap)] if gap else []
        cases.append(pytest.param(path, id=name, marks=marks))
    return cases


def _expected(path: Path) -> dict[str, Any]:
    data: dict[str, Any] = json.loads(path.read_text(encoding="utf-8"))
    return data


def _table(expected: dict[str, Any]) -> Table:
    """The list with the header row the person points at."""
    return read_table(LISTS / expected["file"], header_row=expected["header_row"])


def _person_match(table: Table, expected: dict[str, Any]) -> ColumnMatch:
    """The columns as the person matches them (by hand where StageDesk does not)."""
    assert table.headers == tuple(header for header, _column in expected["columns"])
    columns = tuple(Column(c) if c else None for _header, c in expected["columns"])
    return ColumnMatch(table.headers, columns)


def _reading(expected: dict[str, Any]) -> Reading:
    """The columns kept as notes, and the person's answers about unknown words."""
    meanings = Meanings()
    for column, word, meaning in expected["answers"]:
        known, value = meaning_of(Column(column), meaning.replace("_", " "))
        assert known, (column, meaning)
        meanings = meanings.with_answer(Column(column), word, value)
    return Reading(notes=tuple(expected["notes"]), meanings=meanings)


def _check(database: Database, expected: dict[str, Any]) -> ImportPlan:
    table = _table(expected)
    match = _person_match(table, expected)
    with database.sessions() as session:
        plan: ImportPlan = run_to_end(
            check_table(session, table, match, expected["file"], TODAY, _reading(expected))
        )
    return plan


def _import_rest(database: Database, expected: dict[str, Any]) -> None:
    plan = _check(database, expected).rest()
    run_to_end(import_plan(database.sessions, plan, FormRegistry.load(), TODAY))


def _record(
    candidate: Candidate,
    application: Application | None,
    internship: Internship | None,
) -> dict[str, Any]:
    notes = (application.notes if application else None) or (
        internship.notes if internship else None
    )
    found: dict[str, Any] = {"first": candidate.first_name, "last": candidate.last_name}
    if internship is None:
        assert application is not None and application.opportunity is not None
        return found | {
            "unit": application.opportunity.unit.name, "start": None, "end": None,
            "kind": None, "status": application.status.value, "hours": None, "total": None,
            "paid": None, "note": notes,
        }  # fmt: skip
    return found | {
        "unit": internship.unit.name,
        "start": internship.start_date.isoformat(),
        "end": internship.end_date.isoformat(),
        "kind": internship.kind.value,
        "status": internship.status.value,
        "hours": internship.hours_per_week,
        "total": internship.total_hours,
        "paid": internship.paid,
        "note": notes,
    }


def _records(session: Session) -> list[dict[str, Any]]:
    """Every application with its internship, and any internship without one of its own."""
    internships = session.scalars(select(Internship)).all()
    of = {i.application_id: i for i in internships if i.application_id is not None}
    records = [
        _record(application.candidate, application, of.get(application.id))
        for application in session.scalars(select(Application))
    ]
    records += [_record(i.intern, None, i) for i in internships if i.application_id is None]
    return sorted(records, key=_order)


def _order(record: dict[str, Any]) -> tuple[str, ...]:
    return record["last"], record["first"], record["start"] or "", record["unit"]


@pytest.mark.parametrize("path", _cases("headers"))
def test_the_header_row_and_every_header_are_recognised(path: Path) -> None:
    expected = _expected(path)
    table = read_table(LISTS / expected["file"])
    assert table.header_row == expected["header_row"]
    match = read_hours(match_columns(table.headers), table.rows)
    found = [[header, column.value if column else None] for header, column in
             zip(match.headers, match.columns, strict=True)]  # fmt: skip
    assert found == expected["columns"]


@pytest.mark.parametrize("path", _cases("refused"))
def test_exactly_the_rows_a_person_would_refuse_are_refused(path: Path, database: Database) -> None:
    expected = _expected(path)
    plan = _check(database, expected)
    refused = {row: [p.text for p in plan.problems_of(row) if not p.warning]
               for row in plan.refused_rows}  # fmt: skip
    assert sorted(refused) == expected["refused"], refused


@pytest.mark.parametrize("path", _cases("records"))
def test_every_record_is_what_a_person_would_enter(path: Path, database: Database) -> None:
    expected = _expected(path)
    _import_rest(database, expected)
    with database.sessions() as session:
        records = _records(session)
        units = sorted(session.scalars(select(Unit.name)))
        internships = session.scalars(select(Internship)).all()
        counts = {
            "candidates": len(session.scalars(select(Candidate)).all()),
            "applications": len(session.scalars(select(Application)).all()),
            "internships": len(internships),
        }
    assert records == sorted(expected["records"], key=_order)
    assert counts == expected["counts"]
    assert units == expected["units"]


@pytest.mark.parametrize("path", _cases("people"))
def test_one_candidate_per_person_as_her_latest_row_says(path: Path, database: Database) -> None:
    expected = _expected(path)
    _import_rest(database, expected)
    with database.sessions() as session:
        people = [
            {
                "first": c.first_name,
                "last": c.last_name,
                "level": c.education_level.value if c.education_level else None,
                "school": c.school.name if c.school else None,
            }
            for c in session.scalars(select(Candidate))
        ]
    assert sorted(people, key=lambda p: (p["last"], p["first"])) == expected["people"]


@pytest.mark.parametrize("path", _cases("again"))
def test_the_same_list_again_creates_nothing_and_changes_nothing(
    path: Path, database: Database
) -> None:
    expected = _expected(path)
    _import_rest(database, expected)
    again = _check(database, expected)
    assert sum(again.created.values()) == 0
    assert [(c.row, c.field, c.old, c.new) for c in again.changes] == []


def test_units_written_short_are_asked_about_with_the_longer_name_as_guess(
    database: Database,
) -> None:
    expected = _expected(LISTS / f"{AFKORTINGEN}.expected.json")
    table = _table(expected)
    with database.sessions() as session:
        match = _person_match(table, expected)
        plan = run_to_end(check_table(session, table, match, AFKORTINGEN, TODAY, Reading()))
    assert [(d.word, d.rows, d.guess) for d in plan.unit_doubts] == [
        ("ICT", 2, "Dienst ICT"),
        ("D. ICT", 1, "Dienst ICT"),
        ("Comm.", 2, "Communicatie"),
        ("P&O", 1, "Personeel en Organisatie"),
    ]
    assert plan.unit_doubts[0].choices == ("Dienst ICT", "D. ICT")  # the longest first


def test_the_corpus_is_whole() -> None:
    """Every list has its expected records, and the formats the issue asks for are there."""
    lists = [p for p in LISTS.iterdir() if p.suffix in (".xlsx", ".xls", ".ods", ".csv")]
    assert sorted(p.name for p in lists) == sorted(
        p.name.removesuffix(".expected.json") for p in EXPECTED
    )
    formats = [_expected(p)["format"] for p in EXPECTED]
    assert len(formats) >= 10
    for kind, least in (("xlsx", 3), ("xls", 2), ("ods", 2), ("csv-1252", 1), ("csv-utf8", 1)):
        assert formats.count(kind) >= least, kind
    for path in lists:  # saved by LibreOffice, not by the script that wrote them
        if path.suffix in (".xlsx", ".ods"):
            with zipfile.ZipFile(path) as archive:
                part = "docProps/app.xml" if path.suffix == ".xlsx" else "meta.xml"
                assert b"<Application>LibreOffice/" in archive.read(part) or (
                    b"<meta:generator>LibreOffice/" in archive.read(part)
                ), path.name
    assert "é".encode("cp1252") in (LISTS / ANSI).read_bytes()


def test_a_headerless_column_of_notes_is_not_dropped_without_a_decision(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    db = tmp_path / "stagedesk.sqlite"
    assert main(["import", str(LISTS / KLADVERSIE), "--dry-run", "--db", str(db)]) == 2
    assert "the column I is not used by StageDesk" in capsys.readouterr().err
