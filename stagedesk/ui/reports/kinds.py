"""The reports the Reports page offers: for each, how it is counted, the one table shown
on screen, and its writers (Excel always, PDF when there is one).

Counting and writing live in ``stagedesk.core.reports`` and ``stagedesk.output``; this
module only ties them together for the page, and runs the exports' work for ``Job``.
"""

import datetime as dt
import importlib
from collections.abc import Callable, Generator, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication
from sqlalchemy.orm import Session

from stagedesk.core.i18n import QT_TRANSLATE_NOOP
from stagedesk.core.models import InternshipKind
from stagedesk.core.reports import (
    AnnualOverview,
    Partners,
    Profile,
    Satisfaction,
    annual_overview,
    intern_profile,
    partners,
    satisfaction,
)
from stagedesk.output.pdf.reports.annual import write_annual_report
from stagedesk.output.xlsx import annual as xlsx_annual
from stagedesk.output.xlsx import more as xlsx_more
from stagedesk.ui.reports.model import COLUMNS as ANNUAL_COLUMNS
from stagedesk.ui.reports.model import TEXT_COLUMNS as ANNUAL_TEXT_COLUMNS
from stagedesk.ui.reports.model import annual_cells

PROFILE_TABLE = "gender"  # the profile's table shown on screen; the workbook holds them all


@dataclass(frozen=True)
class Query:
    """The page's controls, as every report's counting function takes them."""

    first_year: int
    last_year: int
    academic: bool
    unit_ids: list[int] | None
    kinds: list[InternshipKind] | None
    today: dt.date
    language: str


@dataclass(frozen=True)
class Table:
    """What the page's table shows: headers (marked in the "Report" context), rows of
    values, and how many leading columns are text (the rest are aligned right)."""

    headers: Sequence[str]
    rows: list[tuple[Any, ...]]
    text_columns: int


PdfWriter = Callable[..., object]  # (session, result, target, *, language, today, period_label)


@dataclass(frozen=True)
class ReportKind:
    key: str
    title: str  # marked in the "Report" context
    compute: Callable[[Session, Query], Any]
    table: Callable[[Any], Table]
    write_xlsx: Callable[..., None]  # (result, target, *, language)
    pdf_writer: Callable[[], PdfWriter | None]  # looked up when asked: it may come later
    chart: bool = False
    uses_kinds: bool = False


def _annual(session: Session, q: Query) -> AnnualOverview:
    return annual_overview(
        session,
        first_year=q.first_year,
        last_year=q.last_year,
        academic=q.academic,
        unit_ids=q.unit_ids,
        kinds=q.kinds,
        today=q.today,
        language=q.language,
    )


def _common(q: Query) -> dict[str, Any]:
    return {
        "first_year": q.first_year,
        "last_year": q.last_year,
        "academic": q.academic,
        "unit_ids": q.unit_ids,
        "kinds": q.kinds,
        "today": q.today,
        "language": q.language,
    }


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


def _satisfaction_pdf() -> PdfWriter | None:
    """The other PDF writer, if this installation has it."""
    try:
        module = importlib.import_module("stagedesk.output.pdf.reports.satisfaction")
    except ImportError:
        return None
    writer: PdfWriter | None = getattr(module, "write_satisfaction_report", None)
    return writer


KINDS: tuple[ReportKind, ...] = (
    ReportKind(
        "annual",
        QT_TRANSLATE_NOOP("Report", "Annual overview"),
        _annual,
        _annual_table,
        xlsx_annual.write_annual_overview,
        lambda: write_annual_report,
        chart=True,
        uses_kinds=True,
    ),
    ReportKind(
        "profile",
        QT_TRANSLATE_NOOP("Report", "Profile of the interns"),
        lambda session, q: intern_profile(session, **_common(q)),
        _profile_table,
        xlsx_more.write_profile,
        lambda: None,
        uses_kinds=True,
    ),
    ReportKind(
        "satisfaction",
        QT_TRANSLATE_NOOP("Report", "Satisfaction"),
        lambda session, q: satisfaction(session, **_common(q)),
        _satisfaction_table,
        xlsx_more.write_satisfaction,
        _satisfaction_pdf,
        uses_kinds=True,
    ),
    ReportKind(
        "partners",
        QT_TRANSLATE_NOOP("Report", "Mentors and partner schools"),
        lambda session, q: partners(session, **_common(q)),
        _partners_table,
        xlsx_more.write_partners,
        lambda: None,
        uses_kinds=True,
    ),
)


def kind_of(key: str) -> ReportKind:
    return next(kind for kind in KINDS if kind.key == key)


def write_workbook(
    kind: ReportKind, result: Any, target: Path, language: str
) -> Generator[tuple[int, int], None, Path]:
    """The Excel export's work, for ``Job``: one step, the whole workbook."""
    yield 0, 1
    kind.write_xlsx(result, target, language=language)
    yield 1, 1
    return target


def write_pdf(
    sessions: Callable[[], Any],
    writer: PdfWriter,
    result: Any,
    target: Path,
    language: str,
    today: dt.date,
    period_label: str,
) -> Generator[tuple[int, int], None, Path]:
    """The PDF export's work, for ``Job``: its own session, opened on the worker thread."""
    yield 0, 1
    with sessions() as session:
        writer(session, result, target, language=language, today=today, period_label=period_label)
    yield 1, 1
    return target
