"""A school with its contact persons and study programmes, each in its own tab."""

from typing import Any

from PySide6.QtWidgets import QTabWidget, QWidget

from stagedesk.core.records import listing
from stagedesk.ui.kit.children import ChildrenPanel
from stagedesk.ui.kit.context import AppContext
from stagedesk.ui.kit.editor import RecordEditor
from stagedesk.ui.records.specs.schools import CONTACTS, PROGRAMMES, SCHOOLS


class SchoolEditor(RecordEditor):
    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(context, SCHOOLS, parent)

    def body(self, form: QWidget) -> QWidget:
        self.tabs = QTabWidget(self)
        self.tabs.setDocumentMode(True)
        self.tabs.addTab(form, self.tr("Details"))
        self.contacts = ChildrenPanel(
            self.context, CONTACTS, "school_id", listing.school_contacts, self.tabs
        )
        self.programmes = ChildrenPanel(
            self.context, PROGRAMMES, "school_id", listing.programmes, self.tabs
        )
        self.tabs.addTab(self.contacts, self.tr("Contacts"))
        self.tabs.addTab(self.programmes, self.tr("Programmes"))
        return self.tabs

    def load(self, record_id: int | None, defaults: dict[str, Any] | None = None) -> None:
        super().load(record_id, defaults)
        self.contacts.show_parent(record_id)
        self.programmes.show_parent(record_id)

    def maybe_leave(self) -> bool:
        return (
            super().maybe_leave() and self.contacts.maybe_leave() and self.programmes.maybe_leave()
        )
