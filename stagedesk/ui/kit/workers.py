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

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal, Slot

from stagedesk.core.db.problems import error_detail

Work = Callable[..., Generator[tuple[int, int], None, Any]]


RELEASE_WAIT_S = 10
_RUNNING: set["Job"] = set()  # jobs whose worker may still hold them (GUI thread only)


class Cancelled(Exception):
    """Raised inside the work when the user cancelled; not reported as a failure."""


class Job(QObject):
    progress = Signal(int, int)  # done, total
    finished = Signal(object)  # the work's return value
    failed = Signal(str)  # a message, with the traceback for the log
    cancelled = Signal()

    _over = Signal()  # the worker let go of this job (last, after the signals above)

    def __init__(self, work: Work, *args: Any) -> None:
        super().__init__()
        self._cancel = threading.Event()
        self._work, self._args = work, args
        self._released = threading.Event()

    def start(self, pool: QThreadPool | None = None) -> None:
        """Start the work; connect to the signals before (an emission with no receiver
        is lost)."""
        # A QObject must die on its own (the GUI) thread. Left to the worker, the last
        # reference could go there: its destructor then waits for the GIL while holding a
        # lock of Qt's that the GUI thread, holding the GIL, waits for — the window hangs
        # for good. So a running job is held here and let go on the GUI thread, once the
        # worker has dropped every reference it had.
        _RUNNING.add(self)
        self._over.connect(self._let_go)
        (pool or QThreadPool.globalInstance()).start(_Runnable(self, self._work, self._args))

    @Slot()
    def _let_go(self) -> None:
        self._released.wait(RELEASE_WAIT_S)  # the worker is a few statements from it
        _RUNNING.discard(self)

    def cancel(self) -> None:
        self._cancel.set()

    @property
    def is_cancelled(self) -> bool:
        return self._cancel.is_set()


class _Runnable(QRunnable):
    def __init__(self, job: Job, work: Work, args: tuple[Any, ...]) -> None:
        super().__init__()
        self.job: Job | None = job
        self.work, self.args = work, args

    def run(self) -> None:
        job, self.job = self.job, None  # from here on this frame holds the only reference
        assert job is not None, "a job runs once"
        released = job._released
        try:
            self._run(job)
        finally:
            job._over.emit()
            del job  # before the GUI thread may let go of its own reference
            released.set()

    def _run(self, job: Job) -> None:
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
