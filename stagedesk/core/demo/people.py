"""Candidates and their applications: the intern's own, rivals', and those still open."""

import datetime as dt

from stagedesk.core.demo import names, schools
from stagedesk.core.demo.base import DAY, Context, Intern, Placement, ProgrammeInfo, SchoolInfo
from stagedesk.core.demo.organisation import Organisation
from stagedesk.core.models import (
    Application,
    ApplicationSource,
    ApplicationStatus,
    Candidate,
    InternshipKind,
)

CONSENT_RATE = 0.15  # candidates who answered the target-group questions
_A = ApplicationStatus  # short: it is on many lines below


class People:
    """Builds candidates and applications, dated consistently with the internships."""

    def __init__(self, context: Context, organisation: Organisation) -> None:
        self.context = context
        self.organisation = organisation

    def recruit(self, placement: Placement, interns: list[Intern]) -> tuple[int, int]:
        """The intern's accepted application, and rivals' applications for the same place.

        Everything was decided before the start and before today.
        """
        rng = self.context.rng
        latest = min(placement.start - DAY, self.context.today)
        applied = min(
            placement.start - dt.timedelta(days=rng.randint(14, 120)),
            latest - dt.timedelta(days=rng.randint(3, 20)),
        )
        decided = min(applied + dt.timedelta(days=rng.randint(3, 30)), latest)
        candidate_id = placement.candidate_id
        if candidate_id is None:
            candidate_id = self.candidate(
                placement.school, placement.programme, placement.start, applied
            )
        source = self.source(placement.school, spontaneous=placement.spontaneous)
        accepted = self.application(
            candidate_id, placement.opportunity_id, applied, source, _A.ACCEPTED, decided
        )
        for _ in range(rng.choice((0, 0, 1) if placement.spontaneous else (1, 1, 2, 2, 3))):
            self._rival(placement, applied, latest, interns)
        return candidate_id, accepted

    def _rival(
        self, placement: Placement, applied: dt.date, latest: dt.date, interns: list[Intern]
    ) -> None:
        """Someone else who wanted the place: sometimes an intern placed elsewhere."""
        rng = self.context.rng
        applied = min(applied + dt.timedelta(days=rng.randint(-10, 10)), latest)
        if interns and rng.random() < 0.2:
            candidate_id, school = rng.choice(interns).candidate_id, placement.school
        else:
            candidate_id, school = self.applicant(placement.kind, placement.start, applied)
        status = _A.REJECTED if rng.random() < 0.75 else _A.WITHDRAWN
        decided = min(applied + dt.timedelta(days=rng.randint(3, 30)), latest)
        source = self.source(school, spontaneous=placement.spontaneous)
        self.application(candidate_id, placement.opportunity_id, applied, source, status, decided)

    def open_applications(
        self, opportunity_id: int | None, kind: InternshipKind, count: int
    ) -> None:
        """Applications of the last weeks that still wait for an interview or a decision."""
        rng, today = self.context.rng, self.context.today
        for _ in range(count):
            applied = today - dt.timedelta(days=rng.randint(0, 40))
            candidate_id, school = self.applicant(kind, today, applied)
            status = rng.choice((_A.APPLIED, _A.APPLIED, _A.INTERVIEWED))
            source = self.source(school, spontaneous=opportunity_id is None)
            self.application(candidate_id, opportunity_id, applied, source, status, None)

    def applicant(
        self, kind: InternshipKind, start: dt.date, applied: dt.date
    ) -> tuple[int, SchoolInfo | None]:
        """A new candidate from a partner that sends ``kind`` internships."""
        school = self.organisation.pick_school(kind)
        programme = self.context.rng.choice(school.programmes) if school else None
        return self.candidate(school, programme, start, applied), school

    def source(self, school: SchoolInfo | None, *, spontaneous: bool) -> ApplicationSource:
        if spontaneous:
            return ApplicationSource.SPONTANEOUS
        return self.context.rng.choice(schools.SOURCES[school.kind if school else None])

    def application(
        self,
        candidate_id: int,
        opportunity_id: int | None,
        applied: dt.date,
        source: ApplicationSource,
        status: ApplicationStatus,
        decided: dt.date | None,
    ) -> int:
        return self.context.rows.add(
            Application,
            candidate_id=candidate_id,
            opportunity_id=opportunity_id,
            application_date=applied,
            source=source,
            status=status,
            decision_date=decided,
        )

    def candidate(
        self,
        school: SchoolInfo | None,
        programme: ProgrammeInfo | None,
        start: dt.date,
        applied: dt.date,
    ) -> int:
        """A candidate of an age that fits the school; some consented to the target-group
        questions (the database refuses those answers without a consent date)."""
        rng = self.context.rng
        person = names.person(rng, school.language if school else None)
        youngest, oldest = schools.AGES[school.kind if school else None]
        # Days strictly inside [youngest, oldest + 1) years, leap days included.
        age_days = rng.randint(round(youngest * 365.25) + 1, round((oldest + 1) * 365.25) - 2)
        born = start - dt.timedelta(days=age_days)
        consent = applied if rng.random() < CONSENT_RATE else None
        return self.context.rows.add(
            Candidate,
            first_name=person.first,
            last_name=person.last,
            email=self.organisation.email(person, rng.choice(names.MAIL_DOMAINS)),
            address=names.address(rng, person.language),
            date_of_birth=born,
            gender=person.gender,
            education_level=programme.level if programme else None,
            school_id=school.id if school else None,
            programme_id=programme.id if programme else None,
            language=person.language,
            languages=names.spoken_languages(rng, person),
            consent_date=consent,
            tg_migration_background=None if consent is None else rng.random() < 0.35,
            tg_disability=None if consent is None else rng.random() < 0.1,
        )
