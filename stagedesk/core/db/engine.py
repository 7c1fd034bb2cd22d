"""Engines and sessions: SQLite set up for safety, any other URL (PostgreSQL) as is."""

import sqlite3
from collections.abc import Callable
from contextlib import closing
from pathlib import Path, PurePath
from typing import Any
from urllib.parse import quote

from sqlalchemy import Engine, create_engine, event
from sqlalchemy.engine import URL, make_url
from sqlalchemy.orm import Session, sessionmaker
from sqlalchemy.pool import ConnectionPoolEntry

BUSY_TIMEOUT_MS = 15_000
BACKUP_STEP_PAGES = 1024  # 4 MB at SQLite's default page size


def sqlite_url(path: Path) -> URL:
    return URL.create("sqlite+pysqlite", database=str(path))


def sqlite_uri(path: PurePath, mode: str = "ro") -> str:
    """A ``file:`` URI for ``sqlite3.connect(..., uri=True)``, e.g. to open read-only.

    Not ``Path.as_uri()``: that turns a Windows network path (\\\\server\\share\\x) into
    ``file://server/share/x``, and SQLite refuses any URI authority but "localhost".
    Characters SQLite would read as syntax (``?``, ``#``, ``%``) are escaped.
    """
    if not path.is_absolute():
        path = Path(path).absolute()
    location = path.as_posix()  # /home/x, C:/x, //server/share/x
    if not location.startswith("/"):
        location = "/" + location  # SQLite drops the slash before a drive letter
    return f"file://{quote(location, safe='/:')}?mode={mode}"


def _configure_sqlite_connection(dbapi_connection: Any, _record: ConnectionPoolEntry) -> None:
    # We start transactions ourselves (see _begin_immediate); pysqlite's own implicit
    # BEGIN would otherwise run DDL outside transactions and start readers as DEFERRED.
    dbapi_connection.isolation_level = None
    cursor = dbapi_connection.cursor()
    cursor.execute("PRAGMA foreign_keys = ON")
    cursor.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
    # The rollback journal (never WAL: its shared-memory file breaks on network and synced
    # folders) with a sync at every commit: SQLite's own default, said out loud so that a
    # build with other defaults cannot lose the last saves when a laptop loses power.
    cursor.execute("PRAGMA synchronous = FULL")
    cursor.close()


def _begin_immediate(connection: Any) -> None:
    # IMMEDIATE takes the write lock at the start, so two processes doing
    # read-modify-write never both read the old value: the second waits (busy timeout).
    connection.exec_driver_sql("BEGIN IMMEDIATE")


def make_engine(url: str | URL, *, echo: bool = False) -> Engine:
    """An engine for ``url``; for SQLite with foreign keys, busy timeout, BEGIN IMMEDIATE."""
    url = make_url(url)
    if url.get_backend_name() != "sqlite":
        return create_engine(url, echo=echo, pool_pre_ping=True)
    engine = create_engine(
        url,
        echo=echo,
        connect_args={"check_same_thread": False, "timeout": BUSY_TIMEOUT_MS / 1000},
    )
    event.listen(engine, "connect", _configure_sqlite_connection)
    event.listen(engine, "begin", _begin_immediate)
    return engine


def make_session_factory(engine: Engine) -> sessionmaker[Session]:
    # expire_on_commit=False: records read in a unit of work stay readable after it ends,
    # which is what the UI wants when it shows what was just saved.
    return sessionmaker(engine, expire_on_commit=False)


def sqlite_backup(
    source: Path,
    target: Path,
    *,
    verify: Callable[[Path], None] | None = None,
    progress: Callable[[int, int], None] | None = None,
) -> None:
    """A consistent copy of a live SQLite file through SQLite's online backup API.

    The copy is written as ``<target>.partial``; ``verify`` (which raises to refuse it)
    looks at that finished copy before it is renamed to ``target``, so a copy that is
    incomplete or fails its check never carries the name of a backup. With ``progress``
    the copy goes in steps of BACKUP_STEP_PAGES, calling ``progress(copied, total)`` pages
    after each; a write by another connection in between makes SQLite start over, so the
    copy is still one moment of the database. Without, it is one step under a read lock.
    """
    target.parent.mkdir(parents=True, exist_ok=True)
    partial = target.with_name(target.name + ".partial")
    leftovers = (partial, partial.with_name(partial.name + "-journal"))
    for leftover in leftovers:  # of an interrupted earlier copy; may not be a database
        leftover.unlink(missing_ok=True)
    steps: dict[str, Any] = {}
    if progress is not None:
        steps = {
            "pages": BACKUP_STEP_PAGES,
            "progress": lambda _status, left, total: progress(total - left, total),
        }
    try:
        # closing(): a sqlite3 connection's own "with" only commits, it does not close,
        # and an open handle keeps the file locked on Windows.
        with (
            closing(
                sqlite3.connect(sqlite_uri(source), uri=True, timeout=BUSY_TIMEOUT_MS / 1000)
            ) as src,
            closing(sqlite3.connect(partial)) as dst,
        ):
            src.backup(dst, **steps)
        if verify is not None:
            verify(partial)
        partial.replace(target)  # atomic: a crash never leaves half a backup under its name
    except BaseException:
        for leftover in leftovers:
            leftover.unlink(missing_ok=True)
        raise
