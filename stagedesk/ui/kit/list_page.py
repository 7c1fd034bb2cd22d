"""A list of records with instant search, and the editor of the selected one beside it."""

from PySide6.QtCore import (
    QCoreApplication,
    QItemSelectionModel,
    QPoint,
    Qt,
    QTimer,
    Signal,
    Slot,
)
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMenu,
    QPushButton,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from stagedesk.core.records import repository
from stagedesk.ui.kit import settings
from stagedesk.ui.kit.bin_actions import delete_to_bin
from stagedesk.ui.kit.context import AppContext
from stagedesk.ui.kit.editor import RecordEditor
from stagedesk.ui.kit.spec import EntitySpec
from stagedesk.ui.kit.table_model import RecordTableModel


class RecordListPage(QWidget):
    """List + editor for one kind of record.

    The editor is never left with unsaved changes silently: selecting another row, making
    a new record, leaving the page or closing the window asks first (see ``maybe_leave``).
    """

    record_opened = Signal(int)

    def __init__(
        self,
        context: AppContext,
        spec: EntitySpec,
        editor: RecordEditor | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.context = context
        self.spec = spec
        self.model = RecordTableModel(spec.columns, self)
        self.editor = editor or RecordEditor(context, spec, self)
        self._current_id: int | None = None
        self._stale = True
        self._build()
        self.editor.saved.connect(self._on_saved)
        context.data_changed.connect(self._on_data_changed)

    # -- building ------------------------------------------------------------------------
    def _build(self) -> None:
        self.search = QLineEdit(self)
        self.search.setPlaceholderText(self.tr("Search (Ctrl+F)"))
        self.search.setClearButtonEnabled(True)
        self.search.setAccessibleName(self.tr("Search"))
        self.search.textChanged.connect(self._on_search)
        self.count_label = QLabel(self)
        self.new_button = QPushButton(QCoreApplication.translate("Page", self.spec.new_label))
        self.new_button.setToolTip(self.tr("Ctrl+N"))
        self.new_button.clicked.connect(self.new_record)
        self.delete_button = QPushButton(self.tr("Delete"))
        self.delete_button.clicked.connect(self.delete_current)
        top = QHBoxLayout()
        self._top = top
        top.addWidget(self.search, 1)
        top.addWidget(self.count_label)
        top.addWidget(self.new_button)
        top.addWidget(self.delete_button)

        self.view = self._build_view()
        left = QWidget(self)
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addLayout(top)
        left_layout.addWidget(self.view)
        self._left_layout = left_layout
        self._bottom: QHBoxLayout | None = None  # page-specific actions: add_button

        self.splitter = QSplitter(Qt.Orientation.Horizontal, self)
        self.splitter.addWidget(left)
        self.splitter.addWidget(self.editor)
        self.splitter.setStretchFactor(0, 3)
        self.splitter.setStretchFactor(1, 2)
        self.splitter.setChildrenCollapsible(False)
        layout = QVBoxLayout(self)
        layout.addWidget(self.splitter)
        self._add_shortcuts()
        self._restore_layout()

    def _build_view(self) -> QTableView:
        view = QTableView(self)
        view.setModel(self.model)
        # No sort arrow at first: each list starts in the order its query chose (e.g.
        # newest internships first); clicking a header sorts from then on.
        view.horizontalHeader().setSortIndicator(-1, Qt.SortOrder.AscendingOrder)
        view.setSortingEnabled(True)
        view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        view.setAlternatingRowColors(True)
        view.setWordWrap(False)
        view.setAccessibleName(QCoreApplication.translate("Page", self.spec.title))
        vertical = view.verticalHeader()
        vertical.hide()
        # Fixed row heights let Qt lay out 25,000 rows without measuring each one.
        vertical.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        vertical.setDefaultSectionSize(view.fontMetrics().height() + 8)
        header = view.horizontalHeader()
        header.setStretchLastSection(True)
        header.setSectionsMovable(True)
        header.setResizeContentsPrecision(200)  # measure 200 rows, not all 25,000
        header.setMaximumSectionSize(view.fontMetrics().averageCharWidth() * 40)
        header.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        header.customContextMenuRequested.connect(self._column_menu)
        header.sectionMoved.connect(self._save_layout)
        header.sectionResized.connect(self._save_layout)
        header.sortIndicatorChanged.connect(self._save_layout)
        view.selectionModel().currentRowChanged.connect(self._on_row_changed)
        return view

    def _add_shortcuts(self) -> None:
        # Ctrl+F and Ctrl+N belong to the main window (they work wherever the focus is);
        # Delete only in the list, so the key keeps its meaning in text fields.
        action = QAction(self.view)
        action.setShortcut(QKeySequence.StandardKey.Delete)
        action.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
        action.triggered.connect(self.delete_current)
        self.view.addAction(action)

    def add_button(self, button: QPushButton) -> None:
        """A page-specific action, in a row under the list (e.g. the list for schools):
        beside New and Delete, longer words (French) would widen the window too much."""
        if self._bottom is None:
            self._bottom = QHBoxLayout()
            self._bottom.addStretch(1)
            self._left_layout.addLayout(self._bottom)
        bottom = self._bottom
        bottom.insertWidget(bottom.count() - 1, button)

    # -- column choice and layout, remembered --------------------------------------------
    @Slot(QPoint)
    def _column_menu(self, position: QPoint) -> None:
        header = self.view.horizontalHeader()
        menu = QMenu(self)
        for column in range(self.model.columnCount()):
            action = menu.addAction(str(self.model.headerData(column, Qt.Orientation.Horizontal)))
            action.setCheckable(True)
            action.setChecked(not header.isSectionHidden(column))
            action.toggled.connect(lambda shown, c=column: self.set_column_visible(c, shown))
        menu.exec(header.mapToGlobal(position))

    def set_column_visible(self, column: int, visible: bool) -> None:
        header = self.view.horizontalHeader()
        if not visible and header.count() - header.hiddenSectionCount() <= 1:
            return  # keep at least one column
        header.setSectionHidden(column, not visible)
        self._save_layout()

    def _save_layout(self) -> None:
        store = self.context.settings
        store.setValue(
            settings.header_state_key(self.spec.key), self.view.horizontalHeader().saveState()
        )
        store.setValue(settings.splitter_key(self.spec.key), self.splitter.saveState())

    def _restore_layout(self) -> None:
        store = self.context.settings
        state = settings.read_bytes(store, settings.header_state_key(self.spec.key))
        self._sized = state is not None
        if state is not None:
            self.view.horizontalHeader().restoreState(state)
        splitter = settings.read_bytes(store, settings.splitter_key(self.spec.key))
        if splitter is None or not self.splitter.restoreState(splitter):
            self.splitter.setSizes([620, 480])  # the list a little wider than the editor

    # -- data ----------------------------------------------------------------------------
    def showEvent(self, event) -> None:  # type: ignore[no-untyped-def]
        super().showEvent(event)
        if self._stale:
            self.reload()

    def reload(self) -> None:
        with self.context.sessions() as session:
            listing = self.spec.listing(session)
        self.model.set_rows(listing.rows)
        if not self._sized:
            self._sized = True
            self.view.resizeColumnsToContents()  # only until the user sets widths
        self._stale = False
        self._update_count()
        if self._current_id is not None:
            # Only the selection: reloading the editor here would throw away changes the
            # user is still making (e.g. while adding a follow-up entry to this record).
            self._select(self._current_id, reload_editor=False)
        elif self.editor.record_id is None and not self.editor.is_dirty():
            self.editor.load(None)

    @Slot(object)
    def _on_data_changed(self, model: object) -> None:
        self._stale = True
        if self.isVisible():
            self.reload()

    def _update_count(self) -> None:
        shown, total = self.model.rowCount(), self.model.total_count()
        text = (
            self.tr("%n record(s)", "", total)
            if shown == total
            else self.tr("{shown} of {total}").format(shown=shown, total=total)
        )
        self.count_label.setText(text)

    @Slot(str)
    def _on_search(self, text: str) -> None:
        self.model.set_filter(text)
        self._update_count()
        if self._current_id is not None:
            self._select(self._current_id, reload_editor=False)

    # -- selection and navigation --------------------------------------------------------
    def _select(self, record_id: int, *, reload_editor: bool = True) -> None:
        row = self.model.row_of(record_id)
        selection = self.view.selectionModel()
        selection.blockSignals(True)
        if row is None:
            selection.clearSelection()
        else:
            index = self.model.index(row, 0)
            selection.setCurrentIndex(
                index,
                QItemSelectionModel.SelectionFlag.ClearAndSelect
                | QItemSelectionModel.SelectionFlag.Rows,
            )
            self.view.scrollTo(index)
        selection.blockSignals(False)
        if reload_editor:
            self._open(record_id)

    @Slot()
    def _on_row_changed(self) -> None:
        record_id = self.model.record_id(self.view.currentIndex().row())
        if record_id is None or record_id == self._current_id:
            return
        if not self.maybe_leave():
            # Put the selection back on the record still being edited, once the click is
            # over: a mouse click selects its row after reporting it as the current one.
            QTimer.singleShot(0, self._restore_selection)
            return
        self._open(record_id)

    @Slot()
    def _restore_selection(self) -> None:
        if self._current_id is not None:
            self._select(self._current_id, reload_editor=False)
        else:  # a new record: no row is being edited
            selection = self.view.selectionModel()
            selection.blockSignals(True)
            selection.clearCurrentIndex()
            selection.clearSelection()
            selection.blockSignals(False)
        self.view.viewport().update()  # changed with the signals blocked: repaint

    def _open(self, record_id: int) -> None:
        try:
            self.editor.load(record_id)
        except repository.RecordGone:
            self._current_id = None
            self.reload()
            return
        self._current_id = record_id
        self.record_opened.emit(record_id)

    def open_record(self, record_id: int) -> bool:
        """Show ``record_id`` (from the dashboard or a search); False if the user stays."""
        if record_id == self._current_id and self.editor.record_id == record_id:
            return True
        if not self.maybe_leave():
            return False
        if self._stale:
            self.reload()
        if self.model.row_of(record_id) is None:
            self.search.clear()
        self._select(record_id)
        return True

    def maybe_leave(self) -> bool:
        """Ask about unsaved changes; True when the editor may show something else."""
        return self.editor.maybe_leave()

    # -- actions -------------------------------------------------------------------------
    @Slot()
    def focus_search(self) -> None:
        self.search.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.search.selectAll()

    @Slot()
    def new_record(self) -> None:
        if not self.maybe_leave():
            return
        self._current_id = None
        self.view.selectionModel().clearSelection()
        self.editor.load(None)
        self.editor.setFocus()

    @Slot()
    def delete_current(self) -> None:
        record_id = self._current_id
        if record_id is None:
            return
        what = self.spec.describe(self.editor.values())
        if not delete_to_bin(self, self.context, self.spec.model, record_id, what):
            return
        self._current_id = None
        self.editor.load(None)
        self.context.data_changed.emit(self.spec.model)

    @Slot(int)
    def _on_saved(self, record_id: int) -> None:
        self._current_id = record_id
