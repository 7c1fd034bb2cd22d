"""Opportunities: filled ones grouping a year's placements, closed ones, and current ones."""

import datetime as dt

from stagedesk.core.demo import kinds
from stagedesk.core.demo.base import Context, Placement, ProgrammeInfo, weekday
from stagedesk.core.demo.organisation import Organisation
from stagedesk.core.demo.people import People
from stagedesk.core.models import ApplicationStatus, Opportunity, OpportunityStatus

_A = ApplicationStatus


class Opportunities:
    """Builds each unit's opportunities of one academic year."""

    def __init__(self, context: Context, organisation: Organisation, people: People) -> None:
        self.context = context
        self.organisation = organisation
        self.people = people

    def group(self, year: dt.date, placements: list[Placement], *, current: bool) -> None:
        """Group each unit's placements into opportunities of one to three places."""
        rng = self.context.rng
        by_unit: dict[int, list[Placement]] = {unit_id: [] for unit_id in self.organisation.units}
        for placement in placements:
            if placement.spontaneous:
                pair = self.organisation.mentor_pair(placement.unit)
                placement.mentor_id, placement.backup_id = pair
            else:
                by_unit[placement.unit].append(placement)
        for unit_id, queue in by_unit.items():
            while queue:
                size = rng.choice((1, 1, 2, 2, 3))
                self._filled(unit_id, queue[:size])
                del queue[:size]
            if not current:
                self._closed(unit_id, year)
            else:
                for index in range(rng.randint(1, 3)):
                    self._open(unit_id, always=unit_id == 1 and index == 0)

    def _filled(self, unit_id: int, chunk: list[Placement]) -> None:
        """An opportunity whose places went to ``chunk``; a planned one may have one left."""
        rng = self.context.rng
        mentor, backup = self.organisation.mentor_pair(unit_id)
        planned = any(placement.start > self.context.today for placement in chunk)
        spare = planned and rng.random() < 0.6
        first = chunk[0]
        opportunity_id = self._opportunity(
            unit_id,
            first.programme,
            (min(p.start for p in chunk), max(p.end for p in chunk)),
            first.hours,
            len(chunk) + spare,
            (mentor, backup),
            OpportunityStatus.OFFERED if spare else OpportunityStatus.FILLED,
        )
        for placement in chunk:
            placement.opportunity_id = opportunity_id
            placement.mentor_id, placement.backup_id = mentor, backup
        if spare:
            self.people.open_applications(opportunity_id, first.kind, rng.randint(1, 3))

    def _closed(self, unit_id: int, year: dt.date) -> None:
        """Now and then a past opportunity found nobody suitable and was closed."""
        rng, people = self.context.rng, self.people
        if rng.random() >= 0.35:
            return
        kind = kinds.KINDS.draw(rng)
        start = kinds.start_day(rng, year, kind)
        period = (start, start + dt.timedelta(days=8 * 7 - 3))
        staff = self.organisation.mentor_pair(unit_id)
        opportunity_id = self._opportunity(
            unit_id, None, period, None, 1, staff, OpportunityStatus.CLOSED
        )
        for _ in range(rng.randint(1, 3)):
            applied = start - dt.timedelta(days=rng.randint(30, 90))
            candidate_id, school = people.applicant(kind, start, applied)
            status = _A.REJECTED if rng.random() < 0.75 else _A.WITHDRAWN
            decided = min(applied + dt.timedelta(days=rng.randint(3, 30)), self.context.today)
            source = people.source(school, spontaneous=False)
            people.application(candidate_id, opportunity_id, applied, source, status, decided)

    def _open(self, unit_id: int, *, always: bool) -> None:
        """A current opportunity: proposed or offered, sometimes still without a mentor.

        ``always`` makes one offered opportunity without mentor, so the dashboard shows both.
        """
        rng = self.context.rng
        no_mentor = always or rng.random() < 0.35
        offered = always or rng.random() < 0.6
        kind = kinds.KINDS.draw(rng)
        school = self.organisation.pick_school(kind)
        start = weekday(self.context.today + dt.timedelta(days=rng.randint(20, 150)))
        weeks = rng.randint(*kinds.KIND_WEEKS[kind])
        opportunity_id = self._opportunity(
            unit_id,
            rng.choice(school.programmes) if school else None,
            (start, start + dt.timedelta(days=weeks * 7 - 3)),
            rng.choice(kinds.KIND_HOURS[kind]),
            rng.randint(1, 2),
            (None, None) if no_mentor else self.organisation.mentor_pair(unit_id),
            OpportunityStatus.OFFERED if offered else OpportunityStatus.PROPOSED,
        )
        if offered:
            self.people.open_applications(opportunity_id, kind, rng.randint(1, 3))

    def _opportunity(
        self,
        unit_id: int,
        programme: ProgrammeInfo | None,
        period: tuple[dt.date, dt.date],
        hours: int | None,
        places: int,
        staff: tuple[int | None, int | None],
        status: OpportunityStatus,
    ) -> int:
        unit = self.organisation.units[unit_id]
        assignment = self.context.rng.choice(unit.assignments)
        return self.context.rows.add(
            Opportunity,
            title=assignment.title,
            unit_id=unit_id,
            domain=unit.domain,
            work_kind=assignment.work_kind,
            description=assignment.description,
            requirements=assignment.requirements,
            education_level=programme.level if programme else None,
            programme=programme.name if programme else None,
            period_start=period[0],
            period_end=period[1],
            hours_per_week=hours,
            places=places,
            mentor_id=staff[0],
            backup_id=staff[1],
            status=status,
        )
