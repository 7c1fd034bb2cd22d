"""The annual overview: per unit and year, the figures a parliament asks for.

How we count:

- applicants in a year: applications whose application_date falls in that year (accepted
  ones included; an application without a date is not counted in any year — the model
  requires a date, but keep the rule);
- interns in a year: internships that START in that year (stopped-early ones included,
  planned ones not yet started excluded: status planned with start_date > today excluded);
- duration: calendar days from start to end inclusive; average per unit and year in days
  and in weeks (days / 7, one decimal), over the interns counted that year;
- counts by internship kind (all seven InternshipKind values, curricular and voluntary
  shown first);
- hired later: interns of that year (by start) with hired_later true, per unit, and per
  function they were hired in (hired_function, or "—" when empty);
- the unit of an applicant: the opportunity's unit; a spontaneous application (no
  opportunity) is counted under a unit named "(spontaneous)" in the language (nl
  "(spontaan)", fr "(spontanée)", en "(spontaneous)");
- years are calendar years by default; academic years (1 September–31 August) on request,
  labelled "2024–2025"; filters: period (from year, to year inclusive), units (ids),
  internship kinds.

And where the rules above leave a choice:

- a unit appears in a year when it had at least one applicant or one intern that year
  (a unit with applicants but no interns shows zeros; a unit with neither is left out);
- the unit filter also leaves out spontaneous applications (they belong to no unit); the
  kind filter applies to interns only (an application has no kind);
- requirements: per unit, each opportunity (function) that had an applicant or an intern
  counted in the period, with its requirements text ("" when none was written);
- ``average_days`` is kept unrounded (outputs show one decimal, and a total over units is
  then an exact weighted average); ``average_weeks`` is rounded to one decimal.

Five queries, whatever the size: units, opportunities, applications grouped by
opportunity and date, internships, and nothing per row. Years are bucketed in Python so the
SQL stays portable.
"""

from collections import Counter, defaultdict
from dataclasses import dataclass, field

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from stagedesk.core.models import (
    Application,
    InternshipKind,
    Opportunity,
)
from stagedesk.core.reports.scope import ReportScope, counted_interns, known_units

SPONTANEOUS = {"nl": "(spontaan)", "fr": "(spontanée)", "en": "(spontaneous)"}
NO_FUNCTION = "—"


@dataclass(frozen=True)
class UnitYear:
    unit: str
    year: str
    applicants: int
    interns: int
    average_days: float | None
    average_weeks: float | None
    kinds: dict[InternshipKind, int]
    hired_later: int


@dataclass(frozen=True)
class AnnualOverview:
    rows: list[UnitYear]
    hired_by_function: list[tuple[str, str, str, int]]  # unit, year, function, count
    requirements: list[tuple[str, str, str]]  # unit, function (opportunity title), requirements


@dataclass
class _Tally:
    applicants: int = 0
    interns: int = 0
    days: int = 0
    hired_later: int = 0
    kinds: Counter[InternshipKind] = field(default_factory=Counter)


def annual_overview(session: Session, scope: ReportScope) -> AnnualOverview:
    """The figures per unit and year; see the module docstring for how each is counted.
    The interns are the reports' own (``scope.counted_interns``).

    Raises ValueError for a backwards period, an unknown language or an unknown unit id.
    """
    period, interns = counted_interns(session, scope)
    units = known_units(session, scope)
    wanted_units = None if scope.unit_ids is None else set(scope.unit_ids)
    opportunities = {
        opportunity_id: (unit_id, title, requirements or "")
        for opportunity_id, unit_id, title, requirements in session.execute(
            select(Opportunity.id, Opportunity.unit_id, Opportunity.title, Opportunity.requirements)
        )
    }
    spontaneous = SPONTANEOUS[scope.language]

    tallies: dict[tuple[int, str], _Tally] = defaultdict(_Tally)
    used_opportunities: set[int] = set()
    hired: Counter[tuple[str, int, str]] = Counter()

    applications = session.execute(
        select(Application.opportunity_id, Application.application_date, func.count())
        .where(
            Application.application_date.is_not(None),
            Application.application_date >= period.first_day,
            Application.application_date <= period.last_day,
        )
        .group_by(Application.opportunity_id, Application.application_date)
    )
    for opportunity_id, applied_on, count in applications:
        if opportunity_id is None:
            if wanted_units is not None:
                continue
            unit_name = spontaneous
        else:
            unit_id = opportunities[opportunity_id][0]
            if wanted_units is not None and unit_id not in wanted_units:
                continue
            unit_name = units[unit_id]
            used_opportunities.add(opportunity_id)
        tallies[(period.year_of(applied_on), unit_name)].applicants += count

    for intern in interns:
        tally = tallies[(intern.year, intern.unit)]
        tally.interns += 1
        tally.days += intern.days
        tally.kinds[intern.kind] += 1
        if intern.hired_later:
            tally.hired_later += 1
            function = (intern.hired_function or "").strip() or NO_FUNCTION
            hired[(intern.unit, intern.year, function)] += 1
        if intern.opportunity_id is not None:
            used_opportunities.add(intern.opportunity_id)

    def unit_order(unit_name: str) -> tuple[bool, str]:
        return (unit_name == spontaneous, unit_name.casefold())

    rows = [
        _row(unit_name, period.label(year), tally)
        for (year, unit_name), tally in sorted(
            tallies.items(), key=lambda item: (item[0][0], unit_order(item[0][1]))
        )
    ]
    hired_by_function = [
        (unit_name, period.label(year), function, count)
        for (unit_name, year, function), count in sorted(
            hired.items(), key=lambda item: (item[0][1], unit_order(item[0][0]), item[0][2])
        )
    ]
    requirements = sorted(
        (
            (units[unit_id], title, text)
            for unit_id, title, text in (opportunities[i] for i in used_opportunities)
        ),
        key=lambda row: (row[0].casefold(), row[1].casefold(), row[2]),
    )
    return AnnualOverview(rows, hired_by_function, requirements)


def _row(unit_name: str, year: str, tally: _Tally) -> UnitYear:
    average_days = tally.days / tally.interns if tally.interns else None
    return UnitYear(
        unit=unit_name,
        year=year,
        applicants=tally.applicants,
        interns=tally.interns,
        average_days=average_days,
        average_weeks=None if average_days is None else round(average_days / 7, 1),
        kinds={kind: tally.kinds[kind] for kind in InternshipKind},
        hired_later=tally.hired_later,
    )
