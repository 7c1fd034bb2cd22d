"""The main window: a sidebar that follows the lifecycle, and one page at a time."""

from PySide6.QtCore import QCoreApplication, QSize, Slot
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence
from PySide6.QtWidgets import (
    QApplication,
    QHBoxLayout,
    QListWidget,
    QMainWindow,
    QStackedWidget,
    QWidget,
)

from stagedesk import __version__

from . import settings
from .context import AppContext
from .editor import RecordEditor
from .list_page import RecordListPage
from .pages import PAGES, RECORD_PAGES, TabbedListsPage, list_pages


class MainWindow(QMainWindow):
    """Pages are built the first time they are shown, so start-up builds only one."""

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.pages: dict[str, QWidget] = {}
        self._current = 0
        self.setWindowTitle(
            self.tr("StageDesk — {location}").format(location=context.database.location)
        )
        self._build()
        self._add_actions()
        self._restore()

    def _build(self) -> None:
        self.sidebar = QListWidget(self)
        self.sidebar.setObjectName("sidebar")
        self.sidebar.setAccessibleName(self.tr("Pages"))
        for page in PAGES:
            self.sidebar.addItem(QCoreApplication.translate("Sidebar", page.title))
        self.sidebar.setFixedWidth(self.sidebar.sizeHintForColumn(0) + 40)
        self.stack = QStackedWidget(self)
        for _ in PAGES:
            self.stack.addWidget(QWidget(self.stack))  # stand-ins until first shown
        central = QWidget(self)
        layout = QHBoxLayout(central)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(self.sidebar)
        layout.addWidget(self.stack, 1)
        self.setCentralWidget(central)
        self.sidebar.currentRowChanged.connect(self._on_sidebar)
        self.statusBar().showMessage(f"StageDesk {__version__}")

    def _add_actions(self) -> None:
        for number in range(len(PAGES)):
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

    def _restore(self) -> None:
        store = self.context.settings
        geometry = settings.read_bytes(store, settings.WINDOW_GEOMETRY)
        if geometry is None or not self.restoreGeometry(geometry):
            # Smaller on a small screen (a 1366×768 laptop): the editors' Save buttons sit
            # at the bottom and must not start off the screen. 40×60 leaves room for frame.
            room = self.screen().availableGeometry().size() - QSize(40, 60)
            self.resize(QSize(1280, 800).boundedTo(room))
        last = str(store.value(settings.LAST_PAGE, 0))
        row = int(last) if last.isdigit() and int(last) < len(PAGES) else 0
        self.sidebar.setCurrentRow(row)
        self._show_page(row)

    # -- pages ---------------------------------------------------------------------------
    def page(self, key: str) -> QWidget:
        """The page with ``key``, built on first use."""
        if key not in self.pages:
            row = next(i for i, p in enumerate(PAGES) if p.key == key)
            widget = PAGES[row].build(self.context)
            stand_in = self.stack.widget(row)
            self.stack.insertWidget(row, widget)
            if stand_in is not None:
                self.stack.removeWidget(stand_in)
                stand_in.deleteLater()
            self.pages[key] = widget
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
        self.page(PAGES[row].key)
        self.stack.setCurrentIndex(row)
        self._current = row
        self.context.settings.setValue(settings.LAST_PAGE, row)

    def _may_leave(self, row: int) -> bool:
        page = self.pages.get(PAGES[row].key)
        leave = getattr(page, "maybe_leave", None)
        if leave is not None and not isinstance(page, TabbedListsPage):
            return bool(leave())
        return all(p.maybe_leave() for p in list_pages(page))

    def current_list(self) -> RecordListPage | None:
        page = self.stack.currentWidget()
        if isinstance(page, RecordListPage):
            return page
        if isinstance(page, TabbedListsPage):
            current = page.currentWidget()
            return current if isinstance(current, RecordListPage) else None
        return None

    def go_to(self, key: str) -> QWidget:
        row = next(i for i, p in enumerate(PAGES) if p.key == key)
        self.sidebar.setCurrentRow(row)
        return self.page(key)

    @Slot(object, int)
    def open_record(self, model: object, record_id: int) -> bool:
        """Show one record on its page (from the dashboard, later from search and QR)."""
        page_key, list_key = RECORD_PAGES[model]  # type: ignore[index]
        row = next(i for i, p in enumerate(PAGES) if p.key == page_key)
        self.sidebar.setCurrentRow(row)
        if self._current != row:
            return False  # the user chose to stay with unsaved changes
        page = self.page(page_key)
        target = next(p for p in list_pages(page) if p.spec.key == list_key)
        if isinstance(page, TabbedListsPage) and not page.show_list(target):
            return False
        return target.open_record(record_id)

    @Slot()
    def _find(self) -> None:
        current = self.current_list()
        if current is not None:
            current.focus_search()

    @Slot()
    def _save(self) -> None:
        # The editor around the focus (a school's contact inside the school editor), else
        # the editor of the current page.
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

    # -- closing -------------------------------------------------------------------------
    def closeEvent(self, event: QCloseEvent) -> None:
        if not all(self._may_leave(row) for row in range(len(PAGES))):
            event.ignore()
            return
        self.context.settings.setValue(settings.WINDOW_GEOMETRY, self.saveGeometry())
        event.accept()


__all__ = ["MainWindow"]
