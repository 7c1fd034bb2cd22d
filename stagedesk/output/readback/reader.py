"""Reading a filled-in StageDesk PDF back: its code and the answers in its fields.

Field names follow ``names``; values come as a PDF reader saved them (radio values as
names with a slash, check boxes ``/Yes`` or ``/Off``, dates typed by people).
"""

import contextlib
import dataclasses
import datetime as dt
import io
import re
import time
from dataclasses import dataclass
from decimal import Decimal, InvalidOperation
from enum import Enum
from pathlib import Path
from typing import Any

import pypdf
from pypdf import PdfReader
from pypdf.errors import DependencyError, FileNotDecryptedError, LimitReachedError
from pypdf.generic import ArrayObject, DictionaryObject, IndirectObject

from stagedesk.core.forms import (
    Answers,
    CheckAnswer,
    CheckStatus,
    Column,
    Definition,
    Field,
    FieldType,
    ScaleAnswer,
    validate_answers,
)
from stagedesk.core.forms.codes import FormCode, parse_code
from stagedesk.core.i18n import QT_TRANSLATE_NOOP
from stagedesk.output.pdf.forms import names

_DATE = re.compile(r"^\s*(\d{1,2})\s*[/.\-]\s*(\d{1,2})\s*[/.\-]\s*(\d{2}|\d{4})\s*$")
# Text a database or a window should not get: control characters other than tab and line
# breaks (PostgreSQL refuses NUL), and lone surrogates (which cannot be encoded at all).
_CONTROL = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")
_SURROGATE = re.compile("[\ud800-\udfff]")

# Limits for a file that comes from outside. A filled-in form is 100-150 KB (its fonts
# included) and is read in 10-30 ms; a reader that re-saves it, adds a signature or a
# logo stays within a few MB. Far beyond these it is not a form, or it is made to hurt.
MAX_BYTES = 20 * 1024 * 1024  # refused before any of it is parsed
TIME_LIMIT = 10.0  # seconds of parsing (see read_pdf)
MAX_FIELD_NODES = 5_000  # the largest form has some 130 fields; a reader may regroup them
MAX_DEPTH = 32  # levels of the field tree (ours is flat; a reader may nest a few levels)
MAX_OBJECT_STREAMS = 200  # compressed object streams, each unpacked whole when touched
MAX_VALUE = 10_000  # characters in one field: a long answer on paper holds about 1,000
_MAX_ID = 2**31 - 1  # ids and versions are 32-bit integers in the database
_MAX_NUMBER = Decimal(10) ** 10  # answers are stored as NUMERIC(12, 2)
# pypdf's own limits, tightened: it unpacks only object and cross-reference streams for
# us (never page contents or images), which are far below 4 MB in any real form.
_UNPACKED = 4 * 1024 * 1024
_PYPDF_LIMITS = {
    "maximum_declared_stream_length": MAX_BYTES,
    "zlib_maximum_output_length": _UNPACKED,
    "lzw_maximum_output_length": _UNPACKED,
    "run_length_maximum_output_length": _UNPACKED,
    "array_based_stream_maximum_output_length": _UNPACKED,
    "brotli_maximum_output_length": _UNPACKED,
}


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
    TOO_BIG = QT_TRANSLATE_NOOP(
        "PdfImport",
        "{file} is larger than {megabytes} MB: far too large for a filled-in form, so it is"
        " not read.",
    )
    TOO_COMPLEX = QT_TRANSLATE_NOOP(
        "PdfImport",
        "{file} is far more complex than a filled-in form (or damaged in a way that makes"
        " reading it endless): reading it was stopped.",
    )


@dataclass
class PdfRefused(Exception):
    problem: PdfProblem
    file: str

    def __str__(self) -> str:
        return self.problem.value.format(file=self.file, megabytes=MAX_BYTES >> 20)


