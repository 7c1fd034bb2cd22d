"""The dashboard: what needs the coordinator's attention today. Every line opens its record."""

from collections.abc import Sequence

from PySide6.QtCore import QModelIndex, Signal, Slot
from PySide6.QtWidgets import (
    QGridLayout,
    QGroupBox,
    QLabel,
    QScrollArea,
    QTreeView,
    QVBoxLayout,
    QWidget,
)

from stagedesk.core.dashboard import Dashboard, DashboardItem, load_dashboard
from stagedesk.ui.kit.context import AppContext
from stagedesk.ui.kit.labels import format_value, ui_language
from stagedesk.ui.kit.text_rows import ObjectRole, TextRows

MAX_LINES = 200  # a list longer than this is read from its own page, not the dashboard


class DashboardPage(QWidget):
    open_requested = Signal(object, int)  # model class, record id

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self._stale = True
        self.lists: dict[str, QTreeView] = {}
        self._titles: dict[str, str] = {}
        self._boxes: dict[str, QGroupBox] = {}
        self._build()
        context.data_changed.connect(self._mark_stale)

    def _build(self) -> None:
        grid = QGridLayout()
        for position, (key, (title, headers)) in enumerate(self._sections().items()):
            box = QGroupBox(title, self)
            widget = QTreeView(box)
            widget.setModel(TextRows(headers, widget))
            widget.setRootIsDecorated(False)
            widget.setAlternatingRowColors(True)
            widget.setUniformRowHeights(True)
            widget.setAccessibleName(title)
            widget.activated.connect(self._on_activated)
            QVBoxLayout(box).addWidget(widget)
            grid.addWidget(box, position // 2, position % 2)
            self.lists[key] = widget
            self._titles[key] = title
            self._boxes[key] = box
        content = QWidget(self)
        heading = QLabel(self.tr("Today"), content)
        heading.setObjectName("pageTitle")
        column = QVBoxLayout(content)
        column.addWidget(heading)
        column.addLayout(grid, 1)
        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        scroll.setWidget(content)
        QVBoxLayout(self).addWidget(scroll)

    def _sections(self) -> dict[str, tuple[str, list[str]]]:
        # Two boxes a row, each beside the one it belongs with: what starts and what ends,
        # the toolbox work before the start and after the end, then the rest.
        intern, unit, date = self.tr("Intern"), self.tr("Unit"), self.tr("Date")
        return {
            "starting": (self.tr("Starting in the next 30 days"), [intern, unit, self.tr("Start")]),
            "ending": (self.tr("Ending in the next 30 days"), [intern, unit, self.tr("End")]),
            "overdue_checklist_items": (
                self.tr("Checklist items past their due date"),
                [self.tr("Due"), intern, self.tr("Item")],
            ),
            "surveys_not_returned": (
                self.tr("Surveys not handed back"),
                [intern, self.tr("Survey"), self.tr("End")],
            ),
            "open_applications": (
                self.tr("Applications waiting for a decision"),
                [
                    self.tr("Candidate"),
                    self.tr("Opportunity"),
                    self.tr("Applied on"),
                    self.tr("Status"),
                ],
            ),
            "without_mentor": (
                self.tr("Opportunities without a mentor"),
                [self.tr("Opportunity"), unit, self.tr("From")],
            ),
            "running_per_unit": (
                self.tr("Running internships per unit"),
                [unit, self.tr("Running")],
            ),
            "recent_follow_up": (
                self.tr("Recent follow-up"),
                [date, intern, self.tr("Kind"), self.tr("What happened")],
            ),
        }

    def showEvent(self, event) -> None:  # type: ignore[no-untyped-def]
        super().showEvent(event)
        if self._stale:
            self.reload()

    @Slot(object)
    def _mark_stale(self, _model: object) -> None:
        self._stale = True

    def reload(self) -> None:
        with self.context.sessions() as session:
            dashboard = load_dashboard(
                session, self.context.today(), self.context.forms, language=ui_language()
            )
        self._show(dashboard)
        self._stale = False

    def _show(self, dashboard: Dashboard) -> None:
        for key, widget in self.lists.items():
            items: Sequence[DashboardItem] = getattr(dashboard, key)
            shown = items[:MAX_LINES]
            if not shown:
                note = self.tr("Nothing here")
            elif len(items) > MAX_LINES:
                note = self.tr("… and %n more", "", len(items) - MAX_LINES)
            else:
                note = ""
            model = widget.model()
            assert isinstance(model, TextRows)
            model.show(
                [([format_value(cell) for cell in item.cells], item) for item in shown], note
            )
            if shown and note:  # across the columns, so it does not widen the first
                widget.setFirstColumnSpanned(len(shown), QModelIndex(), True)
            for column in range(model.columnCount() - 1):
                widget.resizeColumnToContents(column)
            self._boxes[key].setTitle(f"{self._titles[key]} ({len(items)})")

    @Slot(QModelIndex)
    def _on_activated(self, index: QModelIndex) -> None:
        item = index.data(ObjectRole)
        if isinstance(item, DashboardItem) and item.record_id is not None:
            self.open_requested.emit(item.model, item.record_id)
