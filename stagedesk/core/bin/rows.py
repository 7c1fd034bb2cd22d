"""Rows for the bin: which rows a delete removes, as JSON, and putting them back.

Generic over the models: the rows a delete removes are found by walking the foreign keys
with ``ON DELETE CASCADE`` in the metadata, so a new child table is taken along without a
change here. Every foreign key in StageDesk is either CASCADE (the child goes with its
parent) or RESTRICT (the delete is refused); a SET NULL key would change rows that the bin
cannot put back, and a test keeps it from being added unnoticed. Every table has a single
primary key ``id`` that foreign keys point at.

A payload is ``{"format": 1, "tables": [{"table": name, "rows": [{column: value}]}]}``,
parent tables first, every column: dates and times ISO, Decimal as text, bytes base64,
enums as their stored value.
"""

import base64
import datetime as dt
import json
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass
from decimal import Decimal
from enum import Enum
from typing import Any

from sqlalchemy import (
    Column,
    ColumnElement,
    CursorResult,
    Table,
    UniqueConstraint,
    insert,
    or_,
    select,
)
from sqlalchemy.orm import Session

from stagedesk.core.models import Base
from stagedesk.core.records.repository import Reference

FORMAT = 1

Row = dict[str, Any]
Rows = dict[str, list[Row]]  # table name -> rows, in the metadata's parent-first order
Key = tuple[str, int]  # (table name, id)


def table_of(name: str) -> Table:
    return Base.metadata.tables[name]


def model_of(name: str) -> type[Base]:
    """The mapped class of a table, for ``data_changed`` and the like."""
    for mapper in Base.registry.mappers:
        if getattr(mapper.class_, "__tablename__", None) == name:
            return mapper.class_
    raise KeyError(name)


def _order(name: str) -> int:
    return [t.name for t in Base.metadata.sorted_tables].index(name)


def _select_rows(session: Session, table: Table, where: ColumnElement[bool]) -> list[Row]:
    query = select(table).where(where).order_by(table.c.id)
    return [dict(row) for row in session.execute(query).mappings()]


def collect(session: Session, table: Table, record_id: int) -> Rows:
    """The record's row and every row the database's cascades would delete with it."""
    found: Rows = {table.name: _select_rows(session, table, table.c.id == record_id)}
    for other in Base.metadata.sorted_tables:  # parents come before their children
        if other.name in found:
            continue
        conditions = [
            key.parent.in_({row[key.column.name] for row in found[key.column.table.name]})
            for key in other.foreign_keys
            if key.ondelete == "CASCADE" and key.column.table.name in found
        ]
        if conditions:
            rows = _select_rows(session, other, or_(*conditions))
            if rows:
                found[other.name] = rows
    return found


def blocking(session: Session, found: Rows) -> list[Reference]:
    """Rows outside ``found`` that point at a row in it without CASCADE (RESTRICT).

    Looks at the cascaded children too: a school's contact that is an internship's
    supervisor keeps the school from being deleted, and says so.
    """
    pointing: dict[str, set[int]] = defaultdict(set)  # a row pointing twice counts once
    for other in Base.metadata.sorted_tables:
        for key in other.foreign_keys:
            target = key.column.table.name
            if key.ondelete == "CASCADE" or target not in found:
                continue
            ids = {row[key.column.name] for row in found[target]}
            query = select(other.c.id).where(key.parent.in_(ids))
            if other.name in found:
                query = query.where(other.c.id.not_in({row["id"] for row in found[other.name]}))
            pointing[other.name].update(session.scalars(query))
    return [Reference(name, len(ids)) for name, ids in pointing.items() if ids]


# -- the payload ----------------------------------------------------------------------


def _encode(value: Any) -> Any:
    if isinstance(value, Enum):
        return value.value
    if isinstance(value, (dt.date, dt.datetime)):
        return value.isoformat()
    if isinstance(value, Decimal):
        return str(value)
    if isinstance(value, bytes):
        return base64.b64encode(value).decode("ascii")
    return value


def _decode(column: Column[Any], value: Any) -> Any:
    if value is None:
        return None
    kind = column.type.python_type
    if kind is dt.datetime:
        return dt.datetime.fromisoformat(value)
    if kind is dt.date:
        return dt.date.fromisoformat(value)
    if kind is Decimal:
        return Decimal(value)
    if kind is bytes:
        return base64.b64decode(value)
    if issubclass(kind, Enum):
        return kind(value)
    return value


def dumps(found: Rows) -> str:
    tables = [
        {"table": name, "rows": [{k: _encode(v) for k, v in row.items()} for row in rows]}
        for name, rows in sorted(found.items(), key=lambda item: _order(item[0]))
    ]
    return json.dumps({"format": FORMAT, "tables": tables}, ensure_ascii=False)


