"""A newer version of a list (issue 15, item 4): the rows already imported are recognised,
every field the list changes is shown old → new, and only what the user chooses is written.
Nothing is deleted; an empty cell erases nothing; what StageDesk assumed changes nothing."""

import datetime as dt
from decimal import Decimal
from pathlib import Path

import pytest
from sqlalchemy import select

from stagedesk.core.db.database import Database
from stagedesk.core.forms import FormRegistry
from stagedesk.core.imports import ImportFailed, import_plan
from stagedesk.core.models import (
    ApplicationStatus,
    Candidate,
    Internship,
    InternshipStatus,
    Opportunity,
    RequirementText,
)
from stagedesk.core.progress import run_to_end
from tests.core.imports.lists import TODAY, check, import_file, write_xlsx

HEADER = [
    "Voornaam", "Achternaam", "E-mail", "Dienst", "Functie", "Status", "Begindatum",
    "Einddatum", "Vergoeding", "Later aangeworven", "Vereisten",
]  # fmt: skip
FIRST = [
    ["An", "Peeters", "an@example.be", "ICT", "Helpdesk", "lopend", "05/01/2026", "27/03/2026",
     None, None, "Nederlands"],
    ["Bo", "Claes", None, "ICT", "Helpdesk", "kandidaat", None, None, None, None, None],
    ["Cas", "Maes", "cas@example.be", "HR", None, None, "01/09/2025", "31/01/2026", 300, "nee",
     None],
]  # fmt: skip
NEWER = [
    # An's internship runs longer, ends, and she was hired; her e-mail is in capitals (the same).
    ["An", "Peeters", "AN@EXAMPLE.BE", "ICT", "Helpdesk", "afgerond", "05/01/2026",
     "10/04/2026", None, "ja", "Nederlands"],
    # Bo was interviewed and has an e-mail address now.
    ["Bo", "Claes", "bo@example.be", "ICT", "Helpdesk", "gesprek gehad", None, None, None, None,
     None],
    # Cas: the status left empty (StageDesk takes it from the dates: no change), the
    # allowance now 350, "hired later" left empty (erases nothing).
    ["Cas", "Maes", None, "HR", None, None, "01/09/2025", "31/01/2026", 350, None, None],
    ["Dirk", "Smet", None, "HR", None, "gepland", "01/06/2026", "30/06/2026", None, None, None],
]  # fmt: skip


@pytest.fixture
def database(any_database: Database) -> Database:
    return any_database


def _changes(plan) -> list[tuple[int, str, str, object, object]]:  # type: ignore[no-untyped-def]
    return [(c.row, c.kind.value, c.field, c.old, c.new) for c in plan.changes]


def test_a_newer_list_shows_each_change_before_anything_is_written(
    database: Database, tmp_path: Path
) -> None:
    import_file(database, write_xlsx(tmp_path / "v1.xlsx", HEADER, FIRST))
    newer = write_xlsx(tmp_path / "v2.xlsx", HEADER, NEWER)
    plan = check(database.sessions, newer)
    assert plan.can_import
    assert _changes(plan) == [
        (2, "internship", "end_date", dt.date(2026, 3, 27), dt.date(2026, 4, 10)),
        (2, "internship", "status", InternshipStatus.RUNNING, InternshipStatus.COMPLETED),
        (2, "internship", "hired_later", False, True),
        (3, "candidate", "email", None, "bo@example.be"),
        (3, "application", "status", ApplicationStatus.APPLIED, ApplicationStatus.INTERVIEWED),
        (4, "internship", "allowance", Decimal("300.00"), Decimal("350.00")),
    ]
    assert [c.who for c in plan.changes][:1] == ["An Peeters"]
    assert dict(plan.created)["internships"] == 1 and plan.unchanged == 0  # Dirk is new

    # The user applies An's end date and Bo's e-mail only.
    chosen = [c for c in plan.changes if c.field in ("end_date", "email")]
    result = run_to_end(import_plan(database.sessions, plan, FormRegistry.load(), TODAY, chosen))
    assert result.changed == 2 and result.created["internships"] == 1
    with database.sessions() as session:
        an = session.scalars(select(Internship).join(Internship.intern).where(
            Candidate.first_name == "An")).one()  # fmt: skip
        assert (an.end_date, an.status, an.hired_later) == (
            dt.date(2026, 4, 10), InternshipStatus.RUNNING, False,
        )  # fmt: skip
        assert an.version == 2
        bo = session.scalars(select(Candidate).where(Candidate.first_name == "Bo")).one()
        assert bo.email == "bo@example.be"
        cas = session.scalars(select(Internship).join(Internship.intern).where(
            Candidate.first_name == "Cas")).one()  # fmt: skip
        assert (cas.allowance, cas.hired_later) == (Decimal("300.00"), False)

    # What was not chosen is still offered; what was applied is not.
    again = check(database.sessions, newer)
    assert [c.field for c in again.changes] == ["status", "hired_later", "status", "allowance"]
    assert sum(again.created.values()) == 0


