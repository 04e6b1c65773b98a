"""household consent

household_consent: one row per household saying whether it consents to the
notice (digital_family.households.consent): which notice version, ticked by the family or
told to a leader by a named adult, when, by whom; and whether it was withdrawn.

Revision ID: 0009
Revises: 0007
Create Date: 2026-12-02 03:00:00
"""
from typing import Sequence, Union

from alembic import op
import sqlalchemy as sa
import sqlmodel


revision: str = '0009'
down_revision: Union[str, None] = '0007'
branch_labels: Union[str, Sequence[str], None] = None
depends_on: Union[str, Sequence[str], None] = None


def upgrade() -> None:
    op.create_table('household_consent',
    sa.Column('household_id', sa.Integer(), nullable=False),
    sa.Column('status', sqlmodel.sql.sqltypes.AutoString(length=10), nullable=False),
    sa.Column('notice_version', sqlmodel.sql.sqltypes.AutoString(length=20), nullable=False),
    sa.Column('channel', sqlmodel.sql.sqltypes.AutoString(length=10), nullable=False),
    sa.Column('adult_name', sqlmodel.sql.sqltypes.AutoString(length=100), nullable=False),
    sa.Column('given_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('given_by_id', sa.Integer(), nullable=True),
    sa.Column('withdrawn_at', sa.DateTime(timezone=True), nullable=True),
    sa.Column('withdrawn_by_id', sa.Integer(), nullable=True),
    sa.CheckConstraint("status IN ('given', 'withdrawn')", name=op.f('ck_household_consent_status_code')),
    sa.CheckConstraint("channel IN ('self', 'verbal')", name=op.f('ck_household_consent_channel_code')),
    sa.ForeignKeyConstraint(['household_id'], ['household.id'], name=op.f('fk_household_consent_household_id_household'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['given_by_id'], ['user_account.id'], name=op.f('fk_household_consent_given_by_id_user_account'), ondelete='SET NULL'),
    sa.ForeignKeyConstraint(['withdrawn_by_id'], ['user_account.id'], name=op.f('fk_household_consent_withdrawn_by_id_user_account'), ondelete='SET NULL'),
    sa.PrimaryKeyConstraint('household_id', name=op.f('pk_household_consent'))
    )


def downgrade() -> None:
    op.drop_table('household_consent')
