"""The table behind one checklist: its items by due date, ticked and noted in place, and
the filter that shows only the open ones.

Every change is saved at once, in its own short transaction, on the checklist as it is
stored (another window may have ticked other items since this one loaded it).
"""

import dataclasses
from collections.abc import Callable
from dataclasses import dataclass
from html import escape
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
    Signal,
)
from PySide6.QtGui import QBrush, QColor, QFont
from sqlalchemy.exc import SQLAlchemyError

from stagedesk.core.forms import CheckAnswer, CheckStatus, Field
from stagedesk.core.forms.overview import Checklist, change_check
from stagedesk.core.i18n import QT_TRANSLATE_NOOP
from stagedesk.core.records.repository import RecordGone
from stagedesk.ui.forms.roles import role_label
from stagedesk.ui.kit.context import AppContext
from stagedesk.ui.kit.labels import format_date

Index = QModelIndex | QPersistentModelIndex
Change = Callable[[CheckAnswer], CheckAnswer]

DUE, ITEM, RESPONSIBLE, DONE, NOT_NEEDED, DONE_ON, NOTE = range(7)
HEADERS = (
    QT_TRANSLATE_NOOP("Checklist", "Due"),
    QT_TRANSLATE_NOOP("Checklist", "Item"),
    QT_TRANSLATE_NOOP("Checklist", "Responsible"),
    QT_TRANSLATE_NOOP("Checklist", "Done"),
    QT_TRANSLATE_NOOP("Checklist", "Not needed"),
    QT_TRANSLATE_NOOP("Checklist", "Done on"),
    QT_TRANSLATE_NOOP("Checklist", "Note"),
)
CHECK_COLUMNS = {DONE: CheckStatus.DONE, NOT_NEEDED: CheckStatus.NOT_NEEDED}

SettledRole = Qt.ItemDataRole.UserRole + 1  # bool: done or not needed
FieldIdRole = Qt.ItemDataRole.UserRole + 2

OVERDUE = QBrush(QColor("#b3261e"))  # the red of error messages (style.py)


@dataclass(frozen=True)
class Item:
    field: Field
    section: str
    answer: CheckAnswer


def _translate(text: str) -> str:
    return QCoreApplication.translate("Checklist", text)


