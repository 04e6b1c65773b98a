"""user_account.role gains the city's roles (city_staff, city_admin), which are in no
ward; every other account is in one (issue 22 point 2, SPEC §6)

Revision ID: 0020
Revises: 0019
Create Date: 2026-12-08 14:00:00
"""
from typing import Sequence, Union

from alembic import op

revision: str = '0020'
down_revision: Union[str, None] = '0019'
branch_labels: Union[str, Sequence[str], None] = None
depends_on: Union[str, Sequence[str], None] = None

_WARD_ROLES = ("resident", "group_leader", "ambassador", "ward_staff", "admin")
_CITY_ROLES = ("city_staff", "city_admin")


def _in(values: tuple[str, ...]) -> str:
    return "role IN (" + ", ".join(f"'{v}'" for v in values) + ")"


def upgrade() -> None:
    with op.batch_alter_table('user_account', schema=None) as batch_op:
        batch_op.drop_constraint(batch_op.f('ck_user_account_role_code'), type_='check')
        batch_op.create_check_constraint(op.f('ck_user_account_role_code'),
                                         _in(_WARD_ROLES + _CITY_ROLES))
        batch_op.create_check_constraint(op.f('ck_user_account_ward_by_role'),
                                         f"({_in(_CITY_ROLES)}) = (ward_id IS NULL)")


def downgrade() -> None:
    op.execute(f"DELETE FROM user_account WHERE {_in(_CITY_ROLES)}")
    with op.batch_alter_table('user_account', schema=None) as batch_op:
        batch_op.drop_constraint(batch_op.f('ck_user_account_ward_by_role'), type_='check')
        batch_op.drop_constraint(batch_op.f('ck_user_account_role_code'), type_='check')
        batch_op.create_check_constraint(op.f('ck_user_account_role_code'), _in(_WARD_ROLES))
