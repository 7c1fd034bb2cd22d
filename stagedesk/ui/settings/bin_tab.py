"""Settings › Bin: what was deleted in the last 30 days; restore it, or empty the bin."""

import datetime as dt
from typing import Any

from PySide6.QtCore import QItemSelectionModel, Qt, Slot
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from stagedesk.core.bin import rows as bin_rows
from stagedesk.core.bin import trash
from stagedesk.core.i18n import QT_TRANSLATE_NOOP
from stagedesk.core.models import Base
from stagedesk.core.records.documents import documents_dir
from stagedesk.ui.kit.bin_actions import kind_text, reason_text
from stagedesk.ui.kit.context import AppContext
from stagedesk.ui.kit.labels import format_date
from stagedesk.ui.kit.table_model import Column, RecordTableModel

Button = QMessageBox.StandardButton


def _when(value: Any) -> str:
    return f"{format_date(value.date())} {value:%H:%M}" if isinstance(value, dt.datetime) else ""


COLUMNS = (
    Column("table", QT_TRANSLATE_NOOP("Column", "What"), format=lambda v: kind_text(str(v))),
    Column("label", QT_TRANSLATE_NOOP("Column", "Record")),
    Column("deleted_at", QT_TRANSLATE_NOOP("Column", "Deleted on"), format=_when),
    Column("days_left", QT_TRANSLATE_NOOP("Column", "Days left"), format=str),
)


class BinTab(QWidget):
    """The bin as a table (what, record, deleted on, days left) with Restore and Empty."""

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.model = RecordTableModel(COLUMNS, self)
        self._items: dict[int, trash.BinItem] = {}
        self._stale = True
        self._build()
        context.data_changed.connect(self._on_data_changed)

    def _build(self) -> None:
        intro = QLabel(
            self.tr(
                "Deleted records stay here for {days} days, with what was deleted along with "
                "them (an internship's follow-up and forms). Then they are deleted for good."
            ).format(days=trash.BIN_DAYS),
            self,
        )
        intro.setWordWrap(True)
        self.view = QTableView(self)
        self.view.setModel(self.model)
        self.view.setAccessibleName(self.tr("Bin"))
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.view.setSortingEnabled(True)
        self.view.horizontalHeader().setSortIndicator(-1, Qt.SortOrder.AscendingOrder)
        self.view.verticalHeader().hide()
        header = self.view.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.view.selectionModel().selectionChanged.connect(self._update_buttons)
        self.count_label = QLabel(self)
        self.result = QLabel(self)
        self.result.setWordWrap(True)
        self.restore_button = QPushButton(self.tr("Restore"), self)
        self.restore_button.setToolTip(self.tr("Put the selected records back where they were"))
        self.restore_button.clicked.connect(self.restore_selected)
        self.empty_button = QPushButton(self.tr("Empty the bin…"), self)
        self.empty_button.clicked.connect(self.empty)
        buttons = QHBoxLayout()
        buttons.addWidget(self.count_label)
        buttons.addStretch(1)
        buttons.addWidget(self.empty_button)
        buttons.addWidget(self.restore_button)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.view, 1)
        layout.addWidget(self.result)
        layout.addLayout(buttons)

    # -- data ----------------------------------------------------------------------------
    def showEvent(self, event) -> None:  # type: ignore[no-untyped-def]
        super().showEvent(event)
        if self._stale:
            self.reload()

    @Slot(object)
    def _on_data_changed(self, model: object) -> None:
        self._stale = True  # a delete anywhere adds to the bin
        if self.isVisible():
            self.reload()

    def reload(self) -> None:
        items = trash.list_bin(self.context.sessions)
        today = self.context.today()
        self._items = {item.entry_id: item for item in items}
        self.model.set_rows(
            [
                (item.entry_id, item.table, item.label, item.deleted_at, item.days_left(today))
                for item in items
            ]
        )
        self._stale = False
        self.count_label.setText(self.tr("%n record(s) in the bin", "", len(items)))
        self._update_buttons()

    @Slot()
    def _update_buttons(self) -> None:
        self.restore_button.setEnabled(bool(self.selected_ids()))
        self.empty_button.setEnabled(self.model.rowCount() > 0)

    def selected_ids(self) -> list[int]:
        rows = self.view.selectionModel().selectedRows()
        found = (self.model.record_id(index.row()) for index in rows)
        return [entry_id for entry_id in found if entry_id is not None]

    def select_entry(self, entry_id: int) -> None:
        row = self.model.row_of(entry_id)
        if row is not None:
            flags = (
                QItemSelectionModel.SelectionFlag.ClearAndSelect
                | QItemSelectionModel.SelectionFlag.Rows
            )
            self.view.selectionModel().setCurrentIndex(self.model.index(row, 0), flags)

    # -- restoring -----------------------------------------------------------------------
    @Slot()
    def restore_selected(self) -> None:
        """Restore the selection, parent kinds first (a unit before its internships)."""
        chosen = [self._items[i] for i in self.selected_ids() if i in self._items]
        order = [table.name for table in Base.metadata.sorted_tables]
        chosen.sort(key=lambda item: (order.index(item.table), item.entry_id))
        labels: list[str] = []
        tables: list[str] = []
        for item in chosen:
            restored = self._restore(item)
            if restored is not None:
                labels.append(f"{kind_text(item.table)} “{item.label}”")
                tables.extend(t for t in restored.tables if t not in tables)
        if labels:
            self.result.setText(self.tr("Restored: {}").format(", ".join(labels)))
        self.reload()
        for table in tables:
            self.context.data_changed.emit(bin_rows.model_of(table))

    def _restore(self, item: trash.BinItem) -> trash.Restored | None:
        sessions, folder = self.context.sessions, documents_dir(self.context.database)
        what = f"{kind_text(item.table)} “{item.label}”"
        try:
            return trash.restore(sessions, item.entry_id, documents=folder)
        except trash.EntryGone:
            return None  # came back already, along with another one
        except trash.RestoreRefused as refused:
            reasons = "\n".join(f"• {reason_text(r)}" for r in refused.reasons)
            if not refused.parents:
                self._not_restored(what, reasons)
                return None
            question = self.tr(
                "{what} cannot come back on its own:\n\n{reasons}\n\nRestore them together?"
            ).format(what=what, reasons=reasons)
            title = self.tr("Restore")
            if QMessageBox.question(self, title, question, Button.Yes | Button.No) != Button.Yes:
                return None
        try:
            return trash.restore(sessions, item.entry_id, with_parents=True, documents=folder)
        except trash.RestoreRefused as refused:
            self._not_restored(what, "\n".join(f"• {reason_text(r)}" for r in refused.reasons))
            return None

    def _not_restored(self, what: str, reasons: str) -> None:
        text = self.tr("{what} was not restored:\n\n{reasons}").format(what=what, reasons=reasons)
        QMessageBox.warning(self, self.tr("Not restored"), text)

    # -- emptying ------------------------------------------------------------------------
    @Slot()
    def empty(self) -> None:
        count = self.model.total_count()
        if not count:
            return
        question = self.tr(
            "Delete the %n record(s) in the bin for good? They cannot be restored afterwards.",
            "",
            count,
        )
        answer = QMessageBox.question(
            self, self.tr("Empty the bin"), question, Button.Yes | Button.No, Button.No
        )
        if answer != Button.Yes:
            return
        emptied = trash.empty_bin(
            self.context.sessions, documents=documents_dir(self.context.database)
        )
        self.result.setText(self.tr("%n record(s) deleted for good.", "", emptied))
        self.reload()


__all__ = ["BinTab"]
