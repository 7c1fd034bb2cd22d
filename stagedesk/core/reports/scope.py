"""Which internships a report counts: the same "interns in a year" as the annual overview.

An intern counts in the (calendar or academic) year their internship starts, stopped-early
ones included, planned ones not yet started (status planned, start after today) excluded;
filtered by units and, when asked, kinds of internship. One query, years bucketed in
Python so the SQL stays portable.
"""

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from stagedesk.core.models import Internship, InternshipKind, InternshipStatus, Unit
from stagedesk.core.reports.periods import Period

LANGUAGES = ("nl", "fr", "en")


@dataclass(frozen=True)
class ReportScope:
    """What every report is asked: its years, the units and kinds it is limited to (None:
    all), the day it is asked on and the language of its words. One value for the
    Reports page, the command line and the writers alike."""

    first_year: int
    last_year: int
    today: dt.date
    academic: bool = False
    unit_ids: Sequence[int] | None = None
    kinds: Sequence[InternshipKind] | None = None
    language: str = "nl"
    # An internship of at least this many hours is "long enough" (the SME chamber's
    # yardstick); the annual overview counts them.
    hours_threshold: int = 160

    @property
    def period_label(self) -> str:
        """The years as a report's title shows them: "2022–2025" or "2022–2023 – …"."""
        return Period(self.first_year, self.last_year, self.academic).text


@dataclass(frozen=True)
class CountedIntern:
    internship_id: int
    candidate_id: int
    unit_id: int
    unit: str
    opportunity_id: int | None
    mentor_id: int | None
    school_id: int | None
    kind: InternshipKind
    start: dt.date
    end: dt.date
    hired_later: bool
    hired_function: str | None
    year: int  # the (starting) year of the calendar or academic year
    label: str  # the year as shown: "2024" or "2024–2025"
    paid: bool = False
    unpaid_reason: str | None = None
    total_hours: int | None = None
    hours_per_week: int | None = None
    telework: bool = False
    stopped_early: bool = False

    @property
    def days(self) -> int:
        """Calendar days from start to end, both included."""
        return (self.end - self.start).days + 1

    @property
    def hours(self) -> float | None:
        """The internship's hours in total; else its hours per week over its weeks; None
        when neither is known."""
        if self.total_hours:
            return float(self.total_hours)
        if self.hours_per_week:
            return self.hours_per_week * self.days / 7
        return None


def known_units(session: Session, scope: ReportScope) -> dict[int, str]:
    """Every unit's name by id; ValueError for a language or a unit id the scope names
    that does not exist (a report never silently counts nothing)."""
    if scope.language not in LANGUAGES:
        raise ValueError(f"unknown language {scope.language!r}; choose nl, fr or en")
    units = dict(session.execute(select(Unit.id, Unit.name)).all())
    unknown = sorted(set(scope.unit_ids or ()) - units.keys())
    if unknown:
        raise ValueError(f"unknown unit id(s): {', '.join(map(str, unknown))}")
    return units


def counted_interns(session: Session, scope: ReportScope) -> tuple[Period, list[CountedIntern]]:
    """The period and its counted interns, sorted by year, unit and start.

    Raises ValueError for a backwards period, an unknown language or an unknown unit id.
    """
    period = Period(scope.first_year, scope.last_year, scope.academic)
    units = known_units(session, scope)
    wanted = None if scope.unit_ids is None else set(scope.unit_ids)
    kinds = list(scope.kinds) if scope.kinds else []
    rows = session.execute(
        select(
            Internship.id,
            Internship.candidate_id,
            Internship.unit_id,
            Internship.opportunity_id,
            Internship.mentor_id,
            Internship.school_id,
            Internship.kind,
            Internship.start_date,
            Internship.end_date,
            Internship.status,
            Internship.hired_later,
            Internship.hired_function,
            Internship.paid,
            Internship.unpaid_reason,
            Internship.total_hours,
            Internship.hours_per_week,
            Internship.telework,
        ).where(
            Internship.start_date >= period.first_day,
            Internship.start_date <= period.last_day,
            *([Internship.kind.in_(kinds)] if kinds else []),
        )
    )
    found: list[CountedIntern] = []
    for row in rows:
        if row.status is InternshipStatus.PLANNED and row.start_date > scope.today:
            continue  # not started yet
        if wanted is not None and row.unit_id not in wanted:
            continue
        year = period.year_of(row.start_date)
        found.append(
            CountedIntern(
                internship_id=row.id,
                candidate_id=row.candidate_id,
                unit_id=row.unit_id,
                unit=units[row.unit_id],
                opportunity_id=row.opportunity_id,
                mentor_id=row.mentor_id,
                school_id=row.school_id,
                kind=row.kind,
                start=row.start_date,
                end=row.end_date,
                hired_later=bool(row.hired_later),
                hired_function=row.hired_function,
                year=year,
                label=period.label(year),
                paid=bool(row.paid),
                unpaid_reason=row.unpaid_reason,
                total_hours=row.total_hours,
                hours_per_week=row.hours_per_week,
                telework=bool(row.telework),
                stopped_early=row.status is InternshipStatus.STOPPED_EARLY,
            )
        )
    found.sort(key=lambda i: (i.year, i.unit.casefold(), i.start, i.internship_id))
    return period, found
