"""The annual overview as a PDF, read back with pypdf, on a small seeded demo organisation."""

import datetime as dt
import re
from pathlib import Path

import pytest
from pypdf import PdfReader

from stagedesk.cli.main import main
from stagedesk.core.db.database import Database, open_sqlite
from stagedesk.core.demo.generate import DemoOptions, generate
from stagedesk.core.reports import annual_overview
from stagedesk.core.reports.scope import ReportScope
from stagedesk.output.pdf.reports.annual import write_annual_report

pytestmark = pytest.mark.clock  # see tests/moved_clock.py

TODAY = dt.date(2025, 6, 1)
SEED = 2024


@pytest.fixture
def demo(database: Database) -> Database:
    generate(database.sessions, DemoOptions(seed=SEED, years=3, per_year=40, today=TODAY))
    return database


def _text(path: Path) -> str:
    return "\n".join(page.extract_text() for page in PdfReader(path).pages)


def _flat(text: str) -> str:
    return re.sub(r"\s+", " ", text)


def test_pdf_holds_the_units_years_and_totals(demo: Database, tmp_path: Path) -> None:
    target = tmp_path / "annual.pdf"
    with demo.sessions() as session:
        overview = annual_overview(
            session, ReportScope(first_year=2022, last_year=2025, today=TODAY, language="en")
        )
        pages = write_annual_report(
            session, overview, target, language="en", today=TODAY, period_label="2022–2025"
        )
    assert overview.rows  # the seeded demo has figures in the period
    reader = PdfReader(target)
    assert len(reader.pages) == pages >= 2
    text = _text(target)
    flat = _flat(text)
    first = _flat(reader.pages[0].extract_text())
    assert "Annual internship overview" in first
    assert "2022–2025" in first
    assert "page 1 of" in first
    assert "Totals per year" in first and "Interns per year" in first
    for unit in {r.unit for r in overview.rows}:
        assert unit in flat, unit
    for total in overview.totals:
        of_year = [r for r in overview.rows if r.year == total.year]
        interns = sum(r.interns for r in of_year)
        hired = sum(r.hired_later for r in of_year)
        # applicants are people: never more than the units' sum (one person, two units)
        assert total.applicants <= sum(r.applicants for r in of_year)
        assert (total.interns, total.hired_later) == (interns, hired)
        # the year's total row on the first page: year, applicants, interns, …, hired
        row = rf"{total.year} {total.applicants} {interns} [\d.—]+ [\d.—]+ {hired}\b"
        assert re.search(row, first), total.year
    for r in overview.rows:  # the per unit and year table
        assert f"{r.year} {r.applicants} {r.interns} " in flat
    assert "Hired later by function" in flat
    for hired_row in overview.hired_by_function:
        assert hired_row.unit in flat and hired_row.function in flat
    # question 108, parts 4 and 6: the requirements with their years, paid or unpaid
    assert "Requirements by function" in flat and "Paid or unpaid" in flat
    for q in overview.requirements[:5]:
        assert q.years in flat
    for total in overview.totals:
        assert f"{total.year} {total.interns} {total.paid} {total.unpaid}" in flat


def test_same_seed_same_report(database: Database, tmp_path: Path) -> None:
    """The demo is seeded: the report's text is the same on every run."""
    texts = []
    for run in range(2):
        db_file = tmp_path / f"run{run}.sqlite"
        db = open_sqlite(db_file)
        try:
            generate(db.sessions, DemoOptions(seed=SEED, years=3, per_year=40, today=TODAY))
            target = tmp_path / f"run{run}.pdf"
            with db.sessions() as session:
                overview = annual_overview(
                    session, ReportScope(first_year=2022, last_year=2025, today=TODAY)
                )
                write_annual_report(
                    session, overview, target, language="nl", today=TODAY, period_label="2022–2025"
                )
            texts.append(_text(target))
        finally:
            db.dispose()
    assert texts[0] == texts[1]
    assert "Jaaroverzicht stages" in texts[0]


def test_cli_writes_the_pdf(demo: Database, db_path: Path, tmp_path: Path) -> None:
    out = tmp_path / "jaar.pdf"
    common = ["report", "annual", "--db", str(db_path), "--from", "2022", "--to", "2025"]
    assert main([*common, "--lang", "fr", "--out", str(out)]) == 0
    assert out.read_bytes().startswith(b"%PDF")
    text = _flat(_text(out))
    assert "Aperçu annuel des stages" in text
    assert "2022–2025" in text
    assert "Par service et par année" in text
    academic = tmp_path / "academic.pdf"
    assert main([*common, "--academic", "--out", str(academic)]) == 0
    assert "2022–2023" in _text(academic)
