"""The database is damaged: say so plainly and offer the newest good backup.

Shown at start-up when SQLite's quick check fails. The backups are checked newest first
until one passes (each check reads the whole file, a quarter second on a large database);
that one is selected, the newer ones that failed are marked damaged. Restoring keeps the
damaged file under another name (``<name>.damaged-<time>``), never deletes it.
"""

import datetime as dt
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QItemSelectionModel, Slot
from PySide6.QtWidgets import (
    QDialog,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from stagedesk.core.db.backups import Backup, BackupFailed, list_backups
from stagedesk.core.db.problems import DatabaseProblem
from stagedesk.core.db.restoring import Restored, RestoreRefused, newest_good, restore
from stagedesk.messages import problem_text, refusal_text
from stagedesk.ui.settings.backups_tab import (
    BackupRole,
    BackupsModel,
    backups_view,
    selected_backup,
)


class DamagedDialog(QDialog):
    """``restored`` is set once a backup was put in place (then the dialog accepts)."""

    def __init__(
        self, db_path: Path, folder: Path, problem: DatabaseProblem, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.db_path, self.folder = db_path, folder
        self.restored: Restored | None = None
        self.setWindowTitle(self.tr("The database is damaged"))
        self.model = BackupsModel(self, checks=True)
        self.view = backups_view(self.model, self)
        self._build(problem)
        self._find_good_backup()

    def _build(self, problem: DatabaseProblem) -> None:
        message = QLabel(problem_text(problem), self)
        message.setObjectName("fieldError")
        message.setWordWrap(True)
        explanation = QLabel(
            self.tr(
                "StageDesk can put back a backup copy. What was saved after that copy is not "
                "in it. The damaged file is kept as it is, under another name, so that "
                "nothing is thrown away."
            ),
            self,
        )
        explanation.setWordWrap(True)
        self.status = QLabel(self)
        self.status.setWordWrap(True)
        self.restore_button = QPushButton(self.tr("&Restore this backup"), self)
        self.restore_button.setDefault(True)
        self.other_button = QPushButton(self.tr("Choose &another file…"), self)
        self.quit_button = QPushButton(self.tr("&Quit"), self)
        buttons = QHBoxLayout()
        buttons.addWidget(self.other_button)
        buttons.addStretch(1)
        buttons.addWidget(self.restore_button)
        buttons.addWidget(self.quit_button)
        layout = QVBoxLayout(self)
        for widget in (message, explanation, self.view, self.status):
            layout.addWidget(widget)
        layout.addLayout(buttons)
        self.restore_button.clicked.connect(self.restore_selected)
        self.other_button.clicked.connect(self.choose_file)
        self.quit_button.clicked.connect(self.reject)
        self.view.selectionModel().selectionChanged.connect(self._enable)
        self.resize(640, 420)

    def _find_good_backup(self) -> None:
        backups = list_backups(self.folder, self.db_path)
        good, bad = newest_good(backups)
        checked = {b.path: False for b in bad}
        if good is not None:
            checked[good.path] = True
        self.model.set_backups(backups, checked)
        if good is None:
            self.status.setText(
                self.tr("No good backup was found in {folder}.").format(folder=self.folder)
            )
        else:
            self._select(good)
            self.status.setText(
                self.tr("The newest good backup is of {made}.").format(
                    made=self.model.text(good, BackupsModel.DATE)
                )
            )
        self._enable()

    def _select(self, backup: Backup) -> None:
        proxy = self.view.model()
        for row in range(proxy.rowCount()):
            if proxy.index(row, 0).data(BackupRole) == backup:
                flags = (
                    QItemSelectionModel.SelectionFlag.ClearAndSelect
                    | QItemSelectionModel.SelectionFlag.Rows
                )
                self.view.selectionModel().select(proxy.index(row, 0), flags)
                self.view.scrollTo(proxy.index(row, 0))
                return

    @Slot()
    def _enable(self) -> None:
        backup = selected_backup(self.view)
        self.restore_button.setEnabled(
            backup is not None and self.model.checked.get(backup.path) is not False
        )

    @Slot()
    def restore_selected(self) -> None:
        backup = selected_backup(self.view)
        if backup is not None:
            self.restore_from(backup.path)

    def restore_from(self, backup: Path) -> bool:
        """Put ``backup`` in place (checked first); accept, or say why not and stay."""
        try:
            self.restored = restore(self.db_path, backup, self.folder, dt.datetime.now())
        except (RestoreRefused, BackupFailed) as refused:
            self.status.setText(refusal_text(refused))
            self._mark_damaged(backup)
            return False
        self.accept()
        return True

    def _mark_damaged(self, path: Path) -> None:
        if any(b.path == path for b in self.model.backups):
            checked = {**self.model.checked, path: False}
            self.model.set_backups(self.model.backups, checked)
        self._enable()

    @Slot()
    def choose_file(self) -> None:
        """A backup from elsewhere: a USB stick, OneDrive's own version history."""
        chosen, _filter = QFileDialog.getOpenFileName(
            self,
            self.tr("Choose a backup of the database"),
            str(self.folder if self.folder.is_dir() else self.db_path.parent),
            self.tr("StageDesk databases (*.sqlite *.db);;All files (*)"),
        )
        if chosen:
            self.restore_from(Path(chosen))


def kept_message(restored: Restored) -> str:
    """What the user is told once a backup replaced the damaged file."""
    if restored.kept is None:
        return ""
    text = QCoreApplication.translate("DamagedDialog", "The damaged file is kept as {path}.")
    return text.format(path=restored.kept)
