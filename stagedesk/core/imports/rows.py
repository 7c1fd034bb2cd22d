"""One row of the list as typed values, with every problem it has.

A problem is an error (the list cannot be imported until it is fixed) or a warning (the row
is imported, and the preview says what was assumed).
"""

import datetime as dt
import functools
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from decimal import Decimal
from typing import Any

from stagedesk.core.i18n import QT_TRANSLATE_NOOP
from stagedesk.core.imports import cells, words
from stagedesk.core.imports.cells import CellProblem
from stagedesk.core.imports.columns import HEADERS, REQUIRED, Column
from stagedesk.core.imports.meanings import UNKNOWN, Meanings
from stagedesk.core.imports.words import ImportStatus
from stagedesk.core.models import EducationLevel, Gender, InternshipKind
from stagedesk.core.records.validation import is_email
from stagedesk.core.text import tidy

REQUIRED_VALUE = QT_TRANSLATE_NOOP("Import", "This column must be filled in.")
BAD_EMAIL = QT_TRANSLATE_NOOP("Import", "“{value}” is not an e-mail address.")
UNKNOWN_WORD = QT_TRANSLATE_NOOP("Import", "“{value}” is not known here. Use one of: {words}.")
NEEDS_DATES = QT_TRANSLATE_NOOP(
    "Import", "An internship (status “{status}”) needs a start date and an end date."
)
END_BEFORE_START = QT_TRANSLATE_NOOP("Import", "The end date lies before the start date.")
HOURS_RANGE = QT_TRANSLATE_NOOP("Import", "Hours per week must be from 1 to 60.")
TOTAL_HOURS_RANGE = QT_TRANSLATE_NOOP(
    "Import", "Hours in total must be from 1 to {most} (a year of full weeks)."
)
MOST_TOTAL_HOURS = 2500
NO_KIND = QT_TRANSLATE_NOOP("Import", "No kind of internship given: “other” is used.")
NO_SCHOOL = QT_TRANSLATE_NOOP("Import", "A programme without a school is not imported.")
DATES_UNUSED = QT_TRANSLATE_NOOP(
    "Import", "The dates are not used: with status “{status}” the row is an application only."
)
HIRED_UNUSED = QT_TRANSLATE_NOOP(
    "Import", "“Hired later” is not used: the row is not an internship."
)
DAYS_RANGE = QT_TRANSLATE_NOOP("Import", "Days per week must be from 1 to 7.")
PAID_AND_UNPAID = QT_TRANSLATE_NOOP(
    "Import", "The row says the internship was not paid, and gives an allowance of {amount}."
)
MONTH_ONLY = QT_TRANSLATE_NOOP("Import", "“{value}” gives the month, not the day: read as {day}.")
AGE = QT_TRANSLATE_NOOP("Import", "This date of birth gives an age of {age} years.")


@dataclass(frozen=True)
class RowProblem:
    row: int
    column: Column | None
    message: str  # English source text, marked for translation in the "Import" context
    params: Mapping[str, Any] = field(default_factory=dict[str, Any])
    warning: bool = False

    @property
    def text(self) -> str:
        return self.message.format(**self.params)


@dataclass(slots=True)
class ImportRow:
    """A row as StageDesk understood it; ``status`` is never empty once checked."""

    row: int
    first_name: str = ""
    last_name: str = ""
    unit: str = ""
    email: str | None = None
    date_of_birth: dt.date | None = None
    gender: Gender | None = None
    education_level: EducationLevel | None = None
    school: str | None = None
    programme: str | None = None
    function: str | None = None
    requirements: str | None = None
    mentor: str | None = None
    application_date: dt.date | None = None
    status: ImportStatus | None = None
    kind: InternshipKind | None = None
    start_date: dt.date | None = None
    end_date: dt.date | None = None
    hours: int | None = None
    total_hours: int | None = None
    days_per_week: int | None = None
    paid: bool | None = None
    allowance: Decimal | bool | None = None  # a yes or no word: only whether there was one
    unpaid_reason: str | None = None
    hired_later: bool | None = None
    hired_function: str | None = None
    hired_date: dt.date | None = None
    # What the list said that StageDesk keeps as a note: (the file's header, the text).
    kept: list[tuple[str, str]] = field(default_factory=list)
    # Fields StageDesk filled in itself (a status from the dates, "other" for no kind):
    # a later list that leaves them empty does not change them.
    assumed: set[str] = field(default_factory=set)
    explained: bool = False  # a word of the row was read as the user said it means


