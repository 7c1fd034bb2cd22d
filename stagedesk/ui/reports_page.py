"""The Reports page: the annual overview on screen, as a table and a chart, and in Excel.

The figures are counted by ``stagedesk.core.reports.annual_overview`` (fast: shown at once,
on the GUI thread, at every change of a control); the workbook is written by
``stagedesk.output.xlsx.write_annual_overview`` on the thread pool through ``workers.Job``.
"""

from collections import Counter
from collections.abc import Callable, Generator
from pathlib import Path

from PySide6.QtCore import QStandardPaths, Qt, QUrl, Slot
from PySide6.QtGui import QDesktopServices, QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QProgressBar,
    QPushButton,
    QSpinBox,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from stagedesk.core.listing import choices
from stagedesk.core.models import Unit
from stagedesk.core.reports import AnnualOverview, Period, annual_overview
from stagedesk.output.xlsx import annual as xlsx

from .context import AppContext
from .labels import ui_language
from .reports_model import AnnualTableModel, YearBars
from .workers import Job

YEARS_SHOWN = 5  # the default period: the last five calendar years, this one included


def write_workbook(
    overview: AnnualOverview, target: Path, language: str
) -> Generator[tuple[int, int], None, Path]:
    """The export's work, for ``Job``: one step, the whole workbook."""
    yield 0, 1
    xlsx.write_annual_overview(overview, target, language=language)
    yield 1, 1
    return target


def open_in_system(path: Path) -> None:
    """Open the workbook in the user's spreadsheet program."""
    QDesktopServices.openUrl(QUrl.fromLocalFile(str(path)))


