"""An internship's checklists: one box per checklist with its progress, the items by due
date, ticked with one click; overdue items in red."""

from PySide6.QtCore import (
    QAbstractItemModel,
    QEvent,
    QModelIndex,
    QPersistentModelIndex,
    QRect,
    QSize,
    Qt,
    Slot,
)
from PySide6.QtGui import QMouseEvent, QPainter, QResizeEvent, QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QCheckBox,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QProgressBar,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from stagedesk.core.forms import RecordKind
from stagedesk.core.forms.overview import Checklist, internship_checklists
from stagedesk.core.internships import complete_internship
from stagedesk.core.models import FormResponse, Internship
from stagedesk.ui.forms.checklist_model import (
    CHECK_COLUMNS,
    DONE_ON,
    ITEM,
    NOTE,
    RESPONSIBLE,
    ChecklistModel,
    OpenItemsFilter,
)
from stagedesk.ui.kit import dialogs
from stagedesk.ui.kit.context import AppContext

Index = QModelIndex | QPersistentModelIndex
CHECK = Qt.ItemDataRole.CheckStateRole
# Widths (pixels) from which the note, then every column, fit beside a readable label.
MEDIUM, WIDE = 600, 760


class CheckDelegate(QStyledItemDelegate):
    """A check box in the middle of its cell; a click anywhere in the cell ticks it."""

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: Index) -> None:
        opt = QStyleOptionViewItem(option)
        self.initStyleOption(opt, index)
        widget = opt.widget
        style = widget.style() if widget is not None else QApplication.style()
        style.drawPrimitive(QStyle.PrimitiveElement.PE_PanelItemViewItem, opt, painter, widget)
        box = style.subElementRect(QStyle.SubElement.SE_ItemViewItemCheckIndicator, opt, widget)
        rect = QRect(box)
        rect.moveCenter(opt.rect.center())
        opt.rect = rect
        checked = index.data(CHECK) == Qt.CheckState.Checked
        opt.state = (opt.state & ~QStyle.StateFlag.State_HasFocus) | (
            QStyle.StateFlag.State_On if checked else QStyle.StateFlag.State_Off
        )
        style.drawPrimitive(
            QStyle.PrimitiveElement.PE_IndicatorItemViewItemCheck, opt, painter, widget
        )

    def editorEvent(
        self,
        event: QEvent,
        model: QAbstractItemModel,
        option: QStyleOptionViewItem,
        index: Index,
    ) -> bool:
        flags = index.flags()
        if not (flags & Qt.ItemFlag.ItemIsUserCheckable and flags & Qt.ItemFlag.ItemIsEnabled):
            return False
        if isinstance(event, QMouseEvent):
            inside = option.rect.contains(event.position().toPoint())
            if event.button() != Qt.MouseButton.LeftButton or not inside:
                return False
            if event.type() == QEvent.Type.MouseButtonRelease:
                checked = index.data(CHECK) == Qt.CheckState.Checked
                new = Qt.CheckState.Unchecked if checked else Qt.CheckState.Checked
                model.setData(index, new, CHECK)
            return True  # the press and a double-click are the same one tick
        return super().editorEvent(event, model, option, index)  # Space ticks too


