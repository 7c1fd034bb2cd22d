"""Where the toolbox needs the coordinator: checklist items past their due date, surveys
not handed back, and one internship's checklists for the checklist view.

Each overview is one query, whatever the number of internships; the definitions that give
the rows their texts are looked up once per form version, in Python.
"""

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass, field

from sqlalchemy import String, and_, or_, select, type_coerce
from sqlalchemy.orm import Session

from stagedesk.core.forms.answers import CheckAnswer
from stagedesk.core.forms.definition import Definition, Field, FieldType, FormKind, RecordKind, Role
from stagedesk.core.forms.registry import FormRegistry
from stagedesk.core.forms.responses import load_answers, save_answers
from stagedesk.core.models import (
    Candidate,
    FormAnswer,
    FormResponse,
    Internship,
    InternshipStatus,
    ResponseStatus,
)
from stagedesk.core.records.repository import RecordGone

# Surveys are asked for from two weeks before the end of an internship.
SURVEY_LEAD_DAYS = 14
OPEN_STATUSES = (InternshipStatus.PLANNED, InternshipStatus.RUNNING)


@dataclass(frozen=True)
class OverdueItem:
    """A checklist item not settled by its due date."""

    internship_id: int
    intern: str
    form_id: str
    title: str  # the checklist's title
    field_id: str
    label: str  # the item
    due: dt.date
    responsible: Role | None


@dataclass(frozen=True)
class MissingSurvey:
    """A survey (or other form someone else fills in) not handed back for an internship."""

    internship_id: int
    intern: str
    form_id: str
    title: str
    filled_by: Role
    end_date: dt.date
    status: InternshipStatus


@dataclass
class _Versions:
    """The definitions answers were given with, each looked up once."""

    session: Session
    registry: FormRegistry
    found: dict[tuple[str, int], Definition | None] = field(default_factory=dict)
    places: dict[tuple[str, int], dict[str, tuple[int, Field]]] = field(default_factory=dict)

    def get(self, form_id: str, version: int) -> Definition | None:
        key = (form_id, version)
        if key not in self.found:
            try:
                definition = self.registry.version(self.session, form_id, version)
            except KeyError:  # neither in the files nor kept: show ids rather than fail
                definition = None
            self.found[key] = definition
            fields = definition.fields() if definition else []
            self.places[key] = {f.id: (position, f) for position, f in enumerate(fields)}
        return self.found[key]

    def texts(
        self, form_id: str, version: int, field_id: str, language: str
    ) -> tuple[str, str, Role | None, int]:
        """A checklist's title, an item's label and who does it; where the item comes."""
        definition = self.get(form_id, version)
        title = definition.title.get(language) if definition else form_id
        position, item = self.places[form_id, version].get(field_id, (0, None))
        if item is None:
            return title, field_id, None, position
        return title, item.label.get(language), item.responsible, position


def _name(first: str, last: str) -> str:
    return f"{first} {last}"


def overdue_items(
    session: Session, registry: FormRegistry, today: dt.date, *, language: str | None = None
) -> list[OverdueItem]:
    """Unsettled check items due before ``today`` of planned and running internships,
    oldest first; texts in ``language``, or in each checklist's own language if None."""
    query = (
        select(
            Internship.id,
            Candidate.first_name,
            Candidate.last_name,
            FormResponse.form_id,
            FormResponse.form_version,
            type_coerce(FormResponse.language, String),  # the code itself: no enum per row
            FormAnswer.field_id,
            FormAnswer.due_date,
        )
        .select_from(Internship)
        .join(Candidate, Internship.candidate_id == Candidate.id)
        .join(FormResponse, FormResponse.internship_id == Internship.id)
        .join(FormAnswer, FormAnswer.response_id == FormResponse.id)
        .where(
            Internship.status.in_(OPEN_STATUSES),
            FormAnswer.due_date < today,
            FormAnswer.value_text.is_(None),  # a check's status: done or not needed
        )
    )
    versions = _Versions(session, registry)
    texts: dict[tuple[str, int, str, str], tuple[str, str, Role | None, int]] = {}
    found: list[tuple[tuple[object, ...], OverdueItem]] = []
    # Through the connection: plain rows, without the ORM's per-row work.
    rows = session.connection().execute(query).all()
    for internship_id, first, last, form_id, version, own, field_id, due in rows:
        assert due is not None  # the query asks for due_date < today
        words = language or own
        key = (form_id, version, field_id, words)
        if key not in texts:
            texts[key] = versions.texts(form_id, version, field_id, words)
        title, label, responsible, position = texts[key]
        overdue = OverdueItem(
            internship_id, _name(first, last), form_id, title, field_id, label, due, responsible
        )
        order = (due, last.casefold(), first.casefold(), internship_id, form_id, position)
        found.append((order, overdue))
    found.sort(key=lambda pair: pair[0])
    return [overdue for _order, overdue in found]