class ReportsPage(QWidget):
    """``open_result`` opens the exported workbook; tests replace it."""

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.open_result: Callable[[Path], object] = open_in_system
        self.overview: AnnualOverview | None = None
        self.job: Job | None = None
        self._stale = True
        self._build()
        self._connect()
        self.refresh()

    # -- building ------------------------------------------------------------------------
    def _build(self) -> None:
        heading = QLabel(self.tr("Reports"), self)
        heading.setObjectName("pageTitle")
        self.how = QLabel(self.tr("<a href='#'>How we count</a>"), self)
        self.how.setToolTip(self._how_we_count())
        self.how.setAccessibleName(self.tr("How we count"))
        self.how.linkActivated.connect(self._on_how)
        top = QHBoxLayout()
        top.addWidget(heading)
        top.addStretch(1)
        top.addWidget(self.how)
        self.message = QLabel(self)
        self.message.setObjectName("fieldError")
        self.message.setWordWrap(True)
        self.message.hide()
        self.model = AnnualTableModel(self)
        self.table = QTableView(self)
        self.table.setModel(self.model)
        self.table.setAccessibleName(self.tr("Figures"))
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setAlternatingRowColors(True)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(True)
        self.chart = YearBars(self)
        self.chart.setAccessibleName(self.tr("Interns per year"))
        splitter = QSplitter(Qt.Orientation.Horizontal, self)
        splitter.addWidget(self.table)
        splitter.addWidget(self.chart)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addLayout(self._build_controls())
        layout.addWidget(self.message)
        layout.addWidget(splitter, 1)
        layout.addLayout(self._build_export())

    def _build_controls(self) -> QHBoxLayout:
        self.report_box = QComboBox(self)
        self.report_box.addItem(self.tr("Annual overview"), "annual")
        self.report_box.setAccessibleName(self.tr("Report"))
        this_year = self.context.today().year
        self.from_year, self.to_year = QSpinBox(self), QSpinBox(self)
        for box, value, name in (
            (self.from_year, this_year - YEARS_SHOWN + 1, self.tr("From year")),
            (self.to_year, this_year, self.tr("To year")),
        ):
            box.setRange(1990, this_year + 10)
            box.setValue(value)
            box.setKeyboardTracking(False)  # counted when the year is typed, not per digit
            box.setAccessibleName(name)
        self.academic = QCheckBox(self.tr("&Academic years (Sept–Aug)"), self)
        self.unit_box = QComboBox(self)
        self.unit_box.setAccessibleName(self.tr("Units"))
        self._fill_units()
        self.show_button = QPushButton(self.tr("&Show"), self)
        row = QHBoxLayout()
        for text, widget in (
            (self.tr("&Report:"), self.report_box),
            (self.tr("&From:"), self.from_year),
            (self.tr("&To:"), self.to_year),
            (self.tr("&Units:"), self.unit_box),
        ):
            label = QLabel(text, self)
            label.setBuddy(widget)
            row.addWidget(label)
            row.addWidget(widget)
        row.insertWidget(row.count() - 2, self.academic)  # before the units
        row.addWidget(self.show_button)
        row.addStretch(1)
        return row

    def _build_export(self) -> QHBoxLayout:
        self.export_button = QPushButton(self.tr("&Export to Excel…"), self)
        self.progress = QProgressBar(self)
        self.progress.setAccessibleName(self.tr("Progress"))
        self.progress.setMaximumWidth(200)
        self.progress.hide()
        self.status = QLabel(self)
        row = QHBoxLayout()
        row.addWidget(self.export_button)
        row.addWidget(self.progress)
        row.addWidget(self.status, 1)
        return row

    def _fill_units(self) -> None:
        current = self.unit_box.currentData()
        self.unit_box.blockSignals(True)
        self.unit_box.clear()
        self.unit_box.addItem(self.tr("All units"), None)
        with self.context.sessions() as session:
            for unit_id, name in choices(session, Unit):
                self.unit_box.addItem(name, unit_id)
        found = self.unit_box.findData(current)
        self.unit_box.setCurrentIndex(max(found, 0))
        self.unit_box.blockSignals(False)

    def _connect(self) -> None:
        self.from_year.valueChanged.connect(self.refresh)
        self.to_year.valueChanged.connect(self.refresh)
        self.academic.toggled.connect(self.refresh)
        self.unit_box.currentIndexChanged.connect(self.refresh)
        self.show_button.clicked.connect(self.refresh)
        self.export_button.clicked.connect(self._on_export)
        self.context.data_changed.connect(self._mark_stale)

    def _how_we_count(self) -> str:
        return self.tr(
            "Applicants: applications dated in the year (accepted ones included).\n"
            "Interns: internships starting in the year (stopped early included, planned "
            "ones not yet started left out).\n"
            "Duration: calendar days from start to end, both included.\n"
            "Hired later: interns of the year later hired by the organisation.\n"
            "See “How we count” in the README for the details."
        )

    @Slot(str)
    def _on_how(self, _link: str) -> None:
        self.status.setText(self._how_we_count().replace("\n", " "))

    # -- showing -------------------------------------------------------------------------
    @Slot(object)
    def _mark_stale(self, _model: object) -> None:
        self._stale = True
        if self.isVisible():
            self._fill_units()
            self.refresh()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self._stale:
            self._fill_units()
            self.refresh()

    @Slot()
    def refresh(self) -> None:
        """Count again for the controls' choice; a backwards period counts nothing."""
        self._stale = False
        first, last = self.from_year.value(), self.to_year.value()
        unit = self.unit_box.currentData()
        try:
            with self.context.sessions() as session:
                overview = annual_overview(
                    session,
                    first_year=first,
                    last_year=last,
                    academic=self.academic.isChecked(),
                    unit_ids=None if unit is None else [int(unit)],
                    today=self.context.today(),
                    language=ui_language(),
                )
        except ValueError:
            self._show(None)
            self.message.setText(
                self.tr("The period runs backwards: “from” {first} is after “to” {last}.").format(
                    first=first, last=last
                )
            )
            self.message.show()
            return
        self.message.hide()
        self._show(overview)

    def _show(self, overview: AnnualOverview | None) -> None:
        self.overview = overview
        self.model.set_rows(overview.rows if overview else [])
        self.export_button.setEnabled(overview is not None and self.job is None)
        if overview is None:
            self.chart.set_bars([])
            return
        period = Period(self.from_year.value(), self.to_year.value(), self.academic.isChecked())
        interns: Counter[str] = Counter()
        for row in overview.rows:
            interns[row.year] += row.interns
        self.chart.set_bars([(label, interns[label]) for label in period.labels])

    # -- exporting -----------------------------------------------------------------------
    @Slot()
    def _on_export(self) -> None:
        target = self.ask_target()
        if target is not None:
            self.export_to(target)

    def ask_target(self) -> Path | None:
        documents = QStandardPaths.writableLocation(
            QStandardPaths.StandardLocation.DocumentsLocation
        )
        period = Period(self.from_year.value(), self.to_year.value(), self.academic.isChecked())
        suggested = Path(documents) / f"{self.report_box.currentText()} {period.text}.xlsx"
        name, _ = QFileDialog.getSaveFileName(
            self, self.tr("Export to Excel"), str(suggested), self.tr("Excel workbooks (*.xlsx)")
        )
        if not name:
            return None
        path = Path(name)
        return path if path.suffix.lower() == ".xlsx" else path.with_name(path.name + ".xlsx")

    def export_to(self, target: Path) -> None:
        """Write the figures shown into ``target`` off the GUI thread; ``self.job`` while
        it runs, then ``open_result(target)``."""
        assert self.job is None, "already exporting"
        assert self.overview is not None, "nothing to export"
        self.job = Job(write_workbook, self.overview, target, ui_language())
        self.job.progress.connect(self._on_progress)
        self.job.finished.connect(self._on_finished)
        self.job.failed.connect(self._on_failed)
        self.export_button.setEnabled(False)
        self.progress.setRange(0, 0)  # busy until the first step is reported
        self.progress.show()
        self.status.setText(self.tr("Writing the workbook…"))
        self.job.start()

    @Slot(int, int)
    def _on_progress(self, done: int, total: int) -> None:
        self.progress.setRange(0, total)
        self.progress.setValue(done)

    @Slot(object)
    def _on_finished(self, target: Path) -> None:
        self._end()
        self.status.setText(self.tr("Saved as {name}").format(name=target.name))
        self.open_result(target)

    @Slot(str)
    def _on_failed(self, message: str) -> None:
        self._end()
        self.status.setText(
            self.tr("The workbook could not be written: {reason}").format(
                reason=message.split("\n\n", 1)[0]
            )
        )

    def _end(self) -> None:
        self.job = None
        self.progress.hide()
        self.export_button.setEnabled(self.overview is not None)
