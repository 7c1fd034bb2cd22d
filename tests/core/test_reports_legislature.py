"""Question 108 over a whole legislature, figure by figure (issue 16): nine units over five
years, people applying several times and to several units, applications and internships
across New Year, a unit with years of nothing and an inactive one with nothing at all.
Every expected figure is computed here in plain Python over the records the test made,
never with the report's own code."""

import datetime as dt
import random
from collections import Counter, defaultdict
from typing import Any

import pytest
from sqlalchemy.orm import Session

from stagedesk.core.db.database import Database
from stagedesk.core.models import (
    Application,
    ApplicationStatus,
    Candidate,
    HireContract,
    Internship,
    InternshipKind,
    InternshipStatus,
    Opportunity,
    Unit,
)
from stagedesk.core.reports import annual_overview
from stagedesk.core.reports.scope import ReportScope

pytestmark = pytest.mark.clock  # see tests/moved_clock.py

TODAY = dt.date(2025, 3, 1)
YEARS = range(2020, 2025)
UNITS = [
    "Kabinet", "Communicatie", "Juridische dienst", "ICT", "Financiën", "Personeel",
    "Beleidscel", "Secretariaat", "Onthaal",
]  # fmt: skip
QUIET = "Archief"  # active, but nobody in any year: zeros in every year
GONE = "Oude dienst"  # inactive and nobody: not shown at all
REASONS = [None, "Regels van de school", "Vrijwillige stage"]


def _day(rng: random.Random, year: int) -> dt.date:
    if rng.random() < 0.15:  # across New Year
        return rng.choice([dt.date(year, 12, 31), dt.date(year, 1, 1)])
    return dt.date(year, 1, 1) + dt.timedelta(days=rng.randrange(365))


def _legislature(session: Session) -> dict[str, list[Any]]:
    """The records, and what the test keeps of them to count by hand."""
    rng = random.Random(108)
    units = {name: Unit(name=name) for name in [*UNITS, QUIET]}
    units[GONE] = Unit(name=GONE, active=False)
    session.add_all(units.values())
    functions = {
        name: [Opportunity(title=f"Functie {n}", unit=unit) for n in range(2)]
        for name, unit in units.items()
        if name in UNITS
    }
    people = [Candidate(first_name=f"P{n}", last_name="X") for n in range(140)]
    session.add_all([*people, *(f for fs in functions.values() for f in fs)])
    kept: dict[str, list[Any]] = {"applications": [], "internships": []}
    for person in people:
        for _ in range(rng.choice([1, 1, 2, 3])):  # several times, to several units
            unit = rng.choice(UNITS)
            day = _day(rng, rng.choice([2019, *YEARS, 2025]))
            status = rng.choice(list(ApplicationStatus))
            session.add(
                Application(
                    candidate=person,
                    opportunity=rng.choice(functions[unit]),
                    application_date=day,
                    status=status,
                )
            )
            kept["applications"].append((person, unit, day))
            if status is not ApplicationStatus.ACCEPTED:
                continue
            start = day + dt.timedelta(days=rng.randrange(10, 60))
            end = start + dt.timedelta(days=rng.randrange(20, 120))
            paid = rng.random() < 0.3
            hired = rng.random() < 0.2
            hired_on = end + dt.timedelta(days=rng.randrange(1, 400)) if hired else None
            internship = Internship(
                intern=person,
                unit=units[unit],
                kind=rng.choice(list(InternshipKind)),
                start_date=start,
                end_date=end,
                status=InternshipStatus.PLANNED
                if start > TODAY
                else rng.choice([InternshipStatus.COMPLETED, InternshipStatus.STOPPED_EARLY]),
                telework=rng.random() < 0.3,
                paid=paid,
                unpaid_reason=None if paid else rng.choice(REASONS),
                total_hours=rng.choice([None, 160, 300]),
                hours_per_week=rng.choice([None, 19, 38]),
                hired_later=hired,
                hired_date=hired_on,
                hired_function=rng.choice(["Medewerker", None]) if hired else None,
                hired_contract=rng.choice([*HireContract, None]) if hired else None,
            )
            session.add(internship)
            kept["internships"].append((person, unit, internship))
    session.flush()
    return kept


def _hours(i: Internship) -> float | None:
    days = (i.end_date - i.start_date).days + 1
    if i.total_hours:
        return float(i.total_hours)
    return i.hours_per_week * days / 7 if i.hours_per_week else None


