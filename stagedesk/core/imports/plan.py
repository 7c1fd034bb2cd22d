"""Checking a list, then importing it: all its rows (or all without an error) or none.

Both steps are generators that yield ``(done, total)`` as they go, so the window shows
progress and stays responsive; the command line simply runs them to the end.
"""

import datetime as dt
from collections import Counter
from collections.abc import Generator, Mapping, Sequence
from dataclasses import dataclass, field, replace

from sqlalchemy import select
from sqlalchemy.orm import Session, sessionmaker

from stagedesk.core.forms.registry import FormRegistry
from stagedesk.core.i18n import QT_TRANSLATE_NOOP
from stagedesk.core.imports.changes import (
    Change,
    ChangedSince,
    apply_changes,
    find_changes,
)
from stagedesk.core.imports.columns import HEADERS, Column, ColumnMatch, header_key
from stagedesk.core.imports.meanings import UnknownWord, guess
from stagedesk.core.imports.passed_over import PASSED_OVER, passed_over
from stagedesk.core.imports.resolver import KINDS, Resolver
from stagedesk.core.imports.rows import (
    DATE_COLUMNS,
    UNKNOWN_WORD,
    ImportRow,
    Reading,
    RowProblem,
    month_first_columns,
    read_row,
)
from stagedesk.core.imports.source import ImportRefused, Table
from stagedesk.core.imports.units import unit_doubts
from stagedesk.core.internships import complete_internship
from stagedesk.core.models import Internship, Unit

Progress = Generator[tuple[int, int], None, "ImportPlan"]
CHUNK = 500  # rows written per flush: big enough for batched inserts, small for memory
STEP = 100  # rows between progress reports, each a moment to cancel

MISSING_COLUMNS = QT_TRANSLATE_NOOP(
    "Import", "The list has no column for: {columns}. Match a column to each by hand."
)
DOUBLED_COLUMNS = QT_TRANSLATE_NOOP(
    "Import", "More than one column of the list is matched to: {columns}."
)
CHANGED_MEANWHILE = QT_TRANSLATE_NOOP(
    "Import", "The database changed since the list was checked. Check it again."
)


@dataclass(frozen=True)
class ImportPlan:
    """What importing the list would do, and every problem that stands in the way."""

    file: str
    match: ColumnMatch
    rows: list[ImportRow]
    problems: list[RowProblem]
    created: Mapping[str, int] = field(default_factory=dict)
    unchanged: int = 0  # rows already in StageDesk, with nothing to make or change
    month_first: frozenset[Column] = frozenset()  # date columns read mm/dd/yyyy
    changes: Sequence[Change] = ()  # what the list says otherwise of records StageDesk holds
    unit_doubts: Sequence[UnknownWord] = ()  # units written short, to say which they are

    @property
    def errors(self) -> list[RowProblem]:
        return [p for p in self.problems if not p.warning]

    @property
    def warnings(self) -> list[RowProblem]:
        return [p for p in self.problems if p.warning]

    @property
    def can_import(self) -> bool:
        return not self.errors

    @property
    def refused_rows(self) -> list[int]:
        """The rows with an error, each once, in the file's order."""
        return sorted({p.row for p in self.errors})

    def rest(self) -> "ImportPlan":
        """The plan without the rows that have an error: "import the rest". Its counts of
        what is made are those of the whole list's check; the import says the true ones."""
        refused = set(self.refused_rows)
        rows = [row for row in self.rows if row.row not in refused]
        problems = [p for p in self.problems if p.row not in refused]
        changes = [c for c in self.changes if c.row not in refused]
        return replace(self, rows=rows, problems=problems, changes=changes)

    def problems_of(self, row: int) -> list[RowProblem]:
        return [p for p in self.problems if p.row == row]

    def row_counts(self) -> dict[str, int]:
        """How the rows come in: as they are, with a word the user explained, with text
        kept in the notes; and how many are refused or passed over."""
        counts = dict.fromkeys(("as_is", "explained", "noted", "refused", "passed_over"), 0)
        refused = set(self.refused_rows)
        for row in self.rows:
            if row.row in refused:
                continue
            kind = "noted" if row.kept else "explained" if row.explained else "as_is"
            counts[kind] += 1
        counts["refused"] = len(refused)
        counts["passed_over"] = sum(p.message == PASSED_OVER for p in self.problems)
        return counts

    @property
    def month_first_in_order(self) -> list[Column]:
        """The date columns read month first, in the list's order."""
        return sorted(self.month_first, key=lambda column: self.match.found.get(column, 0))

    def header_of(self, column: Column | None) -> str:
        """The list's own header of a column (the template's if the list has none)."""
        if column is None:
            return ""
        at = self.match.found.get(column)
        if at is not None and self.match.headers[at].strip():
            return self.match.headers[at].strip()
        return HEADERS[column].text("en")

    @property
    def unknown_words(self) -> list[UnknownWord]:
        """Each word StageDesk does not know, once: its column, how many rows use it and
        StageDesk's best guess, in the order the list first uses them."""
        first: dict[tuple[Column, str], str] = {}
        rows: Counter[tuple[Column, str]] = Counter()
        for problem in self.problems:
            if problem.message != UNKNOWN_WORD or problem.column is None:
                continue
            written = str(problem.params["value"])
            key = (problem.column, header_key(written))
            first.setdefault(key, written)
            rows[key] += 1
        return [
            UnknownWord(column, word, rows[(column, key)], guess(column, word))
            for (column, key), word in first.items()
        ]


