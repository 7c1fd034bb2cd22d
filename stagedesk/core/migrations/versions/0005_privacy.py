"""privacy: retention settings, anonymised candidates, age bands kept

Revision ID: 0005
Revises: 0004
Create Date: 2026-11-24 09:00:00.000000
"""

from alembic import op
import sqlalchemy as sa


revision = '0005'
down_revision = '0004'
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table('organisation_settings', schema=None) as batch_op:
        batch_op.add_column(sa.Column('retention_years', sa.Integer(), server_default='5', nullable=False))
        batch_op.add_column(sa.Column('retention_reviewed_on', sa.Date(), nullable=True))
        batch_op.add_column(sa.Column('retention_ask_after', sa.Date(), nullable=True))
        batch_op.create_check_constraint(
            op.f('ck_organisation_settings_retention_years'), 'retention_years BETWEEN 1 AND 30'
        )

    with op.batch_alter_table('candidates', schema=None) as batch_op:
        batch_op.add_column(sa.Column('anonymised_on', sa.Date(), nullable=True))

    with op.batch_alter_table('internships', schema=None) as batch_op:
        batch_op.add_column(sa.Column('age_band', sa.String(length=8), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table('internships', schema=None) as batch_op:
        batch_op.drop_column('age_band')

    with op.batch_alter_table('candidates', schema=None) as batch_op:
        batch_op.drop_column('anonymised_on')

    with op.batch_alter_table('organisation_settings', schema=None) as batch_op:
        batch_op.drop_constraint(op.f('ck_organisation_settings_retention_years'), type_='check')
        batch_op.drop_column('retention_ask_after')
        batch_op.drop_column('retention_reviewed_on')
        batch_op.drop_column('retention_years')
