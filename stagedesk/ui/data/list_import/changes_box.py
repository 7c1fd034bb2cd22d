"""What a newer version of a list changes in records StageDesk holds, to choose from.

One line per field: the list's row, the person, the list's column, the value in StageDesk
and the value in the list. Every line starts unticked: a change is written only when the
user ticks it (or *Tick all*), never by default, since an old list may be older than what
the coordinator typed in StageDesk since.
"""

from collections.abc import Sequence

from PySide6.QtCore import Qt, Signal, Slot
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from stagedesk.core.imports import ImportPlan
from stagedesk.core.imports.changes import Change
from stagedesk.ui.kit.labels import format_value

ROW, PERSON, COLUMN, HELD, GIVEN = range(5)


class ChangesBox(QWidget):
    """``show_changes(plan)``; ``chosen()`` is what the user ticked."""

    ticked = Signal()  # the ticks changed

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.changes: Sequence[Change] = ()
        self.items: list[QTreeWidgetItem] = []  # one per change, in the same order
        self.intro = QLabel(self)
        self.intro.setWordWrap(True)
        self.intro.setText(
            self.tr(
                "The list says something else than StageDesk about these records. Tick the"
                " changes to make; the others stay as they are in StageDesk."
            )
        )
        self.tree = QTreeWidget(self)
        self.tree.setRootIsDecorated(False)
        self.tree.setAccessibleName(self.tr("Changes to records already in StageDesk"))
        self.tree.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.tree.setHeaderLabels(
            [
                self.tr("Row"),
                self.tr("Person"),
                self.tr("Column"),
                self.tr("In StageDesk"),
                self.tr("In the list"),
            ]
        )
        header = self.tree.header()
        header.setStretchLastSection(True)
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.all_button = QPushButton(self.tr("Tick &all"), self)
        self.all_button.clicked.connect(lambda: self._tick_all(Qt.CheckState.Checked))
        self.none_button = QPushButton(self.tr("Tick n&one"), self)
        self.none_button.clicked.connect(lambda: self._tick_all(Qt.CheckState.Unchecked))
        self.count = QLabel(self)
        self.tree.itemChanged.connect(self._on_changed)
        buttons = QHBoxLayout()
        buttons.addWidget(self.all_button)
        buttons.addWidget(self.none_button)
        buttons.addWidget(self.count, 1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addWidget(self.tree, 1)
        layout.addLayout(buttons)

    def caption(self) -> str:
        """The tab's name, with how many changes the list brings."""
        return self.tr("Changes (%n)", "", len(self.changes))

    def show_changes(self, plan: ImportPlan) -> None:
        kept = {change.key for change in self.chosen()}  # kept when checked again
        self.changes = plan.changes
        self.tree.blockSignals(True)
        self.tree.clear()
        self.items = []
        for change in plan.changes:
            item = QTreeWidgetItem(
                [
                    str(change.row),
                    change.who,
                    plan.header_of(change.column),
                    format_value(change.old) or "—",
                    format_value(change.new),
                ]
            )
            item.setCheckState(
                ROW, Qt.CheckState.Checked if change.key in kept else Qt.CheckState.Unchecked
            )
            item.setTextAlignment(ROW, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            self.tree.addTopLevelItem(item)
            self.items.append(item)
        self.tree.blockSignals(False)
        for column in (ROW, PERSON, COLUMN, HELD):
            self.tree.resizeColumnToContents(column)
        self._on_changed()

    def chosen(self) -> list[Change]:
        return [
            change
            for change, item in zip(self.changes, self.items, strict=True)
            if item.checkState(ROW) == Qt.CheckState.Checked
        ]

    def _tick_all(self, state: Qt.CheckState) -> None:
        self.tree.blockSignals(True)
        for item in self.items:
            item.setCheckState(ROW, state)
        self.tree.blockSignals(False)
        self._on_changed()

    @Slot()
    def _on_changed(self) -> None:
        chosen, total = len(self.chosen()), len(self.changes)
        self.count.setText(
            self.tr("%n of {total} change(s) ticked", "", chosen).format(total=total)
        )
        self.ticked.emit()
