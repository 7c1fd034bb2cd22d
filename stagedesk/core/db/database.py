"""Opening a StageDesk database safely: look before touching, back up before changing.

Every check here runs on a read-only connection first, so a file that is not ours, is
damaged, or comes from a newer StageDesk is reported and left exactly as it was.
"""

import datetime as dt
import os
import re
import shutil
import sqlite3
import tempfile
from contextlib import closing, suppress
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import Connection, Engine, inspect
from sqlalchemy.engine import URL, make_url
from sqlalchemy.exc import ArgumentError, SQLAlchemyError
from sqlalchemy.orm import Session, sessionmaker

from stagedesk.core.db import migrate
from stagedesk.core.db.backups import BackupKind, default_folder, make_backup
from stagedesk.core.db.engine import (
    BUSY_TIMEOUT_MS,
    make_engine,
    make_session_factory,
    sqlite_backup,
    sqlite_uri,
    sqlite_url,
)
from stagedesk.core.db.paths import backup_path
from stagedesk.core.db.problems import DatabaseProblem, Problem, error_detail
from stagedesk.core.models import Base

__all__ = [
    "Database",
    "DatabaseProblem",
    "Problem",
    "check_sqlite",
    "database_url",
    "open_sqlite",
    "open_url",
    "shown_url",
]

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


def check_sqlite(path: Path) -> str | None:
    """The checks ``open_sqlite`` makes before touching a file, on their own.

    Header, SQLite's quick check, ours or not, a revision this StageDesk knows. Returns the
    revision (None for an empty SQLite file); raises DatabaseProblem. Restoring a backup
    runs this on the copy first, so only a file that would open is put in place.
    """
    revision = _read_revision(path)
    if revision not in (None, migrate.SCHEMA_HEAD) and revision not in migrate.known_revisions():
        raise DatabaseProblem(Problem.NEWER, str(path))
    return revision


def _rollback_journal(path: Path) -> None:
    """Leave WAL if another tool put the file in it: StageDesk uses the rollback journal,
    the mode that is safe in network and synced folders (WAL needs shared memory)."""
    with closing(sqlite3.connect(path, timeout=BUSY_TIMEOUT_MS / 1000)) as connection:
        if connection.execute("PRAGMA journal_mode").fetchone() == ("wal",):
            connection.execute("PRAGMA journal_mode = DELETE")


# A file name is at most 255 characters; the longest name StageDesk puts beside the
# database is its name + ".before-upgrade.partial-journal" (31).
MAX_NAME = 255 - len(".before-upgrade.partial-journal")


def open_sqlite(path: Path, backups: Path | None = None) -> Database:
    """Open (or create) the SQLite file at ``path``, migrating it after a backup copy.

    ``backups`` is the backups folder the copy before a migration goes to (default:
    ``backups.default_folder``).
    """
    path = Path(path)
    if len(path.name) > MAX_NAME:  # its journal, lock and copies would not fit
        raise DatabaseProblem(Problem.NAME_TOO_LONG, str(path), str(MAX_NAME))
    try:
        if path.is_dir():
            raise DatabaseProblem(Problem.IS_FOLDER, str(path))
        has_content = path.exists() and path.stat().st_size > 0
    except OSError as error:  # e.g. a folder on the way that we may not enter
        raise DatabaseProblem(Problem.CANNOT_CONNECT, str(path), str(error)) from error
    revision = check_sqlite(path) if has_content else None
    folder = path.parent
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except OSError as error:
        raise DatabaseProblem(Problem.READ_ONLY, str(path), str(error)) from error
    if not _writable_dir(folder):
        raise DatabaseProblem(Problem.READ_ONLY, str(path))
    if path.exists() and not os.access(path, os.W_OK):
        raise DatabaseProblem(Problem.FILE_READ_ONLY, str(path))
    engine = make_engine(sqlite_url(path))
    try:
        if revision is None:
            migrate.create_at_head(engine)
        else:
            _rollback_journal(path)
            if revision != migrate.SCHEMA_HEAD:
                _upgrade_with_backup(engine, path, backups or default_folder(path))
    except DatabaseProblem:
        engine.dispose()
        raise
    except (SQLAlchemyError, sqlite3.Error) as error:
        engine.dispose()
        raise DatabaseProblem(Problem.CANNOT_CONNECT, str(path), str(error)) from error
    return Database(engine, make_session_factory(engine), str(path), path)


