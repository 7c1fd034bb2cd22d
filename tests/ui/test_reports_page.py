"""The Reports page: the annual overview on screen, its controls, and the Excel export —
on real widgets and the seeded database."""

from pathlib import Path

import pytest
from openpyxl import load_workbook
from pypdf import PdfReader
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from stagedesk.core.db.database import Database
from stagedesk.core.demo.generate import DemoOptions, generate
from stagedesk.core.models import InternshipKind
from stagedesk.output.xlsx.annual import WORDS, data_header
from stagedesk.ui.kit.labels import ui_language
from stagedesk.ui.reports.page import ReportsPage
from stagedesk.ui.shell.main_window import MainWindow
from tests.seed import TODAY, Seed
from tests.ui.conftest import WindowFactory
from tests.ui.helpers import click, click_sidebar, row_texts, tick

pytestmark = pytest.mark.clock  # see tests/moved_clock.py

UNIT, YEAR, APPLICANTS, INTERNS = 0, 1, 2, 3


@pytest.fixture
def page(qtbot: QtBot, window: MainWindow, seed: Seed) -> ReportsPage:
    del seed
    click_sidebar(qtbot, window, "reports")
    shown = window.page("reports")
    assert isinstance(shown, ReportsPage)
    qtbot.waitUntil(shown.isVisible)
    return shown


def rows(page: ReportsPage) -> list[list[str]]:
    return [row_texts(page.model, row) for row in range(page.model.rowCount())]


def test_the_page_shows_the_seeds_figures(page: ReportsPage, tmp_path: Path) -> None:
    assert (page.from_year.value(), page.to_year.value()) == (2022, 2026)
    assert not page.message.isVisible()
    shown = {(r[UNIT], r[YEAR]): r for r in rows(page)}
    # Céline's running internship in Communicatie; Sara's planned one has not started.
    communicatie = shown[("Communicatie", "2026")]
    assert communicatie[APPLICANTS:] == ["1", "1", "47.0", "1", "0", "0"]
    assert shown[("ICT", "2026")][APPLICANTS : INTERNS + 1] == ["1", "0"]
    assert page.chart.bars == [("2022", 0), ("2023", 0), ("2024", 0), ("2025", 0), ("2026", 1)]
    page.window().grab().save(str(tmp_path / "reports.png"))


def test_academic_years_change_the_year_labels(qtbot: QtBot, page: ReportsPage) -> None:
    tick(qtbot, page.academic)
    assert page.academic.isChecked()
    years = {r[YEAR] for r in rows(page)}  # every unit in every year of the period
    assert years == {"2022–2023", "2023–2024", "2024–2025", "2025–2026", "2026–2027"}
    counted = {r[YEAR] for r in rows(page) if any(c not in (0, "0", None, "") for c in r[2:])}
    assert counted == {"2025–2026"}
    # The same years, now read as academic years: 2022–2023 up to 2026–2027.
    assert page.chart.bars[0] == ("2022–2023", 0)
    assert ("2025–2026", 1) in page.chart.bars


def test_one_unit_only(qtbot: QtBot, page: ReportsPage) -> None:
    page.unit_box.setCurrentIndex(page.unit_box.findText("ICT"))
    assert {r[UNIT] for r in rows(page)} == {"ICT"}
    assert page.chart.bars[-1] == ("2026", 0)


def test_a_backwards_period_shows_a_message_and_counts_nothing(
    qtbot: QtBot, page: ReportsPage
) -> None:
    page.from_year.setValue(2026)
    page.to_year.setValue(2024)
    assert page.message.isVisible()
    assert "2026" in page.message.text() and "2024" in page.message.text()
    assert page.model.rowCount() == 0
    assert page.chart.bars == []
    assert not page.export_button.isEnabled()
    page.to_year.setValue(2026)
    assert not page.message.isVisible()
    assert page.model.rowCount() > 0


def test_export_writes_a_workbook_and_opens_it(
    qtbot: QtBot, page: ReportsPage, tmp_path: Path
) -> None:
    opened: list[Path] = []
    page.open_result = opened.append
    target = tmp_path / "annual.xlsx"
    page.export_to(target)
    assert page.job is not None and not page.export_button.isEnabled()
    qtbot.waitUntil(lambda: opened == [target], timeout=10_000)
    assert page.job is None and page.export_button.isEnabled()
    assert not page.progress.isVisible()
    language = ui_language()
    book = load_workbook(target, read_only=True)
    data = book[WORDS[language]["data"]]
    found = [list(row) for row in data.iter_rows(values_only=True)]
    if language == "nl":
        assert found[0] == [
            "Dienst",
            "Jaar",
            "Kandidaten",
            "Stagiairs",
            "Gemiddelde duur (dagen)",
            "Curriculair",
            "Vrijwillig",
            "Later aangeworven",
            "Bezoldigd",
            "Onbezoldigd",
        ]
    assert found[0] == data_header(language)
    assert ["Communicatie", 2026, 1, 1, 47, 1, 0, 0, 0, 1] in found


