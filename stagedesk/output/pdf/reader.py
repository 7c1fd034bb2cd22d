"""Reading a filled-in StageDesk PDF back: its code and the answers in its fields.

Field names follow ``names``; values come as a PDF reader saved them (radio values as
names with a slash, check boxes ``/Yes`` or ``/Off``, dates typed by people).
"""

import datetime as dt
import re
from dataclasses import dataclass
from decimal import Decimal, InvalidOperation
from enum import Enum
from pathlib import Path
from typing import Any

from pypdf import PdfReader
from pypdf.errors import FileNotDecryptedError, PdfReadError

from stagedesk.core.forms import (
    Answers,
    CheckAnswer,
    CheckStatus,
    Column,
    Definition,
    Field,
    FieldType,
    ScaleAnswer,
)
from stagedesk.core.forms.codes import FormCode, parse_code
from stagedesk.core.i18n import QT_TRANSLATE_NOOP

from . import names

_DATE = re.compile(r"^\s*(\d{1,2})\s*[/.\-]\s*(\d{1,2})\s*[/.\-]\s*(\d{2}|\d{4})\s*$")


class PdfProblem(Enum):
    """Why a PDF cannot be used; each value is the message shown (with {file})."""

    UNREADABLE = QT_TRANSLATE_NOOP("PdfImport", "{file} is damaged or is not a PDF file.")
    ENCRYPTED = QT_TRANSLATE_NOOP(
        "PdfImport", "{file} is protected with a password; save it without protection first."
    )
    NOT_OURS = QT_TRANSLATE_NOOP("PdfImport", "{file} is not a form printed by StageDesk.")
    RECORD_GONE = QT_TRANSLATE_NOOP(
        "PdfImport", "{file} belongs to a form that no longer exists in StageDesk."
    )
    UNKNOWN_VERSION = QT_TRANSLATE_NOOP(
        "PdfImport", "{file} was printed from a version of the form StageDesk does not know."
    )


@dataclass
class PdfRefused(Exception):
    problem: PdfProblem
    file: str

    def __str__(self) -> str:
        return self.problem.value.format(file=self.file)


@dataclass(frozen=True)
class FilledPdf:
    code: FormCode
    values: dict[str, str]  # PDF field name -> value as typed or ticked (never empty)


def read_pdf(path: Path) -> FilledPdf:
    """The code and the non-empty field values of a filled-in form."""
    try:
        reader = PdfReader(path)
        if reader.is_encrypted and not reader.decrypt(""):
            raise PdfRefused(PdfProblem.ENCRYPTED, path.name)
        raw = _field_values(reader)
    except FileNotDecryptedError as error:
        raise PdfRefused(PdfProblem.ENCRYPTED, path.name) from error
    except (PdfReadError, OSError, ValueError, KeyError, TypeError, AttributeError) as error:
        raise PdfRefused(PdfProblem.UNREADABLE, path.name) from error
    values = {key: names.plain(value) for key, value in raw.items()}
    code = parse_code(values.get(names.ID_FIELD) or "")
    if code is None or code.form_id is None:
        raise PdfRefused(PdfProblem.NOT_OURS, path.name)
    return FilledPdf(code, {k: v for k, v in values.items() if v is not None})


def _field_values(reader: PdfReader) -> dict[str, Any]:
    """Every field's full name and value, reading only what that takes.

    pypdf's ``get_fields`` parses every widget of every radio group and all their
    appearance dictionaries; a value sits on the field itself, so walking the field tree
    and stopping at terminal fields (those with a type) is far faster.
    """
    root: Any = reader.trailer["/Root"].get_object()
    form: Any = root.get("/AcroForm")
    if form is None:
        return {}
    values: dict[str, Any] = {}
    pending = [(ref, "") for ref in form.get_object().get("/Fields", [])]
    while pending:
        ref, parent = pending.pop()
        node = ref.get_object()
        title = node.get("/T")
        name = f"{parent}.{title}" if parent and title else str(title or parent)
        if "/V" in node:
            values[name] = node["/V"]
        if "/FT" not in node:  # a field with a type is terminal: its kids are its widgets
            pending.extend((kid, name) for kid in node.get("/Kids", []))
    return values


