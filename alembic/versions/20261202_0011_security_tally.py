"""security tally

security_tally: how many refused requests (per clock hour) and exports (per day in
Vietnam) each account made, one row per account, kind and window, so that
digital_family.access.security_alerts can flag repeated refusals and unusual exports
without writing a row per event.

Revision ID: 0011
Revises: 0010
Create Date: 2026-12-02 03:10:00
"""
from typing import Sequence, Union

from alembic import op
import sqlalchemy as sa


revision: str = '0011'
down_revision: Union[str, None] = '0010'
branch_labels: Union[str, Sequence[str], None] = None
depends_on: Union[str, Sequence[str], None] = None


def upgrade() -> None:
    op.create_table('security_tally',
    sa.Column('kind', sa.String(length=10), nullable=False),
    sa.Column('user_id', sa.Integer(), nullable=False),
    sa.Column('window_start', sa.DateTime(timezone=True), nullable=False),
    sa.Column('count', sa.Integer(), server_default='0', nullable=False),
    sa.ForeignKeyConstraint(['user_id'], ['user_account.id'], name=op.f('fk_security_tally_user_id_user_account'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('kind', 'user_id', 'window_start', name=op.f('pk_security_tally'))
    )


def downgrade() -> None:
    op.drop_table('security_tally')
