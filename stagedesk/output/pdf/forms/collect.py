"""Gathering a form job from the database: the response, its definition, what is known."""

import datetime as dt

from sqlalchemy.orm import Session

from stagedesk.core.forms import Definition, FormRegistry
from stagedesk.core.forms.codes import FormCode
from stagedesk.core.forms.facts import response_facts
from stagedesk.core.forms.responses import load_answers
from stagedesk.core.models import (
    Application,
    FormResponse,
    Internship,
    Opportunity,
    OrganisationSettings,
    Unit,
)
from stagedesk.core.records.organisation import organisation
from stagedesk.output.pdf.forms.job import FormJob, Letterhead, Variant


def letterhead(session: Session) -> Letterhead:
    settings = organisation(session)
    if settings is None:
        return Letterhead("")
    return Letterhead(settings.name, settings.logo)


def subject_of(session: Session, response: FormResponse) -> str:
    """Who or what the form is about, as printed on every page."""
    if response.internship_id is not None:
        internship = session.get(Internship, response.internship_id)
        return internship.intern.full_name if internship else ""
    if response.application_id is not None:
        application = session.get(Application, response.application_id)
        return application.candidate.full_name if application else ""
    if response.organisation_id is not None:
        organisation = session.get(OrganisationSettings, response.organisation_id)
        return organisation.name if organisation else ""
    if response.opportunity_id is not None:
        opportunity = session.get(Opportunity, response.opportunity_id)
        return f"{opportunity.title} — {opportunity.unit.name}" if opportunity else ""
    unit = session.get(Unit, response.unit_id) if response.unit_id is not None else None
    return unit.name if unit else ""


def form_job(
    session: Session,
    registry: FormRegistry,
    response_id: int,
    variant: Variant,
    *,
    language: str | None = None,
    today: dt.date | None = None,
) -> FormJob:
    """Everything needed to print response ``response_id``; LookupError if it is gone."""
    response = session.get(FormResponse, response_id)
    if response is None:
        raise LookupError(response_id)
    definition = registry.version(session, response.form_id, response.form_version)
    filled = variant is not Variant.BLANK
    return FormJob(
        definition=definition,
        language=language or response.language.value,
        variant=variant,
        code=FormCode(response.id, definition.id, definition.version),
        letterhead=letterhead(session),
        subject=subject_of(session, response),
        facts=response_facts(session, response, definition.record) if filled else {},
        answers=load_answers(session, definition, response.id) if filled else {},
        printed_on=today or dt.date.today(),
    )


def card_job(
    session: Session, definition: Definition, language: str, *, today: dt.date | None = None
) -> FormJob:
    """A reference card: the same for everyone, so it has no response and code 0."""
    return FormJob(
        definition=definition,
        language=language,
        variant=Variant.BLANK,
        code=FormCode(0, definition.id, definition.version),
        letterhead=letterhead(session),
        subject="",
        printed_on=today or dt.date.today(),
    )
