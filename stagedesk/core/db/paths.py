"""Where StageDesk keeps its files, decided in one place.

Two kinds of files: what StageDesk ships (the toolbox, fonts, mail texts, icons,
translations: ``resource_dir()``) and what the user makes (the database, own copies of
forms and texts: ``data_dir()``).

A portable StageDesk (on a USB stick) keeps the user's files next to the program: a file
``portable.txt`` or a folder ``data`` beside the executable makes ``data_dir()`` that
``data`` folder and the settings an INI file in it, so nothing is left on the computer.
"""

import os
import sys
from pathlib import Path

import platformdirs

APP_NAME = "StageDesk"
DATABASE_FILE = "stagedesk.sqlite"

PORTABLE_MARKER = "portable.txt"
PORTABLE_DATA = "data"
SETTINGS_FILE = "StageDesk.ini"
# The program's folder as if StageDesk were frozen there: tests of portable mode from source.
PROGRAM_DIR_VARIABLE = "STAGEDESK_PROGRAM_DIR"


def is_frozen() -> bool:
    """True in the built program (PyInstaller), False when run from a source checkout."""
    return bool(getattr(sys, "frozen", False)) and hasattr(sys, "_MEIPASS")


def resource_dir() -> Path:
    """The folder holding ``forms/``, ``resources/`` and the rest that StageDesk ships.

    The built program unpacks them next to its libraries (``sys._MEIPASS``); from source
    it is the top of the checkout.
    """
    if is_frozen():
        return Path(getattr(sys, "_MEIPASS"))  # noqa: B009 - only set in the built program
    return Path(__file__).resolve().parents[3]


def program_dir() -> Path | None:
    """The folder of the built program's executable; None when run from source.

    ``STAGEDESK_PROGRAM_DIR`` stands in for it (tests of portable mode from source).
    """
    override = os.environ.get(PROGRAM_DIR_VARIABLE)
    if override:
        return Path(override)
    if is_frozen():
        return Path(sys.executable).resolve().parent
    return None


def portable_data_dir(program: Path | None) -> Path | None:
    """``program/data`` if the program in ``program`` is a portable one, else None."""
    if program is None:
        return None
    data = program / PORTABLE_DATA
    if (program / PORTABLE_MARKER).is_file() or data.is_dir():
        return data
    return None


def data_dir() -> Path:
    """The user's data folder (e.g. %LOCALAPPDATA%\\StageDesk on Windows), or the
    portable program's ``data`` folder."""
    portable = portable_data_dir(program_dir())
    if portable is not None:
        return portable
    return Path(platformdirs.user_data_dir(APP_NAME, appauthor=False, roaming=False))


def portable_settings_file() -> Path | None:
    """The INI file a portable StageDesk keeps its settings in; None when installed."""
    portable = portable_data_dir(program_dir())
    return None if portable is None else portable / SETTINGS_FILE


def default_database() -> Path:
    return data_dir() / DATABASE_FILE


def beside(db_path: Path | None, what: str) -> Path:
    """The folder of the database's own files of one kind ("documents", "drafts",
    "backups"): ``<db stem>-<what>`` next to the file; for a server database, ``<what>``
    in the user's data folder."""
    if db_path is None:
        return data_dir() / what
    return db_path.with_name(f"{db_path.stem}-{what}")


def backup_path(db_path: Path) -> Path:
    """The one-step copy taken before a migration, next to the database."""
    return db_path.with_name(db_path.name + ".before-upgrade")


def inside(folder: Path, name: str) -> Path | None:
    """``folder / name``, or None when the name would lead out of the folder (a stored
    name edited by hand: StageDesk never follows it to move or delete a file elsewhere)."""
    path = folder / name
    plain = bool(name) and not Path(name).is_absolute() and ".." not in Path(name).parts
    if not plain or not path.resolve().is_relative_to(folder.resolve()):
        return None
    return path
