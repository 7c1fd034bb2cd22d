"""Small facts about a candidate that a window shows or follows: the language their school
speaks, and when they were anonymised. Asked here, so no view builds a query."""

import datetime as dt

from sqlalchemy import select
from sqlalchemy.orm import Session

from stagedesk.core.models import Candidate, Language, School


def school_language(session: Session, school_id: int) -> Language | None:
    """The language ``school_id`` teaches in, which its students read forms in."""
    return session.scalar(select(School.language).where(School.id == school_id))


def anonymised_on(session: Session, candidate_id: int) -> dt.date | None:
    """When ``candidate_id`` was anonymised; None while they keep their name."""
    return session.scalar(select(Candidate.anonymised_on).where(Candidate.id == candidate_id))
