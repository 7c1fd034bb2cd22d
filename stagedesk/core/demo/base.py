"""What the demo modules share: the row buffer, the calendar and the plan of a placement.

Rows are plain dicts with explicit ids, kept per table until ``flush`` hands them to the
writer (a bulk insert in ``demo``), so memory holds one batch at most.
"""

import datetime as dt
import random
from collections import Counter
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from itertools import accumulate
from typing import Generic, TypeVar

from stagedesk.core.models import Base, EducationLevel, InternshipKind, Language, SchoolKind

HORIZON_DAYS = 30  # the dashboard's "next 30 days"
DAY = dt.timedelta(days=1)

Row = dict[str, object]
Writer = Callable[[dict[type[Base], list[Row]]], None]
T = TypeVar("T")


class Weighted(Generic[T]):
    """A population drawn with fixed weights; the cumulative weights are summed once."""

    def __init__(self, weights: Mapping[T, int]) -> None:
        self.items = list(weights)
        self.cumulative = list(accumulate(weights.values()))

    def draw(self, rng: random.Random) -> T:
        return rng.choices(self.items, cum_weights=self.cumulative)[0]


class RowStore:
    """Rows waiting to be written, per table in foreign-key order, with the next ids."""

    def __init__(self, tables: tuple[type[Base], ...], write: Writer) -> None:
        self.tables = tables
        self.write = write
        self.rows: dict[type[Base], list[Row]] = {model: [] for model in tables}
        self.counts: Counter[type[Base]] = Counter()

    def add(self, model: type[Base], **values: object) -> int:
        """Append a row with the next id. ``version`` 1 is where the ORM's optimistic lock
        starts; given here rather than left to a column default."""
        self.counts[model] += 1
        row_id = self.counts[model]
        self.rows[model].append({"id": row_id, "version": 1, **values})
        return row_id

    def add_plain(self, model: type[Base], values: Row) -> int:
        """Append a row of a table without ``version`` (not an editable record)."""
        self.counts[model] += 1
        row_id = self.counts[model]
        values["id"] = row_id
        self.rows[model].append(values)
        return row_id

    def pending(self, model: type[Base]) -> int:
        return len(self.rows[model])

    def flush(self) -> None:
        """Write the rows built so far and start afresh."""
        self.write(self.rows)
        self.rows = {model: [] for model in self.tables}


@dataclass(frozen=True)
class Context:
    """The random source, the reference date and the row buffer every builder part uses."""

    rng: random.Random
    today: dt.date
    rows: RowStore


def academic_year_start(day: dt.date) -> dt.date:
    """1 September of the academic year that contains ``day``."""
    return dt.date(day.year if day.month >= 9 else day.year - 1, 9, 1)


def weekday(day: dt.date) -> dt.date:
    """The day itself, or the Monday after it when it falls in a weekend."""
    return day + dt.timedelta(days=7 - day.weekday() if day.weekday() >= 5 else 0)


@dataclass(frozen=True)
class ProgrammeInfo:
    id: int
    name: str
    level: EducationLevel


@dataclass(frozen=True)
class SchoolInfo:
    id: int
    kind: SchoolKind
    language: Language
    contacts: tuple[int, ...]
    programmes: tuple[ProgrammeInfo, ...]


@dataclass(frozen=True)
class Intern:
    """A candidate who did an internship, and may come back the next year."""

    candidate_id: int
    school: SchoolInfo | None
    programme: ProgrammeInfo | None
    last_end: dt.date


@dataclass
class Placement:
    """One internship while it is being planned, before it becomes rows."""

    unit: int
    kind: InternshipKind
    school: SchoolInfo | None
    programme: ProgrammeInfo | None
    start: dt.date
    end: dt.date
    hours: int
    spontaneous: bool
    returning: Intern | None = None
    candidate_id: int | None = None
    opportunity_id: int | None = None
    mentor_id: int | None = None
    backup_id: int | None = None
