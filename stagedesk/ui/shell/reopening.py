"""Restoring a backup into the running StageDesk, and opening it again.

The window is closed first (it asks about unsaved changes, and its database connections
must be closed: Windows cannot replace an open file), the swap and the opening of the
restored file run off the GUI thread behind a small progress window, then a new main
window of the same kind opens on the restored database. If anything fails, the old
window comes back as it was. The lock on the file stays held throughout (same file).
"""

import datetime as dt
from collections.abc import Generator
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, Qt, Signal, Slot
from PySide6.QtWidgets import QApplication, QMessageBox, QProgressDialog

from stagedesk.core.db.problems import DatabaseProblem, Refusal
from stagedesk.messages import problem_text, refusal_text
from stagedesk.ui.kit.workers import Job
from stagedesk.ui.shell.attach import attach_database

if TYPE_CHECKING:
    from stagedesk.ui.shell.main_window import MainWindow


def restore_work(
    db_path: Path, backup: Path, folder: Path, now: dt.datetime
) -> Generator[tuple[int, int], None, Any]:
    """Swap in the backup and open the result. Returns a Refusal (nothing was swapped), or
    (Database or the DatabaseProblem that kept it from opening, Restored)."""
    from stagedesk.core.db.backups import BackupFailed
    from stagedesk.core.db.database import open_sqlite
    from stagedesk.core.db.restoring import RestoreRefused, restore

    yield 0, 2
    try:
        restored = restore(db_path, backup, folder, now)
    except (RestoreRefused, BackupFailed) as refused:
        return refused
    yield 1, 2
    try:
        database = open_sqlite(db_path, backups=folder)
    except DatabaseProblem as problem:
        return problem, restored
    return database, restored


class Reopener(QObject):
    """Restore ``backup`` into the running StageDesk of ``window`` (see the module text).

    ``reopened`` carries the new MainWindow; ``failed`` the message shown.
    """

    reopened = Signal(object)
    failed = Signal(str)

    def __init__(self, window: "MainWindow", backup: Path, folder: Path) -> None:
        super().__init__()
        self.window, self.backup, self.folder = window, backup, folder
        self.job: Job | None = None
        self.progress: QProgressDialog | None = None

    def start(self, now: dt.datetime) -> bool:
        """False when the user kept the window open (unsaved changes)."""
        database = self.window.context.database
        assert database.path is not None, "restoring is for a SQLite file"
        app = QApplication.instance()
        assert isinstance(app, QApplication)
        quits = app.quitOnLastWindowClosed()
        app.setQuitOnLastWindowClosed(False)  # for the moment no window is open
        try:
            if not self.window.close():
                return False
            self._show_progress()
        finally:
            app.setQuitOnLastWindowClosed(quits)
        database.dispose()  # its connections close: the file can be replaced
        self.job = Job(restore_work, database.path, self.backup, self.folder, now)
        self.job.finished.connect(self._on_finished)
        self.job.failed.connect(self._on_failed)
        self.job.start()
        return True

    def _show_progress(self) -> None:
        self.progress = QProgressDialog(
            self.tr("Putting back the backup and reopening StageDesk…"), "", 0, 0
        )
        self.progress.setMinimumWidth(460)
        self.progress.setWindowTitle("StageDesk")
        self.progress.setCancelButton(None)
        self.progress.setWindowModality(Qt.WindowModality.ApplicationModal)
        self.progress.setMinimumDuration(0)
        self.progress.show()

    @Slot(object)
    def _on_finished(self, result: object) -> None:
        if isinstance(result, Refusal):
            self._give_up(refusal_text(result))
            return
        assert isinstance(result, tuple)
        opened: Any = result[0]
        restored: Any = result[1]
        if isinstance(opened, DatabaseProblem):
            self._stop(opened, restored)
            return
        window = type(self.window)(settings=self.window.settings)  # a window like this one
        attach_database(window, opened)
        app = QApplication.instance()
        assert app is not None
        app.aboutToQuit.connect(opened.dispose)
        window.show()
        self._close_progress()
        self.window.deleteLater()
        self.reopened.emit(window)

    def _stop(self, problem: DatabaseProblem, restored: Any) -> None:
        """The backup is in place but does not open (an upgrade failed): the old window
        must not work on it. Say where the replaced file is kept, and end."""
        self._close_progress()
        message = problem_text(problem)
        if restored.kept is not None:
            message += "\n\n" + self.tr("The file it replaced is kept as {path}.").format(
                path=restored.kept
            )
        QMessageBox.critical(None, "StageDesk", message)
        self.failed.emit(message)
        QApplication.exit(2)

    @Slot(str)
    def _on_failed(self, message: str) -> None:
        self._give_up(message.split("\n\n", 1)[0])

    def _give_up(self, message: str) -> None:
        """Nothing was swapped, or the swapped file did not open: show the old window."""
        self.window.show()
        self._close_progress()
        QMessageBox.warning(self.window, self.tr("Not restored"), message)
        self.failed.emit(message)

    def _close_progress(self) -> None:
        if self.progress is not None:
            self.progress.close()
            self.progress.deleteLater()
            self.progress = None
