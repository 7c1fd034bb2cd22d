"""Long work is a generator that yields ``(done, total)`` and returns its result: the
window shows the steps (``ui.workers.Job``); the command line and tests just need the end."""

from collections.abc import Generator
from typing import TypeVar

R = TypeVar("R")


def run_to_end(steps: Generator[tuple[int, int], None, R]) -> R:
    """The work's result, its progress left unseen."""
    while True:
        try:
            next(steps)
        except StopIteration as stop:
            result: R = stop.value
            return result
