"""The import dialog: read the list, then 1. columns, 2. preview, 3. import.

Every piece of long work (reading, checking, importing, saving the problems) runs through
``workers.Job``: the dialog shows its progress and can cancel it, and the main window stays
usable. An import is all or nothing: a cancel or a failure leaves the database as it was.
"""

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt, Slot
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QProgressBar,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from stagedesk.core.imports import (
    ImportFailed,
    ImportPlan,
    ImportRefused,
    ImportResult,
    Table,
)
from stagedesk.core.imports.meanings import Meanings
from stagedesk.core.imports.rows import Reading
from stagedesk.ui.data.list_import import work
from stagedesk.ui.data.list_import.columns_page import ColumnsPage, rematch
from stagedesk.ui.data.list_import.preview_page import PreviewPage
from stagedesk.ui.data.list_import.saving import Saving
from stagedesk.ui.data.list_import.summary import (
    ask_to_import_rest,
    changed_models,
    failed_text,
    imported_text,
)
from stagedesk.ui.data.list_import.template import announce
from stagedesk.ui.kit.context import AppContext
from stagedesk.ui.kit.labels import ui_language
from stagedesk.ui.kit.workers import Job

READ, CHECK, IMPORT = "read", "check", "import"


class ImportListDialog(Saving, QDialog):
    def __init__(self, context: AppContext, path: Path, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context, self.path = context, path
        self.language = ui_language()
        self.table: Table | None = None
        self.header_row: int | None = None  # None: StageDesk finds it
        self.meanings = Meanings()  # what the user said unknown words mean
        self.month_first: bool | None = None  # the user's word on the dates (None: told)
        self.plan: ImportPlan | None = None
        self.job: Job | None = None
        self.running = ""  # READ, CHECK, IMPORT or SAVE while a job runs
        self._recheck = False
        self.setWindowTitle(self.tr("Import a list — {file}").format(file=path.name))
        self.steps = QLabel(self)
        self.reading_page = QLabel(self.tr("Reading {file}…").format(file=path.name), self)
        self.reading_page.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.columns_page = ColumnsPage(self.language, self)
        self.preview_page = PreviewPage(self.language, self)
        self.stack = QStackedWidget(self)
        for page in (self.reading_page, self.columns_page, self.preview_page):
            self.stack.addWidget(page)
        self._build_buttons()
        layout = QVBoxLayout(self)
        layout.addWidget(self.steps)
        layout.addWidget(self.stack, 1)
        layout.addLayout(self._progress_row())
        layout.addLayout(self._button_row())
        self.columns_page.changed.connect(self._enable)
        self.columns_page.header_row_chosen.connect(self.choose_header_row)
        self.preview_page.save_button.clicked.connect(self.save_problems)
        self.preview_page.refused_button.clicked.connect(self.save_refused)
        self.preview_page.words_box.save_button.clicked.connect(self.save_words)
        self.preview_page.recheck_button.clicked.connect(self.check_again)
        self.preview_page.words_box.chosen.connect(self.use_meanings)
        self.preview_page.changes_box.ticked.connect(self._enable)
        self.preview_page.month_first.toggled.connect(self.read_month_first)
        self.resize(960, 620)
        self.read()

    # -- building ------------------------------------------------------------------------
    def _build_buttons(self) -> None:
        self.template_button = QPushButton(self.tr("&Template…"), self)
        self.template_button.setToolTip(self.tr("The empty list, with a sheet for each column"))
        self.back_button = QPushButton(self.tr("< &Back"), self)
        self.next_button = QPushButton(self.tr("&Next >"), self)
        self.import_button = QPushButton(self.tr("&Import"), self)
        self.rest_button = QPushButton(self.tr("Import the &rest…"), self)
        self.rest_button.setToolTip(
            self.tr("Import the rows without an error; leave the others out")
        )
        self.close_button = QPushButton(self.tr("Close"), self)
        self.cancel_button = QPushButton(self.tr("Cancel"), self)
        self.progress = QProgressBar(self)
        self.progress.setAccessibleName(self.tr("Progress"))
        self.progress.setMinimumWidth(200)
        self.status = QLabel(self)
        self.status.setWordWrap(True)
        self.template_button.clicked.connect(self.save_template)
        self.back_button.clicked.connect(self.back)
        self.next_button.clicked.connect(self.check)
        self.import_button.clicked.connect(self.start_import)
        self.rest_button.clicked.connect(self.import_rest)
        self.close_button.clicked.connect(self.reject)
        self.cancel_button.clicked.connect(self.cancel)

    def _progress_row(self) -> QHBoxLayout:
        row = QHBoxLayout()
        row.addWidget(self.status, 1)
        row.addWidget(self.progress)
        row.addWidget(self.cancel_button)
        return row

    def _button_row(self) -> QHBoxLayout:
        row = QHBoxLayout()
        row.addWidget(self.template_button)
        row.addStretch(1)
        buttons = (self.back_button, self.next_button, self.rest_button, self.import_button)
        for button in (*buttons, self.close_button):
            row.addWidget(button)
        return row

    # -- steps ---------------------------------------------------------------------------
    def _show(self, page: QWidget) -> None:
        self.stack.setCurrentWidget(page)
        names = (self.tr("1. Columns"), self.tr("2. Preview"), self.tr("3. Import"))
        current = 0 if page is not self.preview_page else 1 if self.running != IMPORT else 2
        self.steps.setText(
            "  ›  ".join(f"<b>{n}</b>" if i == current else n for i, n in enumerate(names))
        )
        self._enable()

    @Slot()
    def _enable(self) -> None:
        running = self.job is not None
        page = self.stack.currentWidget()
        plan = self.plan
        self.back_button.setVisible(page is self.preview_page)
        self.next_button.setVisible(page is not self.preview_page)
        self.import_button.setVisible(page is self.preview_page)
        self.back_button.setEnabled(not running)
        self.next_button.setEnabled(not running and self.columns_page.ready)
        chosen = self.preview_page.changes_box.chosen()
        creates = plan is not None and (any(plan.created.values()) or bool(chosen))
        self.import_button.setEnabled(not running and creates and bool(plan and plan.can_import))
        some_good = plan is not None and not plan.can_import and bool(plan.rest().rows)
        self.rest_button.setVisible(page is self.preview_page and some_good)
        self.rest_button.setEnabled(not running and some_good)
        self.columns_page.setEnabled(not running)
        self.preview_page.setEnabled(not running)
        self.cancel_button.setVisible(running)
        self.cancel_button.setEnabled(running)
        self.progress.setVisible(running)
        default = self.import_button if page is self.preview_page else self.next_button
        default.setDefault(True)

    @Slot()
    def back(self) -> None:
        self._show(self.columns_page)

    # -- jobs ----------------------------------------------------------------------------
    def _start(self, job: Job, running: str, text: str, done: Callable[[object], None]) -> None:
        assert self.job is None, "a job is running"
        self.job, self.running = job, running
        job.progress.connect(self._on_progress)
        job.finished.connect(done)
        job.failed.connect(self._on_failed)
        job.cancelled.connect(self._on_cancelled)
        self.destroyed.connect(job.cancel)  # the main window closed: an import rolls back
        self.progress.setRange(0, 0)  # busy until the first step is reported
        self.status.setText(text)
        self._show(self.stack.currentWidget() or self.reading_page)
        self.cancel_button.setFocus()
        job.start()

    def _end(self) -> str:
        running, self.job, self.running = self.running, None, ""
        self._show(self.stack.currentWidget() or self.reading_page)
        return running

    @Slot(int, int)
    def _on_progress(self, done: int, total: int) -> None:
        self.progress.setRange(0, total)
        self.progress.setValue(done)

    @Slot()
    def cancel(self) -> None:
        if self.job is not None:
            self.job.cancel()
            self.cancel_button.setEnabled(False)
            self.status.setText(self.tr("Cancelling…"))

    @Slot()
    def _on_cancelled(self) -> None:
        running = self._end()
        if running == READ and self.table is None:
            self.reject()
        elif running == IMPORT:
            self.status.setText(self.tr("Import cancelled: nothing was written."))
        else:
            self.status.setText(self.tr("Cancelled."))
            if running == CHECK:
                self._show(self.columns_page)

    @Slot(str)
    def _on_failed(self, message: str) -> None:
        running = self._end()
        reason = message.split("\n\n", 1)[0]
        text = self.tr("Something went wrong: {reason}").format(reason=reason)
        if running == IMPORT:
            text += "\n\n" + self.tr("Nothing was imported.")
        self.status.setText(text)
        QMessageBox.critical(self, self.windowTitle(), text)
        if running == READ and self.table is None:
            self.reject()

    def _refused(self, refused: ImportRefused) -> None:
        text = QCoreApplication.translate("Import", refused.message).format(**refused.params)
        self.status.setText(text)
        QMessageBox.warning(self, self.tr("This list cannot be imported"), text)

    # -- reading and checking ------------------------------------------------------------
    def read(self) -> None:
        text = self.tr("Reading {file}…").format(file=self.path.name)
        job = Job(work.read_list, self.path, self.header_row)
        self._start(job, READ, text, self._on_read)

    @Slot(int)
    def choose_header_row(self, row: int) -> None:
        """Read the list again with its headers on ``row``."""
        if self.job is not None or (self.table is not None and row == self.table.header_row):
            return
        self.header_row = row
        self.read()

    @Slot()
    def check_again(self) -> None:
        """Read the file again (the user corrected it in Excel) and check it."""
        self.plan, self._recheck = None, True
        self.read()

    @Slot(object)
    def _on_read(self, result: object) -> None:
        self._end()
        recheck, self._recheck = self._recheck, False
        if isinstance(result, ImportRefused):
            self._refused(result)
            if self.table is None:
                self.reject()
            else:  # the list as it was read before stays, with its header row
                self.header_row = self.table.header_row
                self.columns_page.show_header_row(self.table.header_row)
            return
        assert isinstance(result, Table)
        previous = self.columns_page.match if self.table is not None else None
        self.table = result
        self.columns_page.load(result, rematch(result, previous))
        self.status.setText(
            self.tr("%n row(s) on the sheet “{sheet}”", "", len(result.rows)).format(
                sheet=result.sheet
            )
        )
        if recheck and self.columns_page.ready:
            self.check()
        else:
            self._show(self.columns_page)
            if not recheck and self.columns_page.combos:
                self.columns_page.combos[0].setFocus()

    @Slot()
    def check(self) -> None:
        assert self.table is not None and self.columns_page.ready
        self.plan = None
        job = Job(
            work.check_list,
            self.context.sessions,
            self.table,
            self.columns_page.match,
            self.path.name,
            self.context.today(),
            Reading(
                notes=tuple(sorted(self.columns_page.notes)),
                meanings=self.meanings,
                month_first_chosen=self.month_first,
            ),
        )
        self._start(job, CHECK, self.tr("Checking every row…"), self._on_checked)

    @Slot(bool)
    def read_month_first(self, month_first: bool) -> None:
        """Check the list again with its dates read as the user says they are written."""
        if self.job is None:
            self.month_first = month_first
            self.check()

    @Slot(object)
    def use_meanings(self, meanings: Meanings) -> None:
        """Check the list again with what the user said its unknown words mean."""
        if self.job is None:
            self.meanings = meanings
            self.check()

    @Slot(object)
    def _on_checked(self, result: object) -> None:
        self._end()
        if isinstance(result, ImportRefused):
            self._refused(result)
            self._show(self.columns_page)
            return
        assert isinstance(result, ImportPlan) and self.table is not None
        self.plan = result
        self.preview_page.show_plan(result, self.table, self.meanings)
        self.status.clear()
        self._show(self.preview_page)
        focus = self.import_button if self.import_button.isEnabled() else self.preview_page.view
        focus.setFocus()

    # -- importing -----------------------------------------------------------------------
    @Slot()
    def import_rest(self) -> None:
        """Import the rows without an error, once the user agrees to leave the others out."""
        assert self.plan is not None
        if ask_to_import_rest(self, len(self.plan.refused_rows)):
            self.start_import(rest=True)

    @Slot()
    def start_import(self, rest: bool = False) -> None:
        assert self.plan is not None and (rest or self.plan.can_import)
        job = Job(
            work.import_checked,
            self.context.sessions,
            self.plan.rest() if rest else self.plan,
            self.context.forms,
            self.context.today(),
            self.preview_page.changes_box.chosen(),
        )
        self._start(job, IMPORT, self.tr("Importing…"), self._on_imported)

    @Slot(object)
    def _on_imported(self, result: object) -> None:
        self._end()
        if isinstance(result, ImportFailed):
            self._import_failed(result)
            return
        assert isinstance(result, ImportResult)
        for model in changed_models(result.created, result.changed):
            self.context.data_changed.emit(model)
        text = imported_text(self.path.name, result)
        announce(self.context.shell, text)
        QMessageBox.information(self, self.tr("List imported"), text)
        self.accept()

    def _import_failed(self, failed: ImportFailed) -> None:
        self.plan = None
        text = failed_text(failed)
        self.status.setText(self.tr("Nothing was imported. Click Check again."))
        self._enable()
        QMessageBox.warning(self, self.tr("The list was not imported"), text)

    # -- closing -------------------------------------------------------------------------
    @Slot()
    def reject(self) -> None:
        # Escape or the close button while a job runs cancels it first.
        if self.job is not None:
            self.cancel()
            return
        super().reject()