def answers_from_pdf(definition: Definition, values: dict[str, str]) -> tuple[Answers, list[str]]:
    """The answers found in the fields, and the ids of fields whose text made no sense
    (a date or number StageDesk cannot read): those are left out, not guessed."""
    answers: Answers = {}
    unreadable: list[str] = []
    for field in definition.fields():
        if not field.answers:
            continue
        try:
            value = _read_field(field, values)
        except ValueError:
            unreadable.append(field.id)
            continue
        if value is not None:
            answers[field.id] = value
    return answers, unreadable


def _read_field(field: Field, values: dict[str, str]) -> Any:
    own = values.get(names.name(field.id))
    kind = field.type
    if kind is FieldType.MULTI_CHOICE:
        chosen = [c.value for c in field.choices if values.get(names.name(field.id, c.value))]
        return chosen or None
    if kind is FieldType.SCALE:
        return _scale(own, values.get(names.name(field.id, "note")))
    if kind is FieldType.CHECK:
        return _check(field.id, values)
    if kind is FieldType.ROWS:
        return _rows(field, values)
    if kind is FieldType.YES_NO:
        return None if own is None else own.casefold() == "yes"
    if own is None:
        return None
    return _plain(kind, own, field.choices and {c.value for c in field.choices})


def _plain(kind: FieldType, text: str, allowed: Any = None) -> Any:
    if kind is FieldType.DATE:
        return parse_date(text)
    if kind is FieldType.NUMBER:
        return parse_number(text)
    if kind is FieldType.CHOICE and allowed and text not in allowed:
        raise ValueError(text)
    return text


def _scale(score: str | None, note: str | None) -> ScaleAnswer | None:
    if score is None and note is None:
        return None
    if score == names.NOT_APPLICABLE:
        return ScaleAnswer(None, True, note)
    if score is not None and not score.isdigit():
        raise ValueError(score)
    return ScaleAnswer(int(score) if score else None, False, note)


def _check(field_id: str, values: dict[str, str]) -> CheckAnswer | None:
    status = None
    if values.get(names.name(field_id, "done")):
        status = CheckStatus.DONE
    elif values.get(names.name(field_id, "not_needed")):
        status = CheckStatus.NOT_NEEDED
    done_on = values.get(names.name(field_id, "done_on"))
    note = values.get(names.name(field_id, "note"))
    if status is None and done_on is None and note is None:
        return None
    return CheckAnswer(status, parse_date(done_on) if done_on else None, note)


def _rows(field: Field, values: dict[str, str]) -> list[dict[str, Any]] | None:
    rows = []
    for index in range(names.ROWS):
        cells = {
            c.id: _cell(c, values.get(names.name(field.id, index, c.id))) for c in field.columns
        }
        cells = {key: value for key, value in cells.items() if value is not None}
        if cells:
            rows.append(cells)
    return rows or None


def _cell(column: Column, text: str | None) -> Any:
    if text is None:
        return None
    if column.type is FieldType.CHOICE:
        # People type the label they see; keep the choice's value when it matches one.
        for choice in column.choices:
            if text.casefold() in (
                choice.value,
                *(t.casefold() for t in vars(choice.label).values()),
            ):
                return choice.value
        return text
    return _plain(column.type, text)


def parse_date(text: str) -> dt.date:
    """A date as people write it: 2/3/2026, 02-03-26, 2.3.2026, or 2026-03-02."""
    try:
        return dt.date.fromisoformat(text.strip())
    except ValueError:
        pass
    found = _DATE.match(text)
    if not found:
        raise ValueError(text)
    day, month, year = (int(part) for part in found.groups())
    return dt.date(year + 2000 if year < 100 else year, month, day)


def parse_number(text: str) -> Decimal:
    try:
        return Decimal(text.strip().replace(" ", "").replace(",", "."))
    except InvalidOperation as error:
        raise ValueError(text) from error
