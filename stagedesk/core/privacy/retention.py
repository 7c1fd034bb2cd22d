"""Retention: who is due to be anonymised, and the settings of the yearly review.

The rule: a person's personal data are anonymised ``years`` after their last dealings with
the organisation ended: the end of their last internship, or the decision on (else the
date of) their last application, whichever is later; a candidate without either counts
from the day they were entered. "More than N years ago": ended on 30 June 2019, with 5
years, due from 1 July 2024. Never due: someone with an open application (applied,
interviewed) or an internship that has not ended yet (planned or running), and someone
already anonymised.

Why 5 years by default: Belgian social law keeps an employer's social documents 5 years
after the end of the work, and 5 years is how long someone refused can bring a
discrimination complaint about a selection; the organisation may choose from 1 to 30
(data protection asks for no longer than needed: a shorter term is fine when nothing
requires more). Interns and refused candidates share the one setting.

The settings live on the organisation's row, written without moving its ``version``:
the Organisation tab does not edit them, and saving there must not conflict with them.
"""

import datetime as dt
from dataclasses import dataclass

from sqlalchemy import case, func, select, update
from sqlalchemy.orm import Session, sessionmaker

from stagedesk.core.models import (
    Application,
    ApplicationStatus,
    Candidate,
    Internship,
    OrganisationSettings,
)
from stagedesk.core.models.organisation import DEFAULT_RETENTION_YEARS, MAX_RETENTION_YEARS

REVIEW_EVERY_YEARS = 1
ASK_AGAIN_DAYS = 30  # "Later" in the yearly prompt
OPEN = (ApplicationStatus.APPLIED, ApplicationStatus.INTERVIEWED)

Sessions = sessionmaker[Session]


def add_years(day: dt.date, years: int) -> dt.date:
    """The same day ``years`` later (or earlier); 29 February becomes 28 February."""
    try:
        return day.replace(year=day.year + years)
    except ValueError:
        return day.replace(year=day.year + years, day=28)


@dataclass(frozen=True)
class RetentionSettings:
    years: int = DEFAULT_RETENTION_YEARS
    reviewed_on: dt.date | None = None  # the last time the coordinator went through it
    ask_after: dt.date | None = None  # "Later": not before this day

    def review_wanted(self, today: dt.date, due: int) -> bool:
        """Whether the yearly prompt should show: something is due, the last review is
        a year old or more (or there never was one), and no "Later" holds it back."""
        if due == 0:
            return False
        if self.ask_after is not None and today < self.ask_after:
            return False
        return self.reviewed_on is None or add_years(self.reviewed_on, REVIEW_EVERY_YEARS) <= today


def read_settings(session: Session) -> RetentionSettings:
    row = session.execute(
        select(
            OrganisationSettings.retention_years,
            OrganisationSettings.retention_reviewed_on,
            OrganisationSettings.retention_ask_after,
        )
        .order_by(OrganisationSettings.id)
        .limit(1)
    ).first()
    return RetentionSettings() if row is None else RetentionSettings(*row)


def _write(sessions: Sessions, **values: object) -> None:
    """Set retention columns on the organisation's row (made when there is none yet)."""
    with sessions.begin() as session:
        first = session.scalar(select(func.min(OrganisationSettings.id)))
        if first is None:
            session.add(OrganisationSettings(**values))
            return
        session.execute(
            update(OrganisationSettings).where(OrganisationSettings.id == first).values(**values)
        )


def set_years(sessions: Sessions, years: int) -> None:
    if not 1 <= years <= MAX_RETENTION_YEARS:
        raise ValueError(f"keep personal data from 1 to {MAX_RETENTION_YEARS} years")
    _write(sessions, retention_years=years)


def mark_reviewed(sessions: Sessions, today: dt.date) -> None:
    """The coordinator went through what was due (and anonymised it): ask in a year."""
    _write(sessions, retention_reviewed_on=today, retention_ask_after=None)


def postpone(sessions: Sessions, today: dt.date, days: int = ASK_AGAIN_DAYS) -> None:
    """ "Later": ask again in ``days`` days."""
    _write(sessions, retention_ask_after=today + dt.timedelta(days=days))


@dataclass(frozen=True)
class Due:
    """A person whose data are due to be anonymised."""

    candidate_id: int
    name: str
    last_activity: dt.date  # the day their dealings with the organisation ended
    intern: bool  # had an internship (else only applications, or nothing)


def due_for_anonymising(session: Session, today: dt.date, years: int) -> list[Due]:
    """Everyone due on ``today`` with a retention of ``years``; oldest first."""
    ended = dict(
        session.execute(
            select(Internship.candidate_id, func.max(Internship.end_date)).group_by(
                Internship.candidate_id
            )
        ).all()
    )
    is_open = case((Application.status.in_(OPEN), 1), else_=0)
    applied: dict[int, tuple[dt.date, int]] = {
        candidate_id: (last, open_count)
        for candidate_id, last, open_count in session.execute(
            select(
                Application.candidate_id,
                func.max(func.coalesce(Application.decision_date, Application.application_date)),
                func.sum(is_open),
            ).group_by(Application.candidate_id)
        )
    }
    people = session.execute(
        select(Candidate.id, Candidate.first_name, Candidate.last_name, Candidate.created_at)
        .where(Candidate.anonymised_on.is_(None))
        .order_by(Candidate.id)
    )
    found = []
    for candidate_id, first, last, created in people:
        last_application, open_count = applied.get(candidate_id, (None, 0))
        if open_count:
            continue
        days = [d for d in (ended.get(candidate_id), last_application) if d is not None]
        last_day = max(days) if days else _day(created)
        if add_years(last_day, years) < today:
            name = f"{first} {last}"
            found.append(Due(candidate_id, name, last_day, candidate_id in ended))
    found.sort(key=lambda due: (due.last_activity, due.name.casefold(), due.candidate_id))
    return found


def _day(value: dt.datetime | dt.date | str) -> dt.date:
    """A timestamp as read back (SQLite gives a datetime; be lenient with text)."""
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    return dt.datetime.fromisoformat(value).date()
