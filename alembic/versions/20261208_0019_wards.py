"""Wards as data: a city of wards, each with its groups, households, staff, targets,
settings, snapshots and classes (issue 22 point 1, SPEC §6)

A database made before this holds one ward: it becomes the city's first ward (code and
name from WARD_CODE and WARD_NAME, as the deployment was configured), and every row
that belongs to a ward is given it. Group, household and class codes become unique
within their ward; a ward's settings and targets are keyed by it.

On SQLite the altered tables are rebuilt (batch mode), which drops the audit log's
append-only trigger: it is created again here. The environment turns foreign keys off
around the rebuilds (a rebuilt parent would otherwise cascade its DROP to children) and
checks them after.

Revision ID: 0019
Revises: 0018
Create Date: 2026-12-08 12:00:00
"""
import os
from typing import Sequence, Union

import sqlalchemy as sa
from alembic import op

revision: str = '0019'
down_revision: Union[str, None] = '0018'
branch_labels: Union[str, Sequence[str], None] = None
depends_on: Union[str, Sequence[str], None] = None

# (table, its old unique constraint or None, the new one's columns and name, nullable)
_WARD_TABLES = (
    ("residential_group", "uq_residential_group_code", ("ward_id", "code"),
     "uq_residential_group_ward_code"),
    ("household", "uq_household_code", ("ward_id", "code"), "uq_household_ward_code"),
    ("learning_class", "uq_learning_class_code", ("ward_id", "code"),
     "uq_learning_class_ward_code"),
    ("indicator_snapshot", "uq_indicator_snapshot_code_scope_day",
     ("ward_id", "code", "scope", "day"), "uq_indicator_snapshot_ward_code_scope_day"),
)
_KEYED = (("setting", "key"), ("indicator_target", "code"))  # primary key gains ward_id
_DATA_TABLES = ("residential_group", "user_account", "setting", "indicator_target")


def _ward_of_this_database() -> int | None:
    """The existing ward's id, made when the database holds any data, else None."""
    bind = op.get_bind()
    has_data = any(bind.execute(sa.text(f"SELECT 1 FROM {t} LIMIT 1")).first()
                   for t in _DATA_TABLES)
    if not has_data:
        return None
    code = os.environ.get("WARD_CODE", "khuong-dinh").strip().lower() or "khuong-dinh"
    name = os.environ.get("WARD_NAME", "Phường Khương Đình")
    bind.execute(sa.text("INSERT INTO ward (code, name, created_at, updated_at) "
                         "VALUES (:code, :name, CURRENT_TIMESTAMP, CURRENT_TIMESTAMP)"),
                 {"code": code, "name": name})
    return bind.execute(sa.text("SELECT id FROM ward WHERE code = :c"), {"c": code}).scalar_one()


def _fk(batch_op, table: str, ondelete: str) -> None:
    batch_op.create_foreign_key(op.f(f"fk_{table}_ward_id_ward"), "ward", ["ward_id"], ["id"],
                                ondelete=ondelete)


def upgrade() -> None:
    op.create_table(
        'ward',
        sa.Column('id', sa.Integer(), nullable=False),
        sa.Column('code', sa.String(length=30), nullable=False),
        sa.Column('name', sa.String(length=100), nullable=False),
        sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
        sa.Column('updated_at', sa.DateTime(timezone=True), nullable=False),
        sa.PrimaryKeyConstraint('id', name=op.f('pk_ward')),
        sa.UniqueConstraint('code', name=op.f('uq_ward_code')),
    )
    fill = _ward_of_this_database()

    for table, old_unique, columns, new_unique in _WARD_TABLES:
        op.add_column(table, sa.Column('ward_id', sa.Integer(), nullable=True))
        op.execute(sa.update(sa.table(table, sa.column('ward_id'))).values(ward_id=fill))
        ondelete = "CASCADE" if table == "indicator_snapshot" else "RESTRICT"
        with op.batch_alter_table(table, schema=None) as batch_op:
            batch_op.alter_column('ward_id', existing_type=sa.Integer(), nullable=False)
            batch_op.drop_constraint(old_unique, type_='unique')
            batch_op.create_unique_constraint(new_unique, list(columns))
            _fk(batch_op, table, ondelete)

    for table, key in _KEYED:
        op.add_column(table, sa.Column('ward_id', sa.Integer(), nullable=True))
        op.execute(sa.update(sa.table(table, sa.column('ward_id'))).values(ward_id=fill))
        with op.batch_alter_table(table, schema=None) as batch_op:
            batch_op.alter_column('ward_id', existing_type=sa.Integer(), nullable=False)
            batch_op.drop_constraint(f"pk_{table}", type_='primary')
            batch_op.create_primary_key(f"pk_{table}", ["ward_id", key])
            _fk(batch_op, table, "CASCADE")

    # Staff, leaders, ambassadors and residents all act in the one ward there was.
    op.add_column('user_account', sa.Column('ward_id', sa.Integer(), nullable=True))
    op.execute(sa.update(sa.table('user_account', sa.column('ward_id'))).values(ward_id=fill))
    with op.batch_alter_table('user_account', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_user_account_ward_id'), ['ward_id'], unique=False)
        _fk(batch_op, 'user_account', "RESTRICT")

    # The audit log: a plain column (no rebuild, so its trigger stays), filled for the past.
    op.add_column('audit_log', sa.Column('ward_id', sa.Integer(), nullable=True))
    op.execute(sa.update(sa.table('audit_log', sa.column('ward_id'))).values(ward_id=fill))
    op.create_index('ix_audit_log_ward_at', 'audit_log', ['ward_id', 'at'], unique=False)


def downgrade() -> None:
    """Back to one ward: possible only while the city has at most one."""
    bind = op.get_bind()
    if (bind.execute(sa.text("SELECT count(*) FROM ward")).scalar_one() or 0) > 1:
        raise RuntimeError("the city has more than one ward: a single-ward schema cannot hold it")
    op.drop_index('ix_audit_log_ward_at', table_name='audit_log')
    op.drop_column('audit_log', 'ward_id')
    with op.batch_alter_table('user_account', schema=None) as batch_op:
        batch_op.drop_constraint(op.f('fk_user_account_ward_id_ward'), type_='foreignkey')
        batch_op.drop_index(batch_op.f('ix_user_account_ward_id'))
        batch_op.drop_column('ward_id')
    for table, key in _KEYED:
        with op.batch_alter_table(table, schema=None) as batch_op:
            batch_op.drop_constraint(op.f(f"fk_{table}_ward_id_ward"), type_='foreignkey')
            batch_op.drop_constraint(f"pk_{table}", type_='primary')
            batch_op.create_primary_key(f"pk_{table}", [key])
            batch_op.drop_column('ward_id')
    for table, old_unique, columns, new_unique in _WARD_TABLES:
        with op.batch_alter_table(table, schema=None) as batch_op:
            batch_op.drop_constraint(op.f(f"fk_{table}_ward_id_ward"), type_='foreignkey')
            batch_op.drop_constraint(new_unique, type_='unique')
            batch_op.create_unique_constraint(old_unique, [c for c in columns if c != "ward_id"])
            batch_op.drop_column('ward_id')
    op.drop_table('ward')
