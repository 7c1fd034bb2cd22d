"""The satisfaction report and policy at a glance as PDFs, read back with pypdf, on a small
seeded demo organisation."""

import datetime as dt
import re
from pathlib import Path

import pytest
from pypdf import PdfReader

from stagedesk.cli.main import main
from stagedesk.core.db.database import Database
from stagedesk.core.demo.generate import DemoOptions, generate
from stagedesk.core.reports import annual_overview, satisfaction
from stagedesk.core.reports.scope import ReportScope
from stagedesk.output.pdf.reports.policy_glance import per_year, write_policy_at_a_glance
from stagedesk.output.pdf.reports.satisfaction import pooled, write_satisfaction_report

pytestmark = pytest.mark.clock  # see tests/moved_clock.py

TODAY = dt.date(2025, 6, 1)
SEED = 2024


@pytest.fixture
def demo(database: Database) -> Database:
    generate(database.sessions, DemoOptions(seed=SEED, years=3, per_year=40, today=TODAY))
    return database


def _flat(path: Path, first_only: bool = False) -> str:
    pages = PdfReader(path).pages
    text = "\n".join(page.extract_text() for page in (pages[:1] if first_only else pages))
    return re.sub(r"\s+", " ", text)


def test_satisfaction_pdf_holds_questions_and_means(demo: Database, tmp_path: Path) -> None:
    target = tmp_path / "satisfaction.pdf"
    with demo.sessions() as session:
        result = satisfaction(
            session, ReportScope(first_year=2022, last_year=2025, today=TODAY, language="en")
        )
        pages = write_satisfaction_report(
            session, result, target, language="en", today=TODAY, period_label="2022–2025"
        )
    assert result.scores and result.comments
    assert len(PdfReader(target).pages) == pages > 1
    first = _flat(target, first_only=True)
    assert "Satisfaction of interns and mentors" in first and "2022–2025" in first
    text = _flat(target)
    for score in result.scores[:40]:
        assert score.question in text, score.question
        row = f"{score.year} {score.unit} {score.n} {score.mean:.1f} {score.sd:.1f}"
        assert row in text, row
    for survey in {s.survey for s in result.scores}:
        assert survey in text
    for comment in result.comments[:10]:
        assert comment.text in text, comment.text
    assert "Comments" in text


def test_pooled_matches_the_answers_taken_together() -> None:
    from stagedesk.core.reports import QuestionScore

    def score(n: int, mean: float, sd: float) -> QuestionScore:
        return QuestionScore("f", "s", "q", "Q", "2024", "U", n, mean, sd)

    # answers [1, 3] and [5]: together n 3, mean 3, population spread sqrt(8/3)
    together = pooled([score(2, 2.0, 1.0), score(1, 5.0, 0.0)])
    assert together is not None
    n, mean, sd = together
    assert n == 3 and mean == pytest.approx(3.0) and sd == pytest.approx((8 / 3) ** 0.5)
    assert pooled([]) is None


def test_glance_is_one_page_with_the_years_and_totals(demo: Database, tmp_path: Path) -> None:
    target = tmp_path / "glance.pdf"
    with demo.sessions() as session:
        pages = write_policy_at_a_glance(
            session, ReportScope(2022, 2025, TODAY, language="en"), target
        )
        overview = annual_overview(
            session, ReportScope(first_year=2022, last_year=2025, today=TODAY, language="en")
        )
    assert pages == 1
    assert len(PdfReader(target).pages) == 1
    text = _flat(target)
    assert "Internship policy at a glance" in text
    years = per_year(overview)
    assert years
    for year, applicants, interns, hired in years:
        assert f"{year} {applicants} {interns} {hired}" in text
    totals = [sum(row[n] for row in years) for n in (1, 2, 3)]
    assert "Total {} {} {}".format(*totals) in text
    for label in ("Average duration", "curricular", "voluntary", "Partner schools"):
        assert label in text
    assert "Overall satisfaction of interns" in text and "host an intern again" in text


def test_glance_stays_one_page_over_ten_academic_years(demo: Database, tmp_path: Path) -> None:
    target = tmp_path / "long.pdf"
    with demo.sessions() as session:
        pages = write_policy_at_a_glance(
            session, ReportScope(2016, 2025, TODAY, academic=True, language="fr"), target
        )
    assert pages == 1 == len(PdfReader(target).pages)


def test_cli_writes_the_pdfs(demo: Database, db_path: Path, tmp_path: Path) -> None:
    common = ["--db", str(db_path), "--from", "2022", "--to", "2025"]
    sat = tmp_path / "tevredenheid.pdf"
    assert main(["report", "satisfaction", *common, "--out", str(sat)]) == 0
    assert sat.read_bytes().startswith(b"%PDF")
    assert "Tevredenheid van stagiairs en mentors" in _flat(sat, first_only=True)
    book = tmp_path / "tevredenheid.xlsx"
    assert main(["report", "satisfaction", *common, "--out", str(book)]) == 0
    assert book.stat().st_size > 0
    glance = tmp_path / "glance.pdf"
    assert main(["report", "glance", *common, "--lang", "fr", "--out", str(glance)]) == 0
    assert len(PdfReader(glance).pages) == 1
    assert "La politique de stages" in _flat(glance)
    assert main(["report", "glance", *common, "--out", str(tmp_path / "x.xlsx")]) == 2
    assert main(["report", "profile", *common, "--out", str(tmp_path / "p.pdf")]) == 2
