"""Opening a database in the window safely: the lock, a damaged file, where it lives.

Helpers of ``app.DatabaseOpener``, kept apart so that ``app`` stays light to import:
everything here loads only once the window is on screen.
"""

import datetime as dt
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QSettings
from PySide6.QtWidgets import QApplication, QDialog, QLabel, QMessageBox, QWidget

from stagedesk.core.db.locking import DatabaseLock, LockHeld, acquire
from stagedesk.core.db.placement import where_is
from stagedesk.core.db.problems import DatabaseProblem
from stagedesk.core.db.restoring import Restored
from stagedesk.messages import refusal_text
from stagedesk.ui.kit.settings import placement_warned_key
from stagedesk.ui.shell.main_window import MainWindow

Button = QMessageBox.StandardButton


def take_lock(parent: QWidget | None, db_path: Path) -> tuple[bool, DatabaseLock | None]:
    """The lock on ``db_path``: (True, lock), or (False, None) when another StageDesk has
    it and the user was told (or chose not to take it over). (True, None) when no lock
    file can be written here: opening then says why (a read-only folder)."""
    try:
        return True, acquire(db_path, dt.datetime.now())
    except LockHeld as held:
        if not held.elsewhere:
            QMessageBox.critical(parent, "StageDesk", refusal_text(held))
            return False, None
        question = (
            refusal_text(held)
            + "\n\n"
            + QCoreApplication.translate("Opening", "Take the database over?")
        )
        answer = QMessageBox.question(
            parent, "StageDesk", question, Button.Yes | Button.No, Button.No
        )
        if answer != Button.Yes:
            return False, None
        try:
            return True, acquire(db_path, dt.datetime.now(), take_over=held.holder)
        except LockHeld as again:  # someone else got there in between
            QMessageBox.critical(parent, "StageDesk", refusal_text(again))
            return False, None
    except OSError:
        return True, None


def offer_backups(
    parent: QWidget | None, db_path: Path, folder: Path, problem: DatabaseProblem
) -> Restored | None:
    """The damaged-database dialog; what was restored, or None (the user quit)."""
    from stagedesk.ui.shell.damaged_dialog import DamagedDialog, kept_message

    dialog = DamagedDialog(db_path, folder, problem, parent)
    if dialog.exec() != QDialog.DialogCode.Accepted or dialog.restored is None:
        return None
    QMessageBox.information(parent, "StageDesk", kept_message(dialog.restored))
    return dialog.restored


def warn_placement(window: MainWindow, db_path: Path, settings: QSettings) -> None:
    """In a synced or network folder: a dialog the first time, a note in the status bar."""
    where = where_is(db_path)
    if where.warning is None:
        return
    text = QCoreApplication.translate("Placement", where.warning).format(
        path=db_path, service=where.service
    )
    note = QLabel(QCoreApplication.translate("Opening", "Synced or network folder"), window)
    note.setObjectName("fieldError")
    note.setToolTip(text)
    window.statusBar().addPermanentWidget(note)
    key = placement_warned_key(db_path)
    if settings.value(key):
        return
    QMessageBox.warning(
        window, QCoreApplication.translate("Opening", "Where the database is"), text
    )
    settings.setValue(key, True)


def show_in_status_bar(text: str) -> None:
    """On whichever main window is open now (a restore replaces the window)."""
    for widget in QApplication.topLevelWidgets():
        if isinstance(widget, MainWindow) and widget.isVisible():
            widget.statusBar().showMessage(text, 30_000)
