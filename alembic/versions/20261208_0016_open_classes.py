"""user_account.may_open_classes: ward staff allow an ambassador to open classes

Ward staff decide, per ambassador account, whether he may create a class he teaches
himself for the groups he serves (issue 20 point 1); every account starts without it.

Revision ID: 0016
Revises: 0015
Create Date: 2026-12-08 09:00:00
"""
from typing import Sequence, Union

import sqlalchemy as sa
from alembic import op

revision: str = '0016'
down_revision: Union[str, None] = '0015'
branch_labels: Union[str, Sequence[str], None] = None
depends_on: Union[str, Sequence[str], None] = None


def upgrade() -> None:
    with op.batch_alter_table('user_account', schema=None) as batch_op:
        batch_op.add_column(sa.Column('may_open_classes', sa.Boolean(), nullable=False,
                                      server_default=sa.false()))


def downgrade() -> None:
    with op.batch_alter_table('user_account', schema=None) as batch_op:
        batch_op.drop_column('may_open_classes')
