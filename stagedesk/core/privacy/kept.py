"""What erasing one person removes and what stays, anonymous: shown before erasing."""

import datetime as dt
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from stagedesk.core.models import Application, Candidate, FollowUpEntry, FormAnswer, Internship
from stagedesk.core.privacy import words
from stagedesk.core.privacy.anonymising import PersonGone
from stagedesk.core.privacy.clearing import PSEUDONYM_FIRST_NAME, last_years, pseudonym
from stagedesk.core.privacy.records import PersonRecords, bin_entries_about, records_of
from stagedesk.core.privacy.retention import OPEN
from stagedesk.core.privacy.words import Line


@dataclass(frozen=True)
class Keeping:
    name: str  # as it is now
    pseudonym: str  # the name afterwards, e.g. "X 2019-0042"
    goes: list[Line]
    kept: list[Line]
    warnings: list[Line]  # to know before erasing


def what_is_kept(
    session: Session,
    candidate_id: int,
    today: dt.date,
    backups: tuple[int, Path] | None = None,
) -> Keeping:
    """Raises :class:`PersonGone`. ``backups``: how many backups of the database there
    are, and in which folder (None for a server database, whose backups are the
    server's)."""
    candidate = session.get(Candidate, candidate_id)
    if candidate is None:
        raise PersonGone(candidate_id)
    records = records_of(session, [candidate_id])
    if candidate.anonymised_on is not None:
        new_name = candidate.full_name
    else:
        year = last_years(session, [candidate_id], today)[candidate_id]
        new_name = f"{PSEUDONYM_FIRST_NAME} {pseudonym(candidate_id, year)}"
    return Keeping(
        candidate.full_name,
        new_name,
        _goes(session, candidate, records),
        _kept(session, records, new_name),
        _warnings(session, candidate, records, today, backups),
    )


def _count(session: Session, query: object) -> int:
    return int(session.scalar(query) or 0)  # type: ignore[call-overload]


def _goes(session: Session, candidate: Candidate, records: PersonRecords) -> list[Line]:
    lines = [Line(words.IDENTITY)]
    if candidate.date_of_birth is not None:
        lines.append(Line(words.BIRTH))
    if candidate.consent_date is not None:
        lines.append(Line(words.TARGET_GROUPS, {"date": f"{candidate.consent_date:%d/%m/%Y}"}))
    if candidate.notes:
        lines.append(Line(words.CANDIDATE_NOTES))
    counts = [
        (
            words.APPLICATION_NOTES,
            select(func.count()).where(
                Application.id.in_(records.applications), Application.notes.is_not(None)
            ),
        ),
        (
            words.INTERNSHIP_TEXTS,
            select(func.count()).where(
                Internship.id.in_(records.internships),
                Internship.notes.is_not(None)
                | Internship.stop_reason.is_not(None)
                | (func.extract("day", Internship.hired_date) != 1),  # its month stays
            ),
        ),
        (
            words.FOLLOW_UP_TEXTS,
            select(func.count()).where(
                FollowUpEntry.id.in_(records.follow_up), FollowUpEntry.text != ""
            ),
        ),
    ]
    for message, query in counts:
        if found := _count(session, query):
            lines.append(Line(message, {"count": found}))
    binned = len(bin_entries_about(session, records))
    for message, count in (
        (words.FORM_TEXTS, len(records.responses)),
        (words.DOCUMENTS, len(records.documents)),
        (words.BIN_ENTRIES, binned),
    ):
        if count:
            lines.append(Line(message, {"count": count}))
    return [*lines, Line(words.DRAFTS)]


def _kept(session: Session, records: PersonRecords, new_name: str) -> list[Line]:
    lines = [Line(words.PSEUDONYM, {"pseudonym": new_name}), Line(words.PROFILE)]
    answered = _count(
        session,
        select(func.count(func.distinct(FormAnswer.response_id))).where(
            FormAnswer.response_id.in_(records.responses)
        ),
    )
    for message, count in (
        (words.APPLICATIONS, len(records.applications)),
        (words.INTERNSHIPS, len(records.internships)),
        (words.FOLLOW_UP, len(records.follow_up)),
        (words.FORMS, answered),
    ):
        if count:
            lines.append(Line(message, {"count": count}))
    return lines


def _warnings(
    session: Session,
    candidate: Candidate,
    records: PersonRecords,
    today: dt.date,
    backups: tuple[int, Path] | None,
) -> list[Line]:
    lines = []
    if candidate.anonymised_on is not None:
        lines.append(Line(words.ALREADY, {"date": f"{candidate.anonymised_on:%d/%m/%Y}"}))
    still_open = _count(
        session,
        select(func.count()).where(
            Application.id.in_(records.applications), Application.status.in_(OPEN)
        ),
    )
    if still_open:
        lines.append(Line(words.OPEN_APPLICATIONS, {"count": still_open}))
    current = _count(
        session,
        select(func.count()).where(
            Internship.id.in_(records.internships), Internship.end_date >= today
        ),
    )
    if current:
        lines.append(Line(words.CURRENT_INTERNSHIP))
    if backups is None:
        lines.append(Line(words.BACKUPS))
    elif backups[0]:
        lines.append(Line(words.BACKUPS_IN, {"count": backups[0], "folder": str(backups[1])}))
    return lines
