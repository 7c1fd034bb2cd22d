"""Schema migrations through Alembic, run by StageDesk itself at start-up.

Importing Alembic costs start-up time, so the common case — a database already at the
newest revision — is decided from ``SCHEMA_HEAD`` alone; a test keeps that constant equal
to the head of the migration scripts.

``scripts`` (a folder laid out like ``migrations/``) exists for tests that need extra
revisions; StageDesk itself always uses ``MIGRATIONS_DIR``.
"""

from pathlib import Path
from typing import Any

from sqlalchemy import (
    Column,
    Connection,
    Engine,
    MetaData,
    PrimaryKeyConstraint,
    String,
    Table,
    text,
)

from stagedesk.core.models import Base

SCHEMA_HEAD = "0010"
MIGRATIONS_DIR = Path(__file__).parents[1] / "migrations"

# Alembic's own version table, made the same way when a database is created at head.
_VERSION_TABLE = Table(
    "alembic_version",
    MetaData(),
    Column("version_num", String(32), nullable=False),
    PrimaryKeyConstraint("version_num", name="alembic_version_pkc"),
)


# The key of the lock StageDesks on one PostgreSQL database take to change its schema
# (any number, the same in every StageDesk: "SDSK").
SCHEMA_LOCK = 0x5344534B


def _lock_schema(connection: Connection) -> None:
    """Wait until no other StageDesk is changing this server database's schema.

    Held until the transaction ends. SQLite needs none: BEGIN IMMEDIATE serialises writers.
    Without it, two coordinators starting at once on a new database both create the
    tables, and the second fails on a duplicate.
    """
    if connection.dialect.name == "postgresql":
        connection.execute(text("SELECT pg_advisory_xact_lock(:key)"), {"key": SCHEMA_LOCK})


class ForeignKeyViolation(Exception):
    """A migration left rows pointing at nothing; it was rolled back."""


def _alembic_config(connection: Connection | None = None, scripts: Path | None = None):  # type: ignore[no-untyped-def]
    from alembic.config import Config

    config = Config()
    # The value goes through ConfigParser interpolation: a "%" in the install path must
    # be doubled or Alembic fails to start.
    location = str(scripts if scripts is not None else MIGRATIONS_DIR)
    config.set_main_option("script_location", location.replace("%", "%%"))
    config.attributes["connection"] = connection
    return config


def known_revisions(*, scripts: Path | None = None) -> set[str]:
    from alembic.script import ScriptDirectory

    directory = ScriptDirectory.from_config(_alembic_config(scripts=scripts))
    return {script.revision for script in directory.walk_revisions()}


def script_head(*, scripts: Path | None = None) -> str:
    from alembic.script import ScriptDirectory

    head = ScriptDirectory.from_config(_alembic_config(scripts=scripts)).get_current_head()
    assert head is not None
    return head


def current_revision(connection: Connection) -> str | None:
    if not connection.dialect.has_table(connection, _VERSION_TABLE.name):
        return None
    value = connection.execute(_VERSION_TABLE.select()).scalar()
    return None if value is None else str(value)


def create_at_head(engine: Engine) -> None:
    """A fresh database: all tables from the models, stamped with the newest revision.

    If another process created the database in the meantime (its revision is there once
    we hold the write lock), it is left as it is.
    """
    with engine.begin() as connection:
        _lock_schema(connection)
        if current_revision(connection) is not None:
            return
        Base.metadata.create_all(connection)
        _VERSION_TABLE.create(connection)
        connection.execute(_VERSION_TABLE.insert().values(version_num=SCHEMA_HEAD))


def _sqlite_foreign_keys(connection: Connection, enabled: bool) -> bool:
    """Switch SQLite's foreign keys on the driver connection; True if it took effect.

    The pragma is silently ignored inside a transaction, and any statement through
    SQLAlchemy would start one (our BEGIN IMMEDIATE), so it goes to the driver directly.
    """
    driver: Any = connection.connection.driver_connection
    value = int(enabled)
    driver.execute(f"PRAGMA foreign_keys = {value}")
    return bool(driver.execute("PRAGMA foreign_keys").fetchone()[0] == value)


def upgrade(engine: Engine, target: str = "head", *, scripts: Path | None = None) -> None:
    """Upgrade in one transaction; on SQLite with foreign keys off, checked at the end."""
    from alembic import command

    sqlite = engine.dialect.name == "sqlite"
    with engine.connect() as connection:
        # Batch migrations recreate tables; with foreign keys on, dropping a referenced
        # table would cascade (deleting rows of other tables) or fail.
        if sqlite and not _sqlite_foreign_keys(connection, False):
            raise RuntimeError("could not switch off foreign keys for the upgrade")
        try:
            with connection.begin():
                _lock_schema(connection)  # Alembic then reads the revision it left
                command.upgrade(_alembic_config(connection, scripts), target)
                if sqlite:
                    broken = connection.exec_driver_sql("PRAGMA foreign_key_check").fetchall()
                    if broken:
                        tables = sorted({str(row[0]) for row in broken})
                        raise ForeignKeyViolation(
                            f"{len(broken)} rows break foreign keys (in {', '.join(tables)})"
                        )
        finally:
            # This connection goes back to the pool: it must never be reused without
            # foreign keys. If they cannot be switched back on, it is thrown away.
            if sqlite and not connection.invalidated:
                try:
                    restored = _sqlite_foreign_keys(connection, True)
                except Exception:
                    restored = False
                if not restored:
                    connection.invalidate()
