"""``digital-family api-key``: keys of the read-only API (SPEC §6): create (shown once),
list, revoke."""

from __future__ import annotations

import typer
from rich.table import Table

from digital_family.access import api_keys
from digital_family.base import db
from digital_family.base.i18n import t
from digital_family.base.permissions import SYSTEM
from digital_family.base.validation import ValidationError
from digital_family.cli.common import console, fail, ready_engine, system_in

api_key_app = typer.Typer(help="Khoá của API chỉ đọc (/api/v1): tạo, xem, thu hồi.",
                          no_args_is_help=True)


@api_key_app.command("create")
def create(
    label: str = typer.Argument(..., help="Tên gợi nhớ: hệ thống nào dùng khoá."),
    scope: str = typer.Option("ward", "--scope", help="ward (một phường) hoặc city."),
    ward: str | None = typer.Option(
        None, "--ward", help="Mã phường của khoá ward (bắt buộc khi thành phố có nhiều phường)."),
) -> None:
    """Tạo một khoá; khoá chỉ hiện một lần."""
    with ready_engine() as engine, db.session_scope(engine) as session:
        actor = system_in(session, ward) if scope == "ward" else SYSTEM
        try:
            info, key = api_keys.create(session, actor, label, scope)
        except ValidationError as exc:
            raise fail(exc.message, 2) from None
    typer.echo(t("cli.api_key.created", prefix=info.prefix, scope=info.scope))
    typer.echo(key)


@api_key_app.command("list")
def list_cmd() -> None:
    """Các khoá (không bao giờ hiện lại khoá), mới nhất trước."""
    with ready_engine() as engine, db.session_scope(engine) as session:
        found = api_keys.list_keys(session, SYSTEM)
    if not found:
        console.print(t("cli.api_key.none"))
        return
    table = Table()
    for column in ("#", "prefix", "label", "scope", "state"):
        table.add_column(column)
    for k in found:
        state = (t("cli.api_key.revoked_on", day=k.revoked_at.date().isoformat())
                 if k.revoked_at else t("cli.api_key.live"))
        table.add_row(str(k.id), k.prefix + "…", k.label, k.ward_code or k.scope, state)
    console.print(table)


@api_key_app.command("revoke")
def revoke(key_id: int = typer.Argument(..., help="Số của khoá (cột # của list).")) -> None:
    """Thu hồi một khoá: mọi lần gọi sau đó bị từ chối."""
    with ready_engine() as engine, db.session_scope(engine) as session:
        done = api_keys.revoke(session, SYSTEM, key_id)
    if not done:
        raise fail(t("error.api_key.unknown"), 1)
    typer.echo(t("cli.api_key.revoked", id=key_id))
