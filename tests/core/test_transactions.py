"""Transactions on a shared SQLite file: no lost updates, keys enforced, stale saves refused."""

import datetime as dt
import itertools
import subprocess
import sys
from pathlib import Path

import pytest
from sqlalchemy import inspect, text
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm.exc import StaleDataError

from stagedesk.core.db import migrate
from stagedesk.core.db.database import Database, open_sqlite
from stagedesk.core.db.engine import BUSY_TIMEOUT_MS
from stagedesk.core.models import Candidate, Internship, InternshipKind, Unit
from tests.paths import PROJECT

INCREMENTS = 200

WORKER = """
import sys, time
from pathlib import Path

from stagedesk.core.db.engine import make_engine, make_session_factory, sqlite_url
from stagedesk.core.models import Internship

engine = make_engine(sqlite_url(Path(sys.argv[1])))
sessions = make_session_factory(engine)
print("ready", flush=True)
sys.stdin.readline()  # wait for "go", so that both workers really run at the same time
written = []
for _ in range(int(sys.argv[2])):
    with sessions.begin() as session:  # each increment its own transaction
        internship = session.get(Internship, 1)
        value = internship.total_hours + 1
        time.sleep(0.001)  # the window in which another writer could read the old value
        internship.total_hours = value
    written.append(value)
    time.sleep(0.002)  # let the other worker in: without this one would run all its turns
engine.dispose()
print(*written, flush=True)
"""


def add_internship(database: Database, **values: object) -> int:
    with database.sessions.begin() as session:
        unit = Unit(name="Communicatie")
        candidate = Candidate(first_name="Noor", last_name="Vermeulen")
        session.add_all([unit, candidate])
        session.flush()
        internship = Internship(
            candidate_id=candidate.id,
            unit_id=unit.id,
            kind=InternshipKind.CURRICULAR,
            start_date=dt.date(2024, 2, 5),
            end_date=dt.date(2024, 5, 31),
            **values,
        )
        session.add(internship)
        session.flush()
        return internship.id


def test_two_processes_incrementing_lose_nothing(db_path: Path) -> None:
    database = open_sqlite(db_path)
    try:
        assert add_internship(database, total_hours=0) == 1
    finally:
        database.dispose()

    workers = [
        subprocess.Popen(
            [sys.executable, "-c", WORKER, str(db_path), str(INCREMENTS)],
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
            cwd=PROJECT,
        )
        for _ in range(2)
    ]
    try:
        for worker in workers:
            assert worker.stdout is not None and worker.stdout.readline().strip() == "ready"
        for worker in workers:
            assert worker.stdin is not None
            worker.stdin.write("go\n")
            worker.stdin.flush()
        results = [worker.communicate(timeout=120) for worker in workers]
    finally:
        for worker in workers:
            if worker.poll() is None:
                worker.kill()
                worker.wait()
    written = []
    for worker, (stdout, stderr) in zip(workers, results, strict=True):
        assert worker.returncode == 0, stderr
        written.append([int(value) for value in stdout.split()])
    # Every increment wrote a value no other increment wrote: none read a stale total.
    assert sorted(written[0] + written[1]) == list(range(1, 2 * INCREMENTS + 1))
    # And the workers really took turns, so they really competed for the same row.
    turns = sorted((value, number) for number, values in enumerate(written) for value in values)
    changes = sum(1 for before, after in itertools.pairwise(turns) if before[1] != after[1])
    assert changes >= 10, f"the workers hardly overlapped ({changes} changes of turn)"

    database = open_sqlite(db_path)
    try:
        with database.sessions() as session:
            internship = session.get_one(Internship, 1)
            assert internship.total_hours == 2 * INCREMENTS
            assert internship.version == 1 + 2 * INCREMENTS
    finally:
        database.dispose()


