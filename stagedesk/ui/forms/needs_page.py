"""Units' needs analyses: the coordinator reads each proposal and makes an opportunity of
the ones to offer, in one click."""

from PySide6.QtCore import QCoreApplication, Slot
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from stagedesk.core.forms.needs import (
    NEEDS_ANALYSIS,
    AlreadyAnOpportunity,
    make_opportunity,
    needs_analyses,
)
from stagedesk.core.forms.responses import start_response
from stagedesk.core.i18n import QT_TRANSLATE_NOOP
from stagedesk.core.models import FormResponse, Opportunity, Unit
from stagedesk.core.records.listing import choices
from stagedesk.core.records.validation import ValidationFailed
from stagedesk.ui.forms.form_dialog import open_form
from stagedesk.ui.kit.context import AppContext
from stagedesk.ui.kit.table_model import Column, RecordTableModel

COLUMNS = (
    Column("unit", QT_TRANSLATE_NOOP("Column", "Unit")),
    Column("title", QT_TRANSLATE_NOOP("Column", "Proposed assignment")),
    Column("status", QT_TRANSLATE_NOOP("Column", "State")),
    Column("created", QT_TRANSLATE_NOOP("Column", "Made on")),
    Column("opportunity", QT_TRANSLATE_NOOP("Column", "Opportunity")),
)


class NeedsAnalysisPage(QWidget):
    help_key = "needs"  # its line of page help (page_help.HELP)

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.model = RecordTableModel(COLUMNS, self)
        self.view = QTableView(self)
        self.view.setModel(self.model)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.view.verticalHeader().hide()
        self.view.horizontalHeader().setStretchLastSection(True)
        self.view.doubleClicked.connect(self.open_selected)
        self.unit = QComboBox(self)
        self.unit.setAccessibleName(self.tr("Unit"))
        self.new_button = QPushButton(self.tr("New needs analysis"), self)
        self.new_button.clicked.connect(self.new_analysis)
        self.open_button = QPushButton(self.tr("Open"), self)
        self.open_button.clicked.connect(self.open_selected)
        self.make_button = QPushButton(self.tr("Make it an opportunity"), self)
        self.make_button.clicked.connect(self.make_selected)
        self.message = QLabel(self)
        self.message.setWordWrap(True)
        self._build_layout()
        self._stale = True
        self.dialog: QWidget | None = None  # the form open now, if any
        context.data_changed.connect(self._on_data_changed)

    def _build_layout(self) -> None:
        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("Unit:"), self))
        top.addWidget(self.unit, 1)
        top.addWidget(self.new_button)
        top.addStretch(1)
        top.addWidget(self.open_button)
        top.addWidget(self.make_button)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.view, 1)
        layout.addWidget(self.message)

    def showEvent(self, event) -> None:  # type: ignore[no-untyped-def]
        super().showEvent(event)
        if self._stale:
            self.reload()

    @Slot(object)
    def _on_data_changed(self, model: object) -> None:
        self._stale = True
        if self.isVisible() and model in (FormResponse, Opportunity, Unit):
            self.reload()

    def reload(self) -> None:
        with self.context.sessions() as session:
            rows = needs_analyses(session).rows
            units = choices(session, Unit)
        selected = self.selected_id()
        self.model.set_rows(rows)
        row = self.model.row_of(selected) if selected is not None else None
        if row is not None:
            self.view.selectRow(row)
        current = self.unit.currentData()
        self.unit.clear()
        for unit_id, name in units:
            self.unit.addItem(name, unit_id)
        if current is not None:
            self.unit.setCurrentIndex(max(0, self.unit.findData(current)))
        self._stale = False

    def selected_id(self) -> int | None:
        return self.model.record_id(self.view.currentIndex().row())

    @Slot()
    def new_analysis(self) -> None:
        unit_id = self.unit.currentData()
        if unit_id is None:
            self.message.setText(self.tr("Add a unit first (People & units)."))
            return
        definition = self.context.forms.get(NEEDS_ANALYSIS)
        with self.context.sessions.begin() as session:
            response_id = start_response(session, definition, None, unit_id=int(unit_id)).id
        self.context.data_changed.emit(FormResponse)
        self._open(response_id)

    @Slot()
    def open_selected(self) -> None:
        response_id = self.selected_id()
        if response_id is not None:
            self._open(response_id)

    def _open(self, response_id: int) -> None:

        self.dialog = open_form(self, self.context, response_id)

    @Slot()
    def make_selected(self) -> None:
        response_id = self.selected_id()
        if response_id is None:
            self.message.setText(self.tr("Select a needs analysis first."))
            return
        try:
            with self.context.sessions.begin() as session:
                make_opportunity(session, self.context.forms, response_id)
        except ValidationFailed:
            self.message.setText(self.tr("Give the proposed assignment a title first."))
            return
        except AlreadyAnOpportunity:
            self.message.setText(self.tr("This proposal is already an opportunity."))
            return
        self.message.setText(
            QCoreApplication.translate(
                "NeedsAnalysisPage", "The proposal is now an opportunity, offered to candidates."
            )
        )
        self.context.data_changed.emit(Opportunity)
        self.context.data_changed.emit(FormResponse)
