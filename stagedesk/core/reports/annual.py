"""The annual overview: per unit and year, the figures a parliament asks for (question 108:
applicants, interns, duration, kinds, requirements per function, hiring, pay).

How we count (``HOW_WE_COUNT`` says it to the reader, in each language):

- applicants in a year: the *people* who applied to the unit that year (by application
  date). A person who applied twice to one unit counts once; one who applied to two units
  counts once in each, and once in the year's total: the total is people, not a sum;
- interns in a year: internships that START in that year (stopped-early ones included,
  planned ones not yet started excluded: status planned with start_date > today excluded);
- duration: calendar days from start to end inclusive; average per unit and year in days
  and in weeks (days / 7, one decimal); in hours where known (the internship's hours in
  total, else its hours per week × its weeks), over the interns whose hours are known;
- counts by internship kind (all seven InternshipKind values, curricular and voluntary
  shown first), and paid or unpaid, with the reasons recorded for unpaid ones;
- hired: by the hiring date (hired in that year, whatever year the internship was), and
  "hired later, by internship year": the interns of that year who were hired afterwards;
- drop-out: interns who stopped early ÷ interns; telework: interns allowed to work from
  home; long enough: interns whose hours are known and reach the scope's threshold
  (default 160 hours, the SME chamber's yardstick);
- every unit that exists in the period (active, or with an applicant or intern in it)
  appears in every year of the period, zeros written as zeros: a missing row would read as
  a missing answer. Spontaneous applications (no opportunity, so no unit) are counted under
  "(spontaneous)" in the language, in the years they have any;
- years are calendar years by default; academic years (1 September–31 August) on request,
  labelled "2024–2025"; filters: period, units (ids), internship kinds (interns only: an
  application has no kind).

A handful of queries, whatever the size; years are bucketed in Python so the SQL stays
portable. Requirements, hiring per function and the reasons for unpaid internships are in
:mod:`.annual_parts`.
"""

from collections import Counter, defaultdict
from dataclasses import dataclass, field

from sqlalchemy import or_, select
from sqlalchemy.orm import Session

from stagedesk.core.models import Application, InternshipKind, Opportunity, Unit
from stagedesk.core.reports.annual_parts import (
    HiredRow,
    RequirementRow,
    UnpaidReason,
    hired_in_years,
    requirements_per_year,
    unpaid_reasons,
)
from stagedesk.core.reports.periods import Period
from stagedesk.core.reports.scope import CountedIntern, ReportScope, counted_interns, known_units

SPONTANEOUS = {"nl": "(spontaan)", "fr": "(spontanée)", "en": "(spontaneous)"}


@dataclass(frozen=True)
class UnitYear:
    unit: str
    year: str  # as shown: "2024" or "2024–2025"
    year_number: int  # the (starting) year, for a number cell
    applicants: int  # people
    interns: int
    average_days: float | None  # unrounded: a total over units is an exact weighted average
    average_weeks: float | None  # rounded to one decimal
    average_hours: float | None  # over the interns whose hours are known
    kinds: dict[InternshipKind, int]
    hired_later: int  # interns of this year hired afterwards (by internship year)
    hired: int  # people hired in this year (by hiring date)
    paid: int
    unpaid: int
    with_hours: int = 0  # the interns whose hours are known (``average_hours`` is over them)
    long_enough: int = 0  # of those, the interns with at least the scope's hours threshold
    stopped_early: int = 0
    telework: int = 0  # interns allowed to work from home
    organisation: str = ""  # in a report over several organisations' files

    @property
    def drop_out(self) -> float | None:
        """Stopped early ÷ interns (0–1); None without interns."""
        return self.stopped_early / self.interns if self.interns else None


@dataclass(frozen=True)
class AnnualOverview:
    period: str  # the one label of the period, for every output
    rows: list[UnitYear]  # every unit in every year, by year then unit
    totals: list[UnitYear]  # per year, over the units: applicants are distinct people
    hired_by_function: list[HiredRow]
    requirements: list[RequirementRow]
    unpaid_reasons: list[UnpaidReason]
    organisations: tuple[str, ...] = ()  # over several organisations' files: their names
    hours_threshold: int = 160  # "long enough": at least these hours


@dataclass
class _Tally:
    applicants: set[int] = field(default_factory=set)  # candidate ids
    interns: int = 0
    days: int = 0
    hours: float = 0.0
    with_hours: int = 0
    hired_later: int = 0
    hired: int = 0
    paid: int = 0
    stopped_early: int = 0
    telework: int = 0
    long_enough: int = 0
    kinds: Counter[InternshipKind] = field(default_factory=Counter)

    def count(self, intern: CountedIntern, threshold: int) -> None:
        self.interns += 1
        self.days += intern.days
        self.kinds[intern.kind] += 1
        self.hired_later += intern.hired_later
        self.paid += intern.paid
        self.stopped_early += intern.stopped_early
        self.telework += intern.telework
        if intern.hours is not None:
            self.hours += intern.hours
            self.with_hours += 1
            self.long_enough += intern.hours >= threshold


