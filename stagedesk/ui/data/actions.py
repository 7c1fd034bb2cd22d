"""Taking the data out: every record in one workbook, and the internship calendar.

Two entry functions for the toolbar: each asks where to save, writes off the GUI thread
through ``workers.Job`` behind a progress dialog that can cancel, then offers to open the
file or its folder. A cancel or a failure leaves no file behind (the writers save beside
the target and rename at the end).
"""

import datetime as dt
from collections.abc import Callable, Generator
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, QStandardPaths, QUrl, Signal, Slot
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QAbstractButton,
    QMessageBox,
    QWidget,
)

from stagedesk.ui.kit.job_progress import JobProgress
from stagedesk.ui.kit.labels import ui_language
from stagedesk.ui.kit.save_as import ask_save_path
from stagedesk.ui.kit.workers import Job

if TYPE_CHECKING:
    from stagedesk.core.forms import FormRegistry
    from stagedesk.ui.shell.main_window import MainWindow

Steps = Generator[tuple[int, int], None, Path]


def export_everything(window: "MainWindow") -> "DataExport | None":
    """Ask for a workbook and write every record into it; the running export, or None
    when the user chose no file."""
    today = window.context.today()
    target = _ask_target(
        window,
        QCoreApplication.translate("DataExport", "Export everything"),
        QCoreApplication.translate("DataExport", "StageDesk export {date}").format(
            date=today.isoformat()
        ),
        QCoreApplication.translate("DataExport", "Excel workbooks (*.xlsx)"),
        ".xlsx",
    )
    if target is None:
        return None
    job = Job(_everything, window.context.sessions, target, ui_language())
    run = DataExport(
        window, job, target, QCoreApplication.translate("DataExport", "Exporting every record…")
    )
    run.start()
    return run


def export_calendar(window: "MainWindow", internship_id: int | None = None) -> "DataExport | None":
    """Ask for an .ics file and write the calendar of one internship or of all into it;
    the running export, or None when the user chose no file."""
    name = (
        QCoreApplication.translate("DataExport", "StageDesk internships")
        if internship_id is None
        else QCoreApplication.translate("DataExport", "Internship {id}").format(id=internship_id)
    )
    target = _ask_target(
        window,
        QCoreApplication.translate("DataExport", "Export to your calendar"),
        name,
        QCoreApplication.translate("DataExport", "Calendar files (*.ics)"),
        ".ics",
    )
    if target is None:
        return None
    context = window.context
    job = Job(
        _calendar,
        context.sessions,
        context.forms,
        target,
        ui_language(),
        context.today(),
        internship_id,
    )
    run = DataExport(
        window, job, target, QCoreApplication.translate("DataExport", "Writing the calendar…")
    )
    run.start()
    return run


def _ask_target(
    window: "MainWindow", title: str, name: str, files: str, suffix: str
) -> Path | None:
    documents = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    suggested = str(Path(documents) / f"{name}{suffix}")
    path = ask_save_path(window, window.context, title, suggested, files, suffix)
    return path if path is not None and _writable(window, path) else None


def _writable(window: QWidget, target: Path) -> bool:
    """Whether ``target`` can be written; if not, the user is told why."""
    from stagedesk.output.files import TargetRefused, check_target

    try:
        check_target(target)
    except TargetRefused as refusal:
        QMessageBox.warning(
            window,
            QCoreApplication.translate("DataExport", "Not exported"),
            QCoreApplication.translate("Files", refusal.template).format(**refusal.values),
        )
        return False
    return True


# -- the work, on the worker thread ---------------------------------------------------------
def _everything(sessions: Callable[[], Any], target: Path, language: str) -> Steps:
    from stagedesk.output.xlsx.everything import export_steps

    yield from export_steps(sessions, target, language)
    return target


def _calendar(
    sessions: Callable[[], Any],
    registry: "FormRegistry",
    target: Path,
    language: str,
    today: dt.date,
    internship_id: int | None,
) -> Steps:
    from stagedesk.core.calendar.days import load_calendar
    from stagedesk.output.ics import write_calendar

    yield 0, 2
    with sessions() as session:
        calendar = load_calendar(
            session, registry, language=language, today=today, internship_id=internship_id
        )
    yield 1, 2
    write_calendar(calendar, target)
    return target


# -- on the GUI thread -------------------------------------------------------------------------
class DataExport(JobProgress):
    """One export: its progress dialog, then the box that offers to open the result.

    ``done`` carries the written file, or None when the export was cancelled or failed."""

    done = Signal(object)

    def __init__(self, window: "MainWindow", job: Job, target: Path, text: str) -> None:
        super().__init__(job, text, window)
        self.window, self.target = window, target
        self.result_box: QMessageBox | None = None

    @Slot(object)
    def _on_finished(self, target: Path) -> None:
        self.progress.close()
        self.window.statusBar().showMessage(
            self.tr("Saved as {name}").format(name=target.name), 10_000
        )
        self.result_box = self._result_box(target)
        self.result_box.open()
        self.done.emit(target)

    @Slot(str)
    def _on_failed(self, message: str) -> None:
        self.progress.close()
        QMessageBox.warning(
            self.window,
            self.tr("Not exported"),
            self.tr("{name} could not be written: {reason}").format(
                name=self.target.name, reason=message.split("\n\n", 1)[0]
            ),
        )
        self.done.emit(None)

    @Slot()
    def _on_cancelled(self) -> None:
        self.progress.close()
        self.window.statusBar().showMessage(
            self.tr("Export cancelled: nothing was written."), 10_000
        )
        self.done.emit(None)

    def _result_box(self, target: Path) -> QMessageBox:
        box = QMessageBox(self.window)
        box.setIcon(QMessageBox.Icon.Information)
        box.setWindowTitle(self.tr("Exported"))
        box.setText(self.tr("Saved as {name}.").format(name=target.name))
        box.setInformativeText(str(target.parent))
        role = QMessageBox.ButtonRole.ActionRole
        opens = (
            self.tr("Open in your calendar")
            if target.suffix == ".ics"
            else self.tr("Open the file")
        )
        self.open_file = box.addButton(opens, role)
        self.open_folder = box.addButton(self.tr("Open the folder"), role)
        self.close_button = box.addButton(QMessageBox.StandardButton.Close)
        box.setDefaultButton(self.close_button)
        box.buttonClicked.connect(self._on_choice)
        return box

    @Slot(QAbstractButton)
    def _on_choice(self, button: QAbstractButton) -> None:
        if button is self.open_file:
            QDesktopServices.openUrl(QUrl.fromLocalFile(str(self.target)))
        elif button is self.open_folder:
            QDesktopServices.openUrl(QUrl.fromLocalFile(str(self.target.parent)))
