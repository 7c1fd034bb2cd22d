"""What the Reports page shows: the table model (any report's one table) and the bar chart.

The figures come from ``stagedesk.core.reports``; nothing is counted here, only shown.
"""

from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QLocale,
    QModelIndex,
    QPersistentModelIndex,
    QRectF,
    QSize,
    Qt,
)
from PySide6.QtGui import QPainter, QPaintEvent, QPalette
from PySide6.QtWidgets import QSizePolicy, QWidget

from stagedesk.core.i18n import QT_TRANSLATE_NOOP
from stagedesk.core.models import InternshipKind
from stagedesk.core.reports import UnitYear

Index = QModelIndex | QPersistentModelIndex
RIGHT = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
LEFT = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter

COLUMNS = (
    QT_TRANSLATE_NOOP("Report", "Unit"),
    QT_TRANSLATE_NOOP("Report", "Year"),
    QT_TRANSLATE_NOOP("Report", "Applicants"),
    QT_TRANSLATE_NOOP("Report", "Interns"),
    QT_TRANSLATE_NOOP("Report", "Avg. duration (days)"),
    QT_TRANSLATE_NOOP("Report", "Curricular"),
    QT_TRANSLATE_NOOP("Report", "Voluntary"),
    QT_TRANSLATE_NOOP("Report", "Hired later"),
)
TEXT_COLUMNS = 2  # unit and year; the rest are numbers, aligned right


def annual_cells(row: UnitYear) -> tuple[Any, ...]:
    return (
        row.unit,
        row.year,
        row.applicants,
        row.interns,
        row.average_days,
        row.kinds[InternshipKind.CURRICULAR],
        row.kinds[InternshipKind.VOLUNTARY],
        row.hired_later,
    )


def _text(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, float):
        return QLocale().toString(value, "f", 1)
    return str(value)


class AnnualTableModel(QAbstractTableModel):
    """One line per unit and year, as ``annual_overview`` returns them — or, through
    ``set_table``, any report's table: headers marked in the "Report" context, rows of
    values, the leading ``text_columns`` aligned left."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._rows: list[tuple[Any, ...]] = []
        self._headers: Sequence[str] = COLUMNS
        self._text_columns = TEXT_COLUMNS

    def set_rows(self, rows: Sequence[UnitYear]) -> None:
        self.set_table(COLUMNS, [annual_cells(row) for row in rows], TEXT_COLUMNS)

    def set_table(
        self, headers: Sequence[str], rows: Sequence[tuple[Any, ...]], text_columns: int
    ) -> None:
        self.beginResetModel()
        self._headers, self._rows, self._text_columns = headers, list(rows), text_columns
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._headers)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return _text(self._rows[index.row()][index.column()])
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return int(LEFT if index.column() < self._text_columns else RIGHT)
        if role == Qt.ItemDataRole.UserRole:  # the value itself, for sorting and tests
            return self._rows[index.row()][index.column()]
        return None

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal or not 0 <= section < len(self._headers):
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return QCoreApplication.translate("Report", self._headers[section])
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return int(LEFT if section < self._text_columns else RIGHT)
        return None


class YearBars(QWidget):
    """A small bar chart: one bar per year, its height the number of interns."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.bars: list[tuple[str, int]] = []
        self.setMinimumSize(220, 180)
        self.setMaximumWidth(340)
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Expanding)

    def set_bars(self, bars: Sequence[tuple[str, int]]) -> None:
        self.bars = list(bars)
        self.update()

    def sizeHint(self) -> QSize:
        return QSize(300, 240)

    def paintEvent(self, event: QPaintEvent) -> None:
        del event
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        palette = self.palette()
        text = palette.color(QPalette.ColorRole.WindowText)
        metrics = painter.fontMetrics()
        line = metrics.height()
        area = QRectF(self.rect()).adjusted(8, 8, -8, -8)
        painter.setPen(text)
        painter.drawText(area.adjusted(0, 0, 0, -(area.height() - line)), self.tr("Interns"))
        if not self.bars:
            painter.end()
            return
        plot = area.adjusted(0, line * 2 + 6, 0, -line - 4)  # room for the title, counts, years
        highest = max(max(count for _, count in self.bars), 1)
        slot = plot.width() / len(self.bars)
        width = min(slot * 0.6, 64.0)
        painter.drawLine(plot.bottomLeft(), plot.bottomRight())
        for position, (label, count) in enumerate(self.bars):
            left = plot.left() + slot * position + (slot - width) / 2
            height = plot.height() * count / highest
            bar = QRectF(left, plot.bottom() - height, width, height)
            painter.fillRect(bar, palette.color(QPalette.ColorRole.Highlight))
            painter.setPen(text)
            above = QRectF(plot.left() + slot * position, bar.top() - line, slot, line)
            painter.drawText(above, Qt.AlignmentFlag.AlignCenter, str(count))
            below = QRectF(plot.left() + slot * position, plot.bottom() + 4, slot, line)
            painter.drawText(
                below,
                Qt.AlignmentFlag.AlignCenter,
                metrics.elidedText(label, Qt.TextElideMode.ElideRight, int(slot)),
            )
        painter.end()
