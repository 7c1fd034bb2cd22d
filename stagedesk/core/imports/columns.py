"""The columns of an import list, and recognising them by their header.

Headers are matched in Dutch, French or English, with case, accents, spaces and
punctuation ignored, so "E-mail", "email" and "Adresse e-mail" all find the same column.
"""

import re
from collections.abc import Sequence
from dataclasses import dataclass
from enum import StrEnum
from typing import Any

from openpyxl.utils import get_column_letter

from stagedesk.core.text import fold


class Column(StrEnum):
    FIRST_NAME = "first_name"
    LAST_NAME = "last_name"
    EMAIL = "email"
    DATE_OF_BIRTH = "date_of_birth"
    GENDER = "gender"
    EDUCATION_LEVEL = "education_level"
    SCHOOL = "school"
    PROGRAMME = "programme"
    UNIT = "unit"
    FUNCTION = "function"
    REQUIREMENTS = "requirements"
    MENTOR = "mentor"
    APPLICATION_DATE = "application_date"
    STATUS = "status"
    KIND = "kind"
    START_DATE = "start_date"
    END_DATE = "end_date"
    HOURS = "hours"
    TOTAL_HOURS = "total_hours"
    DAYS_PER_WEEK = "days_per_week"
    PAID = "paid"
    ALLOWANCE = "allowance"
    UNPAID_REASON = "unpaid_reason"
    HIRED_LATER = "hired_later"
    HIRED_FUNCTION = "hired_function"
    HIRED_DATE = "hired_date"


REQUIRED = (Column.FIRST_NAME, Column.LAST_NAME, Column.UNIT)


@dataclass(frozen=True)
class Header:
    """A column's header in each language (the template's), and other names it goes by."""

    nl: str
    fr: str
    en: str
    also: tuple[str, ...] = ()

    def text(self, language: str) -> str:
        return str(getattr(self, language if language in ("nl", "fr", "en") else "en"))


HEADERS: dict[Column, Header] = {
    Column.FIRST_NAME: Header("Voornaam", "Prénom", "First name", ("firstname", "given name")),
    Column.LAST_NAME: Header(
        "Achternaam",
        "Nom",
        "Last name",
        ("familienaam", "nom de famille", "surname", "family name", "lastname"),
    ),
    Column.EMAIL: Header(
        "E-mail", "E-mail", "E-mail", ("e-mailadres", "courriel", "adresse e-mail", "mail")
    ),
    Column.DATE_OF_BIRTH: Header(
        "Geboortedatum", "Date de naissance", "Date of birth", ("birth date", "birthday")
    ),
    Column.GENDER: Header("Geslacht", "Genre", "Gender", ("sexe", "sex", "gender identity")),
    Column.EDUCATION_LEVEL: Header(
        "Onderwijsniveau",
        "Niveau d'enseignement",
        "Education level",
        ("niveau", "niveau d'études", "studieniveau", "level of education"),
    ),
    Column.SCHOOL: Header(
        "Onderwijsinstelling",
        "Établissement",
        "School",
        ("school", "école", "établissement d'enseignement", "stagepartner"),
    ),
    Column.PROGRAMME: Header(
        "Opleiding", "Formation", "Programme", ("program", "studierichting", "studies")
    ),
    Column.UNIT: Header("Dienst", "Service", "Unit", ("afdeling", "department", "directie")),
    Column.FUNCTION: Header(
        "Functie", "Fonction", "Function", ("stageopdracht", "mission", "assignment")
    ),
    Column.REQUIREMENTS: Header("Vereisten", "Exigences", "Requirements", ("prérequis",)),
    Column.MENTOR: Header(
        "Mentor", "Maître de stage", "Mentor", ("stagementor", "tuteur", "tutrice")
    ),
    Column.APPLICATION_DATE: Header(
        "Kandidatuurdatum",
        "Date de candidature",
        "Application date",
        ("datum kandidatuur", "sollicitatiedatum", "applied on"),
    ),
    Column.STATUS: Header("Status", "Statut", "Status", ("état", "state")),
    Column.KIND: Header(
        "Soort stage",
        "Type de stage",
        "Kind",
        ("stagesoort", "type stage", "kind of internship", "internship kind", "soort", "type"),
    ),
    Column.START_DATE: Header(
        "Begindatum",
        "Date de début",
        "Start date",
        ("startdatum", "début", "begin", "start", "van", "du", "vanaf", "from"),
    ),
    Column.END_DATE: Header(
        "Einddatum", "Date de fin", "End date", ("fin", "einde", "eind", "end", "tot", "au", "to")
    ),
    Column.HOURS: Header(
        "Uren",
        "Heures",
        "Hours",
        (
            "uren per week",
            "heures par semaine",
            "hours per week",
            "uur per week",
            "uren/week",
            "h/semaine",
        ),
    ),
    Column.TOTAL_HOURS: Header(
        "Uren in totaal",
        "Heures au total",
        "Total hours",
        ("totaal uren", "aantal uren", "stage-uren", "nombre d'heures", "hours in total"),
    ),
    Column.PAID: Header(
        "Vergoed",
        "Rémunéré",
        "Paid",
        ("betaald", "vergoeding", "stagevergoeding", "payé", "indemnisé", "indemnité"),
    ),
    Column.DAYS_PER_WEEK: Header(
        "Dagen per week",
        "Jours par semaine",
        "Days per week",
        ("dagen", "jours", "days", "werkdagen", "aantal dagen", "jours/semaine", "dagen/week"),
    ),
    Column.ALLOWANCE: Header(
        "Vergoeding per maand",
        "Indemnité par mois",
        "Allowance",
        ("bedrag", "montant", "allowance per month", "maandvergoeding", "indemnité mensuelle"),
    ),
    Column.UNPAID_REASON: Header(
        "Waarom onbezoldigd",
        "Pourquoi non rémunéré",
        "Why unpaid",
        (
            "reden onbezoldigd",
            "reden geen vergoeding",
            "motif non rémunéré",
            "raison non rémunéré",
            "reason unpaid",
        ),
    ),
    Column.HIRED_LATER: Header(
        "Later aangeworven",
        "Engagé par la suite",
        "Hired later",
        ("aangeworven", "engagé", "embauché par la suite", "hired"),
    ),
    Column.HIRED_FUNCTION: Header(
        "Functie bij aanwerving",
        "Fonction à l'engagement",
        "Function when hired",
        ("fonction lors de l'engagement", "hired as", "functie aanwerving"),
    ),
    Column.HIRED_DATE: Header(
        "Datum aanwerving",
        "Date d'engagement",
        "Date hired",
        ("aanwervingsdatum", "date d'embauche", "hired on", "hire date"),
    ),
}


