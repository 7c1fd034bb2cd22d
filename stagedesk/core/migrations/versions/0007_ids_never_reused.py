"""ids never reused: every table AUTOINCREMENT on SQLite, counters past the bin's ids

SQLite gave a deleted highest id again to the next new record, so a record in the bin
could not come back ("a record made since has taken its number") and a form's code on
paper could lead to another response. Each table is rebuilt AUTOINCREMENT; then every
id counter (sqlite_sequence, PostgreSQL's sequences) is moved past the highest id used,
the ids the bin holds included.

Revision ID: 0007
Revises: 0006
Create Date: 2026-12-07 21:30:00.000000
"""

from alembic import op
import sqlalchemy as sa


revision = '0007'
down_revision = '0006'
branch_labels = None
depends_on = None

# The tables at this revision, parents first (fixed here: later models may differ).
TABLES = (
    'bin_entries', 'form_definitions', 'organisation_settings', 'schools', 'units',
    'programmes', 'school_contacts', 'staff_members', 'candidates', 'opportunities',
    'applications', 'internships', 'documents', 'follow_up_entries', 'form_responses',
    'form_answers',
)


def _rebuild(autoincrement: bool) -> None:
    if op.get_bind().dialect.name != 'sqlite':
        return  # PostgreSQL's sequences never give an id twice
    for table in TABLES:
        with op.batch_alter_table(
            table, recreate='always', table_kwargs={'sqlite_autoincrement': autoincrement}
        ):
            pass


def upgrade() -> None:
    from stagedesk.core.db.ids import reserve_used_ids

    _rebuild(True)
    connection = op.get_bind()
    tables = sa.MetaData()
    tables.reflect(connection, only=list(TABLES))
    reserve_used_ids(connection, tables)


def downgrade() -> None:
    _rebuild(False)
