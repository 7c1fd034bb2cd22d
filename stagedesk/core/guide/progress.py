"""Where StageDesk can tell: is a step of the guide done?

Each check looks at the database on a given day, mostly within the academic year that
holds it (from 1 September): "opportunities offered this year", "surveys returned".

    done = progress(session, today, {"policy_plan", "surveys_returned"})
"""

import datetime as dt
from collections.abc import Callable, Iterable
from typing import Any

from sqlalchemy import Select, and_, func, or_, select
from sqlalchemy.orm import Session

from stagedesk.core.models import (
    FollowUpEntry,
    FormAnswer,
    FormResponse,
    Internship,
    InternshipStatus,
    Opportunity,
    OpportunityStatus,
    ResponseStatus,
)

Check = Callable[[Session, dt.date], bool]

POLICY_PLAN = "policy_plan"
INTERNSHIP_RULES = "internship_rules"
SURVEYS = ("intern_survey", "mentor_survey")


def academic_year_start(day: dt.date) -> dt.date:
    """1 September of the academic year that holds ``day``."""
    return dt.date(day.year if day.month >= 9 else day.year - 1, 9, 1)


def _since(day: dt.date) -> dt.datetime:
    return dt.datetime.combine(academic_year_start(day), dt.time())


def _any(session: Session, query: Select[Any]) -> bool:
    return bool(session.scalar(select(query.exists())))


def _internships_recorded(session: Session, today: dt.date) -> bool:
    return _any(session, select(Internship.id))


def _filled_in(form_id: str) -> Check:
    """An organisation's document with at least one answer."""

    def check(session: Session, today: dt.date) -> bool:
        answered = select(FormAnswer.id).join(FormResponse).where(FormResponse.form_id == form_id)
        return _any(session, answered)

    return check


def _offered_this_year(session: Session, today: dt.date) -> bool:
    start = academic_year_start(today)
    offered = select(Opportunity.id).where(
        Opportunity.status.in_((OpportunityStatus.OFFERED, OpportunityStatus.FILLED)),
        or_(
            Opportunity.period_start >= start,
            and_(Opportunity.period_start.is_(None), Opportunity.created_at >= _since(today)),
        ),
    )
    return _any(session, offered)


def _started_this_year(form_id: str) -> Check:
    def check(session: Session, today: dt.date) -> bool:
        started = select(FormResponse.id).where(
            FormResponse.form_id == form_id, FormResponse.created_at >= _since(today)
        )
        return _any(session, started)

    return check


def _every_current_internship_has(form_id: str) -> Check:
    """Planned and running internships all have the checklist (and there is one)."""

    def check(session: Session, today: dt.date) -> bool:
        current = Internship.status.in_((InternshipStatus.PLANNED, InternshipStatus.RUNNING))
        total = session.scalar(select(func.count(Internship.id)).where(current)) or 0
        with_it = select(func.count(func.distinct(FormResponse.internship_id))).where(
            FormResponse.form_id == form_id,
            FormResponse.internship_id.in_(select(Internship.id).where(current)),
        )
        return total > 0 and (session.scalar(with_it) or 0) == total

    return check


def _follow_up_this_year(session: Session, today: dt.date) -> bool:
    start = academic_year_start(today)
    return _any(session, select(FollowUpEntry.id).where(FollowUpEntry.entry_date >= start))


def _surveys_returned(session: Session, today: dt.date) -> bool:
    returned = select(FormResponse.id).where(
        FormResponse.form_id.in_(SURVEYS),
        FormResponse.status == ResponseStatus.COMPLETE,
        FormResponse.completed_on >= academic_year_start(today),
    )
    return _any(session, returned)


CHECKS: dict[str, Check] = {
    "internships_recorded": _internships_recorded,
    "policy_plan": _filled_in(POLICY_PLAN),
    "internship_rules": _filled_in(INTERNSHIP_RULES),
    "offered_this_year": _offered_this_year,
    "needs_this_year": _started_this_year("needs_analysis"),
    "interviews_this_year": _started_this_year("question_set"),
    "logistics_started": _every_current_internship_has("logistics_checklist"),
    "welcome_started": _every_current_internship_has("welcome_checklist"),
    "follow_up_this_year": _follow_up_this_year,
    "surveys_returned": _surveys_returned,
}


def progress(session: Session, today: dt.date, names: Iterable[str]) -> dict[str, bool]:
    """Each named check's verdict; a name StageDesk does not know raises KeyError."""
    return {name: CHECKS[name](session, today) for name in set(names)}
