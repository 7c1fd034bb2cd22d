"""Which toolbox tools a record has at its stage, and how far each one is."""

import datetime as dt
from dataclasses import dataclass
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from stagedesk.core.forms.definition import Definition, FormKind, RecordKind
from stagedesk.core.forms.registry import FormRegistry
from stagedesk.core.forms.responses import record_column, start_response
from stagedesk.core.models import (
    Application,
    Candidate,
    FormResponse,
    Internship,
    Opportunity,
    OrganisationSettings,
    ResponseStatus,
)


@dataclass(frozen=True)
class ToolState:
    definition: Definition
    response_id: int | None
    status: ResponseStatus | None
    completed_on: dt.date | None


def tools_for(
    session: Session, registry: FormRegistry, record: RecordKind, record_id: int, stage: str
) -> list[ToolState]:
    """Forms and cards that apply to the record now (checklists have their own view)."""
    responses = {
        r.form_id: r
        for r in session.scalars(
            select(FormResponse).where(record_column(record) == record_id).order_by(FormResponse.id)
        )
    }
    states = []
    for definition in registry.for_record(record, stage):
        if definition.kind is FormKind.CHECKLIST:
            continue
        found = responses.get(definition.id)
        states.append(
            ToolState(
                definition,
                found.id if found else None,
                found.status if found else None,
                found.completed_on if found else None,
            )
        )
    return states


def record_language(session: Session, record: RecordKind, record_id: int) -> str:
    """The language the intern or candidate reads: forms about them are made in it. The
    organisation's own documents are made in its main language."""
    candidate: Candidate | None = None
    if record is RecordKind.ORGANISATION:
        organisation = session.get(OrganisationSettings, record_id)
        language = organisation.language.value if organisation else "nl"
        return language if language in ("nl", "fr", "en") else "nl"
    if record is RecordKind.INTERNSHIP:
        internship = session.get(Internship, record_id)
        candidate = internship.intern if internship else None
    elif record is RecordKind.APPLICATION:
        application = session.get(Application, record_id)
        candidate = application.candidate if application else None
    language = candidate.language.value if candidate else "nl"
    return language if language in ("nl", "fr", "en") else "nl"


def open_response(
    session: Session, definition: Definition, record_id: int, *, language: str | None = None
) -> int:
    """The record's response to ``definition``, started now if there is none yet."""
    existing = session.scalar(
        select(FormResponse.id)
        .where(FormResponse.form_id == definition.id, record_column(definition.record) == record_id)
        .order_by(FormResponse.id.desc())
        .limit(1)
    )
    if existing is not None:
        return int(existing)
    language = language or record_language(session, definition.record, record_id)
    return start_response(session, definition, record_id, language=language).id


def response_record(session: Session, response_id: int) -> tuple[type[Any], int] | None:
    """The record a response belongs to (a unit's needs analysis: none yet): model, id."""
    response = session.get(FormResponse, response_id)
    if response is None:
        return None
    for model, record_id in (
        (Internship, response.internship_id),
        (Application, response.application_id),
        (Opportunity, response.opportunity_id),
        (OrganisationSettings, response.organisation_id),
    ):
        if record_id is not None:
            return model, record_id
    return None
