"""Rules a record must meet before it is saved.

Each rule yields an :class:`Issue` naming the field it belongs to, so the UI can show the
message right next to that field. Messages are English source text marked for
translation in the ``Validation`` context; ``{placeholders}`` are filled after translating.
"""

import dataclasses
import datetime as dt
import re
from collections.abc import Callable, Iterator, Mapping
from dataclasses import dataclass
from decimal import Decimal
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from stagedesk.core.i18n import QT_TRANSLATE_NOOP
from stagedesk.core.models import (
    Application,
    ApplicationStatus,
    Base,
    Candidate,
    FollowUpEntry,
    Internship,
    InternshipStatus,
    Opportunity,
    OrganisationSettings,
    Programme,
    School,
    SchoolContact,
    StaffMember,
    Unit,
)

Values = Mapping[str, Any]

REQUIRED = QT_TRANSLATE_NOOP("Validation", "This field is required.")
BAD_EMAIL = QT_TRANSLATE_NOOP("Validation", "This is not a valid e-mail address.")
TAKEN = QT_TRANSLATE_NOOP("Validation", "This name is already in use.")
END_BEFORE_START = QT_TRANSLATE_NOOP("Validation", "The end date lies before the start date.")
OUT_OF_RANGE = QT_TRANSLATE_NOOP("Validation", "Enter a number from {low} to {high}.")
NOT_A_NUMBER = QT_TRANSLATE_NOOP("Validation", "Enter a whole number.")
SAME_AS_MENTOR = QT_TRANSLATE_NOOP(
    "Validation", "The backup must be someone other than the mentor."
)
DECISION_BEFORE_APPLICATION = QT_TRANSLATE_NOOP(
    "Validation", "The decision date lies before the application date."
)
DECISION_DATE_NEEDED = QT_TRANSLATE_NOOP("Validation", "Enter the date of the decision.")
IN_FUTURE = QT_TRANSLATE_NOOP("Validation", "This date lies in the future.")
AGE = QT_TRANSLATE_NOOP("Validation", "The date of birth gives an age outside {low}–{high} years.")
CONSENT_NEEDED = QT_TRANSLATE_NOOP(
    "Validation", "Target-group answers may only be stored with a recorded consent date."
)
OVERLAP = QT_TRANSLATE_NOOP(
    "Validation", "This intern already has an internship from {start} to {end} over these dates."
)
STOP_REASON = QT_TRANSLATE_NOOP("Validation", "Say why the internship was stopped early.")
STOPPED_BY = QT_TRANSLATE_NOOP("Validation", "Say who stopped the internship.")
HIRED_DATE = QT_TRANSLATE_NOOP("Validation", "Enter the date the intern was hired.")
HIRED_BEFORE_START = QT_TRANSLATE_NOOP(
    "Validation", "The hiring date lies before the internship started."
)
ALLOWANCE_UNPAID = QT_TRANSLATE_NOOP("Validation", "An unpaid internship has no allowance.")
NEGATIVE = QT_TRANSLATE_NOOP("Validation", "Enter an amount of zero or more.")
SUPERVISOR_SCHOOL = QT_TRANSLATE_NOOP("Validation", "This supervisor works at another school.")
PROGRAMME_SCHOOL = QT_TRANSLATE_NOOP("Validation", "This programme belongs to another school.")
TOO_LONG = QT_TRANSLATE_NOOP("Validation", "Enter at most {limit} characters.")

# Deliberately simple: one @, something before it, a dot in the domain, no spaces.
_EMAIL = re.compile(r"^[^@\s]+@[^@\s]+\.[^@\s.]+$")


def is_email(text: str) -> bool:
    """Whether ``text`` looks like an e-mail address: the one rule every part uses."""
    return bool(_EMAIL.match(text.strip()))


@dataclass(frozen=True)
class Issue:
    field: str
    message: str
    params: Mapping[str, Any] = dataclasses.field(default_factory=dict[str, Any])


class ValidationFailed(Exception):
    def __init__(self, issues: list[Issue]) -> None:
        super().__init__("; ".join(f"{i.field}: {i.message}" for i in issues))
        self.issues = issues