@dataclass(frozen=True)
class FilledPdf:
    code: FormCode
    values: dict[str, str]  # PDF field name -> value as typed or ticked (never empty)


class _TooMuch(BaseException):
    """A limit was reached in the field walk or the parse. A BaseException, like the
    interruption it is: no ``except Exception`` on the way may take it for a damaged
    object."""


class _Deadline(io.BytesIO):
    """The bytes pypdf parses, refusing every read and seek once the deadline has passed.

    A thread cannot be killed, so the parse must give up by itself, and every loop a
    damaged file can send pypdf into reads from the file (reading is all it does here).
    The deadline is checked on the monotonic clock in the reading thread itself, not by a
    timer thread: nothing then depends on how the system schedules or wakes a timer.
    """

    def __init__(self, data: bytes, until: float) -> None:
        super().__init__(data)
        self._until = until

    def _check(self) -> None:
        if time.monotonic() > self._until:
            raise _TooMuch

    def read(self, size: int | None = -1, /) -> bytes:
        self._check()
        return super().read(size)

    def seek(self, pos: int, whence: int = 0, /) -> int:
        self._check()
        return super().seek(pos, whence)


def read_pdf(path: Path, *, time_limit: float = TIME_LIMIT) -> FilledPdf:
    """The code and the non-empty field values of a filled-in form; PdfRefused when the
    file is not one, is protected, or goes beyond the limits above."""
    data = _file_bytes(path)
    until = time.monotonic() + time_limit
    stream = _Deadline(data, until)
    try:
        with _pypdf_limits():
            reader = PdfReader(stream)
            if reader.is_encrypted and not reader.decrypt(""):
                raise PdfRefused(PdfProblem.ENCRYPTED, path.name)
            raw = _field_values(reader, until)
    except PdfRefused:
        raise
    except (FileNotDecryptedError, DependencyError) as error:
        # DependencyError: AES encryption, which pypdf decrypts only with `cryptography`
        raise PdfRefused(PdfProblem.ENCRYPTED, path.name) from error
    except (_TooMuch, MemoryError, RecursionError, LimitReachedError) as error:
        raise PdfRefused(PdfProblem.TOO_COMPLEX, path.name) from error
    except Exception as error:  # pypdf raises many kinds for a broken file; all mean that
        raise PdfRefused(PdfProblem.UNREADABLE, path.name) from error
    values = {key: _text(value) for key, value in raw.items()}
    code = _code(values.get(names.ID_FIELD))
    if code is None:
        raise PdfRefused(PdfProblem.NOT_OURS, path.name)
    return FilledPdf(code, {k: v for k, v in values.items() if v is not None})


def _file_bytes(path: Path) -> bytes:
    try:
        with path.open("rb") as file:
            data = file.read(MAX_BYTES + 1)
    except OSError as error:
        raise PdfRefused(PdfProblem.UNREADABLE, path.name) from error
    if len(data) > MAX_BYTES:
        raise PdfRefused(PdfProblem.TOO_BIG, path.name)
    return data


def _pypdf_limits() -> contextlib.AbstractContextManager[Any]:
    """pypdf's limits for this call only (pypdf 6.18 and later; before, its defaults)."""
    apply = getattr(pypdf, "apply_configuration", None)
    if apply is None:
        return contextlib.nullcontext()
    known = {field.name for field in dataclasses.fields(pypdf.Configuration)}
    return apply(**{key: value for key, value in _PYPDF_LIMITS.items() if key in known})  # type: ignore[no-any-return]


def _code(text: str | None) -> FormCode | None:
    """The form's code; None for a file that is not ours (or a code no database holds)."""
    if not text or len(text) > 200:
        return None
    try:
        code = parse_code(text)
    except ValueError:  # digits beyond what Python turns into a number
        return None
    if code is None or code.form_id is None:
        return None
    if not 0 < code.response_id <= _MAX_ID or not 0 <= (code.version or 0) <= _MAX_ID:
        return None
    return code


