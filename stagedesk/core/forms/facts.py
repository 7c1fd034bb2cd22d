"""Facts StageDesk already knows about a record, by the names definitions use in `source`.

They fill a form in advance (on screen and, later, on the pre-filled PDF), so nobody types
the intern's e-mail or the start date twice.
"""

from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from stagedesk.core.forms.definition import RecordKind
from stagedesk.core.models import (
    Application,
    Candidate,
    FormResponse,
    Internship,
    Opportunity,
    OrganisationSettings,
    StaffMember,
    Unit,
)

Facts = dict[str, Any]


def _person(prefix: str, person: StaffMember | Candidate | None) -> Facts:
    if person is None:
        return {}
    return {
        f"{prefix}.name": person.full_name,
        f"{prefix}.email": person.email,
        f"{prefix}.phone": person.phone,
    }


def _intern(candidate: Candidate | None) -> Facts:
    if candidate is None:
        return {}
    return {
        **_person("intern", candidate),
        "intern.date_of_birth": candidate.date_of_birth,
        "intern.address": candidate.address,
        **({"school.name": candidate.school.name} if candidate.school else {}),
    }


def _opportunity(opportunity: Opportunity | None) -> Facts:
    if opportunity is None:
        return {}
    return {
        "opportunity.title": opportunity.title,
        "opportunity.description": opportunity.description,
        "opportunity.requirements": opportunity.requirements,
        "unit.name": opportunity.unit.name,
        **_person("mentor", opportunity.mentor),
        **({"backup.name": opportunity.backup.full_name} if opportunity.backup else {}),
    }


def _internship(internship: Internship) -> Facts:
    facts: Facts = {
        **_intern(internship.intern),
        **_opportunity(internship.opportunity),
        "unit.name": internship.unit.name,
        **_person("mentor", internship.mentor),
        "internship.kind": internship.kind,
        "internship.start_date": internship.start_date,
        "internship.end_date": internship.end_date,
        "internship.hours_per_week": internship.hours_per_week,
        "internship.days_per_week": internship.days_per_week,
        "internship.total_hours": internship.total_hours,
        "internship.telework": internship.telework,
        "internship.paid": internship.paid,
    }
    if internship.backup is not None:
        facts["backup.name"] = internship.backup.full_name
    if internship.school is not None:
        facts["school.name"] = internship.school.name
    supervisor = internship.supervisor
    if supervisor is not None:
        facts.update(
            {
                "supervisor.name": supervisor.name,
                "supervisor.email": supervisor.email,
                "supervisor.phone": supervisor.phone,
            }
        )
    return facts


def _organisation(session: Session, organisation: OrganisationSettings | None) -> Facts:
    if organisation is None:
        return {}
    coordinator = session.scalar(
        select(StaffMember)
        .where(StaffMember.is_coordinator, StaffMember.active)
        .order_by(StaffMember.id)
        .limit(1)
    )
    return {
        "organisation.name": organisation.name,
        "organisation.address": organisation.address,
        **_person("coordinator", coordinator),
    }


def record_facts(session: Session, record: RecordKind, record_id: int) -> Facts:
    """Every known fact about the record; missing ones are simply absent."""
    if record is RecordKind.ORGANISATION:
        return _organisation(session, session.get(OrganisationSettings, record_id))
    if record is RecordKind.INTERNSHIP:
        internship = session.get(Internship, record_id)
        return _internship(internship) if internship else {}
    if record is RecordKind.APPLICATION:
        application = session.get(Application, record_id)
        if application is None:
            return {}
        return {**_intern(application.candidate), **_opportunity(application.opportunity)}
    opportunity = session.get(Opportunity, record_id)
    return _opportunity(opportunity)


def response_facts(session: Session, response: FormResponse, record: RecordKind) -> Facts:
    """The facts for a response: its record's, or only its unit's while a needs analysis
    is still a proposal without an opportunity."""
    record_id = getattr(response, f"{record.value}_id")
    facts = record_facts(session, record, record_id) if record_id is not None else {}
    if response.unit_id is not None and "unit.name" not in facts:
        unit = session.get(Unit, response.unit_id)
        if unit is not None:
            facts["unit.name"] = unit.name
    return facts
