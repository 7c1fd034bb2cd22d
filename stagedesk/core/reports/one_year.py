"""One year as a government asks it (question 001): places offered, how interns came (school,
training centre, employment service), per department, work-placement agreements, paid
work-based places, and people hired in the year; the interns' profile is the profile
report's, for that one year.

How we count:

- places offered: the opportunities offered at any time in the year (their period overlaps
  it; one without a period counts in the years it had an applicant or an intern), with
  their number of places. Places are counted per opportunity, not per intern;
- interns: as in the annual overview (internships starting in the year, stopped-early
  ones included, planned ones not yet started excluded), per kind and per unit;
- the route: a school internship (curricular, observation, voluntary), through a training
  centre (work-based learning, a work-placement agreement) or an employment service
  (job-seeker schemes), from the internship's kind: recorded, never guessed;
- paid work-based places: internships of the kind "work-based learning" recorded as paid;
- hired in the year: by the hiring date, whatever year the internship was.
"""

from collections import Counter
from dataclasses import dataclass, replace
from enum import StrEnum

from sqlalchemy import select
from sqlalchemy.orm import Session

from stagedesk.core.models import Internship, InternshipKind, Opportunity
from stagedesk.core.reports.annual_parts import years_used
from stagedesk.core.reports.periods import Period
from stagedesk.core.reports.scope import ReportScope, counted_interns, known_units


class Route(StrEnum):
    """How an intern came, from the internship's kind."""

    SCHOOL = "school"
    TRAINING_CENTRE = "training_centre"
    EMPLOYMENT_SERVICE = "employment_service"
    OTHER = "other"


ROUTES: dict[InternshipKind, Route] = {
    InternshipKind.CURRICULAR: Route.SCHOOL,
    InternshipKind.OBSERVATION: Route.SCHOOL,
    InternshipKind.VOLUNTARY: Route.SCHOOL,
    InternshipKind.WORK_BASED_LEARNING: Route.TRAINING_CENTRE,
    InternshipKind.WORK_PLACEMENT_AGREEMENT: Route.TRAINING_CENTRE,
    InternshipKind.JOB_SEEKER: Route.EMPLOYMENT_SERVICE,
    InternshipKind.OTHER: Route.OTHER,
}


@dataclass(frozen=True)
class UnitOfYear:
    unit: str
    opportunities: int  # offered in the year
    places: int  # their places
    interns: int
    hired: int  # hired in the year, by hiring date


@dataclass(frozen=True)
class OneYear:
    year: int
    units: list[UnitOfYear]  # every unit with something in the year, by name
    kinds: dict[InternshipKind, int]
    routes: dict[Route, int]
    work_placement_agreements: int
    paid_work_based: int

    @property
    def total(self) -> UnitOfYear:
        return UnitOfYear(
            "",
            sum(u.opportunities for u in self.units),
            sum(u.places for u in self.units),
            sum(u.interns for u in self.units),
            sum(u.hired for u in self.units),
        )


def one_year(session: Session, scope: ReportScope) -> OneYear:
    """The period's last year (the question asks one); see the module docstring."""
    if scope.academic:
        raise ValueError("this report answers a calendar year: leave academic years out")
    scope = replace(scope, first_year=scope.last_year)
    _period, interns = counted_interns(session, scope)
    units = known_units(session, scope)
    year = scope.last_year
    offered = _offered(session, scope, year)
    per_unit: dict[int, list[int]] = {}
    for unit_id, places in offered:
        row = per_unit.setdefault(unit_id, [0, 0, 0, 0])
        row[0] += 1
        row[1] += places
    for intern in interns:
        per_unit.setdefault(intern.unit_id, [0, 0, 0, 0])[2] += 1
    for unit_id in _hired_in(session, scope, year):
        per_unit.setdefault(unit_id, [0, 0, 0, 0])[3] += 1
    kinds = Counter(intern.kind for intern in interns)
    return OneYear(
        year=year,
        units=sorted(
            (UnitOfYear(units[u], *counts) for u, counts in per_unit.items()),
            key=lambda u: u.unit.casefold(),
        ),
        kinds={kind: kinds[kind] for kind in InternshipKind},
        routes={route: sum(kinds[k] for k, r in ROUTES.items() if r is route) for route in Route},
        work_placement_agreements=kinds[InternshipKind.WORK_PLACEMENT_AGREEMENT],
        paid_work_based=sum(
            1 for i in interns if i.kind is InternshipKind.WORK_BASED_LEARNING and i.paid
        ),
    )


def _offered(session: Session, scope: ReportScope, year: int) -> list[tuple[int, int]]:
    """(unit, places) of each opportunity offered in the year."""
    period = Period(year, year)
    used = {function for function, _year in years_used(session, period)}
    wanted = None if scope.unit_ids is None else set(scope.unit_ids)
    found = []
    for i, unit_id, start, end, places in session.execute(
        select(
            Opportunity.id,
            Opportunity.unit_id,
            Opportunity.period_start,
            Opportunity.period_end,
            Opportunity.places,
        )
    ):
        if wanted is not None and unit_id not in wanted:
            continue
        if start is None and end is None:
            offered = i in used
        else:
            offered = (start is None or start <= period.last_day) and (
                end is None or end >= period.first_day
            )
        if offered:
            found.append((unit_id, places or 0))
    return found


def _hired_in(session: Session, scope: ReportScope, year: int) -> list[int]:
    """The unit of each person hired in the year (by the hiring date)."""
    wanted = None if scope.unit_ids is None else set(scope.unit_ids)
    period = Period(year, year)
    query = select(Internship.unit_id).where(
        Internship.hired_later.is_(True),
        Internship.hired_date >= period.first_day,
        Internship.hired_date <= period.last_day,
    )
    return [u for u in session.scalars(query) if wanted is None or u in wanted]