def loads(payload: str) -> Rows:
    """The rows of a payload, typed for today's tables.

    Columns a table no longer has are left out; columns added since take their defaults.
    """
    found: Rows = {}
    for part in json.loads(payload)["tables"]:
        table = Base.metadata.tables.get(part["table"])
        if table is None:
            continue  # a table a later version dropped: its rows have nowhere to go
        found[table.name] = [
            {c.name: _decode(c, row[c.name]) for c in table.columns if c.name in row}
            for row in part["rows"]
        ]
    return found


def keys(found: Rows) -> set[Key]:
    return {(name, int(row["id"])) for name, rows in found.items() for row in rows}


def count(payload: str) -> int:
    return sum(len(part["rows"]) for part in json.loads(payload)["tables"])


def payload_keys(payload: str) -> set[Key]:
    """The (table, id) of every row in a payload, without decoding the values."""
    parts = json.loads(payload)["tables"]
    return {(part["table"], int(row["id"])) for part in parts for row in part["rows"]}


# -- putting rows back ----------------------------------------------------------------


def pointed_at(found: Rows) -> set[Key]:
    """The records the rows point at that are not among the rows themselves."""
    inside = keys(found)
    wanted: set[Key] = set()
    for name, rows in found.items():
        for key in table_of(name).foreign_keys:
            target = key.column.table.name
            for row in rows:
                value = row.get(key.parent.name)
                if value is not None and (target, int(value)) not in inside:
                    wanted.add((target, int(value)))
    return wanted


def existing(session: Session, wanted: Iterable[Key]) -> set[Key]:
    by_table: dict[str, set[int]] = defaultdict(set)
    for name, record_id in wanted:
        by_table[name].add(record_id)
    found: set[Key] = set()
    for name, ids in by_table.items():
        table = table_of(name)
        found.update(
            (name, int(i)) for i in session.scalars(select(table.c.id).where(table.c.id.in_(ids)))
        )
    return found


@dataclass(frozen=True)
class Clash:
    """A row that cannot come back because another one holds a value that must be unique."""

    table: str
    value: str


def clashes(session: Session, found: Rows) -> list[Clash]:
    """Unique values (a unit's name) taken since by another row."""
    result: list[Clash] = []
    for name, rows in found.items():
        table = table_of(name)
        for column in table.columns:
            if not _unique(table, column):
                continue
            values = {row[column.name] for row in rows if row.get(column.name) is not None}
            if values:
                taken = session.scalars(select(column).where(column.in_(values)))
                result.extend(Clash(name, str(value)) for value in taken)
    return result


def _unique(table: Table, column: Column[Any]) -> bool:
    if column.unique:
        return True
    return any(
        isinstance(constraint, UniqueConstraint)
        and len(constraint.columns) == 1
        and column.name in constraint.columns
        for constraint in table.constraints
    )


def insert_rows(session: Session, found: Rows, keep_ids: set[Key]) -> None:
    """Insert the rows parent tables first, with their ids.

    A cascaded child whose id a new row has taken since (SQLite hands out the highest id
    plus one again) comes back under a new id, and the rows that point at it follow;
    the ids in ``keep_ids`` (the deleted records themselves) are checked beforehand.
    """
    new_ids: dict[Key, int] = {}
    for table in Base.metadata.sorted_tables:
        rows = [_pointing_at_new_ids(table, row, new_ids) for row in found.get(table.name, [])]
        taken = existing(session, ((table.name, int(row["id"])) for row in rows))
        moved = [r for r in rows if (table.name, r["id"]) in taken - keep_ids]
        kept = [r for r in rows if (table.name, r["id"]) not in taken - keep_ids]
        # First, so that a new id given below cannot be one of theirs. Rows from payloads
        # of different schema versions may have different columns: one batch per set.
        by_columns: dict[tuple[str, ...], list[Row]] = defaultdict(list)
        for row in kept:
            by_columns[tuple(row)].append(row)
        for batch in by_columns.values():
            session.execute(insert(table), batch)
        for row in moved:
            values = {name: value for name, value in row.items() if name != "id"}
            result = session.execute(insert(table).values(values))
            assert isinstance(result, CursorResult) and result.inserted_primary_key
            new_ids[(table.name, int(row["id"]))] = int(result.inserted_primary_key[0])


def _pointing_at_new_ids(table: Table, row: Row, new_ids: dict[Key, int]) -> Row:
    values = dict(row)
    for key in table.foreign_keys:
        target = (key.column.table.name, values.get(key.parent.name))
        if target in new_ids:
            values[key.parent.name] = new_ids[target]
    return values
