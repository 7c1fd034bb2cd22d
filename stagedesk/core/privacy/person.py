"""Everything StageDesk holds about one person, for their right of access (and to take it
with them): the candidate record, applications, internships, follow-up, every answer in
forms about them, documents, and what about them is still in the bin.

Values stay as stored (enums, dates, booleans, numbers); ``output.person_export`` writes
them as words. Row keys name the field as the "export everything" workbook does
(``everything_words.HEADERS``), so headers read the same in both. The target-group
answers are sensitive: they are in only when asked for (``include_target_groups``).
"""

from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from stagedesk.core.forms.definition import Definition
from stagedesk.core.forms.display import answer_text
from stagedesk.core.forms.registry import FormRegistry
from stagedesk.core.forms.responses import load_answers
from stagedesk.core.models import (
    Application,
    Candidate,
    Document,
    FollowUpEntry,
    FormResponse,
    Internship,
    StaffMember,
)
from stagedesk.core.privacy.anonymising import PersonGone
from stagedesk.core.privacy.records import bin_entries_about, records_of

Row = dict[str, Any]
TARGET_GROUP_FIELDS = ("tg_migration_background", "tg_disability", "tg_other")
SECTIONS = ("person", "applications", "internships", "follow_up", "forms", "documents", "bin")


@dataclass(frozen=True)
class PersonData:
    candidate_id: int
    name: str
    include_target_groups: bool
    sections: dict[str, list[Row]] = field(default_factory=dict)  # keys of SECTIONS


def person_data(
    session: Session,
    candidate_id: int,
    *,
    language: str = "nl",
    include_target_groups: bool = False,
    registry: FormRegistry | None = None,
) -> PersonData:
    """Raises :class:`PersonGone`. ``language``: of the questions and answers of forms."""
    candidate = session.get(Candidate, candidate_id)
    if candidate is None:
        raise PersonGone(candidate_id)
    records = records_of(session, [candidate_id])
    applications = session.scalars(
        select(Application).where(Application.id.in_(records.applications)).order_by(Application.id)
    ).all()
    internships = session.scalars(
        select(Internship).where(Internship.id.in_(records.internships)).order_by(Internship.id)
    ).all()
    sections = {
        "person": [_person(candidate, include_target_groups)],
        "applications": [_application(a) for a in applications],
        "internships": [_internship(i) for i in internships],
        "follow_up": [_follow_up(e) for i in internships for e in i.follow_up],
        "forms": _forms(session, records.responses, language, registry or FormRegistry.load()),
        "documents": [
            _document(d)
            for d in session.scalars(
                select(Document).where(Document.id.in_(records.documents)).order_by(Document.id)
            )
        ],
        "bin": [
            {"deleted_at": e.deleted_at, "kind": e.model, "label": e.label}
            for e in bin_entries_about(session, records)
        ],
    }
    return PersonData(candidate_id, candidate.full_name, include_target_groups, sections)


def _stamps(record: Any) -> Row:
    return {"created_at": record.created_at, "updated_at": record.updated_at}


def _person(c: Candidate, include_target_groups: bool) -> Row:
    row: Row = {
        "id": c.id,
        "first_name": c.first_name,
        "last_name": c.last_name,
        "email": c.email,
        "phone": c.phone,
        "address": c.address,
        "date_of_birth": c.date_of_birth,
        "gender": c.gender,
        "education_level": c.education_level,
        "school": c.school.name if c.school else None,
        "programme": c.programme.name if c.programme else None,
        "language": c.language,
        "languages": c.languages,
        "consent_date": c.consent_date,
    }
    if include_target_groups:
        row.update({name: getattr(c, name) for name in TARGET_GROUP_FIELDS})
    return {**row, "notes": c.notes, "anonymised_on": c.anonymised_on, **_stamps(c)}


def _application(a: Application) -> Row:
    opportunity = a.opportunity
    return {
        "id": a.id,
        "opportunity": opportunity.title if opportunity else None,
        "unit": opportunity.unit.name if opportunity else None,
        "application_date": a.application_date,
        "source": a.source,
        "status": a.status,
        "decision_date": a.decision_date,
        "notes": a.notes,
        **_stamps(a),
    }


def _name(person: StaffMember | None) -> str | None:
    return person.full_name if person else None


def _internship(i: Internship) -> Row:
    return {
        "id": i.id,
        "application": i.application_id,
        "unit": i.unit.name,
        "opportunity": i.opportunity.title if i.opportunity else None,
        "mentor": _name(i.mentor),
        "backup": _name(i.backup),
        "school": i.school.name if i.school else None,
        "supervisor": i.supervisor.name if i.supervisor else None,
        "internship_kind": i.kind,
        "paid": i.paid,
        "allowance": i.allowance,
        "unpaid_reason": i.unpaid_reason,
        "start_date": i.start_date,
        "end_date": i.end_date,
        "hours_per_week": i.hours_per_week,
        "total_hours": i.total_hours,
        "days_per_week": i.days_per_week,
        "telework": i.telework,
        "status": i.status,
        "stop_reason": i.stop_reason,
        "stopped_by": i.stopped_by,
        "hired_later": i.hired_later,
        "hired_date": i.hired_date,
        "hired_function": i.hired_function,
        "hired_contract": i.hired_contract,
        "notes": i.notes,
        "age_band": i.age_band,
        **_stamps(i),
    }


def _follow_up(e: FollowUpEntry) -> Row:
    return {
        "id": e.id,
        "internship": e.internship_id,
        "entry_date": e.entry_date,
        "follow_up_kind": e.kind,
        "text": e.text,
    }


def _document(d: Document) -> Row:
    return {
        "id": d.id,
        "internship": d.internship_id,
        "title": d.title,
        "document_kind": d.kind,
        "original_name": d.original_name,
        "added_on": d.added_on,
        "size": d.size,
    }


def _forms(
    session: Session, responses: tuple[int, ...], language: str, registry: FormRegistry
) -> list[Row]:
    """One row per answered question: the form, the question and the answer as text."""
    rows: list[Row] = []
    for response in session.scalars(
        select(FormResponse).where(FormResponse.id.in_(responses)).order_by(FormResponse.id)
    ):
        about: Row = {
            "response": response.id,
            "form": response.form_id,
            "application": response.application_id,
            "internship": response.internship_id,
            "status": response.status,
            "completed_on": response.completed_on,
            "answered_by": response.answered_by,
        }
        definition = _definition(session, registry, response)
        if definition is None:  # a form no longer known: its answers as stored
            rows += [{**about, "question": q, "answer": a} for q, a in _raw(response)]
            continue
        about["form"] = definition.title.get(language)
        answers = load_answers(session, definition, response.id)
        for question in definition.fields():
            text = answer_text(question, answers.get(question.id), language)
            if text:
                rows.append({**about, "question": question.label.get(language), "answer": text})
    return rows


def _raw(response: FormResponse) -> list[tuple[str, str]]:
    found = []
    for answer in response.answers:
        values = (answer.value_text, answer.value_number, answer.value_date, answer.note)
        text = " ".join(str(value) for value in values if value is not None)
        if text:
            found.append((answer.field_id, text))
    return found


def _definition(
    session: Session, registry: FormRegistry, response: FormResponse
) -> Definition | None:
    try:
        return registry.version(session, response.form_id, response.form_version)
    except KeyError:
        return registry.definitions.get(response.form_id)
