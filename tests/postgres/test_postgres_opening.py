"""Opening a shared PostgreSQL database by URL: the same migrations, clear refusals.

Runs against the server of ``.ci/postgres.sh`` (see tests/conftest.py ``postgres_url``).
"""

import os
import socket
import subprocess
import sys

import pytest
from sqlalchemy import URL, create_engine, inspect, text

from stagedesk.cli.main import main
from stagedesk.core.db import migrate
from stagedesk.core.db.database import DatabaseProblem, Problem, database_url, open_url, shown_url
from stagedesk.core.models import Base, Unit
from tests.paths import PROJECT


def plain(url: URL) -> str:
    """The URL as an organisation writes it: ``postgresql://``, no driver named."""
    return url.set(drivername="postgresql").render_as_string(hide_password=False)


def test_a_plain_postgresql_url_uses_psycopg(postgres_url: URL) -> None:
    assert database_url("postgresql://u@h/db").drivername == "postgresql+psycopg"
    assert database_url("postgres://u@h/db").drivername == "postgresql+psycopg"
    assert database_url("sqlite:///x.sqlite").drivername == "sqlite"
    database = open_url(plain(postgres_url))
    try:
        assert database.engine.dialect.driver == "psycopg"
        assert database.path is None
        with database.sessions.begin() as session:
            session.add(Unit(name="Communicatie"))
        with database.engine.connect() as connection:
            assert migrate.current_revision(connection) == migrate.SCHEMA_HEAD
            tables = set(inspect(connection).get_table_names())
        assert set(Base.metadata.tables) <= tables
    finally:
        database.dispose()
    reopened = open_url(postgres_url)  # at head: opened as it is, the row still there
    try:
        with reopened.sessions() as session:
            assert [u.name for u in session.query(Unit)] == ["Communicatie"]
    finally:
        reopened.dispose()


def test_the_password_is_never_shown() -> None:
    url = "postgresql://stagedesk:Geheim%2123@db.example.be:5432/stagedesk"
    assert shown_url(url) == "postgresql+psycopg://stagedesk:***@db.example.be:5432/stagedesk"
    with pytest.raises(DatabaseProblem) as caught:
        open_url("postgresql://stagedesk:Geheim!23@db.example.be:notaport/stagedesk")
    assert caught.value.problem is Problem.CANNOT_CONNECT
    assert "Geheim" not in str(caught.value)


def _closed_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


def test_a_server_that_does_not_answer_is_one_clear_problem() -> None:
    url = f"postgresql://stagedesk:Geheim@127.0.0.1:{_closed_port()}/stagedesk"
    with pytest.raises(DatabaseProblem) as caught:
        open_url(url)
    assert caught.value.problem is Problem.CANNOT_CONNECT
    assert "Geheim" not in str(caught.value) and "***" in caught.value.path
    assert "refused" in caught.value.detail.lower()


def test_the_command_line_says_so_in_one_line(capsys: pytest.CaptureFixture[str]) -> None:
    url = f"postgresql://stagedesk@127.0.0.1:{_closed_port()}/stagedesk"
    assert main(["forms", "list", "--database-url", url]) == 2
    err = capsys.readouterr().err
    assert err.startswith("stagedesk: StageDesk cannot reach the database") and err.count("\n") == 1


def test_a_database_of_another_program_is_refused(postgres_url: URL) -> None:
    engine = create_engine(postgres_url)
    try:
        with engine.begin() as connection:
            connection.execute(text("CREATE TABLE units (id integer PRIMARY KEY, name text)"))
    finally:
        engine.dispose()
    with pytest.raises(DatabaseProblem) as caught:
        open_url(postgres_url)
    assert caught.value.problem is Problem.NOT_STAGEDESK


def test_a_role_that_may_not_create_tables_is_told_so(postgres_url: URL) -> None:
    """PostgreSQL 15 lets only the database's owner create tables in it by default."""
    reader = f"stagedesk_reader_{os.getpid()}"  # roles are the whole server's: one per run
    engine = create_engine(postgres_url, isolation_level="AUTOCOMMIT")
    try:
        with engine.connect() as connection:
            connection.execute(text(f"CREATE ROLE {reader} LOGIN"))
            connection.execute(text("REVOKE CREATE ON SCHEMA public FROM PUBLIC"))
        with pytest.raises(DatabaseProblem) as caught:
            open_url(postgres_url.set(username=reader))
        assert caught.value.problem is Problem.CANNOT_CONNECT
        assert "permission denied for schema public" in caught.value.detail
    finally:
        with engine.connect() as connection:
            connection.execute(text(f"DROP ROLE IF EXISTS {reader}"))
        engine.dispose()


OPENER = """
import sys

from stagedesk.core.db.database import open_url

print("ready", flush=True)
sys.stdin.readline()
open_url(sys.argv[1]).dispose()
print("opened", flush=True)
"""


@pytest.mark.parametrize("round_", range(3))
def test_two_coordinators_starting_on_a_new_server_database_at_once(
    postgres_url: URL, round_: int
) -> None:
    """Both see no tables; both create them; one must wait for the other, not fail."""
    url = postgres_url.render_as_string(hide_password=False)
    openers = [
        subprocess.Popen(
            [sys.executable, "-c", OPENER, url],
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
            cwd=PROJECT,
        )
        for _ in range(2)
    ]
    for opener in openers:
        assert opener.stdout is not None and opener.stdout.readline().strip() == "ready"
    for opener in openers:
        assert opener.stdin is not None
        opener.stdin.write("go\n")
        opener.stdin.flush()
    for opener in openers:
        stdout, stderr = opener.communicate(timeout=60)
        assert (opener.returncode, stdout.strip()) == (0, "opened"), stderr
    engine = create_engine(postgres_url)
    try:
        with engine.connect() as connection:
            versions = connection.execute(text("SELECT version_num FROM alembic_version"))
            assert versions.scalars().all() == [migrate.SCHEMA_HEAD]
    finally:
        engine.dispose()
