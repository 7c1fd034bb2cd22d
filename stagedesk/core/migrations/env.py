"""Alembic environment: always run from StageDesk with a connection handed in."""

from alembic import context

from stagedesk.core.models import Base

connection = context.config.attributes.get("connection")
if connection is None:  # pragma: no cover - only StageDesk itself runs migrations
    raise RuntimeError("StageDesk migrations run through stagedesk.core.migrate")

context.configure(
    connection=connection,
    target_metadata=Base.metadata,
    render_as_batch=connection.dialect.name == "sqlite",
    # One transaction around all revisions: a failed migration rolls back whole.
    transaction_per_migration=False,
    compare_type=True,
)
with context.begin_transaction():
    context.run_migrations()
