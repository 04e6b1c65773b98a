"""api_key: keys of the read-only API; audit_log.via gains "api"

A city's data hub reads the indicators (and a ward its member register) through
``/api/v1`` with a key an admin creates (issue 22 point 4). The key is kept only as
its SHA-256; every call is written to the audit log with ``via = 'api'``.

On SQLite the audit log's new CHECK needs the table rebuilt, which drops its
append-only trigger (migration 0010): the trigger is created again here.

Revision ID: 0018
Revises: 0017
Create Date: 2026-12-08 10:00:00
"""
from typing import Sequence, Union

import sqlalchemy as sa
from alembic import op

revision: str = '0018'
down_revision: Union[str, None] = '0017'
branch_labels: Union[str, Sequence[str], None] = None
depends_on: Union[str, Sequence[str], None] = None

_VIAS = ("app", "visit", "import", "demo", "cli")
_FIXED = ("id", "at", "role", "via", "action", "household_id", "household_code", "member_id",
          "field")
_BLANKABLE = ("user_id", "group_id", "key", "old_value", "new_value")
_MESSAGE = "audit_log: entries cannot be changed, only their values blanked"


def _in(values: tuple[str, ...]) -> str:
    return "via IN (" + ", ".join(f"'{v}'" for v in values) + ")"


def _sqlite_trigger() -> None:
    changed = " OR ".join([f"NEW.{c} IS NOT OLD.{c}" for c in _FIXED] + [
        f"(NEW.{c} IS NOT OLD.{c} AND NEW.{c} IS NOT NULL)" for c in _BLANKABLE])
    op.execute(f"""
        CREATE TRIGGER audit_log_append_only BEFORE UPDATE ON audit_log
        FOR EACH ROW WHEN {changed}
        BEGIN SELECT RAISE(ABORT, '{_MESSAGE}'); END""")


def _vias(values: tuple[str, ...]) -> None:
    if op.get_bind().dialect.name == "postgresql":
        op.execute("ALTER TABLE audit_log DROP CONSTRAINT ck_audit_log_via_code")
        op.execute(f"ALTER TABLE audit_log ADD CONSTRAINT ck_audit_log_via_code CHECK ({_in(values)})")
        return
    op.execute("DROP TRIGGER IF EXISTS audit_log_append_only")
    with op.batch_alter_table('audit_log', schema=None, recreate="always") as batch_op:
        batch_op.drop_constraint(op.f('ck_audit_log_via_code'), type_='check')
        batch_op.create_check_constraint('via_code', sa.text(_in(values)))
    _sqlite_trigger()


def upgrade() -> None:
    op.create_table(
        'api_key',
        sa.Column('id', sa.Integer(), nullable=False),
        sa.Column('prefix', sa.String(length=12), nullable=False),
        sa.Column('key_hash', sa.String(length=64), nullable=False),
        sa.Column('label', sa.String(length=80), nullable=False),
        sa.Column('scope', sa.String(length=10), nullable=False),
        sa.Column('ward_code', sa.String(length=30), nullable=True),
        sa.Column('created_by_id', sa.Integer(), nullable=True),
        sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
        sa.Column('revoked_at', sa.DateTime(timezone=True), nullable=True),
        sa.Column('last_used_at', sa.DateTime(timezone=True), nullable=True),
        sa.Column('window_start', sa.DateTime(timezone=True), nullable=True),
        sa.Column('window_calls', sa.Integer(), server_default='0', nullable=False),
        sa.CheckConstraint("scope IN ('city', 'ward')", name=op.f('ck_api_key_scope_code')),
        sa.ForeignKeyConstraint(['created_by_id'], ['user_account.id'],
                                name=op.f('fk_api_key_created_by_id_user_account'),
                                ondelete='SET NULL'),
        sa.PrimaryKeyConstraint('id', name=op.f('pk_api_key')),
        sa.UniqueConstraint('key_hash', name=op.f('uq_api_key_key_hash')),
    )
    _vias((*_VIAS, "api"))


def downgrade() -> None:
    # audit_log keeps "api" among its vias: its entries stay on record (append-only)
    op.drop_table('api_key')
