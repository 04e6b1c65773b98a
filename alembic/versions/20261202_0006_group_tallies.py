"""group tallies (live roll-ups)

group_tally: one row of counts per residential group, kept up to date in the
same transaction as every write that changes them (digital_family.campaign.rollups);
rollup_state: the single row saying which reference year and which moment of
the 180-day window the tallies count for. The state starts "never built"
(reference_year null): the first reader builds the tallies from the member rows,
or run ``digital-family rollups rebuild``. Index on household.confirmed_at for
sliding the window.

Revision ID: 0006
Revises: 0005
Create Date: 2026-12-01 23:40:00
"""
from typing import Sequence, Union

from alembic import op
import sqlalchemy as sa

revision: str = '0006'
down_revision: Union[str, None] = '0005'
branch_labels: Union[str, Sequence[str], None] = None
depends_on: Union[str, Sequence[str], None] = None


def upgrade() -> None:
    op.create_table('group_tally',
    sa.Column('group_id', sa.Integer(), nullable=False),
    sa.Column('members', sa.Integer(), server_default='0', nullable=False),
    sa.Column('households', sa.Integer(), server_default='0', nullable=False),
    sa.Column('confirmed', sa.Integer(), server_default='0', nullable=False),
    sa.Column('confirmed_recent', sa.Integer(), server_default='0', nullable=False),
    sa.Column('households_with_members', sa.Integer(), server_default='0', nullable=False),
    sa.Column('households_learning', sa.Integer(), server_default='0', nullable=False),
    sa.Column('adult_smartphone', sa.Integer(), server_default='0', nullable=False),
    sa.Column('adult_epayment', sa.Integer(), server_default='0', nullable=False),
    sa.Column('age_16', sa.Integer(), server_default='0', nullable=False),
    sa.Column('age_16_vneid', sa.Integer(), server_default='0', nullable=False),
    sa.Column('trader', sa.Integer(), server_default='0', nullable=False),
    sa.Column('trader_ecommerce', sa.Integer(), server_default='0', nullable=False),
    sa.Column('trader_cashless', sa.Integer(), server_default='0', nullable=False),
    sa.Column('trader_digital_savings', sa.Integer(), server_default='0', nullable=False),
    sa.Column('public_sector_s0', sa.Integer(), server_default='0', nullable=False),
    sa.Column('public_sector_s1', sa.Integer(), server_default='0', nullable=False),
    sa.Column('public_sector_s2', sa.Integer(), server_default='0', nullable=False),
    sa.Column('public_sector_s3', sa.Integer(), server_default='0', nullable=False),
    sa.Column('public_sector_s4', sa.Integer(), server_default='0', nullable=False),
    sa.Column('public_sector_s5', sa.Integer(), server_default='0', nullable=False),
    sa.Column('public_sector_s6', sa.Integer(), server_default='0', nullable=False),
    sa.Column('public_sector_s7', sa.Integer(), server_default='0', nullable=False),
    sa.Column('public_sector_s8', sa.Integer(), server_default='0', nullable=False),
    sa.Column('student_15_s0', sa.Integer(), server_default='0', nullable=False),
    sa.Column('student_15_s1', sa.Integer(), server_default='0', nullable=False),
    sa.Column('student_15_s2', sa.Integer(), server_default='0', nullable=False),
    sa.Column('student_15_s3', sa.Integer(), server_default='0', nullable=False),
    sa.Column('student_15_s4', sa.Integer(), server_default='0', nullable=False),
    sa.Column('student_15_s5', sa.Integer(), server_default='0', nullable=False),
    sa.Column('student_15_s6', sa.Integer(), server_default='0', nullable=False),
    sa.Column('student_15_s7', sa.Integer(), server_default='0', nullable=False),
    sa.Column('student_15_s8', sa.Integer(), server_default='0', nullable=False),
    sa.Column('adult_s0', sa.Integer(), server_default='0', nullable=False),
    sa.Column('adult_s1', sa.Integer(), server_default='0', nullable=False),
    sa.Column('adult_s2', sa.Integer(), server_default='0', nullable=False),
    sa.Column('adult_s3', sa.Integer(), server_default='0', nullable=False),
    sa.Column('adult_s4', sa.Integer(), server_default='0', nullable=False),
    sa.Column('adult_s5', sa.Integer(), server_default='0', nullable=False),
    sa.Column('adult_s6', sa.Integer(), server_default='0', nullable=False),
    sa.Column('adult_s7', sa.Integer(), server_default='0', nullable=False),
    sa.Column('adult_s8', sa.Integer(), server_default='0', nullable=False),
    sa.Column('enterprise_s0', sa.Integer(), server_default='0', nullable=False),
    sa.Column('enterprise_s1', sa.Integer(), server_default='0', nullable=False),
    sa.Column('enterprise_s2', sa.Integer(), server_default='0', nullable=False),
    sa.Column('enterprise_s3', sa.Integer(), server_default='0', nullable=False),
    sa.Column('enterprise_s4', sa.Integer(), server_default='0', nullable=False),
    sa.Column('enterprise_s5', sa.Integer(), server_default='0', nullable=False),
    sa.Column('enterprise_s6', sa.Integer(), server_default='0', nullable=False),
    sa.Column('enterprise_s7', sa.Integer(), server_default='0', nullable=False),
    sa.Column('enterprise_s8', sa.Integer(), server_default='0', nullable=False),
    sa.ForeignKeyConstraint(['group_id'], ['residential_group.id'], name=op.f('fk_group_tally_group_id_residential_group'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('group_id', name=op.f('pk_group_tally'))
    )
    op.create_table('rollup_state',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('reference_year', sa.Integer(), nullable=True),
    sa.Column('window_as_of', sa.DateTime(timezone=True), nullable=True),
    sa.Column('updated_at', sa.DateTime(timezone=True), nullable=False),
    sa.CheckConstraint('id = 1', name=op.f('ck_rollup_state_single_row')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_rollup_state'))
    )
    op.execute(
        "INSERT INTO rollup_state (id, reference_year, window_as_of, updated_at) "
        "VALUES (1, NULL, NULL, CURRENT_TIMESTAMP)"
    )
    with op.batch_alter_table('household', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_household_confirmed_at'), ['confirmed_at'], unique=False)


def downgrade() -> None:
    with op.batch_alter_table('household', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_household_confirmed_at'))
    op.drop_table('rollup_state')
    op.drop_table('group_tally')
