"""toolbox form responses

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-22 07:17:01.904997
"""

from alembic import op
import sqlalchemy as sa


revision = '0002'
down_revision = '0001'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table('form_definitions',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('form_id', sa.String(length=64), nullable=False),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.Column('source', sa.Text(), nullable=False),
    sa.Column('stored_at', sa.DateTime(), server_default=sa.text('(CURRENT_TIMESTAMP)'), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_form_definitions')),
    sa.UniqueConstraint('form_id', 'version', name=op.f('uq_form_definitions_form_id'))
    )
    op.create_table('form_responses',
    sa.Column('form_id', sa.String(length=64), nullable=False),
    sa.Column('form_version', sa.Integer(), nullable=False),
    sa.Column('unit_id', sa.Integer(), nullable=True),
    sa.Column('opportunity_id', sa.Integer(), nullable=True),
    sa.Column('application_id', sa.Integer(), nullable=True),
    sa.Column('internship_id', sa.Integer(), nullable=True),
    sa.Column('language', sa.Enum('nl', 'fr', 'en', 'de', name='language', native_enum=False, create_constraint=True, length=32), nullable=False),
    sa.Column('status', sa.Enum('draft', 'complete', name='responsestatus', native_enum=False, create_constraint=True, length=32), nullable=False),
    sa.Column('completed_on', sa.Date(), nullable=True),
    sa.Column('answered_by', sa.String(length=200), nullable=True),
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.Column('created_at', sa.DateTime(), server_default=sa.text('(CURRENT_TIMESTAMP)'), nullable=False),
    sa.Column('updated_at', sa.DateTime(), server_default=sa.text('(CURRENT_TIMESTAMP)'), nullable=False),
    sa.CheckConstraint('unit_id IS NOT NULL OR opportunity_id IS NOT NULL OR application_id IS NOT NULL OR internship_id IS NOT NULL', name=op.f('ck_form_responses_belongs_somewhere')),
    sa.ForeignKeyConstraint(['application_id'], ['applications.id'], name=op.f('fk_form_responses_application_id_applications'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['internship_id'], ['internships.id'], name=op.f('fk_form_responses_internship_id_internships'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['opportunity_id'], ['opportunities.id'], name=op.f('fk_form_responses_opportunity_id_opportunities'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['unit_id'], ['units.id'], name=op.f('fk_form_responses_unit_id_units'), ondelete='RESTRICT'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_form_responses'))
    )
    with op.batch_alter_table('form_responses', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_form_responses_application_id'), ['application_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_form_responses_form_id'), ['form_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_form_responses_internship_id'), ['internship_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_form_responses_opportunity_id'), ['opportunity_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_form_responses_unit_id'), ['unit_id'], unique=False)

    op.create_table('form_answers',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('response_id', sa.Integer(), nullable=False),
    sa.Column('field_id', sa.String(length=64), nullable=False),
    sa.Column('column_id', sa.String(length=64), nullable=True),
    sa.Column('row_index', sa.Integer(), nullable=True),
    sa.Column('value_text', sa.Text(), nullable=True),
    sa.Column('value_number', sa.Numeric(precision=12, scale=2), nullable=True),
    sa.Column('value_date', sa.Date(), nullable=True),
    sa.Column('note', sa.Text(), nullable=True),
    sa.Column('due_date', sa.Date(), nullable=True),
    sa.ForeignKeyConstraint(['response_id'], ['form_responses.id'], name=op.f('fk_form_answers_response_id_form_responses'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_form_answers'))
    )
    with op.batch_alter_table('form_answers', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_form_answers_due_date'), ['due_date'], unique=False)
        batch_op.create_index(batch_op.f('ix_form_answers_field_id'), ['field_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_form_answers_response_id'), ['response_id'], unique=False)



def downgrade() -> None:
    with op.batch_alter_table('form_answers', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_form_answers_response_id'))
        batch_op.drop_index(batch_op.f('ix_form_answers_field_id'))
        batch_op.drop_index(batch_op.f('ix_form_answers_due_date'))

    op.drop_table('form_answers')
    with op.batch_alter_table('form_responses', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_form_responses_unit_id'))
        batch_op.drop_index(batch_op.f('ix_form_responses_opportunity_id'))
        batch_op.drop_index(batch_op.f('ix_form_responses_internship_id'))
        batch_op.drop_index(batch_op.f('ix_form_responses_form_id'))
        batch_op.drop_index(batch_op.f('ix_form_responses_application_id'))

    op.drop_table('form_responses')
    op.drop_table('form_definitions')
