"""The statements that anonymise a batch of candidates, inside the caller's transaction.

Set-based where the value is the same for every row, by primary key where it is not (the
pseudonym, the age band); every record changed gets its ``version`` moved, so an editor
still showing the old data cannot save it back (it gets the usual "changed elsewhere").
"""

import datetime as dt
from collections.abc import Sequence

from sqlalchemy import Table, bindparam, case, delete, func, select, update
from sqlalchemy.orm import Session

from stagedesk.core.models import (
    Application,
    ApplicationStatus,
    Base,
    Candidate,
    Document,
    FollowUpEntry,
    Internship,
)
from stagedesk.core.privacy.records import PersonRecords
from stagedesk.core.privacy.retention import OPEN
from stagedesk.core.reports.profile import age_band

PSEUDONYM_FIRST_NAME = "X"  # "X" for someone unnamed reads the same in nl, fr and en
CLEARED = (  # the candidate's columns that are emptied
    "email",
    "phone",
    "address",
    "date_of_birth",
    "consent_date",
    "tg_migration_background",
    "tg_disability",
    "tg_other",
    "notes",
)


def pseudonym(candidate_id: int, year: int) -> str:
    """The last name an anonymised candidate gets: the year their dealings with the
    organisation ended and their number, e.g. "2019-0042" (shown as "X 2019-0042")."""
    return f"{year}-{candidate_id:04d}"


def _table(name: str) -> Table:
    return Base.metadata.tables[name]


def last_years(session: Session, ids: Sequence[int], today: dt.date) -> dict[int, int]:
    """The year each candidate's dealings ended (never after ``today``)."""
    years = dict.fromkeys(ids, today.year)
    latest: dict[int, dt.date] = {}
    for candidate_id, day in [
        *session.execute(
            select(Internship.candidate_id, Internship.end_date).where(
                Internship.candidate_id.in_(ids)
            )
        ),
        *session.execute(
            select(
                Application.candidate_id,
                func.coalesce(Application.decision_date, Application.application_date),
            ).where(Application.candidate_id.in_(ids))
        ),
    ]:
        if day is not None and (candidate_id not in latest or day > latest[candidate_id]):
            latest[candidate_id] = day
    for candidate_id, day in latest.items():
        years[candidate_id] = min(day, today).year
    return years


def keep_age_bands(session: Session, ids: Sequence[int]) -> None:
    """Write on each internship the intern's age band at its start, before the date of
    birth goes: the profile report counts them as before."""
    rows = session.execute(
        select(Internship.id, Internship.start_date, Candidate.date_of_birth)
        .join(Candidate, Internship.candidate_id == Candidate.id)
        .where(Candidate.id.in_(ids), Candidate.date_of_birth.is_not(None))
    ).all()
    bands = [
        {"b_id": internship_id, "b_band": age_band(born, start)}
        for internship_id, start, born in rows
    ]
    if bands:
        table = _table("internships")
        session.execute(
            update(table)
            .where(table.c.id == bindparam("b_id"))
            .values(age_band=bindparam("b_band"), version=table.c.version + 1),
            bands,
        )


def clear_candidates(session: Session, ids: Sequence[int], today: dt.date) -> None:
    """A pseudonym instead of the name; contact details, date of birth, target groups and
    their consent, and notes cleared. Kept: gender, education, school, programme,
    languages (the profile report). An earlier pseudonym and date are kept."""
    years = last_years(session, ids, today)
    found = session.execute(
        select(Candidate.id, Candidate.last_name, Candidate.anonymised_on).where(
            Candidate.id.in_(ids)
        )
    ).all()
    params = [
        {
            "b_id": candidate_id,
            "b_last": last if done else pseudonym(candidate_id, years[candidate_id]),
            "b_on": done or today,
        }
        for candidate_id, last, done in found
    ]
    if not params:
        return
    table = _table("candidates")
    cleared = dict.fromkeys(CLEARED)
    session.execute(
        update(table)
        .where(table.c.id == bindparam("b_id"))
        .values(
            first_name=PSEUDONYM_FIRST_NAME,
            last_name=bindparam("b_last"),
            anonymised_on=bindparam("b_on"),
            version=table.c.version + 1,
            **cleared,
        ),
        params,
    )


def clear_applications(
    session: Session, ids: Sequence[int], today: dt.date, *, withdraw_open: bool
) -> None:
    """Notes go. On an erasure request an open application is withdrawn: the person asked
    to be forgotten, so it cannot go on."""
    session.execute(
        update(Application)
        .where(Application.candidate_id.in_(ids), Application.notes.is_not(None))
        .values(notes=None, version=Application.version + 1)
    )
    if withdraw_open:
        decided = case(
            (Application.application_date > today, Application.application_date), else_=today
        )
        session.execute(
            update(Application)
            .where(Application.candidate_id.in_(ids), Application.status.in_(OPEN))
            .values(
                status=ApplicationStatus.WITHDRAWN,
                decision_date=decided,
                version=Application.version + 1,
            )
        )


def clear_internships(session: Session, records: PersonRecords) -> list[str]:
    """Notes and the reason for stopping go, and the day hired (its month stays: the
    reports count hiring per year, calendar or academic); the follow-up keeps its dates
    and kinds without text; documents go (their stored names are returned, for the files
    to be deleted once committed). Kept: everything the reports count, the function hired
    in included (the annual overview counts per function)."""
    internships = records.internships
    session.execute(
        update(Internship)
        .where(
            Internship.id.in_(internships),
            (Internship.notes.is_not(None)) | (Internship.stop_reason.is_not(None)),
        )
        .values(notes=None, stop_reason=None, version=Internship.version + 1)
    )
    hired = select(Internship.id, Internship.hired_date).where(
        Internship.id.in_(internships), Internship.hired_date.is_not(None)
    )
    for internship, day in session.execute(hired).all():
        if day is not None and day.day != 1:
            session.execute(
                update(Internship)
                .where(Internship.id == internship)
                .values(hired_date=day.replace(day=1), version=Internship.version + 1)
            )
    session.execute(
        update(FollowUpEntry)
        .where(FollowUpEntry.internship_id.in_(internships), FollowUpEntry.text != "")
        .values(text="", version=FollowUpEntry.version + 1)
    )
    names = list(
        session.scalars(select(Document.stored_name).where(Document.id.in_(records.documents)))
    )
    session.execute(delete(Document).where(Document.id.in_(records.documents)))
    return names
