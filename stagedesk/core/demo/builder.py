"""The demo organisation built year by year: who does an internship when, and where.

Each academic year is drafted as placements (unit, kind, school, dates), grouped into
opportunities, and turned into candidates, applications, internships and follow-up; the
rows are written at the end of each year.
"""

import datetime as dt
import random

from stagedesk.core.demo import kinds
from stagedesk.core.demo.base import (
    HORIZON_DAYS,
    Context,
    Intern,
    Placement,
    RowStore,
    Writer,
    academic_year_start,
    weekday,
)
from stagedesk.core.demo.internships import Internships
from stagedesk.core.demo.opportunities import Opportunities
from stagedesk.core.demo.organisation import Organisation
from stagedesk.core.demo.people import People
from stagedesk.core.models import (
    Application,
    Base,
    Candidate,
    FollowUpEntry,
    Internship,
    Opportunity,
    OrganisationSettings,
    Programme,
    School,
    SchoolContact,
    StaffMember,
    Unit,
)

# Every table the builder fills, in an order that satisfies the foreign keys.
TABLES: tuple[type[Base], ...] = (
    OrganisationSettings,
    Unit,
    StaffMember,
    School,
    SchoolContact,
    Programme,
    Opportunity,
    Candidate,
    Application,
    Internship,
    FollowUpEntry,
)
RETURN_RATE = 0.04  # interns who come back the next year
SPONTANEOUS_RATE = 0.1  # internships that started from a spontaneous application


class Builder:
    """Builds every row of the demo organisation in memory, with explicit ids."""

    def __init__(self, rng: random.Random, today: dt.date, write: Writer) -> None:
        self.rows = RowStore(TABLES, write)
        self.context = Context(rng, today, self.rows)
        self.current_year = academic_year_start(today)
        self.organisation = Organisation(self.context)
        self.people = People(self.context, self.organisation)
        self.opportunities = Opportunities(self.context, self.organisation, self.people)
        self.internships = Internships(self.context, self.organisation)

    def build(self, years: int, per_year: int) -> None:
        self.organisation.build()
        interns: list[Intern] = []
        for offset in range(years - 1, -1, -1):
            year = self.current_year.replace(year=self.current_year.year - offset)
            interns = self._year(year, per_year, interns)
            self.rows.flush()  # memory holds one academic year at most
        # Spontaneous applications that still wait for an answer.
        for _ in range(max(1, per_year // 30)):
            self.people.open_applications(None, kinds.KINDS.draw(self.context.rng), 1)
        self.rows.flush()

    def _year(self, year: dt.date, per_year: int, previous: list[Intern]) -> list[Intern]:
        """Internships of the academic year starting at ``year``, with all they need."""
        pool = list(previous)
        placements = [self._draft(year, pool) for _ in range(per_year)]
        current = year == self.current_year
        if current:
            self._fill_horizon(placements)
        placements.sort(key=lambda placement: placement.start)
        for placement in placements:
            # Someone from last year comes back only once the earlier internship is over.
            came_back = placement.returning
            if came_back is not None and came_back.last_end < placement.start:
                placement.candidate_id = came_back.candidate_id
        self.opportunities.group(year, placements, current=current)
        interns: list[Intern] = []
        for placement in placements:
            candidate_id, application_id = self.people.recruit(placement, interns)
            self.internships.internship(placement, candidate_id, application_id)
            interns.append(
                Intern(candidate_id, placement.school, placement.programme, placement.end)
            )
        return interns

    def _draft(self, year: dt.date, pool: list[Intern]) -> Placement:
        rng = self.context.rng
        returning = None
        if pool and rng.random() < RETURN_RATE:
            returning = pool.pop(rng.randrange(len(pool)))
        if returning is None:
            kind = kinds.KINDS.draw(rng)
            school = self.organisation.pick_school(kind)
            programme = rng.choice(school.programmes) if school else None
        else:
            school, programme = returning.school, returning.programme
            kind = rng.choice(kinds.KINDS_FOR_SCHOOL[school.kind if school else None])
        start = kinds.start_day(rng, year, kind)
        end = start + dt.timedelta(days=rng.randint(*kinds.KIND_WEEKS[kind]) * 7 - 3)
        hours = rng.choice(kinds.KIND_HOURS[kind])
        spontaneous = rng.random() < SPONTANEOUS_RATE
        unit = self.organisation.unit_draw.draw(rng)
        return Placement(unit, kind, school, programme, start, end, hours, spontaneous, returning)

    def _fill_horizon(self, placements: list[Placement]) -> None:
        """Several internships start, and several end, within the dashboard's horizon."""
        rng, today = self.context.rng, self.context.today
        count = max(1, len(placements) // 15)
        for placement in placements[:count]:
            placement.start = weekday(today + dt.timedelta(days=rng.randint(1, HORIZON_DAYS - 3)))
            weeks = rng.randint(*kinds.KIND_WEEKS[placement.kind])
            placement.end = placement.start + dt.timedelta(days=weeks * 7 - 3)
        for placement in placements[count : 2 * count]:
            placement.end = weekday(today + dt.timedelta(days=rng.randint(0, HORIZON_DAYS - 3)))
            # Long enough to have started by today: running, not planned.
            weeks = rng.randint(*kinds.KIND_WEEKS[placement.kind])
            weeks = max(weeks, (placement.end - today).days // 7 + 2)
            placement.start = placement.end - dt.timedelta(days=weeks * 7 - 3)
