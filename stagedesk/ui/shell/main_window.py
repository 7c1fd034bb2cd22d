"""The main window: a sidebar that follows the lifecycle, and one page at a time.

This module imports nothing that opens or queries the database, so ``app.run`` can show
the window first and open the database right after: the user sees StageDesk at once,
instead of waiting for SQLAlchemy to load.
"""

import datetime as dt
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QSettings, QSize, Qt, QUrl, Slot
from PySide6.QtGui import QAction, QCloseEvent, QDragEnterEvent, QDropEvent, QKeySequence
from PySide6.QtWidgets import (
    QApplication,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QMainWindow,
    QStackedWidget,
    QWidget,
)

from stagedesk import __version__
from stagedesk.ui.kit import settings
from stagedesk.ui.shell.language_switch import switch_language
from stagedesk.ui.shell.reopening import Reopener
from stagedesk.ui.shell.sidebar import KEYS, SIDEBAR, row_of
from stagedesk.ui.shell.toolbar import Toolbar

if TYPE_CHECKING:
    from stagedesk.ui.kit.context import AppContext
    from stagedesk.ui.kit.list_page import RecordListPage


class MainWindow(QMainWindow):
    """Pages are built the first time they are shown, so start-up builds only one.

    ``MainWindow(context)`` is ready at once. ``MainWindow(settings=...)`` is the bare
    frame (sidebar, status bar, size) that ``app.run`` shows before the database is open;
    ``attach(context)`` then brings it to life.
    """

    def __init__(
        self,
        context: "AppContext | None" = None,
        *,
        settings: QSettings | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._context: AppContext | None = None
        store = context.settings if context is not None else settings
        assert store is not None, "MainWindow needs a context or settings"
        self._settings: QSettings = store
        self.pages: dict[str, QWidget] = {}
        self._current = 0
        self.setWindowTitle("StageDesk")
        self._build()
        self.toolbar = Toolbar(self)
        self.setAcceptDrops(True)
        self._add_actions()
        self._add_print_action()
        self._restore_geometry()
        if context is not None:
            self.attach(context)

    @property
    def settings(self) -> QSettings:
        return self._settings

    @property
    def has_database(self) -> bool:
        return self._context is not None

    @property
    def context(self) -> "AppContext":
        assert self._context is not None, "the database is not open yet"
        return self._context

    def attach(self, context: "AppContext") -> None:
        """The database is open: show the page the user was on last time."""
        self._context = context
        context.shell = self  # what its pages may ask of it (kit.shell.Shell)
        self._settings = context.settings
        self.setWindowTitle(
            self.tr("StageDesk — {location}").format(location=context.database.location)
        )
        self.sidebar.setEnabled(True)
        last = str(self._settings.value(settings.LAST_PAGE, 0))
        row = int(last) if last.isdigit() and int(last) < len(SIDEBAR) else 0
        self.sidebar.blockSignals(True)
        self.sidebar.setCurrentRow(row)
        self.sidebar.blockSignals(False)
        self._show_page(row)
        self.statusBar().showMessage(f"StageDesk {__version__}")
        self._report_form_problems()
        from stagedesk.ui.first_start.demo import mark_if_demo

        mark_if_demo(self)

    def _report_form_problems(self) -> None:
        """An organisation's own form with a mistake is not used: say so, and where."""
        problems = self.context.forms.problems
        if not problems:
            return
        label = QLabel(
            self.tr("%n form definition(s) of your own could not be used", "", len(problems))
        )
        label.setObjectName("fieldError")
        label.setToolTip("\n".join(line for p in problems for line in p.lines()))
        self.statusBar().addPermanentWidget(label)

    def _build(self) -> None:
        self.sidebar = QListWidget(self)
        self.sidebar.setObjectName("sidebar")
        self.sidebar.setAccessibleName(self.tr("Pages"))
        for _key, title in SIDEBAR:
            self.sidebar.addItem(QCoreApplication.translate("Sidebar", title))
        self.sidebar.setFixedWidth(self.sidebar.sizeHintForColumn(0) + 40)
        self.sidebar.setEnabled(False)  # until the database is open
        self.stack = QStackedWidget(self)
        for _ in SIDEBAR:
            self.stack.addWidget(QWidget(self.stack))  # stand-ins until first shown
        central = QWidget(self)
        layout = QHBoxLayout(central)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(self.sidebar)
        layout.addWidget(self.stack, 1)
        self.setCentralWidget(central)
        self.sidebar.currentRowChanged.connect(self._on_sidebar)
        self.statusBar().showMessage(self.tr("Opening the database…"))

    def _add_actions(self) -> None:
        for number in range(len(SIDEBAR)):
            action = QAction(self)
            action.setShortcut(QKeySequence(f"Ctrl+{number + 1}"))
            action.triggered.connect(lambda _=False, n=number: self.sidebar.setCurrentRow(n))
            self.addAction(action)
        for keys, slot in (
            (QKeySequence.StandardKey.Find, self._find),
            (QKeySequence.StandardKey.New, self._new),
            (QKeySequence.StandardKey.Save, self._save),
        ):
            action = QAction(self)
            action.setShortcut(keys)
            action.triggered.connect(slot)
            self.addAction(action)

    def _restore_geometry(self) -> None:
        geometry = settings.read_bytes(self._settings, settings.WINDOW_GEOMETRY)
        if geometry is None or not self.restoreGeometry(geometry):
            # Smaller on a small screen (a 1366×768 laptop): the editors' Save buttons sit
            # at the bottom and must not start off the screen. 40×60 leaves room for frame.
            room = self.screen().availableGeometry().size() - QSize(40, 60)
            self.resize(QSize(1280, 800).boundedTo(room))

    # -- pages ---------------------------------------------------------------------------
    def page(self, key: str) -> QWidget:
        """The page with ``key``, built on first use."""
        if key not in self.pages:
            from stagedesk.ui.shell.pages import BUILDERS

            row = row_of(key)
            widget = BUILDERS[key](self.context)
            stand_in = self.stack.widget(row)
            self.stack.insertWidget(row, widget)
            if stand_in is not None:
                self.stack.removeWidget(stand_in)
                stand_in.deleteLater()
            self.pages[key] = widget
            from stagedesk.ui.kit.page_help import add_help

            add_help(widget, key, self._settings)
            if hasattr(widget, "open_requested"):
                widget.open_requested.connect(self.open_record)
        return self.pages[key]

    @Slot(int)
    def _on_sidebar(self, row: int) -> None:
        if row == self._current or row < 0:
            return
        if not self._may_leave(self._current):
            self.sidebar.blockSignals(True)
            self.sidebar.setCurrentRow(self._current)
            self.sidebar.blockSignals(False)
            return
        self._show_page(row)

    def _show_page(self, row: int) -> None:
        self.page(KEYS[row])
        self.stack.setCurrentIndex(row)
        self._current = row
        self._settings.setValue(settings.LAST_PAGE, row)

    def _may_leave(self, row: int) -> bool:
        page = self.pages.get(KEYS[row])
        leave = getattr(page, "maybe_leave", None)
        return True if leave is None else bool(leave())

    def current_list(self) -> "RecordListPage | None":
        from stagedesk.ui.kit.list_page import RecordListPage
        from stagedesk.ui.shell.pages import TabbedListsPage

        page = self.stack.currentWidget()
        if isinstance(page, RecordListPage):
            return page
        if isinstance(page, TabbedListsPage):
            current = page.currentWidget()
            return current if isinstance(current, RecordListPage) else None
        return None

    def go_to(self, key: str) -> QWidget:
        self.sidebar.setCurrentRow(row_of(key))
        return self.page(key)

    @Slot(object, int)
    def open_record(self, model: object, record_id: int) -> bool:
        """Show one record on its page (from the dashboard, later from search and QR)."""
        from stagedesk.ui.shell.pages import RECORD_PAGES, TabbedListsPage, list_pages

        page_key, list_key = RECORD_PAGES[model]  # type: ignore[index]
        row = row_of(page_key)
        self.sidebar.setCurrentRow(row)
        if self._current != row:
            return False  # the user chose to stay with unsaved changes
        page = self.page(page_key)
        target = next(p for p in list_pages(page) if p.spec.key == list_key)
        if isinstance(page, TabbedListsPage) and not page.show_list(target):
            return False
        return target.open_record(record_id)

    def switch_language(self, language: str) -> "MainWindow | None":
        return switch_language(self, language)

    def restore_backup(self, backup: Path, folder: Path, now: dt.datetime) -> Reopener | None:
        reopener = Reopener(self, backup, folder)
        return reopener if reopener.start(now) else None

    def main_window(self) -> QMainWindow:
        return self

    def show_status(self, text: str, milliseconds: int = 0) -> None:
        self.statusBar().showMessage(text, milliseconds)

    @Slot()
    def _find(self) -> None:
        current = self.current_list()
        if current is not None:
            current.focus_search()

    @Slot()
    def _save(self) -> None:
        # The editor around the focus (a school's contact inside the school editor), else
        # the editor of the current page.
        from stagedesk.ui.kit.editor import RecordEditor

        widget = QApplication.focusWidget()
        while widget is not None and not isinstance(widget, RecordEditor):
            widget = widget.parentWidget()
        if widget is None:
            current = self.current_list()
            widget = current.editor if current is not None else None
        if widget is None:
            page = self.stack.currentWidget()
            widget = getattr(page, "editor", None)
        if isinstance(widget, RecordEditor) and widget.isVisible():
            widget.save()

    @Slot()
    def _new(self) -> None:
        current = self.current_list()
        if current is not None:
            current.new_record()

    # -- forms going out -----------------------------------------------------------------
    def _add_print_action(self) -> None:
        self.print_action = QAction(self.tr("Print forms…"), self)
        self.print_action.setShortcut(QKeySequence.StandardKey.Print)
        self.print_action.setToolTip(self.tr("Print a form for many internships at once (Ctrl+P)"))
        self.print_action.triggered.connect(self.open_print_dialog)
        self.toolbar.bar.insertAction(self.toolbar.read_action, self.print_action)
        from stagedesk.ui.data.menu import DataMenu

        self.data_menu = DataMenu(self)
        self.toolbar.bar.insertWidget(self.toolbar.spacer_action, self.data_menu.button)

    @Slot()
    def open_print_dialog(self) -> QWidget | None:
        """The print dialog for this month's forms; None before the database is open."""
        if self._context is None:
            return None
        from stagedesk.ui.printing.dialog import open_print_dialog

        self.print_dialog = open_print_dialog(self, self.context)
        return self.print_dialog

    # -- forms coming back --------------------------------------------------------------
    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        pdfs, lists = _dropped(event.mimeData().urls())
        if self._context is not None and (pdfs or len(lists) == 1):
            event.acceptProposedAction()

    def dropEvent(self, event: QDropEvent) -> None:
        pdfs, lists = _dropped(event.mimeData().urls())
        if pdfs:
            event.acceptProposedAction()
            self.import_files(pdfs)
        elif len(lists) == 1:  # one old list at a time: each gets its own preview
            event.acceptProposedAction()
            from stagedesk.ui.data.list_import import import_list

            import_list(self.context, self, lists[0])

    def import_files(self, files: list[Path]) -> None:
        from stagedesk.ui.printing.filled_in import ImportDialog

        self.import_dialog = ImportDialog(self.context, files, self)
        self.import_dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.import_dialog.open()

    def open_form_code(self, response_id: int) -> bool:
        """Open the record a printed form belongs to, and the form itself."""
        from stagedesk.core.forms.tools import response_record

        with self.context.sessions() as session:
            found = response_record(session, response_id)
        if found is None:
            self.statusBar().showMessage(self.tr("No form has this code."), 5000)
            return False
        model, record_id = found
        from stagedesk.core.models import OrganisationSettings

        if model is OrganisationSettings:  # the policy or the rules: on Settings
            self.go_to("settings")
        elif not self.open_record(model, record_id):
            return False
        from stagedesk.ui.forms.form_dialog import open_form

        self.form_dialog = open_form(self, self.context, response_id)
        return True

    # -- closing -------------------------------------------------------------------------
    def closeEvent(self, event: QCloseEvent) -> None:
        if not all(self._may_leave(row) for row in range(len(SIDEBAR))):
            event.ignore()
            return
        self._settings.setValue(settings.WINDOW_GEOMETRY, self.saveGeometry())
        event.accept()


LIST_SUFFIXES = (".xlsx", ".xlsm", ".xls", ".ods", ".csv")


def _dropped(urls: list[QUrl]) -> tuple[list[Path], list[Path]]:
    """Filled-in PDF forms, and spreadsheets to import as a list."""
    files = [Path(url.toLocalFile()) for url in urls if url.isLocalFile()]
    pdfs = [f for f in files if f.suffix.casefold() == ".pdf"]
    return pdfs, [f for f in files if f.suffix.casefold() in LIST_SUFFIXES]
