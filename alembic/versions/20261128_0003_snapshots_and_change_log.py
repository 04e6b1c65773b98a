"""snapshots and change log

indicator_snapshot: each indicator of the ward and of every group, one row per
day (Vietnam date); unique on (code, scope, day), where scope is "ward" or the
group's code, because a NULL group_id would not be unique in SQL;
change_log: who changed a target, a setting, a group or an account, and how.

Revision ID: 0003
Revises: 0002
Create Date: 2026-11-28 22:52:47.869952
"""
from typing import Sequence, Union

from alembic import op
import sqlalchemy as sa
import sqlmodel


revision: str = '0003'
down_revision: Union[str, None] = '0002'
branch_labels: Union[str, Sequence[str], None] = None
depends_on: Union[str, Sequence[str], None] = None


def upgrade() -> None:
    op.create_table('change_log',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('user_id', sa.Integer(), nullable=True),
    sa.Column('entity', sqlmodel.sql.sqltypes.AutoString(length=20), nullable=False),
    sa.Column('key', sqlmodel.sql.sqltypes.AutoString(length=60), nullable=False),
    sa.Column('old_value', sa.Text(), nullable=True),
    sa.Column('new_value', sa.Text(), nullable=True),
    sa.ForeignKeyConstraint(['user_id'], ['user_account.id'], name=op.f('fk_change_log_user_id_user_account'), ondelete='SET NULL'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_change_log'))
    )
    with op.batch_alter_table('change_log', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_change_log_at'), ['at'], unique=False)

    op.create_table('indicator_snapshot',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('day', sa.Date(), nullable=False),
    sa.Column('scope', sqlmodel.sql.sqltypes.AutoString(length=20), nullable=False),
    sa.Column('group_id', sa.Integer(), nullable=True),
    sa.Column('code', sqlmodel.sql.sqltypes.AutoString(length=40), nullable=False),
    sa.Column('numerator', sa.Integer(), nullable=False),
    sa.Column('denominator', sa.Integer(), nullable=False),
    sa.Column('target', sa.Float(), nullable=True),
    sa.Column('taken_at', sa.DateTime(timezone=True), nullable=False),
    sa.CheckConstraint("(group_id IS NULL) = (scope = 'ward')", name=op.f('ck_indicator_snapshot_scope_matches_group')),
    sa.CheckConstraint('numerator >= 0 AND numerator <= denominator', name=op.f('ck_indicator_snapshot_numerator_range')),
    sa.CheckConstraint('target IS NULL OR (target >= 0 AND target <= 1)', name=op.f('ck_indicator_snapshot_target_range')),
    sa.ForeignKeyConstraint(['group_id'], ['residential_group.id'], name=op.f('fk_indicator_snapshot_group_id_residential_group'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_indicator_snapshot')),
    sa.UniqueConstraint('code', 'scope', 'day', name='uq_indicator_snapshot_code_scope_day')
    )
    with op.batch_alter_table('indicator_snapshot', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_indicator_snapshot_day'), ['day'], unique=False)
        batch_op.create_index(batch_op.f('ix_indicator_snapshot_group_id'), ['group_id'], unique=False)


def downgrade() -> None:
    with op.batch_alter_table('indicator_snapshot', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_indicator_snapshot_group_id'))
        batch_op.drop_index(batch_op.f('ix_indicator_snapshot_day'))

    op.drop_table('indicator_snapshot')
    with op.batch_alter_table('change_log', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_change_log_at'))

    op.drop_table('change_log')