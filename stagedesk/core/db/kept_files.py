"""The files StageDesk keeps, which no file it writes may replace — the one output-path
guard for every command and dialog that writes a file.

Whatever the suffix the user typed, a PDF, workbook, calendar or mail written over the
database, its journal or lock, its before-upgrade copy, a backup, a document or a mail
draft would destroy what nothing else holds. So before writing, the target is compared
with them on the file system (the same file under another name, through a link or in
another case counts too), and any existing SQLite database is refused by its content,
wherever it lies.
"""

import os
from pathlib import Path

from stagedesk.core.db.locking import file_age, lock_path
from stagedesk.core.db.paths import backup_path, beside
from stagedesk.core.db.problems import Refusal
from stagedesk.core.i18n import QT_TRANSLATE_NOOP

SQLITE_HEADER = b"SQLite format 3\x00"
JOURNALS = ("-journal", "-wal", "-shm")
KEPT_FOLDERS = ("documents", "drafts", "backups")

IS_DATABASE = QT_TRANSLATE_NOOP(
    "KeptFiles",
    "{file} is a StageDesk database: writing over it would destroy its records. "
    "Choose another file.",
)
BELONGS_TO_DATABASE = QT_TRANSLATE_NOOP(
    "KeptFiles",
    "{file} belongs to the database {database} (its journal, lock or safety copy). "
    "Choose another file.",
)
IN_KEPT_FOLDER = QT_TRANSLATE_NOOP(
    "KeptFiles",
    "{file} is in {folder}, where StageDesk keeps its own files. Choose another folder.",
)


class WouldOverwrite(Refusal):
    """Writing ``target`` would replace a file StageDesk keeps."""

    context = "KeptFiles"


def check_not_kept(target: Path, db_path: Path | None, own_backups: Path | None = None) -> None:
    """Raise WouldOverwrite when writing ``target`` would replace a kept file.

    ``db_path`` is the database's file (None for a server database); ``own_backups`` a
    backups folder the user chose instead of the one beside the database.
    """
    if _is_database(target):
        raise WouldOverwrite(IS_DATABASE, file=target)
    if db_path is not None:
        journals = [db_path.with_name(db_path.name + end) for end in JOURNALS]
        for kept in (db_path, *journals, lock_path(db_path), backup_path(db_path)):
            if _same(target, kept):
                raise WouldOverwrite(BELONGS_TO_DATABASE, file=target, database=db_path)
    folders = [beside(db_path, what) for what in KEPT_FOLDERS]
    for folder in (*folders, *([own_backups] if own_backups else [])):
        if _inside(target, folder):
            raise WouldOverwrite(IN_KEPT_FOLDER, file=target, folder=folder)


def _is_database(path: Path) -> bool:
    try:
        with path.open("rb") as file:
            return file.read(len(SQLITE_HEADER)) == SQLITE_HEADER
    except OSError:
        return False  # not there (or not readable): nothing to protect by its content


def _same(target: Path, kept: Path) -> bool:
    try:
        if target.samefile(kept):  # a hard link, or another spelling of the same file
            return True
    except OSError:
        pass  # one of them does not exist (yet)
    return _resolved(target) == _resolved(kept)


def _inside(target: Path, folder: Path) -> bool:
    return _resolved(target).is_relative_to(_resolved(folder))


def _resolved(path: Path) -> Path:
    # normcase: on Windows "DB.SQLITE" is the same file as "db.sqlite"
    return Path(os.path.normcase(path.expanduser().resolve(strict=False)))


# A copy of a database takes seconds; one not touched for an hour was interrupted (a
# crash, a laptop closed) and will never be finished.
STALE_COPY_SECONDS = 3600


def stale_copies(db_path: Path, backups: Path) -> list[Path]:
    """Copies of this database nothing lists: what an interrupted backup, restore or
    upgrade left half-made (``.partial``), and the one-step copy an upgrade of an older
    StageDesk left beside it (the checked backup of that upgrade is in the rotation).
    Whole-sized files with everyone's data, erased people included. Only called with the
    database open at the newest schema, so none of them is still needed."""
    upgrade_copy = backup_path(db_path)
    candidates = [
        db_path.with_name(db_path.name + ".partial"),
        upgrade_copy,
        upgrade_copy.with_name(upgrade_copy.name + ".partial"),
    ]
    if backups.is_dir():
        candidates += sorted(backups.glob(f"{db_path.stem}-*.partial"))
    candidates += [path.with_name(path.name + "-journal") for path in candidates]
    return [p for p in candidates if p.is_file() and file_age(p) > STALE_COPY_SECONDS]


def remove_stale_copies(db_path: Path, backups: Path) -> list[Path]:
    """Remove :func:`stale_copies`; the ones removed (one that cannot be is left)."""
    removed = []
    for path in stale_copies(db_path, backups):
        try:
            path.unlink()
        except OSError:
            continue  # read-only or gone: listed again next time
        removed.append(path)
    return removed
