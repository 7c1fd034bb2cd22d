"""Finding each row's records, or making them: the same logic for the preview and the import.

On a dry run nothing is made: a new record gets a negative stand-in id, so the preview
counts exactly what the import will create. On the real run a new record is added to the
session behind a :class:`New` handle; ``settle`` writes a chunk of rows and lets go of
the records, keeping only their ids, so memory stays flat however long the list.

The resolver only adds: a row about records StageDesk holds is noted in ``found``, for
:mod:`.changes` to compare with the list, and the user decides. The keys in :mod:`.known`
are what makes a second import of the same list create nothing.
"""

import datetime as dt
import itertools
from collections import Counter
from collections.abc import Callable, Hashable
from typing import Any

from sqlalchemy import func, select, update
from sqlalchemy.orm import Session

from stagedesk.core.i18n import QT_TRANSLATE_NOOP
from stagedesk.core.imports.changes import Found, Kind
from stagedesk.core.imports.columns import Column
from stagedesk.core.imports.known import Known, Ref, load_known
from stagedesk.core.imports.people import (
    Pending,
    contradicted,
    facts_of,
    fill_in,
    write_pending,
)
from stagedesk.core.imports.refs import New, link
from stagedesk.core.imports.requirements import RequirementsSeen
from stagedesk.core.imports.rows import ImportRow, RowProblem
from stagedesk.core.imports.schools import guess_school_kind
from stagedesk.core.imports.words import APPLICATION_STATUS, ImportStatus
from stagedesk.core.models import (
    Application,
    ApplicationStatus,
    Base,
    Candidate,
    Internship,
    InternshipStatus,
    Language,
    Opportunity,
    OpportunityStatus,
    Programme,
    RequirementText,
    School,
    StaffMember,
    Unit,
)
from stagedesk.core.records.organisation import organisation
from stagedesk.core.text import fold

OVERLAP = QT_TRANSLATE_NOOP(
    "Import", "{name} already has an internship from {start} to {end} over these dates."
)
GENERAL = {"nl": "(algemeen)", "fr": "(général)", "en": "(general)", "de": "(allgemein)"}
KINDS = (
    "units",
    "schools",
    "programmes",
    "mentors",
    "opportunities",
    "requirement_texts",
    "candidates",
    "applications",
    "internships",
)
_OPEN = (ImportStatus.PLANNED, ImportStatus.RUNNING)


# (session, internship) after a chunk is written: e.g. give it its checklists
AfterInternship = Callable[[Session, Internship], None]


