"""What the database already holds, indexed the way an import row looks for it.

Keys are folded (case and accents ignored), so "Dienst ICT" in the list finds the unit
"dienst ict" in StageDesk, and "Céline Dubois" born 3/4/2004 is found however she was typed.
"""

import datetime as dt
from collections import defaultdict
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from stagedesk.core.models import (
    Application,
    ApplicationStatus,
    Candidate,
    Internship,
    Language,
    Opportunity,
    Programme,
    School,
    StaffMember,
    Unit,
)
from stagedesk.core.text import fold

Ref = Any  # an existing record's id, or a stand-in for one the import makes


@dataclass
class Person:
    """A candidate of some name, with what is known to tell them from another."""

    ref: Ref
    born: dt.date | None
    email: str | None  # folded
    row: int | None = None  # the list's row that gave her birth date (or made her); None: held


@dataclass
class Applied:
    """An application of a person for an opportunity, for rows that give no date."""

    held: int | None  # its id; None for one this import makes
    status: ApplicationStatus


ENDED = (ApplicationStatus.REJECTED, ApplicationStatus.WITHDRAWN)


@dataclass
class Known:
    units: dict[str, Ref] = field(default_factory=dict)
    schools: dict[str, Ref] = field(default_factory=dict)
    school_languages: dict[Ref, Language] = field(default_factory=dict)
    programmes: dict[tuple[Ref, str], Ref] = field(default_factory=dict)
    staff: dict[str, Ref] = field(default_factory=dict)
    opportunities: dict[tuple[Ref, str], Ref] = field(default_factory=dict)
    people: dict[tuple[Any, ...], Ref] = field(default_factory=dict)
    # An application or internship already in StageDesk (its id), or made by this import
    # (None): what the row found, to compare it with the list.
    applications: dict[tuple[Any, ...], int | None] = field(default_factory=dict)
    internships: dict[tuple[Ref, Ref, dt.date], int | None] = field(default_factory=dict)
    periods: dict[Ref, list[tuple[dt.date, dt.date]]] = field(
        default_factory=lambda: defaultdict(list)
    )
    applied: dict[tuple[Ref, Ref], list["Applied"]] = field(
        default_factory=lambda: defaultdict(list)
    )
    names: dict[tuple[str, str], list["Person"]] = field(default_factory=lambda: defaultdict(list))
    by_ref: dict[Ref, "Person"] = field(default_factory=dict)

    def remember_person(
        self,
        ref: Ref,
        first: str,
        last: str,
        born: dt.date | None,
        email: str | None,
        row: int | None = None,
    ) -> None:
        """Index a candidate by name with birth date, with e-mail, and by name alone (used
        only for rows that give neither); and what is known of each name."""
        first, last = fold(first), fold(last)
        if born:
            self.people.setdefault((first, last, born), ref)
        if email:
            self.people.setdefault((first, last, fold(email)), ref)
        self.people.setdefault((first, last), ref)
        person = Person(ref, born, fold(email) if email else None, row)
        self.names[(first, last)].append(person)
        self.by_ref.setdefault(ref, person)

    def person(self, first: str, last: str, born: dt.date | None, email: str | None) -> Ref:
        """The one candidate of that name nothing in the row contradicts (a later list gives
        the e-mail an earlier one left out); None when there is none, or more than one."""
        email = fold(email) if email else None
        fitting = [
            known
            for known in self.names.get((fold(first), fold(last)), ())
            if not (born and known.born and born != known.born)
            and not (email and known.email and email != known.email)
        ]
        if len({known.ref for known in fitting}) != 1:
            return None
        found = fitting[0]
        found.born, found.email = found.born or born, found.email or email
        return found.ref

    def remember_application(
        self,
        candidate: Ref,
        opportunity: Ref,
        day: dt.date,
        status: ApplicationStatus,
        held: int | None = None,
    ) -> None:
        self.applications[(candidate, opportunity, day)] = held
        self.applied[(candidate, opportunity)].append(Applied(held, status))

    def without_date(
        self, candidate: Ref, opportunity: Ref, status: ApplicationStatus
    ) -> tuple[bool, int | None]:
        """The application a row without a date is about: one with the row's outcome, else
        the latest; none when every earlier one was refused or withdrawn and this row goes
        further (the person applied again). (found, its id if StageDesk holds it)."""
        applied = self.applied.get((candidate, opportunity))
        if not applied:
            return False, None
        same = [a for a in applied if a.status == status]
        if same:
            return True, same[0].held
        if status not in ENDED and all(a.status in ENDED for a in applied):
            return False, None
        return True, applied[-1].held

    def remember_internship(
        self, candidate: Ref, unit: Ref, start: dt.date, end: dt.date, held: int | None = None
    ) -> None:
        self.internships[(candidate, unit, start)] = held
        self.periods[candidate].append((start, end))


def load_known(session: Session) -> Known:
    """Eight queries, a few columns each: no records are loaded."""
    known = Known()
    for i, name in session.execute(select(Unit.id, Unit.name)):
        known.units.setdefault(fold(name), i)
    for i, name, language in session.execute(select(School.id, School.name, School.language)):
        known.schools.setdefault(fold(name), i)
        known.school_languages[i] = language
    for i, school, name in session.execute(
        select(Programme.id, Programme.school_id, Programme.name)
    ):
        known.programmes.setdefault((school, fold(name)), i)
    for i, first, last in session.execute(
        select(StaffMember.id, StaffMember.first_name, StaffMember.last_name)
    ):
        known.staff.setdefault(fold(f"{first} {last}".strip()), i)
        known.staff.setdefault(fold(f"{last} {first}".strip()), i)
    for i, unit, title in session.execute(
        select(Opportunity.id, Opportunity.unit_id, Opportunity.title)
    ):
        known.opportunities.setdefault((unit, fold(title)), i)
    for i, first, last, born, email in session.execute(
        select(
            Candidate.id,
            Candidate.first_name,
            Candidate.last_name,
            Candidate.date_of_birth,
            Candidate.email,
        )
    ):
        known.remember_person(i, first, last, born, email)
    for i, candidate, opportunity, day, status in session.execute(
        select(
            Application.id,
            Application.candidate_id,
            Application.opportunity_id,
            Application.application_date,
            Application.status,
        ).order_by(Application.id)
    ):
        known.remember_application(candidate, opportunity, day, status, i)
    for i, candidate, unit, start, end in session.execute(
        select(
            Internship.id,
            Internship.candidate_id,
            Internship.unit_id,
            Internship.start_date,
            Internship.end_date,
        )
    ):
        known.remember_internship(candidate, unit, start, end, i)
    return known
