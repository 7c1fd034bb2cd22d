"""A window and an open database: statuses brought up to date, the bin purged, the pages
filled. Used at start-up, after a backup is restored, and by the self-test."""

import datetime as dt
from collections.abc import Callable
from typing import TYPE_CHECKING, Protocol

from PySide6.QtCore import QSettings

if TYPE_CHECKING:
    from stagedesk.core.db.database import Database
    from stagedesk.ui.kit.context import AppContext


class Attachable(Protocol):
    """A main window, as far as attaching a database to it goes."""

    @property
    def settings(self) -> QSettings: ...

    def attach(self, context: "AppContext") -> None: ...


def attach_database(
    window: Attachable, database: "Database", today: Callable[[], dt.date] = dt.date.today
) -> None:
    """Bring statuses up to date with the calendar (``today``: the window's clock), then
    fill the window."""
    from stagedesk.core.bin.trash import purge_on_opening
    from stagedesk.core.db.file_tasks import do_file_tasks, folders_of
    from stagedesk.core.db.kept_files import remove_stale_copies
    from stagedesk.core.records.rules import advance_statuses
    from stagedesk.ui.kit.bin_actions import now_of
    from stagedesk.ui.kit.context import AppContext
    from stagedesk.ui.kit.settings import backup_folder, remember_database

    context = AppContext(database, window.settings, today)
    if database.path is not None:
        remember_database(window.settings, database.path)
    advance_statuses(database.sessions, context.today())
    # What a crash or a file open elsewhere left undone: the files follow their records,
    # and no half-made copy of the database stays behind.
    do_file_tasks(database.sessions, folders_of(database.path))
    if database.path is not None:
        remove_stale_copies(database.path, backup_folder(window.settings, database.path))
    purge_on_opening(database, now_of(context))  # 30 days in the bin: gone for good
    window.attach(context)