class Resolver:
    def __init__(
        self,
        session: Session,
        today: dt.date,
        *,
        dry_run: bool,
        after_internship: AfterInternship | None = None,
    ) -> None:
        self.session, self.today, self.dry_run = session, today, dry_run
        self.unchanged: set[int] = set()  # rows already in StageDesk: nothing made for them
        self.found: list[Found] = []  # rows about records StageDesk holds, to compare
        self.requirements = RequirementsSeen(session)
        self._made_opportunities: set[Ref] = set()
        self._pending: Pending = {}  # later rows about people written already
        self.after_internship = after_internship
        self.created: Counter[str] = Counter()
        self.known: Known = load_known(session)
        settings = organisation(session)
        self.language: Language = settings.language if settings is not None else Language.DUTCH
        self._stand_in = itertools.count(-1, -1)
        # SQLite hands out ids one INSERT at a time, so an ORM flush of new records would
        # run row by row; with the ids given here it writes hundreds per statement. Safe:
        # the import's transaction holds SQLite's write lock. Other databases batch anyway.
        self._give_ids = not dry_run and session.get_bind().dialect.name == "sqlite"
        self._last_id: dict[type[Base], int] = {}
        self._now = dt.datetime.now(dt.UTC).replace(tzinfo=None)  # as SQLite's CURRENT_TIMESTAMP
        self._written: list[New] = []
        self._internships: list[Internship] = []
        self._filled: set[Ref] = set()  # new opportunities with a planned or running intern

    # -- making and linking --------------------------------------------------------------

    def _held(self, row: ImportRow, kind: Kind, ref: Ref) -> None:
        """Note a row about a record StageDesk holds (not one this import makes)."""
        if isinstance(ref, int) and ref > 0:
            self.found.append(Found(row, kind, ref))

    def _make(self, kind: str, record: Base, index: dict[Any, Ref], key: Hashable) -> Ref:
        self.created[kind] += 1
        if self.dry_run:
            ref: Ref = next(self._stand_in)
        else:
            self._add_record(record)
            ref = New(record)
            self._written.append(ref)
        index[key] = ref
        return ref

    def _add(self, kind: str, record: Base) -> None:
        """A record nothing later in the list refers to (an application, an internship)."""
        self.created[kind] += 1
        if not self.dry_run:
            self._add_record(record)

    def _add_record(self, record: Base) -> None:
        if self._give_ids:
            model = type(record)
            if model not in self._last_id:
                column = model.__table__.c.id
                with self.session.no_autoflush:
                    self._last_id[model] = self.session.scalar(select(func.max(column))) or 0
            self._last_id[model] += 1
            record.id = self._last_id[model]  # type: ignore[attr-defined]
            # Nothing left for the database to fill in, so nothing to read back per row.
            record.created_at = record.updated_at = self._now  # type: ignore[attr-defined]
        self.session.add(record)

    def settle(self) -> None:
        """Write the chunk, give new internships what comes with them, and let go."""
        if self.dry_run:
            return
        self.session.flush()
        write_pending(self.session, self._pending)
        if self.after_internship:
            for internship in self._internships:
                self.after_internship(self.session, internship)
            self.session.flush()
        for new in self._written:
            new.id, new.record = new.record.id, None  # type: ignore[union-attr]
        self._written.clear()
        self._internships.clear()
        self.session.expunge_all()

    def finish(self) -> None:
        """The last chunk; new opportunities that have a current intern are filled."""
        self.settle()
        self._newest_requirements()
        ids = [ref.id for ref in self._filled if isinstance(ref, New)]
        if ids:
            self.session.execute(
                update(Opportunity)
                .where(Opportunity.id.in_(ids))
                .values(status=OpportunityStatus.FILLED)
            )

    def _newest_requirements(self) -> None:
        """A function this import made asks its newest text (it was made with the first)."""
        for ref, (_year, text) in self.requirements.newest.items():
            if isinstance(ref, New) and ref in self._made_opportunities and text:
                self.session.execute(
                    update(Opportunity).where(Opportunity.id == ref.id).values(requirements=text)
                )

    # -- one row -------------------------------------------------------------------------

    def row(self, row: ImportRow) -> list[RowProblem]:
        """Find or make the row's records; its problems (warnings too) as a list."""
        unit = self._unit(row.unit)
        school = self._school(row) if row.school else None
        programme = self._programme(row, school) if row.programme and school else None
        mentor = self._mentor(row.mentor, unit) if row.mentor else None
        opportunity = self._opportunity(row, unit, mentor)
        said = self._requirements(row, opportunity) if row.requirements else []
        candidate, contradicted = self._candidate(row, school, programme)
        if contradicted:
            return said + contradicted
        application = self._application(row, candidate, opportunity)
        if application is not None and row.kept:
            application.notes = kept_text(row)  # nothing the list said is lost
        if row.status is None or not row.status.is_internship:
            if application is None:
                self.unchanged.add(row.row)
            return said
        if row.status in _OPEN:
            self._filled.add(opportunity)
        refs = {"unit": unit, "opportunity": opportunity, "mentor": mentor, "school": school}
        return said + self._internship(row, candidate, application, refs)

    def _requirements(self, row: ImportRow, opportunity: Ref) -> list[RowProblem]:
        year = (row.start_date or row.application_date or self.today).year
        new, said = self.requirements.give(row, opportunity, year)
        if new:
            text = RequirementText(year=year, text=(row.requirements or "").strip())
            link(text, "opportunity", opportunity)
            self._add("requirement_texts", text)
        return said

    def _unit(self, name: str) -> Ref:
        key = fold(name)
        if key in self.known.units:
            return self.known.units[key]
        return self._make("units", Unit(name=name), self.known.units, key)

    def _school(self, row: ImportRow) -> Ref:
        name = row.school or ""
        if fold(name) in self.known.schools:
            return self.known.schools[fold(name)]
        kind = guess_school_kind(name, row.education_level, row.kind)
        school = School(name=name, kind=kind, language=self.language)
        return self._make("schools", school, self.known.schools, fold(name))

    def _programme(self, row: ImportRow, school: Ref) -> Ref:
        key = (school, fold(row.programme or ""))
        if key in self.known.programmes:
            return self.known.programmes[key]
        programme = Programme(name=row.programme, education_level=row.education_level)
        link(programme, "school", school)
        return self._make("programmes", programme, self.known.programmes, key)

    def _mentor(self, name: str, unit: Ref) -> Ref:
        if fold(name) in self.known.staff:
            return self.known.staff[fold(name)]
        first, _, last = name.partition(" ")
        mentor = StaffMember(
            first_name=first if last else "",
            last_name=last or first,
            is_mentor=True,
            language=self.language,
        )
        link(mentor, "unit", unit)
        return self._make("mentors", mentor, self.known.staff, fold(name))

    def _opportunity(self, row: ImportRow, unit: Ref, mentor: Ref | None) -> Ref:
        title = row.function or GENERAL[self.language.value]
        key = (unit, fold(title))
        if key in self.known.opportunities:
            return self.known.opportunities[key]
        opportunity = Opportunity(
            title=title,
            requirements=row.requirements,
            education_level=row.education_level,
            programme=row.programme,
            status=OpportunityStatus.CLOSED,
        )
        link(opportunity, "unit", unit)
        if mentor is not None:
            link(opportunity, "mentor", mentor)
        ref = self._make("opportunities", opportunity, self.known.opportunities, key)
        self._made_opportunities.add(ref)
        return ref

    def _candidate(
        self, row: ImportRow, school: Ref | None, programme: Ref | None
    ) -> tuple[Ref, list[RowProblem]]:
        """The row's person, found or made; a date of birth another row of the list gave
        otherwise for her is a problem (one of the two rows is wrong)."""
        first, last = fold(row.first_name), fold(row.last_name)
        keys: list[tuple[Any, ...]] = []
        if row.date_of_birth:
            keys.append((first, last, row.date_of_birth))
        if row.email:
            keys.append((first, last, fold(row.email)))
        found = next((self.known.people[k] for k in keys if k in self.known.people), None)
        if found is None:
            found = self.known.person(row.first_name, row.last_name, row.date_of_birth, row.email)
        if found is not None:
            self._held(row, Kind.CANDIDATE, found)
            fill_in(self._pending, found, row, school, programme)
            return found, contradicted(self.known, row, found)
        candidate = Candidate(
            first_name=row.first_name,
            last_name=row.last_name,
            email=row.email,
            date_of_birth=row.date_of_birth,
            gender=row.gender,
            education_level=row.education_level,
            # Forms go out in the intern's language: a French-speaking school's student
            # reads French, whatever the organisation's own language.
            language=self.known.school_languages.get(school, self.language),
        )
        if school is not None:
            link(candidate, "school", school)
        if programme is not None:
            link(candidate, "programme", programme)
        ref = self._make("candidates", candidate, {}, None)
        if isinstance(ref, New):
            ref.facts = facts_of(row, school, programme)
        self.known.remember_person(ref, first, last, row.date_of_birth, row.email, row.row)
        return ref, []

    def _application(self, row: ImportRow, candidate: Ref, opportunity: Ref) -> Application | None:
        """``None`` when the candidate already applied for it (on that date, if one is given)."""
        day = row.application_date
        status = APPLICATION_STATUS.get(row.status or ImportStatus.APPLIED)
        status = status or ApplicationStatus.ACCEPTED  # an internship's application
        if day:
            key = (candidate, opportunity, day)
            found, held = key in self.known.applications, self.known.applications.get(key)
        else:
            found, held = self.known.without_date(candidate, opportunity, status)
        if found:
            self._held(row, Kind.APPLICATION, held)
            return None
        on = day or row.start_date or self.today
        application = Application(application_date=on, status=status)
        link(application, "candidate", candidate)
        link(application, "opportunity", opportunity)
        self.known.remember_application(candidate, opportunity, on, status)
        self._add("applications", application)
        return application

    def _internship(
        self, row: ImportRow, candidate: Ref, application: Application | None, refs: dict[str, Ref]
    ) -> list[RowProblem]:
        start, end = row.start_date, row.end_date
        assert start is not None and end is not None and row.kind is not None  # checked rows
        if (candidate, refs["unit"], start) in self.known.internships:
            self._held(
                row, Kind.INTERNSHIP, self.known.internships[(candidate, refs["unit"], start)]
            )
            if application is None:
                self.unchanged.add(row.row)
            return []
        for other_start, other_end in self.known.periods.get(candidate, ()):
            if other_start <= end and start <= other_end:
                shown = {
                    "name": f"{row.first_name} {row.last_name}",
                    "start": other_start.strftime("%d/%m/%Y"),
                    "end": other_end.strftime("%d/%m/%Y"),
                }
                return [RowProblem(row.row, Column.START_DATE, OVERLAP, shown)]
        internship = Internship(
            kind=row.kind,
            start_date=start,
            end_date=end,
            hours_per_week=row.hours,
            total_hours=row.total_hours,
            days_per_week=row.days_per_week,
            paid=bool(row.paid),
            allowance=row.allowance,
            unpaid_reason=row.unpaid_reason,
            status=InternshipStatus(str(row.status)),
            hired_later=bool(row.hired_later),
            hired_date=row.hired_date,
            hired_function=row.hired_function,
            application=application,
            notes=kept_text(row) if row.kept and application is None else None,
        )
        link(internship, "intern", candidate)
        for name, ref in refs.items():
            if ref is not None:
                link(internship, name, ref)
        self.known.remember_internship(candidate, refs["unit"], start, end)
        self._add("internships", internship)
        if row.status in _OPEN:
            self._internships.append(internship)
        return []


def kept_text(row: ImportRow) -> str:
    """What the list said that StageDesk keeps as a note, one "header: text" a line."""
    return "\n".join(f"{header}: {text}" if header else text for header, text in row.kept)
