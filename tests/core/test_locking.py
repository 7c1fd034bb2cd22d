"""One StageDesk per database: the lock file, who holds it, and taking over a stale one."""

import datetime as dt
import json
import os
import socket
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from stagedesk.core.db.locking import (
    Holder,
    LockHeld,
    acquire,
    lock_path,
    pid_alive,
)
from tests.paths import PROJECT

pytestmark = pytest.mark.clock  # see tests/moved_clock.py

NOW = dt.datetime(2026, 11, 22, 9, 30)
BOOTED = dt.datetime(2026, 11, 22, 8, 0)


def dead_pid() -> int:
    """The id of a process that has just ended."""
    child = subprocess.Popen([sys.executable, "-c", "pass"])
    child.wait()
    assert not pid_alive(child.pid)
    return child.pid


def write_lock(db_path: Path, **fields: object) -> Path:
    holder = {
        "user": "an",
        "host": socket.gethostname(),
        "pid": os.getpid(),
        "started": "2026-11-22T08:15:00",
        "token": "earlier",
        **fields,
    }
    path = lock_path(db_path)
    path.write_text(json.dumps(holder), encoding="utf-8")
    return path


def test_the_lock_says_who_since_when_and_goes_on_release(db_path: Path) -> None:
    lock = acquire(db_path, NOW, booted=BOOTED)
    written = json.loads(lock_path(db_path).read_text(encoding="utf-8"))
    assert written["pid"] == os.getpid()
    assert written["host"] == socket.gethostname()
    assert dt.datetime.fromisoformat(written["started"]) == NOW.astimezone()
    assert dt.datetime.fromisoformat(written["started"]).utcoffset() is not None
    assert written["user"]
    lock.release()
    assert not lock_path(db_path).exists()


def test_the_first_start_locks_a_database_that_does_not_exist_yet(tmp_path: Path) -> None:
    db_path = tmp_path / "StageDesk" / "stagedesk.sqlite"
    lock = acquire(db_path, NOW, booted=BOOTED)
    assert lock_path(db_path).exists()
    lock.release()


def test_a_second_open_is_refused_with_who_and_since(db_path: Path) -> None:
    first = acquire(db_path, NOW, booted=BOOTED)
    try:
        with pytest.raises(LockHeld) as held:
            acquire(db_path, NOW + dt.timedelta(minutes=5), booted=BOOTED)
    finally:
        first.release()
    message = str(held.value)
    assert message.startswith(f"{db_path} is already open in StageDesk: ")
    assert f"on {socket.gethostname()}, since 22/11/2026 09:30." in message
    assert held.value.holder == first.holder
    assert not held.value.elsewhere


def test_a_lock_left_by_a_crash_is_taken_over(db_path: Path) -> None:
    write_lock(db_path, pid=dead_pid())
    lock = acquire(db_path, NOW, booted=BOOTED)
    assert lock.holder.pid == os.getpid()
    assert json.loads(lock_path(db_path).read_text())["token"] == lock.holder.token
    assert [p.name for p in db_path.parent.iterdir()] == [lock_path(db_path).name]
    lock.release()


def test_a_lock_from_before_the_computer_started_is_taken_over(db_path: Path) -> None:
    # The process id is alive now (pid 1 always is), but it cannot be the one that wrote
    # the lock: that was before the computer last started.
    write_lock(db_path, pid=1, started="2026-11-21T17:00:00")
    acquire(db_path, NOW, booted=BOOTED).release()
    write_lock(db_path, pid=1, started="2026-11-22T08:15:00")
    with pytest.raises(LockHeld):
        acquire(db_path, NOW, booted=BOOTED)


def test_a_lock_of_another_computer_is_taken_over_only_when_asked(db_path: Path) -> None:
    written = write_lock(db_path, host="laptop-of-els", user="els", pid=dead_pid())
    with pytest.raises(LockHeld) as held:
        acquire(db_path, NOW, booted=BOOTED)
    assert held.value.elsewhere
    assert "els on laptop-of-els, since 22/11/2026 08:15" in str(held.value)
    other = Holder("bart", "laptop-of-bart", 4, "2026-11-22T09:00:00")
    with pytest.raises(LockHeld):  # agreeing to take over from someone else counts not
        acquire(db_path, NOW, take_over=other, booted=BOOTED)
    assert json.loads(written.read_text())["user"] == "els"
    lock = acquire(db_path, NOW, take_over=held.value.holder, booted=BOOTED)
    assert lock.holder.pid == os.getpid()
    lock.release()


