"""The pages of the sidebar, in the order of the internship lifecycle."""

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QTabWidget, QWidget

from stagedesk.core.forms import RecordKind
from stagedesk.core.models import (
    Application,
    Base,
    Candidate,
    Internship,
    Opportunity,
    School,
    StaffMember,
    Unit,
)
from stagedesk.ui.dashboard.page import DashboardPage
from stagedesk.ui.forms.needs_page import NeedsAnalysisPage
from stagedesk.ui.forms.tools_editor import ToolsEditor
from stagedesk.ui.internships.editor import InternshipEditor
from stagedesk.ui.kit.context import AppContext
from stagedesk.ui.kit.list_page import RecordListPage
from stagedesk.ui.kit.spec import EntitySpec
from stagedesk.ui.printing.opportunity_list import OpportunityListAction
from stagedesk.ui.records import specs
from stagedesk.ui.records.candidate_editor import CandidateEditor
from stagedesk.ui.records.school_editor import SchoolEditor
from stagedesk.ui.reports.page import ReportsPage
from stagedesk.ui.settings.organisation import SettingsPage
from stagedesk.ui.steps.page import StepsPage


class TabbedListsPage(QTabWidget):
    """Related lists on one page (candidates & applications, people & units), and other
    tabs that belong with them (an opportunity's needs analyses)."""

    def __init__(
        self,
        lists: list[RecordListPage],
        extra: list[tuple[str, QWidget]] | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.lists = lists
        self.tabs: list[QWidget] = [*lists, *(widget for _, widget in extra or [])]
        for page in lists:
            self.addTab(page, QCoreApplication.translate("Page", page.spec.title))
        for title, widget in extra or []:
            self.addTab(widget, title)
        self.currentChanged.connect(self._on_tab_changed)
        self._shown = 0

    def _leave(self, index: int) -> bool:
        leave = getattr(self.tabs[index], "maybe_leave", None)
        return True if leave is None else bool(leave())

    def maybe_leave(self) -> bool:
        return all(self._leave(index) for index in range(len(self.tabs)))

    def _on_tab_changed(self, index: int) -> None:
        # Leaving a tab with unsaved changes asks first, as leaving a page does.
        if index == self._shown:
            return
        if not self._leave(self._shown):
            self.blockSignals(True)
            self.setCurrentIndex(self._shown)
            self.blockSignals(False)
            return
        self._shown = index

    def show_list(self, page: RecordListPage) -> bool:
        index = self.tabs.index(page)
        if index != self._shown and not self._leave(self._shown):
            return False
        self._shown = index
        self.blockSignals(True)
        self.setCurrentWidget(page)
        self.blockSignals(False)
        return True


def _list(context: AppContext, spec: EntitySpec) -> RecordListPage:
    return RecordListPage(context, spec)


_OPP, _APP = RecordKind.OPPORTUNITY, RecordKind.APPLICATION


def _opportunities(context: AppContext) -> RecordListPage:
    page = RecordListPage(
        context, specs.OPPORTUNITIES, ToolsEditor(context, specs.OPPORTUNITIES, _OPP)
    )
    page.schools_list = OpportunityListAction(context, page)  # type: ignore[attr-defined]
    return page


# How to build each page of the sidebar (sidebar.py holds their order and titles).
BUILDERS: dict[str, Callable[[AppContext], QWidget]] = {
    "dashboard": DashboardPage,
    "steps": StepsPage,
    "opportunities": lambda c: TabbedListsPage(
        [_opportunities(c)],
        [(QCoreApplication.translate("Page", "Needs analyses"), NeedsAnalysisPage(c))],
    ),
    "candidates": lambda c: TabbedListsPage(
        [
            RecordListPage(c, specs.CANDIDATES, CandidateEditor(c)),
            RecordListPage(c, specs.APPLICATIONS, ToolsEditor(c, specs.APPLICATIONS, _APP)),
        ]
    ),
    "internships": lambda c: RecordListPage(c, specs.INTERNSHIPS, InternshipEditor(c)),
    "schools": lambda c: RecordListPage(c, specs.SCHOOLS, SchoolEditor(c)),
    "people": lambda c: TabbedListsPage([_list(c, specs.STAFF), _list(c, specs.UNITS)]),
    "reports": ReportsPage,
    "settings": SettingsPage,
}

# Where each kind of record is shown: page key and, on tabbed pages, the list's spec key.
RECORD_PAGES: dict[type[Base], tuple[str, str]] = {
    Opportunity: ("opportunities", "opportunities"),
    Candidate: ("candidates", "candidates"),
    Application: ("candidates", "applications"),
    Internship: ("internships", "internships"),
    School: ("schools", "schools"),
    StaffMember: ("people", "staff"),
    Unit: ("people", "units"),
}


def list_pages(page: QWidget | None) -> list[RecordListPage]:
    if isinstance(page, RecordListPage):
        return [page]
    if isinstance(page, TabbedListsPage):
        return page.lists
    return []
