"""organisation documents: form responses that belong to the organisation itself

The internship policy and the internship rules are the organisation's, not a record's:
form_responses gets an organisation_id, and the check that a response belongs somewhere
accepts it.

Revision ID: 0006
Revises: 0005
Create Date: 2026-11-25 09:00:00.000000
"""

from alembic import op
import sqlalchemy as sa


revision = '0006'
down_revision = '0005'
branch_labels = None
depends_on = None

BEFORE = (
    'unit_id IS NOT NULL OR opportunity_id IS NOT NULL OR application_id IS NOT NULL'
    ' OR internship_id IS NOT NULL'
)
AFTER = BEFORE + ' OR organisation_id IS NOT NULL'


def upgrade() -> None:
    with op.batch_alter_table('form_responses', schema=None) as batch_op:
        batch_op.add_column(sa.Column('organisation_id', sa.Integer(), nullable=True))
        batch_op.create_index(
            batch_op.f('ix_form_responses_organisation_id'), ['organisation_id'], unique=False
        )
        batch_op.create_foreign_key(
            batch_op.f('fk_form_responses_organisation_id_organisation_settings'),
            'organisation_settings',
            ['organisation_id'],
            ['id'],
            ondelete='CASCADE',
        )
        batch_op.drop_constraint(op.f('ck_form_responses_belongs_somewhere'), type_='check')
        batch_op.create_check_constraint(op.f('ck_form_responses_belongs_somewhere'), AFTER)


def downgrade() -> None:
    op.execute('DELETE FROM form_responses WHERE organisation_id IS NOT NULL')
    with op.batch_alter_table('form_responses', schema=None) as batch_op:
        batch_op.drop_constraint(op.f('ck_form_responses_belongs_somewhere'), type_='check')
        batch_op.create_check_constraint(op.f('ck_form_responses_belongs_somewhere'), BEFORE)
        batch_op.drop_constraint(
            batch_op.f('fk_form_responses_organisation_id_organisation_settings'),
            type_='foreignkey',
        )
        batch_op.drop_index(batch_op.f('ix_form_responses_organisation_id'))
        batch_op.drop_column('organisation_id')
