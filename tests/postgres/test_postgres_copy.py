"""`stagedesk copy`: the laptop's file onto a new server database, and back, row for row;
afterwards the server hands out new ids as if the data had been typed in there."""

import datetime as dt
from pathlib import Path

import pytest
from sqlalchemy import URL, select

from stagedesk.cli.main import main
from stagedesk.core.db.database import Database, open_sqlite, open_url
from stagedesk.core.demo.generate import DemoOptions, generate
from stagedesk.core.models import Candidate, Unit
from stagedesk.core.records import repository
from tests.databases import all_rows, sequences_behind
from tests.seed import seed_small

DEMO = DemoOptions(seed=9, years=1, per_year=12, today=dt.date(2025, 3, 12))


@pytest.fixture
def laptop(tmp_path: Path) -> Path:
    """A coordinator's file with the demo in it and one unit deleted (a gap in the ids)."""
    path = tmp_path / "laptop.sqlite"
    database = open_sqlite(path)
    try:
        generate(database.sessions, DEMO)
        gone = repository.save(database.sessions, Unit, {"name": "Opgeheven dienst"})
        repository.save(database.sessions, Unit, {"name": "Laatste dienst"})
        repository.delete(database.sessions, Unit, gone)
    finally:
        database.dispose()
    return path


def rows(database: Database) -> dict[str, list[tuple[object, ...]]]:
    with database.engine.connect() as connection:
        return all_rows(connection)


def test_the_file_goes_onto_the_server_and_back(
    laptop: Path,
    postgres_url: URL,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "data"))  # a server's documents
    stored = Path("3", "3f2a-overeenkomst.pdf")  # as DocumentStore names it: in a folder
    scan = laptop.with_name("laptop-documents") / stored
    scan.parent.mkdir(parents=True)
    scan.write_bytes(b"%PDF-1.4 ondertekend")
    url = postgres_url.render_as_string(hide_password=False)
    assert main(["copy", "--from-db", str(laptop), "--to-db-url", url]) == 0
    said = capsys.readouterr().out
    assert said.startswith("Copied ") and f"from {laptop} to postgresql" in said
    on_server = tmp_path / "data" / "StageDesk" / "documents" / stored
    assert f"Copied 1 document files to {on_server.parent.parent}." in said
    assert on_server.read_bytes() == scan.read_bytes()

    back = tmp_path / "home.sqlite"
    assert main(["copy", "--from-db-url", url, "--to-db", str(back)]) == 0
    assert (tmp_path / "home-documents" / stored).read_bytes() == scan.read_bytes()
    file, server, home = open_sqlite(laptop), open_url(url), open_sqlite(back)
    try:
        on_file = rows(file)
        assert on_file["internships"] and on_file["form_answers"]
        assert rows(server) == on_file
        assert rows(home) == on_file
        with server.engine.connect() as connection:
            assert sequences_behind(connection) == []
        # New records get new ids: after the highest copied one, not into the gap.
        with file.sessions() as session:
            highest_unit = max(session.scalars(select(Unit.id)))
        for each in (server, home):
            new_unit = repository.save(each.sessions, Unit, {"name": "Nieuwe dienst"})
            assert new_unit == highest_unit + 1
            repository.save(each.sessions, Candidate, {"first_name": "A", "last_name": "B"})
    finally:
        for each in (file, server, home):
            each.dispose()


def test_a_target_with_data_is_refused_and_left_alone(
    laptop: Path, postgres_url: URL, capsys: pytest.CaptureFixture[str]
) -> None:
    server = open_url(postgres_url)
    try:
        seed_small(server.sessions)
        before = rows(server)
        url = postgres_url.render_as_string(hide_password=False)
        assert main(["copy", "--from-db", str(laptop), "--to-db-url", url]) == 2
        err = capsys.readouterr().err
        assert err.count("\n") == 1 and "already holds data" in err
        assert rows(server) == before
    finally:
        server.dispose()


def test_refusals_without_a_server(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    missing = tmp_path / "weg.sqlite"
    assert main(["copy", "--from-db", str(missing), "--to-db", str(tmp_path / "x.sqlite")]) == 2
    assert capsys.readouterr().err == f"stagedesk: {missing} does not exist\n"
    assert not (tmp_path / "x.sqlite").exists()
    same = tmp_path / "zelfde.sqlite"
    open_sqlite(same).dispose()
    assert main(["copy", "--from-db", str(same), "--to-db", str(same)]) == 2
    assert "the same" in capsys.readouterr().err
