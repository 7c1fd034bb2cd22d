"""Backups: consistent, checked copies; the rotation; restore; the command line."""

import datetime as dt
import os
import sqlite3
import subprocess
import sys
from collections import Counter
from contextlib import closing
from pathlib import Path

import pytest

from stagedesk.core.db.backups import (
    BackupFailed,
    BackupKind,
    Rotation,
    check_copy,
    daily_due,
    list_backups,
    make_backup,
    roles,
    rotate,
)
from stagedesk.core.db.database import Database, open_sqlite
from stagedesk.core.db.locking import acquire
from stagedesk.core.db.restoring import RestoreRefused, restore
from tests.paths import PROJECT
from tests.seed import seed_small

pytestmark = pytest.mark.clock  # see tests/moved_clock.py

NOW = dt.datetime(2026, 11, 22, 9, 30)


def unit_names(path: Path) -> list[str]:
    with closing(sqlite3.connect(f"file:{path}?mode=ro", uri=True)) as connection:
        return [row[0] for row in connection.execute("SELECT name FROM units ORDER BY name")]


def add_unit(path: Path, name: str) -> None:
    with closing(sqlite3.connect(path)) as connection, connection:
        connection.execute("INSERT INTO units (name, active, version) VALUES (?, 1, 1)", (name,))


def corrupt_units_page(path: Path) -> None:
    """Overwrite the root page of the units table, as a bad disk would."""
    with closing(sqlite3.connect(path)) as connection:
        (root,) = connection.execute(
            "SELECT rootpage FROM sqlite_master WHERE name = 'units'"
        ).fetchone()
        (page,) = connection.execute("PRAGMA page_size").fetchone()
    assert root * page < path.stat().st_size  # really in the middle of the file
    with path.open("r+b") as handle:
        handle.seek((root - 1) * page)
        handle.write(b"\xff" * page)
    assert not check_copy(path), "the damage must be visible to SQLite's quick check"


@pytest.fixture
def seeded(database: Database, db_path: Path) -> Path:
    seed_small(database.sessions)
    database.dispose()
    return db_path


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    return tmp_path / "backups"


# --- making a backup -------------------------------------------------------------------


def test_a_write_during_the_backup_gives_a_copy_of_one_moment(seeded: Path, folder: Path):
    """SQLite's online backup starts over when another connection writes in between."""
    with closing(sqlite3.connect(seeded)) as connection, connection:  # > 1 step (4 MB)
        connection.execute("CREATE TABLE filler (data BLOB)")
        connection.executemany("INSERT INTO filler VALUES (?)", [(os.urandom(1000),)] * 6000)
    steps: list[tuple[int, int]] = []

    def write_in_between(done: int, total: int) -> None:
        if not steps:
            add_unit(seeded, "Written during the backup")
        steps.append((done, total))

    made = make_backup(seeded, folder, BackupKind.MANUAL, NOW, progress=write_in_between)

    assert len(steps) > 2, "the copy went in one step: nothing was written in between"
    assert "Written during the backup" in unit_names(made.path)
    assert unit_names(made.path) == unit_names(seeded)
    assert check_copy(made.path)
    assert made.path.name == "stagedesk-2026-11-22T093000-manual.sqlite"
    assert made.size == made.path.stat().st_size


def test_a_copy_that_fails_its_check_is_not_kept(seeded: Path, folder: Path) -> None:
    corrupt_units_page(seeded)
    with pytest.raises(BackupFailed) as failed:
        make_backup(seeded, folder, BackupKind.DAILY, NOW)
    assert "did not pass its check" in str(failed.value)
    assert list(folder.iterdir()) == []  # no backup, no .partial


def test_a_folder_that_cannot_be_written_is_reported(seeded: Path, tmp_path: Path) -> None:
    in_the_way = tmp_path / "a file, not a folder"
    in_the_way.write_text("x")
    with pytest.raises(BackupFailed) as failed:
        make_backup(seeded, in_the_way, BackupKind.MANUAL, NOW)
    assert str(in_the_way) in str(failed.value)


def test_two_backups_in_one_second_both_keep_their_name(seeded: Path, folder: Path) -> None:
    first = make_backup(seeded, folder, BackupKind.MANUAL, NOW)
    second = make_backup(seeded, folder, BackupKind.MANUAL, NOW)
    assert first.path != second.path and first.path.exists() and second.path.exists()


def test_the_list_shows_only_this_databases_backups(seeded: Path, folder: Path) -> None:
    make_backup(seeded, folder, BackupKind.DAILY, NOW)
    make_backup(seeded, folder, BackupKind.MANUAL, NOW + dt.timedelta(hours=1))
    (folder / "other-2026-11-22T093000-daily.sqlite").write_bytes(b"another database's")
    (folder / "notes.txt").write_text("mine")
    listed = list_backups(folder, seeded)
    assert [(b.kind, b.made) for b in listed] == [
        (BackupKind.MANUAL, NOW + dt.timedelta(hours=1)),
        (BackupKind.DAILY, NOW),
    ]


