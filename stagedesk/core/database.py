"""Opening a StageDesk database safely: look before touching, back up before changing.

Every check here runs on a read-only connection first, so a file that is not ours, is
damaged, or comes from a newer StageDesk is reported and left exactly as it was.
"""

import os
import shutil
import sqlite3
import tempfile
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import Engine, inspect
from sqlalchemy.engine import URL, make_url
from sqlalchemy.exc import SQLAlchemyError
from sqlalchemy.orm import Session, sessionmaker

from . import migrate
from .engine import (
    BUSY_TIMEOUT_MS,
    make_engine,
    make_session_factory,
    sqlite_backup,
    sqlite_uri,
    sqlite_url,
)
from .models import Base
from .problems import DatabaseProblem, Problem

__all__ = ["Database", "DatabaseProblem", "Problem", "open_sqlite", "open_url"]

SQLITE_MAGIC = b"SQLite format 3\x00"
# The journal of a crashed writer needs rolling back, which a read-only connection cannot.
SQLITE_READONLY_ROLLBACK = 776


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
    # A unique name: two threads or processes probing at once must not remove each
    # other's probe (which made the second one report a read-only folder).
    try:
        handle, probe = tempfile.mkstemp(prefix=".stagedesk-write-test-", dir=folder)
        os.close(handle)
        Path(probe).unlink()
    except OSError:
        return False
    return True


def _sqlite_problem(error: sqlite3.Error, path: Path) -> DatabaseProblem:
    """What a SQLite error while looking at ``path`` means for the user.

    Only SQLite's own verdict "corrupt" or "not a database" says the file is damaged; a
    lock held too long, an unreadable file or an I/O error are no reason to tell the user
    to restore a backup.
    """
    code = getattr(error, "sqlite_errorcode", None)
    if code is not None and code & 0xFF in (sqlite3.SQLITE_CORRUPT, sqlite3.SQLITE_NOTADB):
        return DatabaseProblem(Problem.CORRUPT, str(path), str(error))
    return DatabaseProblem(Problem.CANNOT_CONNECT, str(path), str(error))


def _inspect(path: Path) -> str | None:
    """Integrity, ours or not, and revision of a SQLite file, on a read-only connection."""
    connection = sqlite3.connect(sqlite_uri(path), uri=True, timeout=BUSY_TIMEOUT_MS / 1000)
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
    if row is None:
        raise DatabaseProblem(Problem.NOT_STAGEDESK, str(path))
    return str(row[0])


def _journal(path: Path) -> Path:
    return path.with_name(path.name + "-journal")


def _recover_interrupted(path: Path) -> None:
    """Roll back the transaction a crashed program left in ``path``'s hot journal.

    A read-only connection cannot do that (SQLITE_READONLY_ROLLBACK). The file is judged
    on a copy first, so one that is not ours, or that SQLite finds damaged, stays as it is.
    """
    with tempfile.TemporaryDirectory(prefix="stagedesk-check-") as scratch:
        copy = Path(scratch) / path.name
        shutil.copyfile(path, copy)
        try:
            shutil.copyfile(_journal(path), _journal(copy))
        except FileNotFoundError:
            return  # another process has just rolled it back
        connection = sqlite3.connect(copy, timeout=BUSY_TIMEOUT_MS / 1000)
        try:
            connection.execute("PRAGMA schema_version").fetchone()  # rolls the copy back
        finally:
            connection.close()
        try:
            _inspect(copy)
        except DatabaseProblem as problem:
            raise DatabaseProblem(problem.problem, str(path), problem.detail) from problem
    if not _writable_dir(path.parent):
        raise DatabaseProblem(Problem.READ_ONLY, str(path))
    connection = sqlite3.connect(path, timeout=BUSY_TIMEOUT_MS / 1000)
    try:
        connection.execute("PRAGMA schema_version").fetchone()
    finally:
        connection.close()


def _read_revision(path: Path) -> str | None:
    """Check a SQLite file read-only: header, integrity, ours or not, its revision."""
    try:
        with path.open("rb") as handle:
            header = handle.read(len(SQLITE_MAGIC))
    except OSError as error:
        raise DatabaseProblem(Problem.CANNOT_CONNECT, str(path), str(error)) from error
    if header != SQLITE_MAGIC:
        raise DatabaseProblem(Problem.NOT_A_DATABASE, str(path))
    try:
        try:
            return _inspect(path)
        except sqlite3.DatabaseError as error:
            if getattr(error, "sqlite_errorcode", None) != SQLITE_READONLY_ROLLBACK:
                raise
        _recover_interrupted(path)
        return _inspect(path)
    except sqlite3.Error as error:
        raise _sqlite_problem(error, path) from error
    except OSError as error:
        raise DatabaseProblem(Problem.CANNOT_CONNECT, str(path), str(error)) from error


def open_sqlite(path: Path) -> Database:
    """Open (or create) the SQLite file at ``path``, migrating it after a backup copy."""
    path = Path(path)
    try:
        if path.is_dir():
            raise DatabaseProblem(Problem.IS_FOLDER, str(path))
        has_content = path.exists() and path.stat().st_size > 0
    except OSError as error:  # e.g. a folder on the way that we may not enter
        raise DatabaseProblem(Problem.CANNOT_CONNECT, str(path), str(error)) from error
    revision = _read_revision(path) if has_content else None
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
    try:
        if revision is None:
            migrate.create_at_head(engine)
        elif revision != migrate.SCHEMA_HEAD:
            _upgrade_with_backup(engine, path)
    except DatabaseProblem:
        engine.dispose()
        raise
    except SQLAlchemyError as error:
        engine.dispose()
        raise DatabaseProblem(Problem.CANNOT_CONNECT, str(path), str(error)) from error
    return Database(engine, make_session_factory(engine), str(path), path)


def _upgrade_with_backup(engine: Engine, path: Path) -> None:
    try:
        sqlite_backup(path, backup_path(path))
        migrate.upgrade(engine)
    except Exception as error:
        raise DatabaseProblem(Problem.UPGRADE_FAILED, str(path), str(error)) from error


def _is_sqlite_file(url: URL) -> bool:
    database = url.database or ""
    return (
        url.get_backend_name() == "sqlite"
        and database not in ("", ":memory:")
        and not database.startswith("file:")  # a URI: passed through as the user wrote it
    )


def open_url(url: str | URL) -> Database:
    """Open a server database (PostgreSQL) by URL; create or upgrade its schema."""
    parsed = make_url(url)
    if _is_sqlite_file(parsed):
        assert parsed.database is not None
        return open_sqlite(Path(parsed.database))
    shown = parsed.render_as_string(hide_password=True)
    engine = make_engine(parsed)
    try:
        try:
            with engine.connect() as connection:
                revision = migrate.current_revision(connection)
                has_tables = bool(
                    Base.metadata.tables.keys() & set(inspect(connection).get_table_names())
                )
        except Exception as error:
            raise DatabaseProblem(Problem.CANNOT_CONNECT, shown, str(error)) from error
        if revision is None and has_tables:
            raise DatabaseProblem(Problem.NOT_STAGEDESK, shown)
        if revision is None:
            migrate.create_at_head(engine)
        elif revision == migrate.SCHEMA_HEAD:
            pass  # the usual case, decided without importing Alembic
        elif revision not in migrate.known_revisions():
            raise DatabaseProblem(Problem.NEWER, shown)
        else:
            try:
                migrate.upgrade(engine)
            except Exception as error:
                raise DatabaseProblem(Problem.UPGRADE_FAILED, shown, str(error)) from error
    except BaseException:
        engine.dispose()
        raise
    return Database(engine, make_session_factory(engine), shown)
