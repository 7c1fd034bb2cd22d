"""The table model behind every record list.

Sorting and filtering happen here, in Python, over the rows loaded in one query: a
``QSortFilterProxyModel`` would call back into Python for every row and every comparison,
which on 25,000 candidates costs far more than the 30 ms a keystroke may take.
"""

import datetime as dt
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from decimal import Decimal
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)

from stagedesk.core.text import fold
from stagedesk.ui.kit.labels import format_value

Index = QModelIndex | QPersistentModelIndex
RecordIdRole = Qt.ItemDataRole.UserRole + 1


@dataclass(frozen=True)
class Column:
    key: str
    label: str  # marked with QT_TRANSLATE_NOOP in the "Column" context
    format: Callable[[Any], str] = format_value
    visible: bool = True


def _sort_key(value: Any, text: str) -> tuple[int, Any]:
    # Empty cells sort last; dates and numbers by value; the rest by the text shown
    # (so statuses sort by their translated label), ignoring case and accents.
    if value is None:
        return (1, "")
    if isinstance(value, (int, float, Decimal, dt.date)) and not isinstance(value, bool):
        return (0, value)
    return (0, fold(text))


class RecordTableModel(QAbstractTableModel):
    def __init__(self, columns: Sequence[Column], parent: Any = None) -> None:
        super().__init__(parent)
        self._columns = list(columns)
        self._rows: list[tuple[Any, ...]] = []  # (id, value per column)
        self._texts: list[tuple[str, ...]] = []  # formatted cells, computed once
        self._search: list[str] = []  # folded text of the whole row
        self._visible: list[int] = []  # indexes into _rows, filtered and sorted
        self._needle = ""
        self._sort: tuple[int, Qt.SortOrder] | None = None

    # -- loading -------------------------------------------------------------------------
    def set_rows(self, rows: Sequence[tuple[Any, ...]]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self._texts = [
            tuple(col.format(v) for col, v in zip(self._columns, row[1:], strict=False))
            for row in self._rows
        ]
        self._search = [fold("\t".join(texts)) for texts in self._texts]
        self._visible = self._filtered()
        self._apply_sort()
        self.endResetModel()

    def set_filter(self, text: str) -> None:
        needle = fold(text.strip())
        if needle == self._needle:
            return
        narrowing = self._needle in needle  # typing on: only current rows can still match
        self._needle = needle
        self.beginResetModel()
        self._visible = self._filtered(self._visible if narrowing else None)
        self._apply_sort()
        self.endResetModel()

    def _filtered(self, among: list[int] | None = None) -> list[int]:
        rows = range(len(self._rows)) if among is None else among
        if not self._needle:
            return list(rows)
        search = self._search
        # Word by word, each pass over the survivors of the last: the longest word
        # narrows most, so it goes first.
        kept = list(rows)
        for word in sorted(self._needle.split(), key=len, reverse=True):
            kept = [i for i in kept if word in search[i]]
        return kept

    # -- Qt model interface --------------------------------------------------------------
    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._visible)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._columns)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._visible):
            return None
        row = self._visible[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return self._texts[row][index.column()]
        if role == RecordIdRole:
            return self._rows[row][0]
        return None

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if orientation == Qt.Orientation.Horizontal and 0 <= section < len(self._columns):
            return QCoreApplication.translate("Column", self._columns[section].label)
        return None

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        self.layoutAboutToBeChanged.emit()
        self._sort = (column, order)
        self._apply_sort()
        self.layoutChanged.emit()

    def _apply_sort(self) -> None:
        if self._sort is None:
            return
        column, order = self._sort
        if not 0 <= column < len(self._columns):
            self._visible.sort()  # no sort column: the order the query chose
            return
        rows, texts = self._rows, self._texts
        descending = order == Qt.SortOrder.DescendingOrder
        self._visible.sort(
            key=lambda i: _sort_key(rows[i][column + 1], texts[i][column]),
            reverse=descending,
        )
        if descending:  # empty cells last in both directions, not on top of the list
            self._visible.sort(key=lambda i: rows[i][column + 1] is None)

    # -- helpers for views ---------------------------------------------------------------
    @property
    def columns(self) -> list[Column]:
        return self._columns

    def record_id(self, row: int) -> int | None:
        if 0 <= row < len(self._visible):
            return int(self._rows[self._visible[row]][0])
        return None

    def row_of(self, record_id: int) -> int | None:
        for position, row in enumerate(self._visible):
            if self._rows[row][0] == record_id:
                return position
        return None

    def total_count(self) -> int:
        return len(self._rows)
