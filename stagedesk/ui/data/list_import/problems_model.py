"""The preview's table: every problem of the list with its row, the column as the FILE
names it (so the user finds it in Excel), the message in the user's language, and whether
it stops the import (an error, red) or only says what was assumed (a warning)."""

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QColor

from stagedesk.core.imports import HEADERS, ImportPlan, RowProblem, Table
from stagedesk.core.imports.columns import column_letter

ROW, COLUMN, KIND, MESSAGE = range(4)
ERROR_COLOUR = QColor("#b3261e")  # the colour of fieldError in the style sheet
Index = QModelIndex | QPersistentModelIndex


@dataclass(frozen=True)
class ProblemLine:
    """One problem as the user reads it."""

    row: int
    column: str
    message: str
    warning: bool


SORT_KEYS: tuple[Callable[[ProblemLine], Any], ...] = (
    lambda line: (line.row, line.warning),
    lambda line: (line.column, line.row),
    lambda line: (line.warning, line.row),  # errors first
    lambda line: (line.message, line.row),
)


def translated(problem: RowProblem) -> str:
    return QCoreApplication.translate("Import", problem.message).format(**problem.params)


def problem_lines(
    plan: ImportPlan, table: Table, language: str, problems: list[RowProblem] | None = None
) -> list[ProblemLine]:
    """The plan's problems (or ``problems``) as the user reads them."""
    found = plan.match.found
    lines = []
    for problem in problems if problems is not None else plan.problems:
        column = ""
        if problem.column is not None:
            at = found.get(problem.column)
            if at is None:  # a column the rule needs that the list does not have
                column = QCoreApplication.translate("Import", "{column} (not in the list)")
                column = column.format(column=HEADERS[problem.column].text(language))
            else:
                column = f"{table.headers[at]} ({column_letter(at)})".lstrip()
        lines.append(ProblemLine(problem.row, column, translated(problem), problem.warning))
    return lines


class ProblemsModel(QAbstractTableModel):
    """Sorts itself (``sort``): a sort proxy would call ``data`` from Python for every
    comparison, seconds for the 50,000 problems a long list can have."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.lines: list[ProblemLine] = []
        self.kinds = (
            QCoreApplication.translate("Import", "Error"),
            QCoreApplication.translate("Import", "Warning"),
        )
        self._order = (KIND, Qt.SortOrder.AscendingOrder)  # errors first

    def set_lines(self, lines: list[ProblemLine]) -> None:
        self.beginResetModel()
        self.lines = sorted(lines, key=SORT_KEYS[self._order[0]])
        if self._order[1] == Qt.SortOrder.DescendingOrder:
            self.lines.reverse()
        self.endResetModel()

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        if not 0 <= column < len(SORT_KEYS):
            return
        self._order = (column, order)
        self.layoutAboutToBeChanged.emit()
        kept = self.persistentIndexList()  # the selection follows its problems
        kept_lines = [self.lines[index.row()] for index in kept]
        self.lines.sort(key=SORT_KEYS[column], reverse=order == Qt.SortOrder.DescendingOrder)
        where = {id(line): row for row, line in enumerate(self.lines)}
        moved = [
            self.index(where[id(line)], index.column())
            for line, index in zip(kept_lines, kept, strict=True)
        ]
        self.changePersistentIndexList(kept, moved)
        self.layoutChanged.emit()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.lines)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else 4

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        return self.headers()[section] if 0 <= section < 4 else None

    @staticmethod
    def headers() -> tuple[str, str, str, str]:
        translate = QCoreApplication.translate
        return (
            translate("Import", "Row"),
            translate("Import", "Column"),
            translate("Import", "Kind"),
            translate("Import", "Problem"),
        )

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self.lines):
            return None
        line, column = self.lines[index.row()], index.column()
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return self.cells(line)[column]
        if role == Qt.ItemDataRole.ForegroundRole and not line.warning:
            return ERROR_COLOUR
        if role == Qt.ItemDataRole.TextAlignmentRole and column == ROW:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def cells(self, line: ProblemLine) -> tuple[int, str, str, str]:
        return (line.row, line.column, self.kinds[line.warning], line.message)