def test_a_half_written_lock_is_stale_only_once_it_is_old(db_path: Path) -> None:
    path = lock_path(db_path)
    path.write_text('{"user": "an", "ho', encoding="utf-8")  # the crash came mid-write
    with pytest.raises(LockHeld):
        acquire(db_path, NOW, booted=BOOTED)
    two_minutes_ago = path.stat().st_mtime - 120
    os.utime(path, (two_minutes_ago, two_minutes_ago))
    acquire(db_path, NOW, booted=BOOTED).release()


def test_a_half_written_lock_is_judged_on_the_file_systems_clock(db_path: Path) -> None:
    # Another StageDesk has just created its lock and not yet written it. Whatever this
    # computer's clock says (here: a year ahead, as a laptop set wrong, or a network
    # folder whose server keeps other time), the lock is young on the clock that stamped it.
    path = lock_path(db_path)
    path.write_text("", encoding="utf-8")
    a_year_ahead = dt.datetime.now() + dt.timedelta(days=365)
    with pytest.raises(LockHeld):
        acquire(db_path, a_year_ahead, booted=BOOTED)
    assert path.read_text(encoding="utf-8") == ""
    assert [p.name for p in db_path.parent.iterdir()] == [path.name]  # no probe left


@pytest.fixture
def in_brussels(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    """This process on a computer set to Belgian time, as the coordinator's laptop is."""
    monkeypatch.setenv("TZ", "Europe/Brussels")
    time.tzset()
    yield
    monkeypatch.undo()
    time.tzset()


def test_a_lock_taken_in_the_hour_that_repeats_is_not_older_than_the_start(
    db_path: Path, in_brussels: None
) -> None:
    # 25/10/2026: summer time ends, 03:00 CEST becomes 02:00 CET. The computer started at
    # 02:50 CEST; StageDesk took its lock half an hour later, at 02:20 CET, on the local
    # clock as the window does (dt.datetime.now() is naive, its fold tells the second 02:20).
    booted = dt.datetime(2026, 10, 25, 2, 50)
    taken = dt.datetime(2026, 10, 25, 2, 20, fold=1)
    assert taken.timestamp() - booted.timestamp() == 30 * 60
    first = acquire(db_path, taken, booted=booted)
    try:
        with pytest.raises(LockHeld) as held:  # the first StageDesk is still open
            acquire(db_path, taken + dt.timedelta(minutes=5), booted=booted)
        assert held.value.holder == first.holder
        assert "since 25/10/2026 02:20." in str(held.value)
    finally:
        first.release()


def test_a_lock_taken_in_the_first_of_the_repeated_hours_is_from_before_the_start(
    db_path: Path, in_brussels: None
) -> None:
    booted = dt.datetime(2026, 10, 25, 2, 50, fold=1)  # 02:50 CET, the second time round
    write_lock(db_path, pid=1, started="2026-10-25T02:55:00+02:00")  # 02:55 CEST: before
    acquire(db_path, booted + dt.timedelta(minutes=5), booted=booted).release()
    write_lock(db_path, pid=1, started="2026-10-25T02:55:00+01:00")  # 02:55 CET: after
    with pytest.raises(LockHeld):
        acquire(db_path, booted + dt.timedelta(minutes=5), booted=booted)


def test_release_leaves_a_lock_that_is_no_longer_ours(db_path: Path) -> None:
    lock = acquire(db_path, NOW, booted=BOOTED)
    written = write_lock(db_path, host="laptop-of-els", user="els", token="took it over")
    lock.release()
    assert json.loads(written.read_text())["user"] == "els"


RACER = """
import datetime as dt, sys
from pathlib import Path
from stagedesk.core.db.locking import LockHeld, acquire
try:
    lock = acquire(Path(sys.argv[1]), dt.datetime.now())
except LockHeld:
    print("refused", flush=True)
else:
    print("won", flush=True)
    sys.stdin.read()  # hold it until the test has heard from everyone
    lock.release()
"""


def test_of_many_taking_over_a_stale_lock_at_once_one_wins(db_path: Path) -> None:
    write_lock(db_path, pid=dead_pid())
    racers = [
        subprocess.Popen(
            [sys.executable, "-c", RACER, str(db_path)],
            cwd=PROJECT,
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            text=True,
        )
        for _ in range(6)
    ]
    try:
        outcomes = [racer.stdout.readline().strip() for racer in racers]  # type: ignore[union-attr]
    finally:
        for racer in racers:
            racer.communicate("", timeout=60)
    assert sorted(outcomes) == ["refused"] * 5 + ["won"]
    assert not lock_path(db_path).exists()
    assert [p.name for p in db_path.parent.iterdir()] == []  # no renamed leftovers
