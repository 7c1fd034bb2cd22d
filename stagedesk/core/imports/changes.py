"""What a newer version of a list changes in records an earlier import made.

A row already in StageDesk (the same person, and the same internship by unit and start, or
the same application) is compared field by field with its records. Every difference is a
:class:`Change` the user sees (old → new) and applies or not; nothing is written before.

An empty cell never erases what StageDesk holds, and what StageDesk filled in itself (a
status taken from the dates, "other" for no kind) never changes it: only what the list
says. When several rows speak of one record, the last one in the list (the newest, in a
list kept over the years) is the one compared.
"""

import datetime as dt
from collections.abc import Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass
from decimal import Decimal
from enum import StrEnum
from typing import Any

from sqlalchemy import select, update
from sqlalchemy.orm import Session

from stagedesk.core.i18n import QT_TRANSLATE_NOOP
from stagedesk.core.imports.columns import Column
from stagedesk.core.imports.rows import ImportRow, RowProblem
from stagedesk.core.imports.words import APPLICATION_STATUS
from stagedesk.core.models import (
    Application,
    Base,
    Candidate,
    Internship,
    InternshipStatus,
)
from stagedesk.core.text import fold

CHANGED_SINCE = QT_TRANSLATE_NOOP(
    "Import", "{who} was changed in StageDesk since the list was checked. Check it again."
)
CHUNK = 500  # ids per query: well under every database's limit on parameters


class Kind(StrEnum):
    """The kinds of record a list row can change."""

    CANDIDATE = "candidate"
    APPLICATION = "application"
    INTERNSHIP = "internship"


_MODELS: dict[Kind, type[Base]] = {
    Kind.CANDIDATE: Candidate,
    Kind.APPLICATION: Application,
    Kind.INTERNSHIP: Internship,
}

# The record's field, and the import column whose value goes there.
FIELDS: dict[Kind, dict[str, Column]] = {
    Kind.CANDIDATE: {
        "email": Column.EMAIL,
        "date_of_birth": Column.DATE_OF_BIRTH,
        "gender": Column.GENDER,
        "education_level": Column.EDUCATION_LEVEL,
    },
    Kind.APPLICATION: {"status": Column.STATUS},
    Kind.INTERNSHIP: {
        "end_date": Column.END_DATE,
        "kind": Column.KIND,
        "status": Column.STATUS,
        "hours_per_week": Column.HOURS,
        "total_hours": Column.TOTAL_HOURS,
        "days_per_week": Column.DAYS_PER_WEEK,
        "paid": Column.PAID,
        "allowance": Column.ALLOWANCE,
        "unpaid_reason": Column.UNPAID_REASON,
        "hired_later": Column.HIRED_LATER,
        "hired_date": Column.HIRED_DATE,
        "hired_function": Column.HIRED_FUNCTION,
    },
}


@dataclass(frozen=True)
class Found:
    """A row that is about a record StageDesk already holds."""

    row: ImportRow
    kind: Kind
    id: int


@dataclass(frozen=True)
class Change:
    """One field of one record, as StageDesk holds it and as the list gives it."""

    row: int  # the list's row that gives the new value
    kind: Kind
    id: int
    field: str
    old: Any
    new: Any
    who: str  # the person the record is about, as the list writes the name

    @property
    def column(self) -> Column:
        return FIELDS[self.kind][self.field]

    @property
    def key(self) -> tuple[Kind, int, str]:
        return self.kind, self.id, self.field


def list_value(row: ImportRow, kind: Kind, field: str) -> Any:
    """What the row says for a record's field; None when it says nothing (or StageDesk
    filled it in itself)."""
    column = FIELDS[kind][field]
    if column.value in row.assumed:
        return None
    value = getattr(row, column.value)
    if field != "status" or value is None:
        return value
    if kind is Kind.APPLICATION:
        return APPLICATION_STATUS.get(value)
    return InternshipStatus(str(value)) if value.is_internship else None


def shown(value: Any) -> str:
    """A value as the command line shows it: dd/mm/yyyy, yes and no, a dash for nothing."""
    if value is None:
        return "—"
    if isinstance(value, bool):
        return "yes" if value else "no"
    if isinstance(value, dt.date):
        return value.strftime("%d/%m/%Y")
    return str(value.value if isinstance(value, StrEnum) else value)


def find_changes(session: Session, found: Sequence[Found]) -> list[Change]:
    """Every field the list would change, in the list's order; one change per field."""
    last: dict[tuple[Kind, int], ImportRow] = {}
    for item in found:
        last[(item.kind, item.id)] = item.row  # the newest row about the record wins
    changes: list[Change] = []
    for kind in Kind:
        rows = {record_id: row for (k, record_id), row in last.items() if k is kind}
        for record_id, held in _held(session, kind, rows):
            changes.extend(_compared(kind, record_id, held, rows[record_id]))
    changes.sort(key=lambda change: (change.row, list(Kind).index(change.kind)))
    return changes


def _held(session: Session, kind: Kind, rows: Mapping[int, ImportRow]) -> Iterator[tuple[int, Any]]:
    model = _MODELS[kind]
    table = model.__table__
    fields = [table.c[name] for name in FIELDS[kind]]
    ids = sorted(rows)
    for at in range(0, len(ids), CHUNK):
        query = select(table.c.id, *fields).where(table.c.id.in_(ids[at : at + CHUNK]))
        for held in session.execute(query):
            yield held.id, held


def _compared(kind: Kind, record_id: int, held: Any, row: ImportRow) -> Iterator[Change]:
    who = f"{row.first_name} {row.last_name}".strip()
    for field in FIELDS[kind]:
        new = list_value(row, kind, field)
        old = getattr(held, field)
        if new is not None and not same(old, new):
            yield Change(row.row, kind, record_id, field, old, new, who)


def same(old: Any, new: Any) -> bool:
    """Whether the list says what StageDesk holds: e-mail addresses without regard to case,
    amounts to the cent."""
    if isinstance(old, str) and isinstance(new, str):
        return fold(old) == fold(new) if "@" in new else old.strip() == new.strip()
    if isinstance(new, Decimal) and old is not None:
        return Decimal(old) == new
    if isinstance(old, dt.datetime):
        old = old.date()
    return bool(old == new)


def apply_changes(session: Session, changes: Iterable[Change]) -> int:
    """Write the chosen changes, each record once with a new version; refused whole when a
    record is no longer what the user saw. Returns how many records changed."""
    by_record: dict[tuple[Kind, int], list[Change]] = {}
    for change in changes:
        by_record.setdefault((change.kind, change.id), []).append(change)
    for (kind, record_id), chosen in by_record.items():
        model = _MODELS[kind]
        table = model.__table__
        held = session.execute(
            select(*(table.c[c.field] for c in chosen)).where(table.c.id == record_id)
        ).first()
        if held is None or not all(same(h, c.old) for h, c in zip(held, chosen, strict=True)):
            raise ChangedSince(chosen[0])
        values = {c.field: c.new for c in chosen}
        session.execute(
            update(model)
            .where(table.c.id == record_id)
            .values(**values, version=table.c.version + 1)
            .execution_options(synchronize_session=False)
        )
    return len(by_record)


class ChangedSince(Exception):
    """A record to change is not what the preview showed: someone saved it meanwhile."""

    def __init__(self, change: Change) -> None:
        super().__init__(CHANGED_SINCE.format(who=change.who))
        self.change = change

    @property
    def problem(self) -> RowProblem:
        """The refusal as a problem of the row that gave the change."""
        change = self.change
        return RowProblem(change.row, change.column, CHANGED_SINCE, {"who": change.who})