# The last column of a file of refused rows (why each was refused): StageDesk's own note,
# never asked about when the corrected file comes back.
REASON_HEADER = Header("Probleem (StageDesk)", "Problème (StageDesk)", "Problem (StageDesk)")


def column_letter(at: int) -> str:
    """The spreadsheet letter of the file's column at position ``at`` (0 is A)."""
    return str(get_column_letter(at + 1))


def header_key(text: str) -> str:
    """A header as compared: folded, with only letters and digits kept."""
    return re.sub(r"[^0-9a-z]+", "", fold(text))


def _known_headers() -> dict[str, Column]:
    known: dict[str, Column] = {}
    for column, header in HEADERS.items():
        for name in (header.nl, header.fr, header.en, *header.also):
            known.setdefault(header_key(name), column)
    return known


_KNOWN = _known_headers()
_REASON_KEYS = frozenset(
    header_key(REASON_HEADER.text(language)) for language in ("nl", "fr", "en")
)


@dataclass(frozen=True)
class ColumnMatch:
    """Which column of the file (by position) holds which of ours; ``None``: not imported."""

    headers: tuple[str, ...]
    columns: tuple[Column | None, ...]

    @property
    def found(self) -> dict[Column, int]:
        return {column: at for at, column in enumerate(self.columns) if column is not None}

    @property
    def missing(self) -> list[Column]:
        found = self.found
        return [column for column in REQUIRED if column not in found]

    @property
    def unmatched(self) -> list[int]:
        """Positions of columns that are none of ours, blank headers too (a column of
        remarks often has none); the reason column of a refused-rows file is left out."""
        return [
            at
            for at, (text, column) in enumerate(zip(self.headers, self.columns, strict=True))
            if column is None and header_key(text) not in _REASON_KEYS
        ]

    @property
    def doubled(self) -> list[Column]:
        """Columns that two headers of the file claim: the list must say which one counts."""
        seen: list[Column] = [c for c in self.columns if c is not None]
        return sorted({c for c in seen if seen.count(c) > 1}, key=list(Column).index)

    def with_column(self, at: int, column: Column | None) -> "ColumnMatch":
        """The match with the file's column at ``at`` matched by hand."""
        columns = list(self.columns)
        columns[at] = column
        return ColumnMatch(self.headers, tuple(columns))


