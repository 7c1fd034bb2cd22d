"""Every QSettings key StageDesk uses, declared in one place."""

from PySide6.QtCore import QByteArray, QSettings

ORGANISATION = "StageDesk"
APPLICATION = "StageDesk"

WINDOW_GEOMETRY = "window/geometry"
WINDOW_STATE = "window/state"
LAST_PAGE = "window/page"


def header_state_key(list_key: str) -> str:
    """Column order, widths and hidden columns of one list."""
    return f"lists/{list_key}/header"


def splitter_key(list_key: str) -> str:
    return f"lists/{list_key}/splitter"


def open_settings(path: str | None = None) -> QSettings:
    """The user's settings, or an INI file at ``path`` (tests and portable installs)."""
    if path:
        return QSettings(path, QSettings.Format.IniFormat)
    return QSettings(ORGANISATION, APPLICATION)


def read_bytes(settings: QSettings, key: str) -> QByteArray | None:
    value = settings.value(key)
    return value if isinstance(value, QByteArray) else None
