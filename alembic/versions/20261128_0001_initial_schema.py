"""initial schema

Revision ID: 0001
Revises: 
Create Date: 2026-11-28 21:50:53.402929
"""
from typing import Sequence, Union

from alembic import op
import sqlalchemy as sa
import sqlmodel


revision: str = '0001'
down_revision: Union[str, None] = None
branch_labels: Union[str, Sequence[str], None] = None
depends_on: Union[str, Sequence[str], None] = None


def upgrade() -> None:
    op.create_table('residential_group',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('code', sqlmodel.sql.sqltypes.AutoString(length=20), nullable=False),
    sa.Column('name', sqlmodel.sql.sqltypes.AutoString(length=100), nullable=False),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('updated_at', sa.DateTime(timezone=True), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_residential_group')),
    sa.UniqueConstraint('code', name=op.f('uq_residential_group_code'))
    )

    op.create_table('user_account',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('phone', sqlmodel.sql.sqltypes.AutoString(length=20), nullable=False),
    sa.Column('full_name', sqlmodel.sql.sqltypes.AutoString(length=100), nullable=False),
    sa.Column('role', sqlmodel.sql.sqltypes.AutoString(length=20), nullable=False),
    sa.Column('password_hash', sqlmodel.sql.sqltypes.AutoString(length=255), nullable=False),
    sa.Column('household_id', sa.Integer(), nullable=True),
    sa.Column('is_active', sa.Boolean(), nullable=False),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('updated_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('last_login_at', sa.DateTime(timezone=True), nullable=True),
    sa.CheckConstraint("role IN ('resident', 'group_leader', 'ambassador', 'ward_staff', 'admin')", name=op.f('ck_user_account_role_code')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_user_account')),
    sa.UniqueConstraint('phone', name=op.f('uq_user_account_phone'))
    )
    with op.batch_alter_table('user_account', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_user_account_household_id'), ['household_id'], unique=False)

    op.create_table('household',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('code', sqlmodel.sql.sqltypes.AutoString(length=30), nullable=False),
    sa.Column('group_id', sa.Integer(), nullable=False),
    sa.Column('address', sqlmodel.sql.sqltypes.AutoString(length=200), nullable=False),
    sa.Column('phone', sqlmodel.sql.sqltypes.AutoString(length=20), nullable=True),
    sa.Column('confirmed_at', sa.DateTime(timezone=True), nullable=True),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('updated_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('updated_by_id', sa.Integer(), nullable=True),
    sa.ForeignKeyConstraint(['group_id'], ['residential_group.id'], name=op.f('fk_household_group_id_residential_group'), ondelete='RESTRICT'),
    sa.ForeignKeyConstraint(['updated_by_id'], ['user_account.id'], name=op.f('fk_household_updated_by_id_user_account'), ondelete='SET NULL'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_household')),
    sa.UniqueConstraint('code', name=op.f('uq_household_code'))
    )
    with op.batch_alter_table('household', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_household_group_id'), ['group_id'], unique=False)

    op.create_table('member',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('household_id', sa.Integer(), nullable=False),
    sa.Column('full_name', sqlmodel.sql.sqltypes.AutoString(length=100), nullable=False),
    sa.Column('birth_year', sa.Integer(), nullable=False),
    sa.Column('sex', sqlmodel.sql.sqltypes.AutoString(length=10), nullable=False),
    sa.Column('occupation', sqlmodel.sql.sqltypes.AutoString(length=20), nullable=False),
    sa.Column('has_smartphone', sa.Boolean(), nullable=False),
    sa.Column('has_epayment', sa.Boolean(), nullable=False),
    sa.Column('vneid_level', sa.Integer(), nullable=False),
    sa.Column('skill_smartphone_use', sa.Boolean(), nullable=False),
    sa.Column('skill_info_search', sa.Boolean(), nullable=False),
    sa.Column('skill_messaging', sa.Boolean(), nullable=False),
    sa.Column('skill_online_public_services', sa.Boolean(), nullable=False),
    sa.Column('skill_cashless_payment', sa.Boolean(), nullable=False),
    sa.Column('skill_vneid_app', sa.Boolean(), nullable=False),
    sa.Column('skill_online_safety', sa.Boolean(), nullable=False),
    sa.Column('skill_ecommerce', sa.Boolean(), nullable=False),
    sa.Column('learning_status', sqlmodel.sql.sqltypes.AutoString(length=10), nullable=False),
    sa.Column('trader_ecommerce', sa.Boolean(), nullable=False),
    sa.Column('trader_cashless', sa.Boolean(), nullable=False),
    sa.Column('trader_digital_savings', sa.Boolean(), nullable=False),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('updated_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('updated_by_id', sa.Integer(), nullable=True),
    sa.CheckConstraint("learning_status IN ('none', 'enrolled', 'completed')", name=op.f('ck_member_learning_code')),
    sa.CheckConstraint("occupation IN ('public_sector', 'student', 'enterprise_worker', 'small_trader', 'retired', 'other')", name=op.f('ck_member_occupation_code')),
    sa.CheckConstraint("sex IN ('male', 'female', 'other')", name=op.f('ck_member_sex_code')),
    sa.CheckConstraint('birth_year BETWEEN 1900 AND 2100', name=op.f('ck_member_birth_year_range')),
    sa.CheckConstraint('vneid_level IN (0, 1, 2)', name=op.f('ck_member_vneid_level_code')),
    sa.ForeignKeyConstraint(['household_id'], ['household.id'], name=op.f('fk_member_household_id_household'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['updated_by_id'], ['user_account.id'], name=op.f('fk_member_updated_by_id_user_account'), ondelete='SET NULL'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_member'))
    )
    with op.batch_alter_table('member', schema=None) as batch_op:
        batch_op.create_index('ix_member_rollup', ['household_id', 'birth_year', 'occupation'], unique=False)

    op.create_table('indicator_target',
    sa.Column('code', sqlmodel.sql.sqltypes.AutoString(length=40), nullable=False),
    sa.Column('target', sa.Float(), nullable=True),
    sa.Column('updated_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('updated_by_id', sa.Integer(), nullable=True),
    sa.CheckConstraint('target IS NULL OR (target >= 0 AND target <= 1)', name=op.f('ck_indicator_target_target_range')),
    sa.ForeignKeyConstraint(['updated_by_id'], ['user_account.id'], name=op.f('fk_indicator_target_updated_by_id_user_account'), ondelete='SET NULL'),
    sa.PrimaryKeyConstraint('code', name=op.f('pk_indicator_target'))
    )

    op.create_table('setting',
    sa.Column('key', sqlmodel.sql.sqltypes.AutoString(length=40), nullable=False),
    sa.Column('value', sqlmodel.sql.sqltypes.AutoString(length=200), nullable=False),
    sa.Column('updated_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('updated_by_id', sa.Integer(), nullable=True),
    sa.ForeignKeyConstraint(['updated_by_id'], ['user_account.id'], name=op.f('fk_setting_updated_by_id_user_account'), ondelete='SET NULL'),
    sa.PrimaryKeyConstraint('key', name=op.f('pk_setting'))
    )

    op.create_table('user_group',
    sa.Column('user_id', sa.Integer(), nullable=False),
    sa.Column('group_id', sa.Integer(), nullable=False),
    sa.ForeignKeyConstraint(['group_id'], ['residential_group.id'], name=op.f('fk_user_group_group_id_residential_group'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['user_id'], ['user_account.id'], name=op.f('fk_user_group_user_id_user_account'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('user_id', 'group_id', name=op.f('pk_user_group'))
    )
    with op.batch_alter_table('user_group', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_user_group_group_id'), ['group_id'], unique=False)

    # household and user_account refer to each other: add this one last.
    with op.batch_alter_table('user_account', schema=None) as batch_op:
        batch_op.create_foreign_key(
            batch_op.f('fk_user_account_household_id_household'),
            'household', ['household_id'], ['id'], ondelete='CASCADE',
        )


def downgrade() -> None:
    with op.batch_alter_table('user_account', schema=None) as batch_op:
        batch_op.drop_constraint(batch_op.f('fk_user_account_household_id_household'), type_='foreignkey')
    with op.batch_alter_table('user_group', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_user_group_group_id'))

    op.drop_table('user_group')
    op.drop_table('setting')
    with op.batch_alter_table('member', schema=None) as batch_op:
        batch_op.drop_index('ix_member_rollup')

    op.drop_table('member')
    op.drop_table('indicator_target')
    # household before user_account (its updated_by_id refers to it; PostgreSQL checks)
    with op.batch_alter_table('household', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_household_group_id'))

    op.drop_table('household')
    with op.batch_alter_table('user_account', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_user_account_household_id'))

    op.drop_table('user_account')
    op.drop_table('residential_group')
