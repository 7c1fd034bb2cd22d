"""The demo organisation and its partners: settings, units, staff, schools and contacts."""

import datetime as dt
from collections import Counter

from stagedesk.core.demo import data, kinds, names, schools
from stagedesk.core.demo.base import Context, ProgrammeInfo, SchoolInfo, Weighted
from stagedesk.core.models import (
    InternshipKind,
    Language,
    OrganisationSettings,
    Programme,
    School,
    SchoolContact,
    SchoolKind,
    StaffMember,
    Unit,
)


class Organisation:
    """Builds the organisation's rows and answers who can mentor and which school sends whom."""

    def __init__(self, context: Context) -> None:
        self.context = context
        self.units: dict[int, data.UnitSpec] = {}
        self.unit_draw: Weighted[int]  # set once the units exist
        self.mentors: dict[int, list[int]] = {}
        self.backups: dict[int, list[int]] = {}
        self.staff_language: dict[int, Language] = {}
        self.schools: dict[SchoolKind, list[SchoolInfo]] = {}
        self.emails: Counter[str] = Counter()

    def build(self) -> None:
        self.context.rows.add(
            OrganisationSettings,
            name=data.ORGANISATION_NAME,
            address=data.ORGANISATION_ADDRESS,
            language=Language.DUTCH,
        )
        for unit in data.UNITS:
            self._unit(unit)
        self.unit_draw = Weighted({id_: unit.weight for id_, unit in self.units.items()})
        for school in schools.SCHOOLS:
            self._school(school)

    def email(self, person: names.Person, domain: str) -> str:
        """firstname.lastname@domain, numbered from the second person with that name."""
        local = names.email_name(person)
        self.emails[local] += 1
        number = self.emails[local]
        return f"{local}{number if number > 1 else ''}@{domain}"

    def mentor_pair(self, unit_id: int) -> tuple[int | None, int | None]:
        """A mentor of the unit and, mostly, a backup who is someone else."""
        rng = self.context.rng
        mentor = rng.choice(self.mentors[unit_id])
        backups = [staff for staff in self.backups[unit_id] if staff != mentor]
        if backups and rng.random() < 0.8:
            return mentor, rng.choice(backups)
        return mentor, None

    def pick_school(self, kind: InternshipKind) -> SchoolInfo | None:
        rng = self.context.rng
        school_kind = rng.choice(kinds.KIND_SCHOOLS[kind])
        return None if school_kind is None else rng.choice(self.schools[school_kind])

    def _unit(self, spec: data.UnitSpec) -> None:
        unit_id = self.context.rows.add(Unit, name=spec.name, code=spec.code, active=True)
        self.units[unit_id] = spec
        self.mentors[unit_id], self.backups[unit_id] = [], []
        for position in range(spec.staff):
            self._staff_member(unit_id, position, hr=spec.code == "P&O")

    def _staff_member(self, unit_id: int, position: int, *, hr: bool) -> None:
        """Position 0 heads the unit and stands in as backup; 1 and 2 are mentors.

        In P&O, positions 1 and 3 coordinate the internships.
        """
        rng = self.context.rng
        person = names.person(rng)
        head, coordinator = position == 0, hr and position in (1, 3)
        if head:
            function = data.HEAD_FUNCTION[person.language]
        elif coordinator:
            function = data.COORDINATOR_FUNCTION[person.language]
        else:
            function = rng.choice(data.STAFF_FUNCTIONS[person.language])
        mentor = position in (1, 2)
        backup = head or (position == 2 and rng.random() < 0.3)
        staff_id = self.context.rows.add(
            StaffMember,
            first_name=person.first,
            last_name=person.last,
            email=self.email(person, data.STAFF_DOMAIN),
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

    def _school(self, spec: schools.SchoolSpec) -> None:
        rng, add = self.context.rng, self.context.rows.add
        school_id = add(
            School,
            name=spec.name,
            kind=spec.kind,
            address=spec.address,
            city=spec.city,
            website=spec.website,
            language=spec.language,
            last_contact=self.context.today - dt.timedelta(days=rng.randint(3, 200)),
        )
        contacts = tuple(self._contact(school_id, spec) for _ in range(rng.randint(1, 2)))
        programmes = tuple(
            ProgrammeInfo(
                add(Programme, school_id=school_id, name=name, education_level=level),
                name,
                level,
            )
            for name, level in spec.programmes
        )
        school = SchoolInfo(school_id, spec.kind, spec.language, contacts, programmes)
        self.schools.setdefault(spec.kind, []).append(school)

    def _contact(self, school_id: int, spec: schools.SchoolSpec) -> int:
        person = names.person(self.context.rng, spec.language)
        return self.context.rows.add(
            SchoolContact,
            school_id=school_id,
            name=f"{person.first} {person.last}",
            function=schools.CONTACT_FUNCTIONS[spec.kind][spec.language],
            email=self.email(person, spec.website.removeprefix("https://")),
        )