# "Uren" may be hours per week or the internship's hours in total: the values tell.
AMBIGUOUS_HOURS = frozenset({"uren", "uur", "heures", "hours"})
WEEK_MAX = 60  # more hours than this is no week: the column holds totals


def read_hours(match: ColumnMatch, rows: Sequence[tuple[int, Sequence[Any]]]) -> ColumnMatch:
    """The match with an "Uren" column read as total hours when a value in it is more
    than a week holds (80–600 for a whole internship); the user can match it back."""
    found = match.found
    at = found.get(Column.HOURS)
    if at is None or Column.TOTAL_HOURS in found:
        return match
    if header_key(match.headers[at]) not in AMBIGUOUS_HOURS:
        return match  # "Uren per week" says what it holds
    if largest_number(rows, at) <= WEEK_MAX:
        return match
    return match.with_column(at, Column.TOTAL_HOURS)


def read_numbers(match: ColumnMatch, rows: Sequence[tuple[int, Sequence[Any]]]) -> ColumnMatch:
    """The match with the columns whose header says less than their numbers: "Uren"
    holding totals, "Vergoeding" holding amounts. The user can match them back."""
    return read_amounts(read_hours(match, rows), rows)


def read_by_values(match: ColumnMatch) -> list[tuple[int, Column]]:
    """The columns read as another column than their header names, because of their values
    (``match`` from :func:`read_numbers`): (position, the column chosen)."""
    plain = match_columns(match.headers)
    return [
        (at, column)
        for at, (named, column) in enumerate(zip(plain.columns, match.columns, strict=True))
        if column is not None and named is not None and column != named
    ]


def read_amounts(match: ColumnMatch, rows: Sequence[tuple[int, Sequence[Any]]]) -> ColumnMatch:
    """A "paid" column ("Vergoeding") holding amounts is the allowance; its yes and no
    words still say whether there was one."""
    found = match.found
    at = found.get(Column.PAID)
    if at is None or Column.ALLOWANCE in found or largest_number(rows, at) <= 1:
        return match  # 1 and 0 are yes and no
    return match.with_column(at, Column.ALLOWANCE)


def unused_columns(match: ColumnMatch, rows: Sequence[tuple[int, Sequence[Any]]]) -> list[int]:
    """The columns StageDesk does not use that hold something: each needs a decision."""
    return [
        at
        for at in match.unmatched
        if any(at < len(values) and values[at] not in (None, "") for _n, values in rows)
    ]


def largest_number(rows: Sequence[tuple[int, Sequence[Any]]], at: int) -> float:
    """The largest number in the column at ``at`` (0 when it holds none)."""
    largest = 0.0
    for _number, values in rows:
        value = values[at] if at < len(values) else None
        if isinstance(value, str):
            value = re.sub(r"€|eur\w*", "", value.strip(), flags=re.IGNORECASE).strip()
            value = value.replace(".", "").replace(",", ".") if "," in value else value
        try:
            largest = max(largest, float(value)) if value not in (None, "") else largest
        except (TypeError, ValueError):
            continue  # a word where a number belongs: the row's check says so
    return largest


# "Naam" beside "Voornaam" is the family name (alone, it may be the whole name).
_NAME_ONLY = frozenset({"naam", "name", "nom"})


def match_columns(headers: Sequence[str]) -> ColumnMatch:
    """Recognise each header; the first header naming a column wins, later ones are left."""
    taken: set[Column] = set()
    columns: list[Column | None] = []
    for text in headers:
        column = _recognised(text)
        if column in taken:
            column = None
        if column is not None:
            taken.add(column)
        columns.append(column)
    if Column.FIRST_NAME in taken and Column.LAST_NAME not in taken:
        for at, text in enumerate(headers):
            if columns[at] is None and header_key(text) in _NAME_ONLY:
                columns[at] = Column.LAST_NAME
                break
    return ColumnMatch(tuple(headers), tuple(columns))


def _recognised(text: str) -> Column | None:
    """The column a header names, also when it names it in two languages ("Voornaam /
    Prénom", "Dienst - Service")."""
    column = _KNOWN.get(header_key(text))
    if column is not None:
        return column
    parts = [header_key(part) for part in re.split(r"\s*[/|]\s*|\s+-\s+", text)]
    found = {_KNOWN[part] for part in parts if part in _KNOWN}
    return found.pop() if len(found) == 1 else None
