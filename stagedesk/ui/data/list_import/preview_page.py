"""Step 2: what the import will create, and every problem of the list, row by row."""

from PySide6.QtCore import QCoreApplication, QModelIndex, Qt, Slot
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from stagedesk.core.imports import ImportPlan, Table
from stagedesk.core.imports.meanings import Meanings
from stagedesk.core.imports.rows import DATE_COLUMNS
from stagedesk.ui.data.list_import.changes_box import ChangesBox
from stagedesk.ui.data.list_import.problems_model import (
    COLUMN,
    KIND,
    MESSAGE,
    ROW,
    ProblemsModel,
    problem_lines,
)
from stagedesk.ui.data.list_import.summary import preview_text, rows_text
from stagedesk.ui.data.list_import.words_box import WordsBox


class PreviewPage(QWidget):
    """``show_plan(plan, table)``; the buttons are the dialog's to connect."""

    def __init__(self, language: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.language = language
        self.summary = QLabel(self)
        self.summary.setWordWrap(True)
        self.summary.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.summary.setAccessibleName(self.tr("What the import creates"))
        self.month_first = QCheckBox(
            self.tr("Dates are written &month first (mm/dd/yyyy), as American programs do"),
            self,
        )
        self.month_first.setToolTip(
            self.tr("StageDesk tells from the dates; tick or untick it when it told wrong")
        )
        self.month_first.hide()  # until the list has dates written as text
        # Words to explain, changes to tick and the problems, each in a tab of its own: on
        # a laptop's screen each gets the room, and a tab shows only when it has something.
        self.tabs = QTabWidget(self)
        self.tabs.setDocumentMode(True)
        self.words_box = WordsBox(language, self.tabs)
        self.changes_box = ChangesBox(self.tabs)
        self.verdict = QLabel(self)
        self.verdict.setWordWrap(True)
        self.verdict.setAccessibleName(self.tr("Problems found"))
        self.model = ProblemsModel(self)
        self.view = QTableView(self)
        self.view.setModel(self.model)
        self.view.setAccessibleName(self.tr("Problems in the list"))
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.view.setWordWrap(False)
        self.view.setSortingEnabled(True)
        self.view.sortByColumn(KIND, Qt.SortOrder.AscendingOrder)  # errors first
        self.view.verticalHeader().hide()
        self.view.verticalHeader().setDefaultSectionSize(self.view.fontMetrics().height() + 8)
        self.detail = QLabel(self)
        self.detail.setWordWrap(True)
        self.detail.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.detail.setAccessibleName(self.tr("The chosen problem in full"))
        selection = self.view.selectionModel()
        selection.currentRowChanged.connect(self._on_current)
        header = self.view.horizontalHeader()
        header.setSectionResizeMode(MESSAGE, QHeaderView.ResizeMode.Stretch)
        self.save_button = QPushButton(self.tr("&Save problems as…"), self)
        self.save_button.setToolTip(self.tr("The problem list as an Excel workbook or CSV file"))
        self.refused_button = QPushButton(self.tr("Save &refused rows as…"), self)
        self.refused_button.setToolTip(
            self.tr(
                "The rows with an error as the list has them, and why: correct them in Excel"
                " and import that file later"
            )
        )
        self.recheck_button = QPushButton(self.tr("Check &again"), self)
        self.recheck_button.setToolTip(
            self.tr("Read the file again, after you corrected it in Excel, and check it")
        )
        buttons = QHBoxLayout()
        buttons.addWidget(self.save_button)
        buttons.addWidget(self.refused_button)
        buttons.addWidget(self.recheck_button)
        buttons.addStretch(1)
        problems = QWidget(self.tabs)
        problems_layout = QVBoxLayout(problems)
        problems_layout.addWidget(self.view, 1)
        problems_layout.addWidget(self.detail)
        for tab in (self.words_box, self.changes_box, problems):
            self.tabs.addTab(tab, "")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.summary)
        layout.addWidget(self.month_first)
        layout.addWidget(self.verdict)
        layout.addWidget(self.tabs, 1)
        self.blank = QWidget(self)  # takes the tabs' room when there is nothing to show
        layout.addWidget(self.blank, 1)
        layout.addLayout(buttons)

    def show_plan(self, plan: ImportPlan, table: Table, meanings: Meanings | None = None) -> None:
        summary = preview_text(
            len(table.rows), plan.created, plan.unchanged, bool(plan.errors), len(plan.changes)
        )
        counted = rows_text(plan.row_counts())
        summary += f"\n{counted}" if counted else ""
        if plan.month_first:
            columns = ", ".join(plan.header_of(c) for c in plan.month_first_in_order)
            summary += "\n" + self.tr(
                "The dates in {columns} are written month first (mm/dd/yyyy): read that way."
            ).format(columns=columns)
        self.summary.setText(summary)
        self.month_first.blockSignals(True)
        self.month_first.setChecked(bool(plan.month_first))
        self.month_first.blockSignals(False)
        self.month_first.setVisible(has_text_dates(plan, table))
        self.model.set_lines(problem_lines(plan, table, self.language))
        self.words_box.show_words(plan, meanings or Meanings())
        self.changes_box.show_changes(plan)
        self.verdict.setObjectName("fieldError" if plan.errors else "")
        self.verdict.style().unpolish(self.verdict)
        self.verdict.style().polish(self.verdict)
        self.verdict.setText(self.verdict_text(plan))
        self._show_tabs(plan)
        self.view.setCurrentIndex(self.model.index(0, MESSAGE))
        self.save_button.setEnabled(bool(plan.problems))
        self.refused_button.setEnabled(bool(plan.errors))
        self._fit_columns()

    def _show_tabs(self, plan: ImportPlan) -> None:
        """Each tab that has something, named with its count; the first of them open (words
        to explain come first: the rows that use them are not checked further)."""
        captions = (
            self.words_box.caption(),
            self.changes_box.caption(),
            self.tr("Problems (%n)", "", len(plan.problems)),
        )
        shown = (bool(self.words_box.words), bool(plan.changes), bool(plan.problems))
        for index, (caption, visible) in enumerate(zip(captions, shown, strict=True)):
            self.tabs.setTabText(index, caption)
            self.tabs.setTabVisible(index, visible)
        if any(shown):
            self.tabs.setCurrentIndex(shown.index(True))
        self.tabs.setVisible(any(shown))
        self.blank.setVisible(not any(shown))

    def _fit_columns(self) -> None:
        """Row and kind as wide as their widest text can be; the file's column as wide as
        what it shows (Qt measures a long list on its first rows only)."""
        metrics = self.view.fontMetrics()
        header = self.model.headers()
        widest = {
            ROW: [header[ROW], "100000"],
            KIND: [header[KIND], *self.model.kinds],
        }
        for column, texts in widest.items():
            width = max(metrics.horizontalAdvance(text) for text in texts)
            self.view.setColumnWidth(column, width + 28)  # room for the sort arrow
        self.view.resizeColumnToContents(COLUMN)

    @Slot(QModelIndex, QModelIndex)
    def _on_current(self, current: QModelIndex, _previous: QModelIndex) -> None:
        """The whole message of the problem chosen: in the table it may be cut short."""
        if not current.isValid():
            self.detail.clear()
            return
        line = self.model.lines[current.row()]
        where = self.tr("Row {row}").format(row=line.row)
        if line.column:
            where += f", {line.column}"
        self.detail.setText(f"{where}: {line.message}")

    def verdict_text(self, plan: ImportPlan) -> str:
        translate = QCoreApplication.translate
        errors, warnings = len(plan.errors), len(plan.warnings)
        parts = []
        if errors:
            parts.append(
                translate(
                    "Import",
                    "%n error(s): correct the file, save it and click Check again. Nothing is"
                    " imported until every row is right.",
                    "",
                    errors,
                )
            )
        if warnings:
            parts.append(
                translate(
                    "Import",
                    "%n warning(s): those rows are imported as the message says.",
                    "",
                    warnings,
                )
            )
        if not parts:
            parts.append(translate("Import", "No problems found."))
        return "\n".join(parts)


def has_text_dates(plan: ImportPlan, table: Table) -> bool:
    """Whether a date column holds dates written as text ("03/04/2024"), whose order of day
    and month a reader must know."""
    places = [at for column, at in plan.match.found.items() if column in DATE_COLUMNS]
    return any(
        isinstance(values[at], str) and "/" in values[at]
        for _number, values in table.rows[:500]
        for at in places
        if at < len(values)
    )
