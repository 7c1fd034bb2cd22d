"""The dashboard: what needs the coordinator's attention today. Every line opens its record."""

from collections.abc import Sequence

from PySide6.QtCore import Qt, Signal, Slot
from PySide6.QtWidgets import (
    QGridLayout,
    QGroupBox,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QScrollArea,
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
        self.lists: dict[str, QListWidget] = {}
        self._build()
        context.data_changed.connect(self._mark_stale)

    def _build(self) -> None:
        titles = {
            "starting": self.tr("Starting in the next 30 days"),
            "ending": self.tr("Ending in the next 30 days"),
            "running_per_unit": self.tr("Running internships per unit"),
            "open_applications": self.tr("Applications waiting for a decision"),
            "without_mentor": self.tr("Opportunities without a mentor"),
            "recent_follow_up": self.tr("Recent follow-up"),
        }
        grid = QGridLayout()
        for position, (key, title) in enumerate(titles.items()):
            box = QGroupBox(title, self)
            widget = QListWidget(box)
            widget.setAccessibleName(title)
            widget.itemActivated.connect(self._on_activated)
            QVBoxLayout(box).addWidget(widget)
            grid.addWidget(box, position // 2, position % 2)
            self.lists[key] = widget
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
            for item in items:
                text = "   ".join(format_value(cell) for cell in item.cells if cell is not None)
                entry = QListWidgetItem(text, widget)
                entry.setData(ItemRole, item)
                entry.setToolTip(text)
            if not items:
                empty = QListWidgetItem(self.tr("Nothing here"), widget)
                empty.setFlags(Qt.ItemFlag.NoItemFlags)

    @Slot(QListWidgetItem)
    def _on_activated(self, entry: QListWidgetItem) -> None:
        item = entry.data(ItemRole)
        if isinstance(item, DashboardItem) and item.record_id is not None:
            self.open_requested.emit(item.model, item.record_id)
