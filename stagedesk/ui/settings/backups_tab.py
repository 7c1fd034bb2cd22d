"""Settings › Backups: the backups of this database, back up now, restore, the folder.

The model lists the backups as ``core.backups`` finds them; the kind column shows why the
rotation keeps a daily copy (daily, weekly, monthly). The same model, with its check
column, lists the backups in the dialog shown when the database is damaged.
"""

import datetime as dt
from pathlib import Path
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QDate,
    QDateTime,
    QLocale,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
    QTime,
    QUrl,
    Slot,
)
from PySide6.QtGui import QColor, QDesktopServices, QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from stagedesk.core.db.backups import (
    KIND_LABELS,
    Backup,
    BackupKind,
    backup_work,
    list_backups,
    roles,
)
from stagedesk.core.db.problems import Refusal
from stagedesk.core.i18n import QT_TRANSLATE_NOOP
from stagedesk.messages import refusal_text
from stagedesk.ui.kit.context import AppContext
from stagedesk.ui.kit.settings import backup_folder, backup_folder_key
from stagedesk.ui.kit.workers import Job

Index = QModelIndex | QPersistentModelIndex
BackupRole = Qt.ItemDataRole.UserRole + 1
SortRole = Qt.ItemDataRole.UserRole + 2
DATE_TIME = "dd/MM/yyyy HH:mm"
DAMAGED_COLOUR = "#b3261e"  # the red of error messages (style.py, #fieldError)


class BackupsModel(QAbstractTableModel):
    """One row per backup: date, kind, size, and (``checks``) the result of its check."""

    DATE, KIND, SIZE, CHECK = range(4)
    HEADERS = (
        QT_TRANSLATE_NOOP("Backups", "Made on"),
        QT_TRANSLATE_NOOP("Backups", "Kind"),
        QT_TRANSLATE_NOOP("Backups", "Size"),
        QT_TRANSLATE_NOOP("Backups", "Check"),
    )

    def __init__(self, parent: Any = None, *, checks: bool = False) -> None:
        super().__init__(parent)
        self.backups: list[Backup] = []
        self.kinds: dict[Path, BackupKind] = {}
        self.checked: dict[Path, bool] = {}
        self._columns = 4 if checks else 3

    def set_backups(self, backups: list[Backup], checked: dict[Path, bool] | None = None) -> None:
        self.beginResetModel()
        self.backups = list(backups)
        self.kinds = roles(self.backups)
        self.checked = dict(checked or {})
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.backups)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else self._columns

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return QCoreApplication.translate("Backups", self.HEADERS[section])
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self.backups):
            return None
        backup = self.backups[index.row()]
        if role == BackupRole:
            return backup
        if role == SortRole:
            return (backup.made.isoformat(), self.text(backup, index.column()), backup.size)[
                min(index.column(), 2)
            ]
        if role == Qt.ItemDataRole.DisplayRole:
            return self.text(backup, index.column())
        if role == Qt.ItemDataRole.TextAlignmentRole and index.column() == self.SIZE:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.ForegroundRole and self.checked.get(backup.path) is False:
            return QColor(DAMAGED_COLOUR)
        return None

    def text(self, backup: Backup, column: int) -> str:
        if column == self.DATE:
            return QLocale().toString(_qt_datetime(backup.made), DATE_TIME)
        if column == self.KIND:
            kind = self.kinds.get(backup.path, backup.kind)
            return QCoreApplication.translate("Backups", KIND_LABELS[kind])
        if column == self.SIZE:
            traditional = QLocale.DataSizeFormat.DataSizeTraditionalFormat  # MB, not MiB
            return QLocale().formattedDataSize(backup.size, 1, traditional)
        state = self.checked.get(backup.path)
        if state is None:
            return ""
        return self.tr("good") if state else self.tr("damaged")


def _qt_datetime(value: dt.datetime) -> Any:

    return QDateTime(
        QDate(value.year, value.month, value.day), QTime(value.hour, value.minute, value.second)
    )


def backups_view(model: BackupsModel, parent: QWidget) -> QTableView:
    """A sortable table of ``model``, newest first, whole rows selected."""
    proxy = QSortFilterProxyModel(parent)
    proxy.setSourceModel(model)
    proxy.setSortRole(SortRole)
    view = QTableView(parent)
    view.setModel(proxy)
    view.setSortingEnabled(True)
    view.sortByColumn(BackupsModel.DATE, Qt.SortOrder.DescendingOrder)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    view.verticalHeader().hide()
    header = view.horizontalHeader()
    header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    header.setSectionResizeMode(BackupsModel.KIND, QHeaderView.ResizeMode.Stretch)
    view.setAccessibleName(QCoreApplication.translate("Backups", "Backups"))
    return view


def selected_backup(view: QTableView) -> Backup | None:
    rows = view.selectionModel().selectedRows()
    return rows[0].data(BackupRole) if rows else None


