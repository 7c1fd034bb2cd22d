"""The follow-up tab of an internship: visits, feedback moments, absences, incidents, notes."""

from PySide6.QtCore import QCoreApplication, Slot
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from stagedesk.core.i18n import QT_TRANSLATE_NOOP
from stagedesk.core.models import FollowUpEntry, FollowUpKind
from stagedesk.core.records import listing, repository
from stagedesk.core.records.validation import ValidationFailed
from stagedesk.ui.forms.card_view import show_card
from stagedesk.ui.kit.bin_actions import delete_to_bin
from stagedesk.ui.kit.context import AppContext
from stagedesk.ui.kit.editor import issue_text
from stagedesk.ui.kit.fields import ChoiceField, DateField, LongTextField, enum_choices
from stagedesk.ui.kit.labels import ui_language
from stagedesk.ui.kit.table_model import Column, RecordTableModel

FEEDBACK_RULES = "feedback_rules"

COLUMNS = (
    Column("entry_date", QT_TRANSLATE_NOOP("Column", "Date")),
    Column("kind", QT_TRANSLATE_NOOP("Column", "Kind")),
    Column("text", QT_TRANSLATE_NOOP("Column", "What happened")),
)


class FollowUpTab(QWidget):
    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.internship_id: int | None = None
        self.card: QWidget | None = None  # the feedback rules, when open
        self.model = RecordTableModel(COLUMNS, self)
        self._build()
        context.data_changed.connect(self._on_data_changed)

    @Slot(object)
    def _on_data_changed(self, model: object) -> None:
        if model is FollowUpEntry:  # e.g. an entry restored from the bin
            self._reload()

    def _build(self) -> None:
        self.view = QTableView(self)
        self.view.setModel(self.model)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.view.verticalHeader().hide()
        self.view.horizontalHeader().setStretchLastSection(True)
        self.view.horizontalHeader().setSectionResizeMode(
            0, QHeaderView.ResizeMode.ResizeToContents
        )
        self.date = DateField(self)
        self.kind = ChoiceField(self, optional=False)
        self.kind.set_choices(enum_choices(FollowUpKind))
        self.kind.set_value(FollowUpKind.NOTE)  # a drop-down that must be filled starts filled
        self.text = LongTextField(self)
        self.text.widget.setAccessibleName(self.tr("What happened"))
        self.error = QLabel(self)
        self.error.setObjectName("fieldError")
        self.error.hide()
        self.add_button = QPushButton(self.tr("Add to follow-up"), self)
        self.add_button.clicked.connect(self.add_entry)
        self.remove_button = QPushButton(self.tr("Remove selected"), self)
        self.remove_button.clicked.connect(self.remove_selected)
        entry = QHBoxLayout()
        entry.addWidget(self.date.widget)
        entry.addWidget(self.kind.widget)
        # A feedback moment comes with the rules for giving feedback, one click away.
        self.rules_button = QPushButton(self.tr("Feedback rules…"), self)
        self.rules_button.setToolTip(self.tr("The 10 golden rules for giving feedback"))
        self.rules_button.clicked.connect(self.show_feedback_rules)
        self.kind.changed.connect(self._on_kind_changed)
        entry.addWidget(self.rules_button)
        self._on_kind_changed()
        entry.addStretch(1)
        buttons = QHBoxLayout()
        buttons.addWidget(self.remove_button)
        buttons.addStretch(1)
        buttons.addWidget(self.add_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.view, 1)
        layout.addWidget(QLabel(self.tr("New entry"), self))
        layout.addLayout(entry)
        layout.addWidget(self.text.widget)
        layout.addWidget(self.error)
        layout.addLayout(buttons)

    @Slot()
    def _on_kind_changed(self) -> None:
        feedback = self.kind.value() == FollowUpKind.FEEDBACK
        self.rules_button.setDefault(feedback)
        self.rules_button.setVisible(feedback and FEEDBACK_RULES in self.context.forms.definitions)

    @Slot()
    def show_feedback_rules(self) -> None:

        self.card = show_card(self, self.context.forms.get(FEEDBACK_RULES), ui_language())

    def show_internship(self, internship_id: int | None) -> None:
        self.internship_id = internship_id
        self.setEnabled(internship_id is not None)
        self.date.set_value(self.context.today())
        self.text.set_value(None)
        self.error.hide()
        self._reload()

    def _reload(self) -> None:
        if self.internship_id is None:
            self.model.set_rows([])
            return
        with self.context.sessions() as session:
            self.model.set_rows(listing.follow_up(session, self.internship_id).rows)

    @Slot()
    def add_entry(self) -> None:
        if self.internship_id is None:
            return
        values = {
            "internship_id": self.internship_id,
            "entry_date": self.date.value(),
            "kind": self.kind.value(),
            "text": self.text.value(),
        }
        try:
            repository.save(self.context.sessions, FollowUpEntry, values)
        except ValidationFailed as failed:
            issue = failed.issues[0]  # say which field: the message sits under the text
            label = next((c.label for c in COLUMNS if c.key == issue.field), "")
            caption = QCoreApplication.translate("Column", label) if label else ""
            self.error.setText(f"{caption}: {issue_text(issue)}" if caption else issue_text(issue))
            self.error.show()
            return
        self.show_internship(self.internship_id)
        self.context.data_changed.emit(FollowUpEntry)

    @Slot()
    def remove_selected(self) -> None:
        record_id = self.model.record_id(self.view.currentIndex().row())
        if record_id is None:
            return
        what = QCoreApplication.translate("FollowUpTab", "this follow-up entry")
        if not delete_to_bin(self, self.context, FollowUpEntry, record_id, what):
            return
        self._reload()
        self.context.data_changed.emit(FollowUpEntry)


__all__ = ["FollowUpTab"]
