"""The migrations on a PostgreSQL server: an old shared database keeps every row.

The sample databases of every past schema (tests/data/schema-<rev>.sqlite) are loaded into
a new PostgreSQL database at their own revision, then brought to head by StageDesk.
"""

from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import URL, Connection, Engine, MetaData, create_engine, func, select

from stagedesk.core.db import migrate
from stagedesk.core.db.database import open_url
from stagedesk.core.db.engine import make_engine, sqlite_url
from stagedesk.core.models import Base, Unit
from tests.core.test_migrations import SAMPLES, revision_of


@pytest.fixture
def server_engine(postgres_url: URL) -> Iterator[Engine]:
    engine = make_engine(postgres_url)
    yield engine
    engine.dispose()


def load_sample(sample: Path, target: Connection) -> None:
    """Every row of a sample file into the same tables on the server, ids and all."""
    source_engine = create_engine(sqlite_url(sample))
    try:
        tables = MetaData()
        tables.reflect(target)
        with source_engine.connect() as source:
            for table in tables.sorted_tables:
                if table.name == "alembic_version":
                    continue
                rows = [dict(row._mapping) for row in source.execute(select(table))]
                if rows:
                    target.execute(table.insert(), rows)
    finally:
        source_engine.dispose()


def ids_per_table(connection: Connection) -> dict[str, list[int]]:
    tables = MetaData()
    tables.reflect(connection)
    return {
        table.name: list(connection.scalars(select(table.c.id).order_by(table.c.id)))
        for table in tables.sorted_tables
        if "id" in table.c
    }


@pytest.mark.parametrize("sample", SAMPLES, ids=[path.stem for path in SAMPLES])
def test_old_server_database_is_upgraded_with_all_its_rows(
    sample: Path, server_engine: Engine, postgres_url: URL
) -> None:
    revision = revision_of(sample)
    migrate.upgrade(server_engine, revision)
    with server_engine.begin() as connection:
        load_sample(sample, connection)
        before = ids_per_table(connection)
    assert all(before.values()), "every table of a sample should have rows"

    database = open_url(postgres_url)  # sees the old revision: upgrades, as at start-up
    try:
        with database.engine.connect() as connection:
            assert migrate.current_revision(connection) == migrate.SCHEMA_HEAD
            after = ids_per_table(connection)
        with database.sessions() as session:  # the models read what is there
            for mapper in Base.registry.mappers:
                session.query(mapper.class_).all()
            assert session.scalar(select(func.count()).select_from(Unit)) == len(before["units"])
    finally:
        database.dispose()
    for table, ids in before.items():
        assert after.get(table) == ids, f"rows of {table} lost"
