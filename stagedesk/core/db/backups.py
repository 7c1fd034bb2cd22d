"""Backups of a SQLite database: consistent, checked copies, kept by a rotation.

A backup is made with SQLite's online backup API (a consistent copy even while StageDesk
writes), checked with ``PRAGMA quick_check`` on the finished copy and only then given its
name, so a copy that failed never looks like a backup. File names sort by time and say
what they are: ``stagedesk-2026-11-22T093015-daily.sqlite`` is a daily copy of
``stagedesk.sqlite``; the database's own file stem comes first, so one folder can hold the
backups of several databases. Seconds are in the name so that two copies made in the same
minute (a manual one right after the daily one) do not collide.

Only daily, manual, before-upgrade and before-restore copies are made; "weekly" and
"monthly" are what the rotation calls the daily copies it keeps for a week or a month.

The folder is ``<db folder>/<db stem>-backups`` unless the user chose another (a OneDrive
or network folder is fine for backups, unlike for the database itself).
"""

import datetime as dt
import re
import sqlite3
from collections.abc import Callable, Generator, Iterable
from contextlib import closing
from dataclasses import dataclass
from enum import Enum
from pathlib import Path

from stagedesk.core.db.engine import BUSY_TIMEOUT_MS, sqlite_backup, sqlite_uri
from stagedesk.core.db.kept_files import remove_stale_copies
from stagedesk.core.db.paths import beside
from stagedesk.core.db.problems import Refusal
from stagedesk.core.i18n import QT_TRANSLATE_NOOP

STAMP = "%Y-%m-%dT%H%M%S"
_NAME = re.compile(r"^(?P<stem>.+)-(?P<when>\d{4}-\d{2}-\d{2}T\d{6})-(?P<kind>[a-z-]+)\.sqlite$")
Progress = Callable[[int, int], None]


class BackupKind(Enum):
    DAILY = "daily"
    WEEKLY = "weekly"  # a daily copy kept as its week's (never in a file name)
    MONTHLY = "monthly"  # a daily copy kept as its month's (never in a file name)
    MANUAL = "manual"
    BEFORE_UPGRADE = "before-upgrade"
    BEFORE_RESTORE = "before-restore"


KIND_LABELS = {
    BackupKind.DAILY: QT_TRANSLATE_NOOP("Backups", "daily"),
    BackupKind.WEEKLY: QT_TRANSLATE_NOOP("Backups", "weekly"),
    BackupKind.MONTHLY: QT_TRANSLATE_NOOP("Backups", "monthly"),
    BackupKind.MANUAL: QT_TRANSLATE_NOOP("Backups", "made by hand"),
    BackupKind.BEFORE_UPGRADE: QT_TRANSLATE_NOOP("Backups", "before an upgrade"),
    BackupKind.BEFORE_RESTORE: QT_TRANSLATE_NOOP("Backups", "before a restore"),
}
_MADE = (
    BackupKind.DAILY,
    BackupKind.MANUAL,
    BackupKind.BEFORE_UPGRADE,
    BackupKind.BEFORE_RESTORE,
)

COPY_FAILED_CHECK = QT_TRANSLATE_NOOP(
    "Backups", "The copy of {path} did not pass its check, so it was not kept."
)
CANNOT_WRITE = QT_TRANSLATE_NOOP(
    "Backups", "StageDesk could not make a backup in {path}. Details: {detail}"
)


class BackupFailed(Refusal):
    """No backup was made (and no file left behind); the message says why."""

    context = "Backups"


@dataclass(frozen=True)
class Backup:
    path: Path
    made: dt.datetime
    kind: BackupKind
    size: int


@dataclass(frozen=True)
class Rotation:
    """How many automatic copies to keep, and how long the others are safe.

    A copy counts for one reason only (as in borg's prune): the 7 newest days, then the
    newest copy of 4 more weeks, then of 12 more months. Copies made by hand, before an
    upgrade or before a restore are never deleted in their first ``protect_days``.
    """

    daily: int = 7
    weekly: int = 4
    monthly: int = 12
    protect_days: int = 90


def default_folder(db_path: Path) -> Path:
    return beside(db_path, "backups")


def backup_name(db_path: Path, made: dt.datetime, kind: BackupKind) -> str:
    return f"{db_path.stem}-{made.strftime(STAMP)}-{kind.value}.sqlite"


def check_copy(path: Path) -> bool:
    """True when SQLite's quick check finds ``path`` sound (read-only, changes nothing)."""
    try:
        with closing(
            sqlite3.connect(sqlite_uri(path), uri=True, timeout=BUSY_TIMEOUT_MS / 1000)
        ) as connection:
            return connection.execute("PRAGMA quick_check").fetchall() == [("ok",)]
    except sqlite3.Error:
        return False


