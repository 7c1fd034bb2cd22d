"""What "export everything" writes: one sheet per kind of record, each a list of columns
(every column of its table, plus a readable name next to a reference) and the one query
that reads them, in id order.

The target-group columns of candidates are sensitive: they are in the list only when
asked for.
"""

from dataclasses import dataclass
from enum import Enum, StrEnum
from typing import Any

from sqlalchemy import ColumnElement, Select, func, select
from sqlalchemy.orm import aliased

from stagedesk.core.models import (
    Application,
    ApplicationSource,
    ApplicationStatus,
    Candidate,
    EducationLevel,
    Gender,
    Language,
    Opportunity,
    OpportunityStatus,
    OrganisationSettings,
    Programme,
    RequirementText,
    School,
    SchoolContact,
    SchoolKind,
    StaffMember,
    Unit,
)


class Kind(Enum):
    """How a column's values are written."""

    PLAIN = "plain"  # numbers, as they are
    TEXT = "text"  # user text: always a text cell
    DATE = "date"  # a real date, shown dd/mm/yyyy
    STAMP = "stamp"  # a date and time, shown dd/mm/yyyy hh:mm
    YES_NO = "yes_no"  # a boolean, as a word
    WORD = "word"  # an enum, as a word in the language


@dataclass(frozen=True)
class Column:
    header: str  # a key of everything_words.HEADERS
    expression: Any  # what the query selects
    kind: Kind = Kind.PLAIN
    width: int = 14
    enum: type[StrEnum] | None = None  # for Kind.WORD
    reference: bool = False  # an id of another record: its header gets " (ID)"


@dataclass(frozen=True)
class Sheet:
    key: str  # a key of everything_words.SHEETS
    columns: list[Column]
    query: Select[Any]  # in id order; the id is the first column
    order: Any  # the id column, for reading page by page
    count: Select[Any]  # how many rows, for the progress bar


def as_text(header: str, expression: Any, width: int = 24) -> Column:
    return Column(header, expression, Kind.TEXT, width)


def as_date(header: str, expression: Any) -> Column:
    return Column(header, expression, Kind.DATE, 12)


def as_yes_no(header: str, expression: Any) -> Column:
    return Column(header, expression, Kind.YES_NO, 12)


def as_word(header: str, expression: Any, enum: type[StrEnum], width: int = 18) -> Column:
    return Column(header, expression, Kind.WORD, width, enum)


def reference(header: str, expression: Any) -> Column:
    return Column(header, expression, Kind.PLAIN, 10, reference=True)


def full_name(person: Any) -> ColumnElement[str]:
    return person.first_name + " " + person.last_name  # type: ignore[no-any-return]


def record_columns(model: Any) -> list[Column]:
    """The columns every editable record has, at the end of its sheet."""
    return [
        Column("version", model.version, Kind.PLAIN, 9),
        Column("created_at", model.created_at, Kind.STAMP, 17),
        Column("updated_at", model.updated_at, Kind.STAMP, 17),
    ]


def make_sheet(
    key: str, model: Any, columns: list[Column], query: Select[Any] | None = None
) -> Sheet:
    base = query if query is not None else select(*(c.expression for c in columns))
    return Sheet(
        key,
        columns,
        base.order_by(model.id),
        model.id,
        select(func.count()).select_from(model),
    )


def organisation() -> Sheet:
    s = OrganisationSettings
    columns = [
        Column("id", s.id, width=8),
        as_text("name", s.name, 36),
        as_text("address", s.address, 40),
        as_word("language", s.language, Language),
        Column("retention_years", s.retention_years, width=12),
        as_date("retention_reviewed_on", s.retention_reviewed_on),
        as_date("retention_ask_after", s.retention_ask_after),
        *record_columns(s),
    ]
    return make_sheet("organisation", s, columns)


def units() -> Sheet:
    columns = [
        Column("id", Unit.id, width=8),
        as_text("name", Unit.name, 30),
        as_text("code", Unit.code, 10),
        as_text("notes", Unit.notes, 40),
        as_yes_no("active", Unit.active),
        *record_columns(Unit),
    ]
    return make_sheet("units", Unit, columns)


def staff() -> Sheet:
    s = StaffMember
    columns = [
        Column("id", s.id, width=8),
        as_text("first_name", s.first_name, 16),
        as_text("last_name", s.last_name, 20),
        as_text("email", s.email, 28),
        as_text("phone", s.phone, 16),
        as_text("function", s.function),
        reference("unit", s.unit_id),
        as_text("unit", Unit.name),
        as_yes_no("is_coordinator", s.is_coordinator),
        as_yes_no("is_mentor", s.is_mentor),
        as_yes_no("is_backup", s.is_backup),
        as_yes_no("is_unit_head", s.is_unit_head),
        as_word("language", s.language, Language),
        as_yes_no("active", s.active),
        *record_columns(s),
    ]
    query = select(*(c.expression for c in columns)).outerjoin(Unit, s.unit_id == Unit.id)
    return make_sheet("staff", s, columns, query)


