"""The first start: a short wizard for a fresh install, and the demo organisation.

``maybe_run_first_start(window)`` shows the wizard when the database has no organisation
name yet; the lead calls it once the database is open. Importing this package loads
nothing else: the main window asks ``demo.mark_if_demo`` on every start.
"""

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from stagedesk.ui.shell.main_window import MainWindow


def maybe_run_first_start(window: "MainWindow") -> bool:
    """See ``entry.maybe_run_first_start``."""
    from stagedesk.ui.first_start.entry import maybe_run_first_start as run

    return run(window)


__all__ = ["maybe_run_first_start"]
