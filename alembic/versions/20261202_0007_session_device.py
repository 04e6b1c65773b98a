"""session device

auth_session.device: a coarse label of the browser that signed in ("Android ·
Chrome"), so people can tell their sessions apart on the account page and end the
ones they do not recognise. Existing sessions have none.

Revision ID: 0007
Revises: 0006
Create Date: 2026-12-02 00:45:00
"""
from typing import Sequence, Union

import sqlalchemy as sa
from alembic import op

revision: str = '0007'
down_revision: Union[str, None] = '0006'
branch_labels: Union[str, Sequence[str], None] = None
depends_on: Union[str, Sequence[str], None] = None


def upgrade() -> None:
    with op.batch_alter_table('auth_session') as batch:
        batch.add_column(sa.Column('device', sa.String(length=60), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table('auth_session') as batch:
        batch.drop_column('device')
