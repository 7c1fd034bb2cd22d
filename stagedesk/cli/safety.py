"""Command line: backups and restore of a SQLite database.

stagedesk backup [--to FOLDER]       a checked copy ("made by hand"), then the rotation;
                                     prints the file made
stagedesk backups [--in FOLDER]      one line per backup: date, kind, size, file
stagedesk restore FILE [--yes]       put a backup back; the current file is backed up first

The folder is the one chosen on the Settings page for this database, else
``<db stem>-backups`` next to it. ``restore`` refuses while a StageDesk window has the
database open (its lock file) and takes the lock itself while it swaps the file; the other
commands are short and need no lock (SQLite's own locking keeps the copy consistent).
"""

import argparse
import datetime as dt
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

EXIT_REFUSED = 2
Opener = Callable[[argparse.Namespace], Any]


def add_commands(commands: Any, database: argparse.ArgumentParser, opener: Opener) -> None:
    del opener  # these commands work on the file, not through an open database
    backup = commands.add_parser(
        "backup", parents=[database], help="make a checked backup copy of the database now"
    )
    backup.add_argument("--to", type=Path, metavar="FOLDER", help="the backups folder")
    backup.set_defaults(handler=_run_backup)
    listing = commands.add_parser(
        "backups", parents=[database], help="list the backups: date, kind, size, file"
    )
    listing.add_argument("--in", dest="to", type=Path, metavar="FOLDER")
    listing.set_defaults(handler=_run_backups)
    restore = commands.add_parser(
        "restore", parents=[database], help="replace the database by a backup copy"
    )
    restore.add_argument("file", type=Path, metavar="FILE")
    restore.add_argument("--yes", action="store_true", help="do not ask first")
    restore.set_defaults(handler=_run_restore)


def _refuse(text: str) -> int:
    print(f"stagedesk: {text}", file=sys.stderr)
    return EXIT_REFUSED


def _where(args: argparse.Namespace) -> tuple[Path, Path] | None:
    """The database file and its backups folder; None for a server database."""
    from stagedesk.core.db.paths import default_database

    if args.db_url:
        return None
    db_path = Path(args.db or default_database())
    if args.to is not None:
        return db_path, args.to
    from stagedesk.ui.kit.settings import backup_folder, open_settings

    return db_path, backup_folder(open_settings(), db_path)


SERVER = "backups are made of a SQLite file; back up a PostgreSQL database with pg_dump"


def _run_backup(args: argparse.Namespace) -> int:
    from stagedesk.core.db.backups import BackupFailed, BackupKind, make_backup, rotate
    from stagedesk.core.db.database import check_sqlite
    from stagedesk.messages import refusal_text

    where = _where(args)
    if where is None:
        return _refuse(SERVER)
    db_path, folder = where
    check_sqlite(db_path)  # a file that would not open is no database to back up
    now = dt.datetime.now()
    try:
        made = make_backup(db_path, folder, BackupKind.MANUAL, now)
    except BackupFailed as failed:
        return _refuse(refusal_text(failed))
    rotate(folder, db_path, now)
    print(made.path)
    return 0


def _run_backups(args: argparse.Namespace) -> int:
    from PySide6.QtCore import QCoreApplication

    from stagedesk.core.db.backups import KIND_LABELS, list_backups, roles, shown_kind

    where = _where(args)
    if where is None:
        return _refuse(SERVER)
    db_path, folder = where
    backups = list_backups(folder, db_path)
    kept = roles(backups)
    for backup in backups:
        kind = QCoreApplication.translate("Backups", KIND_LABELS[shown_kind(backup, kept)])
        made = backup.made.strftime("%Y-%m-%d %H:%M")
        print(f"{made}\t{kind}\t{backup.size}\t{backup.path}")
    return 0


def _run_restore(args: argparse.Namespace) -> int:
    from stagedesk.core.db.backups import BackupFailed
    from stagedesk.core.db.locking import LockHeld, acquire
    from stagedesk.core.db.restoring import RestoreRefused, check_restorable, restore
    from stagedesk.messages import refusal_text

    args.to = None
    where = _where(args)
    if where is None:
        return _refuse(SERVER)
    db_path, folder = where
    try:
        check_restorable(db_path, args.file)
        lock = acquire(db_path, dt.datetime.now())
    except (RestoreRefused, LockHeld) as refused:
        return _refuse(refusal_text(refused))
    try:
        if not args.yes and not _confirm(db_path, args.file):
            return _refuse(f"{db_path} was left as it was (restore with --yes to skip asking)")
        done = restore(db_path, args.file, folder, dt.datetime.now())
    except (RestoreRefused, BackupFailed) as refused:
        return _refuse(refusal_text(refused))
    finally:
        lock.release()
    print(f"{db_path}\trestored from {args.file}")
    if done.kept is not None:
        print(f"{done.kept}\tthe file it replaced" + (" (damaged)" if done.damaged else ""))
    return 0


def _confirm(db_path: Path, backup: Path) -> bool:
    if not sys.stdin.isatty():
        return False
    answer = input(f"Replace {db_path} by {backup}? The current file is backed up first. [y/N] ")
    return answer.strip().casefold() in ("y", "yes", "j", "ja", "o", "oui")
