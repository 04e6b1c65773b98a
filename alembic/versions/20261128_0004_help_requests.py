"""help requests

help_request: a member's request for help with one topic, queued for the
ambassadors of the household's group (group_id repeats the household's group
for the queue index); at most one open-or-claimed request per member and topic
(a partial unique index); help_request_note: notes ambassadors and leaders add;
help_request_change: the member fields an ambassador changed when resolving a
request as helped. The unclaimed-hours threshold is a setting row
(help_unclaimed_hours, default 48 when absent), so no data migration.

Revision ID: 0004
Revises: 0003
Create Date: 2026-11-28 23:19:33.864078
"""
from typing import Sequence, Union

from alembic import op
import sqlalchemy as sa
import sqlmodel


revision: str = '0004'
down_revision: Union[str, None] = '0003'
branch_labels: Union[str, Sequence[str], None] = None
depends_on: Union[str, Sequence[str], None] = None


def upgrade() -> None:
    op.create_table('help_request',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('household_id', sa.Integer(), nullable=False),
    sa.Column('member_id', sa.Integer(), nullable=False),
    sa.Column('group_id', sa.Integer(), nullable=False),
    sa.Column('topic', sqlmodel.sql.sqltypes.AutoString(length=20), nullable=False),
    sa.Column('note', sqlmodel.sql.sqltypes.AutoString(length=300), nullable=True),
    sa.Column('preferred_time', sqlmodel.sql.sqltypes.AutoString(length=100), nullable=True),
    sa.Column('status', sqlmodel.sql.sqltypes.AutoString(length=10), nullable=False),
    sa.Column('outcome', sqlmodel.sql.sqltypes.AutoString(length=12), nullable=True),
    sa.Column('created_by_id', sa.Integer(), nullable=True),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('claimed_by_id', sa.Integer(), nullable=True),
    sa.Column('claimed_at', sa.DateTime(timezone=True), nullable=True),
    sa.Column('resolved_at', sa.DateTime(timezone=True), nullable=True),
    sa.Column('updated_at', sa.DateTime(timezone=True), nullable=False),
    sa.CheckConstraint("(status = 'resolved') = (outcome IS NOT NULL)", name=op.f('ck_help_request_outcome_when_resolved')),
    sa.CheckConstraint("outcome IS NULL OR outcome IN ('helped', 'not_helped', 'no_answer')", name=op.f('ck_help_request_outcome_code')),
    sa.CheckConstraint("status IN ('open', 'claimed', 'resolved', 'cancelled')", name=op.f('ck_help_request_status_code')),
    sa.CheckConstraint("topic IN ('vneid', 'public_services', 'epayment', 'smartphone', 'online_safety', 'selling_online')", name=op.f('ck_help_request_topic_code')),
    sa.ForeignKeyConstraint(['claimed_by_id'], ['user_account.id'], name=op.f('fk_help_request_claimed_by_id_user_account'), ondelete='SET NULL'),
    sa.ForeignKeyConstraint(['created_by_id'], ['user_account.id'], name=op.f('fk_help_request_created_by_id_user_account'), ondelete='SET NULL'),
    sa.ForeignKeyConstraint(['group_id'], ['residential_group.id'], name=op.f('fk_help_request_group_id_residential_group'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['household_id'], ['household.id'], name=op.f('fk_help_request_household_id_household'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['member_id'], ['member.id'], name=op.f('fk_help_request_member_id_member'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_help_request'))
    )
    with op.batch_alter_table('help_request', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_help_request_claimed_by_id'), ['claimed_by_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_help_request_household_id'), ['household_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_help_request_member_id'), ['member_id'], unique=False)
        batch_op.create_index('ix_help_request_queue', ['group_id', 'status', 'created_at'], unique=False)
        batch_op.create_index('uq_help_request_active_topic', ['member_id', 'topic'], unique=True, sqlite_where=sa.text("status IN ('open', 'claimed')"), postgresql_where=sa.text("status IN ('open', 'claimed')"))

    op.create_table('help_request_change',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('request_id', sa.Integer(), nullable=False),
    sa.Column('member_id', sa.Integer(), nullable=False),
    sa.Column('field', sqlmodel.sql.sqltypes.AutoString(length=40), nullable=False),
    sa.Column('old_value', sqlmodel.sql.sqltypes.AutoString(length=20), nullable=True),
    sa.Column('new_value', sqlmodel.sql.sqltypes.AutoString(length=20), nullable=True),
    sa.Column('at', sa.DateTime(timezone=True), nullable=False),
    sa.ForeignKeyConstraint(['member_id'], ['member.id'], name=op.f('fk_help_request_change_member_id_member'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['request_id'], ['help_request.id'], name=op.f('fk_help_request_change_request_id_help_request'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_help_request_change'))
    )
    with op.batch_alter_table('help_request_change', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_help_request_change_at'), ['at'], unique=False)
        batch_op.create_index(batch_op.f('ix_help_request_change_member_id'), ['member_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_help_request_change_request_id'), ['request_id'], unique=False)

    op.create_table('help_request_note',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('request_id', sa.Integer(), nullable=False),
    sa.Column('author_id', sa.Integer(), nullable=True),
    sa.Column('text', sqlmodel.sql.sqltypes.AutoString(length=500), nullable=False),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.ForeignKeyConstraint(['author_id'], ['user_account.id'], name=op.f('fk_help_request_note_author_id_user_account'), ondelete='SET NULL'),
    sa.ForeignKeyConstraint(['request_id'], ['help_request.id'], name=op.f('fk_help_request_note_request_id_help_request'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_help_request_note'))
    )
    with op.batch_alter_table('help_request_note', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_help_request_note_request_id'), ['request_id'], unique=False)


def downgrade() -> None:
    with op.batch_alter_table('help_request_note', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_help_request_note_request_id'))

    op.drop_table('help_request_note')
    with op.batch_alter_table('help_request_change', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_help_request_change_request_id'))
        batch_op.drop_index(batch_op.f('ix_help_request_change_member_id'))
        batch_op.drop_index(batch_op.f('ix_help_request_change_at'))

    op.drop_table('help_request_change')
    with op.batch_alter_table('help_request', schema=None) as batch_op:
        batch_op.drop_index('uq_help_request_active_topic')
        batch_op.drop_index('ix_help_request_queue')
        batch_op.drop_index(batch_op.f('ix_help_request_member_id'))
        batch_op.drop_index(batch_op.f('ix_help_request_household_id'))
        batch_op.drop_index(batch_op.f('ix_help_request_claimed_by_id'))

    op.drop_table('help_request')
