"""Helpers for tests that run on both kinds of database (see ``any_database``)."""

from typing import Any

from sqlalchemy import Connection, func, select, text

from stagedesk.core.db.database import Database
from stagedesk.core.models import Base


def on_command_line(database: Database) -> list[str]:
    """The options naming ``database`` to the command line: ``--db`` or ``--database-url``.

    The test server needs no password, so the URL StageDesk shows is the whole URL.
    """
    if database.path is not None:
        return ["--db", str(database.path)]
    assert "***" not in database.location
    return ["--database-url", database.location]


# Timestamps are the moment of the insert: everything else must be the same.
VOLATILE = frozenset({"created_at", "updated_at", "stored_at"})


def all_rows(connection: Connection) -> dict[str, list[tuple[Any, ...]]]:
    """Every row of every StageDesk table, by primary key, without insert timestamps."""
    found: dict[str, list[tuple[Any, ...]]] = {}
    for table in Base.metadata.sorted_tables:
        columns = [c for c in table.c if c.name not in VOLATILE]
        query = select(*columns).order_by(*table.primary_key.columns)
        found[table.name] = [tuple(row) for row in connection.execute(query)]
    return found


def sequences_behind(connection: Connection) -> list[str]:
    """PostgreSQL tables whose next id is already taken: the next insert would fail."""
    behind = []
    for table in Base.metadata.sorted_tables:
        if "id" not in table.c:
            continue
        highest = connection.scalar(select(func.max(table.c.id))) or 0
        sequence = connection.scalar(text(f"SELECT pg_get_serial_sequence('{table.name}', 'id')"))
        last, called = connection.execute(
            text(f"SELECT last_value, is_called FROM {sequence}")
        ).one()
        upcoming = last + 1 if called else last
        if upcoming <= highest:
            behind.append(table.name)
    return behind
