"""One PDF written off the GUI thread, for the buttons that make a single document.

The window stays alive while the PDF is written (a form with its fonts and QR code takes
a noticeable moment on a slow laptop). The status bar says what is being written; the
file is shown when it is there; a failure is told in a box, nothing is half-shown.
``done`` carries the written file, or None.
"""

from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QObject, Signal, Slot
from PySide6.QtWidgets import QMessageBox, QWidget

from stagedesk.ui.kit.context import AppContext
from stagedesk.ui.kit.workers import Job, Work


class PdfInBackground(QObject):
    done = Signal(object)  # the written file, or None

    def __init__(
        self,
        context: AppContext,
        parent: QWidget,
        path: Path,
        show: Callable[[Path], object],
        work: Work,
        *args: Any,
    ) -> None:
        super().__init__(parent)
        self.context, self.parent_widget, self.path, self.show = context, parent, path, show
        self.job = Job(work, *args)
        self.job.finished.connect(self._on_finished)
        self.job.failed.connect(self._on_failed)

    def start(self) -> "PdfInBackground":
        self._say(self.tr("Writing {name}…").format(name=self.path.name))
        self.job.start()
        return self

    @Slot(object)
    def _on_finished(self, path: Path) -> None:
        self._say(self.tr("Saved as {name}").format(name=path.name))
        self.show(path)
        self.done.emit(path)

    @Slot(str)
    def _on_failed(self, message: str) -> None:
        self._say("")
        QMessageBox.warning(
            self.parent_widget,
            self.tr("Not saved"),
            self.tr("{name} could not be written: {reason}").format(
                name=self.path.name, reason=message.split("\n\n", 1)[0]
            ),
        )
        self.done.emit(None)

    def _say(self, text: str) -> None:
        if self.context.shell is not None:
            self.context.shell.show_status(text, 10_000)
