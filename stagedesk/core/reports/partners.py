"""Mentor load and partner schools.

How we count (interns as in the annual overview; the unit filter applies):

- mentor load: per mentor and year, the interns whose internship names them as mentor;
  interns without a mentor are counted under "—";
- would host again: per mentor over the whole period, the COMPLETE ``mentor_survey``
  responses of those interns whose ``would_host_again`` answer is 1 (yes) or 0 (no);
  drafts and empty answers are not counted; mentors without such an answer are left out;
- partner schools: per school, programme and year, the interns; the school is the
  internship's, else the candidate's; the programme is the candidate's ("—" when none);
  interns without any school are counted under school "—"; with the school's last_contact.
"""

import datetime as dt
from collections import Counter
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from stagedesk.core.models import (
    Candidate,
    FormAnswer,
    FormResponse,
    Programme,
    ResponseStatus,
    School,
    StaffMember,
)
from stagedesk.core.reports.scope import ReportScope, counted_interns

NONE = "—"
HOST_AGAIN_FORM = "mentor_survey"
HOST_AGAIN_FIELD = "would_host_again"


@dataclass(frozen=True)
class MentorYear:
    mentor: str
    year: str
    interns: int


@dataclass(frozen=True)
class HostAgain:
    mentor: str
    yes: int
    no: int


@dataclass(frozen=True)
class SchoolYear:
    school: str
    programme: str
    year: str
    interns: int
    last_contact: dt.date | None


@dataclass(frozen=True)
class Partners:
    mentor_load: list[MentorYear]
    host_again: list[HostAgain]
    schools: list[SchoolYear]


def partners(
    session: Session,
    scope: ReportScope,
) -> Partners:
    """Mentor load and partner schools; see the module docstring for how each is counted."""
    period, interns = counted_interns(session, scope)
    mentors = {
        m_id: f"{first} {last}"
        for m_id, first, last in session.execute(
            select(StaffMember.id, StaffMember.first_name, StaffMember.last_name)
        )
    }
    schools = {
        s_id: (name, contact)
        for s_id, name, contact in session.execute(
            select(School.id, School.name, School.last_contact)
        )
    }
    programmes = dict(session.execute(select(Programme.id, Programme.name)).all())
    of_candidate = {
        c_id: (school_id, programme_id)
        for c_id, school_id, programme_id in session.execute(
            select(Candidate.id, Candidate.school_id, Candidate.programme_id)
        )
    }
    load: Counter[tuple[int, str]] = Counter()
    placed: Counter[tuple[int, str, str, int | None]] = Counter()
    for intern in interns:
        mentor = NONE if intern.mentor_id is None else mentors[intern.mentor_id]
        load[(intern.year, mentor)] += 1
        school_id, programme_id = of_candidate[intern.candidate_id]
        if intern.school_id is not None:
            school_id = intern.school_id
        school = NONE if school_id is None else schools[school_id][0]
        programme = NONE if programme_id is None else programmes[programme_id]
        placed[(intern.year, school, programme, school_id)] += 1

    def name_order(name: str) -> tuple[bool, str]:
        return (name == NONE, name.casefold())

    mentor_load = [
        MentorYear(mentor, period.label(year), count)
        for (year, mentor), count in sorted(
            load.items(), key=lambda item: (item[0][0], name_order(item[0][1]))
        )
    ]
    school_rows = [
        SchoolYear(
            school,
            programme,
            period.label(year),
            count,
            None if school_id is None else schools[school_id][1],
        )
        for (year, school, programme, school_id), count in sorted(
            placed.items(),
            key=lambda item: (item[0][0], name_order(item[0][1]), name_order(item[0][2])),
        )
    ]
    mentor_of = {i.internship_id: i.mentor_id for i in interns}
    answers = session.execute(
        select(FormResponse.internship_id, FormAnswer.value_number)
        .join(FormAnswer, FormAnswer.response_id == FormResponse.id)
        .where(
            FormResponse.form_id == HOST_AGAIN_FORM,
            FormResponse.status == ResponseStatus.COMPLETE,
            FormAnswer.field_id == HOST_AGAIN_FIELD,
            FormAnswer.value_number.is_not(None),
        )
    )
    votes: dict[str, Counter[bool]] = {}
    for internship_id, number in answers:
        if internship_id not in mentor_of:
            continue
        mentor_id = mentor_of[internship_id]
        mentor = NONE if mentor_id is None else mentors[mentor_id]
        votes.setdefault(mentor, Counter())[number == 1] += 1
    host_again = [
        HostAgain(mentor, votes[mentor][True], votes[mentor][False])
        for mentor in sorted(votes, key=name_order)
    ]
    return Partners(mentor_load, host_again, school_rows)
