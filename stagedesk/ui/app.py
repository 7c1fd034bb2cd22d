"""Starting the application: Qt, translations, the window, then the database.

The window is shown before the database is opened: importing SQLAlchemy and checking the
file cost several times what showing a window does, and a coordinator should see
StageDesk react at once. The database opens in the first turn of the event loop, with a
busy cursor; if it cannot be opened, the window closes and the reason is shown.
"""

import sys
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QLibraryInfo, QLocale, QObject, Qt, QTimer, QTranslator, Slot
from PySide6.QtWidgets import QApplication, QMessageBox

from stagedesk import __version__
from stagedesk.core.problems import DatabaseProblem
from stagedesk.messages import problem_text

from .main_window import MainWindow
from .settings import APPLICATION, ORGANISATION, open_settings
from .style import STYLE_SHEET

if TYPE_CHECKING:
    from stagedesk.core.database import Database

EXIT_BAD_DATABASE = 2


def create_application(qt_args: list[str]) -> QApplication:
    existing = QApplication.instance()
    if isinstance(existing, QApplication):
        return existing
    app = QApplication([sys.argv[0], *qt_args])
    app.setOrganizationName(ORGANISATION)
    app.setApplicationName(APPLICATION)
    app.setApplicationVersion(__version__)
    app.setStyleSheet(STYLE_SHEET)
    _install_qt_translations(app)
    return app


def _install_qt_translations(app: QApplication) -> None:
    # Qt's own strings (Yes/No/Cancel, the calendar) in the user's language.
    translator = QTranslator(app)
    folder = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    if translator.load(QLocale(), "qtbase", "_", folder):
        app.installTranslator(translator)


def open_database(db_path: Path | None, db_url: str | None) -> "Database":
    from stagedesk.core.database import open_sqlite, open_url
    from stagedesk.core.paths import default_database

    if db_url:
        return open_url(db_url)
    return open_sqlite(db_path or default_database())


def attach_database(window: MainWindow, database: "Database") -> None:
    """Bring statuses up to date with the calendar, then fill the window."""
    from stagedesk.core.rules import advance_statuses

    from .context import AppContext

    context = AppContext(database, window.settings)
    advance_statuses(database.sessions, context.today())
    window.attach(context)


def build_window(database: "Database", settings_path: str | None = None) -> MainWindow:
    """A ready window on an open database (self-test, screenshots)."""
    window = MainWindow(settings=open_settings(settings_path))
    attach_database(window, database)
    return window


class _Opener(QObject):
    """Opens the database once the window is on screen."""

    def __init__(self, window: MainWindow, db_path: Path | None, db_url: str | None) -> None:
        super().__init__(window)
        self.window = window
        self.db_path = db_path
        self.db_url = db_url
        self.database: Database | None = None

    @Slot()
    def open(self) -> None:
        QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            self.database = open_database(self.db_path, self.db_url)
            attach_database(self.window, self.database)
        except DatabaseProblem as problem:
            QApplication.restoreOverrideCursor()
            self.window.hide()
            QMessageBox.critical(None, "StageDesk", problem_text(problem))
            QApplication.exit(EXIT_BAD_DATABASE)
            return
        QApplication.restoreOverrideCursor()


def run(db_path: Path | None, db_url: str | None, qt_args: list[str]) -> int:
    app = create_application(qt_args)
    window = MainWindow(settings=open_settings())
    window.show()
    app.processEvents()  # paint the frame now, before the database work below
    opener = _Opener(window, db_path, db_url)
    QTimer.singleShot(0, opener.open)
    try:
        return app.exec()
    finally:
        if opener.database is not None:
            opener.database.dispose()
