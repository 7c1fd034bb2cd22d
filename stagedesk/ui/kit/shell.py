"""What a page, tab or dialog may ask of the window around it.

Pages get an ``AppContext``; its ``shell`` is the main window, seen through this protocol
only. So nothing below ``ui/shell`` imports the main window or climbs ``.window()`` to
find it, and the import arrows stay one-way: the shell knows the pages, never the reverse.
"""

import datetime as dt
from pathlib import Path
from typing import Protocol

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QMainWindow, QWidget


class Shell(Protocol):
    def go_to(self, key: str) -> QWidget:
        """Show the sidebar page ``key``; the page."""
        ...

    def open_record(self, model: object, record_id: int) -> bool:
        """Show one record on its page; False if the user stayed where they were."""
        ...

    def switch_language(self, language: str) -> QMainWindow | None:
        """Show the interface in ``language``: a new main window replaces this one. None,
        and nothing changed, if the user chose to stay with unsaved changes."""
        ...

    def restore_backup(self, backup: Path, folder: Path, now: dt.datetime) -> QObject | None:
        """Put ``backup`` back and reopen StageDesk on it; the job doing it, or None if
        the user kept the window open."""
        ...

    def main_window(self) -> QMainWindow:
        """The window, as the parent of a dialog."""
        ...

    def show_status(self, text: str, milliseconds: int = 0) -> None:
        """Say ``text`` on the status bar (for ``milliseconds``; 0: until the next)."""
        ...
