"""The tools a record has at its stage: open a form, see which are done, read a card."""

from collections.abc import Callable, Generator
from pathlib import Path

from PySide6.QtCore import QModelIndex, QUrl, Signal, Slot
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QLabel,
    QMenu,
    QPushButton,
    QTreeView,
    QVBoxLayout,
    QWidget,
)

from stagedesk.core.forms import Definition, FormKind, RecordKind
from stagedesk.core.forms.tools import ToolState, open_response, tools_for
from stagedesk.core.models import Document, DocumentType, FormResponse, ResponseStatus
from stagedesk.core.records.documents import DocumentStore, documents_dir
from stagedesk.output.pdf.documents.card import write_card
from stagedesk.output.pdf.forms.job import Variant
from stagedesk.output.pdf.forms.printing import print_form
from stagedesk.ui.forms.card_view import show_card
from stagedesk.ui.forms.form_dialog import open_form
from stagedesk.ui.forms.roles import role_label
from stagedesk.ui.kit.context import AppContext
from stagedesk.ui.kit.labels import format_date, ui_language
from stagedesk.ui.kit.save_as import ask_save_path
from stagedesk.ui.kit.text_rows import TextRows
from stagedesk.ui.printing.in_background import PdfInBackground

Steps = Generator[tuple[int, int], None, Path]