def test_every_figure_of_question_108_by_hand(any_database: Database) -> None:
    with any_database.sessions.begin() as session:
        kept = _legislature(session)
        overview = annual_overview(
            session, ReportScope(first_year=2020, last_year=2024, today=TODAY, language="nl")
        )
        applied: dict[tuple[int, str], set[int]] = defaultdict(set)
        applied_in_year: dict[int, set[int]] = defaultdict(set)
        for person, unit, day in kept["applications"]:
            if day.year in YEARS:
                applied[(day.year, unit)].add(person.id)
                applied_in_year[day.year].add(person.id)
        interns: dict[tuple[int, str], list[Internship]] = defaultdict(list)
        hired_on: Counter[tuple[int, str]] = Counter()
        contracts: Counter[tuple[int, str, HireContract | None]] = Counter()
        for _person, unit, i in kept["internships"]:
            if i.start_date.year in YEARS and not (
                i.status is InternshipStatus.PLANNED and i.start_date > TODAY
            ):
                interns[(i.start_date.year, unit)].append(i)
            if i.hired_date is not None and i.hired_date.year in YEARS:
                hired_on[(i.hired_date.year, unit)] += 1
                contracts[(i.hired_date.year, unit, i.hired_contract)] += 1

        shown = sorted([*UNITS, QUIET], key=str.casefold)
        assert [(r.year_number, r.unit) for r in overview.rows] == [
            (year, unit) for year in YEARS for unit in shown
        ]
        for r in overview.rows:
            key = (r.year_number, r.unit)
            of = interns.get(key, [])
            days = [(i.end_date - i.start_date).days + 1 for i in of]
            hours = [h for h in map(_hours, of) if h is not None]
            assert r.applicants == len(applied.get(key, ())), key
            assert r.interns == len(of), key
            assert r.average_days == (pytest.approx(sum(days) / len(days)) if days else None)
            assert r.average_hours == (pytest.approx(sum(hours) / len(hours)) if hours else None)
            assert r.kinds == {k: sum(i.kind is k for i in of) for k in InternshipKind}, key
            assert (r.paid, r.unpaid) == (sum(i.paid for i in of), sum(not i.paid for i in of))
            assert r.hired_later == sum(i.hired_later for i in of), key
            assert r.hired == hired_on[key], key
            stopped = sum(i.status is InternshipStatus.STOPPED_EARLY for i in of)
            assert (r.stopped_early, r.telework) == (stopped, sum(i.telework for i in of)), key
            assert r.long_enough == sum(h >= 160 for h in hours), key
        for total in overview.totals:
            year = total.year_number
            assert total.applicants == len(applied_in_year[year])  # people, not a sum
            assert total.interns == sum(len(v) for (y, _u), v in interns.items() if y == year)
        rows = overview.rows  # the figures are not all zero: the comparisons above can fail
        figures = ("hired", "paid", "interns", "stopped_early", "telework", "long_enough")
        assert all(sum(getattr(r, f) for r in rows) > 5 for f in figures)
        # the quiet unit: in every year, with zeros
        quiet = [r for r in overview.rows if r.unit == QUIET]
        assert len(quiet) == 5 and not any(r.applicants or r.interns for r in quiet)
        # a person applying to two units in a year counts in each, and once in the total
        for year in YEARS:
            units_sum = sum(len(applied.get((year, u), ())) for u in UNITS)
            assert units_sum >= len(applied_in_year[year])
        assert any(
            sum(len(applied.get((y, u), ())) for u in UNITS) > len(applied_in_year[y])
            for y in YEARS
        )  # the legislature really has such people
        reasons: Counter[tuple[int, str, str]] = Counter(
            (year, unit, (i.unpaid_reason or "—"))
            for (year, unit), of in interns.items()
            for i in of
            if not i.paid
        )
        got = Counter({(int(u.year), u.unit, u.reason): u.interns for u in overview.unpaid_reasons})
        assert got == reasons
        on_contract: Counter[tuple[int, str, HireContract | None]] = Counter()
        for h in overview.hired_by_function:
            for contract, n in h.contracts.items():
                on_contract[(int(h.year), h.unit, contract)] += n
        assert +on_contract == contracts and len(contracts) > 5
