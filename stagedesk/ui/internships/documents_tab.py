"""An internship's documents: add a file (copied in), open it, remove it after asking."""

import tempfile
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QUrl, Slot
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from stagedesk.core.i18n import QT_TRANSLATE_NOOP
from stagedesk.core.models import Document, DocumentType
from stagedesk.core.records.documents import DocumentStore, documents_dir, internship_documents
from stagedesk.ui.kit import dialogs
from stagedesk.ui.kit.bin_actions import delete_to_bin
from stagedesk.ui.kit.context import AppContext
from stagedesk.ui.kit.fields import enum_choices
from stagedesk.ui.kit.table_model import Column, RecordTableModel


def _size(value: object) -> str:
    size = int(value) if isinstance(value, int) else 0
    return f"{size / 1024:.0f} kB" if size < 1024 * 1024 else f"{size / 1024 / 1024:.1f} MB"


COLUMNS = (
    Column("kind", QT_TRANSLATE_NOOP("Column", "Type")),
    Column("title", QT_TRANSLATE_NOOP("Column", "Document")),
    Column("added_on", QT_TRANSLATE_NOOP("Column", "Added on")),
    Column("size", QT_TRANSLATE_NOOP("Column", "Size"), format=_size),
)


class DocumentsTab(QWidget):
    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.store = DocumentStore(documents_dir(context.database), context.sessions)
        self.internship_id: int | None = None
        self.model = RecordTableModel(COLUMNS, self)
        self.view = QTableView(self)
        self.view.setModel(self.model)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.view.verticalHeader().hide()
        self.view.horizontalHeader().setStretchLastSection(True)
        self.view.doubleClicked.connect(self.open_selected)
        self.kind = QComboBox(self)
        self.kind.setAccessibleName(self.tr("Type of document"))
        # As wide as there is room for, not as its longest type: that widened the window.
        self.kind.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        self.kind.setMinimumContentsLength(16)
        for value, label in enum_choices(DocumentType):
            self.kind.addItem(label, value)
        self.add_button = QPushButton(self.tr("Add a file…"), self)
        self.add_button.clicked.connect(self.choose_file)
        self.open_button = QPushButton(self.tr("Open"), self)
        self.open_button.clicked.connect(self.open_selected)
        self.remove_button = QPushButton(self.tr("Remove"), self)
        self.remove_button.clicked.connect(self.remove_selected)
        self.info_button = QPushButton(self.tr("Make the info sheet"), self)
        self.info_button.setToolTip(self.tr("All key facts on one page, kept here as a PDF"))
        self.info_button.clicked.connect(lambda: self.make(DocumentType.FORM, "info"))
        self.dossier_button = QPushButton(self.tr("Make the dossier"), self)
        self.dossier_button.setToolTip(
            self.tr("Info sheet, checklists, interview, follow-up and surveys in one PDF")
        )
        self.dossier_button.clicked.connect(lambda: self.make(DocumentType.OTHER, "dossier"))
        self.open_result: Callable[[Path], object] = _open_with_system  # replaced in tests
        self._build_layout()
        context.data_changed.connect(self._on_data_changed)

    @Slot(object)
    def _on_data_changed(self, model: object) -> None:
        if model is Document:  # e.g. a form printed from the Forms tab joined the documents
            self.reload()

    def _build_layout(self) -> None:
        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("Type:"), self))
        top.addWidget(self.kind, 1)
        top.addWidget(self.add_button)
        bottom = QHBoxLayout()
        bottom.addWidget(self.remove_button)
        bottom.addStretch(1)
        bottom.addWidget(self.open_button)
        made = QHBoxLayout()  # a row of its own: in one, French widens the window too much
        made.addStretch(1)
        made.addWidget(self.info_button)
        made.addWidget(self.dossier_button)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.view, 1)
        layout.addLayout(bottom)
        layout.addLayout(made)

    def show_internship(self, internship_id: int | None) -> None:
        self.internship_id = internship_id
        self.setEnabled(internship_id is not None)
        self.reload()

    def reload(self) -> None:
        if self.internship_id is None:
            self.model.set_rows([])
            return
        with self.context.sessions() as session:
            self.model.set_rows(internship_documents(session, self.internship_id).rows)

    @Slot()
    def choose_file(self) -> None:
        name, _ = QFileDialog.getOpenFileName(self, self.tr("Add a document"))
        if name:
            self.add_file(Path(name))

    def add_file(self, path: Path) -> int | None:
        if self.internship_id is None:
            return None
        kind = DocumentType(str(self.kind.currentData()))
        try:
            document_id = self.store.add(self.internship_id, path, kind, today=self.context.today())
        except OSError as error:
            dialogs.file_failed(self, path, error)
            return None
        self.reload()
        self.context.data_changed.emit(Document)
        return document_id

    def selected_id(self) -> int | None:
        return self.model.record_id(self.view.currentIndex().row())

    def make(self, kind: DocumentType, what: str) -> Path | None:
        """Write the info sheet or the dossier, keep it among the documents, open it."""
        from stagedesk.output.pdf.documents.dossier import write_dossier
        from stagedesk.output.pdf.documents.info_page import write_info_sheet

        if self.internship_id is None:
            return None
        writer = write_info_sheet if what == "info" else write_dossier
        title = self.tr("Info sheet") if what == "info" else self.tr("Dossier")
        today = self.context.today()
        with tempfile.TemporaryDirectory() as folder:
            made = Path(folder) / f"{title} {today:%Y-%m-%d}.pdf"
            with self.context.sessions() as session:
                writer(session, self.context.forms, self.internship_id, made, today=today)
            document_id = self.store.add(self.internship_id, made, kind, today=today)
        self.reload()
        self.context.data_changed.emit(Document)
        path = self.store.path(document_id)
        if path is not None:
            self.open_result(path)
        return path

    @Slot()
    def open_selected(self) -> None:
        document_id = self.selected_id()
        path = self.store.path(document_id) if document_id is not None else None
        if path is not None:
            self.open_result(path)

    @Slot()
    def remove_selected(self) -> None:
        document_id = self.selected_id()
        if document_id is None:
            return
        title = self.model.data(self.model.index(self.view.currentIndex().row(), 1))
        # The file goes into the bin folder with the record, and comes back with it.
        if not delete_to_bin(self, self.context, Document, document_id, str(title)):
            return
        self.reload()
        self.context.data_changed.emit(Document)


def _open_with_system(path: Path) -> object:
    return QDesktopServices.openUrl(QUrl.fromLocalFile(str(path)))
