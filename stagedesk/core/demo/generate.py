"""The demo organisation: a fictional Belgian public service with years of internships.

It shows what StageDesk looks like in use (for trying it out, screenshots, training) and
fills big databases for benchmarks. Everything comes from ``random.Random(seed)`` and the
reference date ``today``: the same pair gives the same rows, and statuses, open
applications and the dashboard's "next 30 days" all make sense on that date.

Rows are built in memory with explicit ids, so records can point at each other without a
round trip, and written a year at a time with bulk inserts in one transaction: ten
thousand internships take seconds, memory holds one year, and a failure leaves the
database as empty as it was.

Then the toolbox data goes in, in the same transaction and from the same random source:
checklists of current internships, surveys of completed ones, interview question sets and
the units' needs analyses.

The parts: ``demo_builder`` (year by year) with ``demo_organisation``, ``demo_people``,
``demo_opportunities`` and ``demo_internships``; the content in ``demo_data``,
``demo_names``, ``demo_schools`` and ``demo_kinds``; the toolbox in ``demo_toolbox`` with
``demo_answers``, ``demo_forms`` and ``demo_needs``, its texts in ``demo_form_texts`` and
``demo_proposals``.
"""

import datetime as dt
import functools
import random
from collections.abc import Mapping
from dataclasses import dataclass

from sqlalchemy import insert, select, text
from sqlalchemy.orm import Session, sessionmaker

from stagedesk.core.demo.base import HORIZON_DAYS, Row, academic_year_start
from stagedesk.core.demo.builder import Builder
from stagedesk.core.demo.toolbox import fill_toolbox
from stagedesk.core.models import (
    Application,
    Base,
    Candidate,
    FollowUpEntry,
    FormAnswer,
    FormResponse,
    Internship,
    Opportunity,
    School,
    StaffMember,
    Unit,
)

__all__ = [
    "HORIZON_DAYS",
    "MAX_PER_YEAR",
    "MAX_YEARS",
    "DemoOptions",
    "DemoRefused",
    "DemoSummary",
    "academic_year_start",
    "generate",
]

MAX_YEARS = 30
MAX_PER_YEAR = 5000


class DemoRefused(Exception):
    """The database already holds data: the demo fills only an empty database."""


@dataclass(frozen=True)
class DemoOptions:
    seed: int = 2024
    years: int = 5  # academic years; the last one contains ``today``
    per_year: int = 60  # internships per academic year
    today: dt.date | None = None  # None: the real today

    def __post_init__(self) -> None:
        if not 1 <= self.years <= MAX_YEARS:
            raise ValueError(f"years must be from 1 to {MAX_YEARS}")
        if not 1 <= self.per_year <= MAX_PER_YEAR:
            raise ValueError(f"per_year must be from 1 to {MAX_PER_YEAR}")


@dataclass(frozen=True)
class DemoSummary:
    units: int
    staff: int
    schools: int
    opportunities: int
    candidates: int
    applications: int
    internships: int
    follow_up_entries: int
    form_responses: int
    form_answers: int

    def describe(self) -> str:
        return (
            f"Demo organisation created: {self.units} units, {self.staff} staff members, "
            f"{self.schools} schools, {self.opportunities} opportunities, "
            f"{self.candidates} candidates, {self.applications} applications, "
            f"{self.internships} internships, {self.follow_up_entries} follow-up entries, "
            f"{self.form_responses} form responses with {self.form_answers} answers."
        )

    @classmethod
    def from_counts(cls, count: Mapping[type[Base], int]) -> "DemoSummary":
        return cls(
            units=count[Unit],
            staff=count[StaffMember],
            schools=count[School],
            opportunities=count[Opportunity],
            candidates=count[Candidate],
            applications=count[Application],
            internships=count[Internship],
            follow_up_entries=count[FollowUpEntry],
            form_responses=count[FormResponse],
            form_answers=count[FormAnswer],
        )


def generate(sessions: sessionmaker[Session], options: DemoOptions) -> DemoSummary:
    """Fill an empty database with the demo organisation; raise DemoRefused otherwise."""
    rng, today = random.Random(options.seed), options.today or dt.date.today()
    with sessions.begin() as session:
        # Checked inside the write transaction: nobody can add a unit in between.
        if session.scalar(select(Unit.id).limit(1)) is not None:
            raise DemoRefused("the database already holds data")
        write = functools.partial(_insert, session)
        builder = Builder(rng, today, write)
        builder.build(options.years, options.per_year)
        counts = builder.rows.counts + fill_toolbox(session, builder.context, write)
        _advance_sequences(session, counts)
    return DemoSummary.from_counts(counts)


def _insert(session: Session, rows: dict[type[Base], list[Row]]) -> None:
    """Core, not ORM, bulk inserts: one executemany per table and set of columns given
    (a row may leave NULL columns out: fewer parameters bind much faster)."""
    for model, table_rows in rows.items():
        shapes: dict[tuple[str, ...], list[Row]] = {}
        for row in table_rows:
            shapes.setdefault(tuple(row), []).append(row)
        table = Base.metadata.tables[model.__tablename__]
        for batch in shapes.values():
            session.execute(insert(table), batch)


def _advance_sequences(session: Session, counts: Mapping[type[Base], int]) -> None:
    """Explicit ids leave PostgreSQL's id sequences behind; move them past our rows."""
    if session.get_bind().dialect.name != "postgresql":
        return  # SQLite takes max(id) + 1 by itself
    for model, count in counts.items():
        if count:
            session.execute(
                text("SELECT setval(pg_get_serial_sequence(:table, 'id'), :last)"),
                {"table": model.__tablename__, "last": count},
            )
