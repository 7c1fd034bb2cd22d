"""What the Steps page's buttons do: go to a page (and tab), or open a step's tool.

A tool is a toolbox form (``forms/*.toml``) or one of ``guide.ACTIONS``. A reference card
opens beside the work; the organisation's own documents (policy, rules) open to be filled
in; a form that belongs to a record is saved as a blank PDF to look at or print (filling
it in is done on the record it is about).
"""

from collections.abc import Callable, Generator
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QObject, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QTabWidget, QWidget

from stagedesk.core.forms import Definition, FormKind, RecordKind
from stagedesk.core.forms.tools import open_response
from stagedesk.core.guide.plans import IMPORT_LIST, OPPORTUNITY_LIST, Step
from stagedesk.core.i18n import QT_TRANSLATE_NOOP
from stagedesk.core.models import FormResponse
from stagedesk.core.records.organisation import organisation_to_change
from stagedesk.output.pdf.documents.opportunity_list import write_opportunity_list
from stagedesk.output.pdf.forms.job import Variant
from stagedesk.output.pdf.forms.printing import print_form
from stagedesk.ui.data.list_import import import_list
from stagedesk.ui.forms.card_view import show_card
from stagedesk.ui.forms.form_dialog import open_form
from stagedesk.ui.kit.context import AppContext
from stagedesk.ui.kit.labels import ui_language
from stagedesk.ui.kit.save_as import ask_save_path
from stagedesk.ui.kit.settings import chosen_language
from stagedesk.ui.kit.shell import Shell
from stagedesk.ui.kit.workers import Work
from stagedesk.ui.printing.in_background import PdfInBackground

ACTION_TITLES = {
    OPPORTUNITY_LIST: QT_TRANSLATE_NOOP("Steps", "List of open places for schools (PDF)"),
    IMPORT_LIST: QT_TRANSLATE_NOOP("Steps", "Import an Excel list of interns…"),
}


def _open_with_system(path: Path) -> object:
    return QDesktopServices.openUrl(QUrl.fromLocalFile(str(path)))


def _blank_form(
    context: AppContext, path: Path, definition: Definition, language: str
) -> Generator[tuple[int, int], None, Path]:
    """Off the GUI thread: a form to look at or print, for no record yet (so no response
    is started, and its code leads nowhere)."""
    yield 0, 1
    blank, today = Variant.BLANK, context.today()
    print_form(
        context.sessions,
        context.forms,
        definition,
        None,
        blank,
        path,
        language=language,
        today=today,
    )
    return path


def _opportunity_list(
    context: AppContext, path: Path, language: str
) -> Generator[tuple[int, int], None, Path]:
    """Off the GUI thread: the list of open places for schools."""
    yield 0, 1
    with context.sessions() as session:
        write_opportunity_list(session, path, language=language, today=context.today())
    return path


def show_place(shell: Shell, page_key: str, tab: str | None) -> QWidget:
    """Show a sidebar page and, when given, one of its tabs or (Reports) one report."""
    page = shell.go_to(page_key)
    if tab is None:
        return page
    tabs = getattr(page, "tabs", None)
    box = getattr(page, "report_box", None)
    if box is not None:  # the Reports page: choose the report
        index = box.findData(tab)
        if index >= 0:
            box.setCurrentIndex(index)
    elif isinstance(page, QTabWidget):  # related lists on one page
        for index in range(page.count()):
            widget = page.widget(index)
            if widget is not None and _tab_key(widget) == tab:
                page.setCurrentIndex(index)
    elif isinstance(tabs, QTabWidget):  # Settings
        target = getattr(page, tab, None)
        if isinstance(target, QWidget):
            tabs.setCurrentWidget(target)
    return page


def _tab_key(widget: QWidget) -> str | None:
    spec = getattr(widget, "spec", None)
    return getattr(spec, "key", None) or getattr(widget, "help_key", None)


class StepActions(QObject):
    def __init__(self, context: AppContext, page: QWidget) -> None:
        super().__init__(page)
        self.context = context
        self.page = page
        self.dialog: QWidget | None = None  # the tool opened last, kept alive
        self.writing: PdfInBackground | None = None  # the PDF written last, kept alive
        # Replaced in tests: where a PDF goes, and how a made file is shown.
        self.ask_pdf_path: Callable[[str], Path | None] = self._ask_pdf_path
        self.open_result: Callable[[Path], object] = _open_with_system

    def language(self) -> str:
        return chosen_language(self.context.settings) or ui_language()

    def go(self, step: Step) -> QWidget | None:
        shell = self.context.shell
        return show_place(shell, step.page, step.tab) if shell is not None else None

    def tool_title(self, tool: str) -> str:
        if tool in ACTION_TITLES:
            return QCoreApplication.translate("Steps", ACTION_TITLES[tool])
        definition = self.context.forms.definitions.get(tool)
        return definition.title.get(self.language()) if definition is not None else tool

    def open_tool(self, tool: str) -> object:
        """Open ``tool``; what was opened (a dialog, a file), or None."""
        if tool == OPPORTUNITY_LIST:
            return self._opportunity_list()
        if tool == IMPORT_LIST:
            shell = self.context.shell
            if shell is None:
                return None

            self.dialog = import_list(self.context, shell.main_window())
            return self.dialog
        definition = self.context.forms.definitions.get(tool)
        if definition is None:
            return None
        if definition.kind is FormKind.CARD:
            self.dialog = show_card(self.page, definition, self.language())
            return self.dialog
        if definition.record is RecordKind.ORGANISATION:
            return self._organisation_document(tool)
        return self._blank_pdf(tool)

    def _organisation_document(self, form_id: str) -> QWidget | None:

        definition = self.context.forms.get(form_id)
        with self.context.sessions.begin() as session:
            organisation = organisation_to_change(session)
            response_id = open_response(session, definition, organisation.id)
        self.dialog = open_form(self.page, self.context, response_id)

        self.context.data_changed.emit(FormResponse)
        return self.dialog

    def _blank_pdf(self, form_id: str) -> PdfInBackground | None:
        definition = self.context.forms.get(form_id)
        language = self.language()
        path = self.ask_pdf_path(f"{definition.title.get(language)}.pdf")
        if path is None:
            return None
        return self._in_background(path, _blank_form, definition, language)

    def _opportunity_list(self) -> PdfInBackground | None:
        title = QCoreApplication.translate("OpportunityListAction", "Internship places.pdf")
        path = self.ask_pdf_path(title)
        if path is None:
            return None
        return self._in_background(path, _opportunity_list, self.language())

    def _in_background(self, path: Path, work: Work, *args: object) -> PdfInBackground:
        writing = PdfInBackground(
            self.context, self.page, path, self.open_result, work, self.context, path, *args
        )
        self.writing = writing  # kept alive until done
        return writing.start()

    def _ask_pdf_path(self, suggested: str) -> Path | None:
        title = self.tr("Save as PDF")
        return ask_save_path(self.page, self.context, title, suggested, "PDF (*.pdf)", ".pdf")
