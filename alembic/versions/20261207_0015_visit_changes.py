"""applied_change.kind may be "visit" or "add": a visit record, a person added, sent
from a phone's outbox

A leader's "Ghi lần thăm" and a person he adds go through the same outbox as the answers
(they can be made offline and sent again after a reconnect); their change id is recorded
in applied_change so a replay never records the visit or adds the person twice.

Revision ID: 0015
Revises: 0014
Create Date: 2026-12-07 19:00:00
"""
from typing import Sequence, Union

from alembic import op

revision: str = '0015'
down_revision: Union[str, None] = '0014'
branch_labels: Union[str, Sequence[str], None] = None
depends_on: Union[str, Sequence[str], None] = None


def upgrade() -> None:
    with op.batch_alter_table('applied_change', schema=None) as batch_op:
        batch_op.drop_constraint(batch_op.f('ck_applied_change_kind_code'), type_='check')
        batch_op.create_check_constraint(
            op.f('ck_applied_change_kind_code'), "kind IN ('set', 'checked', 'confirm', 'visit', 'add')")



def downgrade() -> None:
    op.execute("DELETE FROM applied_change WHERE kind IN ('visit', 'add')")
    with op.batch_alter_table('applied_change', schema=None) as batch_op:
        batch_op.drop_constraint(batch_op.f('ck_applied_change_kind_code'), type_='check')
        batch_op.create_check_constraint(
            op.f('ck_applied_change_kind_code'), "kind IN ('set', 'checked', 'confirm')")