class ToolsTab(QWidget):
    """Lists the toolbox tools for one opportunity, application or internship."""

    printed = Signal(object)  # the PDF written, or None if it could not be

    def __init__(self, context: AppContext, record: RecordKind, parent: QWidget | None = None):
        super().__init__(parent)
        self.context = context
        self.record = record
        self.record_id: int | None = None
        self.stage = ""
        self.dialog: QWidget | None = None  # the form open now, if any
        self.printing: PdfInBackground | None = None  # the PDF being written, if any
        self.language = ui_language()
        self.list = QTreeView(self)
        self.model = TextRows((self.tr("Tool"), self.tr("Filled in by"), self.tr("State")), self)
        self.list.setModel(self.model)
        self.list.setRootIsDecorated(False)
        self.list.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.list.setAccessibleName(self.tr("Tools"))
        self.list.activated.connect(self._on_activated)
        self.open_button = QPushButton(self.tr("Open"), self)
        self.open_button.clicked.connect(self.open_selected)
        self.pdf_button = QPushButton(self.tr("PDF"), self)
        self.pdf_button.setToolTip(self.tr("Print the selected tool for paper or a PDF reader"))
        menu = QMenu(self.pdf_button)
        for variant, text in (
            (Variant.FILLABLE, self.tr("Fillable PDF (for any PDF reader)")),
            (Variant.PREFILLED, self.tr("Pre-filled, to print")),
            (Variant.BLANK, self.tr("Blank, to print")),
        ):
            action = menu.addAction(text)
            action.triggered.connect(lambda _=False, v=variant: self.save_pdf(v))
        self.pdf_button.setMenu(menu)
        # Replaced in tests: where to save, and how to show the result.
        self.ask_pdf_path: Callable[[str], Path | None] = self._ask_pdf_path
        self.open_result: Callable[[Path], object] = _open_with_system
        self.hint = QLabel(self)
        self.hint.setWordWrap(True)
        buttons = QHBoxLayout()
        buttons.addWidget(self.hint, 1)
        buttons.addWidget(self.pdf_button)
        buttons.addWidget(self.open_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.list, 1)
        layout.addLayout(buttons)
        context.data_changed.connect(self._on_data_changed)

    def show_record(self, record_id: int | None, stage: str) -> None:
        self.record_id, self.stage = record_id, stage
        self.reload()

    def reload(self) -> None:
        self.setEnabled(self.record_id is not None)
        states: list[ToolState] = []
        if self.record_id is not None:
            with self.context.sessions() as session:
                states = tools_for(
                    session, self.context.forms, self.record, self.record_id, self.stage
                )
        self.model.show([(self._texts(state), state) for state in states])
        if self.record_id is None:
            return
        self.hint.setText("" if states else self.tr("No tools apply at this stage."))
        if states:
            self.list.setCurrentIndex(self.model.index(0, 0))
        for column in range(2):
            self.list.resizeColumnToContents(column)

    def _texts(self, state: ToolState) -> tuple[str, str, str]:
        definition = state.definition
        return (
            definition.title.get(self.language),
            role_label(definition.filled_by),
            self._state(state),
        )

    def _state(self, state: ToolState) -> str:
        if state.definition.kind is FormKind.CARD:
            return self.tr("To read")
        if state.status is ResponseStatus.COMPLETE:
            return self.tr("Completed on {date}").format(date=format_date(state.completed_on))
        if state.status is ResponseStatus.DRAFT:
            return self.tr("Started")
        return self.tr("Not started")

    @Slot(object)
    def _on_data_changed(self, model: object) -> None:
        if model is FormResponse and self.isVisible():
            self.reload()

    @Slot(QModelIndex)
    def _on_activated(self, index: QModelIndex) -> None:
        self._open(self.model.object_at(index.row()))

    @Slot()
    def open_selected(self) -> None:
        self._open(self.selected_state())

    def _open(self, state: object) -> None:
        if not isinstance(state, ToolState) or self.record_id is None:
            return
        if state.definition.kind is FormKind.CARD:
            self.dialog = show_card(self, state.definition, self.language)
            return
        with self.context.sessions.begin() as session:
            response_id = open_response(session, state.definition, self.record_id)

        self.reload()  # the form may have been started just now
        self.dialog = open_form(self, self.context, response_id)

    # -- PDF -----------------------------------------------------------------------------
    def selected_state(self) -> ToolState | None:
        index = self.list.currentIndex()
        state = self.model.object_at(index.row()) if index.isValid() else None
        return state if isinstance(state, ToolState) else None

    def save_pdf(self, variant: Variant) -> PdfInBackground | None:
        """Ask where, then print the selected tool off the GUI thread; ``printed`` says
        when the file is there. None if there is nothing to print or the user cancelled."""
        state = self.selected_state()
        if state is None or self.record_id is None or self.printing is not None:
            return None
        title = state.definition.title.get(self.language)
        path = self.ask_pdf_path(f"{title}.pdf")
        if path is None:
            return None
        context, definition = self.context, state.definition
        args = (context, self.record, self.record_id, definition, variant, path, self.language)
        self.printing = PdfInBackground(context, self, path, self.open_result, _print_tool, *args)
        self.printing.done.connect(self._on_printed)
        self.pdf_button.setEnabled(False)
        return self.printing.start()

    @Slot(object)
    def _on_printed(self, path: Path | None) -> None:
        self.printing = None
        self.pdf_button.setEnabled(True)
        if path is not None:
            self.context.data_changed.emit(FormResponse)
            if self.record is RecordKind.INTERNSHIP:
                self.context.data_changed.emit(Document)
        self.printed.emit(path)

    def _ask_pdf_path(self, suggested: str) -> Path | None:
        title = self.tr("Save as PDF")
        return ask_save_path(self, self.context, title, suggested, "PDF (*.pdf)", ".pdf")


def _print_tool(
    context: AppContext,
    record: RecordKind,
    record_id: int,
    definition: Definition,
    variant: Variant,
    path: Path,
    language: str,
) -> Steps:
    """Off the GUI thread: the tool as a PDF; for an internship a copy joins its
    documents. A card is the same for everyone: it has no code."""
    yield 0, 1
    today = context.today()
    if definition.kind is FormKind.CARD:
        with context.sessions() as session:
            write_card(session, definition, path, language=language, today=today)
        return path
    print_form(context.sessions, context.forms, definition, record_id, variant, path, today=today)
    if record is RecordKind.INTERNSHIP:
        store = DocumentStore(documents_dir(context.database), context.sessions)
        store.add(record_id, path, DocumentType.FORM, title=path.stem, today=today)
    return path


def _open_with_system(path: Path) -> object:
    return QDesktopServices.openUrl(QUrl.fromLocalFile(str(path)))
