"""The Reports page's exports: the export row, and the writing through ``workers.Job``,
one file at a time, with the progress bar, then ``open_result(path)``."""

from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, QStandardPaths, QUrl, Slot
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QProgressBar,
    QPushButton,
    QWidget,
)

from stagedesk.core.reports import Period
from stagedesk.core.reports.scope import ReportScope
from stagedesk.ui.kit.context import AppContext
from stagedesk.ui.kit.save_as import ask_save_path
from stagedesk.ui.kit.workers import Job
from stagedesk.ui.reports.kinds import ReportKind, write_report
from stagedesk.ui.reports.other_files import OtherFiles, write_several


def open_in_system(path: Path) -> None:
    """Open the exported file in the user's program for it."""
    QDesktopServices.openUrl(QUrl.fromLocalFile(str(path)))


class ExportingPage(QWidget):
    """The exporting half of the Reports page; ``open_result`` opens the exported file
    (tests replace it). The page sets ``context``, ``report_box``, ``result`` and the
    ``scope`` it was counted for, and says which report and period are shown."""

    context: AppContext
    report_box: QComboBox
    result: Any
    scope: ReportScope | None

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.open_result: Callable[[Path], object] = open_in_system
        self.job: Job | None = None

    @property
    def kind(self) -> ReportKind:
        raise NotImplementedError

    @property
    def period(self) -> Period:
        raise NotImplementedError

    def _build_export(self) -> QHBoxLayout:
        self.export_button = QPushButton(
            QCoreApplication.translate("ExportingPage", "&Export to Excel…"), self
        )
        self.pdf_button = QPushButton(
            QCoreApplication.translate("ExportingPage", "Export to &PDF…"), self
        )
        self.progress = QProgressBar(self)
        self.progress.setAccessibleName(QCoreApplication.translate("ExportingPage", "Progress"))
        self.progress.setMaximumWidth(200)
        self.progress.hide()
        self.status = QLabel(self)
        self.other_files = OtherFiles(self)  # the page places it, above this row
        self.other_files.changed.connect(self._enable)
        row = QHBoxLayout()
        row.addWidget(self.export_button)
        row.addWidget(self.pdf_button)
        row.addWidget(self.progress)
        row.addWidget(self.status, 1)
        return row

    def _enable(self) -> None:
        idle = self.result is not None and self.job is None
        self.export_button.setEnabled(idle)
        has_pdf = self.kind.has_pdf
        several = self.several
        self.pdf_button.setEnabled(idle and has_pdf and not several)
        self.other_files.setVisible(self.kind.key == "annual")
        self.pdf_button.setToolTip(
            ""
            if has_pdf
            else QCoreApplication.translate("ExportingPage", "This report has no PDF version.")
        )

    # -- exporting -----------------------------------------------------------------------
    @Slot()
    def _on_export(self) -> None:
        target = self.ask_target()
        if target is not None:
            self.export_to(target)

    @Slot()
    def _on_export_pdf(self) -> None:
        target = self.ask_target(".pdf")
        if target is not None:
            self.export_to(target)

    def ask_target(self, suffix: str = ".xlsx") -> Path | None:
        documents = QStandardPaths.writableLocation(
            QStandardPaths.StandardLocation.DocumentsLocation
        )
        name = f"{self.report_box.currentText()} {self.period.text}{suffix}"
        pdf = suffix == ".pdf"
        title = (
            QCoreApplication.translate("ExportingPage", "Export to PDF")
            if pdf
            else QCoreApplication.translate("ExportingPage", "Export to Excel")
        )
        files = (
            QCoreApplication.translate("ExportingPage", "PDF documents (*.pdf)")
            if pdf
            else QCoreApplication.translate("ExportingPage", "Excel workbooks (*.xlsx)")
        )
        suggested = str(Path(documents) / name)
        return ask_save_path(self, self.context, title, suggested, files, suffix)

    @property
    def several(self) -> bool:
        """Whether the export is one annual overview over this and other files."""
        return self.kind.key == "annual" and bool(self.other_files.paths)

    def export_to(self, target: Path) -> None:
        """Write the report shown into ``target`` (a workbook, or a PDF where the report
        has one) off the GUI thread, with its own session on the worker; ``self.job``
        while it runs, then ``open_result(target)``."""
        assert self.result is not None and self.scope is not None, "nothing to export"
        pdf = target.suffix.lower() == ".pdf"
        assert not pdf or self.kind.has_pdf, "no PDF to write"
        if self.several:
            this_file = QCoreApplication.translate("ExportingPage", "This organisation")
            others = list(self.other_files.paths)
            work = (write_several, self.context.sessions, self.result, others, self.scope)
            self._start(
                Job(*work, target, this_file),
                QCoreApplication.translate("ExportingPage", "Reading the other files…"),
            )
            return
        self._start(
            Job(write_report, self.context.sessions, self.kind, self.result, self.scope, target),
            QCoreApplication.translate("ExportingPage", "Writing the PDF…")
            if pdf
            else QCoreApplication.translate("ExportingPage", "Writing the workbook…"),
        )

    def _start(self, job: Job, text: str) -> None:
        assert self.job is None, "already exporting"
        self.job = job
        job.progress.connect(self._on_progress)
        job.finished.connect(self._on_finished)
        job.failed.connect(self._on_failed)
        self._enable()
        self.progress.setRange(0, 0)  # busy until the first step is reported
        self.progress.show()
        self.status.setText(text)
        job.start()

    @Slot(int, int)
    def _on_progress(self, done: int, total: int) -> None:
        self.progress.setRange(0, total)
        self.progress.setValue(done)

    @Slot(object)
    def _on_finished(self, target: Path) -> None:
        self._end()
        self.status.setText(
            QCoreApplication.translate("ExportingPage", "Saved as {name}").format(name=target.name)
        )
        self.open_result(target)

    @Slot(str)
    def _on_failed(self, message: str) -> None:
        self._end()
        self.status.setText(
            QCoreApplication.translate(
                "ExportingPage", "The file could not be written: {reason}"
            ).format(reason=message.split("\n\n", 1)[0])
        )

    def _end(self) -> None:
        self.job = None
        self.progress.hide()
        self._enable()
