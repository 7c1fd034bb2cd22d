"""Settings › Backups: the list, back up now, choosing the folder, restoring into the
running window; and the daily copy while StageDesk runs."""

import datetime as dt
import sqlite3
from collections.abc import Iterator
from contextlib import closing
from pathlib import Path

import pytest
from PySide6.QtCore import QModelIndex
from PySide6.QtWidgets import QFileDialog, QMessageBox
from pytestqt.qtbot import QtBot

from stagedesk.core.db.backups import (
    BackupKind,
    check_copy,
    default_folder,
    list_backups,
    make_backup,
)
from stagedesk.core.db.database import Database
from stagedesk.ui.kit.context import AppContext
from stagedesk.ui.kit.settings import open_settings
from stagedesk.ui.settings.backups_tab import BackupsTab
from stagedesk.ui.shell.backup_jobs import DailyBackups
from stagedesk.ui.shell.main_window import MainWindow
from tests.seed import TODAY, Seed
from tests.ui.conftest import Dialogs
from tests.ui.helpers import LEFT, click

pytestmark = pytest.mark.clock  # see tests/moved_clock.py

Yes = QMessageBox.StandardButton.Yes
MADE = dt.datetime(2026, 3, 1, 9, 30)


def unit_names(path: Path) -> list[str]:
    with closing(sqlite3.connect(f"file:{path}?mode=ro", uri=True)) as connection:
        return [row[0] for row in connection.execute("SELECT name FROM units ORDER BY name")]


def add_unit(path: Path, name: str) -> None:
    with closing(sqlite3.connect(path)) as connection, connection:
        connection.execute("INSERT INTO units (name, active, version) VALUES (?, 1, 1)", (name,))


def backups_tab(window: MainWindow) -> BackupsTab:
    page = window.go_to("settings")
    page.tabs.setCurrentWidget(page.backups)  # type: ignore[attr-defined]
    tab = page.backups  # type: ignore[attr-defined]
    assert isinstance(tab, BackupsTab) and tab.isVisible()
    return tab


def rows(tab: BackupsTab) -> list[list[str]]:
    model = tab.view.model()
    return [
        [model.index(row, column).data() for column in range(model.columnCount())]
        for row in range(model.rowCount())
    ]


def select_row(qtbot: QtBot, tab: BackupsTab, row: int) -> None:
    index: QModelIndex = tab.view.model().index(row, 0)
    rect = tab.view.visualRect(index)
    qtbot.mouseClick(tab.view.viewport(), LEFT, pos=rect.center())


def test_the_tab_lists_the_backups_with_date_kind_and_size(
    seed: Seed, db_path: Path, make_window, qtbot: QtBot
) -> None:
    folder = default_folder(db_path)
    daily = make_backup(db_path, folder, BackupKind.DAILY, MADE)
    make_backup(db_path, folder, BackupKind.MANUAL, MADE + dt.timedelta(hours=3))
    tab = backups_tab(make_window())
    size = f"{daily.size / 1024:.1f} kB"  # as Windows Explorer counts
    assert rows(tab) == [
        ["01/03/2026 12:30", "made by hand", size],
        ["01/03/2026 09:30", "daily", size],
    ]
    assert str(folder) in tab.folder_label.text()
    assert not tab.restore_button.isEnabled()  # nothing chosen yet
    select_row(qtbot, tab, 1)
    assert tab.restore_button.isEnabled()


def test_back_up_now_adds_a_checked_copy(window: MainWindow, db_path: Path, qtbot) -> None:
    tab = backups_tab(window)
    assert rows(tab) == []
    click(qtbot, tab.back_up_button)
    assert not tab.back_up_button.isEnabled()  # one at a time
    qtbot.waitUntil(lambda: tab.job is None, timeout=20_000)
    [backup] = list_backups(default_folder(db_path), db_path)
    assert backup.kind is BackupKind.MANUAL and check_copy(backup.path)
    assert tab.status.text() == f"Backup made: {backup.path.name}"
    assert [row[1] for row in rows(tab)] == ["made by hand"]


