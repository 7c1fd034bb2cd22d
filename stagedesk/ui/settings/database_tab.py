"""Settings › Database: where the data is, and moving to a shared server database or back.

A server is given by URL; "Test connection" looks at it (off the GUI thread, changing
nothing) and only then "Use this database" is offered. Using a database stores the choice
(``settings.DATABASE``) and starts StageDesk again on it, so that opening goes through the
same checks as every start. A password in the URL is stored but never shown.
"""

from collections.abc import Callable, Generator
from pathlib import Path
from typing import Any

from PySide6.QtCore import Slot
from PySide6.QtWidgets import (
    QComboBox,
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from stagedesk.core.db.database import database_url, shown_url
from stagedesk.core.db.paths import default_database
from stagedesk.core.db.problems import DatabaseProblem
from stagedesk.core.db.shared_database import Probe, ServerState, probe
from stagedesk.messages import problem_text
from stagedesk.ui.kit.context import AppContext
from stagedesk.ui.kit.restart import restart_stagedesk
from stagedesk.ui.kit.settings import DATABASE, recent_databases, stored_database
from stagedesk.ui.kit.shell import Shell
from stagedesk.ui.kit.workers import Job

Restart = Callable[[Shell | None], bool]
USABLE = (ServerState.EMPTY, ServerState.CURRENT, ServerState.OLDER)


def probe_work(url: str) -> Generator[tuple[int, int], None, Probe | DatabaseProblem]:
    yield 0, 1
    try:
        return probe(url)
    except DatabaseProblem as problem:
        return problem


class DatabaseTab(QWidget):
    def __init__(
        self,
        context: AppContext,
        parent: QWidget | None = None,
        *,
        restart: Restart = restart_stagedesk,
    ) -> None:
        super().__init__(parent)
        self.context = context
        self.restart = restart
        self.job: Job | None = None
        self._tested: str | None = None  # the URL that passed "Test connection"
        self._stored_url = stored_database(context.settings)[1] or ""
        self._build()
        self._fill()

    # -- building ------------------------------------------------------------------------
    def _build(self) -> None:
        self.location = QLabel(self)
        self.location.setWordWrap(True)
        self.location.setAccessibleName(self.tr("Where your data is"))
        self.url = QLineEdit(self)
        self.url.setAccessibleName(self.tr("Server address (URL)"))
        self.url.setPlaceholderText("postgresql://stagedesk@server.example.be/stagedesk")
        self.test_button = QPushButton(self.tr("&Test connection"), self)
        self.use_server_button = QPushButton(self.tr("&Use this database"), self)
        self.status = QLabel(self)
        self.status.setWordWrap(True)
        self.file = QLineEdit(self)
        self.file.setAccessibleName(self.tr("Database file"))
        self.choose_button = QPushButton(self.tr("C&hoose…"), self)
        self.use_file_button = QPushButton(self.tr("Use this &file"), self)
        self.recent = QComboBox(self)
        self.recent.setAccessibleName(self.tr("Recent databases"))
        self._lay_out()
        self.url.textChanged.connect(self._url_changed)
        self.test_button.clicked.connect(self.test_connection)
        self.use_server_button.clicked.connect(self.use_server)
        self.choose_button.clicked.connect(self._choose_file)
        self.use_file_button.clicked.connect(self.use_file)
        self.file.textChanged.connect(self._update_buttons)
        self.recent.activated.connect(self._pick_recent)

    def _lay_out(self) -> None:
        server = QGroupBox(self.tr("A shared database on a PostgreSQL server"), self)
        hint = QLabel(
            self.tr(
                "For several coordinators at once. Your IT department gives you the "
                "address, e.g. postgresql://name@server/stagedesk. Keep the password in a "
                "PostgreSQL password file (pgpass) rather than in the address."
            ),
            server,
        )
        hint.setWordWrap(True)
        form = QFormLayout(server)
        form.addRow(hint)
        form.addRow(self.tr("Address:"), self.url)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.test_button)
        buttons.addWidget(self.use_server_button)
        form.addRow(buttons)
        form.addRow(self.status)
        local = QGroupBox(self.tr("A file on this computer"), self)
        row = QHBoxLayout()
        row.addWidget(self.file, 1)
        row.addWidget(self.choose_button)
        row.addWidget(self.use_file_button)
        files = QFormLayout(local)
        files.addRow(self.tr("File:"), row)
        files.addRow(self.tr("Recent:"), self.recent)
        layout = QVBoxLayout(self)
        layout.addWidget(self.location)
        layout.addWidget(server)
        layout.addWidget(local)
        layout.addStretch(1)

    def _fill(self) -> None:
        database = self.context.database
        if database.path is not None:
            where = self.tr("Your data is in a file on this computer:\n{}")
            self.file.setText(str(database.path))
        else:
            where = self.tr("Your data is in a shared database on a server:\n{}")
            self.file.setText(str(default_database()))
        self.location.setText(where.format(database.location))
        self.recent.clear()
        self.recent.addItem(self.tr("— a database opened before —"), "")
        for path in recent_databases(self.context.settings):
            if Path(path).is_file():  # one moved or deleted since is not offered
                self.recent.addItem(path, path)
        self.recent.setEnabled(self.recent.count() > 1)
        # A stored URL with a password is shown without it; left as shown, it is used.
        self.url.setText(shown_url(self._stored_url) if self._stored_url else "")
        self._update_buttons()

    # -- the server ----------------------------------------------------------------------
    def entered_url(self) -> str:
        text = self.url.text().strip()
        if self._stored_url and text == shown_url(self._stored_url):
            return self._stored_url
        return text

    @Slot()
    def _url_changed(self) -> None:
        self._tested = None
        self.status.clear()
        self._update_buttons()

    @Slot()
    def test_connection(self) -> None:
        url = self.entered_url()
        try:
            is_postgresql = database_url(url).get_backend_name() == "postgresql"
        except Exception:  # not a URL at all
            is_postgresql = False
        if not is_postgresql:
            self.status.setText(
                self.tr(
                    "This is not the address of a PostgreSQL database. It looks like "
                    "postgresql://name@server/database."
                )
            )
            return
        self.job = Job(probe_work, url)
        self.job.finished.connect(self._on_probed)
        self.status.setText(self.tr("Connecting…"))
        self._update_buttons()
        self.job.start()

    @Slot(object)
    def _on_probed(self, result: object) -> None:
        url, self.job = self.entered_url(), None
        if isinstance(result, DatabaseProblem):
            self.status.setText(problem_text(result))
        else:
            assert isinstance(result, Probe)
            self.status.setText(self._describe(result))
            if result.state in USABLE:
                self._tested = url
        self._update_buttons()

    def _describe(self, found: Probe) -> str:
        said = {
            ServerState.EMPTY: self.tr(
                "The database is empty: StageDesk creates its tables when it starts on it."
            ),
            ServerState.CURRENT: self.tr("The database holds StageDesk data."),
            ServerState.OLDER: self.tr(
                "The database holds data of an older StageDesk; it is brought up to date "
                "when StageDesk starts on it."
            ),
            ServerState.NEWER: self.tr(
                "The database was saved by a newer StageDesk. Install the newest StageDesk "
                "to use it."
            ),
            ServerState.OTHER: self.tr(
                "The database holds tables of another program. Ask for an empty database "
                "for StageDesk."
            ),
        }[found.state]
        return self.tr("Connected to {server}.").format(server=found.server) + " " + said

    @Slot()
    def use_server(self) -> None:
        url = self.entered_url()
        assert self._tested == url, "test the connection first"
        self._switch(url, shown_url(url))

    # -- a file --------------------------------------------------------------------------
    @Slot()
    def _choose_file(self) -> None:
        chosen, _filter = QFileDialog.getSaveFileName(
            self,
            self.tr("Database file"),
            self.file.text(),
            self.tr("StageDesk database (*.sqlite)"),
            options=QFileDialog.Option.DontConfirmOverwrite,
        )
        if chosen:
            self.file.setText(chosen)

    @Slot()
    @Slot(int)
    def _pick_recent(self, index: int) -> None:
        path = self.recent.itemData(index)
        if path:
            self.file.setText(str(path))

    def use_file(self) -> None:
        path = Path(self.file.text().strip()).absolute()
        # The default file is no choice to store: it follows the user's data folder.
        self._switch(None if path == default_database().absolute() else str(path), str(path))

    # -- switching -----------------------------------------------------------------------
    def _switch(self, location: str | None, shown: str) -> None:
        answer = QMessageBox.question(
            self,
            self.tr("Use another database"),
            self.tr("StageDesk closes and starts again on {}.").format(shown),
            QMessageBox.StandardButton.Ok | QMessageBox.StandardButton.Cancel,
            QMessageBox.StandardButton.Ok,
        )
        if answer != QMessageBox.StandardButton.Ok:
            return
        settings = self.context.settings
        before: Any = settings.value(DATABASE)
        if location is None:
            settings.remove(DATABASE)
        else:
            settings.setValue(DATABASE, location)
        settings.sync()
        if not self.restart(self.context.shell):  # the user kept the window open after all
            if before is None:
                settings.remove(DATABASE)
            else:
                settings.setValue(DATABASE, before)

    def _update_buttons(self) -> None:
        busy = self.job is not None
        self.test_button.setEnabled(not busy and bool(self.url.text().strip()))
        url = self.entered_url()
        self.use_server_button.setEnabled(
            not busy
            and self._tested == url
            and shown_url(url) != self.context.database.location  # not the one in use
        )
        current = self.context.database.path
        chosen = self.file.text().strip()
        self.use_file_button.setEnabled(
            bool(chosen) and (current is None or Path(chosen).absolute() != current.absolute())
        )
