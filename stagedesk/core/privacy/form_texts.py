"""Anonymising answers to forms: written text goes, scores and choices stay.

What stays is what the reports count and nothing anyone wrote: numbers (scores, yes/no,
amounts), the codes of choices and of a checklist item's state, dates (save a field
filled from the intern's own facts, such as the date of birth on the info sheet) and due
dates. What goes: every text field and text cell of a table, every note, and who
answered. An answer whose field the form no longer knows keeps only its number and due
date. A row left with nothing is deleted.
"""

from collections.abc import Sequence
from dataclasses import dataclass

from sqlalchemy import delete, select, update
from sqlalchemy.orm import Session

from stagedesk.core.forms.definition import Definition, Field, FieldType
from stagedesk.core.forms.registry import FormRegistry
from stagedesk.core.models import FormAnswer, FormResponse

# Field types whose value_text is a code chosen from a list, never something written.
CODED = frozenset({FieldType.CHOICE, FieldType.MULTI_CHOICE, FieldType.SCALE, FieldType.CHECK})
CHUNK = 500


@dataclass
class _Answer:
    id: int
    field_id: str
    column_id: str | None
    text: str | None
    number: object
    day: object
    note: str | None
    due: object


def _definition(
    session: Session,
    registry: FormRegistry,
    cache: dict[tuple[str, int], Definition | None],
    form_id: str,
    version: int,
) -> Definition | None:
    key = (form_id, version)
    if key not in cache:
        try:
            cache[key] = registry.version(session, form_id, version)
        except KeyError:
            cache[key] = registry.definitions.get(form_id)
    return cache[key]


def _field(definition: Definition | None, field_id: str) -> Field | None:
    if definition is None:
        return None
    return next((f for f in definition.fields() if f.id == field_id), None)


def _keeps_text(field: Field | None, column_id: str | None) -> bool:
    if field is None:
        return False
    if field.type is FieldType.ROWS:
        column = next((c for c in field.columns if c.id == column_id), None)
        return column is not None and column.type is FieldType.CHOICE
    return field.type in CODED


def _keeps_date(field: Field | None) -> bool:
    return field is not None and not (field.source or "").startswith("intern.")


def _answers(session: Session, responses: Sequence[int]) -> list[tuple[str, int, _Answer]]:
    rows = session.execute(
        select(
            FormResponse.form_id,
            FormResponse.form_version,
            FormAnswer.id,
            FormAnswer.field_id,
            FormAnswer.column_id,
            FormAnswer.value_text,
            FormAnswer.value_number,
            FormAnswer.value_date,
            FormAnswer.note,
            FormAnswer.due_date,
        )
        .join(FormResponse, FormAnswer.response_id == FormResponse.id)
        .where(FormResponse.id.in_(responses))
    )
    return [(form_id, version, _Answer(*values)) for form_id, version, *values in rows]


def clear_form_texts(session: Session, registry: FormRegistry, responses: Sequence[int]) -> int:
    """Clear what was written in these responses (and who answered); the answers changed."""
    cache: dict[tuple[str, int], Definition | None] = {}
    changed: list[dict[str, object]] = []
    emptied: list[int] = []
    for start in range(0, len(responses), CHUNK):
        chunk = responses[start : start + CHUNK]
        for form_id, version, answer in _answers(session, chunk):
            field = _field(_definition(session, registry, cache, form_id, version), answer.field_id)
            text = answer.text if _keeps_text(field, answer.column_id) else None
            day = answer.day if _keeps_date(field) else None
            if (text, day, None) == (answer.text, answer.day, answer.note):
                continue
            if text is None and day is None and answer.number is None and answer.due is None:
                emptied.append(answer.id)
            else:
                changed.append(
                    {"id": answer.id, "value_text": text, "value_date": day, "note": None}
                )
        # Its version moves, so a form still open elsewhere cannot save the old text back.
        session.execute(
            update(FormResponse)
            .where(FormResponse.id.in_(chunk))
            .values(answered_by=None, version=FormResponse.version + 1)
        )
    if changed:
        session.execute(update(FormAnswer), changed)  # by primary key
    for start in range(0, len(emptied), CHUNK):
        session.execute(delete(FormAnswer).where(FormAnswer.id.in_(emptied[start : start + CHUNK])))
    return len(changed) + len(emptied)
