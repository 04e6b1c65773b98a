"""applied_change.kind may be "signup": a class sign-up sent from a leader's phone

A leader signs a person up for a class at the door, offline too; the sign-up goes through
the household page's outbox like an answer, and its change id is recorded in
applied_change so a replay never signs the person up twice.

Revision ID: 0017
Revises: 0016
Create Date: 2026-12-08 10:00:00
"""
from typing import Sequence, Union

from alembic import op

revision: str = '0017'
down_revision: Union[str, None] = '0016'
branch_labels: Union[str, Sequence[str], None] = None
depends_on: Union[str, Sequence[str], None] = None


def upgrade() -> None:
    with op.batch_alter_table('applied_change', schema=None) as batch_op:
        batch_op.drop_constraint(batch_op.f('ck_applied_change_kind_code'), type_='check')
        batch_op.create_check_constraint(
            op.f('ck_applied_change_kind_code'),
            "kind IN ('set', 'checked', 'confirm', 'visit', 'add', 'signup')")


def downgrade() -> None:
    op.execute("DELETE FROM applied_change WHERE kind = 'signup'")
    with op.batch_alter_table('applied_change', schema=None) as batch_op:
        batch_op.drop_constraint(batch_op.f('ck_applied_change_kind_code'), type_='check')
        batch_op.create_check_constraint(
            op.f('ck_applied_change_kind_code'),
            "kind IN ('set', 'checked', 'confirm', 'visit', 'add')")