class FittedTable(QTableView):
    """A table as tall as its rows, so the checklists scroll together on the page."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        rows = self.verticalHeader()
        rows.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        rows.hide()
        # Wrapped labels make rows taller when a column narrows.
        self.horizontalHeader().sectionResized.connect(self._fit)

    def setModel(self, model: QAbstractItemModel | None) -> None:
        super().setModel(model)
        if model is not None:
            for signal in (model.rowsInserted, model.rowsRemoved, model.modelReset):
                signal.connect(self._fit)
            model.layoutChanged.connect(self._fit)
            model.dataChanged.connect(self._fit)

    @Slot()
    def _fit(self, *_args: object) -> None:
        self.updateGeometry()

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        if event.size().width() != event.oldSize().width():
            self._arrange(event.size().width())
            self.updateGeometry()

    def _arrange(self, width: int) -> None:
        # In a narrow editor the label needs the room: who does it, when it was done and
        # the note move to the tooltips (and "Open in a window" shows them all).
        for column in (RESPONSIBLE, DONE_ON):
            self.setColumnHidden(column, width < WIDE)
        self.setColumnHidden(NOTE, width < MEDIUM)
        model = self.model()
        if isinstance(model, OpenItemsFilter):
            model.set_short(width < MEDIUM)
        self.horizontalHeader().resizeSection(NOTE, 180 if width >= WIDE else 120)

    def sizeHint(self) -> QSize:
        model = self.model()
        count = 0 if model is None else model.rowCount()
        height = self.horizontalHeader().sizeHint().height() + 2 * self.frameWidth()
        header = self.verticalHeader()  # hidden, it still sets each row's least height
        for row in range(count):
            height += max(self.sizeHintForRow(row), header.sectionSizeHint(row))
        bar = self.horizontalScrollBar()
        if bar.isVisible():
            height += bar.sizeHint().height()
        return QSize(super().sizeHint().width(), height)

    def minimumSizeHint(self) -> QSize:
        return QSize(super().minimumSizeHint().width(), self.sizeHint().height())


class ChecklistBox(QGroupBox):
    """One checklist: how far it is, and its items."""

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.model = ChecklistModel(context, self)
        self.proxy = OpenItemsFilter(self)
        self.proxy.setSourceModel(self.model)
        self.progress = QProgressBar(self)
        self.progress.setFormat(self.tr("%v of %m settled"))
        self.overdue = QLabel(self)
        self.overdue.setObjectName("fieldError")  # the red of messages that need action
        self.view = FittedTable(self)
        self.view.setModel(self.proxy)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.setEditTriggers(
            QAbstractItemView.EditTrigger.DoubleClicked
            | QAbstractItemView.EditTrigger.EditKeyPressed
            | QAbstractItemView.EditTrigger.AnyKeyPressed
        )
        self.view.setWordWrap(True)
        self.view.setAlternatingRowColors(True)
        self.delegate = CheckDelegate(self.view)
        for column in CHECK_COLUMNS:
            self.view.setItemDelegateForColumn(column, self.delegate)
        header = self.view.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(ITEM, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(NOTE, QHeaderView.ResizeMode.Interactive)
        self.model.saved.connect(self.update_progress)
        top = QHBoxLayout()
        top.addWidget(self.progress, 1)
        top.addWidget(self.overdue)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)  # the label needs every pixel in the editor
        layout.addLayout(top)
        layout.addWidget(self.view)

    def show_checklist(self, checklist: Checklist) -> None:
        title = checklist.definition.title.get(checklist.language)
        self.setTitle(title)
        self.view.setAccessibleName(title)
        self.model.set_checklist(checklist)
        self.update_progress()

    @Slot()
    def update_progress(self) -> None:
        self.progress.setRange(0, max(self.model.total(), 1))
        self.progress.setValue(self.model.settled())
        self.progress.setFormat(
            self.tr("%v of %m settled") if self.model.total() else self.tr("No items")
        )
        overdue = self.model.overdue()
        self.overdue.setText(self.tr("%n overdue", "", overdue) if overdue else "")
        self.overdue.setVisible(bool(overdue))


class ChecklistView(QWidget):
    """The checklists of one internship, saved item by item as they are ticked."""

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.internship_id: int | None = None
        self.boxes: list[ChecklistBox] = []
        self._stale = False
        self._own_change = False
        self.only_open = QCheckBox(self.tr("Only open items"), self)
        self.only_open.setToolTip(self.tr("Hide the items that are done or not needed"))
        self.only_open.toggled.connect(self._on_only_open)
        self.hint = QLabel(self)
        self.hint.setWordWrap(True)
        self.add_button = QPushButton(self.tr("Add the checklists"), self)
        self.add_button.clicked.connect(self.add_checklists)
        self.window_button = QPushButton(self.tr("Open in a window"), self)
        self.window_button.setToolTip(self.tr("Every column, in a window of its own"))
        self.window_button.clicked.connect(self.open_window)
        top = QHBoxLayout()
        top.addWidget(self.only_open)
        top.addStretch(1)
        top.addWidget(self.window_button)
        empty = QHBoxLayout()
        empty.addWidget(self.hint, 1)
        empty.addWidget(self.add_button)
        self._content = QWidget(self)
        self._boxes_layout = QVBoxLayout(self._content)
        self._boxes_layout.setContentsMargins(0, 0, 0, 0)
        self._boxes_layout.addStretch(1)
        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        scroll.setWidget(self._content)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 6, 0, 0)
        layout.addLayout(top)
        layout.addLayout(empty)
        layout.addWidget(scroll, 1)
        context.data_changed.connect(self._on_data_changed)

    def show_internship(self, internship_id: int | None) -> None:
        self.internship_id = internship_id
        self.setEnabled(internship_id is not None)
        if self.isVisible() or internship_id is None:
            self.reload()
        else:
            self._stale = True  # loaded when the tab is shown

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self._stale:
            self.reload()

    def reload(self) -> None:
        self._stale = False
        checklists: list[Checklist] = []
        if self.internship_id is not None:
            with self.context.sessions() as session:
                checklists = internship_checklists(session, self.context.forms, self.internship_id)
        shown = [box.model.checklist for box in self.boxes]
        if [c.response_id for c in checklists] != [c.response_id for c in shown if c]:
            self._make_boxes(len(checklists))
        for box, checklist in zip(self.boxes, checklists, strict=True):
            box.show_checklist(checklist)
        self._show_hint(bool(checklists))

    def _make_boxes(self, count: int) -> None:
        for box in self.boxes:
            self._boxes_layout.removeWidget(box)
            box.deleteLater()
        self.boxes = []
        for position in range(count):
            box = ChecklistBox(self.context, self._content)
            box.proxy.set_only_open(self.only_open.isChecked())
            box.model.saved.connect(self._on_saved)
            box.model.save_failed.connect(self._on_save_failed)
            self._boxes_layout.insertWidget(position, box)
            self.boxes.append(box)

    def _show_hint(self, any_shown: bool) -> None:
        can_add = bool(self.context.forms.checklists(RecordKind.INTERNSHIP))
        missing = self.internship_id is not None and not any_shown
        self.only_open.setVisible(any_shown)
        self.window_button.setVisible(any_shown and not self.isWindow())
        self.hint.setVisible(missing)
        self.add_button.setVisible(missing and can_add)
        if missing:
            self.hint.setText(
                self.tr("This internship has no checklists yet.")
                if can_add
                else self.tr("The toolbox has no checklists for internships.")
            )

    @Slot()
    def add_checklists(self) -> None:
        """Give an internship made before the toolbox its checklists."""
        if self.internship_id is None:
            return
        with self.context.sessions.begin() as session:
            internship = session.get(Internship, self.internship_id)
            if internship is not None:
                complete_internship(session, self.context.forms, internship)
        self.reload()
        self._on_saved()

    @Slot()
    def open_window(self) -> "ChecklistView | None":
        """The same checklists in a window of their own, wide enough for every column;
        both stay in step through ``data_changed``."""
        if self.internship_id is None:
            return None
        shell = self.context.shell  # the main window owns it: it closes with StageDesk
        window = ChecklistView(self.context, shell.main_window() if shell is not None else self)
        window.setWindowFlag(Qt.WindowType.Window)
        window.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        margins = window.layout()
        if margins is not None:
            margins.setContentsMargins(9, 9, 9, 9)  # a window's edge, not a tab's
        with self.context.sessions() as session:
            internship = session.get(Internship, self.internship_id)
            intern = internship.intern.full_name if internship else ""
        window.setWindowTitle(self.tr("Checklists of {}").format(intern))
        window.only_open.setChecked(self.only_open.isChecked())
        window.resize(1000, 700)
        window.show()
        window.show_internship(self.internship_id)
        return window

    @Slot(bool)
    def _on_only_open(self, only_open: bool) -> None:
        for box in self.boxes:
            box.proxy.set_only_open(only_open)

    @Slot()
    def _on_saved(self) -> None:
        self._own_change = True
        try:
            self.context.data_changed.emit(FormResponse)
        finally:
            self._own_change = False

    @Slot(object)
    def _on_save_failed(self, error: Exception) -> None:
        dialogs.save_failed(self, error)
        self.reload()  # what is stored now: changed or deleted elsewhere

    @Slot(object)
    def _on_data_changed(self, model: object) -> None:
        # The internship's start moves due dates; a form view may save a checklist too.
        if self._own_change or model not in (Internship, FormResponse):
            return
        if self.internship_id is None:
            return
        if self.isVisible():
            self.reload()
        else:
            self._stale = True


__all__ = ["CheckDelegate", "ChecklistBox", "ChecklistView"]
