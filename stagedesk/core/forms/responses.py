"""Storing and loading responses: one row per answered value in ``form_answers``."""

import datetime as dt
from collections.abc import Iterator, Mapping
from decimal import Decimal
from typing import Any

from sqlalchemy import delete, select
from sqlalchemy.orm import Session

from stagedesk.core.forms.answers import (
    Answers,
    CheckAnswer,
    CheckStatus,
    ScaleAnswer,
    validate_answers,
)
from stagedesk.core.forms.definition import (
    NOT_APPLICABLE,
    Column,
    Definition,
    Field,
    FieldType,
    RecordKind,
)
from stagedesk.core.models import FormAnswer, FormDefinitionSnapshot, FormResponse, ResponseStatus
from stagedesk.core.records.repository import RecordChanged
from stagedesk.core.records.validation import ValidationFailed

Row = dict[str, Any]  # the columns of one form_answers row


def remember_definition(session: Session, definition: Definition) -> None:
    """Keep the text of this definition version, once, for the answers given with it."""
    stored = session.scalar(
        select(FormDefinitionSnapshot.id).where(
            FormDefinitionSnapshot.form_id == definition.id,
            FormDefinitionSnapshot.version == definition.version,
        )
    )
    if stored is None:
        session.add(
            FormDefinitionSnapshot(
                form_id=definition.id, version=definition.version, source=definition.source_text
            )
        )


def find_response(
    session: Session, form_id: str, record: RecordKind, record_id: int
) -> FormResponse | None:
    column = record_column(record)
    return session.scalar(
        select(FormResponse)
        .where(FormResponse.form_id == form_id, column == record_id)
        .order_by(FormResponse.id.desc())
        .limit(1)
    )


def record_column(record: RecordKind) -> Any:
    return {
        RecordKind.OPPORTUNITY: FormResponse.opportunity_id,
        RecordKind.APPLICATION: FormResponse.application_id,
        RecordKind.INTERNSHIP: FormResponse.internship_id,
        RecordKind.ORGANISATION: FormResponse.organisation_id,
    }[record]


def start_response(
    session: Session,
    definition: Definition,
    record_id: int | None,
    *,
    language: str = "nl",
    unit_id: int | None = None,
) -> FormResponse:
    """A new, empty response of ``definition`` for a record (or, for a needs analysis,
    for a unit only)."""
    remember_definition(session, definition)
    response = FormResponse(
        form_id=definition.id, form_version=definition.version, language=language, unit_id=unit_id
    )
    if record_id is not None:
        setattr(response, f"{definition.record.value}_id", record_id)
    session.add(response)
    session.flush()
    return response


def load_answers(session: Session, definition: Definition, response_id: int) -> Answers:
    rows = session.scalars(
        select(FormAnswer)
        .where(FormAnswer.response_id == response_id)
        .order_by(FormAnswer.field_id, FormAnswer.row_index, FormAnswer.id)
    ).all()
    by_field: dict[str, list[FormAnswer]] = {}
    for row in rows:
        by_field.setdefault(row.field_id, []).append(row)
    answers: Answers = {}
    for field in definition.fields():
        stored = by_field.get(field.id)
        if stored:
            answers[field.id] = _read(field, stored)
    return answers


def save_answers(
    session: Session,
    definition: Definition,
    response: FormResponse,
    answers: Mapping[str, Any],
    *,
    complete: bool = False,
    today: dt.date | None = None,
    expected_version: int | None = None,
) -> None:
    """Replace the response's answers in the caller's transaction; completing it requires
    every required field. Raises ValidationFailed, or RecordChanged when the response was
    saved elsewhere since ``expected_version`` was loaded, and writes nothing then."""
    issues = validate_answers(definition, answers, complete=complete)
    if issues:
        raise ValidationFailed(issues)
    if expected_version is not None and response.version != expected_version:
        raise RecordChanged(response.id)
    session.execute(delete(FormAnswer).where(FormAnswer.response_id == response.id))
    for field in definition.fields():
        value = answers.get(field.id)
        for row in _write(field, value):
            session.add(FormAnswer(response_id=response.id, field_id=field.id, **row))
    if complete:
        response.status = ResponseStatus.COMPLETE
        response.completed_on = today or dt.date.today()
    # The answers live in their own rows; touching the response makes its version move,
    # so a second window saving the same response notices.
    response.updated_at = dt.datetime.now()
    session.flush()


# -- values to rows and back --------------------------------------------------------------
def _write(field: Field, value: Any) -> Iterator[Row]:
    if value is None or field.type is FieldType.INFO:
        return
    kind = field.type
    if kind is FieldType.SCALE:
        yield from _write_scale(value)
    elif kind is FieldType.CHECK:
        yield from _write_check(value)
    elif kind is FieldType.MULTI_CHOICE:
        for position, choice in enumerate(value):
            yield {"row_index": position, "value_text": str(choice)}
    elif kind is FieldType.ROWS:
        for index, cells in enumerate(value):
            for column in field.columns:
                cell = cells.get(column.id)
                if cell not in (None, ""):
                    yield {"row_index": index, "column_id": column.id, **_plain(column.type, cell)}
    else:
        yield _plain(kind, value)


def _plain(kind: FieldType, value: Any) -> Row:
    if kind is FieldType.NUMBER:
        return {"value_number": Decimal(value)}
    if kind is FieldType.DATE:
        return {"value_date": value}
    if kind is FieldType.YES_NO:
        return {"value_number": Decimal(1 if value else 0)}
    return {"value_text": str(value)}


def _write_scale(value: ScaleAnswer) -> Iterator[Row]:
    if value.empty:
        return
    if value.not_applicable:
        yield {"value_text": NOT_APPLICABLE, "note": value.note}
    else:
        score = None if value.score is None else Decimal(value.score)
        yield {"value_number": score, "note": value.note}


def _write_check(value: CheckAnswer) -> Iterator[Row]:
    status = value.status.value if value.status else None
    yield {
        "value_text": status,
        "value_date": value.done_on,
        "note": value.note,
        "due_date": value.due,
    }


def _read(field: Field, rows: list[FormAnswer]) -> Any:
    kind, first = field.type, rows[0]
    if kind is FieldType.SCALE:
        score = None if first.value_number is None else int(first.value_number)
        return ScaleAnswer(score, first.value_text == NOT_APPLICABLE, first.note)
    if kind is FieldType.CHECK:
        status = CheckStatus(first.value_text) if first.value_text else None
        return CheckAnswer(status, first.value_date, first.note, first.due_date)
    if kind is FieldType.MULTI_CHOICE:
        return [row.value_text for row in rows if row.value_text is not None]
    if kind is FieldType.ROWS:
        return _read_rows(field.columns, rows)
    return _read_plain(kind, first)


def _read_plain(kind: FieldType, row: FormAnswer) -> Any:
    if kind is FieldType.NUMBER:
        return row.value_number
    if kind is FieldType.DATE:
        return row.value_date
    if kind is FieldType.YES_NO:
        return None if row.value_number is None else bool(row.value_number)
    return row.value_text


def _read_rows(columns: tuple[Column, ...], rows: list[FormAnswer]) -> list[dict[str, Any]]:
    kinds = {column.id: column.type for column in columns}
    table: dict[int, dict[str, Any]] = {}
    for row in rows:
        if row.column_id in kinds and row.row_index is not None:
            cells = table.setdefault(row.row_index, {})
            cells[row.column_id] = _read_plain(kinds[row.column_id], row)
    return [table[index] for index in sorted(table)]
