"""The internship view: who, where and when at a glance, with tabs for everything around it."""

from typing import Any

from PySide6.QtCore import Qt, Slot
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from stagedesk.core.forms import RecordKind
from stagedesk.core.internships import save_internship
from stagedesk.ui.data.actions import export_calendar
from stagedesk.ui.forms.checklist_view import ChecklistView
from stagedesk.ui.forms.tools_tab import ToolsTab
from stagedesk.ui.internships.documents_tab import DocumentsTab
from stagedesk.ui.internships.follow_up import FollowUpTab
from stagedesk.ui.kit.context import AppContext
from stagedesk.ui.kit.editor import RecordEditor
from stagedesk.ui.mail.menu import MailButton
from stagedesk.ui.records.specs import INTERNSHIPS


class InternshipEditor(RecordEditor):
    """Details, the checklists, the forms, the follow-up log: one internship, one place."""

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(context, INTERNSHIPS, parent)

    def body(self, form: QWidget) -> QWidget:

        container = QWidget(self)
        self.summary = QLabel(container)
        self.summary.setObjectName("internshipSummary")
        self.summary.setWordWrap(True)
        self.mail = MailButton(self.context, container)
        self.calendar = QPushButton(self.tr("Calendar…"), container)
        self.calendar.setToolTip(
            self.tr("This internship's dates, checklist items and evaluations as an .ics file")
        )
        self.calendar.clicked.connect(self.export_calendar)
        self.tabs = QTabWidget(container)
        self.tabs.setDocumentMode(True)
        self.tabs.addTab(form, self.tr("Details"))
        self.checklists = ChecklistView(self.context, container)
        self.tabs.addTab(self.checklists, self.tr("Checklists"))
        self.tools = ToolsTab(self.context, RecordKind.INTERNSHIP, container)
        self.tabs.addTab(self.tools, self.tr("Forms"))
        self.follow_up = FollowUpTab(self.context, container)
        self.tabs.addTab(self.follow_up, self.tr("Follow-up"))
        self.documents = DocumentsTab(self.context, container)
        self.tabs.addTab(self.documents, self.tr("Documents"))
        layout = QVBoxLayout(container)
        layout.setContentsMargins(0, 0, 0, 0)
        top = QHBoxLayout()
        top.addWidget(self.summary, 1)
        top.addWidget(self.calendar, 0, Qt.AlignmentFlag.AlignTop)
        top.addWidget(self.mail, 0, Qt.AlignmentFlag.AlignTop)
        layout.addLayout(top)
        layout.addWidget(self.tabs, 1)
        return container

    def load(self, record_id: int | None, defaults: dict[str, Any] | None = None) -> None:
        super().load(record_id, defaults)
        self.checklists.show_internship(record_id)
        status = self.values().get("status")
        self.tools.show_record(record_id, str(status) if status else "")
        self.follow_up.show_internship(record_id)
        self.documents.show_internship(record_id)
        self.mail.set_internship(record_id)
        self.calendar.setEnabled(record_id is not None)
        for tab in (self.checklists, self.tools, self.follow_up, self.documents):
            self.tabs.setTabEnabled(self.tabs.indexOf(tab), record_id is not None)

    @Slot()
    def export_calendar(self) -> None:

        shell = self.context.shell
        if self.record_id is not None and shell is not None:
            export_calendar(shell.main_window(), self.record_id)  # type: ignore[arg-type]

    def write(self, values: dict[str, Any]) -> int:
        # Checklists come with the internship, and their due dates move with its start.
        return save_internship(
            self.context.sessions,
            self.context.forms,
            values,
            self.record_id,
            today=self.context.today(),
        )

    def _update_title(self) -> None:
        intern = self.display_text("candidate_id")
        self.title.setText(intern or self.tr("New internship"))
        self._update_summary()

    def _update_summary(self) -> None:
        start, end = self.display_text("start_date"), self.display_text("end_date")
        facts = [
            (self.tr("Unit"), self.display_text("unit_id")),
            (self.tr("Mentor"), self.display_text("mentor_id")),
            (self.tr("School"), self.display_text("school_id")),
            (self.tr("Dates"), f"{start} – {end}" if start or end else ""),
            (self.tr("Kind"), self.display_text("kind")),
            (self.tr("Status"), self.display_text("status")),
        ]
        self.summary.setText(
            "   ·   ".join(f"<b>{label}:</b> {value or '—'}" for label, value in facts)
        )
