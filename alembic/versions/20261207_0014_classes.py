"""the ward's classes, their sign-ups, attendance and completions; courses elsewhere

learning_class (code, title, topics, capacity, teacher), class_group (the groups it is
for), class_session (day, start time, length, place), class_signup (a member signed up,
waiting or cancelled), class_attendance (who came to a session), class_completion (who
completed a class, with the skills they agreed to record) and course_completion (a course
finished on the national platform, or from an imported list). Rows about a person carry
household_id for the family's export and erasure.

Revision ID: 0014
Revises: 0013
Create Date: 2026-12-07 17:00:00
"""
from typing import Sequence, Union

from alembic import op
import sqlalchemy as sa

revision: str = '0014'
down_revision: Union[str, None] = '0013'
branch_labels: Union[str, Sequence[str], None] = None
depends_on: Union[str, Sequence[str], None] = None


def upgrade() -> None:
    op.create_table('learning_class',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('code', sa.String(length=20), nullable=False),
    sa.Column('title', sa.String(length=200), nullable=False),
    sa.Column('topics', sa.String(length=400), nullable=False),
    sa.Column('capacity', sa.Integer(), nullable=False),
    sa.Column('teacher_id', sa.Integer(), nullable=True),
    sa.Column('created_by_id', sa.Integer(), nullable=True),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.CheckConstraint('capacity > 0', name=op.f('ck_learning_class_capacity_positive')),
    sa.ForeignKeyConstraint(['created_by_id'], ['user_account.id'], name=op.f('fk_learning_class_created_by_id_user_account'), ondelete='SET NULL'),
    sa.ForeignKeyConstraint(['teacher_id'], ['user_account.id'], name=op.f('fk_learning_class_teacher_id_user_account'), ondelete='SET NULL'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_learning_class')),
    sa.UniqueConstraint('code', name=op.f('uq_learning_class_code'))
    )
    with op.batch_alter_table('learning_class', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_learning_class_teacher_id'), ['teacher_id'], unique=False)

    op.create_table('class_group',
    sa.Column('class_id', sa.Integer(), nullable=False),
    sa.Column('group_id', sa.Integer(), nullable=False),
    sa.ForeignKeyConstraint(['class_id'], ['learning_class.id'], name=op.f('fk_class_group_class_id_learning_class'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['group_id'], ['residential_group.id'], name=op.f('fk_class_group_group_id_residential_group'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('class_id', 'group_id', name=op.f('pk_class_group'))
    )
    with op.batch_alter_table('class_group', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_class_group_group_id'), ['group_id'], unique=False)

    op.create_table('class_session',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('class_id', sa.Integer(), nullable=False),
    sa.Column('day', sa.Date(), nullable=False),
    sa.Column('starts_at', sa.Time(), nullable=False),
    sa.Column('minutes', sa.Integer(), server_default='90', nullable=False),
    sa.Column('place', sa.String(length=200), nullable=False),
    sa.CheckConstraint('minutes > 0 AND minutes <= 600', name=op.f('ck_class_session_minutes_range')),
    sa.ForeignKeyConstraint(['class_id'], ['learning_class.id'], name=op.f('fk_class_session_class_id_learning_class'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_class_session'))
    )
    with op.batch_alter_table('class_session', schema=None) as batch_op:
        batch_op.create_index('ix_class_session_class_day', ['class_id', 'day'], unique=False)

    op.create_table('class_signup',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('class_id', sa.Integer(), nullable=False),
    sa.Column('member_id', sa.Integer(), nullable=False),
    sa.Column('household_id', sa.Integer(), nullable=False),
    sa.Column('status', sa.String(length=12), nullable=False),
    sa.Column('set_enrolled', sa.Boolean(), server_default=sa.false(), nullable=False),
    sa.Column('first_learner', sa.Boolean(), server_default=sa.false(), nullable=False),
    sa.Column('signed_up_by_id', sa.Integer(), nullable=True),
    sa.Column('signed_up_at', sa.DateTime(timezone=True), nullable=False),
    sa.CheckConstraint("status IN ('signed_up', 'waiting', 'cancelled')", name=op.f('ck_class_signup_status_code')),
    sa.ForeignKeyConstraint(['class_id'], ['learning_class.id'], name=op.f('fk_class_signup_class_id_learning_class'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['household_id'], ['household.id'], name=op.f('fk_class_signup_household_id_household'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['member_id'], ['member.id'], name=op.f('fk_class_signup_member_id_member'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['signed_up_by_id'], ['user_account.id'], name=op.f('fk_class_signup_signed_up_by_id_user_account'), ondelete='SET NULL'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_class_signup')),
    sa.UniqueConstraint('class_id', 'member_id', name='uq_class_signup_class_member')
    )
    with op.batch_alter_table('class_signup', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_class_signup_household_id'), ['household_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_class_signup_member_id'), ['member_id'], unique=False)

    op.create_table('class_attendance',
    sa.Column('session_id', sa.Integer(), nullable=False),
    sa.Column('member_id', sa.Integer(), nullable=False),
    sa.Column('household_id', sa.Integer(), nullable=False),
    sa.Column('marked_by_id', sa.Integer(), nullable=True),
    sa.Column('marked_at', sa.DateTime(timezone=True), nullable=False),
    sa.ForeignKeyConstraint(['household_id'], ['household.id'], name=op.f('fk_class_attendance_household_id_household'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['marked_by_id'], ['user_account.id'], name=op.f('fk_class_attendance_marked_by_id_user_account'), ondelete='SET NULL'),
    sa.ForeignKeyConstraint(['member_id'], ['member.id'], name=op.f('fk_class_attendance_member_id_member'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['session_id'], ['class_session.id'], name=op.f('fk_class_attendance_session_id_class_session'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('session_id', 'member_id', name=op.f('pk_class_attendance'))
    )
    with op.batch_alter_table('class_attendance', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_class_attendance_household_id'), ['household_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_class_attendance_member_id'), ['member_id'], unique=False)

    op.create_table('class_completion',
    sa.Column('class_id', sa.Integer(), nullable=False),
    sa.Column('member_id', sa.Integer(), nullable=False),
    sa.Column('household_id', sa.Integer(), nullable=False),
    sa.Column('completed_on', sa.Date(), nullable=False),
    sa.Column('skills', sa.String(length=200), server_default='', nullable=False),
    sa.Column('marked_by_id', sa.Integer(), nullable=True),
    sa.Column('marked_at', sa.DateTime(timezone=True), nullable=False),
    sa.ForeignKeyConstraint(['class_id'], ['learning_class.id'], name=op.f('fk_class_completion_class_id_learning_class'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['household_id'], ['household.id'], name=op.f('fk_class_completion_household_id_household'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['marked_by_id'], ['user_account.id'], name=op.f('fk_class_completion_marked_by_id_user_account'), ondelete='SET NULL'),
    sa.ForeignKeyConstraint(['member_id'], ['member.id'], name=op.f('fk_class_completion_member_id_member'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('class_id', 'member_id', name=op.f('pk_class_completion'))
    )
    with op.batch_alter_table('class_completion', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_class_completion_household_id'), ['household_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_class_completion_member_id'), ['member_id'], unique=False)

    op.create_table('course_completion',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('member_id', sa.Integer(), nullable=False),
    sa.Column('household_id', sa.Integer(), nullable=False),
    sa.Column('course', sa.String(length=200), nullable=False),
    sa.Column('completed_on', sa.Date(), nullable=False),
    sa.Column('source', sa.String(length=20), nullable=False),
    sa.Column('recorded_by_id', sa.Integer(), nullable=True),
    sa.Column('recorded_at', sa.DateTime(timezone=True), nullable=False),
    sa.CheckConstraint("source IN ('national_platform', 'import')", name=op.f('ck_course_completion_source_code')),
    sa.ForeignKeyConstraint(['household_id'], ['household.id'], name=op.f('fk_course_completion_household_id_household'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['member_id'], ['member.id'], name=op.f('fk_course_completion_member_id_member'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['recorded_by_id'], ['user_account.id'], name=op.f('fk_course_completion_recorded_by_id_user_account'), ondelete='SET NULL'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_course_completion'))
    )
    with op.batch_alter_table('course_completion', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_course_completion_household_id'), ['household_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_course_completion_member_id'), ['member_id'], unique=False)


def downgrade() -> None:
    op.drop_table('course_completion')
    op.drop_table('class_completion')
    op.drop_table('class_attendance')
    op.drop_table('class_signup')
    op.drop_table('class_session')
    op.drop_table('class_group')
    op.drop_table('learning_class')
