"""visits and the week's plan

household_visit: a group leader's (or ambassador's) visit at the door, or help given at
the public-service point: when, the outcome, a note, a follow-up date; visit_help: who was
helped with what during it; week_plan: the households a leader chose for a week.

Revision ID: 0013
Revises: 0012
Create Date: 2026-12-07 17:00:00
"""
from typing import Sequence, Union

from alembic import op
import sqlalchemy as sa

revision: str = '0013'
down_revision: Union[str, None] = '0012'
branch_labels: Union[str, Sequence[str], None] = None
depends_on: Union[str, Sequence[str], None] = None


def upgrade() -> None:
    op.create_table('household_visit',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('household_id', sa.Integer(), nullable=False),
    sa.Column('visitor_id', sa.Integer(), nullable=True),
    sa.Column('visitor_role', sa.String(length=20), nullable=False),
    sa.Column('visited_on', sa.Date(), nullable=False),
    sa.Column('outcome', sa.String(length=20), nullable=False),
    sa.Column('place', sa.String(length=20), server_default='home', nullable=False),
    sa.Column('note', sa.String(length=500), server_default='', nullable=False),
    sa.Column('follow_up_on', sa.Date(), nullable=True),
    sa.Column('counts_from', sa.DateTime(timezone=True), nullable=False),
    sa.Column('counts_until', sa.DateTime(timezone=True), nullable=False),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.CheckConstraint("outcome IN ('met', 'nobody_home', 'come_back', 'declined')", name=op.f('ck_household_visit_outcome_code')),
    sa.CheckConstraint("place IN ('home', 'service_point')", name=op.f('ck_household_visit_place_code')),
    sa.ForeignKeyConstraint(['household_id'], ['household.id'], name=op.f('fk_household_visit_household_id_household'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['visitor_id'], ['user_account.id'], name=op.f('fk_household_visit_visitor_id_user_account'), ondelete='SET NULL'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_household_visit'))
    )
    with op.batch_alter_table('household_visit', schema=None) as batch_op:
        batch_op.create_index('ix_household_visit_household_on', ['household_id', 'visited_on'], unique=False)
        batch_op.create_index('ix_household_visit_visited_on', ['visited_on'], unique=False)
        batch_op.create_index(batch_op.f('ix_household_visit_visitor_id'), ['visitor_id'], unique=False)

    op.create_table('visit_help',
    sa.Column('visit_id', sa.Integer(), nullable=False),
    sa.Column('member_id', sa.Integer(), nullable=False),
    sa.Column('topic', sa.String(length=20), nullable=False),
    sa.Column('household_id', sa.Integer(), nullable=False),
    sa.ForeignKeyConstraint(['household_id'], ['household.id'], name=op.f('fk_visit_help_household_id_household'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['member_id'], ['member.id'], name=op.f('fk_visit_help_member_id_member'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['visit_id'], ['household_visit.id'], name=op.f('fk_visit_help_visit_id_household_visit'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('visit_id', 'member_id', 'topic', name=op.f('pk_visit_help'))
    )
    with op.batch_alter_table('visit_help', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_visit_help_household_id'), ['household_id'], unique=False)

    op.create_table('week_plan',
    sa.Column('user_id', sa.Integer(), nullable=False),
    sa.Column('week_start', sa.Date(), nullable=False),
    sa.Column('household_id', sa.Integer(), nullable=False),
    sa.Column('added_at', sa.DateTime(timezone=True), nullable=False),
    sa.ForeignKeyConstraint(['household_id'], ['household.id'], name=op.f('fk_week_plan_household_id_household'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['user_id'], ['user_account.id'], name=op.f('fk_week_plan_user_id_user_account'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('user_id', 'week_start', 'household_id', name=op.f('pk_week_plan'))
    )
    with op.batch_alter_table('week_plan', schema=None) as batch_op:
        batch_op.create_index('ix_week_plan_household_id', ['household_id'], unique=False)


def downgrade() -> None:
    op.drop_table('week_plan')
    op.drop_table('visit_help')
    op.drop_table('household_visit')
