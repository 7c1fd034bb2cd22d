"""Bringing a filled-in form back: what it would change, then changing it, whole or not.

Only answers given in the PDF are taken: an empty field never erases what StageDesk
holds, because a form printed blank says nothing about the answers it left empty.
"""

import datetime as dt
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy.orm import Session

from stagedesk.core.forms import Answers, CheckAnswer, Definition, FormRegistry, validate_answers
from stagedesk.core.forms.display import answer_text
from stagedesk.core.forms.responses import load_answers, save_answers
from stagedesk.core.models import FormResponse, ResponseStatus
from stagedesk.output.pdf.forms.collect import subject_of
from stagedesk.output.readback.reader import PdfProblem, PdfRefused, answers_from_pdf, read_pdf


@dataclass(frozen=True)
class Change:
    field_id: str
    label: str
    before: str  # '' for a new answer
    after: str


@dataclass(frozen=True)
class FormImport:
    file: Path
    response_id: int
    response_version: int
    definition: Definition
    language: str
    subject: str
    answers: Answers  # what the response will hold after applying
    changes: list[Change]
    unreadable: list[str]  # labels of fields whose text StageDesk could not read
    complete: bool  # every required field is answered after applying

    @property
    def changes_anything(self) -> bool:
        return bool(self.changes)


def plan_import(session: Session, registry: FormRegistry, path: Path) -> FormImport:
    """Read ``path`` and compare it with what is stored; raises PdfRefused."""
    filled = read_pdf(path)
    response = session.get(FormResponse, filled.code.response_id)
    if response is None or response.form_id != filled.code.form_id:
        raise PdfRefused(PdfProblem.RECORD_GONE, path.name)
    try:
        definition = registry.version(session, response.form_id, filled.code.version or 0)
    except KeyError as error:
        raise PdfRefused(PdfProblem.UNKNOWN_VERSION, path.name) from error
    given, unreadable = answers_from_pdf(definition, filled.values)
    stored = load_answers(session, definition, response.id)
    merged = {**stored, **_keep_due_dates(given, stored)}
    language = response.language.value
    changes = [
        Change(
            field.id,
            field.label.get(language),
            answer_text(field, stored.get(field.id), language),
            answer_text(field, merged[field.id], language),
        )
        for field in definition.fields()
        if field.id in given and merged[field.id] != stored.get(field.id)
    ]
    return FormImport(
        file=path,
        response_id=response.id,
        response_version=response.version,
        definition=definition,
        language=language,
        subject=subject_of(session, response),
        answers=merged,
        changes=changes,
        unreadable=[definition.field(f).label.get(language) for f in unreadable],
        complete=not validate_answers(definition, merged, complete=True),
    )


def _keep_due_dates(given: Answers, stored: Answers) -> Answers:
    """A checklist item's due date is StageDesk's, never the paper's."""
    kept = dict(given)
    for field_id, value in given.items():
        before = stored.get(field_id)
        if isinstance(value, CheckAnswer) and isinstance(before, CheckAnswer):
            kept[field_id] = CheckAnswer(value.status, value.done_on, value.note, before.due)
    return kept


def apply_import(session: Session, plan: FormImport, today: dt.date) -> None:
    """Write the plan in the caller's transaction. A form that comes back with every
    required answer is complete; otherwise it stays a draft with the answers it brought.
    Raises RecordChanged when the response was saved elsewhere since the plan was made."""
    response = session.get(FormResponse, plan.response_id)
    if response is None:
        raise PdfRefused(PdfProblem.RECORD_GONE, plan.file.name)
    complete = plan.complete and response.status is not ResponseStatus.COMPLETE
    save_answers(
        session,
        plan.definition,
        response,
        plan.answers,
        complete=complete,
        today=today,
        expected_version=plan.response_version,
    )
