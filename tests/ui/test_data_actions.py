"""Export everything and the calendar from the main window: the save dialog (the one
native dialog answered by the test), the progress dialog, cancel, the result box and what
its buttons open (through Qt's own URL handler hook, no patch)."""

from collections.abc import Iterator
from pathlib import Path

import pytest
from icalendar import Calendar
from openpyxl import load_workbook
from PySide6.QtCore import QObject, QUrl, Slot
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QFileDialog, QPushButton
from pytestqt.qtbot import QtBot
from sqlalchemy import text

from stagedesk.core.db.database import Database
from stagedesk.output.words.everything import SHEETS
from stagedesk.ui.data.actions import DataExport, export_calendar, export_everything
from stagedesk.ui.kit.labels import ui_language
from stagedesk.ui.shell.main_window import MainWindow
from tests.seed import Seed
from tests.ui.conftest import Dialogs
from tests.ui.helpers import click

WAIT_MS = 30_000


class Opened(QObject):
    """Receives what QDesktopServices.openUrl would hand to the system."""

    def __init__(self) -> None:
        super().__init__()
        self.paths: list[str] = []

    @Slot(QUrl)
    def open(self, url: QUrl) -> None:
        self.paths.append(url.toLocalFile())


@pytest.fixture
def opened() -> Iterator[Opened]:
    receiver = Opened()
    QDesktopServices.setUrlHandler("file", receiver, "open")
    yield receiver
    QDesktopServices.unsetUrlHandler("file")


def save_as(monkeypatch: pytest.MonkeyPatch, chosen: Path | None) -> list[tuple[str, ...]]:
    """Answer the native save dialog with ``chosen`` (None: the user cancels it)."""
    asked: list[tuple[str, ...]] = []

    def answer(parent: object, title: str, suggested: str, files: str) -> tuple[str, str]:
        asked.append((title, suggested, files))
        return (str(chosen), files) if chosen is not None else ("", "")

    monkeypatch.setattr(QFileDialog, "getSaveFileName", answer)
    return asked


def finished(qtbot: QtBot, run: DataExport | None) -> object:
    assert run is not None
    with qtbot.waitSignal(run.done, timeout=WAIT_MS) as done:
        pass
    return done.args[0]


def test_export_everything_writes_the_workbook_and_offers_to_open_it(
    qtbot: QtBot,
    window: MainWindow,
    seed: Seed,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    opened: Opened,
) -> None:
    asked = save_as(monkeypatch, tmp_path / "alles")  # the user typed no suffix
    run = export_everything(window)
    assert run is not None and run.progress.isVisible()
    target = tmp_path / "alles.xlsx"
    assert finished(qtbot, run) == target
    assert asked[0][1].endswith(".xlsx") and "*.xlsx" in asked[0][2]
    book = load_workbook(target)
    language = ui_language()
    interns = [row[2] for row in book[SHEETS["internships"].get(language)].iter_rows(min_row=2)]
    assert sorted(cell.value for cell in interns) == ["Céline Lambert", "Sara El Amrani"]
    assert not run.progress.isVisible()
    assert "alles.xlsx" in window.statusBar().currentMessage()
    box = run.result_box
    assert box is not None and box.isVisible()
    box.grab().save(str(tmp_path / "result.png"))
    click(qtbot, run.open_folder)
    assert opened.paths == [str(tmp_path)]
    assert not box.isVisible()


def test_open_the_file_from_the_result_box(
    qtbot: QtBot,
    window: MainWindow,
    seed: Seed,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    opened: Opened,
) -> None:
    save_as(monkeypatch, tmp_path / "alles.xlsx")
    run = export_everything(window)
    finished(qtbot, run)
    assert run is not None
    click(qtbot, run.open_file)
    assert opened.paths == [str(tmp_path / "alles.xlsx")]


def test_cancel_stops_the_export_and_writes_nothing(
    qtbot: QtBot,
    window: MainWindow,
    database: Database,
    seed: Seed,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    folder = tmp_path / "out"
    folder.mkdir()
    save_as(monkeypatch, folder / "alles.xlsx")
    # Another window holds the database for a moment: the export waits for it, and the
    # user cancels meanwhile.
    with database.sessions.begin() as held:
        held.execute(text("SELECT 1"))
        run = export_everything(window)
        assert run is not None
        qtbot.waitUntil(run.progress.isVisible)
        run.progress.grab().save(str(tmp_path / "progress.png"))
        cancel = run.progress.findChild(QPushButton)
        assert cancel is not None
        click(qtbot, cancel)
    assert finished(qtbot, run) is None
    assert list(folder.iterdir()) == []
    assert "cancelled" in window.statusBar().currentMessage()
    assert not run.progress.isVisible()


def test_a_folder_that_cannot_be_written_is_refused_at_once(
    window: MainWindow,
    seed: Seed,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    dialogs: Dialogs,
) -> None:
    save_as(monkeypatch, tmp_path / "gone" / "alles.xlsx")
    assert export_everything(window) is None
    assert export_calendar(window) is None
    first, second = dialogs.texts("warning")
    assert first == second == f"The folder {tmp_path / 'gone'} does not exist."


def test_a_failure_while_writing_is_told_and_leaves_no_file(
    qtbot: QtBot,
    window: MainWindow,
    database: Database,
    seed: Seed,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    dialogs: Dialogs,
) -> None:
    folder = tmp_path / "usb-stick"
    folder.mkdir()
    save_as(monkeypatch, folder / "alles.xlsx")
    with database.sessions.begin() as held:  # the export waits for the database…
        held.execute(text("SELECT 1"))
        run = export_everything(window)
        folder.rmdir()  # …while the stick is pulled out (it looks at the folder after)
    assert finished(qtbot, run) is None
    (warning,) = dialogs.texts("warning")
    assert "alles.xlsx could not be written" in warning and "does not exist" in warning
    assert not folder.exists()
    assert run is not None and not run.progress.isVisible()


def test_export_calendar_of_one_internship(
    qtbot: QtBot,
    window: MainWindow,
    seed: Seed,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    opened: Opened,
) -> None:
    running = seed.internships["running"]
    asked = save_as(monkeypatch, tmp_path / "celine")
    run = export_calendar(window, running)
    target = tmp_path / "celine.ics"
    assert finished(qtbot, run) == target
    assert asked[0][1].endswith(f"{running}.ics")
    calendar = Calendar.from_ical(target.read_bytes())
    uids = {str(event["UID"]) for event in calendar.walk("VEVENT")}
    assert f"internship-{running}-start" in {uid.split("@")[0] for uid in uids}
    assert all("Céline Lambert" in str(e["SUMMARY"]) for e in calendar.walk("VEVENT"))
    assert run is not None and run.result_box is not None
    assert run.open_file.text() == "Open in your calendar"
    click(qtbot, run.open_file)
    assert opened.paths == [str(target)]


def test_export_calendar_of_all_internships(
    qtbot: QtBot,
    window: MainWindow,
    seed: Seed,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    save_as(monkeypatch, tmp_path / "stages.ics")
    run = export_calendar(window)
    finished(qtbot, run)
    calendar = Calendar.from_ical((tmp_path / "stages.ics").read_bytes())
    summaries = " ".join(str(e["SUMMARY"]) for e in calendar.walk("VEVENT"))
    assert "Céline Lambert" in summaries and "Sara El Amrani" in summaries


def test_no_file_chosen_no_export(
    window: MainWindow, seed: Seed, monkeypatch: pytest.MonkeyPatch
) -> None:
    save_as(monkeypatch, None)
    assert export_everything(window) is None
    assert export_calendar(window) is None
