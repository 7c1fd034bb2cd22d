"""Fixtures for tests that drive the real windows on a real SQLite file.

Dialogs are the one thing answered by hand: a modal QMessageBox would wait for a user
who never comes, so ``dialogs`` replaces the static QMessageBox functions with a recorder
that gives the answers a test queued and keeps every text the user would have read.
"""

import os
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

import pytest
from PySide6.QtCore import QLocale, QSettings
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget
from pytestqt.qtbot import QtBot

from stagedesk.core.db.database import Database
from stagedesk.core.records.rules import advance_statuses
from stagedesk.ui.kit.context import AppContext
from stagedesk.ui.kit.settings import UI_LANGUAGE, open_settings
from stagedesk.ui.kit.style import STYLE_SHEET
from stagedesk.ui.shell.main_window import MainWindow
from tests.seed import TODAY, Seed, seed_small

Button = QMessageBox.StandardButton


@dataclass
class Shown:
    kind: str  # "question", "warning", "information", "critical"
    title: str
    text: str


@dataclass
class Dialogs:
    """What the message boxes showed, and the answers queued for the questions."""

    answers: list[Button] = field(default_factory=list)
    shown: list[Shown] = field(default_factory=list)
    unexpected: list[Shown] = field(default_factory=list)

    def answer(self, *buttons: Button) -> None:
        self.answers.extend(buttons)

    def texts(self, kind: str) -> list[str]:
        return [s.text for s in self.shown if s.kind == kind]

    def question(self, parent: QWidget | None, title: str, text: str, *args: object) -> Button:
        shown = Shown("question", title, text)
        self.shown.append(shown)
        if self.answers:
            return self.answers.pop(0)
        # Nobody said what to answer: record it (the test fails at teardown) and take
        # the answer that changes nothing, so a forgotten question never hangs or saves.
        self.unexpected.append(shown)
        buttons = args[0] if args else Button.Cancel
        for safe in (Button.Cancel, Button.No):
            if buttons & safe:
                return safe
        return Button.Discard

    def message(self, kind: str) -> Callable[..., Button]:
        def show(parent: QWidget | None, title: str, text: str, *args: object) -> Button:
            self.shown.append(Shown(kind, title, text))
            return Button.Ok

        return show


@pytest.fixture(scope="session", autouse=True)
def _style(qapp: QApplication) -> None:
    # The look users get (red messages, red borders), so screenshots show the real thing.
    qapp.setStyleSheet(STYLE_SHEET)


@pytest.fixture(autouse=True)
def _same_language_after() -> Iterator[None]:
    # A test that switches the language sets Qt's default locale (nl_BE: 47,0); the next
    # test must start from the locale every test started from.
    before = QLocale()
    yield
    QLocale.setDefault(before)
    # and the texts: a test that started StageDesk in Dutch leaves no Dutch behind
    app = QApplication.instance()
    if app is not None:
        from stagedesk.ui.kit.language import remove_translators

        remove_translators(app)


@pytest.fixture(autouse=True)
def dialogs(monkeypatch: pytest.MonkeyPatch) -> Iterator[Dialogs]:
    recorder = Dialogs()
    monkeypatch.setattr(QMessageBox, "question", recorder.question)
    for kind in ("warning", "information", "critical"):
        monkeypatch.setattr(QMessageBox, kind, recorder.message(kind))
    yield recorder
    # Windows are closed by pytest-qt before this runs, so questions asked on closing
    # count too.
    assert not recorder.unexpected, f"questions nobody answered: {recorder.unexpected}"
    assert not recorder.answers, f"answers never asked for: {recorder.answers}"


@pytest.fixture
def seed(database: Database) -> Seed:
    return seed_small(database.sessions)


@pytest.fixture
def settings_path(tmp_path: Path) -> str:
    return str(tmp_path / "settings.ini")


WindowFactory = Callable[..., MainWindow]


@pytest.fixture
def make_window(qtbot: QtBot, database: Database, settings_path: str) -> WindowFactory:
    """Build, show and activate a main window as ``stagedesk.ui.shell.app.build_window`` does,
    with the seed's clock; ``database=`` for a second coordinator on the same file."""

    def make(on: Database | None = None) -> MainWindow:
        db = on or database
        context = AppContext(db, open_settings(settings_path), today=lambda: TODAY)
        advance_statuses(db.sessions, TODAY)
        window = MainWindow(context)
        qtbot.addWidget(window)
        window.show()
        qtbot.waitExposed(window)
        window.activateWindow()
        qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
        return window

    return make


@pytest.fixture
def window(seed: Seed, make_window: WindowFactory) -> MainWindow:
    return make_window()


@pytest.fixture
def user_settings(tmp_path_factory: pytest.TempPathFactory) -> Iterator[QSettings]:
    """The user's own settings (as ``run`` reads them), in a folder of this test; the
    language chosen is English, so what ``run`` shows reads as the tests expect (without a
    choice StageDesk follows the system, and speaks Dutch on a system without one)."""
    home = os.environ.get("XDG_CONFIG_HOME") or str(Path.home() / ".config")
    config = tmp_path_factory.mktemp("config")  # apart: tests look at what tmp_path holds
    QSettings.setPath(QSettings.Format.NativeFormat, QSettings.Scope.UserScope, str(config))
    settings = open_settings()
    settings.setValue(UI_LANGUAGE, "en")
    settings.sync()
    yield settings
    QSettings.setPath(QSettings.Format.NativeFormat, QSettings.Scope.UserScope, home)
