"""The reports the Reports page offers: each report of the catalogue
(``output.report_catalogue``, shared with the command line) with its title and the one
table shown on screen, and the exports' work for ``Job``.
"""

from collections.abc import Callable, Generator, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication
from sqlalchemy.orm import Session

from stagedesk.core.i18n import QT_TRANSLATE_NOOP
from stagedesk.core.reports import AnnualOverview, Partners, Profile, Satisfaction
from stagedesk.core.reports.one_year import OneYear
from stagedesk.core.reports.scope import ReportScope
from stagedesk.output.report_catalogue import Report, report
from stagedesk.ui.reports.model import COLUMNS as ANNUAL_COLUMNS
from stagedesk.ui.reports.model import TEXT_COLUMNS as ANNUAL_TEXT_COLUMNS
from stagedesk.ui.reports.model import annual_cells

PROFILE_TABLE = "gender"  # the profile's table shown on screen; the workbook holds them all


@dataclass(frozen=True)
class Table:
    """What the page's table shows: headers (marked in the "Report" context), rows of
    values, and how many leading columns are text (the rest are aligned right)."""

    headers: Sequence[str]
    rows: list[tuple[Any, ...]]
    text_columns: int


@dataclass(frozen=True)
class ReportKind:
    """A report of the catalogue as the page offers it: its title (marked in the "Report"
    context) and the one table shown on screen; counting and writing are the catalogue's."""

    report: Report
    title: str
    table: Callable[[Any], Table]
    chart: bool = False

    @property
    def key(self) -> str:
        return self.report.key

    @property
    def uses_kinds(self) -> bool:
        return self.report.filters

    @property
    def has_pdf(self) -> bool:
        return ".pdf" in self.report.writers

    def compute(self, session: Session, scope: ReportScope) -> Any:
        assert self.report.compute is not None, "the page shows counted reports"
        return self.report.compute(session, scope)


def _annual_table(result: AnnualOverview) -> Table:
    return Table(ANNUAL_COLUMNS, [annual_cells(row) for row in result.rows], ANNUAL_TEXT_COLUMNS)


def _profile_table(result: Profile) -> Table:
    table = result.table(PROFILE_TABLE)
    rows: list[tuple[Any, ...]] = [
        (row.category, *(cell.shown for cell in row.cells)) for row in table.rows
    ]
    if rows:
        rows.append((QCoreApplication.translate("Report", "Total"), *table.totals))
    return Table((QT_TRANSLATE_NOOP("Report", "Gender"), *table.years), rows, 1)


def _satisfaction_table(result: Satisfaction) -> Table:
    headers = (
        QT_TRANSLATE_NOOP("Report", "Question"),
        QT_TRANSLATE_NOOP("Report", "Survey"),
        QT_TRANSLATE_NOOP("Report", "Year"),
        QT_TRANSLATE_NOOP("Report", "Unit"),
        QT_TRANSLATE_NOOP("Report", "Mean"),
        QT_TRANSLATE_NOOP("Report", "Spread (SD)"),
        QT_TRANSLATE_NOOP("Report", "Answers (n)"),
    )
    rows = [(s.question, s.survey, s.year, s.unit, s.mean, s.sd, s.n) for s in result.scores]
    return Table(headers, rows, 4)


def _partners_table(result: Partners) -> Table:
    headers = (
        QT_TRANSLATE_NOOP("Report", "Mentor"),
        QT_TRANSLATE_NOOP("Report", "Year"),
        QT_TRANSLATE_NOOP("Report", "Interns"),
    )
    return Table(headers, [(m.mentor, m.year, m.interns) for m in result.mentor_load], 2)


def _one_year_table(result: tuple[OneYear, Profile]) -> Table:
    answer, _profile = result
    headers = (
        QT_TRANSLATE_NOOP("Report", "Unit"),
        QT_TRANSLATE_NOOP("Report", "Places offered"),
        QT_TRANSLATE_NOOP("Report", "Places"),
        QT_TRANSLATE_NOOP("Report", "Interns"),
        QT_TRANSLATE_NOOP("Report", "Hired in the year"),
    )
    rows = [(u.unit, u.opportunities, u.places, u.interns, u.hired) for u in answer.units]
    return Table(headers, rows, 1)


KINDS: tuple[ReportKind, ...] = (
    ReportKind(
        report("annual"),
        QT_TRANSLATE_NOOP("Report", "Annual overview"),
        _annual_table,
        chart=True,
    ),
    ReportKind(
        report("profile"), QT_TRANSLATE_NOOP("Report", "Profile of the interns"), _profile_table
    ),
    ReportKind(
        report("satisfaction"), QT_TRANSLATE_NOOP("Report", "Satisfaction"), _satisfaction_table
    ),
    ReportKind(
        report("partners"),
        QT_TRANSLATE_NOOP("Report", "Mentors and partner schools"),
        _partners_table,
    ),
    ReportKind(
        report("year"),
        QT_TRANSLATE_NOOP("Report", "The last year: places, routes, profile"),
        _one_year_table,
    ),
)


def kind_of(key: str) -> ReportKind:
    return next(kind for kind in KINDS if kind.key == key)


def write_report(
    sessions: Callable[[], Any],
    kind: ReportKind,
    result: Any,
    scope: ReportScope,
    target: Path,
) -> Generator[tuple[int, int], None, Path]:
    """An export's work, for ``Job``: the file its suffix asks for, written with the
    report's own writer in a session of its own, opened on the worker thread."""
    yield 0, 1
    with sessions() as session:
        kind.report.write_with(session, result, scope, target)
    yield 1, 1
    return target
