"""An editor with the record's toolbox tools beside its details (opportunities,
applications): the tools shown follow the record's status."""

from typing import Any

from PySide6.QtWidgets import QTabWidget, QWidget

from stagedesk.core.forms import RecordKind
from stagedesk.ui.forms.tools_tab import ToolsTab
from stagedesk.ui.kit.context import AppContext
from stagedesk.ui.kit.editor import RecordEditor
from stagedesk.ui.kit.spec import EntitySpec


class ToolsEditor(RecordEditor):
    def __init__(
        self,
        context: AppContext,
        spec: EntitySpec,
        record: RecordKind,
        parent: QWidget | None = None,
    ) -> None:
        self.record_kind = record
        super().__init__(context, spec, parent)

    def body(self, form: QWidget) -> QWidget:
        self.tabs = QTabWidget(self)
        self.tabs.setDocumentMode(True)
        self.tabs.addTab(form, self.tr("Details"))
        self.tools = ToolsTab(self.context, self.record_kind, self.tabs)
        self.tabs.addTab(self.tools, self.tr("Forms"))
        return self.tabs

    def load(self, record_id: int | None, defaults: dict[str, Any] | None = None) -> None:
        super().load(record_id, defaults)
        self.show_tools()

    def show_tools(self) -> None:
        status = self.values().get("status")
        self.tools.show_record(self.record_id, str(status) if status else "")
        self.tabs.setTabEnabled(self.tabs.indexOf(self.tools), self.record_id is not None)
