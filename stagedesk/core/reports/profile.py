"""The profile of the interns of each year.

How we count (interns as in the annual overview: internships starting in the year,
stopped-early included, planned-not-yet-started excluded; the unit filter applies):

- one intern = one internship; tables are per year (not per unit, so cells stay large);
- education level, gender (female, male, X, unknown) and languages come from the candidate;
- age band at start: full years of age on the internship's start date (a birthday on the
  start date counts), in bands <18, 18–20, 21–23, 24–26, 27–30, >30, unknown (no date of
  birth); for an anonymised intern (no date of birth any more) the band kept on the
  internship when the data were anonymised (``core.privacy``);
- school and programme: the internship's school, else the candidate's school; the
  programme is the candidate's; "unknown" when none;
- languages: the candidate's comma-separated language codes; an intern who speaks three
  languages counts in three rows, so that table's rows add up to more than its total;
- target groups: ONLY candidates with a consent_date; the table's total is the number of
  consenting interns, and each row counts those who declared it (migration background,
  disability or chronic illness, other target group = a non-empty text); rows overlap;
- sensitive tables (gender, age band, target groups): a cell from 1 to 4 is hidden and
  shown as "< 5" (``Cell.hidden``; a 0 is shown, it points at nobody). The cell keeps its
  true value for sums, and the total row is always the TRUE total of interns of the year
  (never hidden, never the sum of what is shown). A single hidden cell in a column can
  therefore be worked out by subtraction; no secondary suppression is done.
"""

import datetime as dt
from collections import Counter
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from stagedesk.core.models import (
    Candidate,
    EducationLevel,
    Gender,
    Internship,
    Programme,
    School,
    SchoolKind,
)
from stagedesk.core.reports.scope import ReportScope, counted_interns

HIDE_BELOW = 5
HIDDEN_TEXT = "< 5"
AGE_BANDS: tuple[tuple[str, int, int], ...] = (
    ("<18", 0, 17),
    ("18–20", 18, 20),
    ("21–23", 21, 23),
    ("24–26", 24, 26),
    ("27–30", 27, 30),
    (">30", 31, 10_000),
)
UNKNOWN = {"nl": "onbekend", "fr": "inconnu", "en": "unknown"}
GENDERS: dict[Gender, dict[str, str]] = {
    Gender.FEMALE: {"nl": "vrouw", "fr": "femme", "en": "female"},
    Gender.MALE: {"nl": "man", "fr": "homme", "en": "male"},
    Gender.X: {"nl": "X", "fr": "X", "en": "X"},
}
LEVELS: dict[EducationLevel, dict[str, str]] = {
    EducationLevel.SECONDARY: {"nl": "secundair", "fr": "secondaire", "en": "secondary"},
    EducationLevel.POST_SECONDARY: {
        "nl": "postsecundair",
        "fr": "post-secondaire",
        "en": "post-secondary",
    },
    EducationLevel.PROFESSIONAL_BACHELOR: {
        "nl": "professionele bachelor",
        "fr": "bachelier professionnalisant",
        "en": "professional bachelor",
    },
    EducationLevel.ACADEMIC_BACHELOR: {
        "nl": "academische bachelor",
        "fr": "bachelier de transition",
        "en": "academic bachelor",
    },
    EducationLevel.MASTER: {"nl": "master", "fr": "master", "en": "master"},
    EducationLevel.DOCTORATE: {"nl": "doctoraat", "fr": "doctorat", "en": "doctorate"},
    EducationLevel.ADULT_EDUCATION: {
        "nl": "volwassenenonderwijs",
        "fr": "promotion sociale",
        "en": "adult education",
    },
    EducationLevel.OTHER: {"nl": "andere", "fr": "autre", "en": "other"},
}
SCHOOL_KINDS: dict[SchoolKind, dict[str, str]] = {
    SchoolKind.UNIVERSITY: {"nl": "universiteit", "fr": "université", "en": "university"},
    SchoolKind.UNIVERSITY_COLLEGE: {
        "nl": "hogeschool",
        "fr": "haute école",
        "en": "university college",
    },
    SchoolKind.SECONDARY_SCHOOL: {
        "nl": "secundaire school",
        "fr": "école secondaire",
        "en": "secondary school",
    },
    SchoolKind.TRAINING_CENTRE: {
        "nl": "opleidingscentrum",
        "fr": "centre de formation",
        "en": "training centre",
    },
    SchoolKind.EMPLOYMENT_SERVICE: {
        "nl": "arbeidsbemiddeling",
        "fr": "service de l'emploi",
        "en": "employment service",
    },
}
TARGET_GROUPS = {
    "migration": {
        "nl": "migratieachtergrond",
        "fr": "origine migratoire",
        "en": "migration background",
    },
    "disability": {
        "nl": "handicap of chronische ziekte",
        "fr": "handicap ou maladie chronique",
        "en": "disability or chronic illness",
    },
    "other": {"nl": "andere doelgroep", "fr": "autre groupe cible", "en": "other target group"},
}
TABLES = ("education", "gender", "age", "school_kind", "programme", "languages", "target_groups")
SENSITIVE = frozenset({"gender", "age", "target_groups"})


