"""Every QSettings key StageDesk uses, declared in one place."""

import hashlib
from pathlib import Path

from PySide6.QtCore import QByteArray, QSettings

ORGANISATION = "StageDesk"
APPLICATION = "StageDesk"

WINDOW_GEOMETRY = "window/geometry"
WINDOW_STATE = "window/state"
LAST_PAGE = "window/page"

# The language of the interface, "nl", "fr" or "en", chosen at first start or in Settings.
UI_LANGUAGE = "ui/language"


def chosen_language(settings: QSettings) -> str | None:
    """The language chosen at first start (``UI_LANGUAGE``), or None."""
    value = settings.value(UI_LANGUAGE)
    return value if value in ("nl", "fr", "en") else None


# While the demo organisation is open: the database to go back to (a file path or a URL).
DEMO_OWN_DATABASE = "demo/own_database"


def help_hidden_key(page_key: str) -> str:
    """Set when the user hid the short help at the top of one page."""
    return f"help/{page_key}/hidden"


def header_state_key(list_key: str) -> str:
    """Column order, widths and hidden columns of one list."""
    return f"lists/{list_key}/header"


def splitter_key(list_key: str) -> str:
    return f"lists/{list_key}/splitter"


def _database_key(db_path: Path) -> str:
    # A key per database file; a hash, since a path's slashes would make QSettings groups.
    return hashlib.sha1(str(db_path.absolute()).encode("utf-8")).hexdigest()[:16]


def backup_folder_key(db_path: Path) -> str:
    """The backups folder the user chose for one database (absent: next to it)."""
    return f"backups/{_database_key(db_path)}/folder"


def placement_warned_key(db_path: Path) -> str:
    """Set once the user was told the database is in a synced or network folder."""
    return f"placement/{_database_key(db_path)}/warned"


def backup_folder(settings: QSettings, db_path: Path) -> Path:
    """Where the backups of ``db_path`` go: the chosen folder, else next to the database."""
    from stagedesk.core.db.backups import default_folder

    chosen = settings.value(backup_folder_key(db_path))
    return Path(chosen) if isinstance(chosen, str) and chosen else default_folder(db_path)


# The database chosen on Settings › Database: a server URL (a password in it is kept here;
# a ~/.pgpass file keeps it out) or a file path. Absent: the default file. A --db or
# --db-url on the command line goes first.
DATABASE = "database/location"
RECENT_DATABASES = "database/recent"
RECENT_KEPT = 8


def remember_database(settings: QSettings, path: Path) -> None:
    """Put a database file first in the recent list (it was just opened)."""
    shown = str(path.absolute())
    recent = [shown, *(p for p in recent_databases(settings) if p != shown)]
    settings.setValue(RECENT_DATABASES, recent[:RECENT_KEPT])


def recent_databases(settings: QSettings) -> list[str]:
    """Database files opened before, newest first (some may be gone since)."""
    value = settings.value(RECENT_DATABASES)
    if isinstance(value, str):  # QSettings' INI files hand a one-item list back as text
        value = [value]
    return [str(v) for v in value] if isinstance(value, list) else []


def stored_database(settings: QSettings) -> tuple[Path | None, str | None]:
    """The stored choice as (file, None), (None, URL), or (None, None) for the default."""
    value = settings.value(DATABASE)
    if not isinstance(value, str) or not value.strip():
        return None, None
    if "://" in value:
        return None, value.strip()
    return Path(value), None


def open_settings(path: str | None = None) -> QSettings:
    """The user's settings, or an INI file at ``path`` (tests); a portable StageDesk's
    are an INI file in its data folder."""
    from stagedesk.core.db.paths import portable_settings_file

    path = path or str(portable_settings_file() or "")
    if path:
        return QSettings(path, QSettings.Format.IniFormat)
    return QSettings(ORGANISATION, APPLICATION)


def read_bytes(settings: QSettings, key: str) -> QByteArray | None:
    value = settings.value(key)
    return value if isinstance(value, QByteArray) else None
