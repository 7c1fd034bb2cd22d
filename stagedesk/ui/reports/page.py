"""The Reports page: a report (``kinds.KINDS``) on screen as one table — the annual
overview with a chart too — and exported to Excel, or to PDF where the report has a writer.

The figures are counted by ``stagedesk.core.reports`` (fast: shown at once, on the GUI
thread, at every change of a control); the files are written on the thread pool through
``workers.Job``, each PDF writer in a session of its own opened on the worker thread.
"""

from collections import Counter
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt, Slot
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QSpinBox,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from stagedesk.core.models import InternshipKind, Unit
from stagedesk.core.records.listing import choices
from stagedesk.core.reports import AnnualOverview, Period
from stagedesk.core.reports.scope import ReportScope
from stagedesk.ui.kit.context import AppContext
from stagedesk.ui.kit.labels import enum_label, ui_language
from stagedesk.ui.reports.export import ExportingPage
from stagedesk.ui.reports.kinds import KINDS, ReportKind, kind_of
from stagedesk.ui.reports.model import AnnualTableModel, YearBars

YEARS_SHOWN = 5  # the default period: the last five calendar years, this one included


class ReportsPage(ExportingPage):
    """``open_result`` opens the exported file; tests replace it."""

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.result: Any = None  # the report shown, as its counting function returned it
        self.scope: ReportScope | None = None  # what it was counted for
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
        self.empty = QLabel(self.tr("Nothing to show for this choice."), self)
        self.empty.setWordWrap(True)
        self.empty.hide()
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
        layout.addWidget(self.empty)
        layout.addWidget(splitter, 1)
        export = self._build_export()
        layout.addWidget(self.other_files)
        layout.addLayout(export)

    def _build_controls(self) -> QVBoxLayout:
        self.report_box = QComboBox(self)
        for kind in KINDS:
            self.report_box.addItem(QCoreApplication.translate("Report", kind.title), kind.key)
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
        self.kinds_box = QComboBox(self)
        self.kinds_box.setAccessibleName(self.tr("Kinds of internship"))
        self.kinds_box.addItem(self.tr("All kinds"), None)
        for member in InternshipKind:
            self.kinds_box.addItem(enum_label(member), member)
        self.kinds_label = QLabel(self.tr("&Kind:"), self)
        self.kinds_label.setBuddy(self.kinds_box)
        self.show_button = QPushButton(self.tr("&Show"), self)
        return self._lay_out_controls()

    def _lay_out_controls(self) -> QVBoxLayout:
        # Two rows, what and for whom: on one, longer words (French) would make the
        # window wider than a laptop's screen.
        what, whom = QHBoxLayout(), QHBoxLayout()
        for row, text, widget in (
            (what, self.tr("&Report:"), self.report_box),
            (what, self.tr("&From:"), self.from_year),
            (what, self.tr("&To:"), self.to_year),
            (whom, self.tr("&Units:"), self.unit_box),
        ):
            label = QLabel(text, self)
            label.setBuddy(widget)
            row.addWidget(label)
            row.addWidget(widget)
        what.addWidget(self.academic)
        # As wide as there is room for, not as their longest item: that widened the window.
        for combo in (self.report_box, self.unit_box, self.kinds_box):
            combo.setSizeAdjustPolicy(
                QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
            )
            combo.setMinimumContentsLength(20)
        whom.addWidget(self.kinds_label)
        whom.addWidget(self.kinds_box)
        whom.addWidget(self.show_button)
        rows = QVBoxLayout()
        for row in (what, whom):
            row.addStretch(1)
            rows.addLayout(row)
        for row, combo in ((what, self.report_box), (whom, self.unit_box), (whom, self.kinds_box)):
            row.setStretchFactor(combo, 1)
        return rows

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
        self.kinds_box.currentIndexChanged.connect(self.refresh)
        self.report_box.currentIndexChanged.connect(self.refresh)
        self.show_button.clicked.connect(self.refresh)
        self.export_button.clicked.connect(self._on_export)
        self.pdf_button.clicked.connect(self._on_export_pdf)
        self.context.data_changed.connect(self._mark_stale)

    def _how_we_count(self) -> str:
        return self.tr(
            "Applicants: the people who applied in the year, each once per unit (and once "
            "in the year's total).\n"
            "Interns: internships starting in the year (stopped early included, planned "
            "ones not yet started left out).\n"
            "Every unit appears in every year, with 0 where there was nobody.\n"
            "Duration: calendar days from start to end, both included.\n"
            "Hired later: interns of the year later hired by the organisation.\n"
            "Each workbook explains its figures on its “How we count” sheet."
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

    @property
    def kind(self) -> ReportKind:
        return kind_of(self.report_box.currentData())

    @property
    def period(self) -> Period:
        return Period(self.from_year.value(), self.to_year.value(), self.academic.isChecked())

    @property
    def overview(self) -> AnnualOverview | None:
        return self.result if isinstance(self.result, AnnualOverview) else None

    @Slot()
    def refresh(self) -> None:
        """Count again for the controls' choice; a backwards period counts nothing."""
        self._stale = False
        kind = self.kind
        self.kinds_label.setVisible(kind.uses_kinds)
        self.kinds_box.setVisible(kind.uses_kinds)
        self.chart.setVisible(kind.chart)
        first, last = self.from_year.value(), self.to_year.value()
        unit, chosen = self.unit_box.currentData(), self.kinds_box.currentData()
        self.scope = ReportScope(
            first_year=first,
            last_year=last,
            today=self.context.today(),
            academic=self.academic.isChecked(),
            unit_ids=None if unit is None else [int(unit)],
            kinds=None if chosen is None else [InternshipKind(chosen)],
            language=ui_language(),
        )
        try:
            with self.context.sessions() as session:
                result = kind.compute(session, self.scope)
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
        self._show(result)

    def _show(self, result: Any) -> None:
        self.result = result
        kind = self.kind
        if result is None:
            self.model.set_table([], [], 0)
        else:
            table = kind.table(result)
            self.model.set_table(table.headers, table.rows, table.text_columns)
        header = self.table.horizontalHeader()  # long texts (questions) take the room left
        wide = (
            QHeaderView.ResizeMode.ResizeToContents
            if kind.chart
            else QHeaderView.ResizeMode.Stretch
        )
        if self.model.columnCount():
            header.setSectionResizeMode(0, wide)
        header.setStretchLastSection(kind.chart)
        self.empty.setVisible(result is not None and self.model.rowCount() == 0)
        self._enable()
        overview = self.overview
        if overview is None:
            self.chart.set_bars([])
            return
        interns: Counter[str] = Counter()
        for row in overview.rows:
            interns[row.year] += row.interns
        self.chart.set_bars([(label, interns[label]) for label in self.period.labels])
