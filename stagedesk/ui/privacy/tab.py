"""Settings › Privacy: how long personal data are kept, who is due to be anonymised now,
and anonymising them (asked first)."""

from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt, Slot
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QSpinBox,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from stagedesk.core.db.file_tasks import Leftover, do_file_tasks, folders_of, waiting
from stagedesk.core.i18n import QT_TRANSLATE_NOOP
from stagedesk.core.models.organisation import MAX_RETENTION_YEARS
from stagedesk.core.privacy import (
    Anonymised,
    Due,
    due_for_anonymising,
    mark_reviewed,
    read_settings,
    set_years,
)
from stagedesk.ui.kit.context import AppContext
from stagedesk.ui.kit.labels import format_date
from stagedesk.ui.kit.table_model import Column, RecordTableModel
from stagedesk.ui.privacy.run import PrivacyRun, left_text, result_text

Button = QMessageBox.StandardButton


def _who(intern: object) -> str:
    if intern:
        return QCoreApplication.translate("Privacy", "former intern")
    return QCoreApplication.translate("Privacy", "candidate")


DUE_COLUMNS = (
    Column("name", QT_TRANSLATE_NOOP("Column", "Name")),
    Column("intern", QT_TRANSLATE_NOOP("Column", "Who"), format=_who),
    Column("last_activity", QT_TRANSLATE_NOOP("Column", "Last internship or application")),
)


def due_view(model: RecordTableModel, parent: QWidget) -> QTableView:
    """The list of people due, as the tab and the yearly prompt show it."""
    view = QTableView(parent)
    view.setModel(model)
    view.setAccessibleName(QCoreApplication.translate("Privacy", "Due to be anonymised"))
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    view.setSortingEnabled(True)
    view.horizontalHeader().setSortIndicator(-1, Qt.SortOrder.AscendingOrder)
    view.verticalHeader().hide()
    header = view.horizontalHeader()
    header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
    return view


def due_rows(due: list[Due]) -> list[tuple[object, ...]]:
    return [(d.candidate_id, d.name, d.intern, d.last_activity) for d in due]


class PrivacyTab(QWidget):
    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.model = RecordTableModel(DUE_COLUMNS, self)
        self.due: list[Due] = []
        self.run: PrivacyRun | None = None
        self._stale = True
        self._build()
        context.data_changed.connect(self._on_data_changed)

    def _build(self) -> None:
        intro = QLabel(
            self.tr(
                "Personal data of former interns and of candidates who were not taken are "
                "anonymised a number of years after their last internship or application: "
                "their name, contact details and everything written about them go; what the "
                "reports count stays, without a name. Five years is usual in Belgium (social "
                "documents, and complaints about a selection)."
            ),
            self,
        )
        intro.setWordWrap(True)
        top = self._years_row()
        self.view = due_view(self.model, self)
        self.count_label = QLabel(self)
        self.result = QLabel(self)
        self.result.setWordWrap(True)
        self.result.hide()  # until something was anonymised
        self.anonymise_button = QPushButton(self.tr("Anonymise them…"), self)
        self.anonymise_button.clicked.connect(self.anonymise)
        self.left_label = QLabel(self)  # files an erasure could not delete yet
        self.left_label.setWordWrap(True)
        self.retry_button = QPushButton(self.tr("Delete them now"), self)
        self.retry_button.clicked.connect(self.delete_left_files)
        left = QHBoxLayout()
        left.addWidget(self.left_label, 1)
        left.addWidget(self.retry_button)
        buttons = QHBoxLayout()
        buttons.addWidget(self.count_label)
        buttons.addStretch(1)
        buttons.addWidget(self.anonymise_button)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(top)
        layout.addWidget(self.view, 1)
        layout.addWidget(self.result)
        layout.addLayout(left)
        layout.addLayout(buttons)

    def _years_row(self) -> QHBoxLayout:
        self.years = QSpinBox(self)
        self.years.setRange(1, MAX_RETENTION_YEARS)
        self.years.setKeyboardTracking(False)  # a change counts once typed (Enter, leaving)
        self.years.setSuffix(self.tr(" years"))
        self.years.setAccessibleName(self.tr("Keep personal data for"))
        self.years.valueChanged.connect(self._on_years)
        caption = QLabel(self.tr("Keep personal data for"), self)
        caption.setBuddy(self.years)
        after = QLabel(self.tr("after their last internship or application"), self)
        self.reviewed = QLabel(self)
        top = QHBoxLayout()
        top.addWidget(caption)
        top.addWidget(self.years)
        top.addWidget(after)
        top.addStretch(1)
        top.addWidget(self.reviewed)
        return top

    # -- data ----------------------------------------------------------------------------
    def showEvent(self, event) -> None:  # type: ignore[no-untyped-def]
        super().showEvent(event)
        if self._stale:
            self.reload()

    @Slot(object)
    def _on_data_changed(self, _model: object) -> None:
        self._stale = True
        if self.isVisible() and self.run is None:
            self.reload()

    def reload(self) -> None:
        with self.context.sessions() as session:
            settings = read_settings(session)
            self.due = due_for_anonymising(session, self.context.today(), settings.years)
        self.years.blockSignals(True)
        self.years.setValue(settings.years)
        self.years.blockSignals(False)
        reviewed = settings.reviewed_on
        self.reviewed.setText(
            self.tr("Last review: {date}").format(date=format_date(reviewed))
            if reviewed
            else self.tr("Last review: never")
        )
        self.model.set_rows(due_rows(self.due))
        self.count_label.setText(self.tr("%n person(s) due to be anonymised", "", len(self.due)))
        self.anonymise_button.setEnabled(bool(self.due) and self.run is None)
        self._show_left(waiting(self.context.sessions, self._folders()))
        self._stale = False

    def _folders(self) -> dict[str, Path]:
        return folders_of(self.context.database.path)

    def _show_left(self, left: list[Leftover]) -> None:
        self.left_label.setText(left_text(left) if left else "")
        self.left_label.setVisible(bool(left))
        self.retry_button.setVisible(bool(left))

    @Slot()
    def delete_left_files(self) -> None:
        """Try again the files an erasure could not delete (one was open elsewhere)."""
        do_file_tasks(self.context.sessions, self._folders())
        self.reload()

    @Slot(int)
    def _on_years(self, years: int) -> None:
        set_years(self.context.sessions, years)
        self.reload()

    # -- anonymising ---------------------------------------------------------------------
    @Slot()
    def anonymise(self) -> None:
        if not self.due or self.run is not None:
            return
        question = self.tr(
            "Anonymise the %n person(s) listed? Their names, contact details and everything "
            "written about them are removed for good; what the reports count stays.",
            "",
            len(self.due),
        )
        title = self.tr("Anonymise")
        answer = QMessageBox.question(self, title, question, Button.Yes | Button.No, Button.No)
        if answer != Button.Yes:
            return
        ids = [d.candidate_id for d in self.due]
        self.run = PrivacyRun.anonymise(self.context, ids, self.years.value(), self)
        self.run.done.connect(self._on_done)
        self.anonymise_button.setEnabled(False)
        self.run.start()

    @Slot(object)
    def _on_done(self, result: Anonymised | None) -> None:
        self.run = None
        if result is not None:
            mark_reviewed(self.context.sessions, self.context.today())
            self.result.setText(result_text(result))
            self.result.show()
        self.reload()
