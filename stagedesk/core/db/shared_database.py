"""A shared database on a server: looking at one before using it, and moving the data of
a laptop's file into it (or back).

``probe`` connects and looks without changing anything, for the settings page's "Test
connection". ``copy_rows`` copies every StageDesk table with SQLAlchemy Core, parents
before children, ids and all, in one transaction on the target; the id counters are then
moved past every id used, the bin's included (``ids``), so no id is ever given twice.
"""

from collections.abc import Generator
from dataclasses import dataclass
from enum import Enum

from sqlalchemy import Connection, Engine, func, select, text
from sqlalchemy.engine import URL

from stagedesk.core.db import migrate
from stagedesk.core.db.database import (
    Database,
    DatabaseProblem,
    Problem,
    database_url,
    look,
    server_engine,
    shown_url,
)
from stagedesk.core.db.ids import reserve_used_ids
from stagedesk.core.db.problems import error_detail
from stagedesk.core.models import Base

BATCH = 1000  # rows per INSERT: few round trips to a server, bounded memory


class ServerState(Enum):
    EMPTY = "empty"  # no tables: StageDesk creates them on its first start there
    CURRENT = "current"  # StageDesk's tables at this version's schema
    OLDER = "older"  # StageDesk's tables of an older version: upgraded at the next start
    NEWER = "newer"  # saved by a newer StageDesk: cannot be used by this one
    OTHER = "other"  # tables of another program: StageDesk will not use it


@dataclass(frozen=True)
class Probe:
    server: str  # e.g. "PostgreSQL 15.18"
    state: ServerState
    revision: str | None


def probe(url: str | URL) -> Probe:
    """Connect to a server database and say what is in it; raises DatabaseProblem."""
    parsed = database_url(url)
    shown = shown_url(parsed)
    engine = server_engine(parsed)
    try:
        with engine.connect() as connection:
            server = _server_name(connection)
            revision, has_tables = look(connection)
    except Exception as error:
        raise DatabaseProblem(Problem.CANNOT_CONNECT, shown, error_detail(error)) from error
    finally:
        engine.dispose()
    return Probe(server, _state(revision, has_tables), revision)


def _server_name(connection: Connection) -> str:
    if connection.dialect.name != "postgresql":
        return connection.dialect.name
    version = connection.scalar(text("SHOW server_version")) or ""
    return f"PostgreSQL {str(version).split()[0]}"


def _state(revision: str | None, has_tables: bool) -> ServerState:
    if revision is None:
        return ServerState.OTHER if has_tables else ServerState.EMPTY
    if revision == migrate.SCHEMA_HEAD:
        return ServerState.CURRENT
    if revision in migrate.known_revisions():
        return ServerState.OLDER
    return ServerState.NEWER


class TargetNotEmpty(Exception):
    """The database to copy into already holds records; nothing was copied."""


def count_rows(engine: Engine) -> int:
    with engine.connect() as connection:
        return sum(
            int(connection.scalar(select(func.count()).select_from(table)) or 0)
            for table in Base.metadata.sorted_tables
        )


def copy_rows(source: Database, target: Database) -> Generator[tuple[int, int], None, int]:
    """Copy every row of ``source`` into the empty ``target`` (both at the newest schema).

    Yields (rows copied, rows in all) as it goes; returns the number of rows copied.
    All or nothing: a failure leaves ``target`` empty.
    """
    total = count_rows(source.engine)
    done = 0
    yield done, total
    with source.engine.connect() as reading, target.engine.begin() as writing:
        if _holds_records(writing):
            raise TargetNotEmpty(target.location)
        for table in Base.metadata.sorted_tables:  # parents before their children
            query = select(table).order_by(*table.primary_key.columns)
            for rows in reading.execution_options(yield_per=BATCH).execute(query).partitions():
                writing.execute(table.insert(), [dict(row._mapping) for row in rows])
                done += len(rows)
                yield done, total
        reserve_used_ids(writing, Base.metadata)  # rows came with their ids
    return done


def _holds_records(connection: Connection) -> bool:
    return any(
        connection.scalar(select(table).limit(1).exists().select()) is True
        for table in Base.metadata.sorted_tables
    )
