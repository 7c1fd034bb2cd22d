"""requirements per year, why an internship is unpaid, the contract a former intern was
hired on, a unit's name as an import meaning

Revision ID: 0010
Revises: 0009
Create Date: 2026-12-08 00:40:00.000000
"""

from alembic import op
import sqlalchemy as sa


revision = '0010'
down_revision = '0009'
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table('internships', schema=None) as batch_op:
        batch_op.add_column(sa.Column('unpaid_reason', sa.Text(), nullable=True))
        batch_op.add_column(
            sa.Column(
                'hired_contract',
                sa.Enum(
                    'permanent',
                    'fixed_term',
                    'other',
                    name='hirecontract',
                    native_enum=False,
                    create_constraint=True,
                    length=32,
                ),
                nullable=True,
            )
        )

    with op.batch_alter_table('import_words', schema=None) as batch_op:
        batch_op.alter_column(
            'meaning', existing_type=sa.String(length=32), type_=sa.String(length=200)
        )

    op.create_table(
        'requirement_texts',
        sa.Column('id', sa.Integer(), nullable=False),
        sa.Column('opportunity_id', sa.Integer(), nullable=False),
        sa.Column('year', sa.Integer(), nullable=False),
        sa.Column('text', sa.Text(), nullable=False),
        sa.ForeignKeyConstraint(
            ['opportunity_id'],
            ['opportunities.id'],
            name=op.f('fk_requirement_texts_opportunity_id_opportunities'),
            ondelete='CASCADE',
        ),
        sa.PrimaryKeyConstraint('id', name=op.f('pk_requirement_texts')),
        sqlite_autoincrement=True,
    )
    with op.batch_alter_table('requirement_texts', schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f('ix_requirement_texts_opportunity_id'), ['opportunity_id'], unique=False
        )


def downgrade() -> None:
    with op.batch_alter_table('requirement_texts', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_requirement_texts_opportunity_id'))
    op.drop_table('requirement_texts')

    with op.batch_alter_table('import_words', schema=None) as batch_op:
        batch_op.alter_column(
            'meaning', existing_type=sa.String(length=200), type_=sa.String(length=32)
        )

    with op.batch_alter_table('internships', schema=None) as batch_op:
        batch_op.drop_column('hired_contract')
        batch_op.drop_column('unpaid_reason')
