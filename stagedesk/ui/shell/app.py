"""Starting the application: Qt, translations, the window, then the database.

The window is shown before the database is opened: importing SQLAlchemy and checking the
file cost several times what showing a window does, and a coordinator should see
StageDesk react at once. The database opens in the first turn of the event loop, with a
busy cursor; if it cannot be opened, the window closes and the reason is shown.
"""

import datetime as dt
import sys
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QObject, Qt, QThread, QTimer, Slot
from PySide6.QtWidgets import QApplication, QMessageBox

from stagedesk import __version__
from stagedesk.core.db.problems import DatabaseProblem, Problem
from stagedesk.messages import problem_text
from stagedesk.ui.kit.language import start_language
from stagedesk.ui.kit.settings import APPLICATION, ORGANISATION, open_settings, stored_database
from stagedesk.ui.kit.style import STYLE_SHEET
from stagedesk.ui.shell.attach import attach_database
from stagedesk.ui.shell.desktop_libraries import lacking_packages, missing_message
from stagedesk.ui.shell.main_window import MainWindow

if TYPE_CHECKING:
    from stagedesk.core.db.database import Database
    from stagedesk.core.db.locking import DatabaseLock
    from stagedesk.ui.shell.backup_jobs import DailyBackups

EXIT_BAD_DATABASE = 2
EXIT_NO_WINDOW = 2  # the desktop lacks what Qt needs to draw a window


def create_application(qt_args: list[str]) -> QApplication:
    existing = QApplication.instance()
    if isinstance(existing, QApplication):
        return existing
    app = QApplication([sys.argv[0], *qt_args])
    app.setOrganizationName(ORGANISATION)
    app.setApplicationName(APPLICATION)
    app.setApplicationVersion(__version__)
    app.setStyleSheet(STYLE_SHEET)
    from stagedesk.ui.settings.about import application_icon

    app.setWindowIcon(application_icon())  # every size: sharp on high-DPI screens too
    return app


def open_database(
    db_path: Path | None, db_url: str | None, backups: Path | None = None
) -> "Database":
    from stagedesk.core.db.database import open_sqlite, open_url
    from stagedesk.core.db.paths import default_database

    if db_url:
        return open_url(db_url)
    return open_sqlite(db_path or default_database(), backups)


def build_window(
    database: "Database",
    settings_path: str | None = None,
    today: Callable[[], dt.date] = dt.date.today,
) -> MainWindow:
    """A ready window on an open database (self-test, screenshots)."""
    window = MainWindow(settings=open_settings(settings_path))
    attach_database(window, database, today)
    return window


class DatabaseOpener(QObject):
    """Opens the database once the window is on screen, and keeps it safe while it runs.

    For a SQLite file: first the lock (one StageDesk per database), then opening with its
    integrity check; a damaged file brings the dialog that offers the newest good backup.
    Once open: a warning if the file is in a synced or network folder, and the daily
    backup (checked now and every hour, made off the GUI thread). ``close()`` releases it
    all when the application ends.
    """

    def __init__(self, window: MainWindow, db_path: Path | None, db_url: str | None) -> None:
        # Not a child of the window: restoring a backup replaces the window, while the
        # lock and the daily copy stay with the application.
        super().__init__()
        self.window = window
        self.settings = window.settings  # outlives the window a restore replaces
        self.db_path = db_path
        self.db_url = db_url
        if db_path is None and not db_url:  # nothing on the command line: the stored choice
            self.db_path, self.db_url = stored_database(window.settings)
        self.database: Database | None = None
        self.lock: DatabaseLock | None = None
        self.daily: DailyBackups | None = None

    def _file(self) -> Path | None:
        if self.db_url:
            return None
        from stagedesk.core.db.paths import default_database

        return self.db_path or default_database()

    def _backups(self, path: Path) -> Path:
        from stagedesk.ui.kit.settings import backup_folder

        return backup_folder(self.settings, path)

    @Slot()
    def open(self) -> None:
        from stagedesk.ui.shell.opening import take_lock

        path = self._file()
        if path is not None and self.lock is None:
            allowed, self.lock = take_lock(self.window, path)
            if not allowed:
                self._give_up(None)
                return
        QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            self.database = open_database(self.db_path, self.db_url, path and self._backups(path))
            attach_database(self.window, self.database)
        except DatabaseProblem as problem:
            QApplication.restoreOverrideCursor()
            if path is not None and problem.problem is Problem.CORRUPT:
                self._offer_backups(path, problem)
            else:
                self._give_up(problem_text(problem))
            return
        QApplication.restoreOverrideCursor()
        if path is not None:
            self._keep_safe(path)
        self._welcome()

    def _welcome(self) -> None:
        """A new organisation gets the first-start wizard; any other, once a year, the list
        of personal data due for anonymising."""
        from stagedesk.ui.first_start import maybe_run_first_start
        from stagedesk.ui.privacy.retention_prompt import maybe_ask_for_retention_review

        if not maybe_run_first_start(self.window):
            maybe_ask_for_retention_review(self.window)

    def _offer_backups(self, path: Path, problem: DatabaseProblem) -> None:
        from stagedesk.ui.shell.opening import offer_backups

        if offer_backups(self.window, path, self._backups(path), problem) is None:
            self._give_up(None)
        else:
            self.open()  # the restored file, checked again like any other

    def _give_up(self, message: str | None) -> None:
        self.window.hide()
        if message is not None:
            QMessageBox.critical(None, "StageDesk", message)
        self.close()
        if QThread.currentThread().loopLevel() > 0:
            # Only inside app.exec(): outside it, exit() would make every later event
            # loop (a dialog's exec()) return at once.
            QApplication.exit(EXIT_BAD_DATABASE)

    def _keep_safe(self, path: Path) -> None:
        from stagedesk.ui.shell.backup_jobs import DailyBackups
        from stagedesk.ui.shell.opening import show_in_status_bar, warn_placement

        warn_placement(self.window, path, self.settings)
        self.daily = DailyBackups(path, lambda: self._backups(path), parent=self)
        self.daily.failed.connect(show_in_status_bar)
        self.daily.start()

    def close(self) -> None:
        if self.daily is not None:
            self.daily.timer.stop()
        if self.database is not None:
            self.database.dispose()
        if self.lock is not None:
            self.lock.release()
            self.lock = None


def run(db_path: Path | None, db_url: str | None, qt_args: list[str]) -> int:
    settings = open_settings()
    lacking = lacking_packages()
    if lacking:  # Qt would end the process with a message about plugins
        words = QCoreApplication([sys.argv[0]])  # no window system needed for words
        start_language(words, settings)
        print(missing_message(lacking), file=sys.stderr)
        return EXIT_NO_WINDOW
    app = create_application(qt_args)
    start_language(app, settings)  # the chosen or the system's: texts, dates, numbers
    window = MainWindow(settings=settings)
    window.show()
    app.processEvents()  # paint the frame now, before the database work below
    opener = DatabaseOpener(window, db_path, db_url)
    QTimer.singleShot(0, opener.open)
    try:
        return app.exec()
    finally:
        opener.close()
