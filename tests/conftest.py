"""Shared fixtures: real SQLite files in tmp_path, Qt offscreen."""

import os

# Set before Qt is imported anywhere: tests never need a screen.
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from collections.abc import Iterator
from pathlib import Path

import pytest

from stagedesk.core.database import Database, open_sqlite


@pytest.fixture
def db_path(tmp_path: Path) -> Path:
    return tmp_path / "stagedesk.sqlite"


@pytest.fixture
def database(db_path: Path) -> Iterator[Database]:
    """A fresh, empty StageDesk database at the newest schema."""
    db = open_sqlite(db_path)
    yield db
    db.dispose()