class ChecklistModel(QAbstractTableModel):
    saved = Signal()  # a change was stored
    save_failed = Signal(object)  # the exception; nothing was stored

    def __init__(self, context: AppContext, parent: Any = None) -> None:
        super().__init__(parent)
        self.context = context
        self.checklist: Checklist | None = None
        self._items: list[Item] = []

    # -- loading -------------------------------------------------------------------------
    def set_checklist(self, checklist: Checklist) -> None:
        """Show a checklist: items by due date (those without one last), then in the order
        of the definition."""
        self.beginResetModel()
        self.checklist = checklist
        language = checklist.language
        items = [
            Item(f, section.title.get(language), checklist.checks.get(f.id) or CheckAnswer())
            for section in checklist.definition.sections
            for f in section.fields
            if f.id in checklist.checks
        ]
        # sorted() keeps the definition's order among items due the same day.
        self._items = sorted(items, key=lambda i: (i.answer.due is None, i.answer.due))
        self.endResetModel()

    def _refresh(self, checklist: Checklist) -> None:
        """The same checklist as stored after a change: new answers, same rows."""
        self.checklist = checklist
        self._items = [
            dataclasses.replace(i, answer=checklist.checks.get(i.field.id) or CheckAnswer())
            for i in self._items
        ]
        if self._items:
            last = self.index(len(self._items) - 1, self.columnCount() - 1)
            self.dataChanged.emit(self.index(0, 0), last)

    # -- counts --------------------------------------------------------------------------
    def total(self) -> int:
        return len(self._items)

    def settled(self) -> int:
        return sum(1 for i in self._items if i.answer.settled)

    def overdue(self) -> int:
        today = self.context.today()
        return sum(1 for i in self._items if i.answer.overdue(today))

    def item(self, row: int) -> Item:
        return self._items[row]

    # -- Qt model interface --------------------------------------------------------------
    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._items)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(HEADERS)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if (
            orientation == Qt.Orientation.Horizontal
            and role == Qt.ItemDataRole.DisplayRole
            and 0 <= section < len(HEADERS)
        ):
            return _translate(HEADERS[section])
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if index.column() in CHECK_COLUMNS:
            flags |= Qt.ItemFlag.ItemIsUserCheckable
        elif index.column() == NOTE:
            flags |= Qt.ItemFlag.ItemIsEditable
        return flags

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._items):
            return None
        item, column = self._items[index.row()], index.column()
        answer = item.answer
        if role == Qt.ItemDataRole.DisplayRole:
            return self._text(item, column)
        if role == Qt.ItemDataRole.EditRole:
            return (answer.note or "") if column == NOTE else self._text(item, column)
        if role == Qt.ItemDataRole.CheckStateRole and column in CHECK_COLUMNS:
            ticked = answer.status is CHECK_COLUMNS[column]
            return Qt.CheckState.Checked if ticked else Qt.CheckState.Unchecked
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._tooltip(item, column)
        if role == Qt.ItemDataRole.ForegroundRole and answer.overdue(self.context.today()):
            return OVERDUE
        if role == Qt.ItemDataRole.FontRole and column == DUE:
            return self._due_font(answer)
        if role == SettledRole:
            return answer.settled
        if role == FieldIdRole:
            return item.field.id
        return None

    def _text(self, item: Item, column: int) -> str | None:
        answer = item.answer
        if column == DUE:
            return format_date(answer.due)
        if column == ITEM:
            return item.field.label.get(self._language())
        if column == RESPONSIBLE:
            return role_label(item.field.responsible)
        if column == DONE_ON:
            return format_date(answer.done_on)
        if column == NOTE:
            return answer.note or ""
        return None  # the check columns show only their box

    def _tooltip(self, item: Item, column: int) -> str | None:
        """The item in full (rich text, so Qt wraps it): where it belongs, what it means,
        the rule it comes from and who does it; when a box was ticked."""
        answer = item.answer
        if column == DONE and answer.done_on is not None:
            return QCoreApplication.translate("Checklist", "Done on {}").format(
                format_date(answer.done_on)
            )
        if column not in (DUE, ITEM):
            return None
        language, field = self._language(), item.field
        parts = [f"<b>{escape(item.section)}</b>: {escape(field.label.get(language))}"]
        if field.help is not None:
            parts.append(escape(field.help.get(language)))
        if field.reference is not None:
            rule = QCoreApplication.translate("Checklist", "Reference: {}").format(
                field.reference.get(language)
            )
            parts.append(f"<i>{escape(rule)}</i>")
        if field.responsible is not None:
            who = QCoreApplication.translate("Checklist", "Responsible: {}").format(
                role_label(field.responsible)
            )
            parts.append(escape(who))
        if answer.note:
            parts.append(
                escape(QCoreApplication.translate("Checklist", "Note: {}").format(answer.note))
            )
        return "".join(f"<p>{part}</p>" for part in parts)

    def _due_font(self, answer: CheckAnswer) -> QFont | None:
        if not answer.overdue(self.context.today()):
            return None
        font = QFont()
        font.setBold(True)
        return font

    def _language(self) -> str:
        return self.checklist.language if self.checklist else "nl"

    # -- changes -------------------------------------------------------------------------
    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if not index.isValid() or not 0 <= index.row() < len(self._items):
            return False
        column = index.column()
        if role == Qt.ItemDataRole.CheckStateRole and column in CHECK_COLUMNS:
            ticked = Qt.CheckState(value) == Qt.CheckState.Checked
            return self._store(index.row(), self._tick(CHECK_COLUMNS[column], ticked))
        if role == Qt.ItemDataRole.EditRole and column == NOTE:
            note = str(value or "").strip() or None
            if note == self._items[index.row()].answer.note:
                return True
            return self._store(index.row(), lambda a: dataclasses.replace(a, note=note))
        return False

    def _tick(self, status: CheckStatus, ticked: bool) -> Change:
        today = self.context.today()

        def change(answer: CheckAnswer) -> CheckAnswer:
            if ticked:
                done_on = today if status is CheckStatus.DONE else None
                return dataclasses.replace(answer, status=status, done_on=done_on)
            if answer.status is status:
                return dataclasses.replace(answer, status=None, done_on=None)
            return answer

        return change

    def _store(self, row: int, change: Change) -> bool:
        checklist = self.checklist
        if checklist is None:
            return False
        try:
            with self.context.sessions.begin() as session:
                stored = change_check(
                    session,
                    checklist.definition,
                    checklist.response_id,
                    self._items[row].field.id,
                    change,
                )
        except (SQLAlchemyError, RecordGone) as error:
            self.save_failed.emit(error)
            return False
        self._refresh(stored)
        self.saved.emit()
        return True


class OpenItemsFilter(QSortFilterProxyModel):
    """Every item, or only those neither done nor marked not needed."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.only_open = False
        self.short = False

    def set_only_open(self, only_open: bool) -> None:
        if hasattr(self, "beginFilterChange"):  # Qt 6.10 and later
            self.beginFilterChange()
            self.only_open = only_open
            self.endFilterChange(QSortFilterProxyModel.Direction.Rows)
        else:
            self.only_open = only_open
            self.invalidateRowsFilter()

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        # In a narrow table "Not needed" takes the short form a paper form would use.
        if (
            self.short
            and section == NOT_NEEDED
            and orientation == Qt.Orientation.Horizontal
            and role == Qt.ItemDataRole.DisplayRole
        ):
            return self.tr("N/A", "not needed, in a narrow column")
        if section in CHECK_COLUMNS and role == Qt.ItemDataRole.ToolTipRole:
            return super().headerData(section, orientation, Qt.ItemDataRole.DisplayRole)
        return super().headerData(section, orientation, role)

    def set_short(self, short: bool) -> None:
        if short != self.short:
            self.short = short
            self.headerDataChanged.emit(Qt.Orientation.Horizontal, NOT_NEEDED, NOT_NEEDED)

    def filterAcceptsRow(self, source_row: int, source_parent: Index) -> bool:
        if not self.only_open:
            return True
        source = self.sourceModel()
        return not source.index(source_row, 0, source_parent).data(SettledRole)