def _verify(path: Path) -> None:
    if not check_copy(path):
        raise BackupFailed(COPY_FAILED_CHECK, path=path)


def make_backup(
    db_path: Path,
    folder: Path,
    kind: BackupKind,
    now: dt.datetime,
    progress: Progress | None = None,
) -> Backup:
    """A checked copy of ``db_path`` in ``folder``; raises BackupFailed, leaving no file."""
    assert kind in _MADE, f"{kind} is a role in the rotation, not a kind of copy"
    if not db_path.is_file():
        raise BackupFailed(CANNOT_WRITE, path=folder, detail=f"{db_path} does not exist")
    made = now.replace(microsecond=0)
    while (folder / backup_name(db_path, made, kind)).exists():
        made += dt.timedelta(seconds=1)
    target = folder / backup_name(db_path, made, kind)
    try:
        sqlite_backup(db_path, target, verify=_verify, progress=progress)
    except BackupFailed:
        raise
    except (OSError, sqlite3.Error) as error:
        raise BackupFailed(CANNOT_WRITE, path=folder, detail=error) from error
    return Backup(target, made, kind, target.stat().st_size)


def _parse(path: Path, stem: str) -> Backup | None:
    match = _NAME.match(path.name)
    if match is None or match["stem"] != stem:
        return None
    try:
        kind = BackupKind(match["kind"])
        made = dt.datetime.strptime(match["when"], STAMP)
        size = path.stat().st_size
    except (ValueError, OSError):
        return None
    return Backup(path, made, kind, size) if kind in _MADE else None


def list_backups(folder: Path, db_path: Path) -> list[Backup]:
    """The backups of ``db_path`` in ``folder``, newest first; other files are ignored."""
    try:
        children = list(folder.iterdir())
    except OSError:
        return []
    found = (_parse(child, db_path.stem) for child in children if child.is_file())
    return sorted((b for b in found if b is not None), key=lambda b: b.made, reverse=True)


def _periods(keep: Rotation) -> Iterable[tuple[BackupKind, int, Callable[[dt.datetime], object]]]:
    yield BackupKind.DAILY, keep.daily, lambda made: made.date()
    yield BackupKind.WEEKLY, keep.weekly, lambda made: made.isocalendar()[:2]
    yield BackupKind.MONTHLY, keep.monthly, lambda made: (made.year, made.month)


def roles(backups: list[Backup], keep: Rotation = Rotation()) -> dict[Path, BackupKind]:
    """Why each automatic copy is kept: daily, weekly or monthly; absent when it is not."""
    automatic = sorted(
        (b for b in backups if b.kind is BackupKind.DAILY), key=lambda b: b.made, reverse=True
    )
    kept: dict[Path, BackupKind] = {}
    for role, count, period in _periods(keep):
        last: object = None
        chosen = 0
        for backup in automatic:
            if chosen >= count:
                break
            if period(backup.made) == last:
                continue  # only the newest copy of a period counts for it
            last = period(backup.made)
            if backup.path not in kept:
                kept[backup.path] = role
                chosen += 1
    return kept


def shown_kind(backup: Backup, kept: dict[Path, BackupKind]) -> BackupKind:
    return kept.get(backup.path, backup.kind)


def rotate(
    folder: Path, db_path: Path, now: dt.datetime, keep: Rotation = Rotation()
) -> list[Path]:
    """Delete the copies the rotation no longer keeps; return what was deleted.

    Never deletes a protected copy younger than ``keep.protect_days``, and never the last
    backup there is: with nothing else kept, the newest copy stays.
    """
    backups = list_backups(folder, db_path)
    kept = set(roles(backups, keep))
    young = now - dt.timedelta(days=keep.protect_days)
    kept |= {b.path for b in backups if b.kind is not BackupKind.DAILY and b.made >= young}
    if backups and not kept:
        kept.add(backups[0].path)
    deleted = []
    for backup in backups:
        if backup.path not in kept:
            backup.path.unlink(missing_ok=True)
            deleted.append(backup.path)
    return deleted


def daily_due(folder: Path, db_path: Path, today: dt.date) -> bool:
    """True when today has no daily copy yet: one a day is enough, not one per start."""
    return not any(
        b.kind is BackupKind.DAILY and b.made.date() == today for b in list_backups(folder, db_path)
    )


def backup_work(
    db_path: Path, folder: Path, kind: BackupKind, now: dt.datetime
) -> Generator[tuple[int, int], None, "Backup | BackupFailed"]:
    """Make one backup and run the rotation, as long work (``core.progress``): returns
    the Backup, or the refusal to show in the user's language."""
    yield 0, 1
    try:
        made = make_backup(db_path, folder, kind, now)
    except BackupFailed as failed:
        return failed
    rotate(folder, db_path, now)
    remove_stale_copies(db_path, folder)  # what interrupted copies left, here and beside
    yield 1, 1
    return made
