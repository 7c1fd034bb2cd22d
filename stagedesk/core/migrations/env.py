"""Alembic environment: always run from StageDesk with a connection handed in."""

from alembic import context

from stagedesk.core.models import Base

connection = context.config.attributes.get("connection")
if connection is None:  # pragma: no cover - only StageDesk itself runs migrations
    raise RuntimeError("StageDesk migrations run through stagedesk.core.db.migrate")
# All revisions must run inside the one transaction migrate.upgrade opened, so that a
# failed migration rolls back whole. Without it Alembic would commit each revision on its
# own on SQLite (which Alembic treats as having no transactional DDL).
if not connection.in_transaction():  # pragma: no cover - a programming error
    raise RuntimeError("StageDesk migrations run inside migrate.upgrade's transaction")

context.configure(
    connection=connection,
    target_metadata=Base.metadata,
    render_as_batch=connection.dialect.name == "sqlite",
    transaction_per_migration=False,
    compare_type=True,
)
with context.begin_transaction():  # joins the transaction above: never commits itself
    context.run_migrations()
