"""Saving an internship with what comes with it, wherever it is saved.

An internship has the toolbox's checklists from the moment it exists, and their due dates
follow its start date. This module owns that rule: the editor, the import and the
checklist view all save or complete internships through it, so none of them decides on
its own when checklists are made or moved.
"""

import datetime as dt
from collections.abc import Mapping
from typing import Any

from sqlalchemy.orm import Session, sessionmaker

from stagedesk.core.forms.checklists import sync_checklists
from stagedesk.core.forms.registry import FormRegistry
from stagedesk.core.models import Internship
from stagedesk.core.records import repository


def save_internship(
    sessions: sessionmaker[Session],
    forms: FormRegistry,
    values: Mapping[str, Any],
    record_id: int | None = None,
    *,
    today: dt.date | None = None,
) -> int:
    """Validate and save an internship, its checklists in the same transaction; its id.
    Raises what ``repository.save`` raises (invalid values, saved elsewhere meanwhile)."""

    def along(session: Session, record: Any, before: dict[str, Any]) -> None:
        sync_checklists(session, forms, record, before.get("start_date"))

    return repository.save(sessions, Internship, values, record_id, today=today, after=along)


def complete_internship(session: Session, forms: FormRegistry, internship: Internship) -> None:
    """Give an internship written another way (an imported list) or made before the
    toolbox had checklists what it lacks, inside the caller's transaction."""
    sync_checklists(session, forms, internship, None)
