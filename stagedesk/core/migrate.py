"""Schema migrations through Alembic, run by StageDesk itself at start-up.

Importing Alembic costs start-up time, so the common case — a database already at the
newest revision — is decided from ``SCHEMA_HEAD`` alone; a test keeps that constant equal
to the head of the migration scripts.
"""

from pathlib import Path

from sqlalchemy import Connection, Engine, text

from .models import Base

SCHEMA_HEAD = "0001"
MIGRATIONS_DIR = Path(__file__).parent / "migrations"


class ForeignKeyViolation(Exception):
    """A migration left rows pointing at nothing; it was rolled back."""


def _alembic_config(connection: Connection | None = None):  # type: ignore[no-untyped-def]
    from alembic.config import Config

    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS_DIR))
    config.attributes["connection"] = connection
    return config


def known_revisions() -> set[str]:
    from alembic.script import ScriptDirectory

    scripts = ScriptDirectory.from_config(_alembic_config())
    return {script.revision for script in scripts.walk_revisions()}


def script_head() -> str:
    from alembic.script import ScriptDirectory

    head = ScriptDirectory.from_config(_alembic_config()).get_current_head()
    assert head is not None
    return head


def current_revision(connection: Connection) -> str | None:
    if not connection.dialect.has_table(connection, "alembic_version"):
        return None
    return connection.execute(text("SELECT version_num FROM alembic_version")).scalar()


def create_at_head(engine: Engine) -> None:
    """A fresh database: all tables from the models, stamped with the newest revision."""
    with engine.begin() as connection:
        Base.metadata.create_all(connection)
        connection.execute(text("CREATE TABLE alembic_version (version_num VARCHAR(32) NOT NULL)"))
        connection.execute(
            text("INSERT INTO alembic_version (version_num) VALUES (:rev)"), {"rev": SCHEMA_HEAD}
        )


def upgrade(engine: Engine, target: str = "head") -> None:
    """Upgrade in one transaction; on SQLite with foreign keys off, checked at the end."""
    from alembic import command

    sqlite = engine.dialect.name == "sqlite"
    with engine.connect() as connection:
        if sqlite:
            # Batch migrations recreate tables; with foreign keys on, dropping a referenced
            # table would cascade or fail. The pragma only works outside a transaction.
            connection.exec_driver_sql("PRAGMA foreign_keys = OFF")
        try:
            with connection.begin():
                command.upgrade(_alembic_config(connection), target)
                if sqlite:
                    broken = connection.exec_driver_sql("PRAGMA foreign_key_check").fetchall()
                    if broken:
                        raise ForeignKeyViolation(f"{len(broken)} rows break foreign keys")
        finally:
            if sqlite:
                connection.exec_driver_sql("PRAGMA foreign_keys = ON")
