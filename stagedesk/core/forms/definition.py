"""What a toolbox form is: sections of typed fields, every text in three languages.

These are plain frozen dataclasses, built from TOML by ``parse`` and used by the form
view, the checklist view, the PDF writer and the reports alike.
"""

import datetime as dt
from dataclasses import dataclass, field
from enum import StrEnum

LANGUAGES = ("nl", "fr", "en")


class FieldType(StrEnum):
    TEXT = "text"
    LONG_TEXT = "long_text"
    DATE = "date"
    NUMBER = "number"
    CHOICE = "choice"
    MULTI_CHOICE = "multi_choice"
    YES_NO = "yes_no"
    SCALE = "scale"
    CHECK = "check"
    ROWS = "rows"
    INFO = "info"


class FormKind(StrEnum):
    FORM = "form"
    CHECKLIST = "checklist"
    CARD = "card"


class Role(StrEnum):
    COORDINATOR = "coordinator"
    UNIT_HEAD = "unit_head"
    MENTOR = "mentor"
    BACKUP = "backup"
    INTERN = "intern"
    SCHOOL = "school"
    HR = "hr"
    FACILITIES = "facilities"
    ICT = "ict"


class RecordKind(StrEnum):
    OPPORTUNITY = "opportunity"
    APPLICATION = "application"
    INTERNSHIP = "internship"
    ORGANISATION = "organisation"  # its own documents: the internship policy and rules


# Who may fill a whole form (a checklist item's `responsible` may be any Role).
FILLERS = (Role.COORDINATOR, Role.UNIT_HEAD, Role.MENTOR, Role.INTERN)

# Column types allowed inside a `rows` field.
COLUMN_TYPES = (
    FieldType.TEXT,
    FieldType.LONG_TEXT,
    FieldType.DATE,
    FieldType.NUMBER,
    FieldType.CHOICE,
)

# Facts StageDesk already knows, by the name a definition's `source` uses.
SOURCES = (
    "intern.name",
    "intern.email",
    "intern.phone",
    "intern.date_of_birth",
    "intern.address",
    "school.name",
    "supervisor.name",
    "supervisor.email",
    "supervisor.phone",
    "mentor.name",
    "mentor.email",
    "mentor.phone",
    "backup.name",
    "unit.name",
    "internship.kind",
    "internship.start_date",
    "internship.end_date",
    "internship.hours_per_week",
    "internship.days_per_week",
    "internship.total_hours",
    "internship.telework",
    "internship.paid",
    "opportunity.title",
    "opportunity.description",
    "opportunity.requirements",
    "organisation.name",
    "organisation.address",
    "coordinator.name",
    "coordinator.email",
    "coordinator.phone",
)

SCALE_MIN, SCALE_MAX = 1, 5
NOT_APPLICABLE = "na"


@dataclass(frozen=True)
class Text:
    """One text in Dutch, French and English."""

    nl: str
    fr: str
    en: str

    def get(self, language: str) -> str:
        return str(getattr(self, language if language in LANGUAGES else "nl"))


@dataclass(frozen=True)
class Choice:
    value: str
    label: Text


@dataclass(frozen=True)
class Column:
    id: str
    type: FieldType
    label: Text
    choices: tuple[Choice, ...] = ()


@dataclass(frozen=True)
class Field:
    id: str
    type: FieldType
    label: Text
    help: Text | None = None
    text: Text | None = None  # the body of an `info` field
    required: bool = False
    choices: tuple[Choice, ...] = ()
    columns: tuple[Column, ...] = ()
    minimum: float | None = None
    maximum: float | None = None
    unit: Text | None = None
    lines: int = 4
    notes: bool = False
    due_day: int | None = None
    responsible: Role | None = None
    reference: Text | None = None
    source: str | None = None

    @property
    def answers(self) -> bool:
        """Whether the field takes an answer (an `info` field is only read)."""
        return self.type is not FieldType.INFO

    def due_date(self, start: dt.date) -> dt.date | None:
        return None if self.due_day is None else start + dt.timedelta(days=self.due_day)


@dataclass(frozen=True)
class Section:
    id: str
    title: Text
    fields: tuple[Field, ...]
    intro: Text | None = None


@dataclass(frozen=True)
class Definition:
    id: str
    version: int
    kind: FormKind
    filled_by: Role
    record: RecordKind
    stages: tuple[str, ...]
    title: Text
    sections: tuple[Section, ...]
    intro: Text | None = None
    source_text: str = field(default="", compare=False, repr=False)
    origin: str = field(default="", compare=False)

    def fields(self) -> list[Field]:
        return [f for section in self.sections for f in section.fields]

    def field(self, field_id: str) -> Field:
        for candidate in self.fields():
            if candidate.id == field_id:
                return candidate
        raise KeyError(field_id)

    def checks(self) -> list[Field]:
        return [f for f in self.fields() if f.type is FieldType.CHECK]

    @property
    def returned_by_someone_else(self) -> bool:
        """A form the intern or mentor fills and hands back (the surveys)."""
        return self.kind is FormKind.FORM and self.filled_by in (Role.INTERN, Role.MENTOR)
