"""The demo organisation on a PostgreSQL server: the same rows as in a SQLite file, and
the server hands out new ids after it as if the demo had been typed in."""

import datetime as dt

import pytest
from sqlalchemy import URL, select

from stagedesk.cli.main import main
from stagedesk.core.dashboard import load_dashboard
from stagedesk.core.db.database import Database, open_url
from stagedesk.core.demo.generate import DemoOptions, DemoRefused, generate
from stagedesk.core.models import Base, Candidate, FollowUpEntry, FollowUpKind, Internship, Unit
from stagedesk.core.records import repository
from tests.databases import all_rows, sequences_behind

TODAY = dt.date(2025, 3, 12)
SMALL = DemoOptions(seed=5, years=2, per_year=15, today=TODAY)


def test_a_small_demo_is_the_same_on_both_databases(database: Database, postgres_url: URL) -> None:
    server = open_url(postgres_url)
    try:
        for each in (database, server):
            generate(each.sessions, SMALL)
        with database.engine.connect() as local, server.engine.connect() as shared:
            on_file, on_server = all_rows(local), all_rows(shared)
            assert sequences_behind(shared) == []
        with database.sessions() as local, server.sessions() as shared:
            assert load_dashboard(local, TODAY) == load_dashboard(shared, TODAY)
    finally:
        server.dispose()
    assert on_file["internships"] and on_file["form_answers"]
    for table in Base.metadata.tables:
        assert on_server[table] == on_file[table], f"{table} differs"


def test_records_added_after_the_demo_get_new_ids(any_database: Database) -> None:
    generate(any_database.sessions, DemoOptions(seed=2, years=1, per_year=5, today=TODAY))
    unit_id = repository.save(any_database.sessions, Unit, {"name": "Nieuwe dienst"})
    candidate_id = repository.save(
        any_database.sessions, Candidate, {"first_name": "Nieuwe", "last_name": "Kandidaat"}
    )
    with any_database.sessions.begin() as session:
        internship_id = session.scalar(select(Internship.id).limit(1))
        entry = FollowUpEntry(
            internship_id=internship_id, entry_date=TODAY, kind=FollowUpKind.NOTE, text="Nota"
        )
        session.add(entry)
    with any_database.sessions() as session:
        assert session.get_one(Unit, unit_id).name == "Nieuwe dienst"
        assert session.get_one(Candidate, candidate_id).last_name == "Kandidaat"
        assert session.get_one(FollowUpEntry, entry.id).text == "Nota"


def test_the_command_line_fills_a_server_database_once(
    postgres_url: URL, capsys: pytest.CaptureFixture[str]
) -> None:
    url = postgres_url.render_as_string(hide_password=False)
    common = ["demo", "--database-url", url, "--years", "1", "--per-year", "3"]
    assert main([*common, "--today", "2025-03-12"]) == 0
    assert capsys.readouterr().out.startswith("Demo organisation created")
    assert main(common) == 2
    assert "already holds data" in capsys.readouterr().err
    database = open_url(url)
    try:
        with pytest.raises(DemoRefused):
            generate(database.sessions, SMALL)
    finally:
        database.dispose()
