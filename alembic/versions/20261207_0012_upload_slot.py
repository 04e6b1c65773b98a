"""upload slot

upload_slot: the upload one tab of a signed-in importer may send, checked before an
upload's body is read, and the file itself until the import takes it (in the database,
so that every app server sees it; before, files waited in one machine's temp folder).

Revision ID: 0012
Revises: 0011
Create Date: 2026-12-07 16:30:00
"""
from typing import Sequence, Union

from alembic import op
import sqlalchemy as sa

revision: str = '0012'
down_revision: Union[str, None] = '0011'
branch_labels: Union[str, Sequence[str], None] = None
depends_on: Union[str, Sequence[str], None] = None


def upgrade() -> None:
    op.create_table('upload_slot',
    sa.Column('client_digest', sa.String(length=64), nullable=False),
    sa.Column('user_id', sa.Integer(), nullable=False),
    sa.Column('expires_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('window_start', sa.DateTime(timezone=True), nullable=False),
    sa.Column('uploads', sa.Integer(), server_default='0', nullable=False),
    sa.Column('ticket', sa.String(length=32), nullable=True),
    sa.Column('data', sa.LargeBinary(), nullable=True),
    sa.Column('kept_at', sa.DateTime(timezone=True), nullable=True),
    sa.ForeignKeyConstraint(['user_id'], ['user_account.id'], name=op.f('fk_upload_slot_user_id_user_account'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('client_digest', name=op.f('pk_upload_slot')),
    sa.UniqueConstraint('ticket', name=op.f('uq_upload_slot_ticket'))
    )
    with op.batch_alter_table('upload_slot', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_upload_slot_user_id'), ['user_id'], unique=False)


def downgrade() -> None:
    with op.batch_alter_table('upload_slot', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_upload_slot_user_id'))
    op.drop_table('upload_slot')
