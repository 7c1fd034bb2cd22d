"""Long work off the GUI thread, with progress and cancel — the one helper for it.

The work is a plain generator function: it yields ``(done, total)`` as it goes and returns
its result. It runs on Qt's global thread pool; progress, the result and errors come back
to the GUI thread through queued signals. The work never touches widgets, and it stops at
its next ``yield`` once cancelled.
"""

import threading
import traceback
from collections.abc import Callable, Generator
from typing import Any

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal

from stagedesk.core.db.problems import error_detail

Work = Callable[..., Generator[tuple[int, int], None, Any]]


class Cancelled(Exception):
    """Raised inside the work when the user cancelled; not reported as a failure."""


class Job(QObject):
    progress = Signal(int, int)  # done, total
    finished = Signal(object)  # the work's return value
    failed = Signal(str)  # a message, with the traceback for the log
    cancelled = Signal()

    def __init__(self, work: Work, *args: Any) -> None:
        super().__init__()
        self._cancel = threading.Event()
        self._work, self._args = work, args

    def start(self, pool: QThreadPool | None = None) -> None:
        """Start the work; connect to the signals before (an emission with no receiver
        is lost)."""
        (pool or QThreadPool.globalInstance()).start(_Runnable(self, self._work, self._args))

    def cancel(self) -> None:
        self._cancel.set()

    @property
    def is_cancelled(self) -> bool:
        return self._cancel.is_set()


class _Runnable(QRunnable):
    def __init__(self, job: Job, work: Work, args: tuple[Any, ...]) -> None:
        super().__init__()
        self.job, self.work, self.args = job, work, args

    def run(self) -> None:
        job = self.job
        generator = self.work(*self.args)
        try:
            while True:
                done, total = next(generator)
                if job.is_cancelled:
                    generator.close()
                    job.cancelled.emit()
                    return
                job.progress.emit(done, total)
        except StopIteration as stop:
            job.finished.emit(stop.value)
        except Cancelled:
            job.cancelled.emit()
        except Exception as error:  # reported to the GUI, not lost
            job.failed.emit(f"{error_detail(error)}\n\n{traceback.format_exc()}")
