"""'Make your places known': the offered opportunities as a PDF for schools."""

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QObject, QUrl, Slot
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QPushButton

from stagedesk.ui.kit.context import AppContext
from stagedesk.ui.kit.labels import ui_language
from stagedesk.ui.kit.list_page import RecordListPage
from stagedesk.ui.kit.save_as import ask_save_path


class OpportunityListAction(QObject):
    def __init__(self, context: AppContext, page: RecordListPage) -> None:
        super().__init__(page)
        self.context = context
        self.page = page
        self.button = QPushButton(self.tr("List for schools (PDF)"), page)
        self.button.setToolTip(self.tr("The offered opportunities, to send to schools"))
        self.button.clicked.connect(self.save)
        page.add_button(self.button)
        # Replaced in tests: where to save, and how to show the result.
        self.ask_path: Callable[[str], Path | None] = self._ask_path
        self.open_result: Callable[[Path], object] = _open_with_system

    @Slot()
    def save(self) -> Path | None:
        from stagedesk.output.pdf.documents.opportunity_list import write_opportunity_list

        path = self.ask_path(self.tr("Internship places.pdf"))
        if path is None:
            return None
        with self.context.sessions() as session:
            write_opportunity_list(
                session, path, language=ui_language(), today=self.context.today()
            )
        self.open_result(path)
        return path

    def _ask_path(self, suggested: str) -> Path | None:
        title = self.tr("Save as PDF")
        return ask_save_path(self.page, self.context, title, suggested, "PDF (*.pdf)", ".pdf")


def _open_with_system(path: Path) -> object:
    return QDesktopServices.openUrl(QUrl.fromLocalFile(str(path)))
