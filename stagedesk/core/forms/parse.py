"""Reading a definition from TOML, with one clear message per mistake.

Every message names the file, where in it (section and field id) and what is wrong, so
an organisation that edits a copy of a form can mend it without help.
"""

import re
import tomllib
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from stagedesk.core.forms.definition import (
    COLUMN_TYPES,
    FILLERS,
    LANGUAGES,
    SOURCES,
    Choice,
    Column,
    Definition,
    Field,
    FieldType,
    FormKind,
    RecordKind,
    Role,
    Section,
    Text,
)
from stagedesk.core.i18n import QT_TRANSLATE_NOOP

_ID = re.compile(r"^[a-z][a-z0-9_]*$")

STAGES = {
    RecordKind.OPPORTUNITY: ("proposed", "offered", "filled", "closed"),
    RecordKind.APPLICATION: ("applied", "interviewed", "accepted", "rejected", "withdrawn"),
    RecordKind.INTERNSHIP: ("planned", "running", "completed", "stopped_early"),
    RecordKind.ORGANISATION: ("current",),
}

MISSING = QT_TRANSLATE_NOOP("FormDefinition", "{key} is missing")
NOT_TEXT = QT_TRANSLATE_NOOP(
    "FormDefinition",
    "{key} must be a text in Dutch, French and English: {{ nl = …, fr = …, en = … }}",
)
NO_LANGUAGE = QT_TRANSLATE_NOOP("FormDefinition", "{key} has no {language} text")
BAD_VALUE = QT_TRANSLATE_NOOP("FormDefinition", "{key} is {value!r}; it must be one of: {allowed}")
BAD_ID = QT_TRANSLATE_NOOP(
    "FormDefinition", "{key} {value!r} must be lowercase letters, digits and _"
)
DUPLICATE = QT_TRANSLATE_NOOP("FormDefinition", "the id {value!r} is used twice")
BAD_NUMBER = QT_TRANSLATE_NOOP("FormDefinition", "{key} must be a whole number")
NOT_A_LIST = QT_TRANSLATE_NOOP("FormDefinition", "{key} must be a list")
EMPTY = QT_TRANSLATE_NOOP("FormDefinition", "{key} may not be empty")
NOT_TOML = QT_TRANSLATE_NOOP("FormDefinition", "this is not valid TOML: {value}")
UNREADABLE = QT_TRANSLATE_NOOP("FormDefinition", "the file cannot be read: {value}")


@dataclass(frozen=True)
class Problem:
    where: str  # e.g. 'section "welcome", field "lunch"'
    message: str  # English template, marked for translation
    params: dict[str, Any]

    def text(self, template: str | None = None) -> str:
        return (template or self.message).format(**self.params)


class DefinitionInvalid(Exception):
    """A definition with mistakes; ``problems`` lists every one of them."""

    def __init__(self, origin: str, problems: list[Problem]) -> None:
        self.origin = origin
        self.problems = problems
        super().__init__("\n".join(self.lines()))

    def lines(self) -> list[str]:
        return [
            f"{self.origin}: {p.where + ': ' if p.where else ''}{p.text()}" for p in self.problems
        ]


