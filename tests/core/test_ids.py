"""Ids are never given twice (case 4 of the safety review), on SQLite and PostgreSQL.

SQLite used to give a deleted highest id to the next new record: the bin's 30-day promise
broke as soon as anything new was made, and a form's code on paper could open another."""

import datetime as dt
import shutil
import sqlite3
from contextlib import closing
from pathlib import Path

from sqlalchemy import select

from stagedesk.core.bin import trash
from stagedesk.core.db.database import Database, open_sqlite
from stagedesk.core.db.shared_database import copy_rows
from stagedesk.core.models import Base, FollowUpEntry, Unit
from stagedesk.core.progress import run_to_end
from stagedesk.core.records import repository
from tests.paths import DATA

NOW = dt.datetime(2026, 5, 4, 10, 0)


def _unit(database: Database, name: str) -> int:
    return repository.save(database.sessions, Unit, {"name": name})


def test_a_binned_records_id_is_not_given_again(any_database: Database) -> None:
    _unit(any_database, "Eerste")
    last = _unit(any_database, "Laatste")
    entry = trash.delete_to_bin(any_database.sessions, Unit, last, NOW)
    new = _unit(any_database, "Nieuw")
    assert new > last  # not the number the bin holds
    trash.restore(any_database.sessions, entry)  # so the bin keeps its promise
    with any_database.sessions() as session:
        assert session.get(Unit, last) is not None


def test_an_erased_records_id_is_not_given_again(any_database: Database) -> None:
    last = _unit(any_database, "Weg")
    repository.delete(any_database.sessions, Unit, last)
    assert _unit(any_database, "Nieuw") == last + 1


def test_every_table_counts_its_ids_on_sqlite(database: Database) -> None:
    assert database.path is not None
    with closing(sqlite3.connect(database.path)) as connection:
        plain = [
            name
            for name, sql in connection.execute("SELECT name, sql FROM sqlite_master")
            if name in Base.metadata.tables and "AUTOINCREMENT" not in sql
        ]
    assert plain == []


def test_an_old_database_keeps_the_bins_ids_after_the_upgrade(tmp_path: Path) -> None:
    """The 0006 sample holds follow-up entry 4 in the bin, entries 1–3 in the table."""
    path = tmp_path / "old.sqlite"
    shutil.copyfile(DATA / "schema-0006.sqlite", path)
    database = open_sqlite(path)
    try:
        with database.sessions() as session:
            assert max(session.scalars(select(FollowUpEntry.id))) == 3
        new = repository.save(
            database.sessions,
            FollowUpEntry,
            {"internship_id": 2, "entry_date": dt.date(2024, 7, 1), "kind": "note", "text": "x"},
        )
        assert new == 5
        [binned] = trash.list_bin(database.sessions)
        trash.restore(database.sessions, binned.entry_id)
        with database.sessions() as session:
            assert session.get(FollowUpEntry, 4) is not None
    finally:
        database.dispose()


def test_a_copy_keeps_the_bins_ids(any_database: Database, tmp_path: Path) -> None:
    laptop = open_sqlite(tmp_path / "laptop.sqlite")
    try:
        _unit(laptop, "Eerste")
        last = _unit(laptop, "Laatste")
        entry = trash.delete_to_bin(laptop.sessions, Unit, last, NOW)
        run_to_end(copy_rows(laptop, any_database))
    finally:
        laptop.dispose()
    assert _unit(any_database, "Nieuw") == last + 1
    trash.restore(any_database.sessions, entry)
