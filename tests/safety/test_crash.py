"""Kill StageDesk in the middle of its work (SIGKILL: no clean-up runs) and reopen.

The database must be as it was before the interrupted transaction or after it — never in
between — and pass SQLite's integrity check.
"""

import os
import signal
import sqlite3
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import func, select

from stagedesk.core.db.database import open_sqlite
from stagedesk.core.models import Application, Candidate, Internship
from tests.benchmarks.bench_import import write_list
from tests.seed import seed_small

CHILD = Path(__file__).with_name("child.py")
ROOT = Path(__file__).parent.parent.parent

pytestmark = pytest.mark.skipif(sys.platform == "win32", reason="SIGKILL is POSIX")


def _start(*args: str) -> subprocess.Popen[str]:
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    return subprocess.Popen(
        [sys.executable, str(CHILD), *args], stdout=subprocess.PIPE, text=True, env=env
    )


def _lines(child: subprocess.Popen[str]) -> Iterator[str]:
    assert child.stdout is not None
    for line in child.stdout:
        yield line.strip()


def _kill(child: subprocess.Popen[str]) -> None:
    child.send_signal(signal.SIGKILL)
    child.wait(timeout=30)
    assert child.returncode == -signal.SIGKILL


def _integrity(path: Path) -> str:
    with sqlite3.connect(path) as connection:  # also rolls back a hot journal
        return str(connection.execute("PRAGMA integrity_check").fetchone()[0])


def _counts(path: Path) -> tuple[int, int, int]:
    database = open_sqlite(path)
    try:
        with database.sessions() as s:
            return (
                s.scalar(select(func.count()).select_from(Candidate)) or 0,
                s.scalar(select(func.count()).select_from(Application)) or 0,
                s.scalar(select(func.count()).select_from(Internship)) or 0,
            )
    finally:
        database.dispose()


@pytest.mark.slow
def test_killed_in_the_middle_of_an_import_leaves_nothing_of_it(tmp_path: Path) -> None:
    db, path = tmp_path / "stagedesk.sqlite", tmp_path / "lijst.xlsx"
    open_sqlite(db).dispose()
    write_list(path, 3000)
    child = _start("import", str(db), str(path))
    lines = _lines(child)
    assert next(lines) == "checked"
    for line in lines:  # progress every 100 rows; every 500 are written to the file
        if line == "chunk 1100 of 3000":  # two chunks written, not committed
            break
    _kill(child)
    assert (db.with_name(db.name + "-journal")).exists()  # the interrupted transaction
    assert _integrity(db) == "ok"
    assert _counts(db) == (0, 0, 0)  # before, never between
    # and the same list imports whole afterwards
    finished = _start("import", str(db), str(path))
    assert list(_lines(finished))[-1] == "committed"
    assert finished.wait(timeout=120) == 0
    candidates, applications, internships = _counts(db)
    assert applications == 3000 and candidates > 0 and internships > 0
    assert _integrity(db) == "ok"


@pytest.mark.slow
def test_killed_in_a_batch_of_edits_keeps_every_save_whole(db_path: Path) -> None:
    database = open_sqlite(db_path)
    seed_small(database.sessions)
    database.dispose()
    child = _start("edits", str(db_path))
    saved = []
    for line in _lines(child):
        saved.append(line)
        if len(saved) == 25:
            break
    _kill(child)
    assert _integrity(db_path) == "ok"
    database = open_sqlite(db_path)
    with database.sessions() as s:
        names = s.execute(select(Candidate.id, Candidate.first_name, Candidate.last_name)).all()
    database.dispose()
    # Every save changed both names together: a half-written save would split them.
    assert all(first == last for _, first, last in names), names
    # and every save reported as done is there (later ones may be too)
    rounds = {int(i): int(r) for _, r, i in (line.split() for line in saved)}
    for candidate_id, first, _ in names:
        if candidate_id in rounds:
            assert int(first.removeprefix("Round")) >= rounds[candidate_id]