class _Reader:
    """Walks the TOML tables, collecting problems instead of stopping at the first."""

    def __init__(self) -> None:
        self.problems: list[Problem] = []
        self.where = ""

    def problem(self, message: str, **params: Any) -> None:
        self.problems.append(Problem(self.where, message, params))

    def required(self, table: dict[str, Any], key: str) -> Any:
        if key not in table:
            self.problem(MISSING, key=key)
        return table.get(key)

    def text(self, table: dict[str, Any], key: str, *, optional: bool = False) -> Text | None:
        value = table.get(key)
        if value is None:
            if not optional:
                self.problem(MISSING, key=key)
            return None
        if not isinstance(value, dict):
            self.problem(NOT_TEXT, key=key)
            return None
        texts = {}
        for language in LANGUAGES:
            found = value.get(language)
            if not isinstance(found, str) or not found.strip():
                self.problem(NO_LANGUAGE, key=key, language=language)
            texts[language] = str(found or "")
        return Text(**texts)

    def identifier(self, table: dict[str, Any], key: str = "id") -> str:
        value = self.required(table, key)
        if value is not None and (not isinstance(value, str) or not _ID.match(value)):
            self.problem(BAD_ID, key=key, value=value)
        return str(value or "")

    def one_of(self, table: dict[str, Any], key: str, allowed: tuple[str, ...]) -> str | None:
        value = table.get(key)
        if value is None:
            return None
        if value not in allowed:
            self.problem(BAD_VALUE, key=key, value=value, allowed=", ".join(allowed))
            return None
        return str(value)

    def integer(self, table: dict[str, Any], key: str) -> int | None:
        value = table.get(key)
        if value is None:
            return None
        if not isinstance(value, int) or isinstance(value, bool):
            self.problem(BAD_NUMBER, key=key)
            return None
        return value

    def tables(self, table: dict[str, Any], key: str) -> list[dict[str, Any]]:
        value = table.get(key, [])
        if not isinstance(value, list) or not all(isinstance(v, dict) for v in value):
            self.problem(NOT_A_LIST, key=key)
            return []
        return value


def parse_definition(data: dict[str, Any], origin: str, source_text: str = "") -> Definition:
    """Build a definition from parsed TOML; raise :class:`DefinitionInvalid` on mistakes."""
    reader = _Reader()
    definition = _definition(reader, data, origin, source_text)
    if reader.problems or definition is None:
        raise DefinitionInvalid(origin, reader.problems)
    return definition


def _definition(
    reader: _Reader, data: dict[str, Any], origin: str, source_text: str
) -> Definition | None:
    form_id = reader.identifier(data)
    version = reader.integer(data, "version")
    if "version" not in data:
        reader.problem(MISSING, key="version")
    elif version is not None and version < 1:
        reader.problem(BAD_NUMBER, key="version")
    kind = reader.one_of(data, "kind", tuple(FormKind)) or reader.required(data, "kind")
    filled_by = reader.one_of(data, "filled_by", tuple(FILLERS))
    reader.required(data, "filled_by")
    record = reader.one_of(data, "record", tuple(RecordKind))
    reader.required(data, "record")
    stages = _stages(reader, data, record)
    title = reader.text(data, "title")
    intro = reader.text(data, "intro", optional=True)
    sections = tuple(_sections(reader, data))
    if reader.problems or None in (version, kind, filled_by, record, title):
        return None
    assert title is not None and version is not None and record is not None
    return Definition(
        id=form_id,
        version=version,
        kind=FormKind(str(kind)),
        filled_by=Role(str(filled_by)),
        record=RecordKind(record),
        stages=stages,
        title=title,
        intro=intro,
        sections=sections,
        source_text=source_text,
        origin=origin,
    )


def _stages(reader: _Reader, data: dict[str, Any], record: str | None) -> tuple[str, ...]:
    stages = data.get("stages", [])
    if not isinstance(stages, list) or not stages:
        reader.problem(EMPTY if isinstance(stages, list) else NOT_A_LIST, key="stages")
        return ()
    allowed = STAGES.get(RecordKind(record), ()) if record else ()
    for stage in stages:
        if allowed and stage not in allowed:
            reader.problem(BAD_VALUE, key="stages", value=stage, allowed=", ".join(allowed))
    return tuple(str(s) for s in stages)


def _sections(reader: _Reader, data: dict[str, Any]) -> Iterator[Section]:
    sections = reader.tables(data, "sections")
    if not sections and "sections" in data:
        reader.problem(EMPTY, key="sections")
    elif "sections" not in data:
        reader.problem(MISSING, key="sections")
    seen: set[str] = set()
    for number, table in enumerate(sections, start=1):
        reader.where = f'section {number} "{table.get("id", "?")}"'
        section_id = reader.identifier(table)
        title = reader.text(table, "title")
        intro = reader.text(table, "intro", optional=True)
        fields = tuple(_fields(reader, table, seen))
        if title is not None:
            yield Section(section_id, title, fields, intro)
    reader.where = ""


