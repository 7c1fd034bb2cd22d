"""A full disk gives a clear message and loses nothing already saved."""

import sqlite3
from pathlib import Path

import pytest
from sqlalchemy import func, select

from stagedesk.cli.main import main
from stagedesk.core.db.database import Database, open_sqlite
from stagedesk.core.db.storage import is_disk_full
from stagedesk.core.models import Application, Candidate
from stagedesk.core.records import repository
from tests.benchmarks.bench_import import write_list
from tests.safety.full_disk import fill_the_disk
from tests.seed import TODAY, seed_small


def test_a_save_on_a_full_disk_is_refused_and_earlier_saves_stay(database: Database) -> None:
    seed = seed_small(database.sessions)
    jonas = seed.candidates["jonas"]
    values = repository.load(database.sessions, Candidate, jonas)
    values["email"] = "jonas.nieuw@example.be"
    repository.save(database.sessions, Candidate, values, jonas, today=TODAY)
    fill_the_disk(database)
    values = repository.load(database.sessions, Candidate, jonas)
    values["notes"] = "Een lange notitie. " * 3000  # needs pages the disk does not have
    with pytest.raises(Exception) as failed:
        repository.save(database.sessions, Candidate, values, jonas, today=TODAY)
    assert is_disk_full(failed.value)
    saved = repository.load(database.sessions, Candidate, jonas)
    assert saved["email"] == "jonas.nieuw@example.be" and saved["notes"] is None
    with sqlite3.connect(database.path) as connection:  # type: ignore[arg-type]
        assert connection.execute("PRAGMA integrity_check").fetchone()[0] == "ok"


def test_an_import_on_a_full_disk_says_so_and_writes_nothing(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    db = tmp_path / "stagedesk.sqlite"
    database = open_sqlite(db)
    seed_small(database.sessions)
    with database.sessions() as s:
        before = s.scalar(select(func.count()).select_from(Application))
    database.dispose()
    path = tmp_path / "lijst.xlsx"
    write_list(path, 2000)
    # The command line opens its own database: give it one whose disk is nearly full.
    import stagedesk.cli.main as cli

    opened = cli._open

    def nearly_full(args):  # type: ignore[no-untyped-def]
        database = opened(args)
        fill_the_disk(database, spare_pages=5)
        return database

    monkeypatch.setattr(cli, "_open", nearly_full)
    assert main(["import", str(path), "--db", str(db)]) == 2
    assert "The disk is full, so this could not be saved." in capsys.readouterr().err
    database = open_sqlite(db)
    with database.sessions() as s:
        assert s.scalar(select(func.count()).select_from(Application)) == before
    database.dispose()
    with sqlite3.connect(db) as connection:
        assert connection.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
