"""Which internships a report counts: the same "interns in a year" as the annual overview.

An intern counts in the (calendar or academic) year their internship starts, stopped-early
ones included, planned ones not yet started (status planned, start after today) excluded;
filtered by units and, when asked, kinds of internship. One query, years bucketed in
Python so the SQL stays portable.
"""

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

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

    def keywords(self) -> dict[str, Any]:
        """As the counting functions take it: ``annual_overview(session, **keywords)``."""
        return {
            "first_year": self.first_year,
            "last_year": self.last_year,
            "academic": self.academic,
            "unit_ids": self.unit_ids,
            "kinds": self.kinds,
            "today": self.today,
            "language": self.language,
        }

    @property
    def period_label(self) -> str:
        """The years as a report's title shows them: "2022–2025" or "2022–2023 – …"."""
        return Period(self.first_year, self.last_year, self.academic).text


@dataclass(frozen=True)
class CountedIntern:
    internship_id: int
    candidate_id: int
    unit: str
    mentor_id: int | None
    school_id: int | None
    start: dt.date
    year: int  # the (starting) year of the calendar or academic year
    label: str  # the year as shown: "2024" or "2024–2025"


def counted_interns(
    session: Session,
    *,
    first_year: int,
    last_year: int,
    academic: bool,
    unit_ids: Sequence[int] | None,
    today: dt.date,
    language: str,
    kinds: Sequence[InternshipKind] | None = None,
) -> tuple[Period, list[CountedIntern]]:
    """The period and its counted interns, sorted by year, unit and start.

    Raises ValueError for a backwards period, an unknown language or an unknown unit id.
    """
    period = Period(first_year, last_year, academic)
    if language not in LANGUAGES:
        raise ValueError(f"unknown language {language!r}; choose nl, fr or en")
    units = dict(session.execute(select(Unit.id, Unit.name)).all())
    if unit_ids is not None:
        unknown = sorted(set(unit_ids) - units.keys())
        if unknown:
            raise ValueError(f"unknown unit id(s): {', '.join(map(str, unknown))}")
    wanted = None if unit_ids is None else set(unit_ids)
    rows = session.execute(
        select(
            Internship.id,
            Internship.candidate_id,
            Internship.unit_id,
            Internship.mentor_id,
            Internship.school_id,
            Internship.start_date,
            Internship.status,
        ).where(
            Internship.start_date >= period.first_day,
            Internship.start_date <= period.last_day,
            *([Internship.kind.in_(list(kinds))] if kinds else []),
        )
    )
    found: list[CountedIntern] = []
    for internship_id, candidate_id, unit_id, mentor_id, school_id, start, status in rows:
        if status is InternshipStatus.PLANNED and start > today:
            continue
        if wanted is not None and unit_id not in wanted:
            continue
        year = period.year_of(start)
        found.append(
            CountedIntern(
                internship_id,
                candidate_id,
                units[unit_id],
                mentor_id,
                school_id,
                start,
                year,
                period.label(year),
            )
        )
    found.sort(key=lambda i: (i.year, i.unit.casefold(), i.start, i.internship_id))
    return period, found
