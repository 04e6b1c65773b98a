"""The database: its schema (``db``), backup and restore, health."""

from __future__ import annotations

import json
from pathlib import Path

import sqlalchemy as sa
import typer

from digital_family.base import db
from digital_family.base.formatting import format_int
from digital_family.base.i18n import t
from digital_family.cli.common import (
    app,
    console,
    fail,
    raw_engine,
)

db_app = typer.Typer(help="Lược đồ cơ sở dữ liệu (Alembic).", no_args_is_help=True)

# db


@db_app.command("upgrade")
def db_upgrade() -> None:
    """Nâng lược đồ cơ sở dữ liệu lên phiên bản mới nhất."""
    from digital_family.base.settings import database_url

    db.upgrade(database_url())
    with raw_engine() as engine:
        current = db.current_revision(engine)
    console.print(t("cli.db_upgrade.1", current=current), markup=False)


@db_app.command("status")
def db_status() -> None:
    """Cho biết cơ sở dữ liệu đang ở phiên bản nào (thoát 1 khi cần nâng cấp)."""
    with raw_engine() as engine:
        current = db.current_revision(engine)
    head = db.head_revision()
    console.print(t("cli.db_status.1", current=current or t("cli.db_status.none")), markup=False)
    console.print(t("cli.db_status.2", head=head), markup=False)
    if current == head:
        console.print(t("cli.db_status.3"))
        return
    console.print(t("cli.db_status.4", upgrade_command=db.UPGRADE_COMMAND), markup=False)
    raise typer.Exit(1)


# backup and restore


@app.command("backup")
def backup_cmd(
    out: Path = typer.Option(..., "--out", help="Tệp sao lưu sẽ ghi (ghi đè nếu đã có)."),
) -> None:
    """Sao lưu toàn bộ cơ sở dữ liệu ra một tệp.

    SQLite: API sao lưu trực tuyến; PostgreSQL: pg_dump -Fc.
    """
    from digital_family.upkeep import backup

    try:
        made = backup.backup(out)
    except backup.BackupError as exc:
        raise fail(str(exc)) from None
    console.print(
        t(
            "cli.backup_cmd.1",
            kind=made.kind,
            path=made.path,
            size=format_int(made.size // 1024),
        ), markup=False)


@app.command("restore")
def restore_cmd(
    file: Path = typer.Argument(..., help="Tệp sao lưu (từ digital-family backup)."),
    yes: bool = typer.Option(False, "--yes", help="Không hỏi lại trước khi ghi đè."),
) -> None:
    """Khôi phục cơ sở dữ liệu từ một bản sao lưu: GHI ĐÈ toàn bộ dữ liệu hiện có."""
    from digital_family.base.settings import database_url
    from digital_family.upkeep import backup

    where = sa.engine.make_url(database_url()).render_as_string(hide_password=True)
    if not yes and not typer.confirm(
        t("cli.restore_cmd.1", where=where, file=file),
        default=False,
    ):
        raise fail(t("cli.restore_cmd.2"), 1)
    try:
        revision = backup.restore(file)
    except backup.BackupError as exc:
        raise fail(str(exc)) from None
    console.print(t("cli.restore_cmd.3", where=where, file=file, revision=revision), markup=False)
    if revision != db.head_revision():
        console.print(t("cli.restore_cmd.4", upgrade_command=db.UPGRADE_COMMAND), markup=False)


# health


@app.command("health")
def health_cmd() -> None:
    """Cơ sở dữ liệu, phiên bản lược đồ và Redis có sẵn sàng không.

    JSON như /healthz; thoát 1 khi không.
    """
    from digital_family.upkeep import health

    with raw_engine() as engine:
        result = health.check(engine)
    typer.echo(json.dumps(result, ensure_ascii=False))
    if not result["healthy"]:
        raise typer.Exit(1)