class BackupsTab(QWidget):
    """The Backups tab of the Settings page."""

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.db_path: Path | None = context.database.path
        self.job: Job | None = None
        self.reopener: QObject | None = None  # a restore under way
        self.model = BackupsModel(self)
        layout = QVBoxLayout(self)
        if self.db_path is None:
            layout.addWidget(self._server_note())
            layout.addStretch(1)
            return
        self._build(layout)
        self.reload()

    def _server_note(self) -> QLabel:
        note = QLabel(
            self.tr(
                "This database is on a server. StageDesk makes backups of a database file "
                "on this computer; the server's administrator backs up a server database."
            ),
            self,
        )
        note.setWordWrap(True)
        return note

    def _build(self, layout: QVBoxLayout) -> None:
        intro = QLabel(
            self.tr(
                "StageDesk copies the database every day it is used, and before every "
                "upgrade and restore. It keeps the last 7 days, 4 weeks and 12 months."
            ),
            self,
        )
        intro.setWordWrap(True)
        self.folder_label = QLabel(self)
        self.folder_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.view = backups_view(self.model, self)
        self.status = QLabel(self)
        self.status.setWordWrap(True)
        self.back_up_button = QPushButton(self.tr("&Back up now"), self)
        self.restore_button = QPushButton(self.tr("&Restore…"), self)
        self.open_button = QPushButton(self.tr("&Open folder"), self)
        self.choose_button = QPushButton(self.tr("&Choose folder…"), self)
        buttons = QHBoxLayout()
        for button in (self.back_up_button, self.restore_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        for button in (self.open_button, self.choose_button):
            buttons.addWidget(button)
        for widget in (intro, self.folder_label, self.view):
            layout.addWidget(widget)
        layout.addLayout(buttons)
        layout.addWidget(self.status)
        self.back_up_button.clicked.connect(self.back_up_now)
        self.restore_button.clicked.connect(self.restore_selected)
        self.open_button.clicked.connect(self.open_folder)
        self.choose_button.clicked.connect(self.choose_folder)
        self.view.selectionModel().selectionChanged.connect(self._enable)

    # -- showing -------------------------------------------------------------------------
    @property
    def folder(self) -> Path:
        assert self.db_path is not None
        return backup_folder(self.context.settings, self.db_path)

    def reload(self) -> None:
        assert self.db_path is not None
        self.folder_label.setText(self.tr("Folder: {path}").format(path=self.folder))
        self.model.set_backups(list_backups(self.folder, self.db_path))
        self._enable()

    def showEvent(self, event: QShowEvent) -> None:
        if self.db_path is not None and self.job is None:
            self.reload()  # a daily copy may have been made meanwhile
        super().showEvent(event)

    @Slot()
    def _enable(self) -> None:
        idle = self.job is None
        self.back_up_button.setEnabled(idle)
        self.restore_button.setEnabled(idle and selected_backup(self.view) is not None)

    # -- actions -------------------------------------------------------------------------
    @Slot()
    def back_up_now(self) -> None:
        assert self.db_path is not None and self.job is None
        self.job = Job(backup_work, self.db_path, self.folder, BackupKind.MANUAL, _now())
        self.job.finished.connect(self._on_backed_up)
        self.job.failed.connect(self._on_failed)
        self.status.setText(self.tr("Making a backup…"))
        self._enable()
        self.job.start()

    @Slot(object)
    def _on_backed_up(self, result: object) -> None:
        self.job = None
        self.reload()
        if isinstance(result, Refusal):
            self.status.setText(refusal_text(result))
        else:
            assert isinstance(result, Backup)
            self.status.setText(self.tr("Backup made: {name}").format(name=result.path.name))

    @Slot(str)
    def _on_failed(self, message: str) -> None:
        self.job = None
        self.reload()
        self.status.setText(message.split("\n\n", 1)[0])

    @Slot()
    def restore_selected(self) -> None:
        backup = selected_backup(self.view)
        if backup is None:
            return
        made = self.model.text(backup, BackupsModel.DATE)
        answer = QMessageBox.question(
            self,
            self.tr("Restore a backup"),
            self.tr(
                "Put back the backup of {made}? What was saved after it is replaced. The "
                "database as it is now is kept as a backup first, and StageDesk reopens."
            ).format(made=made),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No,
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        shell = self.context.shell
        if shell is not None:
            self.reopener = shell.restore_backup(backup.path, self.folder, _now())

    @Slot()
    def open_folder(self) -> None:
        try:
            self.folder.mkdir(parents=True, exist_ok=True)
        except OSError as error:
            self.status.setText(str(error))
            return
        QDesktopServices.openUrl(QUrl.fromLocalFile(str(self.folder)))

    @Slot()
    def choose_folder(self) -> None:
        assert self.db_path is not None
        chosen = QFileDialog.getExistingDirectory(
            self, self.tr("Folder for the backups"), str(self.folder)
        )
        if not chosen:
            return
        self.context.settings.setValue(backup_folder_key(self.db_path), chosen)
        self.context.settings.sync()
        self.reload()
        self.status.setText(
            self.tr("New backups go to {path}. The earlier ones stay where they are.").format(
                path=chosen
            )
        )


def _now() -> dt.datetime:
    return dt.datetime.now()
