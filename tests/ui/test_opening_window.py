"""Opening in the window: the lock on the database, a damaged file and its backups, a
synced folder, and the daily copy."""

import datetime as dt
import json
import socket
import sqlite3
from collections.abc import Callable
from contextlib import closing
from pathlib import Path

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMessageBox
from pytestqt.qtbot import QtBot

from stagedesk.core.db.backups import BackupKind, default_folder, list_backups, make_backup
from stagedesk.core.db.database import Database, open_sqlite
from stagedesk.core.db.locking import acquire, lock_path
from stagedesk.ui.kit.settings import open_settings
from stagedesk.ui.shell.app import DatabaseOpener
from stagedesk.ui.shell.damaged_dialog import DamagedDialog
from stagedesk.ui.shell.main_window import MainWindow
from tests.core.test_locking import dead_pid
from tests.seed import Seed
from tests.ui.conftest import Dialogs
from tests.ui.helpers import click

pytestmark = pytest.mark.clock  # see tests/moved_clock.py

Button = QMessageBox.StandardButton
Opened = Callable[[Path], tuple[MainWindow, DatabaseOpener]]


@pytest.fixture
def open_in_window(qtbot: QtBot, settings_path: str) -> Opened:
    """What ``app.run`` does once the window shows; the opener is closed afterwards."""
    openers: list[DatabaseOpener] = []

    def open_(path: Path) -> tuple[MainWindow, DatabaseOpener]:
        window = MainWindow(settings=open_settings(settings_path))
        qtbot.addWidget(window)
        window.show()
        opener = DatabaseOpener(window, path, None)
        openers.append(opener)
        opener.open()
        return window, opener

    yield open_
    for opener in openers:
        if opener.daily is not None and opener.daily.job is not None:
            qtbot.waitUntil(lambda o=opener: o.daily.job is None, timeout=20_000)
        opener.close()


@pytest.fixture
def closed(seed: Seed, database: Database, db_path: Path) -> Path:
    """A seeded database no one has open."""
    database.dispose()
    return db_path


def unit_names(path: Path) -> list[str]:
    with closing(sqlite3.connect(f"file:{path}?mode=ro", uri=True)) as connection:
        return [row[0] for row in connection.execute("SELECT name FROM units ORDER BY name")]


# --- the lock --------------------------------------------------------------------------


def test_a_second_stagedesk_is_told_who_has_the_database(
    closed: Path, open_in_window: Opened, dialogs: Dialogs
) -> None:
    opened = dt.datetime.now()  # as the first window does, so it holds on any machine
    held = acquire(closed, opened)
    try:
        window, _opener = open_in_window(closed)
        [message] = dialogs.texts("critical")
        assert message.startswith(f"{closed} is already open in StageDesk: ")
        assert f"on {socket.gethostname()}, since {opened:%d/%m/%Y %H:%M}." in message
        assert not window.has_database and not window.isVisible()
        assert json.loads(lock_path(closed).read_text())["token"] == held.holder.token
    finally:
        held.release()


def test_a_lock_left_by_a_crash_is_taken_over_and_released(
    closed: Path, open_in_window: Opened, dialogs: Dialogs
) -> None:
    lock_path(closed).write_text(
        json.dumps({"user": "an", "host": socket.gethostname(), "pid": dead_pid(), "started": "x"})
    )
    window, opener = open_in_window(closed)
    assert window.has_database and dialogs.shown == []
    assert json.loads(lock_path(closed).read_text())["started"] != "x"
    opener.close()
    assert not lock_path(closed).exists()


@pytest.mark.parametrize("answer", [Button.Yes, Button.No])
def test_a_lock_from_another_computer_is_taken_over_only_if_the_user_says_so(
    closed: Path, open_in_window: Opened, dialogs: Dialogs, answer: Button
) -> None:
    other = {"user": "els", "host": "laptop-els", "pid": 4242, "started": "2026-11-20T14:05:00"}
    lock_path(closed).write_text(json.dumps(other))
    dialogs.answer(answer)
    window, _opener = open_in_window(closed)
    [question] = dialogs.texts("question")
    assert "els on laptop-els, since 20/11/2026 14:05" in question
    assert question.endswith("Take the database over?")
    assert window.has_database is (answer == Button.Yes)
    holder = json.loads(lock_path(closed).read_text())
    assert (holder["host"] == "laptop-els") is (answer == Button.No)


# --- a damaged database ----------------------------------------------------------------


