"""Rules that keep records true as time passes."""

import datetime as dt

from sqlalchemy import update
from sqlalchemy.orm import Session, sessionmaker

from stagedesk.core.models import Internship, InternshipStatus


def advance_statuses(sessions: sessionmaker[Session], today: dt.date) -> int:
    """Planned internships that have begun are running; running ones past their end are
    completed. Stopped-early internships are never touched. Returns the rows changed."""
    with sessions.begin() as session:
        started = session.execute(
            update(Internship)
            .where(Internship.status == InternshipStatus.PLANNED, Internship.start_date <= today)
            .values(status=InternshipStatus.RUNNING, version=Internship.version + 1)
        )
        ended = session.execute(
            update(Internship)
            .where(Internship.status == InternshipStatus.RUNNING, Internship.end_date < today)
            .values(status=InternshipStatus.COMPLETED, version=Internship.version + 1)
        )
        return int(started.rowcount or 0) + int(ended.rowcount or 0)  # type: ignore[attr-defined]
