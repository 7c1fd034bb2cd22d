"""The demo organisation: a fictional Belgian public service with years of internships.

It shows what StageDesk looks like in use (for trying it out, screenshots, training) and
fills big databases for benchmarks. Everything comes from ``random.Random(seed)`` and the
reference date ``today``: the same pair gives the same rows, and statuses, open
applications and the dashboard's "next 30 days" all make sense on that date.

Rows are built in memory with explicit ids, so records can point at each other without a
round trip, and written a year at a time with bulk inserts in one transaction: ten
thousand internships take seconds, memory holds one year, and a failure leaves the
database as empty as it was.
"""

import datetime as dt
import functools
import random
from collections import Counter
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from decimal import Decimal

from sqlalchemy import insert, select, text
from sqlalchemy.orm import Session, sessionmaker

from . import demo_data as data
from .models import (
    Application,
    ApplicationSource,
    ApplicationStatus,
    Base,
    Candidate,
    EducationLevel,
    FollowUpEntry,
    FollowUpKind,
    Internship,
    InternshipKind,
    InternshipStatus,
    Language,
    Opportunity,
    OpportunityStatus,
    OrganisationSettings,
    Programme,
    School,
    SchoolContact,
    SchoolKind,
    StaffMember,
    Unit,
)

MAX_YEARS = 30
MAX_PER_YEAR = 5000
HORIZON_DAYS = 30  # the dashboard's "next 30 days"

Row = dict[str, object]
_DAY = dt.timedelta(days=1)


class DemoRefused(Exception):
    """The database already holds data: the demo fills only an empty database."""


@dataclass(frozen=True)
class DemoOptions:
    seed: int = 2024
    years: int = 5  # academic years; the last one contains ``today``
    per_year: int = 60  # internships per academic year
    today: dt.date | None = None  # None: the real today

    def __post_init__(self) -> None:
        if not 1 <= self.years <= MAX_YEARS:
            raise ValueError(f"years must be from 1 to {MAX_YEARS}")
        if not 1 <= self.per_year <= MAX_PER_YEAR:
            raise ValueError(f"per_year must be from 1 to {MAX_PER_YEAR}")


@dataclass(frozen=True)
class DemoSummary:
    units: int
    staff: int
    schools: int
    opportunities: int
    candidates: int
    applications: int
    internships: int
    follow_up_entries: int

    def describe(self) -> str:
        return (
            f"Demo organisation created: {self.units} units, {self.staff} staff members, "
            f"{self.schools} schools, {self.opportunities} opportunities, "
            f"{self.candidates} candidates, {self.applications} applications, "
            f"{self.internships} internships, {self.follow_up_entries} follow-up entries."
        )


def academic_year_start(day: dt.date) -> dt.date:
    """1 September of the academic year that contains ``day``."""
    return dt.date(day.year if day.month >= 9 else day.year - 1, 9, 1)


def generate(sessions: sessionmaker[Session], options: DemoOptions) -> DemoSummary:
    """Fill an empty database with the demo organisation; raise DemoRefused otherwise."""
    rng, today = random.Random(options.seed), options.today or dt.date.today()
    with sessions.begin() as session:
        # Checked inside the write transaction: nobody can add a unit in between.
        if session.scalar(select(Unit.id).limit(1)) is not None:
            raise DemoRefused("the database already holds data")
        builder = _Builder(rng, today, functools.partial(_insert, session))
        builder.build(options.years, options.per_year)
        _advance_sequences(session, builder.counts)
    return builder.summary()


def _insert(session: Session, rows: dict[type[Base], list[Row]]) -> None:
    for model, table_rows in rows.items():
        if table_rows:
            # Core, not ORM, bulk insert: one executemany per table, three times faster.
            session.execute(insert(Base.metadata.tables[model.__tablename__]), table_rows)


def _advance_sequences(session: Session, counts: Mapping[type[Base], int]) -> None:
    """Explicit ids leave PostgreSQL's id sequences behind; move them past our rows."""
    if session.get_bind().dialect.name != "postgresql":
        return  # SQLite takes max(id) + 1 by itself
    for model, count in counts.items():
        if count:
            session.execute(
                text("SELECT setval(pg_get_serial_sequence(:table, 'id'), :last)"),
                {"table": model.__tablename__, "last": count},
            )