def _word(
    lookup: Callable[[str], Any], vocabulary: Mapping[Any, tuple[str, ...]]
) -> Callable[[Any], Any]:
    def read(value: Any) -> Any:
        written = cells.text(value)
        if written is None:
            return None
        found = lookup(written)
        if found is None:
            raise CellProblem(UNKNOWN_WORD, value=written, words=words.spellings(vocabulary))
        return found

    return read


_READERS: dict[Column, Callable[[Any], Any]] = {
    Column.DATE_OF_BIRTH: cells.date,
    Column.APPLICATION_DATE: cells.date,
    Column.START_DATE: cells.date,
    Column.END_DATE: cells.date,
    Column.HIRED_DATE: cells.date,
    Column.HOURS: cells.whole_number,
    Column.STATUS: _word(words.status, words.STATUS_WORDS),
    Column.KIND: _word(words.kind, words.KIND_WORDS),
    Column.GENDER: _word(words.gender, words.GENDER_WORDS),
    Column.EDUCATION_LEVEL: _word(words.education_level, words.EDUCATION_WORDS),
    Column.HIRED_LATER: _word(words.yes_no, words.YES_NO_WORDS),
    Column.PAID: _word(words.yes_no, words.YES_NO_WORDS),
    Column.TOTAL_HOURS: cells.whole_number,
    Column.DAYS_PER_WEEK: cells.whole_number,
    Column.ALLOWANCE: cells.amount,
    Column.UNPAID_REASON: cells.long_text,
    Column.REQUIREMENTS: cells.long_text,
    # A person's names are 100 characters in the database (PostgreSQL holds to that).
    Column.FIRST_NAME: functools.partial(cells.text, limit=100),
    Column.LAST_NAME: functools.partial(cells.text, limit=100),
    Column.MENTOR: functools.partial(cells.text, limit=100),
}


@dataclass(frozen=True)
class Reading:
    """How the rows of one list are read: its headers (for the notes), the columns kept
    as notes, and the user's answers about words StageDesk does not know."""

    headers: Sequence[str] = ()
    notes: Sequence[int] = ()  # positions of columns whose text goes into the notes
    meanings: Meanings = field(default_factory=Meanings)
    month_first: frozenset[Column] = frozenset()  # date columns written mm/dd/yyyy
    # The user's word on how the dates are written (None: StageDesk tells from the dates).
    month_first_chosen: bool | None = None


def read_row(
    number: int,
    values: tuple[Any, ...],
    found: Mapping[Column, int],
    today: dt.date,
    reading: Reading = Reading(),
) -> tuple[ImportRow, list[RowProblem]]:
    """The row's values by column, then the rules that look at several columns at once."""
    row, problems = ImportRow(number), list[RowProblem]()
    for column, at in found.items():
        value = values[at] if at < len(values) else None
        try:
            _read_cell(row, column, value, reading.month_first)
        except CellProblem as problem:
            second = _second_chance(row, column, value, problem, reading, at)
            if second is not None:
                problems.append(second)
    if row.unit:  # a unit written short, as the user said which one it is
        decided, unit = reading.meanings.decided(Column.UNIT, row.unit)
        if decided and unit and unit != row.unit:
            row.unit, row.explained = unit, True
    for at in reading.notes:
        text = cells.text(values[at] if at < len(values) else None, limit=4000)
        if text is not None:
            row.kept.append((_header(reading, at, None), text))
    failed = {p.column for p in problems}
    for check in (_required, _email, _status, _internship, _hired, _pay, _others):
        problems.extend(check(row, failed, today))
    return row, problems


