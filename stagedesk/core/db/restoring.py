"""Putting a backup back in place of the database: check, keep the current file, swap.

The order is what makes it safe:

1. The backup is checked as opening would check it (``database.check_sqlite``): a file
   that is damaged, not StageDesk's, or from a newer StageDesk is refused and nothing
   changes.
2. The current file is kept: a checked backup ("before a restore") when it is sound; when
   it is damaged, a plain copy next to it, ``<name>.damaged-<time>``, never deleted, with
   its journal moved beside it (a journal left next to the restored file would be played
   into it).
3. The backup is copied next to the database and renamed over it with ``os.replace``,
   which is atomic: after a crash there is either the old file or the restored one.

The caller closes its own connections first (on Windows an open file cannot be replaced)
and, in the GUI, holds the lock on the database (``locking``).
"""

import datetime as dt
import shutil
from dataclasses import dataclass
from pathlib import Path

from stagedesk.core.db.backups import STAMP, Backup, BackupKind, check_copy, make_backup
from stagedesk.core.db.database import check_sqlite
from stagedesk.core.db.engine import sqlite_backup
from stagedesk.core.db.problems import DatabaseProblem, Problem, Refusal
from stagedesk.core.i18n import QT_TRANSLATE_NOOP

SIDECARS = ("-journal", "-wal", "-shm")
SAME_FILE = QT_TRANSLATE_NOOP("Backups", "{path} is the database itself, not a backup of it.")
EMPTY = QT_TRANSLATE_NOOP("Backups", "{path} is an empty database, not a backup.")


class RestoreRefused(Refusal):
    """The backup cannot be put back; nothing was changed."""

    context = "Backups"

    @classmethod
    def because(cls, problem: Problem, path: Path, detail: object = "") -> "RestoreRefused":
        """Refused for one of the reasons opening gives (translated in their context)."""
        refused = cls(problem.value, path=path, detail=detail)
        refused.context = "DatabaseProblem"
        return refused


@dataclass(frozen=True)
class Restored:
    """What became of the file that was replaced."""

    kept: Path | None  # its backup, or the damaged file's copy; None if there was none
    damaged: bool


def check_restorable(db_path: Path, backup: Path) -> None:
    """Raise RestoreRefused unless ``backup`` is a sound StageDesk database to put back."""
    if backup.resolve() == db_path.resolve():
        raise RestoreRefused(SAME_FILE, path=backup)
    try:
        revision = check_sqlite(backup)
    except DatabaseProblem as problem:
        raise RestoreRefused.because(problem.problem, backup, problem.detail) from problem
    if revision is None:
        raise RestoreRefused(EMPTY, path=backup)


def _set_aside(db_path: Path, now: dt.datetime) -> Path:
    """Keep a damaged file as it is, under a name that says so; move its journal along."""
    kept = db_path.with_name(f"{db_path.name}.damaged-{now.strftime(STAMP)}")
    shutil.copyfile(db_path, kept)
    for suffix in SIDECARS:
        sidecar = db_path.with_name(db_path.name + suffix)
        if sidecar.exists():
            sidecar.replace(kept.with_name(kept.name + suffix))
    return kept


def _keep_current(db_path: Path, folder: Path, now: dt.datetime) -> Restored:
    if not db_path.exists():
        return Restored(None, damaged=False)
    if check_copy(db_path):
        kept: Backup = make_backup(db_path, folder, BackupKind.BEFORE_RESTORE, now)
        return Restored(kept.path, damaged=False)
    return Restored(_set_aside(db_path, now), damaged=True)


def _verify(path: Path) -> None:
    if not check_copy(path):
        raise RestoreRefused.because(Problem.CORRUPT, path)


def restore(db_path: Path, backup: Path, folder: Path, now: dt.datetime) -> Restored:
    """Put ``backup`` in place of ``db_path`` after keeping the current file (see above).

    Raises RestoreRefused (nothing changed) or BackupFailed (the current file could not be
    backed up, so it was not replaced).
    """
    check_restorable(db_path, backup)
    restored = _keep_current(db_path, folder, now)
    try:
        sqlite_backup(backup, db_path, verify=_verify)  # .partial, checked, os.replace
    except OSError as error:
        raise RestoreRefused.because(Problem.CANNOT_CONNECT, db_path, error) from error
    return restored


def newest_good(backups: list[Backup]) -> tuple[Backup | None, list[Backup]]:
    """The newest backup that would open, and those newer than it that failed the check.

    Looks newest first and stops at the first good one: checking each costs a quarter
    second on a large database.
    """
    bad: list[Backup] = []
    for backup in backups:
        try:
            check_sqlite(backup.path)
        except DatabaseProblem:
            bad.append(backup)
            continue
        return backup, bad
    return None, bad