def _text(value: Any) -> str | None:
    """A field's value as text: names and strings only (a damaged file may hold a list or
    a dictionary there), without characters a database refuses."""
    if isinstance(value, bytes):
        value = value.decode("latin-1")
    if not isinstance(value, str | int | float):
        return None
    text = names.plain(value)
    if text is None:
        return None
    return _SURROGATE.sub("\ufffd", _CONTROL.sub("", text)) or None


def _field_values(reader: PdfReader, until: float) -> dict[str, Any]:
    """Every field's full name and value, reading only what that takes.

    pypdf's ``get_fields`` parses every widget of every radio group and all their
    appearance dictionaries; a value sits on the field itself, so walking the field tree
    and stopping at terminal fields (those with a type) is far faster. A damaged or
    hostile tree may loop back on itself or be endless: each node is visited once, and
    the walk stops at MAX_FIELD_NODES, MAX_DEPTH or the deadline.
    """
    streams = {number for number, _ in reader.xref_objStm.values()}
    if len(streams) > MAX_OBJECT_STREAMS:
        raise _TooMuch
    root: Any = reader.trailer["/Root"].get_object()
    form: Any = _resolved(root.get("/AcroForm"))
    if not isinstance(form, DictionaryObject):
        return {}
    values: dict[str, Any] = {}
    seen: set[tuple[int, int]] = set()
    visited = 0
    pending = [(ref, "", 1) for ref in _array(form.get("/Fields"))]
    while pending:
        ref, parent, depth = pending.pop()
        if isinstance(ref, IndirectObject):
            if (ref.idnum, ref.generation) in seen:
                continue
            seen.add((ref.idnum, ref.generation))
        visited += 1
        if visited > MAX_FIELD_NODES or depth > MAX_DEPTH or time.monotonic() > until:
            raise _TooMuch
        node = _resolved(ref)
        if not isinstance(node, DictionaryObject):
            continue
        title = node.get("/T")
        name = f"{parent}.{title}" if parent and title else str(title or parent)
        if "/V" in node:
            values[name] = node["/V"]
        if "/FT" not in node:  # a field with a type is terminal: its kids are its widgets
            pending.extend((kid, name, depth + 1) for kid in _array(node.get("/Kids")))
    return values


def _array(value: Any) -> list[Any]:
    value = _resolved(value)
    return list(value) if isinstance(value, ArrayObject) else []


def _resolved(value: Any) -> Any:
    return value.get_object() if isinstance(value, IndirectObject) else value


def answers_from_pdf(definition: Definition, values: dict[str, str]) -> tuple[Answers, list[str]]:
    """The answers found in the fields, and the ids of fields whose text made no sense
    (a date or number StageDesk cannot read, a score out of range, a text longer than
    MAX_VALUE): those are left out, not guessed, so that saving them cannot fail."""
    answers: Answers = {}
    unreadable: list[str] = []
    too_long = [key for key, value in values.items() if len(value) > MAX_VALUE]
    for field in definition.fields():
        if not field.answers:
            continue
        own = names.name(field.id)
        try:
            if any(key == own or key.startswith(f"{own}.") for key in too_long):
                raise ValueError(own)
            value = _read_field(field, values)
        except ValueError:
            unreadable.append(field.id)
            continue
        if value is not None:
            answers[field.id] = value
    for issue in validate_answers(definition, answers, complete=False):
        if answers.pop(issue.field, None) is not None:
            unreadable.append(issue.field)
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
    """A number as people write it (a comma for the decimals); ValueError for anything
    else, including NaN, infinity and numbers beyond what the database holds."""
    try:
        number = Decimal(text.strip().replace(" ", "").replace(",", "."))
    except InvalidOperation as error:
        raise ValueError(text) from error
    if not number.is_finite() or abs(number) >= _MAX_NUMBER:
        raise ValueError(text)
    return number