@dataclass(frozen=True)
class Context:
    """What a rule may look at besides the values: the session, the record, today."""

    session: Session | None
    record_id: int | None
    today: dt.date


Rule = Callable[[Values, Context], Iterator[Issue]]

REQUIRED_FIELDS: dict[type[Base], tuple[str, ...]] = {
    OrganisationSettings: ("name",),
    Unit: ("name",),
    StaffMember: ("first_name", "last_name"),
    School: ("name", "kind"),
    SchoolContact: ("school_id", "name"),
    Programme: ("school_id", "name"),
    Opportunity: ("title", "unit_id"),
    Candidate: ("first_name", "last_name"),
    Application: ("candidate_id", "application_date"),
    Internship: ("candidate_id", "unit_id", "kind", "start_date", "end_date"),
    FollowUpEntry: ("internship_id", "entry_date", "kind", "text"),
}


def _blank(value: Any) -> bool:
    return value is None or (isinstance(value, str) and not value.strip())


def _required(model: type[Base], values: Values) -> Iterator[Issue]:
    for name in REQUIRED_FIELDS.get(model, ()):
        if _blank(values.get(name)):
            yield Issue(name, REQUIRED)


def _lengths(model: type[Base], values: Values) -> Iterator[Issue]:
    """Texts longer than their column: SQLite would keep them, PostgreSQL refuses the save."""
    for column in model.__table__.columns:
        limit = getattr(column.type, "length", None)
        value = values.get(column.key)
        if limit and isinstance(value, str) and len(value) > limit:
            yield Issue(column.key, TOO_LONG, {"limit": limit})


def _emails(values: Values, _: Context) -> Iterator[Issue]:
    email = values.get("email")
    if not _blank(email) and not is_email(str(email)):
        yield Issue("email", BAD_EMAIL)


def _range(values: Values, name: str, low: int, high: int) -> Iterator[Issue]:
    value = values.get(name)
    if value is None:
        return
    if not isinstance(value, int):
        yield Issue(name, NOT_A_NUMBER)
    elif not low <= value <= high:
        yield Issue(name, OUT_OF_RANGE, {"low": low, "high": high})


def _period(values: Values, start: str, end: str) -> Iterator[Issue]:
    first, last = values.get(start), values.get(end)
    if first is not None and last is not None and last < first:
        yield Issue(end, END_BEFORE_START)


def _mentor_backup(values: Values) -> Iterator[Issue]:
    mentor = values.get("mentor_id")
    if mentor is not None and mentor == values.get("backup_id"):
        yield Issue("backup_id", SAME_AS_MENTOR)


def _unique_name(model: type[Unit] | type[School]) -> Rule:
    def rule(values: Values, context: Context) -> Iterator[Issue]:
        name = values.get("name")
        if context.session is None or _blank(name):
            return
        query = select(func.count()).where(func.lower(model.name) == str(name).strip().lower())
        if context.record_id is not None:
            query = query.where(model.id != context.record_id)
        if context.session.scalar(query):
            yield Issue("name", TAKEN)

    return rule


def _opportunity(values: Values, _: Context) -> Iterator[Issue]:
    yield from _period(values, "period_start", "period_end")
    yield from _range(values, "hours_per_week", 1, 60)
    yield from _range(values, "places", 1, 99)
    yield from _mentor_backup(values)


def _candidate(values: Values, context: Context) -> Iterator[Issue]:
    born = values.get("date_of_birth")
    if born is not None:
        age = (context.today - born).days // 365
        if not 14 <= age <= 80:
            yield Issue("date_of_birth", AGE, {"low": 14, "high": 80})
    consent = values.get("consent_date")
    if consent is not None and consent > context.today:
        yield Issue("consent_date", IN_FUTURE)
    if consent is None:
        for name in ("tg_migration_background", "tg_disability", "tg_other"):
            if not _blank(values.get(name)):
                yield Issue(name, CONSENT_NEEDED)
    yield from _belongs_to_school(values, context, "programme_id", Programme, PROGRAMME_SCHOOL)


