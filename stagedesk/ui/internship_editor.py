"""The internship view: who, where and when at a glance, with tabs for everything around it."""

from typing import Any

from PySide6.QtWidgets import QLabel, QTabWidget, QVBoxLayout, QWidget

from .context import AppContext
from .editor import RecordEditor
from .follow_up import FollowUpTab
from .specs import INTERNSHIPS


class InternshipEditor(RecordEditor):
    """Later issues add their tabs (checklists, forms, documents) through ``tabs``."""

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(context, INTERNSHIPS, parent)

    def body(self, form: QWidget) -> QWidget:
        container = QWidget(self)
        self.summary = QLabel(container)
        self.summary.setObjectName("internshipSummary")
        self.summary.setWordWrap(True)
        self.tabs = QTabWidget(container)
        self.tabs.setDocumentMode(True)
        self.tabs.addTab(form, self.tr("Details"))
        self.follow_up = FollowUpTab(self.context, container)
        self.tabs.addTab(self.follow_up, self.tr("Follow-up"))
        layout = QVBoxLayout(container)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.summary)
        layout.addWidget(self.tabs, 1)
        return container

    def load(self, record_id: int | None, defaults: dict[str, Any] | None = None) -> None:
        super().load(record_id, defaults)
        self.follow_up.show_internship(record_id)
        self.tabs.setTabEnabled(1, record_id is not None)

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
