"""Ids are never given twice, on SQLite and on PostgreSQL.

A record's id is printed on paper (a form's code leads back to its response), named in
mails and held by the bin for 30 days. If a new record took the id of one deleted, a
code on paper would open the wrong form and the bin could not put the deleted one back
("a record made since has taken its number"). SQLite gives the highest id + 1, so it
reuses a deleted highest id, unless the table is declared AUTOINCREMENT (every table is:
``models.base``); PostgreSQL's sequences never go back. Both counters start past the ids
already used, counting the ids the bin holds: ``reserve_used_ids`` moves them there after
rows were written with their ids (an upgrade, a copy into a new database).
"""

import json
from collections import defaultdict

from sqlalchemy import Connection, MetaData, Table, func, select, text

from stagedesk.core.models.base import id_tables

BIN_TABLE = "bin_entries"


def used_ids(connection: Connection, tables: list[Table]) -> dict[str, int]:
    """The highest id each table has used that is still known: in the table, or in a row
    the bin holds (a deleted record and what went with it)."""
    highest: dict[str, int] = defaultdict(int)
    for table in tables:
        highest[table.name] = int(connection.scalar(select(func.max(table.c.id))) or 0)
    if any(table.name == BIN_TABLE for table in tables):
        for (payload,) in connection.execute(text(f"SELECT payload FROM {BIN_TABLE}")):
            for part in json.loads(payload)["tables"]:
                ids = [int(row["id"]) for row in part["rows"] if "id" in row]
                highest[part["table"]] = max([highest[part["table"]], *ids])
    return dict(highest)


def reserve_used_ids(connection: Connection, metadata: MetaData) -> None:
    """Move each table's id counter past every id it has used (it is never moved back)."""
    tables = id_tables(metadata)
    highest = used_ids(connection, tables)
    for table in tables:
        used = highest.get(table.name, 0)
        if connection.dialect.name == "sqlite":
            _reserve_sqlite(connection, table.name, used)
        elif connection.dialect.name == "postgresql" and used:
            connection.execute(
                text(
                    "SELECT setval(pg_get_serial_sequence(:table, 'id'),"
                    " greatest(:used, (SELECT last_value FROM"
                    f" {_sequence_of(connection, table.name)})), true)"
                ),
                {"table": table.name, "used": used},
            )


def _reserve_sqlite(connection: Connection, table: str, used: int) -> None:
    # sqlite_sequence exists once an AUTOINCREMENT table does; a row per table that
    # has had an id given (none yet for an empty table).
    now = connection.scalar(text("SELECT seq FROM sqlite_sequence WHERE name = :t"), {"t": table})
    if now is None:
        connection.execute(
            text("INSERT INTO sqlite_sequence (name, seq) VALUES (:t, :seq)"),
            {"t": table, "seq": used},
        )
    elif now < used:
        connection.execute(
            text("UPDATE sqlite_sequence SET seq = :seq WHERE name = :t"),
            {"t": table, "seq": used},
        )


def _sequence_of(connection: Connection, table: str) -> str:
    name = connection.scalar(text("SELECT pg_get_serial_sequence(:t, 'id')"), {"t": table})
    assert name is not None, f"{table}.id has no sequence"
    return str(name)
