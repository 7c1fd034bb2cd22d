"""The yearly privacy review: once a year (and the first time something is due), a dialog
lists whose personal data are due to be anonymised, with "Anonymise now" and "Later".

Later (or closing the dialog) asks again in 30 days. Anonymising marks the review done:
the next one comes a year later. Call :func:`maybe_ask_for_retention_review` once the
database is open.
"""

from typing import TYPE_CHECKING

from PySide6.QtCore import Slot
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from stagedesk.core.privacy import (
    Anonymised,
    Due,
    due_for_anonymising,
    mark_reviewed,
    postpone,
    read_settings,
)
from stagedesk.core.privacy.retention import ASK_AGAIN_DAYS
from stagedesk.ui.kit.context import AppContext
from stagedesk.ui.kit.table_model import RecordTableModel
from stagedesk.ui.privacy.run import PrivacyRun, result_text
from stagedesk.ui.privacy.tab import DUE_COLUMNS, due_rows, due_view

if TYPE_CHECKING:
    from stagedesk.ui.shell.main_window import MainWindow


class RetentionPrompt(QDialog):
    def __init__(self, context: AppContext, due: list[Due], years: int, parent: QWidget) -> None:
        super().__init__(parent)
        self.context, self.due, self.years = context, due, years
        self.run: PrivacyRun | None = None
        self.result_value: Anonymised | None = None
        self.setWindowTitle(self.tr("Yearly privacy review"))
        self.setMinimumSize(560, 420)
        heading = QLabel(self.tr("Time for the yearly privacy review"), self)
        heading.setObjectName("pageTitle")
        intro = QLabel(
            self.tr(
                "The personal data of %n person(s) are due to be anonymised: their last "
                "internship or application ended more than {years} years ago. Their names, "
                "contact details and everything written about them go for good; what the "
                "reports count stays, without a name. Later asks again in {days} days.",
                "",
                len(due),
            ).format(years=years, days=ASK_AGAIN_DAYS),
            self,
        )
        intro.setWordWrap(True)
        self.model = RecordTableModel(DUE_COLUMNS, self)
        self.model.set_rows(due_rows(due))
        view = due_view(self.model, self)
        self.buttons = QDialogButtonBox(self)
        self.now_button = QPushButton(self.tr("Anonymise now"), self)
        self.later_button = QPushButton(self.tr("Later"), self)
        self.later_button.setToolTip(
            self.tr("Ask again in {days} days").format(days=ASK_AGAIN_DAYS)
        )
        self.buttons.addButton(self.now_button, QDialogButtonBox.ButtonRole.AcceptRole)
        self.buttons.addButton(self.later_button, QDialogButtonBox.ButtonRole.RejectRole)
        self.buttons.accepted.connect(self.anonymise)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(heading)
        layout.addWidget(intro)
        layout.addWidget(view, 1)
        layout.addWidget(self.buttons)

    @Slot()
    def anonymise(self) -> None:
        if self.run is not None:
            return
        ids = [d.candidate_id for d in self.due]
        self.run = PrivacyRun.anonymise(self.context, ids, self.years, self)
        self.run.done.connect(self._on_done)
        self.now_button.setEnabled(False)
        self.later_button.setEnabled(False)
        self.run.start()

    @Slot(object)
    def _on_done(self, result: Anonymised | None) -> None:
        self.run = None
        if result is None:  # cancelled or failed: nothing changed, ask what now
            self.now_button.setEnabled(True)
            self.later_button.setEnabled(True)
            return
        mark_reviewed(self.context.sessions, self.context.today())
        self.result_value = result
        window = self.parentWidget()
        status = getattr(window, "statusBar", None)
        if status is not None:
            status().showMessage(result_text(result), 10_000)
        self.accept()

    def reject(self) -> None:
        """Later, or closed: ask again in 30 days (never while anonymising)."""
        if self.run is not None:
            return
        postpone(self.context.sessions, self.context.today())
        super().reject()


def maybe_ask_for_retention_review(window: "MainWindow") -> RetentionPrompt | None:
    """Show the yearly review when it is wanted (``RetentionSettings.review_wanted``);
    the dialog shown, or None."""
    context = window.context
    today = context.today()
    with context.sessions() as session:
        settings = read_settings(session)
        due = due_for_anonymising(session, today, settings.years)
    if not settings.review_wanted(today, len(due)):
        return None
    prompt = RetentionPrompt(context, due, settings.years, window)
    prompt.open()
    return prompt
