"""The toolbar's "Excel and calendar" menu, dropping a list on the window, and the
calendar button of an internship."""

from pathlib import Path
from typing import Any

import pytest
from icalendar import Calendar
from PySide6.QtCore import QMimeData, QPoint, Qt, QUrl
from PySide6.QtGui import QDropEvent
from PySide6.QtWidgets import QApplication, QFileDialog
from pytestqt.qtbot import QtBot

from stagedesk.ui.data.list_import.dialog import ImportListDialog
from stagedesk.ui.shell.main_window import MainWindow
from tests.core.imports.lists import write_xlsx
from tests.seed import Seed
from tests.ui.helpers import click
from tests.ui.test_data_actions import save_as

HEADER = ["Voornaam", "Achternaam", "Dienst"]


def _import_dialog() -> ImportListDialog | None:
    found = [w for w in QApplication.topLevelWidgets() if isinstance(w, ImportListDialog)]
    return found[-1] if found else None


def test_the_menu_offers_import_template_export_and_calendar(window: MainWindow) -> None:
    menu = window.data_menu
    assert menu.button.text() == "Excel and calendar"
    texts = [a.text() for a in menu.button.menu().actions() if not a.isSeparator()]
    assert texts == [
        "Import an Excel list…",
        "Empty import list…",
        "Export everything to Excel…",
        "Calendar of all internships (.ics)…",
    ]
    assert menu.import_action.shortcut().toString() == "Ctrl+I"
    assert menu.export_action.shortcut().toString() == "Ctrl+E"


def test_ctrl_i_asks_for_a_list_and_opens_the_import(
    qtbot: QtBot, window: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = write_xlsx(tmp_path / "lijst.xlsx", HEADER, [["An", "Smet", "ICT"]])

    def answer(*args: Any) -> tuple[str, str]:
        return str(path), ""

    monkeypatch.setattr(QFileDialog, "getOpenFileName", answer)
    qtbot.keyClick(window, Qt.Key.Key_I, Qt.KeyboardModifier.ControlModifier)
    dialog = _import_dialog()
    assert dialog is not None and dialog.path == path
    qtbot.waitUntil(lambda: dialog.job is None)
    click(qtbot, dialog.close_button)


def test_a_list_dropped_on_the_window_opens_the_import(
    qtbot: QtBot, window: MainWindow, tmp_path: Path
) -> None:
    path = write_xlsx(tmp_path / "oud.xlsx", HEADER, [["An", "Smet", "ICT"]])
    data = QMimeData()
    data.setUrls([QUrl.fromLocalFile(str(path))])
    drop = QDropEvent(
        QPoint(10, 10),
        Qt.DropAction.CopyAction,
        data,
        Qt.MouseButton.NoButton,
        Qt.KeyboardModifier.NoModifier,
    )
    window.dropEvent(drop)
    dialog = _import_dialog()
    assert dialog is not None and dialog.path == path
    qtbot.waitUntil(lambda: dialog.job is None)
    click(qtbot, dialog.close_button)


def test_an_internship_exports_its_own_calendar(
    qtbot: QtBot, window: MainWindow, seed: Seed, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    target = tmp_path / "stage.ics"
    asked = save_as(monkeypatch, target)
    [internship_id, *_] = seed.internships.values()
    assert window.open_record(_internship_model(), internship_id)
    editor = window.current_list().editor  # type: ignore[union-attr]
    assert editor.calendar.isEnabled()
    click(qtbot, editor.calendar)
    assert asked and asked[0][2] == "Calendar files (*.ics)"
    qtbot.waitUntil(target.exists, timeout=20_000)
    events = Calendar.from_ical(target.read_bytes()).walk("VEVENT")
    uids = [str(e["UID"]) for e in events]
    assert f"internship-{internship_id}-start" in uids[0]
    assert all(
        uid.startswith((f"internship-{internship_id}-", "follow-up-", "checklist-")) for uid in uids
    )


def _internship_model() -> type:
    from stagedesk.core.models import Internship

    return Internship