def corrupt(path: Path) -> None:
    """The root page of the units table overwritten in its middle, as a bad disk would."""
    with closing(sqlite3.connect(path)) as connection:
        (root,) = connection.execute(
            "SELECT rootpage FROM sqlite_master WHERE name = 'units'"
        ).fetchone()
        (size,) = connection.execute("PRAGMA page_size").fetchone()
    with path.open("r+b") as handle:
        handle.seek((root - 1) * size)
        handle.write(b"\xff" * size)


def add_unit(path: Path, name: str) -> None:
    with closing(sqlite3.connect(path)) as connection, connection:
        connection.execute("INSERT INTO units (name, active, version) VALUES (?, 1, 1)", (name,))


def test_a_damaged_database_offers_the_newest_good_backup(
    closed: Path, open_in_window: Opened, dialogs: Dialogs, qtbot: QtBot
) -> None:
    folder = default_folder(closed)
    made = dt.datetime(2026, 11, 20, 9, 30)
    make_backup(closed, folder, BackupKind.DAILY, made)
    add_unit(closed, "In the newest good backup")
    good = make_backup(closed, folder, BackupKind.DAILY, made + dt.timedelta(days=1))
    newest = make_backup(closed, folder, BackupKind.MANUAL, made + dt.timedelta(days=2))
    corrupt(newest.path)
    corrupt(closed)
    damaged_bytes = closed.read_bytes()
    seen: dict[str, object] = {}

    def in_the_dialog() -> None:
        dialog = QApplication.activeModalWidget()
        assert isinstance(dialog, DamagedDialog)
        try:
            rows = dialog.view.model()
            seen["rows"] = [
                [rows.index(r, c).data() for c in (0, 3)] for r in range(rows.rowCount())
            ]
            seen["status"] = dialog.status.text()
            click(qtbot, dialog.restore_button)
        finally:
            if dialog.isVisible():
                dialog.reject()

    QTimer.singleShot(0, in_the_dialog)
    window, _opener = open_in_window(closed)

    assert seen["rows"] == [
        ["22/11/2026 09:30", "damaged"],
        ["21/11/2026 09:30", "good"],
        ["20/11/2026 09:30", ""],  # not checked: a newer good one was found first
    ]
    assert seen["status"] == "The newest good backup is of 21/11/2026 09:30."
    assert window.has_database
    assert unit_names(closed) == unit_names(good.path)
    assert "In the newest good backup" in unit_names(closed)
    [kept] = closed.parent.glob("stagedesk.sqlite.damaged-*")
    assert kept.read_bytes() == damaged_bytes
    [told] = dialogs.texts("information")
    assert told == f"The damaged file is kept as {kept}."


def test_quitting_the_damaged_dialog_changes_nothing(
    closed: Path, open_in_window: Opened, dialogs: Dialogs, qtbot: QtBot
) -> None:
    make_backup(closed, default_folder(closed), BackupKind.DAILY, dt.datetime(2026, 11, 20))
    corrupt(closed)
    before = closed.read_bytes()

    def quit_() -> None:
        dialog = QApplication.activeModalWidget()
        assert isinstance(dialog, DamagedDialog)
        click(qtbot, dialog.quit_button)

    QTimer.singleShot(0, quit_)
    window, _opener = open_in_window(closed)
    assert not window.has_database and not window.isVisible()
    assert closed.read_bytes() == before
    assert not list(closed.parent.glob("*.damaged-*"))
    assert not lock_path(closed).exists()


# --- where the database is, and the daily copy ------------------------------------------


def test_a_synced_folder_is_warned_about_once(
    tmp_path: Path, open_in_window: Opened, dialogs: Dialogs
) -> None:
    path = tmp_path / "Dropbox" / "stage" / "stagedesk.sqlite"
    path.parent.mkdir(parents=True)
    open_sqlite(path).dispose()
    _first, opener = open_in_window(path)
    [warning] = dialogs.texts("warning")
    assert warning.startswith(f"{path} is in a folder that Dropbox keeps in sync.")
    opener.close()
    second, _opener = open_in_window(path)
    assert second.has_database and dialogs.texts("warning") == [warning]  # not again


def test_opening_makes_todays_backup(closed: Path, open_in_window: Opened, qtbot) -> None:
    before = dt.date.today()  # the real clock, read on both sides: midnight may pass
    window, opener = open_in_window(closed)
    assert opener.daily is not None
    qtbot.waitUntil(lambda: opener.daily.job is None, timeout=20_000)  # type: ignore[union-attr]
    [daily] = list_backups(default_folder(closed), closed)
    assert daily.kind is BackupKind.DAILY and before <= daily.made.date() <= dt.date.today()
    assert window.has_database