def _read_cell(row: ImportRow, column: Column, value: Any, month_first: frozenset[Column]) -> None:
    reader: Callable[[Any], Any] = _READERS.get(column, cells.text)
    if column in month_first:
        reader = cells.us_date
    cells.no_formula_error(value)
    typed = reader(value)
    if typed is not None:
        setattr(row, column.value, typed)


def _second_chance(
    row: ImportRow, column: Column, value: Any, problem: CellProblem, reading: Reading, at: int
) -> RowProblem | None:
    """What a cell its column cannot read becomes: a month read as its first (or last) day
    and said, a word the user gave a meaning, or the problem itself."""
    month = cells.month_of(value) if problem.message == cells.NOT_A_DAY else None
    if month is not None:
        day = _day_of_month(month, last=column in LAST_DAY_COLUMNS)
        setattr(row, column.value, day)
        shown = {"value": tidy(value), "day": day.strftime("%d/%m/%Y")}
        return RowProblem(row.row, column, MONTH_ONLY, shown, warning=True)
    if problem.message == UNKNOWN_WORD:
        decided, typed = reading.meanings.decided(column, problem.params["value"])
        if decided:
            if typed is UNKNOWN:  # imported as unknown; the list's word is kept
                row.kept.append((_header(reading, at, column), problem.params["value"]))
            else:
                setattr(row, column.value, typed)
                row.explained = True
            return None
    return RowProblem(row.row, column, problem.message, problem.params)


Check = Callable[[ImportRow, set[Column | None], dt.date], list[RowProblem]]


DATE_COLUMNS = tuple(column for column, reader in _READERS.items() if reader is cells.date)
LAST_DAY_COLUMNS = frozenset({Column.END_DATE})  # "juni 2024" as an end: the month's last day


def _day_of_month(month: tuple[int, int], last: bool) -> dt.date:
    year, number = month
    first = dt.date(year, number, 1)
    if not last:
        return first
    return (first + dt.timedelta(days=31)).replace(day=1) - dt.timedelta(days=1)


def month_first_columns(
    rows: Sequence[tuple[int, Sequence[Any]]], found: Mapping[Column, int]
) -> frozenset[Column]:
    """The date columns whose texts can only be read month first (an American export)."""
    return frozenset(
        column
        for column in DATE_COLUMNS
        if column in found
        and cells.month_first(v[found[column]] for _n, v in rows if found[column] < len(v))
    )


def _header(reading: Reading, at: int, column: Column | None) -> str:
    """The list's own header of the column at ``at`` (the template's when it has none)."""
    if at < len(reading.headers) and reading.headers[at].strip():
        return reading.headers[at].strip()
    return column_title(column, "en")  # "" for a column of notes without a header


def _required(row: ImportRow, failed: set[Column | None], today: dt.date) -> list[RowProblem]:
    return [
        RowProblem(row.row, column, REQUIRED_VALUE)
        for column in REQUIRED
        if not getattr(row, column.value) and column not in failed
    ]


def _email(row: ImportRow, failed: set[Column | None], today: dt.date) -> list[RowProblem]:
    if row.email and not is_email(row.email):
        return [RowProblem(row.row, Column.EMAIL, BAD_EMAIL, {"value": row.email})]
    return []


def _status(row: ImportRow, failed: set[Column | None], today: dt.date) -> list[RowProblem]:
    """An empty status follows from the dates: no dates is an application, dates an internship
    that is planned, running or completed on ``today``."""
    if row.status is not None or Column.STATUS in failed:
        return []
    row.assumed.add("status")
    if row.start_date and row.end_date:
        if row.start_date > today:
            row.status = ImportStatus.PLANNED
        elif row.end_date >= today:
            row.status = ImportStatus.RUNNING
        else:
            row.status = ImportStatus.COMPLETED
    else:
        row.status = ImportStatus.APPLIED
    return []


