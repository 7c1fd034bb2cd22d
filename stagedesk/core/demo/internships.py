"""Internship rows: their status on ``today``, early stops, later hiring and follow-up."""

import datetime as dt
from decimal import Decimal

from stagedesk.core.demo import kinds
from stagedesk.core.demo.base import Context, Placement, Row
from stagedesk.core.demo.organisation import Organisation
from stagedesk.core.models import (
    FollowUpEntry,
    FollowUpKind,
    Internship,
    InternshipKind,
    InternshipStatus,
    Language,
    SchoolKind,
)

STOP_RATE = 0.06  # past internships stopped early
_HIGHER = (SchoolKind.UNIVERSITY, SchoolKind.UNIVERSITY_COLLEGE)  # telework more common


class Internships:
    """Turns a planned placement into its internship row and follow-up entries."""

    def __init__(self, context: Context, organisation: Organisation) -> None:
        self.context = context
        self.organisation = organisation

    def internship(self, placement: Placement, candidate_id: int, application_id: int) -> None:
        rng = self.context.rng
        status, stop = self._status(placement)
        allowances = kinds.KIND_ALLOWANCES.get(placement.kind)
        allowance = Decimal(rng.choice(allowances)) if allowances else None
        school = placement.school
        weeks = max(1, ((placement.end - placement.start).days + 3) // 7)
        internship_id = self.context.rows.add(
            Internship,
            candidate_id=candidate_id,
            application_id=application_id,
            unit_id=placement.unit,
            opportunity_id=placement.opportunity_id,
            mentor_id=placement.mentor_id,
            backup_id=placement.backup_id,
            school_id=school.id if school else None,
            supervisor_id=rng.choice(school.contacts) if school else None,
            kind=placement.kind,
            paid=allowance is not None,
            allowance=allowance,
            start_date=placement.start,
            end_date=placement.end,
            hours_per_week=placement.hours,
            total_hours=placement.hours * weeks,
            # 7.6 hours is a Belgian full-time day (38 hours a week).
            days_per_week=min(5, max(2, round(placement.hours / 7.6))),
            telework=rng.random() < (0.3 if school and school.kind in _HIGHER else 0.05),
            status=status,
            **stop,
            **self._hired(placement, status),
        )
        if status is not InternshipStatus.PLANNED:
            self._follow_ups(internship_id, placement, status)

    def _status(self, placement: Placement) -> tuple[InternshipStatus, Row]:
        """The status ``today`` implies; a few past internships were stopped early."""
        rng, today = self.context.rng, self.context.today
        stop: Row = {"stop_reason": None, "stopped_by": None}
        if placement.start > today:
            return InternshipStatus.PLANNED, stop
        if placement.end >= today:
            return InternshipStatus.RUNNING, stop
        if rng.random() >= STOP_RATE:
            return InternshipStatus.COMPLETED, stop
        stopped_by, dutch, french = rng.choice(kinds.STOP_REASONS)
        # The end date becomes the day it stopped; at least a week after the start.
        length = (placement.end - placement.start).days
        placement.end = placement.start + dt.timedelta(days=rng.randint(7, length - 1))
        language = self.organisation.staff_language.get(placement.mentor_id or 0)
        stop = {
            "stop_reason": french if language is Language.FRENCH else dutch,
            "stopped_by": stopped_by,
        }
        return InternshipStatus.STOPPED_EARLY, stop

    def _hired(self, placement: Placement, status: InternshipStatus) -> Row:
        """About one in ten completed interns later got a job here; job seekers more often."""
        rng = self.context.rng
        since = (self.context.today - placement.end).days
        rate = 0.3 if placement.kind is InternshipKind.JOB_SEEKER else 0.08
        if status is not InternshipStatus.COMPLETED or since < 30 or rng.random() >= rate:
            return {"hired_later": False, "hired_date": None, "hired_function": None}
        return {
            "hired_later": True,
            "hired_date": placement.end + dt.timedelta(days=rng.randint(14, min(since, 365))),
            "hired_function": rng.choice(self.organisation.units[placement.unit].hired_functions),
        }

    def _follow_ups(
        self, internship_id: int, placement: Placement, status: InternshipStatus
    ) -> None:
        """One to four entries between the start and today, in the mentor's language."""
        rng = self.context.rng
        span = (min(placement.end, self.context.today) - placement.start).days
        count = rng.randint(1, min(4, 1 + span // 14))
        days = sorted(rng.randint(0, span) for _ in range(count))
        language = self.organisation.staff_language.get(placement.mentor_id or 0, Language.DUTCH)
        for index, day in enumerate(days):
            last = index == count - 1
            kind = kinds.FOLLOW_UP_KINDS.draw(rng)
            if last and status is InternshipStatus.STOPPED_EARLY:
                kind = FollowUpKind.INCIDENT
            self.context.rows.add(
                FollowUpEntry,
                internship_id=internship_id,
                entry_date=placement.start + dt.timedelta(days=day),
                kind=kind,
                text=rng.choice(kinds.FOLLOW_UP_TEXTS[kind][language]),
            )