def _application(values: Values, _: Context) -> Iterator[Issue]:
    applied, decided = values.get("application_date"), values.get("decision_date")
    if applied is not None and decided is not None and decided < applied:
        yield Issue("decision_date", DECISION_BEFORE_APPLICATION)
    status = values.get("status")
    decisive = (ApplicationStatus.ACCEPTED, ApplicationStatus.REJECTED)
    if status in decisive and decided is None:
        yield Issue("decision_date", DECISION_DATE_NEEDED)


def _belongs_to_school(
    values: Values,
    context: Context,
    name: str,
    model: type[Programme] | type[SchoolContact],
    message: str,
) -> Iterator[Issue]:
    ref, school = values.get(name), values.get("school_id")
    if context.session is None or ref is None or school is None:
        return
    owner = context.session.scalar(select(model.school_id).where(model.id == ref))
    if owner is not None and owner != school:
        yield Issue(name, message)


def _internship(values: Values, context: Context) -> Iterator[Issue]:
    yield from _period(values, "start_date", "end_date")
    yield from _range(values, "hours_per_week", 1, 60)
    yield from _range(values, "days_per_week", 1, 7)
    yield from _range(values, "total_hours", 1, 4000)
    yield from _mentor_backup(values)
    yield from _internship_outcome(values)
    yield from _belongs_to_school(
        values, context, "supervisor_id", SchoolContact, SUPERVISOR_SCHOOL
    )
    yield from _overlap(values, context)


def _internship_outcome(values: Values) -> Iterator[Issue]:
    allowance = values.get("allowance")
    if allowance is not None:
        if not values.get("paid"):
            yield Issue("allowance", ALLOWANCE_UNPAID)
        elif Decimal(allowance) < 0:
            yield Issue("allowance", NEGATIVE)
    if values.get("status") == InternshipStatus.STOPPED_EARLY:
        if _blank(values.get("stop_reason")):
            yield Issue("stop_reason", STOP_REASON)
        if values.get("stopped_by") is None:
            yield Issue("stopped_by", STOPPED_BY)
    if values.get("hired_later"):
        hired, start = values.get("hired_date"), values.get("start_date")
        if hired is None:
            yield Issue("hired_date", HIRED_DATE)
        elif start is not None and hired < start:
            yield Issue("hired_date", HIRED_BEFORE_START)


def _overlap(values: Values, context: Context) -> Iterator[Issue]:
    intern, start, end = (
        values.get("candidate_id"),
        values.get("start_date"),
        values.get("end_date"),
    )
    if context.session is None or intern is None or start is None or end is None:
        return
    if end < start:
        return
    query = select(Internship.start_date, Internship.end_date).where(
        Internship.candidate_id == intern,
        Internship.start_date <= end,
        Internship.end_date >= start,
        Internship.status != InternshipStatus.STOPPED_EARLY,
    )
    if context.record_id is not None:
        query = query.where(Internship.id != context.record_id)
    clash = context.session.execute(query.limit(1)).first()
    if clash is not None:
        yield Issue("start_date", OVERLAP, {"start": clash[0], "end": clash[1]})


RULES: dict[type[Base], tuple[Rule, ...]] = {
    Unit: (_unique_name(Unit),),
    StaffMember: (_emails,),
    School: (_unique_name(School),),
    SchoolContact: (_emails,),
    Opportunity: (_opportunity,),
    Candidate: (_emails, _candidate),
    Application: (_application,),
    Internship: (_internship,),
}


def validate(
    model: type[Base],
    values: Values,
    *,
    session: Session | None = None,
    record_id: int | None = None,
    today: dt.date | None = None,
) -> list[Issue]:
    """Every issue with ``values`` for a record of ``model``; empty when it may be saved."""
    context = Context(session, record_id, today or dt.date.today())
    issues = [*_required(model, values), *_lengths(model, values)]
    for rule in RULES.get(model, ()):
        issues.extend(rule(values, context))
    # One message per field is enough: the first is the most basic (required comes first).
    first: dict[str, Issue] = {}
    for issue in issues:
        first.setdefault(issue.field, issue)
    return list(first.values())