def schools() -> Sheet:
    columns = [
        Column("id", School.id, width=8),
        as_text("name", School.name, 36),
        as_word("school_kind", School.kind, SchoolKind, 24),
        as_text("address", School.address, 36),
        as_text("city", School.city, 18),
        as_text("website", School.website, 28),
        as_word("language", School.language, Language),
        as_date("last_contact", School.last_contact),
        as_text("notes", School.notes, 40),
        *record_columns(School),
    ]
    return make_sheet("schools", School, columns)


def school_contacts() -> Sheet:
    c = SchoolContact
    columns = [
        Column("id", c.id, width=8),
        reference("school", c.school_id),
        as_text("school", School.name, 30),
        as_text("name", c.name),
        as_text("function", c.function),
        as_text("email", c.email, 28),
        as_text("phone", c.phone, 16),
        *record_columns(c),
    ]
    query = select(*(col.expression for col in columns)).join(School, c.school_id == School.id)
    return make_sheet("school_contacts", c, columns, query)


def programmes() -> Sheet:
    p = Programme
    columns = [
        Column("id", p.id, width=8),
        reference("school", p.school_id),
        as_text("school", School.name, 30),
        as_text("name", p.name, 36),
        as_word("education_level", p.education_level, EducationLevel, 22),
        *record_columns(p),
    ]
    query = select(*(c.expression for c in columns)).join(School, p.school_id == School.id)
    return make_sheet("programmes", p, columns, query)


def opportunities() -> Sheet:
    o = Opportunity
    mentor, backup = aliased(StaffMember), aliased(StaffMember)
    columns = [
        Column("id", o.id, width=8),
        as_text("title", o.title, 30),
        reference("unit", o.unit_id),
        as_text("unit", Unit.name),
        as_text("domain", o.domain),
        as_text("work_kind", o.work_kind),
        as_text("description", o.description, 50),
        as_text("requirements", o.requirements, 40),
        as_word("education_level", o.education_level, EducationLevel, 22),
        as_text("programme_wanted", o.programme),
        as_date("period_start", o.period_start),
        as_date("period_end", o.period_end),
        Column("hours_per_week", o.hours_per_week),
        Column("places", o.places, width=10),
        reference("mentor", o.mentor_id),
        as_text("mentor", full_name(mentor)),
        reference("backup", o.backup_id),
        as_text("backup", full_name(backup)),
        as_word("status", o.status, OpportunityStatus),
        *record_columns(o),
    ]
    query = (
        select(*(c.expression for c in columns))
        .join(Unit, o.unit_id == Unit.id)
        .outerjoin(mentor, o.mentor_id == mentor.id)
        .outerjoin(backup, o.backup_id == backup.id)
    )
    return make_sheet("opportunities", o, columns, query)


def requirement_texts() -> Sheet:
    r = RequirementText
    columns = [
        Column("id", r.id, width=8),
        reference("opportunity", r.opportunity_id),
        as_text("opportunity", Opportunity.title, 30),
        Column("year", r.year, width=8),
        as_text("requirements", r.text, 60),
    ]
    query = select(*(c.expression for c in columns)).join(
        Opportunity, r.opportunity_id == Opportunity.id
    )
    return make_sheet("requirement_texts", r, columns, query)


def candidates(include_target_groups: bool) -> Sheet:
    c = Candidate
    target_groups = [
        as_yes_no("tg_migration_background", c.tg_migration_background),
        as_yes_no("tg_disability", c.tg_disability),
        as_text("tg_other", c.tg_other),
    ]
    columns = [
        Column("id", c.id, width=8),
        as_text("first_name", c.first_name, 16),
        as_text("last_name", c.last_name, 20),
        as_text("email", c.email, 28),
        as_text("phone", c.phone, 16),
        as_text("address", c.address, 36),
        as_date("date_of_birth", c.date_of_birth),
        as_word("gender", c.gender, Gender, 10),
        as_word("education_level", c.education_level, EducationLevel, 22),
        reference("school", c.school_id),
        as_text("school", School.name, 30),
        reference("programme", c.programme_id),
        as_text("programme", Programme.name, 30),
        as_word("language", c.language, Language),
        as_text("languages", c.languages),
        as_date("consent_date", c.consent_date),
        *(target_groups if include_target_groups else []),
        as_text("notes", c.notes, 40),
        as_date("anonymised_on", c.anonymised_on),
        *record_columns(c),
    ]
    query = (
        select(*(col.expression for col in columns))
        .outerjoin(School, c.school_id == School.id)
        .outerjoin(Programme, c.programme_id == Programme.id)
    )
    return make_sheet("candidates", c, columns, query)


def applications() -> Sheet:
    a = Application
    columns = [
        Column("id", a.id, width=8),
        reference("candidate", a.candidate_id),
        as_text("candidate", full_name(Candidate)),
        reference("opportunity", a.opportunity_id),
        as_text("opportunity", Opportunity.title, 30),
        as_date("application_date", a.application_date),
        as_word("source", a.source, ApplicationSource, 20),
        as_word("status", a.status, ApplicationStatus),
        as_date("decision_date", a.decision_date),
        as_text("notes", a.notes, 40),
        *record_columns(a),
    ]
    query = (
        select(*(c.expression for c in columns))
        .join(Candidate, a.candidate_id == Candidate.id)
        .outerjoin(Opportunity, a.opportunity_id == Opportunity.id)
    )
    return make_sheet("applications", a, columns, query)
