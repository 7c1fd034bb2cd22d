"""Shared fixtures: real SQLite files in tmp_path, Qt offscreen, and a real PostgreSQL.

Persistence tests take ``any_database``: they run once on a SQLite file and once on a new,
empty database of the PostgreSQL server named by ``STAGEDESK_TEST_POSTGRES_URL`` (started
by ``.ci/postgres.sh``). Without that variable the PostgreSQL runs are skipped, unless
``STAGEDESK_REQUIRE_POSTGRES=1`` says they must run (CI): then they fail.
"""

import os

# Set before Qt is imported anywhere: tests never need a screen.
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import itertools
import warnings
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import URL, create_engine, make_url, text
from sqlalchemy.exc import DBAPIError, OperationalError

from stagedesk.core.db.database import Database, open_sqlite, open_url

pytest_plugins = ["tests.moved_clock"]

POSTGRES_URL = "STAGEDESK_TEST_POSTGRES_URL"
REQUIRE_POSTGRES = "STAGEDESK_REQUIRE_POSTGRES"


@pytest.fixture
def db_path(tmp_path: Path) -> Path:
    return tmp_path / "stagedesk.sqlite"


@pytest.fixture
def database(db_path: Path) -> Iterator[Database]:
    """A fresh, empty StageDesk database at the newest schema."""
    db = open_sqlite(db_path)
    yield db
    db.dispose()


class PostgresServer:
    """The test server: a new database per test, made and dropped over one connection."""

    def __init__(self, url: str) -> None:
        self.url = make_url(url).set(drivername="postgresql+psycopg")
        self._names = itertools.count(1)
        self._head: URL | None = None  # the template at the newest schema, once made
        self._admin = create_engine(self.url, isolation_level="AUTOCOMMIT")

    def create(self, *, at_head: bool = False) -> URL:
        """A new database: empty, or (``at_head``) with StageDesk's tables, copied from a
        template made once by ``open_url`` (quicker than creating the tables each time)."""
        template = self._template() if at_head else "template1"
        # The process id keeps two test runs on one server (two developers) apart.
        name = f"stagedesk_test_{os.getpid()}_{next(self._names)}"
        with self._admin.connect() as connection:
            connection.execute(text(f'DROP DATABASE IF EXISTS "{name}"'))
            try:
                connection.execute(text(f'CREATE DATABASE "{name}" TEMPLATE "{template}"'))
            except OperationalError:  # the template in use (autovacuum): an empty one
                connection.execute(text(f'CREATE DATABASE "{name}"'))
        return self.url.set(database=name)

    def _template(self) -> str:
        if self._head is None:
            url = self.create()
            open_url(url).dispose()  # no connection may stay: a template is copied alone
            self._head = url
        assert self._head.database is not None
        return self._head.database

    def drop(self, url: URL) -> None:
        # FORCE ends connections a test left behind (a window's background job may give
        # its connection back after the engine was disposed). It may not end an autovacuum
        # worker as a plain role; a plain DROP stops that one by itself.
        for how in (" WITH (FORCE)", ""):
            try:
                with self._admin.connect() as connection:
                    connection.execute(text(f'DROP DATABASE IF EXISTS "{url.database}"{how}'))
                return
            except DBAPIError as error:  # still in use, or FORCE may not end a session
                left = error
        warnings.warn(f"test database {url.database} left on the server: {left}", stacklevel=1)

    def dispose(self) -> None:
        if self._head is not None:
            self.drop(self._head)
        self._admin.dispose()


@pytest.fixture(scope="session")
def postgres_server() -> Iterator[PostgresServer]:
    url = os.environ.get(POSTGRES_URL)
    if not url:
        why = f"no PostgreSQL server: start one with .ci/postgres.sh and set {POSTGRES_URL}"
        if os.environ.get(REQUIRE_POSTGRES) == "1":
            pytest.fail(f"{why} ({REQUIRE_POSTGRES}=1: these tests must run)")
        pytest.skip(why)
    server = PostgresServer(url)
    try:
        with server._admin.connect() as connection:
            connection.execute(text("SELECT 1"))
    except Exception as error:
        server.dispose()
        pytest.fail(f"the PostgreSQL server at {POSTGRES_URL} does not answer: {error}")
    yield server
    server.dispose()


@pytest.fixture
def postgres_url(postgres_server: PostgresServer) -> Iterator[URL]:
    """A new, empty database on the test server (no tables yet), dropped afterwards."""
    url = postgres_server.create()
    yield url
    postgres_server.drop(url)


@pytest.fixture(params=["sqlite", "postgresql"])
def any_database(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[Database]:
    """A fresh StageDesk database at the newest schema: a SQLite file, then PostgreSQL."""
    if request.param == "sqlite":
        db = open_sqlite(tmp_path / "stagedesk.sqlite")
    else:
        server: PostgresServer = request.getfixturevalue("postgres_server")
        url = server.create(at_head=True)
        request.addfinalizer(lambda: server.drop(url))
        db = open_url(url)
    yield db
    db.dispose()
