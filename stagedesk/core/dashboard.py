"""What a coordinator opens the day with: the dashboard's lists, each row with its record."""

import datetime as dt
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import ColumnElement, Select, func, select
from sqlalchemy.orm import Session

from stagedesk.core.forms.overview import overdue_items, surveys_not_returned
from stagedesk.core.forms.registry import FormRegistry
from stagedesk.core.models import (
    Application,
    ApplicationStatus,
    Candidate,
    FollowUpEntry,
    Internship,
    InternshipStatus,
    Opportunity,
    OpportunityStatus,
    Unit,
)

HORIZON_DAYS = 30
RECENT_FOLLOW_UP = 15


@dataclass(frozen=True)
class DashboardItem:
    """One line on the dashboard; ``model``/``record_id`` say which record it opens."""

    model: type[Any]
    record_id: int | None
    cells: tuple[Any, ...]


@dataclass(frozen=True)
class Dashboard:
    starting: list[DashboardItem]
    ending: list[DashboardItem]
    running_per_unit: list[DashboardItem]
    open_applications: list[DashboardItem]
    without_mentor: list[DashboardItem]
    recent_follow_up: list[DashboardItem]
    # From the toolbox; empty when the dashboard is loaded without a form registry.
    overdue_checklist_items: list[DashboardItem] = field(default_factory=list)
    surveys_not_returned: list[DashboardItem] = field(default_factory=list)


def _intern() -> ColumnElement[str]:
    return Candidate.first_name + " " + Candidate.last_name


def _items(
    session: Session, model: type[Any], query: Select[*tuple[Any, ...]]
) -> list[DashboardItem]:
    return [DashboardItem(model, row[0], tuple(row[1:])) for row in session.execute(query)]


def _internships_between(
    column: Any, today: dt.date, status: InternshipStatus
) -> Select[*tuple[Any, ...]]:
    horizon = today + dt.timedelta(days=HORIZON_DAYS)
    return (
        select(Internship.id, _intern(), Unit.name, column)
        .join(Candidate, Internship.candidate_id == Candidate.id)
        .join(Unit, Internship.unit_id == Unit.id)
        .where(column.between(today, horizon), Internship.status == status)
        .order_by(column, Candidate.last_name)
    )


def load_dashboard(
    session: Session,
    today: dt.date,
    registry: FormRegistry | None = None,
    *,
    language: str = "nl",
) -> Dashboard:
    """Every list; the toolbox's two (overdue checklist items, surveys not handed back)
    only with a ``registry``, their texts in ``language``."""
    return Dashboard(
        starting=_items(
            session,
            Internship,
            _internships_between(Internship.start_date, today, InternshipStatus.PLANNED),
        ),
        ending=_items(
            session,
            Internship,
            _internships_between(Internship.end_date, today, InternshipStatus.RUNNING),
        ),
        running_per_unit=_running_per_unit(session),
        open_applications=_open_applications(session),
        without_mentor=_without_mentor(session),
        recent_follow_up=_recent_follow_up(session),
        **_toolbox(session, today, registry, language),
    )


def _toolbox(
    session: Session, today: dt.date, registry: FormRegistry | None, language: str
) -> dict[str, list[DashboardItem]]:
    if registry is None:
        return {}
    overdue = overdue_items(session, registry, today, language=language)
    missing = surveys_not_returned(session, registry, today, language=language)
    return {
        "overdue_checklist_items": [
            DashboardItem(Internship, o.internship_id, (o.due, o.intern, o.label)) for o in overdue
        ],
        "surveys_not_returned": [
            DashboardItem(Internship, m.internship_id, (m.intern, m.title, m.end_date))
            for m in missing
        ],
    }


def _running_per_unit(session: Session) -> list[DashboardItem]:
    query = (
        select(Unit.id, Unit.name, func.count(Internship.id))
        .join(Internship, Internship.unit_id == Unit.id)
        .where(Internship.status == InternshipStatus.RUNNING)
        .group_by(Unit.id, Unit.name)
        .order_by(func.count(Internship.id).desc(), Unit.name)
    )
    return _items(session, Unit, query)


def _open_applications(session: Session) -> list[DashboardItem]:
    query = (
        select(
            Application.id,
            _intern(),
            Opportunity.title,
            Application.application_date,
            Application.status,
        )
        .join(Candidate, Application.candidate_id == Candidate.id)
        .outerjoin(Opportunity, Application.opportunity_id == Opportunity.id)
        .where(Application.status.in_([ApplicationStatus.APPLIED, ApplicationStatus.INTERVIEWED]))
        .order_by(Application.application_date, Application.id)
    )
    return _items(session, Application, query)


def _without_mentor(session: Session) -> list[DashboardItem]:
    query = (
        select(Opportunity.id, Opportunity.title, Unit.name, Opportunity.period_start)
        .join(Unit, Opportunity.unit_id == Unit.id)
        .where(
            Opportunity.mentor_id.is_(None),
            Opportunity.status.in_([OpportunityStatus.PROPOSED, OpportunityStatus.OFFERED]),
        )
        .order_by(Opportunity.period_start.nulls_first(), Opportunity.title)
    )
    return _items(session, Opportunity, query)


def _recent_follow_up(session: Session) -> list[DashboardItem]:
    query = (
        select(
            FollowUpEntry.internship_id,
            FollowUpEntry.entry_date,
            _intern(),
            FollowUpEntry.kind,
            FollowUpEntry.text,
        )
        .join(Internship, FollowUpEntry.internship_id == Internship.id)
        .join(Candidate, Internship.candidate_id == Candidate.id)
        .order_by(FollowUpEntry.entry_date.desc(), FollowUpEntry.id.desc())
        .limit(RECENT_FOLLOW_UP)
    )
    return _items(session, Internship, query)


__all__ = ["Dashboard", "DashboardItem", "load_dashboard"]
