"""A list of lines of text as a table model: each line its cells as shown and the object
it stands for, and perhaps one note line after them that opens nothing ("Nothing here",
"… and 12 more"). The dashboard's lists, the tools of a record and the differences of a
conflict are all such lists; ``table_model`` serves the long, sortable record lists."""

from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
)

ObjectRole = Qt.ItemDataRole.UserRole + 1  # the object a line stands for
Index = QModelIndex | QPersistentModelIndex


class TextRows(QAbstractTableModel):
    def __init__(self, headers: Sequence[str], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.headers = list(headers)
        self.texts: list[Sequence[str]] = []  # formatted once: a repaint formats nothing
        self.objects: list[Any] = []
        self.note = ""

    def show(self, lines: Sequence[tuple[Sequence[str], Any]], note: str = "") -> None:
        """Show ``lines`` (cells as shown, the object behind them), then ``note``."""
        self.beginResetModel()
        self.texts = [texts for texts, _object in lines]
        self.objects = [line_object for _texts, line_object in lines]
        self.note = note
        self.endResetModel()

    def is_note(self, row: int) -> bool:
        return row == len(self.texts) and bool(self.note)

    def object_at(self, row: int) -> Any:
        return self.objects[row] if 0 <= row < len(self.objects) else None

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt's default
        return 0 if parent.isValid() else len(self.texts) + (1 if self.note else 0)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.headers)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self.headers[section] if 0 <= section < len(self.headers) else None
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid() or self.is_note(index.row()):
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        row, column = index.row(), index.column()
        if not index.isValid() or not 0 <= row < self.rowCount():
            return None
        if self.is_note(row):
            return (
                (self.note if column == 0 else "") if role == Qt.ItemDataRole.DisplayRole else None
            )
        cells = self.texts[row]
        text = cells[column] if column < len(cells) else ""
        if role == Qt.ItemDataRole.DisplayRole:
            return text
        if role == Qt.ItemDataRole.ToolTipRole and text:
            return text  # a cell may be cut short or wrapped: whole here
        if role == ObjectRole:
            return self.objects[row]
        return None
