"""Recognising a full disk, whatever the database: the one failure a user can fix at once.

SQLite says SQLITE_FULL (also when the file reaches its page limit); PostgreSQL says SQLSTATE
53100 (disk_full). Either way the transaction was rolled back and what was saved before
stays saved, which is what the message tells the user.
"""

import sqlite3

from stagedesk.core.i18n import QT_TRANSLATE_NOOP

SQLITE_FULL = 13
POSTGRES_DISK_FULL = "53100"

DISK_FULL = QT_TRANSLATE_NOOP(
    "Storage",
    "The disk is full, so this could not be saved. Everything saved before is safe. Free some"
    " space (empty the recycle bin, move large files) and try again.",
)


def is_disk_full(error: BaseException) -> bool:
    """True when ``error`` (or the driver error it wraps) means the disk or file is full."""
    cause: BaseException | None = error
    while cause is not None:
        if isinstance(cause, sqlite3.Error) and getattr(cause, "sqlite_errorcode", 0) in (
            SQLITE_FULL,
        ):
            return True
        if getattr(cause, "sqlstate", None) == POSTGRES_DISK_FULL:
            return True
        cause = getattr(cause, "orig", None) or cause.__cause__
    return False
