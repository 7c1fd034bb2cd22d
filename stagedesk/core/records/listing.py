"""The rows behind each list in the application: one query per kind of record.

Every query returns the record id first, then plain values (names already joined), so a
list of 25,000 candidates loads in one round trip and the UI only formats and filters.
"""

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any

from sqlalchemy import ColumnElement, Select, func, select
from sqlalchemy.orm import Session, aliased

from stagedesk.core.models import (
    Application,
    Base,
    Candidate,
    FollowUpEntry,
    Internship,
    Opportunity,
    Programme,
    School,
    SchoolContact,
    StaffMember,
    Unit,
)


@dataclass(frozen=True)
class Listing:
    columns: tuple[str, ...]
    rows: list[tuple[Any, ...]]


def _name(person: Any) -> ColumnElement[str]:
    # "+" on strings compiles to "||" on SQLite and PostgreSQL alike.
    name: ColumnElement[str] = person.first_name + " " + person.last_name
    return name


def _run(session: Session, query: Select[*tuple[Any, ...]]) -> Listing:
    result = session.execute(query)
    return Listing(tuple(result.keys()), [tuple(row) for row in result])


def opportunities(session: Session) -> Listing:
    mentor = aliased(StaffMember)
    query = (
        select(
            Opportunity.id,
            Opportunity.title,
            Unit.name.label("unit"),
            Opportunity.domain,
            _name(mentor).label("mentor"),
            Opportunity.period_start,
            Opportunity.period_end,
            Opportunity.places,
            Opportunity.status,
        )
        .join(Unit, Opportunity.unit_id == Unit.id)
        .outerjoin(mentor, Opportunity.mentor_id == mentor.id)
        .order_by(Opportunity.period_start.desc().nulls_last(), Opportunity.id.desc())
    )
    return _run(session, query)


def candidates(session: Session) -> Listing:
    query = (
        select(
            Candidate.id,
            Candidate.last_name,
            Candidate.first_name,
            Candidate.email,
            Candidate.date_of_birth,
            School.name.label("school"),
            Programme.name.label("programme"),
            Candidate.education_level,
        )
        .outerjoin(School, Candidate.school_id == School.id)
        .outerjoin(Programme, Candidate.programme_id == Programme.id)
        .order_by(Candidate.last_name, Candidate.first_name)
    )
    return _run(session, query)


def applications(session: Session) -> Listing:
    query = (
        select(
            Application.id,
            _name(Candidate).label("candidate"),
            Opportunity.title.label("opportunity"),
            Application.application_date,
            Application.source,
            Application.status,
            Application.decision_date,
        )
        .join(Candidate, Application.candidate_id == Candidate.id)
        .outerjoin(Opportunity, Application.opportunity_id == Opportunity.id)
        .order_by(Application.application_date.desc(), Application.id.desc())
    )
    return _run(session, query)


def internships(session: Session) -> Listing:
    mentor = aliased(StaffMember)
    query = (
        select(
            Internship.id,
            _name(Candidate).label("intern"),
            Unit.name.label("unit"),
            _name(mentor).label("mentor"),
            School.name.label("school"),
            Internship.kind,
            Internship.start_date,
            Internship.end_date,
            Internship.status,
        )
        .join(Candidate, Internship.candidate_id == Candidate.id)
        .join(Unit, Internship.unit_id == Unit.id)
        .outerjoin(mentor, Internship.mentor_id == mentor.id)
        .outerjoin(School, Internship.school_id == School.id)
        .order_by(Internship.start_date.desc(), Internship.id.desc())
    )
    return _run(session, query)


def schools(session: Session) -> Listing:
    interns = (
        select(func.count())
        .where(Internship.school_id == School.id)
        .correlate(School)
        .scalar_subquery()
    )
    query = select(
        School.id,
        School.name,
        School.kind,
        School.city,
        School.language,
        School.last_contact,
        interns.label("interns"),
    ).order_by(School.name)
    return _run(session, query)