def _fields(reader: _Reader, section: dict[str, Any], seen: set[str]) -> Iterator[Field]:
    context = reader.where
    tables = reader.tables(section, "fields")
    if not tables:
        reader.problem(EMPTY, key="fields")
    for table in tables:
        reader.where = f'{context}, field "{table.get("id", "?")}"'
        field_id = reader.identifier(table)
        if field_id in seen:
            reader.problem(DUPLICATE, value=field_id)
        seen.add(field_id)
        made = _field(reader, table, field_id)
        if made is not None:
            yield made
    reader.where = context


def _field(reader: _Reader, table: dict[str, Any], field_id: str) -> Field | None:
    kind = reader.one_of(table, "type", tuple(FieldType))
    if "type" not in table:
        reader.problem(MISSING, key="type")
    if kind is None:
        return None
    field_type = FieldType(kind)
    is_info = field_type is FieldType.INFO
    label = reader.text(table, "label", optional=is_info and "text" in table)
    body = reader.text(table, "text", optional=True)
    if is_info and label is None:
        label = body
    if label is None:
        return None
    return Field(
        id=field_id,
        type=field_type,
        label=label,
        help=reader.text(table, "help", optional=True),
        text=body,
        required=bool(table.get("required", False)),
        choices=_choices(reader, table, field_type),
        columns=_columns(reader, table, field_type),
        minimum=table.get("min"),
        maximum=table.get("max"),
        unit=reader.text(table, "unit", optional=True),
        lines=_lines(reader, table),
        notes=bool(table.get("notes", False)),
        due_day=reader.integer(table, "due_day"),
        responsible=_role(reader, table),
        reference=reader.text(table, "reference", optional=True),
        source=reader.one_of(table, "source", SOURCES),
    )


def _lines(reader: _Reader, table: dict[str, Any]) -> int:
    lines = reader.integer(table, "lines")
    if lines is not None and not 2 <= lines <= 20:
        reader.problem(BAD_VALUE, key="lines", value=lines, allowed="2–20")
    return lines or 4


def _role(reader: _Reader, table: dict[str, Any]) -> Role | None:
    role = reader.one_of(table, "responsible", tuple(Role))
    return Role(role) if role else None


def _choices(reader: _Reader, table: dict[str, Any], kind: FieldType) -> tuple[Choice, ...]:
    needs = kind in (FieldType.CHOICE, FieldType.MULTI_CHOICE)
    if not needs:
        return ()
    choices = []
    for item in reader.tables(table, "choices"):
        value = reader.required(item, "value")
        label = reader.text(item, "label")
        if value is not None and label is not None:
            choices.append(Choice(str(value), label))
    if not choices:
        reader.problem(EMPTY, key="choices")
    values = [c.value for c in choices]
    for value in {v for v in values if values.count(v) > 1}:
        reader.problem(DUPLICATE, value=value)
    return tuple(choices)


def _columns(reader: _Reader, table: dict[str, Any], kind: FieldType) -> tuple[Column, ...]:
    if kind is not FieldType.ROWS:
        return ()
    columns = []
    for item in reader.tables(table, "columns"):
        column_id = reader.identifier(item)
        column_type = reader.one_of(item, "type", tuple(COLUMN_TYPES))
        label = reader.text(item, "label")
        if column_type and label is not None:
            kind_of = FieldType(column_type)
            columns.append(Column(column_id, kind_of, label, _choices(reader, item, kind_of)))
    if not columns:
        reader.problem(EMPTY, key="columns")
    return tuple(columns)


def load_definition(path: Path) -> Definition:
    """Read and check one definition file."""
    try:
        source = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as error:
        raise DefinitionInvalid(str(path), [Problem("", UNREADABLE, {"value": error})]) from error
    return parse_source(source, str(path))


def parse_source(source: str, origin: str) -> Definition:
    try:
        data = tomllib.loads(source)
    except tomllib.TOMLDecodeError as error:
        raise DefinitionInvalid(origin, [Problem("", NOT_TOML, {"value": error})]) from error
    return parse_definition(data, origin, source)