def test_a_chosen_folder_gets_the_next_backups(
    window: MainWindow, db_path: Path, tmp_path: Path, qtbot, monkeypatch
) -> None:
    chosen = tmp_path / "OneDrive" / "StageDesk backups"
    chosen.mkdir(parents=True)
    monkeypatch.setattr(QFileDialog, "getExistingDirectory", lambda *args: str(chosen))
    tab = backups_tab(window)
    click(qtbot, tab.choose_button)
    assert str(chosen) in tab.folder_label.text()
    click(qtbot, tab.back_up_button)
    qtbot.waitUntil(lambda: tab.job is None, timeout=20_000)
    assert len(list_backups(chosen, db_path)) == 1
    assert list_backups(default_folder(db_path), db_path) == []
    again = open_settings(str(tmp_path / "settings.ini"))  # remembered for this database
    assert BackupsTab(AppContext(window.context.database, again)).folder == chosen


@pytest.fixture
def own_window(seed: Seed, database: Database, settings_path: str) -> Iterator[MainWindow]:
    """A window the test closes itself: restoring replaces (and deletes) it."""
    window = MainWindow(AppContext(database, open_settings(settings_path), today=lambda: TODAY))
    window.show()
    yield window


def test_restore_puts_the_backup_back_and_reopens(
    own_window: MainWindow, db_path: Path, qtbot: QtBot, dialogs: Dialogs
) -> None:
    before = unit_names(db_path)
    backup = make_backup(db_path, default_folder(db_path), BackupKind.DAILY, MADE)
    add_unit(db_path, "Added after the backup")
    tab = backups_tab(own_window)
    select_row(qtbot, tab, 0)
    dialogs.answer(Yes)
    click(qtbot, tab.restore_button)
    assert tab.reopener is not None
    with qtbot.waitSignal(tab.reopener.reopened, timeout=30_000) as reopened:
        pass
    new_window = reopened.args[0]
    try:
        assert isinstance(new_window, MainWindow) and new_window.isVisible()
        assert new_window.context.database.path == db_path
        assert unit_names(db_path) == before
        assert "Restore a backup" in [s.title for s in dialogs.shown]
        [kept] = [
            b
            for b in list_backups(default_folder(db_path), db_path)
            if b.kind is BackupKind.BEFORE_RESTORE
        ]
        assert "Added after the backup" in unit_names(kept.path)
        assert backup.path.exists()
    finally:
        new_window.close()
        new_window.context.database.dispose()


def test_a_damaged_backup_is_refused_and_the_window_stays(
    own_window: MainWindow, db_path: Path, qtbot: QtBot, dialogs: Dialogs
) -> None:
    backup = make_backup(db_path, default_folder(db_path), BackupKind.DAILY, MADE)
    backup.path.write_bytes(b"SQLite format 3\x00" + b"\xee" * 4000)
    before = db_path.read_bytes()
    tab = backups_tab(own_window)
    select_row(qtbot, tab, 0)
    dialogs.answer(Yes)
    click(qtbot, tab.restore_button)
    assert tab.reopener is not None
    with qtbot.waitSignal(tab.reopener.failed, timeout=30_000):
        pass
    [warning] = dialogs.texts("warning")
    assert "is damaged" in warning
    assert own_window.isVisible() and db_path.read_bytes() == before
    own_window.close()


def test_the_daily_copy_is_made_once_a_day(seed: Seed, db_path: Path, tmp_path, qtbot) -> None:
    folder = tmp_path / "daily"
    clock = [MADE]
    daily = DailyBackups(db_path, lambda: folder, now=lambda: clock[0])
    with qtbot.waitSignal(daily.made, timeout=20_000) as made:
        daily.start()
    assert made.args[0].kind is BackupKind.DAILY and made.args[0].made == MADE
    assert daily.timer.isActive() and daily.timer.interval() == 60 * 60 * 1000
    clock[0] = MADE + dt.timedelta(hours=5)
    assert not daily.check()  # today has its copy
    clock[0] = MADE + dt.timedelta(days=1)
    with qtbot.waitSignal(daily.made, timeout=20_000):
        assert daily.check()
    assert [b.made.date() for b in list_backups(folder, db_path)] == [
        dt.date(2026, 3, 2),
        dt.date(2026, 3, 1),
    ]
    daily.timer.stop()
