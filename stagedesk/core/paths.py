"""Where StageDesk keeps its files, decided in one place."""

from pathlib import Path

import platformdirs

APP_NAME = "StageDesk"
DATABASE_FILE = "stagedesk.sqlite"


def data_dir() -> Path:
    """The user's data folder (e.g. %LOCALAPPDATA%\\StageDesk on Windows)."""
    return Path(platformdirs.user_data_dir(APP_NAME, appauthor=False, roaming=False))


def default_database() -> Path:
    return data_dir() / DATABASE_FILE
