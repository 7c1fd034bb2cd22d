"""The parts of the annual overview that are lists, not counts per unit and year: the
requirements of each function with the years each text held, hiring per function (by
hiring year and by internship year), and why internships were unpaid."""

from collections import Counter, defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field

from sqlalchemy import select
from sqlalchemy.orm import Session

from stagedesk.core.models import (
    Application,
    HireContract,
    Internship,
    Opportunity,
    RequirementText,
)
from stagedesk.core.reports.periods import Period
from stagedesk.core.reports.scope import CountedIntern, ReportScope

NO_TEXT = "—"  # a function hired in, or a reason, that nobody wrote down
CONTRACTS: tuple[HireContract | None, ...] = (*HireContract, None)  # None: not recorded


@dataclass(frozen=True)
class HiredRow:
    unit: str
    function: str  # the function the intern was hired in
    year: str
    by_hiring: int  # hired in this year (by the hiring date)
    by_internship: int  # interns of this year (by start) hired afterwards
    # of those hired in this year, on each contract (None: not recorded)
    contracts: dict[HireContract | None, int] = field(default_factory=dict)
    organisation: str = ""


@dataclass(frozen=True)
class RequirementRow:
    unit: str
    function: str  # the opportunity's title
    text: str
    years: str  # the years the text held, "2021, 2023"
    organisation: str = ""


@dataclass(frozen=True)
class UnpaidReason:
    unit: str
    year: str
    reason: str
    interns: int
    organisation: str = ""


def hired_in_years(
    session: Session,
    scope: ReportScope,
    period: Period,
    units: dict[int, str],
    interns: Iterable[CountedIntern] = (),
) -> tuple[Counter[tuple[int, str]], list[HiredRow]]:
    """People hired per (year, unit) by their hiring date, and per unit, function and year
    both ways: by hiring date, and the interns of that year (``interns``) hired later."""
    wanted = None if scope.unit_ids is None else set(scope.unit_ids)
    kinds = list(scope.kinds or ())
    query = select(
        Internship.unit_id,
        Internship.hired_date,
        Internship.hired_function,
        Internship.hired_contract,
    ).where(
        Internship.hired_later.is_(True),
        Internship.hired_date >= period.first_day,
        Internship.hired_date <= period.last_day,
        *([Internship.kind.in_(kinds)] if kinds else []),
    )
    per_year: Counter[tuple[int, str]] = Counter()
    rows: dict[tuple[str, str, int], _Hired] = defaultdict(_Hired)
    for unit_id, hired_on, function, contract in session.execute(query):
        if hired_on is None or (wanted is not None and unit_id not in wanted):
            continue
        year = period.year_of(hired_on)
        per_year[(year, units[unit_id])] += 1
        row = rows[(units[unit_id], _written(function), year)]
        row.by_hiring += 1
        row.contracts[contract] += 1
    for intern in interns:
        if intern.hired_later:
            rows[(intern.unit, _written(intern.hired_function), intern.year)].by_internship += 1
    ordered = sorted(rows.items(), key=lambda item: (item[0][2], item[0][0].casefold(), item[0][1]))
    return per_year, [
        HiredRow(
            unit,
            function,
            period.label(year),
            row.by_hiring,
            row.by_internship,
            {contract: row.contracts[contract] for contract in CONTRACTS},
        )
        for (unit, function, year), row in ordered
    ]


@dataclass
class _Hired:
    by_hiring: int = 0
    by_internship: int = 0
    contracts: Counter[HireContract | None] = field(default_factory=Counter)


def requirements_per_year(
    session: Session, scope: ReportScope, period: Period, units: dict[int, str]
) -> list[RequirementRow]:
    """Every distinct requirements text of each function, with the years it held: the texts
    kept per year (an imported list's), else the function's own text in the years it had
    an applicant or an intern."""
    wanted = None if scope.unit_ids is None else set(scope.unit_ids)
    functions = {
        i: (unit_id, title, (text or "").strip())
        for i, unit_id, title, text in session.execute(
            select(Opportunity.id, Opportunity.unit_id, Opportunity.title, Opportunity.requirements)
        )
        if wanted is None or unit_id in wanted
    }
    # (unit, function, text) -> years: a unit often offers one function in several
    # opportunities (one a year); a reader asks per function, not per opportunity.
    years: dict[tuple[str, str, str], set[int]] = defaultdict(set)
    kept = session.execute(
        select(RequirementText.opportunity_id, RequirementText.year, RequirementText.text).where(
            RequirementText.year >= period.first_year, RequirementText.year <= period.last_year
        )
    )
    with_texts = set()
    for function, year, text in kept:
        if function in functions and text.strip():
            unit_id, title, _own = functions[function]
            years[(units[unit_id], title, text.strip())].add(year)
            with_texts.add(function)
    for function, year in years_used(session, period):
        unit_id, title, text = functions.get(function, (0, "", ""))
        if text and function not in with_texts:
            years[(units[unit_id], title, text)].add(year)
    rows = [
        RequirementRow(unit, title, text, ", ".join(period.label(y) for y in sorted(held)))
        for (unit, title, text), held in years.items()
    ]
    return sorted(rows, key=lambda r: (r.unit.casefold(), r.function.casefold(), r.years))


def years_used(session: Session, period: Period) -> set[tuple[int, int]]:
    """(function, year) for each year a function had an applicant or an intern."""
    used: set[tuple[int, int]] = set()
    for column, day in (
        (Application.opportunity_id, Application.application_date),
        (Internship.opportunity_id, Internship.start_date),
    ):
        query = select(column, day).where(
            column.is_not(None), day >= period.first_day, day <= period.last_day
        )
        used.update(
            (function, period.year_of(on))
            for function, on in session.execute(query)
            if function is not None
        )
    return used


def unpaid_reasons(interns: Iterable[CountedIntern]) -> list[UnpaidReason]:
    """Per unit and year, each reason given for unpaid internships, with how many."""
    counted: Counter[tuple[int, str, str, str]] = Counter()
    for intern in interns:
        if not intern.paid:
            counted[(intern.year, intern.label, intern.unit, _written(intern.unpaid_reason))] += 1
    ordered = sorted(counted.items(), key=lambda item: (item[0][0], item[0][2].casefold()))
    return [UnpaidReason(unit, label, reason, n) for (_y, label, unit, reason), n in ordered]


def _written(text: str | None) -> str:
    return (text or "").strip() or NO_TEXT
