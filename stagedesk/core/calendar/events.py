"""The events of the internship calendar, and the moments besides its first and last day:
checklist items due, follow-up visits and feedback, surveys to ask back (the rules are in
``core.calendar``'s docstring)."""

import datetime as dt
from collections.abc import Iterable
from dataclasses import dataclass
from enum import StrEnum
from typing import Any

from sqlalchemy import ColumnElement, Select, select
from sqlalchemy.orm import Session

from stagedesk.core.calendar import words
from stagedesk.core.forms import Definition, FormRegistry, RecordKind, Text
from stagedesk.core.models import (
    FollowUpEntry,
    FollowUpKind,
    FormAnswer,
    FormResponse,
    Internship,
    InternshipStatus,
    ResponseStatus,
)

OPEN = (InternshipStatus.PLANNED, InternshipStatus.RUNNING)


class EventKind(StrEnum):
    START = "start"
    END = "end"
    CHECK = "check"
    VISIT = "visit"
    FEEDBACK = "feedback"
    SURVEY = "survey"


@dataclass(frozen=True)
class CalendarEvent:
    key: str  # stable and database-independent: part of the event's UID
    kind: EventKind
    day: dt.date  # an all-day event on this day
    title: str
    description: str
    category: str
    sequence: int
    modified: dt.datetime | None  # the newest change of the records it is made from
    internship_id: int


@dataclass(frozen=True)
class InternshipFacts:
    """What every event of one internship is made from."""

    id: int
    sequence: int
    modified: dt.datetime | None
    start: dt.date
    end: dt.date
    status: InternshipStatus
    intern: str
    about: str  # the description lines every event of the internship shares


def newest(*moments: dt.datetime | None) -> dt.datetime | None:
    known = [moment for moment in moments if moment is not None]
    return max(known) if known else None


def make_event(
    internship: InternshipFacts,
    key: str,
    kind: EventKind,
    day: dt.date,
    title: str,
    category: Text,
    language: str,
    *,
    more: Iterable[str] = (),
    sequence: int = 0,
    modified: dt.datetime | None = None,
) -> CalendarEvent:
    description = "\n".join([*more, internship.about])
    return CalendarEvent(
        key,
        kind,
        day,
        title,
        description,
        category.get(language),
        internship.sequence + sequence,
        newest(internship.modified, modified),
        internship.id,
    )


def checks(
    session: Session,
    registry: FormRegistry,
    where: ColumnElement[bool],
    internships: dict[int, InternshipFacts],
    language: str,
) -> list[CalendarEvent]:
    definitions = _Definitions(session, registry)
    found = []
    for row in session.execute(_open_checks(where)):
        internship = internships.get(row.internship_id or 0)
        definition = definitions.get(row.form_id, row.form_version)
        if internship is None or definition is None or row.due_date is None:
            continue
        label = _label(definition, row.field_id, language)
        found.append(
            make_event(
                internship,
                f"checklist-{row.id}-{row.field_id}",
                EventKind.CHECK,
                row.due_date,
                words.CHECK.get(language).format(item=label, intern=internship.intern),
                words.CHECKLISTS,
                language,
                more=[words.CHECKLIST.get(language).format(title=definition.title.get(language))],
                sequence=row.version,
                modified=row.updated_at,
            )
        )
    return found


def _open_checks(where: ColumnElement[bool]) -> Select[*tuple[Any, ...]]:
    """Checklist items with a due date and no status yet, of planned and running
    internships among those ``where`` picks."""
    return (
        select(
            FormResponse.internship_id,
            FormResponse.id,
            FormResponse.form_id,
            FormResponse.form_version,
            FormResponse.version,
            FormResponse.updated_at,
            FormAnswer.field_id,
            FormAnswer.due_date,
        )
        .select_from(FormAnswer)
        .join(FormResponse, FormAnswer.response_id == FormResponse.id)
        .join(Internship, FormResponse.internship_id == Internship.id)
        .where(
            where,
            Internship.status.in_(OPEN),
            FormAnswer.due_date.is_not(None),
            FormAnswer.value_text.is_(None),  # a check's status: done or not needed
        )
    )


def _label(definition: Definition, field_id: str, language: str) -> str:
    try:
        return definition.field(field_id).label.get(language)
    except KeyError:  # an item of an older version, no longer in the definition
        return field_id


@dataclass
class _Definitions:
    """The definitions answers were given with, each looked up once; None if lost."""

    session: Session
    registry: FormRegistry

    def __post_init__(self) -> None:
        self.found: dict[tuple[str, int], Definition | None] = {}

    def get(self, form_id: str, version: int) -> Definition | None:
        key = (form_id, version)
        if key not in self.found:
            try:
                self.found[key] = self.registry.version(self.session, form_id, version)
            except KeyError:
                self.found[key] = None
        return self.found[key]


def follow_up(
    session: Session,
    where: ColumnElement[bool],
    internships: dict[int, InternshipFacts],
    language: str,
) -> list[CalendarEvent]:
    kinds = {FollowUpKind.VISIT: EventKind.VISIT, FollowUpKind.FEEDBACK: EventKind.FEEDBACK}
    titles = {EventKind.VISIT: words.VISIT, EventKind.FEEDBACK: words.FEEDBACK}
    query = (
        select(
            FollowUpEntry.id,
            FollowUpEntry.internship_id,
            FollowUpEntry.entry_date,
            FollowUpEntry.kind,
            FollowUpEntry.version,
            FollowUpEntry.updated_at,
        )
        .join(Internship, FollowUpEntry.internship_id == Internship.id)
        .where(where, FollowUpEntry.kind.in_(list(kinds)))
    )
    found = []
    for entry_id, internship_id, day, kind, version, changed in session.execute(query):
        internship = internships.get(internship_id)
        if internship is None:
            continue
        event_kind = kinds[kind]
        found.append(
            make_event(
                internship,
                f"follow-up-{entry_id}",
                event_kind,
                day,
                titles[event_kind].get(language).format(intern=internship.intern),
                words.EVALUATION,
                language,
                sequence=version,
                modified=changed,
            )
        )
    return found


def surveys(
    session: Session,
    registry: FormRegistry,
    where: ColumnElement[bool],
    internships: dict[int, InternshipFacts],
    language: str,
) -> list[CalendarEvent]:
    surveys = [d for d in registry.for_record(RecordKind.INTERNSHIP) if d.returned_by_someone_else]
    if not surveys:
        return []
    query = (
        select(FormResponse.internship_id, FormResponse.form_id)
        .join(Internship, FormResponse.internship_id == Internship.id)
        .where(
            where,
            FormResponse.status == ResponseStatus.COMPLETE,
            FormResponse.form_id.in_([d.id for d in surveys]),
        )
    )
    returned = {(internship_id, form_id) for internship_id, form_id in session.execute(query)}
    found = []
    for internship in internships.values():
        for survey in surveys:
            if (internship.id, survey.id) in returned or not _applies(survey, internship):
                continue
            title = survey.title.get(language)
            found.append(
                make_event(
                    internship,
                    f"internship-{internship.id}-{survey.id}",
                    EventKind.SURVEY,
                    internship.end,
                    words.SURVEY.get(language).format(survey=title, intern=internship.intern),
                    words.EVALUATION,
                    language,
                    more=[words.SURVEY_DUE.get(language)],
                )
            )
    return found


def _applies(survey: Definition, internship: InternshipFacts) -> bool:
    stage = internship.status
    if stage is InternshipStatus.PLANNED:  # it will run: ask for its survey in time
        stage = InternshipStatus.RUNNING
    return stage.value in survey.stages
