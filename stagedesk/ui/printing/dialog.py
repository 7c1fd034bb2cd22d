"""Printing one form for many internships at once, and the function that opens it.

The coordinator picks the form, whose internships (this month's ends or starts, a unit's,
those running now), the paper (blank, pre-filled, fillable), the language and where the
result goes. ``stagedesk.output.pdf.forms.batch`` does the work on the thread pool through
``workers.Job``; the dialog shows its progress and can cancel it.
"""

from collections.abc import Callable
from functools import partial
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QStandardPaths, Qt, QUrl, Slot
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QDialog,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QProgressBar,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from stagedesk.core.forms import FormKind, RecordKind
from stagedesk.core.models import FormResponse, Language
from stagedesk.output.pdf.forms import batch
from stagedesk.output.pdf.forms.batch import Selection
from stagedesk.output.pdf.forms.job import Variant
from stagedesk.ui.kit.context import AppContext
from stagedesk.ui.kit.labels import enum_label, ui_language
from stagedesk.ui.kit.save_as import ask_save_path
from stagedesk.ui.kit.workers import Job
from stagedesk.ui.printing.choices import OutputChoice, WhichInternships

VARIANTS = (Variant.BLANK, Variant.PREFILLED, Variant.FILLABLE)
MAX_LISTED = 10  # names in the count's tooltip, files in a failure message


def open_in_system(path: Path) -> None:
    """Show a PDF in the reader, or a folder in the file manager, of the user's system."""
    QDesktopServices.openUrl(QUrl.fromLocalFile(str(path)))