def test_a_daily_copy_is_due_once_a_day(seeded: Path, folder: Path) -> None:
    assert daily_due(folder, seeded, NOW.date())
    make_backup(seeded, folder, BackupKind.MANUAL, NOW)  # by hand: not the daily one
    assert daily_due(folder, seeded, NOW.date())
    make_backup(seeded, folder, BackupKind.DAILY, NOW)
    assert not daily_due(folder, seeded, NOW.date())
    assert daily_due(folder, seeded, NOW.date() + dt.timedelta(days=1))


def test_an_upgrade_is_preceded_by_a_backup_in_the_backups_folder(tmp_path: Path) -> None:
    path = tmp_path / "stagedesk.sqlite"
    path.write_bytes((PROJECT / "tests" / "data" / "schema-0001.sqlite").read_bytes())
    before = unit_names(path)
    chosen = tmp_path / "OneDrive" / "backups"
    open_sqlite(path, backups=chosen).dispose()
    [backup] = list_backups(chosen, path)
    assert backup.kind is BackupKind.BEFORE_UPGRADE and check_copy(backup.path)
    with closing(sqlite3.connect(backup.path)) as connection:
        assert connection.execute("SELECT version_num FROM alembic_version").fetchone() == ("0001",)
    assert unit_names(backup.path) == before


# --- the rotation ----------------------------------------------------------------------


@pytest.mark.slow  # 400 real copies, each checked
def test_a_year_of_dailies_keeps_7_days_4_weeks_12_months(seeded: Path, folder: Path) -> None:
    first = NOW - dt.timedelta(days=400)
    protected = {
        make_backup(seeded, folder, BackupKind.MANUAL, NOW - dt.timedelta(days=10)).path,
        make_backup(seeded, folder, BackupKind.BEFORE_UPGRADE, NOW - dt.timedelta(days=89)).path,
    }
    expired = {
        make_backup(seeded, folder, BackupKind.MANUAL, NOW - dt.timedelta(days=200)).path,
        make_backup(seeded, folder, BackupKind.BEFORE_RESTORE, NOW - dt.timedelta(days=91)).path,
    }
    for day in range(401):  # StageDesk used every day: a copy, then the rotation
        now = first + dt.timedelta(days=day)
        make_backup(seeded, folder, BackupKind.DAILY, now)
        rotate(folder, seeded, now)

    left = list_backups(folder, seeded)
    kept = roles(left)
    assert Counter(kept.values()) == {
        BackupKind.DAILY: 7,
        BackupKind.WEEKLY: 4,
        BackupKind.MONTHLY: 12,
    }
    assert {b.path for b in left} == set(kept) | protected
    assert not expired & {b.path for b in left}
    by_role = {
        role: sorted(b.made.date() for b in left if kept.get(b.path) is role)
        for role in kept.values()
    }
    assert by_role[BackupKind.DAILY] == [
        NOW.date() - dt.timedelta(days=n) for n in range(6, -1, -1)
    ]
    weeks = [d.isocalendar()[:2] for d in by_role[BackupKind.WEEKLY]]
    assert len(set(weeks)) == 4 and all(d.isoweekday() == 7 for d in by_role[BackupKind.WEEKLY])
    months = [(d.year, d.month) for d in by_role[BackupKind.MONTHLY]]
    assert len(set(months)) == 12
    assert all((d + dt.timedelta(days=1)).day == 1 for d in by_role[BackupKind.MONTHLY])


def test_the_rotation_never_deletes_the_last_backup(seeded: Path, folder: Path) -> None:
    old = make_backup(seeded, folder, BackupKind.MANUAL, NOW - dt.timedelta(days=400))
    assert rotate(folder, seeded, NOW) == []
    assert old.path.exists()
    daily = make_backup(seeded, folder, BackupKind.DAILY, NOW - dt.timedelta(days=300))
    assert rotate(folder, seeded, NOW, Rotation(daily=0, weekly=0, monthly=0)) == [old.path]
    assert [b.path for b in list_backups(folder, seeded)] == [daily.path]


# --- restore ---------------------------------------------------------------------------


def test_restore_swaps_and_keeps_the_replaced_file_as_a_backup(seeded: Path, folder: Path):
    before = unit_names(seeded)
    backup = make_backup(seeded, folder, BackupKind.DAILY, NOW)
    add_unit(seeded, "Added after the backup")

    restored = restore(seeded, backup.path, folder, NOW + dt.timedelta(hours=2))

    assert unit_names(seeded) == before
    assert restored.kept is not None and not restored.damaged
    assert "Added after the backup" in unit_names(restored.kept)
    [kept] = [b for b in list_backups(folder, seeded) if b.kind is BackupKind.BEFORE_RESTORE]
    assert kept.path == restored.kept
    assert not list(seeded.parent.glob("*.partial"))
    open_sqlite(seeded).dispose()  # and it opens


