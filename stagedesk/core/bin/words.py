"""Words for the bin: what kind of record an entry is, its label, why it cannot come back.

Messages are English source text marked for translation in the ``Bin`` context; their
``{placeholders}`` are filled after translating (``Reason.params``). A label is data (a
name, a title, dates), written in no language, so it is stored with the entry as it is.
"""

import datetime as dt
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from stagedesk.core.i18n import QT_TRANSLATE_NOOP
from stagedesk.core.models import Candidate, Internship

KINDS = {
    "units": QT_TRANSLATE_NOOP("Bin", "Unit"),
    "staff_members": QT_TRANSLATE_NOOP("Bin", "Staff member"),
    "schools": QT_TRANSLATE_NOOP("Bin", "School"),
    "school_contacts": QT_TRANSLATE_NOOP("Bin", "School contact"),
    "programmes": QT_TRANSLATE_NOOP("Bin", "Programme"),
    "opportunities": QT_TRANSLATE_NOOP("Bin", "Opportunity"),
    "candidates": QT_TRANSLATE_NOOP("Bin", "Candidate"),
    "applications": QT_TRANSLATE_NOOP("Bin", "Application"),
    "internships": QT_TRANSLATE_NOOP("Bin", "Internship"),
    "follow_up_entries": QT_TRANSLATE_NOOP("Bin", "Follow-up entry"),
    "documents": QT_TRANSLATE_NOOP("Bin", "Document"),
    "form_responses": QT_TRANSLATE_NOOP("Bin", "Form"),
    "form_answers": QT_TRANSLATE_NOOP("Bin", "Answer"),
    "organisation_settings": QT_TRANSLATE_NOOP("Bin", "Organisation"),
}

NUMBER_TAKEN = QT_TRANSLATE_NOOP(
    "Bin",
    "A record made since the delete has taken its number ({kind} {id}), so it cannot come back.",
)
PARENT_IN_BIN = QT_TRANSLATE_NOOP(
    "Bin",
    "It refers to a record that is in the bin too ({kind}: “{label}”). Restore that first.",
)
PARENT_GONE = QT_TRANSLATE_NOOP(
    "Bin",
    "It refers to a record that has been deleted for good ({kind} {id}), so it cannot come back.",
)
VALUE_TAKEN = QT_TRANSLATE_NOOP(
    "Bin",
    "Another record is now called “{value}” ({kind}): rename that one first, then try again.",
)
ENTRY_GONE = QT_TRANSLATE_NOOP(
    "Bin", "This entry is no longer in the bin (restored or emptied elsewhere)."
)


@dataclass(frozen=True)
class Reason:
    """One reason a restore was refused; ``message`` is the untranslated text."""

    message: str
    params: dict[str, object] = field(default_factory=dict)

    def __str__(self) -> str:
        return self.message.format(**self.params)


def kind(table: str) -> str:
    """The untranslated name of a table's kind of record ("Bin" context)."""
    return KINDS.get(table, table)


def _day(value: dt.date) -> str:
    return f"{value:%d/%m/%Y}"


def period(start: dt.date, end: dt.date) -> str:
    """02/02–20/03/2026, or 15/12/2025–20/01/2026 across a new year."""
    first = f"{start:%d/%m}" if start.year == end.year else _day(start)
    return f"{first}–{_day(end)}"


def _name(first: object, last: object) -> str:
    return f"{first or ''} {last or ''}".strip()


def _intern(session: Session, internship_id: int) -> str:
    query = (
        select(Candidate.first_name, Candidate.last_name)
        .join(Internship, Internship.candidate_id == Candidate.id)
        .where(Internship.id == internship_id)
    )
    row = session.execute(query).first()
    return _name(*row) if row else ""


def _candidate(session: Session, candidate_id: int) -> str:
    row = session.execute(
        select(Candidate.first_name, Candidate.last_name).where(Candidate.id == candidate_id)
    ).first()
    return _name(*row) if row else ""


def describe(session: Session, table: str, row: dict[str, Any]) -> str:
    """What the user sees of a deleted record: "Jan Peeters 01/03–31/05/2024"."""
    if table == "internships":
        who = _candidate(session, row["candidate_id"])
        return f"{who} {period(row['start_date'], row['end_date'])}".strip()
    if table == "applications":
        return f"{_candidate(session, row['candidate_id'])} {_day(row['application_date'])}"
    if table == "follow_up_entries":
        text = " ".join(str(row.get("text") or "").split())
        short = text if len(text) <= 60 else text[:59] + "…"
        head = f"{_intern(session, row['internship_id'])} {_day(row['entry_date'])}".strip()
        return f"{head}: {short}" if short else head
    if table == "documents":
        return f"{row['title']} ({_intern(session, row['internship_id'])})"
    if "first_name" in row:
        return _name(row["first_name"], row.get("last_name"))
    for column in ("name", "title", "form_id"):
        if row.get(column):
            return str(row[column])
    return f"#{row['id']}"
