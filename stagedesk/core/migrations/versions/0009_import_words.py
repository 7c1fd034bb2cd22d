"""import words: what the words of old lists mean, kept for the next list

Revision ID: 0009
Revises: 0008
Create Date: 2026-12-07 22:55:00.000000
"""

from alembic import op
import sqlalchemy as sa


revision = '0009'
down_revision = '0008'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        'import_words',
        sa.Column('id', sa.Integer(), nullable=False),
        sa.Column('column', sa.String(length=32), nullable=False),
        sa.Column('word', sa.String(length=200), nullable=False),
        sa.Column('meaning', sa.String(length=32), nullable=True),
        sa.PrimaryKeyConstraint('id', name=op.f('pk_import_words')),
        sa.UniqueConstraint('column', 'word', name=op.f('uq_import_words_column')),
        sqlite_autoincrement=True,
    )


def downgrade() -> None:
    op.drop_table('import_words')
