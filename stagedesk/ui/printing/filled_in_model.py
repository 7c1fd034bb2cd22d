"""The filled-in forms as a tree model: a line per file (its form and subject, ticked when
it changes something; or why it cannot be used), under it a line per change."""

from dataclasses import dataclass, field
from typing import Any

from PySide6.QtCore import (
    QAbstractItemModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
)

from stagedesk.output.readback.importing import FormImport

PlanRole = Qt.ItemDataRole.UserRole + 1  # the FormImport behind a file's line
Index = QModelIndex | QPersistentModelIndex
TOP = 0  # the internal id of a file's line; a change's line holds its file's row + 1


@dataclass
class FileLine:
    texts: tuple[str, str, str]
    plan: FormImport | None = None  # None: the file cannot be used (texts[0] says why)
    ticked: bool = False
    changes: list[tuple[str, str, str]] = field(default_factory=list)
    unreadable_from: int = -1  # changes from this row on could not be read


class FilledInModel(QAbstractItemModel):
    def __init__(self, headers: tuple[str, str, str], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.headers = headers
        self.lines: list[FileLine] = []

    def set_lines(self, lines: list[FileLine]) -> None:
        self.beginResetModel()
        self.lines = lines
        self.endResetModel()

    def ticked(self) -> list[FormImport]:
        return [line.plan for line in self.lines if line.ticked and line.plan is not None]

    # -- structure -----------------------------------------------------------------------
    def index(self, row: int, column: int, parent: Index = QModelIndex()) -> QModelIndex:  # noqa: B008
        if not self.hasIndex(row, column, parent):
            return QModelIndex()
        if not parent.isValid():
            return self.createIndex(row, column, TOP)
        return self.createIndex(row, column, parent.row() + 1)

    def parent(self, index: Index = QModelIndex()) -> QModelIndex:  # type: ignore[override]  # noqa: B008
        if not index.isValid() or index.internalId() == TOP:
            return QModelIndex()
        return self.createIndex(index.internalId() - 1, 0, TOP)

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt's default
        if not parent.isValid():
            return len(self.lines)
        if parent.internalId() == TOP and parent.column() == 0:
            return len(self.lines[parent.row()].changes)
        return 0

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return len(self.headers)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self.headers[section]
        return None

    # -- content -------------------------------------------------------------------------
    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        flags = Qt.ItemFlag.ItemIsEnabled
        line = self._file_line(index)
        if line is not None and line.plan is not None:
            flags |= Qt.ItemFlag.ItemIsSelectable
            if index.column() == 0 and line.plan.changes_anything:
                flags |= Qt.ItemFlag.ItemIsUserCheckable
        return flags

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        line = self._file_line(index)
        if line is not None:
            return self._file_data(line, index.column(), role)
        owner = self.lines[index.internalId() - 1]
        if role == Qt.ItemDataRole.DisplayRole:
            return owner.changes[index.row()][index.column()]
        unreadable = 0 <= owner.unreadable_from <= index.row()
        if role == Qt.ItemDataRole.ForegroundRole and unreadable and index.column() == 2:
            return Qt.GlobalColor.darkRed
        return None

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        line = self._file_line(index)
        if role != Qt.ItemDataRole.CheckStateRole or line is None or index.column() != 0:
            return False
        if not self.flags(index) & Qt.ItemFlag.ItemIsUserCheckable:
            return False
        line.ticked = Qt.CheckState(value) == Qt.CheckState.Checked
        self.dataChanged.emit(index, index, [role])
        return True

    def _file_line(self, index: Index) -> FileLine | None:
        """The file's line ``index`` is on, or None on a change's line."""
        return self.lines[index.row()] if index.internalId() == TOP else None

    def _file_data(self, line: FileLine, column: int, role: int) -> Any:
        if role == Qt.ItemDataRole.DisplayRole:
            return line.texts[column]
        if role == Qt.ItemDataRole.ForegroundRole and line.plan is None and column == 0:
            return Qt.GlobalColor.darkRed
        checkable = column == 0 and line.plan is not None and line.plan.changes_anything
        if role == Qt.ItemDataRole.CheckStateRole and checkable:
            return Qt.CheckState.Checked if line.ticked else Qt.CheckState.Unchecked
        if role == PlanRole and column == 0:
            return line.plan
        return None
