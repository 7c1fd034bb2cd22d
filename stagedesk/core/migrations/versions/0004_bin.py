"""the bin: deleted records kept for 30 days

Revision ID: 0004
Revises: 0003
Create Date: 2026-11-23 09:00:00.000000
"""

from alembic import op
import sqlalchemy as sa


revision = '0004'
down_revision = '0003'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table('bin_entries',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('deleted_at', sa.DateTime(), nullable=False),
    sa.Column('model', sa.String(length=64), nullable=False),
    sa.Column('record_id', sa.Integer(), nullable=False),
    sa.Column('label', sa.String(length=300), nullable=False),
    sa.Column('payload', sa.Text(), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_bin_entries'))
    )
    with op.batch_alter_table('bin_entries', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_bin_entries_deleted_at'), ['deleted_at'], unique=False)



def downgrade() -> None:
    with op.batch_alter_table('bin_entries', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_bin_entries_deleted_at'))

    op.drop_table('bin_entries')
