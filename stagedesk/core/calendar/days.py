"""The internship calendar: the days a coordinator wants in Outlook, as plain events.

Which internships: one (by id, all its events whatever their dates), or all those that
end on or after ``since``; by default ``since`` is a year before today, so internships
that ended more than a year ago are left out and everything else (running, planned,
recently ended) is in.

Which events, all-day, titles in the chosen language naming the intern:

- the internship's first and last day;
- each checklist item with a due date that is not settled yet (no status: neither done
  nor marked not needed), for planned and running internships only, as on the dashboard;
- evaluation moments: follow-up entries of kind visit or feedback (their text stays in
  StageDesk: a calendar is shared more widely), and each survey someone else hands back
  (intern, mentor) that has no complete response yet, on the internship's last day, for
  the internships the survey applies to (its stages; a planned internship counts as one
  that will run) — the dashboard's "surveys not yet returned" rule, looking ahead.

Each event has a ``key`` that depends only on record ids ("internship-12-start",
"checklist-40-agreement_signed"), a ``sequence`` that grows whenever a record it is made
from is saved (the sum of their optimistic-lock versions) and the newest ``updated_at``
of those records: exported again, the same event replaces the one imported before.
"""

import datetime as dt
from dataclasses import dataclass

from sqlalchemy import ColumnElement, select
from sqlalchemy.orm import Session, aliased

from stagedesk.core.calendar import words
from stagedesk.core.calendar.events import (
    CalendarEvent,
    EventKind,
    InternshipFacts,
    checks,
    follow_up,
    make_event,
    newest,
    surveys,
)
from stagedesk.core.forms import FormRegistry
from stagedesk.core.models import Candidate, Internship, StaffMember, Unit
from stagedesk.core.records.organisation import organisation

SINCE_DAYS = 365


@dataclass(frozen=True)
class InternshipCalendar:
    name: str  # what the calendar program calls it
    identity: str  # which database the events come from (see calendar_identity)
    events: list[CalendarEvent]


class NoSuchInternship(LookupError):
    pass


def calendar_identity(session: Session) -> str:
    """Which database this is, for event UIDs: the moment the organisation's record was
    made. It never changes (renaming the organisation does not touch it) and two
    databases practically never share it; without an organisation yet, ``"stagedesk"``.

    StageDesk keeps no database id of its own; a name slug would change with a rename
    and then every event would be imported twice."""
    settings = organisation(session)
    made = settings.created_at if settings is not None else None
    return f"db{made:%Y%m%d%H%M%S}" if made is not None else "stagedesk"


def load_calendar(
    session: Session,
    registry: FormRegistry,
    *,
    language: str,
    today: dt.date,
    internship_id: int | None = None,
    since: dt.date | None = None,
) -> InternshipCalendar:
    """The events of one internship or of all (see the module's rule), by day.
    Raises NoSuchInternship for an unknown ``internship_id``."""
    if internship_id is not None:
        where: ColumnElement[bool] = Internship.id == internship_id
    else:
        where = Internship.end_date >= (since or today - dt.timedelta(days=SINCE_DAYS))
    internships = _internships(session, where, language)
    if internship_id is not None and not internships:
        raise NoSuchInternship(internship_id)
    events: list[CalendarEvent] = []
    for internship in internships.values():
        events.extend(_start_and_end(internship, language))
    events.extend(checks(session, registry, where, internships, language))
    events.extend(follow_up(session, where, internships, language))
    events.extend(surveys(session, registry, where, internships, language))
    events.sort(key=lambda e: (e.day, e.internship_id, e.key))
    return InternshipCalendar(
        _name(session, internships, internship_id, language), calendar_identity(session), events
    )


def _name(
    session: Session, internships: dict[int, InternshipFacts], one: int | None, language: str
) -> str:
    if one is not None:
        return words.CALENDAR_ONE.get(language).format(intern=internships[one].intern)
    settings = organisation(session)
    name = settings.name if settings is not None else None
    return words.CALENDAR_ALL.get(language).format(organisation=name or "StageDesk")


def _internships(
    session: Session, where: ColumnElement[bool], language: str
) -> dict[int, InternshipFacts]:
    mentor = aliased(StaffMember)
    query = (
        select(
            Internship.id,
            (Internship.version + Candidate.version).label("sequence"),
            Internship.updated_at,
            Candidate.updated_at.label("named_at"),
            Internship.start_date,
            Internship.end_date,
            Internship.status,
            (Candidate.first_name + " " + Candidate.last_name).label("intern"),
            Unit.name.label("unit"),
            (mentor.first_name + " " + mentor.last_name).label("mentor"),
        )
        .join(Candidate, Internship.candidate_id == Candidate.id)
        .join(Unit, Internship.unit_id == Unit.id)
        .outerjoin(mentor, Internship.mentor_id == mentor.id)
        .where(where)
        .order_by(Internship.start_date, Internship.id)
    )
    found: dict[int, InternshipFacts] = {}
    for row in session.execute(query):
        mentor_line = (
            words.NO_MENTOR.get(language)
            if row.mentor is None
            else words.MENTOR.get(language).format(mentor=row.mentor)
        )
        about = [
            words.UNIT.get(language).format(unit=row.unit),
            mentor_line,
            words.FROM.get(language).format(id=row.id),
        ]
        found[row.id] = InternshipFacts(
            row.id,
            row.sequence,
            newest(row.updated_at, row.named_at),
            row.start_date,
            row.end_date,
            row.status,
            row.intern,
            "\n".join(about),
        )
    return found


def _start_and_end(internship: InternshipFacts, language: str) -> list[CalendarEvent]:
    base = f"internship-{internship.id}"
    intern = internship.intern
    return [
        make_event(
            internship,
            f"{base}-start",
            EventKind.START,
            internship.start,
            words.START.get(language).format(intern=intern),
            words.INTERNSHIP,
            language,
        ),
        make_event(
            internship,
            f"{base}-end",
            EventKind.END,
            internship.end,
            words.END.get(language).format(intern=intern),
            words.INTERNSHIP,
            language,
        ),
    ]


__all__ = [
    "CalendarEvent",
    "EventKind",
    "InternshipCalendar",
    "NoSuchInternship",
    "calendar_identity",
    "load_calendar",
]
