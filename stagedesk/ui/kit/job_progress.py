"""A ``workers.Job`` behind a window-modal progress dialog with Cancel.

The export, the calendar and the privacy runs all show their work the same way; what each
does at the end (a result box, a warning, lists refreshed) is its own: a subclass gives
``_on_finished``, ``_on_failed`` and ``_on_cancelled``.
"""

from typing import Any

from PySide6.QtCore import QCoreApplication, QObject, Qt, Slot
from PySide6.QtWidgets import QProgressDialog, QWidget

from stagedesk.ui.kit.workers import Job


class JobProgress(QObject):
    def __init__(self, job: Job, text: str, dialog_parent: QWidget) -> None:
        super().__init__(dialog_parent)
        self.job = job
        self.progress = QProgressDialog(
            text, QCoreApplication.translate("JobProgress", "Cancel"), 0, 0, dialog_parent
        )
        self.progress.setWindowTitle("StageDesk")
        self.progress.setWindowModality(Qt.WindowModality.WindowModal)
        self.progress.setMinimumDuration(0)
        self.progress.setAutoClose(False)
        self.progress.setAutoReset(False)
        self.progress.setMinimumWidth(360)
        self.progress.canceled.connect(self._on_cancel)
        job.progress.connect(self._on_progress)
        job.finished.connect(self._on_finished)
        job.failed.connect(self._on_failed)
        job.cancelled.connect(self._on_cancelled)

    def start(self) -> None:
        self.progress.show()
        self.job.start()

    @Slot()
    def _on_cancel(self) -> None:
        self.job.cancel()
        self.progress.setLabelText(QCoreApplication.translate("JobProgress", "Stopping…"))

    @Slot(int, int)
    def _on_progress(self, done: int, total: int) -> None:
        self.progress.setMaximum(max(total, 1))
        self.progress.setValue(min(done, max(total, 1)))

    @Slot(object)
    def _on_finished(self, result: Any) -> None:  # what the work returned
        raise NotImplementedError

    @Slot(str)
    def _on_failed(self, message: str) -> None:
        raise NotImplementedError

    @Slot()
    def _on_cancelled(self) -> None:
        raise NotImplementedError