def refuse_bad_match(match: ColumnMatch, language: str = "en") -> None:
    if match.missing:
        names = ", ".join(HEADERS[c].text(language) for c in match.missing)
        raise ImportRefused(MISSING_COLUMNS, columns=names)
    if match.doubled:
        names = ", ".join(HEADERS[c].text(language) for c in match.doubled)
        raise ImportRefused(DOUBLED_COLUMNS, columns=names)


def check_table(
    session: Session,
    table: Table,
    match: ColumnMatch,
    file: str,
    today: dt.date,
    reading: Reading | None = None,
) -> Progress:
    """Read every row, then run it through the import without writing: the exact counts.
    ``reading``: the columns kept as notes and the meanings of unknown words."""
    refuse_bad_match(match)
    found, total = match.found, len(table.rows) * 2
    reading = reading or Reading()
    if reading.month_first_chosen is None:
        month_first = month_first_columns(table.rows, found)
    else:
        month_first = frozenset(
            c for c in DATE_COLUMNS if c in found and reading.month_first_chosen
        )
    reading = replace(reading, headers=match.headers, month_first=month_first)
    rows: list[ImportRow] = []
    problems: list[RowProblem] = []
    units: Counter[str] = Counter()  # each unit name, with its rows (refused ones too)
    for done, (number, values) in enumerate(table.rows, start=1):
        about_no_one = passed_over(values, found)
        if about_no_one is not None:
            problems.append(
                RowProblem(number, None, PASSED_OVER, {"text": about_no_one}, warning=True)
            )
            continue
        row, row_problems = read_row(number, values, found, today, reading)
        problems.extend(row_problems)
        units[row.unit] += bool(row.unit)
        if not any(not p.warning for p in row_problems):
            rows.append(row)
        if done % STEP == 0:
            yield done, total
    resolver = Resolver(session, today, dry_run=True)
    for done, row in enumerate(rows, start=1):
        problems.extend(resolver.row(row))
        if done % STEP == 0:
            yield len(table.rows) + done, total
    problems.sort(key=lambda p: (p.row, p.warning))
    created = {kind: resolver.created[kind] for kind in KINDS}
    changes = find_changes(session, resolver.found)
    unchanged = len(resolver.unchanged - {change.row for change in changes})
    held = session.scalars(select(Unit.name))
    doubts = unit_doubts(+units, held, reading.meanings)
    return ImportPlan(file, match, rows, problems, created, unchanged, month_first, changes, doubts)


class ImportFailed(Exception):
    """Rows the database refused on the real run; nothing was written."""

    def __init__(self, problems: list[RowProblem]) -> None:
        super().__init__("; ".join(f"row {p.row}: {p.text}" for p in problems))
        self.problems = problems


@dataclass(frozen=True)
class ImportResult:
    created: Mapping[str, int]
    unchanged: int
    changed: int = 0  # records changed (with the changes the user chose)


def import_plan(
    sessions: sessionmaker[Session],
    plan: ImportPlan,
    registry: FormRegistry,
    today: dt.date,
    changes: Sequence[Change] = (),
) -> Generator[tuple[int, int], None, ImportResult]:
    """Import a checked plan in one transaction, with the ``changes`` the user chose (of the
    plan's): a failure or a cancel leaves no trace."""
    if not plan.can_import:
        raise ImportFailed(plan.errors)

    def after(session: Session, internship: Internship) -> None:
        complete_internship(session, registry, internship)

    total = len(plan.rows)
    # No autoflush: a chunk's records are written together by ``settle``, not one by one.
    with sessions.begin() as session, session.no_autoflush:
        resolver = Resolver(session, today, dry_run=False, after_internship=after)
        try:
            changed = apply_changes(session, changes)
        except ChangedSince as error:
            raise ImportFailed([error.problem]) from None
        for done, row in enumerate(plan.rows, start=1):
            problems = [p for p in resolver.row(row) if not p.warning]
            if problems:
                raise ImportFailed(problems)
            if done % CHUNK == 0:
                resolver.settle()
            if done % STEP == 0:
                yield done, total  # inside the transaction: a cancel here rolls back
        resolver.finish()
    # No progress after the commit: a cancel arriving then would say "cancelled" for an
    # import that was made.
    created = {kind: resolver.created[kind] for kind in KINDS}
    unchanged = len(resolver.unchanged - {change.row for change in changes})
    return ImportResult(created, unchanged, changed)
