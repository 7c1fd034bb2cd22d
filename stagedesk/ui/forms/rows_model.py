"""The table of a `rows` field: one row per entry, one editable cell per column; the model,
the cell editors and the input that shows them."""

import datetime as dt
from collections.abc import Sequence
from decimal import Decimal, InvalidOperation
from typing import Any

from PySide6.QtCore import (
    QAbstractItemModel,
    QAbstractTableModel,
    QDate,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QPushButton,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from stagedesk.core.forms import Column, FieldType
from stagedesk.ui.kit.fields import DateField, Field
from stagedesk.ui.kit.labels import format_date

Index = QModelIndex | QPersistentModelIndex
Cells = dict[str, Any]
EDIT = Qt.ItemDataRole.EditRole
DISPLAY = Qt.ItemDataRole.DisplayRole


def number_text(value: Decimal | int) -> str:
    """12.00 as "12", 2.50 as "2,5": how people write a number in a Belgian form."""
    number = Decimal(value)
    if number == number.to_integral_value():
        return str(int(number))
    return format(number.normalize(), "f").replace(".", ",")


def parse_number(text: str) -> Decimal | None:
    """A typed number ("2,5" or "2.5"); None for anything else."""
    try:
        number = Decimal(text.strip().replace(",", "."))
    except InvalidOperation:
        return None
    return number if number.is_finite() else None


class RowsModel(QAbstractTableModel):
    """Rows as dicts from column id to value; empty cells are simply absent."""

    def __init__(
        self, columns: Sequence[Column], language: str, parent: QObject | None = None
    ) -> None:
        super().__init__(parent)
        self.columns = tuple(columns)
        self.language = language
        self._rows: list[Cells] = []

    # -- the rows as values ---------------------------------------------------------------
    def set_rows(self, rows: Sequence[Cells] | None) -> None:
        self.beginResetModel()
        self._rows = [dict(row) for row in rows or ()]
        self.endResetModel()

    def rows(self) -> list[Cells]:
        """The filled-in rows, in order; rows without any value are left out."""
        filled = ({k: v for k, v in row.items() if v not in (None, "")} for row in self._rows)
        return [row for row in filled if row]

    def add_row(self) -> int:
        position = len(self._rows)
        self.beginInsertRows(QModelIndex(), position, position)
        self._rows.append({})
        self.endInsertRows()
        return position

    def removeRows(self, row: int, count: int, parent: Index = QModelIndex()) -> bool:  # noqa: B008
        if parent.isValid() or row < 0 or count < 1 or row + count > len(self._rows):
            return False
        self.beginRemoveRows(QModelIndex(), row, row + count - 1)
        del self._rows[row : row + count]
        self.endRemoveRows()
        return True

    # -- Qt's model interface -------------------------------------------------------------
    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.columns)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = DISPLAY) -> Any:
        if role != DISPLAY:
            return None
        if orientation == Qt.Orientation.Horizontal:
            return self.columns[section].label.get(self.language)
        return str(section + 1)

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemIsEditable

    def data(self, index: Index, role: int = DISPLAY) -> Any:
        if not self._valid(index):
            return None
        column = self.columns[index.column()]
        value = self._rows[index.row()].get(column.id)
        if role == DISPLAY:
            return self._display(column, value)
        if role == EDIT:
            return self._edit_value(column, value)
        if role == Qt.ItemDataRole.TextAlignmentRole and column.type is FieldType.NUMBER:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def setData(self, index: Index, value: Any, role: int = EDIT) -> bool:
        if role != EDIT or not self._valid(index):
            return False
        column = self.columns[index.column()]
        ok, parsed = self._parse(column, value)
        if not ok:
            return False
        cells = self._rows[index.row()]
        if parsed is None:
            cells.pop(column.id, None)
        else:
            cells[column.id] = parsed
        self.dataChanged.emit(index, index, [DISPLAY, EDIT])
        return True

    def set_language(self, language: str) -> None:
        self.language = language
        if self.columns:
            self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, len(self.columns) - 1)
        if self._rows and self.columns:
            last = self.index(len(self._rows) - 1, len(self.columns) - 1)
            self.dataChanged.emit(self.index(0, 0), last, [DISPLAY])

    # -- values per column type -----------------------------------------------------------
    def _valid(self, index: Index) -> bool:
        return (
            index.isValid()
            and 0 <= index.row() < len(self._rows)
            and 0 <= index.column() < len(self.columns)
        )

    def _display(self, column: Column, value: Any) -> str:
        if value is None:
            return ""
        if column.type is FieldType.DATE:
            return format_date(value)
        if column.type is FieldType.NUMBER:
            return number_text(value)
        if column.type is FieldType.CHOICE:
            labels = {c.value: c.label.get(self.language) for c in column.choices}
            return labels.get(value, str(value))
        return str(value)

    def _edit_value(self, column: Column, value: Any) -> Any:
        if column.type in (FieldType.DATE, FieldType.CHOICE):
            return value
        return self._display(column, value)

    def _parse(self, column: Column, value: Any) -> tuple[bool, Any]:
        """(accepted, value): an empty entry clears the cell, a wrong one is refused."""
        if value is None or (isinstance(value, str) and not value.strip()):
            return True, None
        if column.type is FieldType.DATE:
            if isinstance(value, dt.date):
                return True, value
            date = value if isinstance(value, QDate) else QDate()
            ok = date.isValid()
            return ok, dt.date(date.year(), date.month(), date.day()) if ok else None
        if column.type is FieldType.NUMBER:
            number = value if isinstance(value, Decimal) else parse_number(str(value))
            return number is not None, number
        if column.type is FieldType.CHOICE:
            return value in {c.value for c in column.choices}, value
        return True, str(value).strip()


