"""initial schema

Revision ID: 0001
Revises: 
Create Date: 2026-11-22 06:37:52.814293
"""

from alembic import op
import sqlalchemy as sa


revision = '0001'
down_revision = None
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table('organisation_settings',
    sa.Column('name', sa.String(length=200), nullable=False),
    sa.Column('address', sa.Text(), nullable=True),
    sa.Column('logo', sa.LargeBinary(), nullable=True),
    sa.Column('language', sa.Enum('nl', 'fr', 'en', 'de', name='language', native_enum=False, create_constraint=True, length=32), nullable=False),
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.Column('created_at', sa.DateTime(), server_default=sa.text('(CURRENT_TIMESTAMP)'), nullable=False),
    sa.Column('updated_at', sa.DateTime(), server_default=sa.text('(CURRENT_TIMESTAMP)'), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_organisation_settings'))
    )
    op.create_table('schools',
    sa.Column('name', sa.String(length=200), nullable=False),
    sa.Column('kind', sa.Enum('university', 'university_college', 'secondary_school', 'training_centre', 'employment_service', name='schoolkind', native_enum=False, create_constraint=True, length=32), nullable=False),
    sa.Column('address', sa.Text(), nullable=True),
    sa.Column('city', sa.String(length=100), nullable=True),
    sa.Column('website', sa.String(length=200), nullable=True),
    sa.Column('language', sa.Enum('nl', 'fr', 'en', 'de', name='language', native_enum=False, create_constraint=True, length=32), nullable=False),
    sa.Column('last_contact', sa.Date(), nullable=True),
    sa.Column('notes', sa.Text(), nullable=True),
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.Column('created_at', sa.DateTime(), server_default=sa.text('(CURRENT_TIMESTAMP)'), nullable=False),
    sa.Column('updated_at', sa.DateTime(), server_default=sa.text('(CURRENT_TIMESTAMP)'), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_schools')),
    sa.UniqueConstraint('name', name=op.f('uq_schools_name'))
    )
    op.create_table('units',
    sa.Column('name', sa.String(length=200), nullable=False),
    sa.Column('code', sa.String(length=20), nullable=True),
    sa.Column('notes', sa.Text(), nullable=True),
    sa.Column('active', sa.Boolean(), nullable=False),
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.Column('created_at', sa.DateTime(), server_default=sa.text('(CURRENT_TIMESTAMP)'), nullable=False),
    sa.Column('updated_at', sa.DateTime(), server_default=sa.text('(CURRENT_TIMESTAMP)'), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_units')),
    sa.UniqueConstraint('name', name=op.f('uq_units_name'))
    )
    op.create_table('programmes',
    sa.Column('school_id', sa.Integer(), nullable=False),
    sa.Column('name', sa.String(length=200), nullable=False),
    sa.Column('education_level', sa.Enum('secondary', 'post_secondary', 'professional_bachelor', 'academic_bachelor', 'master', 'doctorate', 'adult_education', 'other', name='educationlevel', native_enum=False, create_constraint=True, length=32), nullable=True),
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.Column('created_at', sa.DateTime(), server_default=sa.text('(CURRENT_TIMESTAMP)'), nullable=False),
    sa.Column('updated_at', sa.DateTime(), server_default=sa.text('(CURRENT_TIMESTAMP)'), nullable=False),
    sa.ForeignKeyConstraint(['school_id'], ['schools.id'], name=op.f('fk_programmes_school_id_schools'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_programmes'))
    )
    op.create_table('school_contacts',
    sa.Column('school_id', sa.Integer(), nullable=False),
    sa.Column('name', sa.String(length=200), nullable=False),
    sa.Column('function', sa.String(length=200), nullable=True),
    sa.Column('email', sa.String(length=200), nullable=True),
    sa.Column('phone', sa.String(length=50), nullable=True),
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.Column('created_at', sa.DateTime(), server_default=sa.text('(CURRENT_TIMESTAMP)'), nullable=False),
    sa.Column('updated_at', sa.DateTime(), server_default=sa.text('(CURRENT_TIMESTAMP)'), nullable=False),
    sa.ForeignKeyConstraint(['school_id'], ['schools.id'], name=op.f('fk_school_contacts_school_id_schools'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_school_contacts'))
    )
    op.create_table('staff_members',
    sa.Column('first_name', sa.String(length=100), nullable=False),
    sa.Column('last_name', sa.String(length=100), nullable=False),
    sa.Column('email', sa.String(length=200), nullable=True),
    sa.Column('phone', sa.String(length=50), nullable=True),
    sa.Column('function', sa.String(length=200), nullable=True),
    sa.Column('unit_id', sa.Integer(), nullable=True),
    sa.Column('is_coordinator', sa.Boolean(), nullable=False),
    sa.Column('is_mentor', sa.Boolean(), nullable=False),
    sa.Column('is_backup', sa.Boolean(), nullable=False),
    sa.Column('is_unit_head', sa.Boolean(), nullable=False),
    sa.Column('language', sa.Enum('nl', 'fr', 'en', 'de', name='language', native_enum=False, create_constraint=True, length=32), nullable=False),
    sa.Column('active', sa.Boolean(), nullable=False),
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.Column('created_at', sa.DateTime(), server_default=sa.text('(CURRENT_TIMESTAMP)'), nullable=False),
    sa.Column('updated_at', sa.DateTime(), server_default=sa.text('(CURRENT_TIMESTAMP)'), nullable=False),
    sa.ForeignKeyConstraint(['unit_id'], ['units.id'], name=op.f('fk_staff_members_unit_id_units'), ondelete='RESTRICT'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_staff_members'))
    )
    op.create_table('candidates',
    sa.Column('first_name', sa.String(length=100), nullable=False),
    sa.Column('last_name', sa.String(length=100), nullable=False),
    sa.Column('email', sa.String(length=200), nullable=True),
    sa.Column('phone', sa.String(length=50), nullable=True),
    sa.Column('address', sa.Text(), nullable=True),
    sa.Column('date_of_birth', sa.Date(), nullable=True),
    sa.Column('gender', sa.Enum('female', 'male', 'x', name='gender', native_enum=False, create_constraint=True, length=32), nullable=True),
    sa.Column('education_level', sa.Enum('secondary', 'post_secondary', 'professional_bachelor', 'academic_bachelor', 'master', 'doctorate', 'adult_education', 'other', name='educationlevel', native_enum=False, create_constraint=True, length=32), nullable=True),
    sa.Column('school_id', sa.Integer(), nullable=True),
    sa.Column('programme_id', sa.Integer(), nullable=True),
    sa.Column('language', sa.Enum('nl', 'fr', 'en', 'de', name='language', native_enum=False, create_constraint=True, length=32), nullable=False),
    sa.Column('languages', sa.String(length=100), nullable=True),
    sa.Column('consent_date', sa.Date(), nullable=True),
    sa.Column('tg_migration_background', sa.Boolean(), nullable=True),
    sa.Column('tg_disability', sa.Boolean(), nullable=True),
    sa.Column('tg_other', sa.String(length=200), nullable=True),
    sa.Column('notes', sa.Text(), nullable=True),
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.Column('created_at', sa.DateTime(), server_default=sa.text('(CURRENT_TIMESTAMP)'), nullable=False),
    sa.Column('updated_at', sa.DateTime(), server_default=sa.text('(CURRENT_TIMESTAMP)'), nullable=False),
    sa.CheckConstraint('consent_date IS NOT NULL OR (tg_migration_background IS NULL AND tg_disability IS NULL AND tg_other IS NULL)', name=op.f('ck_candidates_target_group_consent')),
    sa.ForeignKeyConstraint(['programme_id'], ['programmes.id'], name=op.f('fk_candidates_programme_id_programmes'), ondelete='RESTRICT'),
    sa.ForeignKeyConstraint(['school_id'], ['schools.id'], name=op.f('fk_candidates_school_id_schools'), ondelete='RESTRICT'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_candidates'))
    )
    with op.batch_alter_table('candidates', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_candidates_last_name'), ['last_name'], unique=False)
        batch_op.create_index(batch_op.f('ix_candidates_school_id'), ['school_id'], unique=False)

    op.create_table('opportunities',
    sa.Column('title', sa.String(length=200), nullable=False),
    sa.Column('unit_id', sa.Integer(), nullable=False),
    sa.Column('domain', sa.String(length=200), nullable=True),
    sa.Column('work_kind', sa.String(length=200), nullable=True),
    sa.Column('description', sa.Text(), nullable=True),
    sa.Column('requirements', sa.Text(), nullable=True),
    sa.Column('education_level', sa.Enum('secondary', 'post_secondary', 'professional_bachelor', 'academic_bachelor', 'master', 'doctorate', 'adult_education', 'other', name='educationlevel', native_enum=False, create_constraint=True, length=32), nullable=True),
    sa.Column('programme', sa.String(length=200), nullable=True),
    sa.Column('period_start', sa.Date(), nullable=True),
    sa.Column('period_end', sa.Date(), nullable=True),
    sa.Column('hours_per_week', sa.Integer(), nullable=True),
    sa.Column('places', sa.Integer(), nullable=False),
    sa.Column('mentor_id', sa.Integer(), nullable=True),
    sa.Column('backup_id', sa.Integer(), nullable=True),
    sa.Column('status', sa.Enum('proposed', 'offered', 'filled', 'closed', name='opportunitystatus', native_enum=False, create_constraint=True, length=32), nullable=False),
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.Column('created_at', sa.DateTime(), server_default=sa.text('(CURRENT_TIMESTAMP)'), nullable=False),
    sa.Column('updated_at', sa.DateTime(), server_default=sa.text('(CURRENT_TIMESTAMP)'), nullable=False),
    sa.CheckConstraint('period_end IS NULL OR period_start IS NULL OR period_end >= period_start', name=op.f('ck_opportunities_period')),
    sa.ForeignKeyConstraint(['backup_id'], ['staff_members.id'], name=op.f('fk_opportunities_backup_id_staff_members'), ondelete='RESTRICT'),
    sa.ForeignKeyConstraint(['mentor_id'], ['staff_members.id'], name=op.f('fk_opportunities_mentor_id_staff_members'), ondelete='RESTRICT'),
    sa.ForeignKeyConstraint(['unit_id'], ['units.id'], name=op.f('fk_opportunities_unit_id_units'), ondelete='RESTRICT'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_opportunities'))
    )
    with op.batch_alter_table('opportunities', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_opportunities_mentor_id'), ['mentor_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_opportunities_unit_id'), ['unit_id'], unique=False)

    op.create_table('applications',
    sa.Column('candidate_id', sa.Integer(), nullable=False),
    sa.Column('opportunity_id', sa.Integer(), nullable=True),
    sa.Column('application_date', sa.Date(), nullable=False),
    sa.Column('source', sa.Enum('school', 'spontaneous', 'website', 'job_fair', 'employment_service', 'network', 'other', name='applicationsource', native_enum=False, create_constraint=True, length=32), nullable=True),
    sa.Column('status', sa.Enum('applied', 'interviewed', 'accepted', 'rejected', 'withdrawn', name='applicationstatus', native_enum=False, create_constraint=True, length=32), nullable=False),
    sa.Column('decision_date', sa.Date(), nullable=True),
    sa.Column('notes', sa.Text(), nullable=True),
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.Column('created_at', sa.DateTime(), server_default=sa.text('(CURRENT_TIMESTAMP)'), nullable=False),
    sa.Column('updated_at', sa.DateTime(), server_default=sa.text('(CURRENT_TIMESTAMP)'), nullable=False),
    sa.CheckConstraint('decision_date IS NULL OR decision_date >= application_date', name=op.f('ck_applications_decision_date')),
    sa.ForeignKeyConstraint(['candidate_id'], ['candidates.id'], name=op.f('fk_applications_candidate_id_candidates'), ondelete='RESTRICT'),
    sa.ForeignKeyConstraint(['opportunity_id'], ['opportunities.id'], name=op.f('fk_applications_opportunity_id_opportunities'), ondelete='RESTRICT'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_applications'))
    )
    with op.batch_alter_table('applications', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_applications_application_date'), ['application_date'], unique=False)
        batch_op.create_index(batch_op.f('ix_applications_candidate_id'), ['candidate_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_applications_opportunity_id'), ['opportunity_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_applications_status'), ['status'], unique=False)

    op.create_table('internships',
    sa.Column('candidate_id', sa.Integer(), nullable=False),
    sa.Column('application_id', sa.Integer(), nullable=True),
    sa.Column('unit_id', sa.Integer(), nullable=False),
    sa.Column('opportunity_id', sa.Integer(), nullable=True),
    sa.Column('mentor_id', sa.Integer(), nullable=True),
    sa.Column('backup_id', sa.Integer(), nullable=True),
    sa.Column('school_id', sa.Integer(), nullable=True),
    sa.Column('supervisor_id', sa.Integer(), nullable=True),
    sa.Column('kind', sa.Enum('curricular', 'voluntary', 'job_seeker', 'work_based_learning', 'work_placement_agreement', 'observation', 'other', name='internshipkind', native_enum=False, create_constraint=True, length=32), nullable=False),
    sa.Column('paid', sa.Boolean(), nullable=False),
    sa.Column('allowance', sa.Numeric(precision=10, scale=2), nullable=True),
    sa.Column('start_date', sa.Date(), nullable=False),
    sa.Column('end_date', sa.Date(), nullable=False),
    sa.Column('hours_per_week', sa.Integer(), nullable=True),
    sa.Column('total_hours', sa.Integer(), nullable=True),
    sa.Column('days_per_week', sa.Integer(), nullable=True),
    sa.Column('telework', sa.Boolean(), nullable=False),
    sa.Column('status', sa.Enum('planned', 'running', 'completed', 'stopped_early', name='internshipstatus', native_enum=False, create_constraint=True, length=32), nullable=False),
    sa.Column('stop_reason', sa.Text(), nullable=True),
    sa.Column('stopped_by', sa.Enum('intern', 'organisation', 'school', 'mutual', name='stoppedby', native_enum=False, create_constraint=True, length=32), nullable=True),
    sa.Column('hired_later', sa.Boolean(), nullable=False),
    sa.Column('hired_date', sa.Date(), nullable=True),
    sa.Column('hired_function', sa.String(length=200), nullable=True),
    sa.Column('notes', sa.Text(), nullable=True),
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.Column('created_at', sa.DateTime(), server_default=sa.text('(CURRENT_TIMESTAMP)'), nullable=False),
    sa.Column('updated_at', sa.DateTime(), server_default=sa.text('(CURRENT_TIMESTAMP)'), nullable=False),
    sa.CheckConstraint('days_per_week IS NULL OR days_per_week BETWEEN 1 AND 7', name=op.f('ck_internships_days')),
    sa.CheckConstraint('end_date >= start_date', name=op.f('ck_internships_dates')),
    sa.CheckConstraint('hours_per_week IS NULL OR hours_per_week BETWEEN 1 AND 60', name=op.f('ck_internships_hours')),
    sa.ForeignKeyConstraint(['application_id'], ['applications.id'], name=op.f('fk_internships_application_id_applications'), ondelete='RESTRICT'),
    sa.ForeignKeyConstraint(['backup_id'], ['staff_members.id'], name=op.f('fk_internships_backup_id_staff_members'), ondelete='RESTRICT'),
    sa.ForeignKeyConstraint(['candidate_id'], ['candidates.id'], name=op.f('fk_internships_candidate_id_candidates'), ondelete='RESTRICT'),
    sa.ForeignKeyConstraint(['mentor_id'], ['staff_members.id'], name=op.f('fk_internships_mentor_id_staff_members'), ondelete='RESTRICT'),
    sa.ForeignKeyConstraint(['opportunity_id'], ['opportunities.id'], name=op.f('fk_internships_opportunity_id_opportunities'), ondelete='RESTRICT'),
    sa.ForeignKeyConstraint(['school_id'], ['schools.id'], name=op.f('fk_internships_school_id_schools'), ondelete='RESTRICT'),
    sa.ForeignKeyConstraint(['supervisor_id'], ['school_contacts.id'], name=op.f('fk_internships_supervisor_id_school_contacts'), ondelete='RESTRICT'),
    sa.ForeignKeyConstraint(['unit_id'], ['units.id'], name=op.f('fk_internships_unit_id_units'), ondelete='RESTRICT'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_internships'))
    )
    with op.batch_alter_table('internships', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_internships_candidate_id'), ['candidate_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_internships_end_date'), ['end_date'], unique=False)
        batch_op.create_index(batch_op.f('ix_internships_mentor_id'), ['mentor_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_internships_opportunity_id'), ['opportunity_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_internships_school_id'), ['school_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_internships_start_date'), ['start_date'], unique=False)
        batch_op.create_index(batch_op.f('ix_internships_status'), ['status'], unique=False)
        batch_op.create_index(batch_op.f('ix_internships_unit_id'), ['unit_id'], unique=False)

    op.create_table('follow_up_entries',
    sa.Column('internship_id', sa.Integer(), nullable=False),
    sa.Column('entry_date', sa.Date(), nullable=False),
    sa.Column('kind', sa.Enum('visit', 'feedback', 'absence', 'incident', 'note', name='followupkind', native_enum=False, create_constraint=True, length=32), nullable=False),
    sa.Column('text', sa.Text(), nullable=False),
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.Column('created_at', sa.DateTime(), server_default=sa.text('(CURRENT_TIMESTAMP)'), nullable=False),
    sa.Column('updated_at', sa.DateTime(), server_default=sa.text('(CURRENT_TIMESTAMP)'), nullable=False),
    sa.ForeignKeyConstraint(['internship_id'], ['internships.id'], name=op.f('fk_follow_up_entries_internship_id_internships'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_follow_up_entries'))
    )
    with op.batch_alter_table('follow_up_entries', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_follow_up_entries_entry_date'), ['entry_date'], unique=False)
        batch_op.create_index(batch_op.f('ix_follow_up_entries_internship_id'), ['internship_id'], unique=False)



def downgrade() -> None:
    with op.batch_alter_table('follow_up_entries', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_follow_up_entries_internship_id'))
        batch_op.drop_index(batch_op.f('ix_follow_up_entries_entry_date'))

    op.drop_table('follow_up_entries')
    with op.batch_alter_table('internships', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_internships_unit_id'))
        batch_op.drop_index(batch_op.f('ix_internships_status'))
        batch_op.drop_index(batch_op.f('ix_internships_start_date'))
        batch_op.drop_index(batch_op.f('ix_internships_school_id'))
        batch_op.drop_index(batch_op.f('ix_internships_opportunity_id'))
        batch_op.drop_index(batch_op.f('ix_internships_mentor_id'))
        batch_op.drop_index(batch_op.f('ix_internships_end_date'))
        batch_op.drop_index(batch_op.f('ix_internships_candidate_id'))

    op.drop_table('internships')
    with op.batch_alter_table('applications', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_applications_status'))
        batch_op.drop_index(batch_op.f('ix_applications_opportunity_id'))
        batch_op.drop_index(batch_op.f('ix_applications_candidate_id'))
        batch_op.drop_index(batch_op.f('ix_applications_application_date'))

    op.drop_table('applications')
    with op.batch_alter_table('opportunities', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_opportunities_unit_id'))
        batch_op.drop_index(batch_op.f('ix_opportunities_mentor_id'))

    op.drop_table('opportunities')
    with op.batch_alter_table('candidates', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_candidates_school_id'))
        batch_op.drop_index(batch_op.f('ix_candidates_last_name'))

    op.drop_table('candidates')
    op.drop_table('staff_members')
    op.drop_table('school_contacts')
    op.drop_table('programmes')
    op.drop_table('units')
    op.drop_table('schools')
    op.drop_table('organisation_settings')