def _upgrade_with_backup(engine: Engine, path: Path, folder: Path) -> None:
    """Two copies first: the one-step ``.before-upgrade`` next to the file, and a checked
    backup in the backups folder that the rotation keeps for months. Either failing
    stops the upgrade (a migration is rare; copying twice then costs little).

    Once the upgrade has succeeded the one-step copy goes: the checked backup holds the
    same, listed and rotated with the others, while a copy beside the file would keep
    everyone's data for ever, erased people included. A failed upgrade keeps it."""
    try:
        sqlite_backup(path, backup_path(path))
        make_backup(path, folder, BackupKind.BEFORE_UPGRADE, dt.datetime.now())
        migrate.upgrade(engine)
    except Exception as error:
        raise DatabaseProblem(Problem.UPGRADE_FAILED, str(path), str(error)) from error
    with suppress(OSError):  # left (read-only?): removed with the stale copies later
        backup_path(path).unlink(missing_ok=True)


def _is_sqlite_file(url: URL) -> bool:
    database = url.database or ""
    return (
        url.get_backend_name() == "sqlite"
        and database not in ("", ":memory:")
        and not database.startswith("file:")  # a URI: passed through as the user wrote it
    )


# A plain "postgresql://" URL means psycopg 3, which StageDesk installs; SQLAlchemy's own
# default driver for it (psycopg2) is not there. "postgres://" is the alias hosts print.
_DEFAULT_DRIVERS = {"postgresql": "postgresql+psycopg", "postgres": "postgresql+psycopg"}
CONNECT_TIMEOUT_S = 10  # an unreachable server is reported, not waited for forever


def database_url(url: str | URL) -> URL:
    """``url`` parsed; a PostgreSQL URL without a driver gets psycopg's."""
    parsed = make_url(url)
    driver = _DEFAULT_DRIVERS.get(parsed.drivername)
    return parsed.set(drivername=driver) if driver else parsed


def shown_url(url: str | URL) -> str:
    """A database URL as StageDesk shows it: the password never, as ``***``."""
    return database_url(url).render_as_string(hide_password=True)


def server_engine(parsed: URL) -> Engine:
    """An engine for a server URL, with a connect timeout for PostgreSQL."""
    if parsed.get_backend_name() == "postgresql" and "connect_timeout" not in parsed.query:
        parsed = parsed.update_query_dict({"connect_timeout": str(CONNECT_TIMEOUT_S)})
    return make_engine(parsed)


def look(connection: Connection) -> tuple[str | None, bool]:
    """A server database's revision, and whether it holds any table named like ours."""
    tables = set(inspect(connection).get_table_names())
    return migrate.current_revision(connection), bool(Base.metadata.tables.keys() & tables)


def open_url(url: str | URL) -> Database:
    """Open a server database (PostgreSQL) by URL; create or upgrade its schema."""
    try:
        parsed = database_url(url)
    except (ArgumentError, ValueError) as error:  # not a URL, or a port that is no number
        hidden = re.sub(r"(//[^:/@]*:)[^@/]*@", r"\1***@", str(url))
        raise DatabaseProblem(Problem.CANNOT_CONNECT, hidden, error_detail(error)) from error
    if _is_sqlite_file(parsed):
        assert parsed.database is not None
        return open_sqlite(Path(parsed.database))
    shown = shown_url(parsed)
    try:
        engine = server_engine(parsed)
    except (ArgumentError, ImportError) as error:  # an unknown kind of database
        raise DatabaseProblem(Problem.CANNOT_CONNECT, shown, error_detail(error)) from error
    try:
        _bring_to_head(engine, shown)
    except BaseException:
        engine.dispose()
        raise
    return Database(engine, make_session_factory(engine), shown)


def _bring_to_head(engine: Engine, shown: str) -> None:
    try:
        with engine.connect() as connection:
            revision, has_tables = look(connection)
    except Exception as error:
        raise DatabaseProblem(Problem.CANNOT_CONNECT, shown, error_detail(error)) from error
    if revision is None and has_tables:
        raise DatabaseProblem(Problem.NOT_STAGEDESK, shown)
    if revision is None:
        try:
            migrate.create_at_head(engine)
        except SQLAlchemyError as error:  # e.g. the role may not create tables
            raise DatabaseProblem(Problem.CANNOT_CONNECT, shown, error_detail(error)) from error
    elif revision == migrate.SCHEMA_HEAD:
        pass  # the usual case, decided without importing Alembic
    elif revision not in migrate.known_revisions():
        raise DatabaseProblem(Problem.NEWER, shown)
    else:
        try:
            migrate.upgrade(engine)
        except Exception as error:
            raise DatabaseProblem(Problem.UPGRADE_FAILED, shown, str(error)) from error
