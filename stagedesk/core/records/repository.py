"""Loading, saving and deleting one record, each in its own short unit of work."""

import datetime as dt
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from typing import Any, TypeVar

from sqlalchemy import func, inspect, select
from sqlalchemy.orm import Session, sessionmaker
from sqlalchemy.orm.exc import StaleDataError

from stagedesk.core.models import Base
from stagedesk.core.records.validation import ValidationFailed, validate

M = TypeVar("M", bound=Base)
Sessions = sessionmaker[Session]

# Work that belongs in the same transaction as a save (an internship's checklists):
# called with the session, the saved record and its values before the save ({} if new).
AfterSave = Callable[[Session, Any, dict[str, Any]], None]

# Columns StageDesk manages itself; an editor never sets them.
MANAGED = frozenset({"id", "version", "created_at", "updated_at"})


class RecordGone(Exception):
    """The record was deleted (by another window or coordinator) while it was open."""


class RecordChanged(Exception):
    """The record was saved elsewhere since it was loaded; saving now would overwrite that."""


@dataclass(frozen=True)
class Reference:
    """Records of another table that still point at the one to delete."""

    table: str
    count: int


class StillReferenced(Exception):
    def __init__(self, references: list[Reference]) -> None:
        super().__init__(", ".join(f"{r.count} {r.table}" for r in references))
        self.references = references


def editable_columns(model: type[Base]) -> list[str]:
    return [c.key for c in inspect(model).column_attrs if c.key not in MANAGED]


def load(sessions: Sessions, model: type[Base], record_id: int) -> dict[str, Any]:
    """The record's editable values plus its ``version``."""
    with sessions() as session:
        record = session.get(model, record_id)
        if record is None:
            raise RecordGone(record_id)
        values = {name: getattr(record, name) for name in editable_columns(model)}
        values["version"] = record.version  # type: ignore[attr-defined]
        return values


def save(
    sessions: Sessions,
    model: type[Base],
    values: Mapping[str, Any],
    record_id: int | None = None,
    *,
    today: dt.date | None = None,
    after: AfterSave | None = None,
) -> int:
    """Validate and save in one transaction; return the record's id.

    ``values["version"]`` (when editing) must be the version that was loaded: if the
    record was saved elsewhere meanwhile, :class:`RecordChanged` is raised and nothing is
    written. ``after`` runs inside the same transaction.
    """
    with sessions.begin() as session:
        issues = validate(model, values, session=session, record_id=record_id, today=today)
        if issues:
            raise ValidationFailed(issues)
        record = _record_for_save(session, model, values, record_id)
        columns = editable_columns(model)
        before = {name: getattr(record, name) for name in columns} if record_id else {}
        for name in columns:
            if name in values:
                setattr(record, name, values[name])
        try:
            session.flush()
        except StaleDataError as error:
            raise RecordChanged(record_id) from error
        if after is not None:
            after(session, record, before)
        return int(record.id)  # type: ignore[attr-defined]


def _record_for_save(
    session: Session, model: type[M], values: Mapping[str, Any], record_id: int | None
) -> M:
    if record_id is None:
        record = model()
        session.add(record)
        return record
    found = session.get(model, record_id)
    if found is None:
        raise RecordGone(record_id)
    if "version" in values and values["version"] != found.version:  # type: ignore[attr-defined]
        raise RecordChanged(record_id)
    return found


def references(session: Session, model: type[Base], record_id: int) -> list[Reference]:
    """Rows elsewhere that block deleting this record (foreign keys without CASCADE)."""
    table = model.__table__
    found: list[Reference] = []
    for other in Base.metadata.sorted_tables:
        for key in other.foreign_keys:
            if key.column.table is not table or key.ondelete == "CASCADE":
                continue
            count = session.scalar(
                select(func.count()).select_from(other).where(key.parent == record_id)
            )
            if count:
                found.append(Reference(other.name, int(count)))
    return _merge(found)


def _merge(found: list[Reference]) -> list[Reference]:
    # A table can point twice at one record (mentor and backup): count it once per table.
    totals: dict[str, int] = {}
    for reference in found:
        totals[reference.table] = totals.get(reference.table, 0) + reference.count
    return [Reference(table, count) for table, count in totals.items()]


def delete(sessions: Sessions, model: type[Base], record_id: int) -> None:
    """Delete one record for good, or raise :class:`StillReferenced` and delete nothing.

    This bypasses the bin (for erasing a person's data); what a user deletes goes to the
    bin through :func:`stagedesk.core.bin.trash.delete_to_bin`.
    """
    with sessions.begin() as session:
        record = session.get(model, record_id)
        if record is None:
            raise RecordGone(record_id)
        blocking = references(session, model, record_id)
        if blocking:
            raise StillReferenced(blocking)
        session.delete(record)


def first_id(session: Session, model: type[Base]) -> int | None:
    """The lowest id of ``model``'s records; None when there are none."""
    column: Any = model.id  # type: ignore[attr-defined]
    return session.scalar(select(column).order_by(column).limit(1))