def _internship(row: ImportRow, failed: set[Column | None], today: dt.date) -> list[RowProblem]:
    status = row.status
    if status is None:
        return []
    if not status.is_internship:
        if row.start_date or row.end_date:
            shown = words.STATUS_WORDS[status][0]
            return [
                RowProblem(row.row, Column.STATUS, DATES_UNUSED, {"status": shown}, warning=True)
            ]
        return []
    problems = []
    if not (row.start_date and row.end_date):
        if not failed & {Column.START_DATE, Column.END_DATE}:
            missing = Column.START_DATE if row.start_date is None else Column.END_DATE
            shown = words.STATUS_WORDS[status][0]
            problems.append(RowProblem(row.row, missing, NEEDS_DATES, {"status": shown}))
    elif row.end_date < row.start_date:
        problems.append(RowProblem(row.row, Column.END_DATE, END_BEFORE_START))
    if row.kind is None and Column.KIND not in failed:
        row.kind = InternshipKind.OTHER
        row.assumed.add("kind")
        problems.append(RowProblem(row.row, Column.KIND, NO_KIND, warning=True))
    return problems


def _hired(row: ImportRow, failed: set[Column | None], today: dt.date) -> list[RowProblem]:
    if row.hired_later is None and (row.hired_date or row.hired_function):
        row.hired_later = True
        row.assumed.add("hired_later")
    if row.hired_later and not (row.status and row.status.is_internship):
        row.hired_later = None
        return [RowProblem(row.row, Column.HIRED_LATER, HIRED_UNUSED, warning=True)]
    return []


def _pay(row: ImportRow, failed: set[Column | None], today: dt.date) -> list[RowProblem]:
    """An allowance says the internship was paid; "no" or 0 in its column, that it was not."""
    allowance = row.allowance
    if isinstance(allowance, bool) or allowance == 0:
        row.allowance = None
        if row.paid is None and allowance is not None:
            row.paid = bool(allowance)
        return []
    if allowance is None:
        return []
    if row.paid is False:
        shown = {"amount": f"€ {allowance}"}
        return [RowProblem(row.row, Column.ALLOWANCE, PAID_AND_UNPAID, shown)]
    if row.paid is None:
        row.paid = True
        row.assumed.add("paid")
    return []


def _others(row: ImportRow, failed: set[Column | None], today: dt.date) -> list[RowProblem]:
    problems = []
    if row.hours is not None and not 1 <= row.hours <= 60:
        problems.append(RowProblem(row.row, Column.HOURS, HOURS_RANGE))
    if row.days_per_week is not None and not 1 <= row.days_per_week <= 7:
        problems.append(RowProblem(row.row, Column.DAYS_PER_WEEK, DAYS_RANGE))
    if row.total_hours is not None and not 1 <= row.total_hours <= MOST_TOTAL_HOURS:
        most = {"most": MOST_TOTAL_HOURS}
        problems.append(RowProblem(row.row, Column.TOTAL_HOURS, TOTAL_HOURS_RANGE, most))
    if row.programme and not row.school:
        row.programme = None
        problems.append(RowProblem(row.row, Column.PROGRAMME, NO_SCHOOL, warning=True))
    if row.date_of_birth:
        on = row.start_date or row.application_date or today
        age = (on - row.date_of_birth).days // 365
        if not 14 <= age <= 70:
            problems.append(
                RowProblem(row.row, Column.DATE_OF_BIRTH, AGE, {"age": age}, warning=True)
            )
    return problems


def column_title(column: Column | None, language: str) -> str:
    """A column's header as the template writes it, for messages."""
    return "" if column is None else HEADERS[column].text(language)