def _weekday(day: dt.date) -> dt.date:
    """The day itself, or the Monday after it when it falls in a weekend."""
    return day + dt.timedelta(days=7 - day.weekday() if day.weekday() >= 5 else 0)


@dataclass(frozen=True)
class _Programme:
    id: int
    name: str
    level: EducationLevel


@dataclass(frozen=True)
class _School:
    id: int
    kind: SchoolKind
    language: Language
    contacts: tuple[int, ...]
    programmes: tuple[_Programme, ...]


@dataclass(frozen=True)
class _Intern:
    """A candidate who did an internship, and may come back the next year."""

    candidate_id: int
    school: _School | None
    programme: _Programme | None
    last_end: dt.date


@dataclass
class _Placement:
    """One internship while it is being planned, before it becomes rows."""

    unit: int
    kind: InternshipKind
    school: _School | None
    programme: _Programme | None
    start: dt.date
    end: dt.date
    hours: int
    spontaneous: bool
    returning: _Intern | None = None
    candidate_id: int | None = None
    opportunity_id: int | None = None
    mentor_id: int | None = None
    backup_id: int | None = None


# Every table the demo fills, in an order that satisfies the foreign keys.
_TABLES: tuple[type[Base], ...] = (
    OrganisationSettings,
    Unit,
    StaffMember,
    School,
    SchoolContact,
    Programme,
    Opportunity,
    Candidate,
    Application,
    Internship,
    FollowUpEntry,
)
RETURN_RATE = 0.04  # interns who come back the next year
SPONTANEOUS_RATE = 0.1  # internships that started from a spontaneous application
STOP_RATE = 0.06  # past internships stopped early
CONSENT_RATE = 0.15  # candidates who answered the target-group questions
_A = ApplicationStatus  # short: it is on many lines below
_HIGHER = (SchoolKind.UNIVERSITY, SchoolKind.UNIVERSITY_COLLEGE)  # telework more common


