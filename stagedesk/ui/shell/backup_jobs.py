"""Backups while StageDesk runs: the daily copy (restoring is ``reopening.Reopener``).

The daily copy: at start-up and then every hour, if today has no daily copy yet, one is
made off the GUI thread (``workers.Job``) and the rotation runs. One a day is enough:
copying a 67 MB database at every start would cost each start half a second of disk and
fill the folder with copies of the same day.
"""

import datetime as dt
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QObject, QTimer, Signal, Slot

from stagedesk.core.db.problems import Refusal
from stagedesk.messages import refusal_text
from stagedesk.ui.kit.workers import Job

HOUR_MS = 60 * 60 * 1000


class DailyBackups(QObject):
    """Checks at start and every hour whether today's daily copy exists; makes it if not.

    ``failed`` carries the message when a copy could not be made (the folder is gone, the
    disk is full); ``made`` the Backup.
    """

    made = Signal(object)
    failed = Signal(str)

    def __init__(
        self,
        db_path: Path,
        folder: Callable[[], Path],
        now: Callable[[], dt.datetime] = dt.datetime.now,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.db_path, self.folder, self.now = db_path, folder, now
        self.job: Job | None = None
        self.timer = QTimer(self)
        self.timer.setInterval(HOUR_MS)
        self.timer.timeout.connect(self.check)

    def start(self) -> None:
        self.check()
        self.timer.start()

    @Slot()
    def check(self) -> bool:
        """Start today's copy if it is due and none is running; True if one started."""
        from stagedesk.core.db.backups import BackupKind, backup_work, daily_due

        now = self.now()
        folder = self.folder()
        if self.job is not None or not daily_due(folder, self.db_path, now.date()):
            return False
        self.job = Job(backup_work, self.db_path, folder, BackupKind.DAILY, now)
        self.job.finished.connect(self._on_finished)
        self.job.failed.connect(self._on_failed)
        self.job.start()
        return True

    @Slot(object)
    def _on_finished(self, result: object) -> None:
        self.job = None
        if isinstance(result, Refusal):
            self.failed.emit(refusal_text(result))
        else:
            self.made.emit(result)

    @Slot(str)
    def _on_failed(self, message: str) -> None:
        self.job = None
        self.failed.emit(message.split("\n\n", 1)[0])