def test_export_button_asks_where(
    qtbot: QtBot, page: ReportsPage, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    opened: list[Path] = []
    page.open_result = opened.append
    target = tmp_path / "chosen.xlsx"
    monkeypatch.setattr(page, "ask_target", lambda: target)
    click(qtbot, page.export_button)
    qtbot.waitUntil(lambda: opened == [target], timeout=10_000)
    assert target.exists()


def choose_report(page: ReportsPage, key: str) -> None:
    page.report_box.setCurrentIndex(page.report_box.findData(key))
    assert page.kind.key == key


@pytest.mark.parametrize("key", ["annual", "profile", "satisfaction", "partners"])
def test_every_report_shows_rows_or_says_there_is_nothing(page: ReportsPage, key: str) -> None:
    choose_report(page, key)
    assert page.result is not None and not page.message.isVisible()
    assert page.model.columnCount() > 0
    assert page.model.rowCount() > 0 or page.empty.isVisible()
    assert page.chart.isVisible() == (key == "annual")
    assert page.kinds_box.isVisible()  # every report can be narrowed to kinds of internship
    assert page.export_button.isEnabled()


def test_profile_and_partners_on_the_seed(page: ReportsPage) -> None:
    choose_report(page, "profile")
    header = [page.model.headerData(c, Qt.Orientation.Horizontal) for c in range(5)]
    assert header[1:] == ["2022", "2023", "2024", "2025"]
    assert all(cell in {"0", "< 5"} for row in rows(page)[:-1] for cell in row[1:])
    assert rows(page)[-1][-1] == "1"  # the true total: Céline, in 2026
    choose_report(page, "partners")
    assert [r[1:] for r in rows(page)] == [["2026", "1"]]
    assert not page.pdf_button.isEnabled()


def test_the_kinds_filter_counts_only_that_kind(page: ReportsPage) -> None:
    def interns(unit: str) -> str:
        return {(r[UNIT], r[YEAR]): r for r in rows(page)}[(unit, "2026")][INTERNS]

    assert interns("Communicatie") == "1"
    page.kinds_box.setCurrentIndex(page.kinds_box.findData(InternshipKind.VOLUNTARY))
    assert interns("Communicatie") == "0"  # Céline's internship is curricular
    assert page.chart.bars[-1] == ("2026", 0)
    page.kinds_box.setCurrentIndex(page.kinds_box.findData(InternshipKind.CURRICULAR))
    assert interns("Communicatie") == "1"


def test_pdf_export_writes_the_annual_report(
    qtbot: QtBot, page: ReportsPage, tmp_path: Path
) -> None:
    opened: list[Path] = []
    page.open_result = opened.append
    page.from_year.setValue(2025)
    assert page.pdf_button.isEnabled()
    target = tmp_path / "annual.pdf"
    page.export_to(target)
    assert page.job is not None and not page.pdf_button.isEnabled()
    qtbot.waitUntil(lambda: opened == [target], timeout=20_000)
    assert page.job is None and page.pdf_button.isEnabled()
    text = "\n".join(p.extract_text() for p in PdfReader(target).pages)
    assert "Communicatie" in text


def test_pdf_button_asks_where(
    qtbot: QtBot, page: ReportsPage, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    opened: list[Path] = []
    page.open_result = opened.append
    target = tmp_path / "chosen.pdf"
    asked: list[str] = []
    monkeypatch.setattr(page, "ask_target", lambda suffix: asked.append(suffix) or target)
    click(qtbot, page.pdf_button)
    qtbot.waitUntil(lambda: opened == [target], timeout=20_000)
    assert asked == [".pdf"] and target.read_bytes().startswith(b"%PDF")


def test_satisfaction_on_a_small_demo(
    qtbot: QtBot, database: Database, make_window: WindowFactory, tmp_path: Path
) -> None:
    generate(database.sessions, DemoOptions(seed=2024, years=3, per_year=30, today=TODAY))
    window = make_window()
    click_sidebar(qtbot, window, "reports")
    page = window.page("reports")
    assert isinstance(page, ReportsPage)
    qtbot.waitUntil(page.isVisible)
    choose_report(page, "satisfaction")
    assert page.model.rowCount() > 0 and not page.empty.isVisible()
    assert not page.chart.isVisible()
    means = [float(r[4].replace(",", ".")) for r in rows(page)]
    assert all(1 <= mean <= 5 for mean in means)
    page.window().grab().save(str(tmp_path / "satisfaction.png"))
    opened: list[Path] = []
    page.open_result = opened.append
    assert page.pdf_button.isEnabled()  # the satisfaction report's PDF writer is there
    target = tmp_path / "satisfaction.pdf"
    page.export_to(target)
    qtbot.waitUntil(lambda: opened == [target], timeout=30_000)
    assert "Tevredenheid" in "\n".join(p.extract_text() for p in PdfReader(target).pages)
