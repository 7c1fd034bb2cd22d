"""The demo organisation beside the real one: making it, opening it, and going back.

The demo is a database file of its own (``stagedesk-demo.sqlite``, next to the real
one). Opening it stores it as the database to use, remembers the real one
(``settings.DEMO_OWN_DATABASE``) and starts StageDesk again on it, as Settings › Database
does for any other file; "Back to my own data" does the reverse. While it is open, the
window title, the status bar and Settings say so.
"""

import datetime as dt
from collections.abc import Callable, Generator
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, QObject, Qt, Signal, Slot
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QProgressDialog,
    QPushButton,
    QWidget,
)

from stagedesk.core.db.paths import data_dir, default_database
from stagedesk.core.first_start import demo_file_for, is_demo_file, make_demo_file
from stagedesk.ui.kit.context import AppContext
from stagedesk.ui.kit.restart import restart_stagedesk
from stagedesk.ui.kit.settings import DATABASE, DEMO_OWN_DATABASE, stored_database
from stagedesk.ui.kit.shell import Shell
from stagedesk.ui.kit.workers import Job

if TYPE_CHECKING:
    from stagedesk.ui.shell.main_window import MainWindow

Restart = Callable[[Shell | None], bool]


def default_restart(shell: Shell | None) -> bool:

    return restart_stagedesk(shell)


def is_demo(context: AppContext) -> bool:
    return is_demo_file(context.database.path)


def mark_if_demo(window: "MainWindow") -> None:
    """Say it in the title and the status bar when the window shows the demo."""
    if not is_demo(window.context):
        return
    window.setWindowTitle(
        QCoreApplication.translate(
            "MainWindow", "StageDesk — Demo organisation — {location}"
        ).format(location=window.context.database.location)
    )
    badge = QLabel(
        QCoreApplication.translate("MainWindow", "Demo organisation: not your own data"), window
    )
    badge.setObjectName("demoBadge")
    badge.setStyleSheet("QLabel#demoBadge { background: #fff3cd; padding: 1px 6px; }")
    window.statusBar().addPermanentWidget(badge)
    window.demo_badge = badge  # type: ignore[attr-defined]


def demo_path(context: AppContext) -> Path:
    return demo_file_for(context.database.path, data_dir())


def _own_location(context: AppContext) -> str:
    """The database in use now, as ``settings.DATABASE`` would store it."""
    if context.database.path is not None:
        return str(context.database.path.absolute())
    return stored_database(context.settings)[1] or context.database.location


def _switch(widget: QWidget, context: AppContext, location: str | None, restart: Restart) -> bool:
    """Store ``location`` (None: the default file) as the database, and start again on it;
    when the user keeps the window open after all, nothing changes."""
    settings = context.settings
    before: Any = settings.value(DATABASE)
    if location is None or Path(location) == default_database():
        settings.remove(DATABASE)
    else:
        settings.setValue(DATABASE, location)
    settings.sync()
    if restart(context.shell):
        return True
    if before is None:
        settings.remove(DATABASE)
    else:
        settings.setValue(DATABASE, before)
    return False


def open_demo(widget: QWidget, context: AppContext, path: Path, restart: Restart) -> bool:
    """Start StageDesk again on the demo at ``path``, remembering the real database."""
    own = _own_location(context)
    context.settings.setValue(DEMO_OWN_DATABASE, own)
    if _switch(widget, context, str(path.absolute()), restart):
        return True
    context.settings.remove(DEMO_OWN_DATABASE)
    return False


def back_to_own_data(widget: QWidget, context: AppContext, restart: Restart) -> bool:
    own = context.settings.value(DEMO_OWN_DATABASE)
    location = own if isinstance(own, str) and own else None
    if not _switch(widget, context, location, restart):
        return False
    context.settings.remove(DEMO_OWN_DATABASE)
    context.settings.sync()
    return True


def demo_work(target: Path, today: dt.date) -> Generator[tuple[int, int], None, Any]:
    """For ``Job``: make the demo file; its summary, or the reason it could not be made."""
    yield 0, 1
    try:
        return make_demo_file(target, today)
    except Exception as error:  # a lock, a full disk: said to the user, not lost
        return error


class DemoMaker(QObject):
    """Makes the demo off the GUI thread behind a progress dialog, then opens it."""

    done = Signal(bool)  # True: StageDesk starts again on the demo

    def __init__(self, parent: QWidget, context: AppContext, restart: Restart) -> None:
        super().__init__(parent)
        self.parent_widget, self.context, self.restart = parent, context, restart
        self.path = demo_path(context)
        self.job: Job | None = None
        self.progress = QProgressDialog(self.tr("Making the demo organisation…"), "", 0, 0, parent)
        self.progress.setWindowTitle("StageDesk")
        self.progress.setCancelButton(None)
        self.progress.setWindowModality(Qt.WindowModality.WindowModal)
        self.progress.setMinimumDuration(0)

    def start(self) -> None:
        self.job = Job(demo_work, self.path, self.context.today())
        self.job.finished.connect(self._on_finished)
        self.job.failed.connect(self._on_failed)
        self.progress.show()
        self.job.start()

    @Slot(object)
    def _on_finished(self, result: object) -> None:
        self.progress.close()
        if isinstance(result, Exception):
            self._on_failed(str(result))
            return
        self.done.emit(open_demo(self.parent_widget, self.context, self.path, self.restart))

    @Slot(str)
    def _on_failed(self, message: str) -> None:
        self.progress.close()
        QMessageBox.warning(
            self.parent_widget,
            self.tr("Demo organisation"),
            self.tr("The demo organisation could not be made: {reason}").format(
                reason=message.split("\n\n", 1)[0]
            ),
        )
        self.done.emit(False)


class DemoBanner(QFrame):
    """On Settings while the demo is open: it is not your data, and the way back."""

    def __init__(
        self, context: AppContext, parent: QWidget | None = None, restart: Restart = default_restart
    ) -> None:
        super().__init__(parent)
        self.setObjectName("demoBanner")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.context = context
        self.restart = restart  # replaced in tests
        self.text = QLabel(
            self.tr(
                "You are exploring the demo organisation: made-up people and internships. "
                "Your own data is kept apart and is not changed."
            ),
            self,
        )
        self.text.setWordWrap(True)
        self.back_button = QPushButton(self.tr("Back to my own data"), self)
        self.back_button.clicked.connect(self.go_back)
        layout = QHBoxLayout(self)
        layout.addWidget(self.text, 1)
        layout.addWidget(self.back_button)

    @Slot()
    def go_back(self) -> bool:
        return back_to_own_data(self, self.context, self.restart)
