"""file tasks: files follow the transaction

A document moved into the bin, or deleted with a person erased, is changed only after
the commit, from a task written in the same transaction (models/file_tasks.py).

Revision ID: 0008
Revises: 0007
Create Date: 2026-12-07 21:40:00.000000
"""

from alembic import op
import sqlalchemy as sa


revision = '0008'
down_revision = '0007'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        'file_tasks',
        sa.Column('id', sa.Integer(), nullable=False),
        sa.Column('folder', sa.String(length=16), nullable=False),
        sa.Column('name', sa.String(length=500), nullable=False),
        sa.Column('move_to', sa.String(length=500), nullable=True),
        sa.Column('tries', sa.Integer(), nullable=False),
        sa.Column('problem', sa.String(length=300), nullable=True),
        sa.PrimaryKeyConstraint('id', name=op.f('pk_file_tasks')),
        sqlite_autoincrement=True,
    )


def downgrade() -> None:
    op.drop_table('file_tasks')
