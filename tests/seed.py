"""A small, hand-made organisation for UI tests: every kind of record, known values."""

import datetime as dt
from dataclasses import dataclass

from sqlalchemy.orm import Session, sessionmaker

from stagedesk.core.models import (
    Application,
    ApplicationStatus,
    Candidate,
    EducationLevel,
    FollowUpEntry,
    FollowUpKind,
    Gender,
    Internship,
    InternshipKind,
    InternshipStatus,
    Opportunity,
    OpportunityStatus,
    OrganisationSettings,
    Programme,
    School,
    SchoolContact,
    SchoolKind,
    StaffMember,
    Unit,
)

TODAY = dt.date(2026, 3, 2)


@dataclass
class Seed:
    units: dict[str, int]
    staff: dict[str, int]
    school: int
    candidates: dict[str, int]
    internships: dict[str, int]
    opportunities: dict[str, int]
    applications: dict[str, int]
    organisation: int = 0  # the OrganisationSettings row


def seed_small(sessions: sessionmaker[Session]) -> Seed:
    with sessions.begin() as s:
        organisation = OrganisationSettings(name="Voorbeeldorganisatie")
        s.add(organisation)
        comm, ict = Unit(name="Communicatie"), Unit(name="ICT")
        s.add_all([comm, ict])
        an = StaffMember(first_name="An", last_name="Peeters", unit=comm, is_mentor=True)
        marc = StaffMember(first_name="Marc", last_name="Dubois", unit=ict, is_mentor=True)
        els = StaffMember(first_name="Els", last_name="Janssens", unit=comm, is_backup=True)
        school = School(name="Hogeschool Zennevallei", kind=SchoolKind.UNIVERSITY_COLLEGE)
        contact = SchoolContact(school=school, name="Karin Wouters")
        programme = Programme(
            school=school, name="Bachelor communicatie", education_level=EducationLevel.MASTER
        )
        s.add_all([an, marc, els, school, contact, programme])
        celine = Candidate(
            first_name="Céline",
            last_name="Lambert",
            email="celine@example.be",
            gender=Gender.FEMALE,
            school=school,
            programme=programme,
            date_of_birth=dt.date(2003, 5, 1),
        )
        jonas = Candidate(first_name="Jonas", last_name="Claes", email="jonas@example.be")
        sara = Candidate(first_name="Sara", last_name="El Amrani", email="sara@example.be")
        s.add_all([celine, jonas, sara])
        writer = Opportunity(
            title="Communicatiemedewerker",
            unit=comm,
            mentor=an,
            status=OpportunityStatus.OFFERED,
        )
        orphan = Opportunity(title="Data-analist", unit=ict, status=OpportunityStatus.PROPOSED)
        s.add_all([writer, orphan])
        accepted = Application(
            candidate=celine,
            opportunity=writer,
            application_date=dt.date(2026, 1, 5),
            status=ApplicationStatus.ACCEPTED,
            decision_date=dt.date(2026, 1, 20),
        )
        waiting = Application(
            candidate=jonas,
            opportunity=orphan,
            application_date=dt.date(2026, 2, 10),
        )
        s.add_all([accepted, waiting])
        running = Internship(
            intern=celine,
            application=accepted,
            unit=comm,
            opportunity=writer,
            mentor=an,
            backup=els,
            school=school,
            supervisor=contact,
            kind=InternshipKind.CURRICULAR,
            start_date=dt.date(2026, 2, 2),
            end_date=dt.date(2026, 3, 20),
            hours_per_week=38,
            status=InternshipStatus.RUNNING,
        )
        planned = Internship(
            intern=sara,
            unit=ict,
            mentor=marc,
            kind=InternshipKind.VOLUNTARY,
            start_date=dt.date(2026, 3, 16),
            end_date=dt.date(2026, 4, 30),
            status=InternshipStatus.PLANNED,
        )
        s.add_all([running, planned])
        s.add(
            FollowUpEntry(
                internship=running,
                entry_date=dt.date(2026, 2, 20),
                kind=FollowUpKind.VISIT,
                text="Bezoek van de school: alles loopt goed.",
            )
        )
        s.flush()
        return Seed(
            units={"comm": comm.id, "ict": ict.id},
            staff={"an": an.id, "marc": marc.id, "els": els.id},
            school=school.id,
            candidates={"celine": celine.id, "jonas": jonas.id, "sara": sara.id},
            internships={"running": running.id, "planned": planned.id},
            opportunities={"writer": writer.id, "orphan": orphan.id},
            applications={"accepted": accepted.id, "waiting": waiting.id},
            organisation=organisation.id,
        )
