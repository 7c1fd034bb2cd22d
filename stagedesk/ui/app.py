"""Starting the application: Qt, translations, the database, the main window."""

import sys
from pathlib import Path

from PySide6.QtCore import QLibraryInfo, QLocale, QTranslator
from PySide6.QtWidgets import QApplication, QMessageBox

from stagedesk import __version__
from stagedesk.core.database import Database, DatabaseProblem, open_sqlite, open_url
from stagedesk.core.paths import default_database
from stagedesk.core.rules import advance_statuses
from stagedesk.messages import problem_text

from .context import AppContext
from .main_window import MainWindow
from .settings import APPLICATION, ORGANISATION, open_settings
from .style import STYLE_SHEET


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


def open_database(db_path: Path | None, db_url: str | None) -> Database:
    if db_url:
        return open_url(db_url)
    return open_sqlite(db_path or default_database())


def build_window(database: Database, settings_path: str | None = None) -> MainWindow:
    context = AppContext(database, open_settings(settings_path))
    advance_statuses(database.sessions, context.today())
    return MainWindow(context)


def run(db_path: Path | None, db_url: str | None, qt_args: list[str]) -> int:
    app = create_application(qt_args)
    try:
        database = open_database(db_path, db_url)
    except DatabaseProblem as problem:
        QMessageBox.critical(None, "StageDesk", problem_text(problem))
        return 2
    window = build_window(database)
    window.show()
    try:
        return app.exec()
    finally:
        database.dispose()