def annual_overview(session: Session, scope: ReportScope) -> AnnualOverview:
    """The figures per unit and year; see the module docstring for how each is counted.

    Raises ValueError for a backwards period, an unknown language or an unknown unit id.
    """
    period, interns = counted_interns(session, scope)
    units = known_units(session, scope)
    spontaneous = SPONTANEOUS[scope.language]
    tallies: dict[tuple[int, str], _Tally] = defaultdict(_Tally)
    totals: dict[int, _Tally] = defaultdict(_Tally)
    used = _count_applicants(session, scope, period, units, tallies, totals)
    for intern in interns:
        tallies[(intern.year, intern.unit)].count(intern, scope.hours_threshold)
        totals[intern.year].count(intern, scope.hours_threshold)
        used.add(intern.unit_id)
    hired, hired_by_function = hired_in_years(session, scope, period, units, interns)
    for (year, unit_name), count in hired.items():
        tallies[(year, unit_name)].hired += count
        totals[year].hired += count
    shown = _units_shown(session, scope, units, used)
    if any(unit == spontaneous for _year, unit in tallies):
        shown.append(spontaneous)
    years = range(period.first_year, period.last_year + 1)
    rows = [
        _row(unit, year, period, tallies.get((year, unit), _Tally()))
        for year in years
        for unit in shown
    ]
    return AnnualOverview(
        period=period.text,
        rows=rows,
        totals=[_row("", year, period, totals.get(year, _Tally())) for year in years],
        hired_by_function=hired_by_function,
        requirements=requirements_per_year(session, scope, period, units),
        unpaid_reasons=unpaid_reasons(interns),
        hours_threshold=scope.hours_threshold,
    )


def _count_applicants(
    session: Session,
    scope: ReportScope,
    period: Period,
    units: dict[int, str],
    tallies: dict[tuple[int, str], _Tally],
    totals: dict[int, _Tally],
) -> set[int]:
    """Each applicant once per unit and year, and once per year over the units; the ids of
    the units that had one."""
    wanted = None if scope.unit_ids is None else set(scope.unit_ids)
    spontaneous = SPONTANEOUS[scope.language]
    used: set[int] = set()
    applications = session.execute(
        select(Application.candidate_id, Opportunity.unit_id, Application.application_date)
        .outerjoin(Opportunity, Application.opportunity_id == Opportunity.id)
        .where(
            Application.application_date >= period.first_day,
            Application.application_date <= period.last_day,
        )
    )
    for candidate, unit_id, applied_on in applications:
        if unit_id is None and wanted is not None:
            continue  # spontaneous: no unit, so not in a report limited to units
        if unit_id is not None and wanted is not None and unit_id not in wanted:
            continue
        year = period.year_of(applied_on)
        name = spontaneous if unit_id is None else units[unit_id]
        tallies[(year, name)].applicants.add(candidate)
        totals[year].applicants.add(candidate)
        if unit_id is not None:
            used.add(unit_id)
    return used


def _units_shown(
    session: Session, scope: ReportScope, units: dict[int, str], used: set[int]
) -> list[str]:
    """The units that exist in the period: active ones and those with someone in it."""
    query = select(Unit.id).where(or_(Unit.active.is_(True), Unit.id.in_(used)))
    ids = set(session.scalars(query))
    if scope.unit_ids is not None:
        ids &= set(scope.unit_ids)
    return sorted((units[i] for i in ids), key=str.casefold)


def _row(unit_name: str, year: int, period: Period, tally: _Tally) -> UnitYear:
    average_days = tally.days / tally.interns if tally.interns else None
    return UnitYear(
        unit=unit_name,
        year=period.label(year),
        year_number=year,
        applicants=len(tally.applicants),
        interns=tally.interns,
        average_days=average_days,
        average_weeks=None if average_days is None else round(average_days / 7, 1),
        average_hours=tally.hours / tally.with_hours if tally.with_hours else None,
        kinds={kind: tally.kinds[kind] for kind in InternshipKind},
        hired_later=tally.hired_later,
        hired=tally.hired,
        paid=tally.paid,
        unpaid=tally.interns - tally.paid,
        with_hours=tally.with_hours,
        long_enough=tally.long_enough,
        stopped_early=tally.stopped_early,
        telework=tally.telework,
    )
