"""A unit's needs analysis, and making an opportunity of it in one step."""

from decimal import Decimal
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from stagedesk.core.forms.definition import Definition
from stagedesk.core.forms.registry import FormRegistry
from stagedesk.core.forms.responses import load_answers
from stagedesk.core.models import (
    EducationLevel,
    FormAnswer,
    FormResponse,
    Opportunity,
    OpportunityStatus,
    StaffMember,
    Unit,
)
from stagedesk.core.records.listing import Listing
from stagedesk.core.records.validation import REQUIRED, Issue, ValidationFailed

NEEDS_ANALYSIS = "needs_analysis"

# Needs-analysis fields that are an opportunity's own columns, copied as they are.
_COPIED = (
    "title",
    "domain",
    "work_kind",
    "programme",
    "period_start",
    "period_end",
)


class AlreadyAnOpportunity(Exception):
    """This needs analysis was made into an opportunity before."""


def needs_analyses(session: Session) -> Listing:
    """Every needs analysis with its unit, proposed title and what became of it."""
    title = (
        select(FormAnswer.value_text)
        .where(FormAnswer.response_id == FormResponse.id, FormAnswer.field_id == "title")
        .correlate(FormResponse)
        .limit(1)
        .scalar_subquery()
    )
    query = (
        select(
            FormResponse.id,
            Unit.name.label("unit"),
            func.coalesce(title, "").label("title"),
            FormResponse.status,
            FormResponse.created_at.label("created"),
            Opportunity.title.label("opportunity"),
        )
        .outerjoin(Unit, FormResponse.unit_id == Unit.id)
        .outerjoin(Opportunity, FormResponse.opportunity_id == Opportunity.id)
        .where(FormResponse.form_id == NEEDS_ANALYSIS)
        .order_by(FormResponse.id.desc())
    )
    result = session.execute(query)
    return Listing(tuple(result.keys()), [tuple(row) for row in result])


def make_opportunity(session: Session, registry: FormRegistry, response_id: int) -> int:
    """Create the opportunity a needs analysis proposes and link the two; return its id.

    The opportunity is offered at once: choosing a unit's proposal is the coordinator's
    decision to offer it. Raises ValidationFailed when the proposal has no title.
    """
    response = session.get(FormResponse, response_id)
    if response is None or response.form_id != NEEDS_ANALYSIS:
        raise LookupError(response_id)
    if response.opportunity_id is not None:
        raise AlreadyAnOpportunity(response.opportunity_id)
    definition = registry.version(session, response.form_id, response.form_version)
    answers = load_answers(session, definition, response_id)
    if not str(answers.get("title") or "").strip() or response.unit_id is None:
        raise ValidationFailed([Issue("title", REQUIRED)])
    opportunity = Opportunity(
        unit_id=response.unit_id,
        status=OpportunityStatus.OFFERED,
        **{name: answers.get(name) for name in _COPIED},
        description=_description(definition, answers, response.language.value),
        requirements=_requirements(definition, answers, response.language.value),
        **_numbers(answers),
        **_staff(session, answers),
    )
    level = answers.get("education_level")
    if level in set(EducationLevel):
        opportunity.education_level = EducationLevel(level)
    session.add(opportunity)
    session.flush()
    response.opportunity_id = opportunity.id
    return int(opportunity.id)


def _description(definition: Definition, answers: dict[str, Any], language: str) -> str | None:
    """The description, followed by the context and the expected result under their own
    headings: an opportunity keeps what the unit wrote, in one text."""
    parts = [str(answers["description"])] if answers.get("description") else []
    for name in ("context_reason", "expected_result"):
        if answers.get(name):
            heading = definition.field(name).label.get(language)
            parts.append(f"{heading}:\n{answers[name]}")
    return "\n\n".join(parts) or None


def _requirements(definition: Definition, answers: dict[str, Any], language: str) -> str | None:
    """The profile wanted, with the languages asked for (an opportunity has one text)."""
    parts = [str(answers["requirements"])] if answers.get("requirements") else []
    chosen = answers.get("languages") or []
    if chosen:
        field = definition.field("languages")
        names = [c.label.get(language) for c in field.choices if c.value in chosen]
        note = answers.get("languages_note")
        parts.append(
            f"{field.label.get(language)}: {', '.join(names)}" + (f" ({note})" if note else "")
        )
    return "\n".join(parts) or None


def _numbers(answers: dict[str, Any]) -> dict[str, int]:
    found = {}
    for name in ("hours_per_week", "places"):
        value = answers.get(name)
        if isinstance(value, (int, Decimal)):
            found[name] = int(value)
    return found


def _staff(session: Session, answers: dict[str, Any]) -> dict[str, int]:
    """Mentor and backup by the names the unit head wrote, when they match one person."""
    found = {}
    for answer, column in (("mentor_name", "mentor_id"), ("backup_name", "backup_id")):
        name = str(answers.get(answer) or "").strip().casefold()
        if not name:
            continue
        full = func.lower(StaffMember.first_name + " " + StaffMember.last_name)
        matches = session.scalars(select(StaffMember.id).where(full == name)).all()
        if len(matches) == 1:
            found[column] = matches[0]
    return found


__all__ = ["NEEDS_ANALYSIS", "AlreadyAnOpportunity", "make_opportunity", "needs_analyses"]
