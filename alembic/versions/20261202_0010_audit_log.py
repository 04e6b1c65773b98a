"""audit log (issue 13)

audit_log replaces change_log: one place for every change to a household or a
member (by the family, a leader, an ambassador's visit, an import, the demo, an
erasure), every staff read and export of member-level data, consent, and the
ward's settings, groups and accounts (change_log's rows are copied in, with the
role their account has now). A trigger keeps it append-only: an UPDATE may only
blank values (erasure) or null a foreign key (SET NULL); anything else is refused.

Revision ID: 0010
Revises: 0009
Create Date: 2026-12-02 02:09:34
"""
from typing import Sequence, Union

from alembic import op
import sqlalchemy as sa
import sqlmodel


revision: str = '0010'
down_revision: Union[str, None] = '0009'
branch_labels: Union[str, Sequence[str], None] = None
depends_on: Union[str, Sequence[str], None] = None

ADMIN_ENTITIES = ("target", "setting", "group", "user_group", "user", "user_role", "user_active")
_FIXED = ("id", "at", "role", "via", "action", "household_id", "household_code", "member_id",
          "field")
_BLANKABLE = ("user_id", "group_id", "key", "old_value", "new_value")
_MESSAGE = "audit_log: entries cannot be changed, only their values blanked"


def _changed(dialect: str) -> str:
    """SQL: the UPDATE changes something other than blanking a blankable column."""
    differs = "IS DISTINCT FROM" if dialect == "postgresql" else "IS NOT"
    fixed = [f"NEW.{c} {differs} OLD.{c}" for c in _FIXED]
    blank = [f"(NEW.{c} {differs} OLD.{c} AND NEW.{c} IS NOT NULL)" for c in _BLANKABLE]
    return " OR ".join(fixed + blank)


def _create_trigger() -> None:
    dialect = op.get_bind().dialect.name
    if dialect == "postgresql":
        op.execute(f"""
            CREATE FUNCTION audit_log_append_only() RETURNS trigger AS $$
            BEGIN
                IF {_changed(dialect)} THEN
                    RAISE EXCEPTION '{_MESSAGE}';
                END IF;
                RETURN NEW;
            END $$ LANGUAGE plpgsql""")
        op.execute("""
            CREATE TRIGGER audit_log_append_only BEFORE UPDATE ON audit_log
            FOR EACH ROW EXECUTE FUNCTION audit_log_append_only()""")
    else:
        op.execute(f"""
            CREATE TRIGGER audit_log_append_only BEFORE UPDATE ON audit_log
            FOR EACH ROW WHEN {_changed(dialect)}
            BEGIN SELECT RAISE(ABORT, '{_MESSAGE}'); END""")


def _drop_trigger() -> None:
    if op.get_bind().dialect.name == "postgresql":
        op.execute("DROP TRIGGER IF EXISTS audit_log_append_only ON audit_log")
        op.execute("DROP FUNCTION IF EXISTS audit_log_append_only()")
    else:
        op.execute("DROP TRIGGER IF EXISTS audit_log_append_only")


def upgrade() -> None:
    op.create_table('audit_log',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('user_id', sa.Integer(), nullable=True),
    sa.Column('role', sqlmodel.sql.sqltypes.AutoString(length=20), nullable=True),
    sa.Column('via', sqlmodel.sql.sqltypes.AutoString(length=10), nullable=False),
    sa.Column('action', sqlmodel.sql.sqltypes.AutoString(length=30), nullable=False),
    sa.Column('household_id', sa.Integer(), nullable=True),
    sa.Column('household_code', sqlmodel.sql.sqltypes.AutoString(length=30), nullable=True),
    sa.Column('group_id', sa.Integer(), nullable=True),
    sa.Column('member_id', sa.Integer(), nullable=True),
    sa.Column('field', sqlmodel.sql.sqltypes.AutoString(length=40), nullable=True),
    sa.Column('key', sqlmodel.sql.sqltypes.AutoString(length=60), nullable=True),
    sa.Column('old_value', sa.Text(), nullable=True),
    sa.Column('new_value', sa.Text(), nullable=True),
    sa.CheckConstraint("via IN ('app', 'visit', 'import', 'demo', 'cli')", name=op.f('ck_audit_log_via_code')),
    sa.ForeignKeyConstraint(['group_id'], ['residential_group.id'], name=op.f('fk_audit_log_group_id_residential_group'), ondelete='SET NULL'),
    sa.ForeignKeyConstraint(['user_id'], ['user_account.id'], name=op.f('fk_audit_log_user_id_user_account'), ondelete='SET NULL'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_audit_log'))
    )
    with op.batch_alter_table('audit_log', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_audit_log_at'), ['at'], unique=False)
        batch_op.create_index('ix_audit_log_group_at', ['group_id', 'at'], unique=False)
        batch_op.create_index('ix_audit_log_household_at', ['household_id', 'at'], unique=False)
        batch_op.create_index(batch_op.f('ix_audit_log_member_id'), ['member_id'], unique=False)
        batch_op.create_index('ix_audit_log_user_at', ['user_id', 'at'], unique=False)

    op.execute("""
        INSERT INTO audit_log (at, user_id, role, via, action, key, old_value, new_value)
        SELECT c.at, c.user_id, u.role,
               CASE WHEN c.user_id IS NULL THEN 'cli' ELSE 'app' END,
               c.entity, c.key, c.old_value, c.new_value
        FROM change_log c LEFT JOIN user_account u ON u.id = c.user_id
        ORDER BY c.id""")
    _create_trigger()

    with op.batch_alter_table('change_log', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_change_log_at'))
    op.drop_table('change_log')


def downgrade() -> None:
    op.create_table('change_log',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('user_id', sa.Integer(), nullable=True),
    sa.Column('entity', sqlmodel.sql.sqltypes.AutoString(length=20), nullable=False),
    sa.Column('key', sqlmodel.sql.sqltypes.AutoString(length=60), nullable=False),
    sa.Column('old_value', sa.Text(), nullable=True),
    sa.Column('new_value', sa.Text(), nullable=True),
    sa.ForeignKeyConstraint(['user_id'], ['user_account.id'], name=op.f('fk_change_log_user_id_user_account'), ondelete='SET NULL'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_change_log'))
    )
    with op.batch_alter_table('change_log', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_change_log_at'), ['at'], unique=False)
    entities = ", ".join(f"'{e}'" for e in ADMIN_ENTITIES)
    op.execute(f"""
        INSERT INTO change_log (at, user_id, entity, key, old_value, new_value)
        SELECT at, user_id, action, COALESCE(key, ''), old_value, new_value
        FROM audit_log WHERE action IN ({entities}) ORDER BY id""")

    _drop_trigger()
    with op.batch_alter_table('audit_log', schema=None) as batch_op:
        batch_op.drop_index('ix_audit_log_user_at')
        batch_op.drop_index(batch_op.f('ix_audit_log_member_id'))
        batch_op.drop_index('ix_audit_log_household_at')
        batch_op.drop_index('ix_audit_log_group_at')
        batch_op.drop_index(batch_op.f('ix_audit_log_at'))
    op.drop_table('audit_log')
