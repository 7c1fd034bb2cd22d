"""Opening a StageDesk database safely: look before touching, back up before changing.

Every check here runs on a read-only connection first, so a file that is not ours, is
damaged, or comes from a newer StageDesk is reported and left exactly as it was.
"""

import os
import sqlite3
from dataclasses import dataclass, field
from enum import Enum
from pathlib import Path

from sqlalchemy import Engine
from sqlalchemy.engine import URL, make_url
from sqlalchemy.orm import Session, sessionmaker

from . import migrate
from .engine import make_engine, make_session_factory, sqlite_backup, sqlite_url
from .i18n import QT_TRANSLATE_NOOP
from .models import Base

SQLITE_MAGIC = b"SQLite format 3\x00"
_CONTEXT = "DatabaseProblem"


class Problem(Enum):
    """Why a database cannot be opened; each value is the message shown to the user."""

    NOT_A_DATABASE = QT_TRANSLATE_NOOP(_CONTEXT, "{path} is not a StageDesk database.")
    NOT_STAGEDESK = QT_TRANSLATE_NOOP(
        _CONTEXT, "{path} is a database of another program, not of StageDesk."
    )
    CORRUPT = QT_TRANSLATE_NOOP(
        _CONTEXT, "{path} is damaged and cannot be opened. Restore a backup copy of it."
    )
    NEWER = QT_TRANSLATE_NOOP(
        _CONTEXT,
        "{path} was saved by a newer version of StageDesk. Install the newest StageDesk "
        "to open it.",
    )
    READ_ONLY = QT_TRANSLATE_NOOP(
        _CONTEXT,
        "StageDesk cannot write in the folder of {path}. Choose a folder where you may "
        "save files.",
    )
    IS_FOLDER = QT_TRANSLATE_NOOP(_CONTEXT, "{path} is a folder, not a database file.")
    UPGRADE_FAILED = QT_TRANSLATE_NOOP(
        _CONTEXT,
        "StageDesk could not bring {path} up to date; the file was left as it was. "
        "Details: {detail}",
    )
    CANNOT_CONNECT = QT_TRANSLATE_NOOP(
        _CONTEXT, "StageDesk cannot reach the database {path}. Details: {detail}"
    )


@dataclass
class DatabaseProblem(Exception):
    problem: Problem
    path: str
    detail: str = field(default="")

    def __str__(self) -> str:
        return self.problem.value.format(path=self.path, detail=self.detail)


@dataclass
class Database:
    """An open database: its engine and a factory for short units of work."""

    engine: Engine
    sessions: sessionmaker[Session]
    location: str
    path: Path | None = None

    def dispose(self) -> None:
        self.engine.dispose()


def backup_path(path: Path) -> Path:
    """The one-step copy taken before a migration, next to the database."""
    return path.with_name(path.name + ".before-upgrade")


def _writable_dir(folder: Path) -> bool:
    # os.access alone is fooled by root and by some network shares; trying is the truth.
    probe = folder / f".stagedesk-write-test-{os.getpid()}"
    try:
        probe.write_bytes(b"")
        probe.unlink()
    except OSError:
        return False
    return True


def _read_revision(path: Path) -> str | None:
    """Check a SQLite file read-only: header, integrity, ours or not, its revision."""
    with path.open("rb") as handle:
        if handle.read(16) != SQLITE_MAGIC:
            raise DatabaseProblem(Problem.NOT_A_DATABASE, str(path))
    try:
        connection = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)
        try:
            if connection.execute("PRAGMA quick_check").fetchone() != ("ok",):
                raise DatabaseProblem(Problem.CORRUPT, str(path))
            tables = {row[0] for row in connection.execute("SELECT name FROM sqlite_master")}
            if not tables:
                return None  # an empty SQLite file: nothing to lose, treat as new
            if "alembic_version" not in tables or not {"internships", "units"} <= tables:
                raise DatabaseProblem(Problem.NOT_STAGEDESK, str(path))
            row = connection.execute("SELECT version_num FROM alembic_version").fetchone()
        finally:
            connection.close()
    except sqlite3.DatabaseError as error:
        raise DatabaseProblem(Problem.CORRUPT, str(path), str(error)) from error
    if row is None:
        raise DatabaseProblem(Problem.NOT_STAGEDESK, str(path))
    return str(row[0])


def open_sqlite(path: Path) -> Database:
    """Open (or create) the SQLite file at ``path``, migrating it after a backup copy."""
    path = Path(path)
    if path.is_dir():
        raise DatabaseProblem(Problem.IS_FOLDER, str(path))
    revision = _read_revision(path) if path.exists() and path.stat().st_size else None
    if revision not in (None, migrate.SCHEMA_HEAD) and revision not in migrate.known_revisions():
        raise DatabaseProblem(Problem.NEWER, str(path))
    folder = path.parent
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except OSError as error:
        raise DatabaseProblem(Problem.READ_ONLY, str(path), str(error)) from error
    if not _writable_dir(folder) or (path.exists() and not os.access(path, os.W_OK)):
        raise DatabaseProblem(Problem.READ_ONLY, str(path))
    engine = make_engine(sqlite_url(path))
    if revision is None:
        migrate.create_at_head(engine)
    elif revision != migrate.SCHEMA_HEAD:
        _upgrade_with_backup(engine, path)
    return Database(engine, make_session_factory(engine), str(path), path)


def _upgrade_with_backup(engine: Engine, path: Path) -> None:
    sqlite_backup(path, backup_path(path))
    try:
        migrate.upgrade(engine)
    except Exception as error:
        engine.dispose()
        raise DatabaseProblem(Problem.UPGRADE_FAILED, str(path), str(error)) from error


def open_url(url: str | URL) -> Database:
    """Open a server database (PostgreSQL) by URL; create or upgrade its schema."""
    parsed = make_url(url)
    if parsed.get_backend_name() == "sqlite" and parsed.database:
        return open_sqlite(Path(parsed.database))
    shown = parsed.render_as_string(hide_password=True)
    engine = make_engine(parsed)
    try:
        with engine.connect() as connection:
            revision = migrate.current_revision(connection)
            has_tables = bool(Base.metadata.tables.keys() & set(engine.dialect.get_table_names(connection)))
    except Exception as error:
        engine.dispose()
        raise DatabaseProblem(Problem.CANNOT_CONNECT, shown, str(error)) from error
    if revision is None and has_tables:
        raise DatabaseProblem(Problem.NOT_STAGEDESK, shown)
    if revision is None:
        migrate.create_at_head(engine)
    elif revision not in migrate.known_revisions():
        raise DatabaseProblem(Problem.NEWER, shown)
    elif revision != migrate.SCHEMA_HEAD:
        migrate.upgrade(engine)
    return Database(engine, make_session_factory(engine), shown)
