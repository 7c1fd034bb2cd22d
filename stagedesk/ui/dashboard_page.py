"""The dashboard: what needs the coordinator's attention today. Every line opens its record."""

from collections.abc import Sequence

from PySide6.QtCore import Qt, Signal, Slot
from PySide6.QtWidgets import (
    QGridLayout,
    QGroupBox,
    QLabel,
    QScrollArea,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from stagedesk.core.dashboard import Dashboard, DashboardItem, load_dashboard

from .context import AppContext
from .labels import format_value

ItemRole = Qt.ItemDataRole.UserRole + 1


class DashboardPage(QWidget):
    open_requested = Signal(object, int)  # model class, record id

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self._stale = True
        self.lists: dict[str, QTreeWidget] = {}
        self._titles: dict[str, str] = {}
        self._boxes: dict[str, QGroupBox] = {}
        self._build()
        context.data_changed.connect(self._mark_stale)

    def _build(self) -> None:
        grid = QGridLayout()
        for position, (key, (title, headers)) in enumerate(self._sections().items()):
            box = QGroupBox(title, self)
            widget = QTreeWidget(box)
            widget.setRootIsDecorated(False)
            widget.setAlternatingRowColors(True)
            widget.setUniformRowHeights(True)
            widget.setHeaderLabels(headers)
            widget.setAccessibleName(title)
            widget.itemActivated.connect(self._on_activated)
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
        intern, unit, date = self.tr("Intern"), self.tr("Unit"), self.tr("Date")
        return {
            "starting": (self.tr("Starting in the next 30 days"), [intern, unit, self.tr("Start")]),
            "ending": (self.tr("Ending in the next 30 days"), [intern, unit, self.tr("End")]),
            "running_per_unit": (
                self.tr("Running internships per unit"),
                [unit, self.tr("Running")],
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
            dashboard = load_dashboard(session, self.context.today())
        self._show(dashboard)
        self._stale = False

    def _show(self, dashboard: Dashboard) -> None:
        for key, widget in self.lists.items():
            items: Sequence[DashboardItem] = getattr(dashboard, key)
            widget.clear()
            rows = []
            for item in items:
                row = QTreeWidgetItem([format_value(cell) for cell in item.cells])
                row.setData(0, ItemRole, item)
                rows.append(row)
            if not rows:
                empty = QTreeWidgetItem([self.tr("Nothing here")])
                empty.setFlags(Qt.ItemFlag.NoItemFlags)
                rows.append(empty)
            widget.addTopLevelItems(rows)
            for column in range(widget.columnCount() - 1):
                widget.resizeColumnToContents(column)
            self._boxes[key].setTitle(f"{self._titles[key]} ({len(items)})")

    @Slot(QTreeWidgetItem, int)
    def _on_activated(self, entry: QTreeWidgetItem, _column: int) -> None:
        item = entry.data(0, ItemRole)
        if isinstance(item, DashboardItem) and item.record_id is not None:
            self.open_requested.emit(item.model, item.record_id)
