"""Background work: progress arrives on the GUI thread, results and errors come back,
cancelling stops the work at its next step."""

import threading
from collections.abc import Generator

from pytestqt.qtbot import QtBot

from stagedesk.ui.kit.workers import Job

GUI = threading.get_ident()


def count_to(total: int, seen: list[int]) -> Generator[tuple[int, int], None, str]:
    for done in range(1, total + 1):
        seen.append(threading.get_ident())
        yield done, total
    return f"counted to {total}"


def test_progress_and_result_arrive_on_the_gui_thread(qtbot: QtBot) -> None:
    threads: list[int] = []
    progress: list[tuple[int, int, int]] = []
    job = Job(count_to, 5, threads)
    job.progress.connect(lambda d, t: progress.append((d, t, threading.get_ident())))
    with qtbot.waitSignal(job.finished) as finished:
        job.start()
    assert finished.args == ["counted to 5"]
    qtbot.waitUntil(lambda: len(progress) == 5)
    assert [(d, t) for d, t, _ in progress] == [(n, 5) for n in range(1, 6)]
    assert {thread for _, _, thread in progress} == {GUI}
    assert GUI not in threads  # the work itself ran elsewhere


def test_an_error_is_reported_not_lost(qtbot: QtBot) -> None:
    def broken() -> Generator[tuple[int, int], None, None]:
        yield 1, 2
        raise ValueError("the disk is full")

    job = Job(broken)
    with qtbot.waitSignal(job.failed) as failed:
        job.start()
    assert failed.args[0].startswith("the disk is full")


def test_cancel_stops_the_work(qtbot: QtBot) -> None:
    release = threading.Event()
    steps: list[int] = []

    def slow() -> Generator[tuple[int, int], None, None]:
        for step in range(100):
            steps.append(step)
            yield step, 100
            release.wait(5)

    def cancel_then_release(done: int, total: int) -> None:
        job.cancel()
        release.set()  # the work waits for this after each step, so it sees the cancel

    job = Job(slow)
    job.progress.connect(cancel_then_release)
    with qtbot.waitSignal(job.cancelled, timeout=10_000):
        job.start()
    assert len(steps) < 100


def _quick() -> Generator[tuple[int, int], None, str]:
    yield 0, 1
    return "done"


def test_a_job_dies_on_the_gui_thread_even_when_nobody_else_holds_it(qtbot: QtBot) -> None:
    """A dialog lets go of its job once it has its result; the worker must not then be
    the one to destroy it: a QObject destroyed on the worker thread can hang the window
    for good (its destructor waits for the GIL under a lock the GUI thread waits for)."""
    from PySide6.QtCore import Qt

    gui = threading.get_ident()
    died_on: list[int] = []
    results: list[object] = []
    for _ in range(40):
        job = Job(_quick)
        job.finished.connect(results.append)
        job.destroyed.connect(
            lambda *_: died_on.append(threading.get_ident()), Qt.ConnectionType.DirectConnection
        )
        job.start()
        del job  # as a dialog does once it has the result
    qtbot.waitUntil(lambda: len(died_on) == 40, timeout=20_000)
    assert results == ["done"] * 40
    assert set(died_on) == {gui}
