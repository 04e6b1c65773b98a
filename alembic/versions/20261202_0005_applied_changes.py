"""applied changes

applied_change: each change a household page sent (a member's answer, a member
gone through, a confirmation), recorded when applied, so a copy sent again after
a lost connection is recognised and skipped (exactly once).

Revision ID: 0005
Revises: 0004
Create Date: 2026-12-02 00:30:00
"""
from typing import Sequence, Union

from alembic import op
import sqlalchemy as sa
import sqlmodel


revision: str = '0005'
down_revision: Union[str, None] = '0004'
branch_labels: Union[str, Sequence[str], None] = None
depends_on: Union[str, Sequence[str], None] = None


def upgrade() -> None:
    op.create_table('applied_change',
    sa.Column('change_id', sqlmodel.sql.sqltypes.AutoString(length=64), nullable=False),
    sa.Column('household_id', sa.Integer(), nullable=False),
    sa.Column('member_id', sa.Integer(), nullable=True),
    sa.Column('kind', sqlmodel.sql.sqltypes.AutoString(length=10), nullable=False),
    sa.Column('field', sqlmodel.sql.sqltypes.AutoString(length=40), nullable=True),
    sa.Column('account_id', sa.Integer(), nullable=True),
    sa.Column('version_after', sa.Integer(), nullable=True),
    sa.Column('applied_at', sa.DateTime(timezone=True), nullable=False),
    sa.CheckConstraint("kind IN ('set', 'checked', 'confirm')", name=op.f('ck_applied_change_kind_code')),
    sa.ForeignKeyConstraint(['account_id'], ['user_account.id'], name=op.f('fk_applied_change_account_id_user_account'), ondelete='SET NULL'),
    sa.ForeignKeyConstraint(['household_id'], ['household.id'], name=op.f('fk_applied_change_household_id_household'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['member_id'], ['member.id'], name=op.f('fk_applied_change_member_id_member'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('change_id', name=op.f('pk_applied_change'))
    )
    with op.batch_alter_table('applied_change', schema=None) as batch_op:
        batch_op.create_index('ix_applied_change_household_at', ['household_id', 'applied_at'], unique=False)
        batch_op.create_index(batch_op.f('ix_applied_change_member_id'), ['member_id'], unique=False)


def downgrade() -> None:
    with op.batch_alter_table('applied_change', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_applied_change_member_id'))
        batch_op.drop_index('ix_applied_change_household_at')
    op.drop_table('applied_change')