class PrintDialog(QDialog):
    """``open_result`` opens what was printed; tests replace it."""

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.job: Job | None = None
        self.open_result: Callable[[Path], object] = open_in_system
        self.written: list[Path] = []  # files of the batch running now, as they are done
        self.target: Path | None = None
        self.count = 0
        self._done = self._total = 0
        self._forced_folder = False  # fillable made the choice of a folder, not the user
        self.setWindowTitle(self.tr("Print forms"))
        self._build()
        self._connect()
        self._update_output()
        self.update_count()

    # -- building ------------------------------------------------------------------------
    def _build(self) -> None:
        self.form_box = QComboBox(self)
        self.form_box.setAccessibleName(self.tr("Form"))
        language = ui_language()
        printable = [
            d
            for d in self.context.forms.for_record(RecordKind.INTERNSHIP)
            if d.kind in (FormKind.FORM, FormKind.CHECKLIST)  # a card is the same for all
        ]
        printable.sort(key=lambda d: d.title.get(language).casefold())
        for definition in printable:
            self.form_box.addItem(definition.title.get(language), definition.id)
        # Opens on what is printed most: the surveys of the internships ending this month.
        surveys = [d for d in printable if d.returned_by_someone_else]
        if surveys:
            self.form_box.setCurrentIndex(printable.index(surveys[0]))
        form = QFormLayout()
        form.addRow(self.tr("&Form:"), self.form_box)
        form.addRow(self.tr("Internships:"), self._build_internships())
        form.addRow(self.tr("Paper:"), self._build_variants())
        form.addRow(self.tr("&Language:"), self._build_languages())
        form.addRow(self.tr("Save as:"), self._build_output())
        self.count_label = QLabel(self)
        self.count_label.setObjectName("printCount")
        self.progress = QProgressBar(self)
        self.progress.setAccessibleName(self.tr("Progress"))
        self.progress.setTextVisible(True)
        self.status = QLabel(self)
        self.status.setWordWrap(True)
        layout = self.main_layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.count_label)
        layout.addWidget(self.progress)
        layout.addWidget(self.status)
        layout.addStretch(1)
        layout.addLayout(self._build_buttons())
        self.progress.hide()
        self.setMinimumWidth(520)

    def _build_internships(self) -> QWidget:
        self.internships = WhichInternships(self.context, self)
        self.which, self.unit_box = self.internships.group, self.internships.unit_box
        return self.internships

    def _build_variants(self) -> QWidget:
        self.variants = QButtonGroup(self)
        box = QWidget(self)
        layout = QHBoxLayout(box)
        layout.setContentsMargins(0, 0, 0, 0)
        texts = (self.tr("&Blank"), self.tr("Pre-f&illed"), self.tr("Fill&able PDF"))
        tips = (
            self.tr("To fill in by hand"),
            self.tr("To fill in by hand, with what StageDesk knows already printed in"),
            self.tr("With form fields, to fill in on a computer and send back"),
        )
        for position, (text, tip) in enumerate(zip(texts, tips, strict=True)):
            radio = QRadioButton(text, box)
            radio.setToolTip(tip)
            self.variants.addButton(radio, position)
            layout.addWidget(radio)
        layout.addStretch(1)
        self.variants.button(VARIANTS.index(Variant.PREFILLED)).setChecked(True)
        return box

    def _build_languages(self) -> QComboBox:
        self.language_box = QComboBox(self)
        self.language_box.setAccessibleName(self.tr("Language"))
        self.language_box.addItem(self.tr("Each intern's own language"), None)
        for language in (Language.DUTCH, Language.FRENCH, Language.ENGLISH):
            self.language_box.addItem(enum_label(language), language.value)
        return self.language_box

    def _build_output(self) -> QWidget:
        output = OutputChoice(self)
        self.one_file_radio, self.folder_radio = output.one_file_radio, output.folder_radio
        self.output_note = output.note
        return output

    def _build_buttons(self) -> QHBoxLayout:
        self.print_button = QPushButton(self.tr("&Print…"), self)
        self.print_button.setDefault(True)
        self.cancel_button = QPushButton(self.tr("Cancel"), self)
        self.cancel_button.hide()
        self.close_button = QPushButton(self.tr("Close"), self)
        row = QHBoxLayout()
        row.addStretch(1)
        for button in (self.print_button, self.cancel_button, self.close_button):
            row.addWidget(button)
        return row

    def _connect(self) -> None:
        self.form_box.currentIndexChanged.connect(self.update_count)
        self.internships.changed.connect(self.update_count)
        self.variants.idToggled.connect(self._on_variant)
        self.print_button.clicked.connect(self._on_print)
        self.cancel_button.clicked.connect(self.cancel)
        self.close_button.clicked.connect(self.reject)

    # -- what is chosen ------------------------------------------------------------------
    def selection(self) -> Selection:
        return self.internships.selection(str(self.form_box.currentData()))

    @property
    def variant(self) -> Variant:
        return VARIANTS[self.variants.checkedId()]

    @property
    def one_file(self) -> bool:
        return self.one_file_radio.isChecked()

    @property
    def language(self) -> str | None:
        data = self.language_box.currentData()
        return str(data) if data else None

    @Slot(int, bool)
    def _on_variant(self, _id: int, checked: bool) -> None:
        if checked:
            self._update_output()

    def _update_output(self) -> None:
        fillable = self.variant is Variant.FILLABLE
        if fillable and self.one_file_radio.isChecked():
            self._forced_folder = True  # back to one PDF when the paper is again
            self.folder_radio.setChecked(True)
        elif not fillable and self._forced_folder:
            self._forced_folder = False
            self.one_file_radio.setChecked(True)
        self.one_file_radio.setEnabled(not fillable)
        self.output_note.setVisible(fillable)
        self._fit()

    def _fit(self) -> None:
        """Grow to show a note or the progress bar that just appeared: Qt's minimum size
        leaves out the height of wrapped text."""
        self.main_layout.activate()
        height = self.main_layout.totalHeightForWidth(self.width())
        if height > self.height():
            self.resize(self.width(), height)

    @Slot()
    def update_count(self) -> None:
        """How many internships the choice covers, asked again at every change."""
        with self.context.sessions() as session:
            found = batch.internships_for(session, self.selection())
        self.count = len(found)
        if found:
            self.count_label.setText(self.tr("%n internship(s)", "", self.count))
        else:
            self.count_label.setText(self.tr("No internships match this choice."))
        names = [name for _id, name in found[:MAX_LISTED]]
        if len(found) > MAX_LISTED:
            names.append("…")
        self.count_label.setToolTip("\n".join(names))
        self.print_button.setEnabled(self.count > 0 and self.job is None)

    # -- printing ------------------------------------------------------------------------
    @Slot()
    def _on_print(self) -> None:
        target = self.ask_target()
        if target is not None:
            self.print_to(target)

    def ask_target(self) -> Path | None:
        """Where the forms go: a PDF file, or a folder for one file per form."""
        documents = QStandardPaths.writableLocation(
            QStandardPaths.StandardLocation.DocumentsLocation
        )
        if not self.one_file:
            folder = QFileDialog.getExistingDirectory(
                self, self.tr("Choose a folder for the forms"), documents
            )
            return Path(folder) if folder else None
        suggested = Path(documents) / f"{self.form_box.currentText()} {self._month()}.pdf"
        title, files = self.tr("Save the forms as"), self.tr("PDF files (*.pdf)")
        return ask_save_path(self, self.context, title, str(suggested), files, ".pdf")

    def _month(self) -> str:
        return f"{self.context.today():%Y-%m}"

    def print_to(self, target: Path) -> None:
        """Print the chosen forms into ``target`` (a PDF file, or a folder), off the GUI
        thread; the job is ``self.job`` while it runs."""
        assert self.job is None, "already printing"
        self.target, self.written = target, []
        self._done, self._total = 0, self.count
        work = partial(
            batch.print_batch,
            self.context.sessions,
            self.context.forms,
            self.selection(),
            self.variant,
            language=self.language,
            target=target,
            one_file=self.one_file,
            today=self.context.today(),
            written=self.written,
        )
        self.job = Job(work)
        self.job.progress.connect(self._on_progress)
        self.job.finished.connect(self._on_finished)
        self.job.failed.connect(self._on_failed)
        self.job.cancelled.connect(self._on_cancelled)
        self._set_running(True)
        self.job.start()

    def _set_running(self, running: bool) -> None:
        for widget in (self.form_box, self.unit_box, self.language_box, self.print_button):
            widget.setEnabled(not running)
        for button in [*self.which.buttons(), *self.variants.buttons()]:
            button.setEnabled(not running)
        self.folder_radio.setEnabled(not running)
        self.one_file_radio.setEnabled(not running)
        self.close_button.setEnabled(not running)
        self.cancel_button.setVisible(running)
        self.cancel_button.setEnabled(running)
        if running:
            self.progress.setRange(0, max(self._total, 1))
            self.progress.setValue(0)
            self.progress.show()
            self._fit()
            self.status.setText(self.tr("Preparing the forms…"))
            self.cancel_button.setFocus()
        else:
            self._update_output()
            self.update_count()

    @Slot()
    def cancel(self) -> None:
        if self.job is not None:
            self.job.cancel()
            self.cancel_button.setEnabled(False)
            self.status.setText(self.tr("Cancelling…"))

    @Slot(int, int)
    def _on_progress(self, done: int, total: int) -> None:
        self._done, self._total = done, total
        self.progress.setRange(0, total)
        self.progress.setValue(done)
        if done == total and self.one_file:
            # The last step, writing the whole PDF, cannot be interrupted.
            self.cancel_button.setEnabled(False)
            self.status.setText(self.tr("Writing the PDF…"))
        elif self.cancel_button.isEnabled():
            self.status.setText(self.tr("Form {done} of {total}").format(done=done, total=total))

    @Slot(object)
    def _on_finished(self, paths: list[Path]) -> None:
        self._end()
        printed = self._total
        self.progress.setRange(0, max(printed, 1))
        self.progress.setValue(max(printed, 1))
        self.status.setText(self.tr("%n form(s) printed", "", printed))
        assert self.target is not None
        result = paths[0] if len(paths) == 1 else self.target
        if paths:
            self.open_result(result)

    @Slot(str)
    def _on_failed(self, message: str) -> None:
        self._end()
        self.status.setText(self.tr("The forms could not be printed."))
        print_failed(self, message.split("\n\n", 1)[0], self.written)

    @Slot()
    def _on_cancelled(self) -> None:
        self._end()
        if self.one_file:
            text = self.tr("Cancelled after {done} of {total} forms; no PDF was written.")
            done = self._done
        else:
            text = self.tr(
                "Cancelled after {done} of {total} forms; those already saved stay in the folder."
            )
            done = len(self.written)
        self.status.setText(text.format(done=done, total=self._total))

    def _end(self) -> None:
        self.job = None
        self._set_running(False)
        self.context.data_changed.emit(FormResponse)  # forms printed have a response now

    # -- closing -------------------------------------------------------------------------
    @Slot()
    def reject(self) -> None:
        # Escape or the window's close button while printing cancels the printing first.
        if self.job is not None:
            self.cancel()
            return
        super().reject()


def print_failed(parent: QWidget, details: str, written: list[Path]) -> None:
    """The batch stopped on an error: say so, and which files it had saved already."""
    text = QCoreApplication.translate(
        "PrintDialog", "The forms could not be printed.\n\nDetails: {}"
    ).format(details)
    if written:
        names = [f"• {path.name}" for path in written[:MAX_LISTED]]
        if len(written) > MAX_LISTED:
            names.append("…")
        folder = written[0].parent
        text += "\n\n" + QCoreApplication.translate(
            "PrintDialog", "These forms were saved in {folder} before the problem:\n{files}"
        ).format(folder=folder, files="\n".join(names))
    QMessageBox.warning(parent, QCoreApplication.translate("PrintDialog", "Not printed"), text)


def open_print_dialog(parent: QWidget, context: AppContext) -> PrintDialog:
    """Show the dialog, modal to ``parent`` without blocking; it deletes itself on close."""
    dialog = PrintDialog(context, parent)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.open()
    return dialog


__all__ = ["PrintDialog", "open_print_dialog", "print_failed"]