class _Builder:
    """Builds every row of the demo organisation in memory, with explicit ids."""

    def __init__(
        self,
        rng: random.Random,
        today: dt.date,
        write: Callable[[dict[type[Base], list[Row]]], None],
    ) -> None:
        self.rows: dict[type[Base], list[Row]] = {model: [] for model in _TABLES}
        self.counts: Counter[type[Base]] = Counter()
        self.write = write
        self.rng, self.today = rng, today
        self.current_year = academic_year_start(today)
        self.units: dict[int, data.UnitSpec] = {}
        self.unit_draw: data.Weighted[int]  # set once the units exist
        self.mentors: dict[int, list[int]] = {}
        self.backups: dict[int, list[int]] = {}
        self.staff_language: dict[int, Language] = {}
        self.schools: dict[SchoolKind, list[_School]] = {}
        self.emails: Counter[str] = Counter()

    def build(self, years: int, per_year: int) -> None:
        self.add(
            OrganisationSettings,
            name=data.ORGANISATION_NAME,
            address=data.ORGANISATION_ADDRESS,
            language=Language.DUTCH,
        )
        for unit in data.UNITS:
            self._unit(unit)
        self.unit_draw = data.Weighted({id_: unit.weight for id_, unit in self.units.items()})
        for school in data.SCHOOLS:
            self._school(school)
        interns: list[_Intern] = []
        for offset in range(years - 1, -1, -1):
            year = self.current_year.replace(year=self.current_year.year - offset)
            interns = self._year(year, per_year, interns)
            self.flush()
        # Spontaneous applications that still wait for an answer.
        for _ in range(max(1, per_year // 30)):
            self._open_applications(None, data.KINDS.draw(self.rng), 1)
        self.flush()

    def add(self, model: type[Base], **values: object) -> int:
        """Append a row with the next id. ``version`` 1 is where the ORM's optimistic lock
        starts; given here rather than left to a column default."""
        self.counts[model] += 1
        row_id = self.counts[model]
        self.rows[model].append({"id": row_id, "version": 1, **values})
        return row_id

    def flush(self) -> None:
        """Write the rows built so far, so memory holds one academic year at most."""
        self.write(self.rows)
        self.rows = {model: [] for model in _TABLES}

    def summary(self) -> DemoSummary:
        count = self.counts
        return DemoSummary(
            units=count[Unit],
            staff=count[StaffMember],
            schools=count[School],
            opportunities=count[Opportunity],
            candidates=count[Candidate],
            applications=count[Application],
            internships=count[Internship],
            follow_up_entries=count[FollowUpEntry],
        )

    # The organisation and its partners -------------------------------------------------

    def _email(self, person: data.Person, domain: str) -> str:
        """firstname.lastname@domain, numbered from the second person with that name."""
        local = data.email_name(person)
        self.emails[local] += 1
        number = self.emails[local]
        return f"{local}{number if number > 1 else ''}@{domain}"

    def _unit(self, spec: data.UnitSpec) -> None:
        unit_id = self.add(Unit, name=spec.name, code=spec.code, active=True)
        self.units[unit_id] = spec
        self.mentors[unit_id], self.backups[unit_id] = [], []
        for position in range(spec.staff):
            self._staff_member(unit_id, position, hr=spec.code == "P&O")

    def _staff_member(self, unit_id: int, position: int, *, hr: bool) -> None:
        """Position 0 heads the unit and stands in as backup; 1 and 2 are mentors.

        In P&O, positions 1 and 3 coordinate the internships.
        """
        rng = self.rng
        person = data.person(rng)
        head, coordinator = position == 0, hr and position in (1, 3)
        if head:
            function = data.HEAD_FUNCTION[person.language]
        elif coordinator:
            function = data.COORDINATOR_FUNCTION[person.language]
        else:
            function = rng.choice(data.STAFF_FUNCTIONS[person.language])
        mentor = position in (1, 2)
        backup = head or (position == 2 and rng.random() < 0.3)
        staff_id = self.add(
            StaffMember,
            first_name=person.first,
            last_name=person.last,
            email=self._email(person, data.STAFF_DOMAIN),
            function=function,
            unit_id=unit_id,
            is_coordinator=coordinator,
            is_mentor=mentor,
            is_backup=backup,
            is_unit_head=head,
            language=person.language,
            active=True,
        )
        self.staff_language[staff_id] = person.language
        if mentor:
            self.mentors[unit_id].append(staff_id)
        if backup:
            self.backups[unit_id].append(staff_id)

    def _school(self, spec: data.SchoolSpec) -> None:
        school_id = self.add(
            School,
            name=spec.name,
            kind=spec.kind,
            address=spec.address,
            city=spec.city,
            website=spec.website,
            language=spec.language,
            last_contact=self.today - dt.timedelta(days=self.rng.randint(3, 200)),
        )
        contacts = tuple(self._contact(school_id, spec) for _ in range(self.rng.randint(1, 2)))
        programmes = tuple(
            _Programme(
                self.add(Programme, school_id=school_id, name=name, education_level=level),
                name,
                level,
            )
            for name, level in spec.programmes
        )
        school = _School(school_id, spec.kind, spec.language, contacts, programmes)
        self.schools.setdefault(spec.kind, []).append(school)

    def _contact(self, school_id: int, spec: data.SchoolSpec) -> int:
        person = data.person(self.rng, spec.language)
        return self.add(
            SchoolContact,
            school_id=school_id,
            name=f"{person.first} {person.last}",
            function=data.CONTACT_FUNCTIONS[spec.kind][spec.language],
            email=self._email(person, spec.website.removeprefix("https://")),
        )

    def _mentor_pair(self, unit_id: int) -> tuple[int | None, int | None]:
        """A mentor of the unit and, mostly, a backup who is someone else."""
        mentor = self.rng.choice(self.mentors[unit_id])
        backups = [staff for staff in self.backups[unit_id] if staff != mentor]
        if backups and self.rng.random() < 0.8:
            return mentor, self.rng.choice(backups)
        return mentor, None

    def _pick_school(self, kind: InternshipKind) -> _School | None:
        school_kind = self.rng.choice(data.KIND_SCHOOLS[kind])
        return None if school_kind is None else self.rng.choice(self.schools[school_kind])

    # One academic year ---------------------------------------------------------------

    def _year(self, year: dt.date, per_year: int, previous: list[_Intern]) -> list[_Intern]:
        """Internships of the academic year starting at ``year``, with all they need."""
        pool = list(previous)
        placements = [self._draft(year, pool) for _ in range(per_year)]
        if year == self.current_year:
            self._fill_horizon(placements)
        placements.sort(key=lambda placement: placement.start)
        for placement in placements:
            # Someone from last year comes back only once the earlier internship is over.
            came_back = placement.returning
            if came_back is not None and came_back.last_end < placement.start:
                placement.candidate_id = came_back.candidate_id
        self._opportunities(year, placements)
        interns: list[_Intern] = []
        for placement in placements:
            candidate_id, application_id = self._recruit(placement, interns)
            self._internship(placement, candidate_id, application_id)
            interns.append(
                _Intern(candidate_id, placement.school, placement.programme, placement.end)
            )
        return interns

    def _draft(self, year: dt.date, pool: list[_Intern]) -> _Placement:
        rng = self.rng
        returning = None
        if pool and rng.random() < RETURN_RATE:
            returning = pool.pop(rng.randrange(len(pool)))
        if returning is None:
            kind = data.KINDS.draw(rng)
            school = self._pick_school(kind)
            programme = rng.choice(school.programmes) if school else None
        else:
            school, programme = returning.school, returning.programme
            kind = rng.choice(data.KINDS_FOR_SCHOOL[school.kind if school else None])
        start = self._start(year, kind)
        end = start + dt.timedelta(days=rng.randint(*data.KIND_WEEKS[kind]) * 7 - 3)
        hours = rng.choice(data.KIND_HOURS[kind])
        spontaneous = rng.random() < SPONTANEOUS_RATE
        unit = self.unit_draw.draw(rng)
        return _Placement(unit, kind, school, programme, start, end, hours, spontaneous, returning)

    def _start(self, year: dt.date, kind: InternshipKind) -> dt.date:
        """A Monday in the academic year; busy in autumn and spring, volunteers in summer."""
        draw = data.SUMMER if kind is InternshipKind.VOLUNTARY else data.MONTHS
        month = year.month - 1 + draw.draw(self.rng)
        first = dt.date(year.year + month // 12, month % 12 + 1, 1)
        day = first + dt.timedelta(days=self.rng.randrange(28))
        return day + dt.timedelta(days=-day.weekday() % 7)

    def _fill_horizon(self, placements: list[_Placement]) -> None:
        """Several internships start, and several end, within the dashboard's horizon."""
        rng, today = self.rng, self.today
        count = max(1, len(placements) // 15)
        for placement in placements[:count]:
            placement.start = _weekday(today + dt.timedelta(days=rng.randint(1, HORIZON_DAYS - 3)))
            weeks = rng.randint(*data.KIND_WEEKS[placement.kind])
            placement.end = placement.start + dt.timedelta(days=weeks * 7 - 3)
        for placement in placements[count : 2 * count]:
            placement.end = _weekday(today + dt.timedelta(days=rng.randint(0, HORIZON_DAYS - 3)))
            # Long enough to have started by today: running, not planned.
            weeks = rng.randint(*data.KIND_WEEKS[placement.kind])
            weeks = max(weeks, (placement.end - today).days // 7 + 2)
            placement.start = placement.end - dt.timedelta(days=weeks * 7 - 3)

    # Opportunities -------------------------------------------------------------------

    def _opportunities(self, year: dt.date, placements: list[_Placement]) -> None:
        """Group each unit's placements into opportunities of one to three places."""
        by_unit: dict[int, list[_Placement]] = {unit_id: [] for unit_id in self.units}
        for placement in placements:
            if placement.spontaneous:
                placement.mentor_id, placement.backup_id = self._mentor_pair(placement.unit)
            else:
                by_unit[placement.unit].append(placement)
        for unit_id, queue in by_unit.items():
            while queue:
                size = self.rng.choice((1, 1, 2, 2, 3))
                self._filled(unit_id, queue[:size])
                del queue[:size]
            if year != self.current_year:
                self._closed(unit_id, year)
            else:
                for index in range(self.rng.randint(1, 3)):
                    self._open(unit_id, always=unit_id == 1 and index == 0)

    def _filled(self, unit_id: int, chunk: list[_Placement]) -> None:
        """An opportunity whose places went to ``chunk``; a planned one may have one left."""
        mentor, backup = self._mentor_pair(unit_id)
        planned = any(placement.start > self.today for placement in chunk)
        spare = planned and self.rng.random() < 0.6
        first = chunk[0]
        opportunity_id = self._opportunity(
            unit_id,
            first.programme,
            (min(p.start for p in chunk), max(p.end for p in chunk)),
            first.hours,
            len(chunk) + spare,
            (mentor, backup),
            OpportunityStatus.OFFERED if spare else OpportunityStatus.FILLED,
        )
        for placement in chunk:
            placement.opportunity_id = opportunity_id
            placement.mentor_id, placement.backup_id = mentor, backup
        if spare:
            self._open_applications(opportunity_id, first.kind, self.rng.randint(1, 3))

    def _closed(self, unit_id: int, year: dt.date) -> None:
        """Now and then a past opportunity found nobody suitable and was closed."""
        rng = self.rng
        if rng.random() >= 0.35:
            return
        kind = data.KINDS.draw(rng)
        start = self._start(year, kind)
        period = (start, start + dt.timedelta(days=8 * 7 - 3))
        staff = self._mentor_pair(unit_id)
        opportunity_id = self._opportunity(
            unit_id, None, period, None, 1, staff, OpportunityStatus.CLOSED
        )
        for _ in range(rng.randint(1, 3)):
            applied = start - dt.timedelta(days=rng.randint(30, 90))
            candidate_id, school = self._applicant(kind, start, applied)
            status = _A.REJECTED if rng.random() < 0.75 else _A.WITHDRAWN
            decided = min(applied + dt.timedelta(days=rng.randint(3, 30)), self.today)
            source = self._source(school, spontaneous=False)
            self._application(candidate_id, opportunity_id, applied, source, status, decided)

    def _open(self, unit_id: int, *, always: bool) -> None:
        """A current opportunity: proposed or offered, sometimes still without a mentor.

        ``always`` makes one offered opportunity without mentor, so the dashboard shows both.
        """
        rng = self.rng
        no_mentor = always or rng.random() < 0.35
        offered = always or rng.random() < 0.6
        kind = data.KINDS.draw(rng)
        school = self._pick_school(kind)
        start = _weekday(self.today + dt.timedelta(days=rng.randint(20, 150)))
        weeks = rng.randint(*data.KIND_WEEKS[kind])
        opportunity_id = self._opportunity(
            unit_id,
            rng.choice(school.programmes) if school else None,
            (start, start + dt.timedelta(days=weeks * 7 - 3)),
            rng.choice(data.KIND_HOURS[kind]),
            rng.randint(1, 2),
            (None, None) if no_mentor else self._mentor_pair(unit_id),
            OpportunityStatus.OFFERED if offered else OpportunityStatus.PROPOSED,
        )
        if offered:
            self._open_applications(opportunity_id, kind, rng.randint(1, 3))

    def _opportunity(
        self,
        unit_id: int,
        programme: _Programme | None,
        period: tuple[dt.date, dt.date],
        hours: int | None,
        places: int,
        staff: tuple[int | None, int | None],
        status: OpportunityStatus,
    ) -> int:
        unit = self.units[unit_id]
        assignment = self.rng.choice(unit.assignments)
        return self.add(
            Opportunity,
            title=assignment.title,
            unit_id=unit_id,
            domain=unit.domain,
            work_kind=assignment.work_kind,
            description=assignment.description,
            requirements=assignment.requirements,
            education_level=programme.level if programme else None,
            programme=programme.name if programme else None,
            period_start=period[0],
            period_end=period[1],
            hours_per_week=hours,
            places=places,
            mentor_id=staff[0],
            backup_id=staff[1],
            status=status,
        )

    # Candidates and applications -----------------------------------------------------

    def _recruit(self, placement: _Placement, interns: list[_Intern]) -> tuple[int, int]:
        """The intern's accepted application, and rivals' applications for the same place.

        Everything was decided before the start and before today.
        """
        rng = self.rng
        latest = min(placement.start - _DAY, self.today)
        applied = min(
            placement.start - dt.timedelta(days=rng.randint(14, 120)),
            latest - dt.timedelta(days=rng.randint(3, 20)),
        )
        decided = min(applied + dt.timedelta(days=rng.randint(3, 30)), latest)
        candidate_id = placement.candidate_id
        if candidate_id is None:
            candidate_id = self._candidate(
                placement.school, placement.programme, placement.start, applied
            )
        source = self._source(placement.school, spontaneous=placement.spontaneous)
        accepted = self._application(
            candidate_id, placement.opportunity_id, applied, source, _A.ACCEPTED, decided
        )
        for _ in range(rng.choice((0, 0, 1) if placement.spontaneous else (1, 1, 2, 2, 3))):
            self._rival(placement, applied, latest, interns)
        return candidate_id, accepted

    def _rival(
        self, placement: _Placement, applied: dt.date, latest: dt.date, interns: list[_Intern]
    ) -> None:
        """Someone else who wanted the place: sometimes an intern placed elsewhere."""
        rng = self.rng
        applied = min(applied + dt.timedelta(days=rng.randint(-10, 10)), latest)
        if interns and rng.random() < 0.2:
            candidate_id, school = rng.choice(interns).candidate_id, placement.school
        else:
            candidate_id, school = self._applicant(placement.kind, placement.start, applied)
        status = _A.REJECTED if rng.random() < 0.75 else _A.WITHDRAWN
        decided = min(applied + dt.timedelta(days=rng.randint(3, 30)), latest)
        source = self._source(school, spontaneous=placement.spontaneous)
        self._application(candidate_id, placement.opportunity_id, applied, source, status, decided)

    def _open_applications(
        self, opportunity_id: int | None, kind: InternshipKind, count: int
    ) -> None:
        """Applications of the last weeks that still wait for an interview or a decision."""
        for _ in range(count):
            applied = self.today - dt.timedelta(days=self.rng.randint(0, 40))
            candidate_id, school = self._applicant(kind, self.today, applied)
            status = self.rng.choice((_A.APPLIED, _A.APPLIED, _A.INTERVIEWED))
            source = self._source(school, spontaneous=opportunity_id is None)
            self._application(candidate_id, opportunity_id, applied, source, status, None)

    def _applicant(
        self, kind: InternshipKind, start: dt.date, applied: dt.date
    ) -> tuple[int, _School | None]:
        """A new candidate from a partner that sends ``kind`` internships."""
        school = self._pick_school(kind)
        programme = self.rng.choice(school.programmes) if school else None
        return self._candidate(school, programme, start, applied), school

    def _source(self, school: _School | None, *, spontaneous: bool) -> ApplicationSource:
        if spontaneous:
            return ApplicationSource.SPONTANEOUS
        return self.rng.choice(data.SOURCES[school.kind if school else None])

    def _application(
        self,
        candidate_id: int,
        opportunity_id: int | None,
        applied: dt.date,
        source: ApplicationSource,
        status: ApplicationStatus,
        decided: dt.date | None,
    ) -> int:
        return self.add(
            Application,
            candidate_id=candidate_id,
            opportunity_id=opportunity_id,
            application_date=applied,
            source=source,
            status=status,
            decision_date=decided,
        )

    def _candidate(
        self,
        school: _School | None,
        programme: _Programme | None,
        start: dt.date,
        applied: dt.date,
    ) -> int:
        """A candidate of an age that fits the school; some consented to the target-group
        questions (the database refuses those answers without a consent date)."""
        rng = self.rng
        person = data.person(rng, school.language if school else None)
        youngest, oldest = data.AGES[school.kind if school else None]
        # Days strictly inside [youngest, oldest + 1) years, leap days included.
        age_days = rng.randint(round(youngest * 365.25) + 1, round((oldest + 1) * 365.25) - 2)
        born = start - dt.timedelta(days=age_days)
        consent = applied if rng.random() < CONSENT_RATE else None
        return self.add(
            Candidate,
            first_name=person.first,
            last_name=person.last,
            email=self._email(person, rng.choice(data.MAIL_DOMAINS)),
            address=data.address(rng, person.language),
            date_of_birth=born,
            gender=person.gender,
            education_level=programme.level if programme else None,
            school_id=school.id if school else None,
            programme_id=programme.id if programme else None,
            language=person.language,
            languages=data.spoken_languages(rng, person),
            consent_date=consent,
            tg_migration_background=None if consent is None else rng.random() < 0.35,
            tg_disability=None if consent is None else rng.random() < 0.1,
        )

    # Internships and their follow-up ---------------------------------------------------

    def _internship(self, placement: _Placement, candidate_id: int, application_id: int) -> None:
        rng = self.rng
        status, stop = self._status(placement)
        allowances = data.KIND_ALLOWANCES.get(placement.kind)
        allowance = Decimal(rng.choice(allowances)) if allowances else None
        school = placement.school
        weeks = max(1, ((placement.end - placement.start).days + 3) // 7)
        internship_id = self.add(
            Internship,
            candidate_id=candidate_id,
            application_id=application_id,
            unit_id=placement.unit,
            opportunity_id=placement.opportunity_id,
            mentor_id=placement.mentor_id,
            backup_id=placement.backup_id,
            school_id=school.id if school else None,
            supervisor_id=rng.choice(school.contacts) if school else None,
            kind=placement.kind,
            paid=allowance is not None,
            allowance=allowance,
            start_date=placement.start,
            end_date=placement.end,
            hours_per_week=placement.hours,
            total_hours=placement.hours * weeks,
            # 7.6 hours is a Belgian full-time day (38 hours a week).
            days_per_week=min(5, max(2, round(placement.hours / 7.6))),
            telework=rng.random() < (0.3 if school and school.kind in _HIGHER else 0.05),
            status=status,
            **stop,
            **self._hired(placement, status),
        )
        if status is not InternshipStatus.PLANNED:
            self._follow_ups(internship_id, placement, status)

    def _status(self, placement: _Placement) -> tuple[InternshipStatus, Row]:
        """The status ``today`` implies; a few past internships were stopped early."""
        rng = self.rng
        stop: Row = {"stop_reason": None, "stopped_by": None}
        if placement.start > self.today:
            return InternshipStatus.PLANNED, stop
        if placement.end >= self.today:
            return InternshipStatus.RUNNING, stop
        if rng.random() >= STOP_RATE:
            return InternshipStatus.COMPLETED, stop
        stopped_by, dutch, french = rng.choice(data.STOP_REASONS)
        # The end date becomes the day it stopped; at least a week after the start.
        length = (placement.end - placement.start).days
        placement.end = placement.start + dt.timedelta(days=rng.randint(7, length - 1))
        french_mentor = self.staff_language.get(placement.mentor_id or 0) is Language.FRENCH
        stop = {"stop_reason": french if french_mentor else dutch, "stopped_by": stopped_by}
        return InternshipStatus.STOPPED_EARLY, stop

    def _hired(self, placement: _Placement, status: InternshipStatus) -> Row:
        """About one in ten completed interns later got a job here; job seekers more often."""
        rng = self.rng
        since = (self.today - placement.end).days
        rate = 0.3 if placement.kind is InternshipKind.JOB_SEEKER else 0.08
        if status is not InternshipStatus.COMPLETED or since < 30 or rng.random() >= rate:
            return {"hired_later": False, "hired_date": None, "hired_function": None}
        return {
            "hired_later": True,
            "hired_date": placement.end + dt.timedelta(days=rng.randint(14, min(since, 365))),
            "hired_function": rng.choice(self.units[placement.unit].hired_functions),
        }

    def _follow_ups(
        self, internship_id: int, placement: _Placement, status: InternshipStatus
    ) -> None:
        """One to four entries between the start and today, in the mentor's language."""
        rng = self.rng
        span = (min(placement.end, self.today) - placement.start).days
        count = rng.randint(1, min(4, 1 + span // 14))
        days = sorted(rng.randint(0, span) for _ in range(count))
        language = self.staff_language.get(placement.mentor_id or 0, Language.DUTCH)
        for index, day in enumerate(days):
            last = index == count - 1
            kind = data.FOLLOW_UP_KINDS.draw(rng)
            if last and status is InternshipStatus.STOPPED_EARLY:
                kind = FollowUpKind.INCIDENT
            self.add(
                FollowUpEntry,
                internship_id=internship_id,
                entry_date=placement.start + dt.timedelta(days=day),
                kind=kind,
                text=rng.choice(data.FOLLOW_UP_TEXTS[kind][language]),
            )
