"""Step 1: which column of the list fills which StageDesk column.

One line per header of the file: its letter, its text, the first values under it, and a
drop-down preset from ``match_columns`` where the user can match it by hand. Required
columns that are missing and columns chosen twice are said in red; ``ready`` is false
until they are fixed.
"""

from typing import Any

from PySide6.QtCore import QCoreApplication, Signal, Slot
from PySide6.QtWidgets import (
    QComboBox,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QScrollArea,
    QSizePolicy,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from stagedesk.core.imports import HEADERS, REQUIRED, Column, ColumnMatch, Table, match_columns
from stagedesk.core.imports.columns import (
    column_letter,
    read_by_values,
    read_numbers,
    unused_columns,
)
from stagedesk.core.imports.plan import DOUBLED_COLUMNS, MISSING_COLUMNS
from stagedesk.ui.kit.labels import format_value

SAMPLES = 3  # values shown under each header
NOTE = "note"  # the drop-down's "kept in the notes": no column of StageDesk's
SAMPLE_LENGTH = 24  # characters of each value shown


def samples(table: Table, at: int) -> str:
    """The first few values in the column, as the user would recognise them."""
    found: list[str] = []
    for _number, values in table.rows[:20]:
        value = values[at] if at < len(values) else None
        if isinstance(value, float) and value.is_integer():
            value = int(value)  # 38, as Excel shows it, not 38.0
        text = " ".join(format_value(value).split()) if value is not None else ""
        if text:
            found.append(text if len(text) <= SAMPLE_LENGTH else text[: SAMPLE_LENGTH - 1] + "…")
        if len(found) == SAMPLES:
            break
    return " · ".join(found)


def rematch(table: Table, previous: ColumnMatch | None) -> ColumnMatch:
    """The match for a file read again: what the user chose is kept, by header text. An
    "Uren" column holding totals is read as hours in total (the user can switch it)."""
    headers = table.headers
    if previous is not None and previous.headers == headers:
        return previous
    match = read_numbers(match_columns(headers), table.rows)
    chosen = dict(zip(previous.headers, previous.columns, strict=True)) if previous else {}
    for at, text in enumerate(headers):
        if text and text in chosen:
            match = match.with_column(at, chosen[text])
    return match


class ColumnsPage(QWidget):
    """``load(table, match)`` shows a file; ``match`` is what the user chose so far."""

    changed = Signal()
    header_row_chosen = Signal(int)  # the user says the header row is another one

    def __init__(self, language: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.language = language
        self.match = ColumnMatch((), ())
        self.notes: set[int] = set()  # columns StageDesk does not use, kept as notes
        self.combos: list[QComboBox] = []
        self.hint = QLabel(self)
        self.hint.setWordWrap(True)
        self.header_row = QSpinBox(self)
        self.header_row.setRange(1, 1_000_000)
        self.header_row.setKeyboardTracking(False)  # a row counts once typed, not per digit
        self.header_row.setAccessibleName(self.tr("Header row"))
        self.header_row.setToolTip(
            self.tr(
                "The row of the list that holds the column headers (a title may stand above it)"
            )
        )
        self.header_row.valueChanged.connect(self._on_header_row)
        header_caption = QLabel(self.tr("&Header row:"), self)
        header_caption.setBuddy(self.header_row)
        header_line = QHBoxLayout()
        header_line.addWidget(header_caption)
        header_line.addWidget(self.header_row)
        header_line.addStretch(1)
        self.area = QScrollArea(self)
        self.area.setWidgetResizable(True)
        self.area.setAccessibleName(self.tr("Columns of the list"))
        self.error = QLabel(self)
        self.error.setObjectName("fieldError")
        self.error.setWordWrap(True)
        self.error.setAccessibleName(self.tr("Problems with the columns"))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.hint)
        layout.addLayout(header_line)
        layout.addWidget(self.area, 1)
        layout.addWidget(self.error)

    @property
    def ready(self) -> bool:
        return bool(self.match.headers) and not self.match.missing and not self.match.doubled

    def show_header_row(self, row: int) -> None:
        """Show ``row`` as the header row (not a choice of the user's)."""
        self.header_row.blockSignals(True)
        self.header_row.setValue(row)
        self.header_row.blockSignals(False)

    def load(self, table: Table, match: ColumnMatch) -> None:
        self.match = match
        self.notes = {at for at in self.notes if at < len(match.headers)}
        self.show_header_row(table.header_row)
        self.combos = []
        grid_widget = QWidget(self.area)
        grid = QGridLayout(grid_widget)
        grid.setHorizontalSpacing(16)
        titles = (
            self.tr("Column"),
            self.tr("Header in the list"),
            self.tr("First values"),
            self.tr("StageDesk column"),
        )
        for place, title in enumerate(titles):
            label = QLabel(f"<b>{title}</b>", grid_widget)
            grid.addWidget(label, 0, place)
        for at, header in enumerate(match.headers):
            self._add_line(grid, grid_widget, table, at, header)
        grid.setColumnStretch(2, 1)
        grid.setRowStretch(len(match.headers) + 1, 1)
        self.area.setWidget(grid_widget)
        required = ", ".join(HEADERS[c].text(self.language) for c in REQUIRED)
        unknown = len(unused_columns(match, table.rows))
        hint = self.tr(
            "For each column of the list, choose the StageDesk column it fills. Required: {}."
        ).format(required)
        if unknown:
            hint += " " + self.tr(
                "%n column(s) were not recognised: they are not imported unless you choose"
                " a StageDesk column for them.",
                "",
                unknown,
            )
        for at, column in read_by_values(match):
            hint += " " + self.tr(
                "“{header}” holds {what}: read as “{column}”. Choose another column below if"
                " it does not."
            ).format(
                header=match.headers[at],
                what=self._holds(column),
                column=HEADERS[column].text(self.language),
            )
        self.hint.setText(hint)
        self._update()

    def _holds(self, column: Column) -> str:
        if column is Column.TOTAL_HOURS:
            return self.tr("more hours than a week has")
        return self.tr("amounts")

    @Slot(int)
    def _on_header_row(self, row: int) -> None:
        self.header_row_chosen.emit(row)

    def _add_line(
        self, grid: QGridLayout, parent: QWidget, table: Table, at: int, header: str
    ) -> None:
        line = at + 1
        letter = column_letter(at)
        grid.addWidget(QLabel(letter, parent), line, 0)
        shown = QLabel(header or self.tr("(no header)"), parent)
        if header and self.match.columns[at] is None:
            shown.setToolTip(self.tr("StageDesk does not recognise this header"))
            shown.setStyleSheet("font-style: italic")
        grid.addWidget(shown, line, 1)
        values = QLabel(samples(table, at), parent)
        values.setToolTip(values.text())
        # Long examples give way to the drop-downs instead of widening the page.
        values.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        values.setMinimumWidth(120)
        grid.addWidget(values, line, 2)
        combo = self._combo(parent, at)
        combo.setAccessibleName(
            self.tr("StageDesk column for “{header}” (column {letter})").format(
                header=header or self.tr("(no header)"), letter=letter
            )
        )
        shown.setBuddy(combo)
        grid.addWidget(combo, line, 3)
        self.combos.append(combo)

    def _combo(self, parent: QWidget, at: int) -> QComboBox:
        combo = QComboBox(parent)
        combo.addItem(self.tr("— not imported —"), None)
        combo.addItem(self.tr("— kept in the notes —"), NOTE)
        for column in Column:
            combo.addItem(HEADERS[column].text(self.language), column)
        chosen = self.match.columns[at]
        if chosen is not None:
            combo.setCurrentIndex(combo.findData(chosen))
        else:
            combo.setCurrentIndex(1 if at in self.notes else 0)
        combo.setProperty("at", at)
        combo.currentIndexChanged.connect(self._on_choice)
        return combo

    @Slot(int)
    def _on_choice(self, _index: int) -> None:
        combo = self.sender()
        assert isinstance(combo, QComboBox)
        data: Any = combo.currentData()  # Qt gives the StrEnum back as a plain str
        at = int(combo.property("at"))
        chosen = None if data in (None, NOTE) else Column(data)
        self.match = self.match.with_column(at, chosen)
        if data == NOTE:
            self.notes.add(at)  # its text goes into the notes of each row's record
        else:
            self.notes.discard(at)
        self._update()
        self.changed.emit()

    def _update(self) -> None:
        problems = []
        if self.match.missing:
            names = ", ".join(HEADERS[c].text(self.language) for c in self.match.missing)
            problems.append(_translated(MISSING_COLUMNS, columns=names))
        doubled = self.match.doubled
        if doubled:
            names = ", ".join(self._doubled_text(column) for column in doubled)
            problems.append(_translated(DOUBLED_COLUMNS, columns=names))
        self.error.setText("\n".join(problems))
        self.error.setVisible(bool(problems))
        for combo in self.combos:
            invalid = combo.currentData() in doubled
            if bool(combo.property("invalid")) != invalid:
                combo.setProperty("invalid", invalid)
                combo.style().unpolish(combo)
                combo.style().polish(combo)

    def _doubled_text(self, column: Column) -> str:
        letters = [column_letter(at) for at, c in enumerate(self.match.columns) if c == column]
        return f"{HEADERS[column].text(self.language)} ({', '.join(letters)})"


def _translated(message: str, **params: Any) -> str:
    return QCoreApplication.translate("Import", message).format(**params)