def test_foreign_keys_are_enforced(any_database: Database) -> None:
    database = any_database
    with (
        pytest.raises(IntegrityError, match=r"(?i)foreign key"),
        database.sessions.begin() as session,
    ):
        candidate = Candidate(first_name="Théo", last_name="Lambert")
        session.add(candidate)
        session.flush()
        session.add(
            Internship(
                candidate_id=candidate.id,
                unit_id=999,
                kind=InternshipKind.VOLUNTARY,
                start_date=dt.date(2024, 9, 2),
                end_date=dt.date(2024, 9, 27),
            )
        )
    with database.sessions() as session:  # the failed unit of work left nothing behind
        assert session.query(Candidate).count() == 0


def test_every_connection_is_set_up(database: Database) -> None:
    """Both pragmas hold on each pooled connection, not only on the first one."""
    # Driver connections, asked directly: through SQLAlchemy each would BEGIN IMMEDIATE,
    # and the second would wait for the first.
    first, second = database.engine.raw_connection(), database.engine.raw_connection()
    try:
        assert first.driver_connection is not second.driver_connection
        for connection in (first, second):
            cursor = connection.cursor()
            assert cursor.execute("PRAGMA busy_timeout").fetchone() == (BUSY_TIMEOUT_MS,)
            assert cursor.execute("PRAGMA foreign_keys").fetchone() == (1,)
            cursor.close()
    finally:
        first.close()
        second.close()
    assert BUSY_TIMEOUT_MS == 15_000


def test_second_save_of_a_stale_record_is_refused(any_database: Database) -> None:
    """Two windows show the same unit; both rename it; the later save must not win silently."""
    database = any_database
    with database.sessions.begin() as session:
        session.add(Unit(name="Finances"))

    first, second = database.sessions(), database.sessions()
    try:
        in_first = first.query(Unit).one()
        first.commit()  # the windows keep their copies, no transaction (nor lock) held
        in_second = second.query(Unit).one()
        second.commit()

        in_first.name = "Financiën"
        first.commit()
        in_second.name = "Budget"
        with pytest.raises(StaleDataError):
            second.commit()
    finally:
        first.close()
        second.close()

    with database.sessions() as session:
        unit = session.query(Unit).one()
        assert (unit.name, unit.version) == ("Financiën", 2)


def test_schema_changes_roll_back_with_their_transaction(any_database: Database) -> None:
    """Our own BEGIN covers DDL too; a failed migration step cannot leave half a schema."""
    database = any_database
    with pytest.raises(RuntimeError), database.engine.begin() as connection:
        connection.execute(text("CREATE TABLE scratch (id INTEGER PRIMARY KEY)"))
        connection.execute(text("INSERT INTO units (name, active, version) VALUES ('X', TRUE, 1)"))
        raise RuntimeError("stop")
    with database.engine.connect() as connection:
        assert "scratch" not in inspect(connection).get_table_names()
        assert connection.execute(text("SELECT count(*) FROM units")).scalar() == 0


OPENER = """
import sys
from pathlib import Path

from stagedesk.core.db.database import open_sqlite

print("ready", flush=True)
sys.stdin.readline()
open_sqlite(Path(sys.argv[1])).dispose()
print("opened", flush=True)
"""


def test_two_processes_creating_the_same_new_database(tmp_path: Path) -> None:
    """Two coordinators start StageDesk on the same new shared file at the same moment."""
    path = tmp_path / "shared" / "stagedesk.sqlite"
    openers = [
        subprocess.Popen(
            [sys.executable, "-c", OPENER, str(path)],
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
            cwd=PROJECT,
        )
        for _ in range(2)
    ]
    for opener in openers:
        assert opener.stdout is not None and opener.stdout.readline().strip() == "ready"
    for opener in openers:
        assert opener.stdin is not None
        opener.stdin.write("go\n")
        opener.stdin.flush()
    for opener in openers:
        stdout, stderr = opener.communicate(timeout=60)
        assert (opener.returncode, stdout.strip()) == (0, "opened"), stderr
    database = open_sqlite(path)
    try:
        with database.engine.connect() as connection:
            versions = connection.execute(text("SELECT version_num FROM alembic_version"))
            assert versions.scalars().all() == [migrate.SCHEMA_HEAD]
    finally:
        database.dispose()
