"""Records that belong to another one (a school's contacts and programmes), edited in place."""

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, Slot
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)
from sqlalchemy.orm import Session

from stagedesk.core.records.listing import Listing
from stagedesk.ui.kit.bin_actions import delete_to_bin
from stagedesk.ui.kit.context import AppContext
from stagedesk.ui.kit.editor import RecordEditor
from stagedesk.ui.kit.spec import EntitySpec
from stagedesk.ui.kit.table_model import RecordTableModel


class ChildrenPanel(QWidget):
    """A small list of the parent's children with the editor of the selected one below."""

    def __init__(
        self,
        context: AppContext,
        spec: EntitySpec,
        parent_field: str,
        listing: Callable[[Session, int], Listing],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.context = context
        self.spec = spec
        self.parent_field = parent_field
        self.listing = listing
        self.parent_id: int | None = None
        self.model = RecordTableModel(spec.columns, self)
        self.view = QTableView(self)
        self.view.setModel(self.model)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.view.verticalHeader().hide()
        self.view.horizontalHeader().setStretchLastSection(True)
        self.view.selectionModel().currentRowChanged.connect(self._on_row_changed)
        self.editor = RecordEditor(context, spec, self)
        self.editor.saved.connect(self._reload)
        self.new_button = QPushButton(QCoreApplication.translate("Page", spec.new_label), self)
        self.new_button.clicked.connect(self.new_child)
        self.delete_button = QPushButton(self.tr("Delete"), self)
        self.delete_button.clicked.connect(self.delete_child)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.new_button)
        buttons.addWidget(self.delete_button)
        layout = QVBoxLayout(self)
        layout.addLayout(buttons)
        layout.addWidget(self.view, 1)
        layout.addWidget(self.editor, 2)
        context.data_changed.connect(self._on_data_changed)

    @Slot(object)
    def _on_data_changed(self, model: object) -> None:
        if model is self.spec.model:  # e.g. a contact restored from the bin
            self._reload()

    def show_parent(self, parent_id: int | None) -> None:
        self.parent_id = parent_id
        self.editor.fixed = {self.parent_field: parent_id}
        self.setEnabled(parent_id is not None)
        self._reload()
        self.editor.load(None)

    @Slot()
    def _reload(self) -> None:
        if self.parent_id is None:
            self.model.set_rows([])
            return
        with self.context.sessions() as session:
            self.model.set_rows(self.listing(session, self.parent_id).rows)

    @Slot()
    def _on_row_changed(self) -> None:
        record_id = self.model.record_id(self.view.currentIndex().row())
        if record_id is None or record_id == self.editor.record_id:
            return
        if self.editor.maybe_leave():
            self.editor.load(record_id)

    def maybe_leave(self) -> bool:
        return self.editor.maybe_leave()

    @Slot()
    def new_child(self) -> None:
        if self.editor.maybe_leave():
            self.view.clearSelection()
            self.editor.load(None)

    @Slot()
    def delete_child(self) -> None:
        record_id = self.editor.record_id
        if record_id is None:
            return
        what = self.spec.describe(self.editor.values())
        if not delete_to_bin(self, self.context, self.spec.model, record_id, what):
            return
        self.editor.load(None)
        self._reload()
        self.context.data_changed.emit(self.spec.model)