def units(session: Session) -> Listing:
    staff = (
        select(func.count()).where(StaffMember.unit_id == Unit.id).correlate(Unit).scalar_subquery()
    )
    query = select(Unit.id, Unit.name, Unit.code, staff.label("staff"), Unit.active).order_by(
        Unit.name
    )
    return _run(session, query)


def staff_members(session: Session) -> Listing:
    query = (
        select(
            StaffMember.id,
            StaffMember.last_name,
            StaffMember.first_name,
            Unit.name.label("unit"),
            StaffMember.function,
            StaffMember.email,
            StaffMember.is_coordinator,
            StaffMember.is_mentor,
            StaffMember.is_backup,
            StaffMember.is_unit_head,
        )
        .outerjoin(Unit, StaffMember.unit_id == Unit.id)
        .order_by(StaffMember.last_name, StaffMember.first_name)
    )
    return _run(session, query)


def follow_up(session: Session, internship_id: int) -> Listing:
    query = (
        select(FollowUpEntry.id, FollowUpEntry.entry_date, FollowUpEntry.kind, FollowUpEntry.text)
        .where(FollowUpEntry.internship_id == internship_id)
        .order_by(FollowUpEntry.entry_date.desc(), FollowUpEntry.id.desc())
    )
    return _run(session, query)


def school_contacts(session: Session, school_id: int) -> Listing:
    query = (
        select(SchoolContact.id, SchoolContact.name, SchoolContact.function, SchoolContact.email)
        .where(SchoolContact.school_id == school_id)
        .order_by(SchoolContact.name)
    )
    return _run(session, query)


def programmes(session: Session, school_id: int) -> Listing:
    query = (
        select(Programme.id, Programme.name, Programme.education_level)
        .where(Programme.school_id == school_id)
        .order_by(Programme.name)
    )
    return _run(session, query)


LISTINGS: dict[type[Base], Callable[[Session], Listing]] = {
    Opportunity: opportunities,
    Candidate: candidates,
    Application: applications,
    Internship: internships,
    School: schools,
    Unit: units,
    StaffMember: staff_members,
}


def choices(session: Session, model: type[Base], **where: Any) -> Sequence[tuple[int, str]]:
    """(id, label) pairs for picking a record of ``model`` in a drop-down, in a useful order.

    People read "first name last name", as everywhere else, but sort by last name.
    Opportunities carry their unit and month, since titles repeat from year to year.
    """
    query, label = _CHOICES[model]
    for column, value in where.items():
        query = query.where(getattr(model, column) == value)
    return [(int(row[0]), label(row)) for row in session.execute(query)]


def _person_choices(person: Any) -> Select[*tuple[Any, ...]]:
    return select(person.id, person.first_name, person.last_name).order_by(
        person.last_name, person.first_name
    )


def _named(model: Any) -> Select[*tuple[Any, ...]]:
    return select(model.id, model.name).order_by(model.name)


def _opportunity_label(row: Any) -> str:
    when = f", {row[3]:%m/%Y}" if row[3] is not None else ""
    return f"{row[1]} — {row[2]}{when}"


_CHOICES: dict[type[Base], tuple[Select[*tuple[Any, ...]], Callable[[Any], str]]] = {
    Unit: (_named(Unit), lambda row: str(row[1])),
    School: (_named(School), lambda row: str(row[1])),
    Programme: (_named(Programme), lambda row: str(row[1])),
    SchoolContact: (_named(SchoolContact), lambda row: str(row[1])),
    StaffMember: (_person_choices(StaffMember), lambda row: f"{row[1]} {row[2]}"),
    Candidate: (_person_choices(Candidate), lambda row: f"{row[1]} {row[2]}"),
    Opportunity: (
        select(Opportunity.id, Opportunity.title, Unit.name, Opportunity.period_start)
        .join(Unit, Opportunity.unit_id == Unit.id)
        .order_by(Opportunity.period_start.desc().nulls_last(), Opportunity.title),
        _opportunity_label,
    ),
}
