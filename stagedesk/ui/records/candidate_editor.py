"""The candidate editor: the spec's form, with the person's privacy actions above it and,
for someone anonymised, a line saying so."""

from contextlib import suppress
from typing import Any

from PySide6.QtCore import Qt, Slot
from PySide6.QtWidgets import QHBoxLayout, QLabel, QVBoxLayout, QWidget

from stagedesk.core.models import Candidate
from stagedesk.core.privacy import Anonymised
from stagedesk.core.records.organisation import organisation
from stagedesk.core.records.people import anonymised_on, school_language
from stagedesk.core.records.repository import RecordGone
from stagedesk.ui.kit.context import AppContext
from stagedesk.ui.kit.editor import RecordEditor
from stagedesk.ui.kit.labels import format_date
from stagedesk.ui.privacy.person_actions import PrivacyButton
from stagedesk.ui.privacy.run import result_text
from stagedesk.ui.records.specs import CANDIDATES


class CandidateEditor(RecordEditor):
    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(context, CANDIDATES, parent)
        context.data_changed.connect(self._on_candidates_changed)
        self.field("school_id").changed.connect(self._on_school_chosen)

    @Slot()
    def _on_school_chosen(self) -> None:
        """A new candidate speaks their school's language (an intern from a French-speaking
        school gets French forms), unless the language was chosen by hand already."""
        school_id = self.field("school_id").value()
        if self.record_id is not None or school_id is None or "language" in self._touched:
            return
        with self.context.sessions() as session:
            language = school_language(session, school_id)
        if language is not None:
            self.field("language").set_value(language)

    def body(self, form: QWidget) -> QWidget:
        container = QWidget(self)
        self.status = QLabel(container)
        self.status.setObjectName("anonymisedNote")
        self.status.setWordWrap(True)
        self.privacy = PrivacyButton(self.context, container)
        self.privacy.erased.connect(self._on_erased)
        self.privacy.before_erasing = self.maybe_leave  # unsaved changes first
        top = QHBoxLayout()
        top.addWidget(self.status, 1)
        top.addWidget(self.privacy, 0, Qt.AlignmentFlag.AlignTop)
        layout = QVBoxLayout(container)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(top)
        layout.addWidget(form, 1)
        return container

    def load(self, record_id: int | None, defaults: dict[str, Any] | None = None) -> None:
        if record_id is None and "language" not in (defaults or {}):
            # A new candidate reads the organisation's language until a school says
            # otherwise (the spec's default is Dutch, whatever the organisation speaks).
            with self.context.sessions() as session:
                found = organisation(session)
                language = found.language if found is not None else None
            if language is not None:
                defaults = {**(defaults or {}), "language": language}
        super().load(record_id, defaults)
        anonymised = None
        if record_id is not None:
            with self.context.sessions() as session:
                anonymised = anonymised_on(session, record_id)
        self.status.setText(
            self.tr(
                "Anonymised on {date}: only what the reports count is kept, without a name."
            ).format(date=format_date(anonymised))
            if anonymised
            else ""
        )
        self.privacy.set_candidate(record_id, self.spec.describe(self.values()))

    @Slot(object)
    def _on_erased(self, result: Anonymised) -> None:
        if self.record_id is not None:
            self.load(self.record_id)
        if self.context.shell is not None:
            self.context.shell.show_status(result_text(result), 10_000)

    @Slot(object)
    def _on_candidates_changed(self, model: object) -> None:
        """Anonymised from the Privacy tab or the yearly review while shown here: show what
        is left (unsaved changes are never thrown away; saving them meets a conflict)."""
        if model is not Candidate or self.record_id is None or self.is_dirty():
            return
        with suppress(RecordGone):  # deleted elsewhere: the list takes care of it
            self.load(self.record_id)
