"""Settings › Database: where the data is, testing a server before using it, switching to
it or back to a file (stored, then StageDesk starts again), never showing a password."""

import socket
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QLabel, QLineEdit, QMessageBox
from pytestqt.qtbot import QtBot
from sqlalchemy import URL

from stagedesk.core.db.database import Database, open_sqlite, open_url
from stagedesk.core.db.paths import default_database
from stagedesk.ui.kit.context import AppContext
from stagedesk.ui.kit.settings import DATABASE, open_settings, stored_database
from stagedesk.ui.settings.database_tab import DatabaseTab
from stagedesk.ui.settings.organisation import SettingsPage
from stagedesk.ui.shell.app import run
from tests.seed import TODAY
from tests.ui.conftest import Dialogs
from tests.ui.helpers import click, retype

Button = QMessageBox.StandardButton


class Restarts:
    """Stands in for starting StageDesk again: counts, and says whether the window closed."""

    def __init__(self) -> None:
        self.count = 0
        self.window_closes = True

    def __call__(self, _widget: object) -> bool:
        self.count += 1
        return self.window_closes


@pytest.fixture
def restarts() -> Restarts:
    return Restarts()


@pytest.fixture
def make_tab(qtbot: QtBot, settings_path: str, restarts: Restarts):  # type: ignore[no-untyped-def]
    def make(database: Database) -> DatabaseTab:
        context = AppContext(database, open_settings(settings_path), today=lambda: TODAY)
        tab = DatabaseTab(context, restart=restarts)
        qtbot.addWidget(tab)
        tab.show()
        return tab

    return make


def texts(tab: DatabaseTab) -> str:
    """Everything the tab shows in words."""
    shown = [label.text() for label in tab.findChildren(QLabel)]
    shown += [line.text() for line in tab.findChildren(QLineEdit)]
    return "\n".join(shown)


def test_the_tab_is_on_the_settings_page(database: Database, settings_path: str, qtbot) -> None:
    page = SettingsPage(AppContext(database, open_settings(settings_path), today=lambda: TODAY))
    qtbot.addWidget(page)
    titles = [page.tabs.tabText(i) for i in range(page.tabs.count())]
    assert "Database" in titles
    assert page.tabs.widget(titles.index("Database")) is page.database


def test_it_says_where_the_data_is(database: Database, make_tab) -> None:  # type: ignore[no-untyped-def]
    tab = make_tab(database)
    assert f"in a file on this computer:\n{database.path}" in tab.location.text()
    assert tab.file.text() == str(database.path)
    assert not tab.use_file_button.isEnabled()  # the file in use already
    assert not tab.test_button.isEnabled() and not tab.use_server_button.isEnabled()


def test_a_server_is_tested_then_used(
    database: Database,
    make_tab,  # type: ignore[no-untyped-def]
    postgres_url: URL,
    qtbot: QtBot,
    dialogs: Dialogs,
    restarts: Restarts,
    settings_path: str,
) -> None:
    tab = make_tab(database)
    url = postgres_url.set(drivername="postgresql").render_as_string(hide_password=False)
    retype(qtbot, tab.url, url)
    assert not tab.use_server_button.isEnabled()  # not before a test
    click(qtbot, tab.test_button)
    qtbot.waitUntil(lambda: tab.job is None)
    assert tab.status.text().startswith("Connected to PostgreSQL ")
    assert "empty: StageDesk creates its tables" in tab.status.text()
    dialogs.answer(Button.Ok)
    click(qtbot, tab.use_server_button)
    assert restarts.count == 1
    assert stored_database(QSettings(settings_path, QSettings.Format.IniFormat)) == (None, url)
    assert "closes and starts again on postgresql+psycopg://" in dialogs.texts("question")[0]


def test_changing_the_address_after_the_test_asks_for_a_new_test(
    database: Database,
    make_tab,
    postgres_url: URL,
    qtbot: QtBot,  # type: ignore[no-untyped-def]
) -> None:
    tab = make_tab(database)
    retype(qtbot, tab.url, postgres_url.render_as_string(hide_password=False))
    click(qtbot, tab.test_button)
    qtbot.waitUntil(lambda: tab.job is None)
    assert tab.use_server_button.isEnabled()
    qtbot.keyClicks(tab.url, "x")
    assert not tab.use_server_button.isEnabled() and tab.status.text() == ""


def _closed_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


@pytest.mark.parametrize(
    ("typed", "said"),
    [
        ("mysql://stagedesk@db/stagedesk", "not the address of a PostgreSQL database"),
        ("stagedesk op de server", "not the address of a PostgreSQL database"),
        (f"postgresql://stagedesk:Geheim@127.0.0.1:{_closed_port()}/x", "cannot reach"),
    ],
)
def test_what_cannot_be_used_is_said_and_not_offered(
    database: Database,
    make_tab,
    qtbot: QtBot,
    typed: str,
    said: str,  # type: ignore[no-untyped-def]
) -> None:
    tab = make_tab(database)
    retype(qtbot, tab.url, typed)
    click(qtbot, tab.test_button)
    qtbot.waitUntil(lambda: tab.job is None and tab.status.text() != "Connecting…")
    assert said in tab.status.text()
    assert "Geheim" not in tab.status.text()
    assert not tab.use_server_button.isEnabled()