def test_a_record_changed_since_the_check_refuses_the_import(
    database: Database, tmp_path: Path
) -> None:
    import_file(database, write_xlsx(tmp_path / "v1.xlsx", HEADER, FIRST))
    plan = check(database.sessions, write_xlsx(tmp_path / "v2.xlsx", HEADER, NEWER))
    with database.sessions.begin() as session:  # someone edits An meanwhile
        an = session.scalars(select(Internship)).first()
        assert an is not None
        an.end_date = dt.date(2026, 4, 3)
    with pytest.raises(ImportFailed) as refused:
        run_to_end(import_plan(database.sessions, plan, FormRegistry.load(), TODAY, plan.changes))
    [problem] = refused.value.problems
    assert problem.row == 2 and "An Peeters was changed in StageDesk" in problem.text
    with database.sessions() as session:  # nothing of the import was written
        assert session.scalars(select(Candidate).where(Candidate.first_name == "Dirk")).all() == []


def test_every_requirements_text_is_kept_with_its_year(database: Database, tmp_path: Path) -> None:
    rows = [
        ["An", "Peeters", None, "ICT", "Helpdesk", "afgerond", "01/02/2022", "30/04/2022", None,
         None, "Nederlands"],
        ["Bo", "Claes", None, "ICT", "helpdesk", "afgerond", "01/02/2024", "30/04/2024", None,
         None, "Nederlands en Frans"],
        ["Cas", "Maes", None, "ICT", "Helpdesk", "afgerond", "01/09/2024", "30/11/2024", None,
         None, "Nederlands en Frans"],
    ]  # fmt: skip
    path = write_xlsx(tmp_path / "vereisten.xlsx", HEADER, rows)
    plan = check(database.sessions, path)
    said = [(p.row, p.warning, p.text) for p in plan.problems if p.column == "requirements"]
    assert said == [
        (3, True, "“helpdesk” (ICT) has another requirements text here than in row 2: both are"
         " kept, each with its year."),
        (4, True, "“Helpdesk” (ICT) has another requirements text here than in row 2: both are"
         " kept, each with its year."),
    ]  # fmt: skip
    assert plan.created["requirement_texts"] == 2
    import_file(database, path)
    with database.sessions() as session:
        texts = session.execute(select(RequirementText.year, RequirementText.text)).all()
        assert sorted(texts) == [(2022, "Nederlands"), (2024, "Nederlands en Frans")]
        [helpdesk] = session.scalars(select(Opportunity)).all()
        assert helpdesk.requirements == "Nederlands en Frans"  # what it asks now: the newest
    assert check(database.sessions, path).created["requirement_texts"] == 0


def test_two_rows_giving_one_person_two_dates_of_birth_refuse_the_later(
    database: Database, tmp_path: Path
) -> None:
    header = ["Voornaam", "Achternaam", "E-mail", "Geboortedatum", "Dienst"]
    rows = [
        ["An", "Peeters", "an@example.be", None, "ICT"],
        ["An", "Peeters", "an@example.be", "03/04/2003", "HR"],  # fills in what row 2 left out
        ["An", "Peeters", "AN@example.be", "04/03/2003", "Communicatie"],
        ["An", "Peeters", "an@example.be", "03/04/2003", "Financiën"],
    ]
    plan = check(database.sessions, write_xlsx(tmp_path / "geboren.xlsx", header, rows))
    assert [(p.row, p.column, p.text) for p in plan.errors] == [
        (4, "date_of_birth", "Row 3 gives An Peeters another date of birth (03/04/2003): one of"
         " the two rows is wrong."),
    ]  # fmt: skip
    assert plan.created["candidates"] == 1