@dataclass(frozen=True)
class Cell:
    """A count; ``hidden`` when it must be shown as "< 5". ``value`` is always true."""

    value: int
    hidden: bool = False

    @property
    def shown(self) -> int | str:
        return HIDDEN_TEXT if self.hidden else self.value


@dataclass(frozen=True)
class ProfileRow:
    category: str
    cells: tuple[Cell, ...]  # one per year of ProfileTable.years


@dataclass(frozen=True)
class ProfileTable:
    key: str  # one of TABLES
    sensitive: bool
    years: tuple[str, ...]
    rows: tuple[ProfileRow, ...]
    totals: tuple[int, ...]  # the true total per year (interns; consenting ones for target groups)


@dataclass(frozen=True)
class Profile:
    tables: tuple[ProfileTable, ...]

    def table(self, key: str) -> ProfileTable:
        return next(t for t in self.tables if t.key == key)


def age_on(born: dt.date, day: dt.date) -> int:
    """Full years of age on ``day``."""
    return day.year - born.year - ((day.month, day.day) < (born.month, born.day))


def age_band(born: dt.date | None, start: dt.date) -> str | None:
    if born is None:
        return None
    age = age_on(born, start)
    return next(name for name, low, high in AGE_BANDS if low <= age <= high)


def intern_profile(
    session: Session,
    scope: ReportScope,
) -> Profile:
    """The profile tables per year; see the module docstring for how each is counted."""
    period, interns = counted_interns(session, scope)
    unknown = UNKNOWN[scope.language]
    candidates = {c.id: c for c in session.scalars(select(Candidate))} if interns else {}
    schools = {s.id: (s.name, s.kind) for s in session.scalars(select(School))}
    programmes = dict(session.execute(select(Programme.id, Programme.name)).all())
    kept_bands = dict(
        session.execute(
            select(Internship.id, Internship.age_band).where(Internship.age_band.is_not(None))
        ).all()
    )
    years = tuple(period.labels)
    counts: dict[str, Counter[tuple[str, str]]] = {key: Counter() for key in TABLES}
    totals: dict[str, Counter[str]] = {key: Counter() for key in TABLES}
    for intern in interns:
        c = candidates[intern.candidate_id]
        y = intern.label

        def add(key: str, category: str, year: str = y) -> None:
            counts[key][(category, year)] += 1

        add(
            "education",
            unknown if c.education_level is None else LEVELS[c.education_level][scope.language],
        )
        add("gender", unknown if c.gender is None else GENDERS[c.gender][scope.language])
        band = age_band(c.date_of_birth, intern.start) or kept_bands.get(intern.internship_id)
        add("age", band or unknown)
        school_id = intern.school_id if intern.school_id is not None else c.school_id
        kind = None if school_id is None else schools[school_id][1]
        add("school_kind", unknown if kind is None else SCHOOL_KINDS[kind][scope.language])
        add("programme", programmes.get(c.programme_id, unknown) if c.programme_id else unknown)
        spoken = [s.strip().lower() for s in (c.languages or "").split(",") if s.strip()]
        for code in dict.fromkeys(spoken) or [unknown]:
            add("languages", code)
        for key in TABLES:
            if key != "target_groups":
                totals[key][y] += 1
        if c.consent_date is not None:
            totals["target_groups"][y] += 1
            if c.tg_migration_background:
                add("target_groups", TARGET_GROUPS["migration"][scope.language])
            if c.tg_disability:
                add("target_groups", TARGET_GROUPS["disability"][scope.language])
            if (c.tg_other or "").strip():
                add("target_groups", TARGET_GROUPS["other"][scope.language])

    fixed: dict[str, list[str]] = {
        "education": [v[scope.language] for v in LEVELS.values()] + [unknown],
        "gender": [v[scope.language] for v in GENDERS.values()] + [unknown],
        "age": [name for name, _, _ in AGE_BANDS] + [unknown],
        "school_kind": [v[scope.language] for v in SCHOOL_KINDS.values()] + [unknown],
        "target_groups": [v[scope.language] for v in TARGET_GROUPS.values()],
    }
    tables = []
    for key in TABLES:
        found = {category for category, _ in counts[key]}
        if key in fixed:
            categories = fixed[key]
        else:  # programmes and languages: those that occur, by name, unknown last
            categories = sorted(found - {unknown}, key=str.casefold)
            categories += [unknown] if unknown in found else []
        sensitive = key in SENSITIVE
        rows = tuple(
            ProfileRow(category, tuple(_cell(counts[key][(category, y)], sensitive) for y in years))
            for category in categories
        )
        tables.append(
            ProfileTable(key, sensitive, years, rows, tuple(totals[key][y] for y in years))
        )
    return Profile(tuple(tables))


def _cell(value: int, sensitive: bool) -> Cell:
    return Cell(value, sensitive and 0 < value < HIDE_BELOW)