def test_restore_over_a_damaged_file_keeps_it_beside(seeded: Path, folder: Path) -> None:
    backup = make_backup(seeded, folder, BackupKind.DAILY, NOW)
    corrupt_units_page(seeded)
    damaged_bytes = seeded.read_bytes()
    journal = seeded.with_name(seeded.name + "-journal")
    journal.write_bytes(b"a journal that belongs to the damaged file")

    restored = restore(seeded, backup.path, folder, NOW)

    assert restored.damaged and restored.kept is not None
    assert restored.kept.name == "stagedesk.sqlite.damaged-2026-11-22T093000"
    assert restored.kept.read_bytes() == damaged_bytes
    assert not journal.exists(), "a journal left there would be played into the restored file"
    assert Path(f"{restored.kept}-journal").exists()
    assert check_copy(seeded)


def other_program(folder: Path) -> Path:
    path = folder / "inventory.sqlite"
    with closing(sqlite3.connect(path)) as connection, connection:
        connection.execute("CREATE TABLE items (id INTEGER PRIMARY KEY)")
    return path


def text_file(folder: Path) -> Path:
    path = folder / "notes.sqlite"
    path.write_text("Naam;Voornaam\n")
    return path


def damaged_backup(folder: Path, db_path: Path) -> Path:
    made = make_backup(db_path, folder / "backups", BackupKind.DAILY, NOW)
    corrupt_units_page(made.path)
    return made.path


@pytest.mark.parametrize(
    ("make", "reason"),
    [
        (other_program, "another program"),
        (text_file, "not a StageDesk database"),
        (lambda folder: damaged_backup(folder, folder / "stagedesk.sqlite"), "damaged"),
        (lambda folder: folder / "stagedesk.sqlite", "the database itself"),
    ],
    ids=["another program", "a text file", "a damaged backup", "the database itself"],
)
def test_restore_refuses_and_changes_nothing(seeded: Path, folder: Path, make, reason) -> None:
    candidate = make(seeded.parent)
    before = seeded.read_bytes()
    listing = sorted(p.name for p in seeded.parent.rglob("*"))
    with pytest.raises(RestoreRefused) as refused:
        restore(seeded, candidate, folder, NOW)
    assert reason in str(refused.value)
    assert seeded.read_bytes() == before
    assert sorted(p.name for p in seeded.parent.rglob("*")) == listing  # no copy was made


# --- the command line ------------------------------------------------------------------


def stagedesk(*args: str, stdin: str | None = None) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "stagedesk", *args],
        cwd=PROJECT,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
        input=stdin,
    )


def test_cli_backup_backups_and_restore(seeded: Path, folder: Path) -> None:
    db = ["--db", str(seeded)]
    made = stagedesk("backup", "--to", str(folder), *db)
    assert made.returncode == 0, made.stderr
    backup = Path(made.stdout.strip())
    assert backup.parent == folder and check_copy(backup)

    listing = stagedesk("backups", "--in", str(folder), *db)
    [line] = listing.stdout.splitlines()
    assert line.split("\t")[1:] == ["made by hand", str(backup.stat().st_size), str(backup)]

    add_unit(seeded, "Added after the backup")
    asked = stagedesk("restore", str(backup), *db, stdin="")  # no --yes, nobody to answer
    assert asked.returncode == 2 and "Added after the backup" in unit_names(seeded)
    done = stagedesk("restore", str(backup), "--yes", *db)
    assert done.returncode == 0, done.stderr
    assert "Added after the backup" not in unit_names(seeded)
    kept = Path(done.stdout.splitlines()[1].split("\t")[0])
    assert "Added after the backup" in unit_names(kept)


def test_cli_restore_refuses_a_file_that_is_not_stagedesks(seeded: Path) -> None:
    candidate = other_program(seeded.parent)
    before = seeded.read_bytes()
    result = stagedesk("restore", str(candidate), "--yes", "--db", str(seeded))
    assert result.returncode == 2
    assert result.stderr.splitlines() == [
        f"stagedesk: {candidate} is a database of another program, not of StageDesk."
    ]
    assert seeded.read_bytes() == before


def test_cli_restore_refuses_while_stagedesk_has_the_database_open(
    seeded: Path, folder: Path
) -> None:
    backup = make_backup(seeded, folder, BackupKind.DAILY, NOW)
    # This test process plays the open window: it takes the lock as a window does, now,
    # so that the lock is younger than this computer's last start wherever it runs.
    opened = dt.datetime.now()
    lock = acquire(seeded, opened)
    try:
        before = seeded.read_bytes()
        result = stagedesk("restore", str(backup.path), "--yes", "--db", str(seeded))
    finally:
        lock.release()
    assert result.returncode == 2
    [line] = result.stderr.splitlines()
    assert line.startswith(f"stagedesk: {seeded} is already open in StageDesk: ")
    assert f"since {opened:%d/%m/%Y %H:%M}" in line
    assert seeded.read_bytes() == before


def test_cli_backup_of_a_server_database_is_refused() -> None:
    result = stagedesk("backup", "--db-url", "postgresql://nobody@localhost/none")
    assert result.returncode == 2
    assert result.stderr.startswith("stagedesk: backups are made of a SQLite file")