def test_a_stored_password_is_used_but_never_shown(
    database: Database,
    make_tab,
    settings_path: str,  # type: ignore[no-untyped-def]
) -> None:
    stored = "postgresql://stagedesk:Geheim%2123@db.example.be/stagedesk"
    open_settings(settings_path).setValue(DATABASE, stored)
    tab = make_tab(database)
    assert tab.url.text() == "postgresql+psycopg://stagedesk:***@db.example.be/stagedesk"
    assert "Geheim" not in texts(tab)
    assert tab.entered_url() == stored  # left as shown: the stored one, password and all


def test_back_to_a_file_and_to_the_default(
    postgres_url: URL,
    make_tab,  # type: ignore[no-untyped-def]
    qtbot: QtBot,
    dialogs: Dialogs,
    restarts: Restarts,
    settings_path: str,
    tmp_path: Path,
) -> None:
    server = open_url(postgres_url)
    try:
        open_settings(settings_path).setValue(DATABASE, str(postgres_url))
        tab = make_tab(server)
        assert "in a shared database on a server:\npostgresql+psycopg://" in tab.location.text()
        assert tab.file.text() == str(default_database())
        chosen = tmp_path / "eigen.sqlite"
        retype(qtbot, tab.file, str(chosen))
        dialogs.answer(Button.Ok)
        click(qtbot, tab.use_file_button)
        settings = QSettings(settings_path, QSettings.Format.IniFormat)
        assert stored_database(settings) == (chosen, None)
        retype(qtbot, tab.file, str(default_database()))
        dialogs.answer(Button.Ok)
        click(qtbot, tab.use_file_button)
        assert QSettings(settings_path, QSettings.Format.IniFormat).value(DATABASE) is None
        assert restarts.count == 2
    finally:
        server.dispose()


def test_nothing_is_stored_when_cancelled_or_the_window_stays_open(
    database: Database,
    make_tab,  # type: ignore[no-untyped-def]
    qtbot: QtBot,
    dialogs: Dialogs,
    restarts: Restarts,
    settings_path: str,
    tmp_path: Path,
) -> None:
    open_settings(settings_path).setValue(DATABASE, "/srv/vorige.sqlite")
    tab = make_tab(database)
    retype(qtbot, tab.file, str(tmp_path / "ander.sqlite"))
    dialogs.answer(Button.Cancel)
    click(qtbot, tab.use_file_button)
    assert restarts.count == 0
    restarts.window_closes = False  # unsaved changes elsewhere: the user kept the window
    dialogs.answer(Button.Ok)
    click(qtbot, tab.use_file_button)
    assert restarts.count == 1
    settings = QSettings(settings_path, QSettings.Format.IniFormat)
    assert settings.value(DATABASE) == "/srv/vorige.sqlite"


def test_starting_without_a_database_on_the_command_line_opens_the_stored_one(
    user_settings: QSettings,
    dialogs: Dialogs,
    qapp: object,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    # Were the stored choice ignored, the default file would be opened: not a database.
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "data"))
    default_database().parent.mkdir(parents=True)
    default_database().write_text("geen databank")
    stored = f"postgresql://stagedesk:Geheim@127.0.0.1:{_closed_port()}/stagedesk"
    user_settings.setValue(DATABASE, stored)
    user_settings.sync()
    assert run(None, None, []) == 2  # the stored server is chosen, and cannot be reached
    [message] = dialogs.texts("critical")
    assert "cannot reach the database postgresql+psycopg://stagedesk:***@127.0.0.1" in message
    assert "Geheim" not in message


def test_a_database_opened_before_is_offered_again(
    database: Database,
    make_tab,  # type: ignore[no-untyped-def]
    qtbot: QtBot,
    dialogs: Dialogs,
    restarts: Restarts,
    settings_path: str,
    tmp_path: Path,
) -> None:
    from stagedesk.ui.kit.settings import recent_databases, remember_database

    other = tmp_path / "vorig-jaar.sqlite"
    open_sqlite(other).dispose()
    settings = open_settings(settings_path)
    remember_database(settings, tmp_path / "verdwenen.sqlite")  # moved away since
    remember_database(settings, other)
    assert database.path is not None
    remember_database(settings, database.path)
    assert recent_databases(settings)[:2] == [str(database.path), str(other)]
    settings.sync()
    tab = make_tab(database)
    offered = [tab.recent.itemText(i) for i in range(1, tab.recent.count())]
    assert offered == [str(database.path), str(other)]  # the missing file is not offered
    tab.recent.setCurrentIndex(2)
    tab.recent.activated.emit(2)
    assert tab.file.text() == str(other)
    dialogs.answer(Button.Ok)
    click(qtbot, tab.use_file_button)
    assert stored_database(QSettings(settings_path, QSettings.Format.IniFormat)) == (other, None)
    assert restarts.count == 1