def surveys_not_returned(
    session: Session,
    registry: FormRegistry,
    today: dt.date,
    *,
    within_days: int = 90,
    language: str | None = None,
) -> list[MissingSurvey]:
    """For internships that ended in the last ``within_days`` days (or are running and end
    within two weeks): each survey that applies at their stage and has no complete
    response. Titles in ``language``, or in the intern's language if None."""
    surveys = [d for d in registry.for_record(RecordKind.INTERNSHIP) if d.returned_by_someone_else]
    if not surveys:
        return []
    ids = [d.id for d in surveys]
    lead = today + dt.timedelta(days=SURVEY_LEAD_DAYS)
    query = (
        select(
            Internship.id,
            Candidate.first_name,
            Candidate.last_name,
            Candidate.language,
            Internship.status,
            Internship.end_date,
            FormResponse.form_id,
        )
        .select_from(Internship)
        .join(Candidate, Internship.candidate_id == Candidate.id)
        .outerjoin(
            FormResponse,
            and_(
                FormResponse.internship_id == Internship.id,
                FormResponse.status == ResponseStatus.COMPLETE,
                FormResponse.form_id.in_(ids),
            ),
        )
        .where(
            Internship.end_date >= today - dt.timedelta(days=within_days),
            Internship.end_date <= lead,
            or_(
                Internship.status == InternshipStatus.COMPLETED,
                Internship.status == InternshipStatus.RUNNING,
            ),
        )
        .order_by(Internship.end_date, Candidate.last_name, Candidate.first_name, Internship.id)
    )
    returned: dict[int, set[str]] = {}
    shown: dict[int, tuple[str, str, InternshipStatus, dt.date]] = {}
    for internship_id, first, last, own, status, end, form_id in session.execute(query):
        shown.setdefault(internship_id, (_name(first, last), language or own.value, status, end))
        if form_id is not None:
            returned.setdefault(internship_id, set()).add(form_id)
    missing = []
    for internship_id, (intern, words, status, end) in shown.items():
        for survey in surveys:
            if status.value in survey.stages and survey.id not in returned.get(internship_id, ()):
                missing.append(
                    MissingSurvey(
                        internship_id,
                        intern,
                        survey.id,
                        survey.title.get(words),
                        survey.filled_by,
                        end,
                        status,
                    )
                )
    return missing


# -- one internship's checklists ----------------------------------------------------------
@dataclass(frozen=True)
class Checklist:
    """A checklist response of an internship, with its definition and the items' state."""

    response_id: int
    language: str
    definition: Definition
    checks: dict[str, CheckAnswer]


def internship_checklists(
    session: Session, registry: FormRegistry, internship_id: int
) -> list[Checklist]:
    """The internship's checklists in the order they were made."""
    responses = session.scalars(
        select(FormResponse)
        .where(FormResponse.internship_id == internship_id)
        .order_by(FormResponse.id)
    ).all()
    versions = _Versions(session, registry)
    found = []
    for response in responses:
        definition = versions.get(response.form_id, response.form_version)
        if definition is not None and definition.kind is FormKind.CHECKLIST:
            found.append(_checklist(session, response, definition))
    return found


def _checklist(session: Session, response: FormResponse, definition: Definition) -> Checklist:
    answers = load_answers(session, definition, response.id)
    checks = {
        f.id: answers.get(f.id) or CheckAnswer()
        for f in definition.fields()
        if f.type is FieldType.CHECK
    }
    return Checklist(response.id, response.language.value, definition, checks)


def change_check(
    session: Session,
    definition: Definition,
    response_id: int,
    field_id: str,
    change: Callable[[CheckAnswer], CheckAnswer],
) -> Checklist:
    """Change one item of a checklist as it is stored now (another window may have ticked
    others since this one loaded it), in the caller's transaction; the checklist after."""
    response = session.get(FormResponse, response_id)
    if response is None:
        raise RecordGone(response_id)
    answers = load_answers(session, definition, response_id)
    answers[field_id] = change(answers.get(field_id) or CheckAnswer())
    save_answers(session, definition, response, answers)
    return _checklist(session, response, definition)


__all__ = [
    "Checklist",
    "MissingSurvey",
    "OverdueItem",
    "change_check",
    "internship_checklists",
    "overdue_items",
    "surveys_not_returned",
]
