"""One five-year demo, generated once for every read-only demo test."""

from collections.abc import Iterator

import pytest
from sqlalchemy.orm import Session

from stagedesk.core.db.database import Database, open_sqlite
from stagedesk.core.demo.generate import DemoSummary, generate
from tests.core.demo.support import OPTIONS


@pytest.fixture(scope="package")
def demo(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[Database, DemoSummary]]:
    db = open_sqlite(tmp_path_factory.mktemp("demo") / "demo.sqlite")
    summary = generate(db.sessions, OPTIONS)
    yield db, summary
    db.dispose()


@pytest.fixture
def session(demo: tuple[Database, DemoSummary]) -> Iterator[Session]:
    with demo[0].sessions() as session:
        yield session