class CellDelegate(QStyledItemDelegate):
    """Editors for the cells that are not plain text: a date picker and a drop-down."""

    def _column(self, index: Index) -> Column | None:
        model = index.model()
        return model.columns[index.column()] if isinstance(model, RowsModel) else None

    def createEditor(self, parent: QWidget, option: QStyleOptionViewItem, index: Index) -> QWidget:
        column = self._column(index)
        if column is not None and column.type is FieldType.DATE:
            return DateField(parent).widget  # empty shows as a dash, and stays empty
        if column is not None and column.type is FieldType.CHOICE:
            model = index.model()
            assert isinstance(model, RowsModel)
            combo = QComboBox(parent)
            combo.addItem("", None)
            for choice in column.choices:
                combo.addItem(choice.label.get(model.language), choice.value)
            return combo
        return super().createEditor(parent, option, index)

    def setEditorData(self, editor: QWidget, index: Index) -> None:
        value = index.data(EDIT)
        date = editor.findChild(DateField)
        if date is not None:
            date.set_value(value)
        elif isinstance(editor, QComboBox):
            editor.setCurrentIndex(max(editor.findData(value), 0))
        else:
            super().setEditorData(editor, index)

    def setModelData(self, editor: QWidget, model: QAbstractItemModel, index: Index) -> None:
        date = editor.findChild(DateField)
        if date is not None:
            model.setData(index, date.value(), EDIT)
        elif isinstance(editor, QComboBox):
            model.setData(index, editor.currentData(), EDIT)
        else:
            super().setModelData(editor, model, index)


class RowsInput(Field):
    """A `rows` answer: the table, with buttons to add and remove a row; Delete clears a
    cell."""

    def __init__(
        self, columns: Sequence[Column], language: str, parent: QWidget | None = None
    ) -> None:
        box = QWidget(parent)
        super().__init__(box)
        self.model = RowsModel(columns, language, box)
        self.table = QTableView(box)
        self.table.setModel(self.model)
        self.table.setItemDelegate(CellDelegate(self.table))
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.table.verticalHeader().setDefaultSectionSize(self.table.fontMetrics().height() + 12)
        self.table.setMinimumHeight(self.table.verticalHeader().defaultSectionSize() * 5)
        self.table.setMaximumHeight(self.table.verticalHeader().defaultSectionSize() * 10)
        self.editor = self.table
        clear = QShortcut(QKeySequence(QKeySequence.StandardKey.Delete), self.table)
        clear.setContext(Qt.ShortcutContext.WidgetShortcut)
        clear.activated.connect(self._clear_cell)
        self.add_button = QPushButton(self.tr("Add row"), box)
        self.add_button.clicked.connect(self.add_row)
        self.remove_button = QPushButton(self.tr("Remove row"), box)
        self.remove_button.clicked.connect(self.remove_row)
        buttons = QHBoxLayout()
        for button in (self.add_button, self.remove_button):
            button.setAutoDefault(False)  # Enter in a dialog's text box must not add a row
            buttons.addWidget(button)
        buttons.addStretch(1)
        column = QVBoxLayout(box)
        column.setContentsMargins(0, 0, 0, 0)
        column.addWidget(self.table)
        column.addLayout(buttons)
        for signal in (self.model.dataChanged, self.model.rowsInserted, self.model.rowsRemoved):
            signal.connect(self.changed)

    def value(self) -> list[Cells] | None:
        return self.model.rows() or None

    def set_value(self, value: Any) -> None:
        self.model.set_rows(value)

    def add_row(self) -> None:
        row = self.model.add_row()
        index = self.model.index(row, 0)
        self.table.setCurrentIndex(index)
        self.table.setFocus()
        self.table.edit(index)

    def remove_row(self) -> None:
        current = self.table.currentIndex()
        row = current.row() if current.isValid() else self.model.rowCount() - 1
        if row >= 0:
            self.model.removeRows(row, 1)

    def _clear_cell(self) -> None:
        for index in self.table.selectionModel().selectedIndexes():
            self.model.setData(index, None)
