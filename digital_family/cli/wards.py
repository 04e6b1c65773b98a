"""``digital-family ward add|list``: the city's wards (SPEC §4, §6)."""

from __future__ import annotations

import json

import typer
from rich.table import Table

from digital_family.base import db
from digital_family.base.formatting import format_int
from digital_family.base.i18n import t
from digital_family.base.permissions import SYSTEM
from digital_family.base.validation import ValidationError
from digital_family.cli.common import TableOrJson, console, fail, ready_engine

ward_app = typer.Typer(help="Các phường của thành phố: thêm, xem.", no_args_is_help=True)


@ward_app.command("add")
def ward_add(
    code: str = typer.Argument(..., help="Mã phường: chữ thường không dấu, số, gạch nối "
                                         "(ví dụ phuong-liet), tối đa 30 ký tự."),
    name: str = typer.Argument(..., help="Tên phường (ví dụ \"Phường Phương Liệt\")."),
) -> None:
    """Thêm một phường (ghi vào nhật ký)."""
    from digital_family.campaign import ward_registry

    with ready_engine() as engine:
        try:
            with db.session_scope(engine) as session:
                ward = ward_registry.create_ward(session, SYSTEM, code, name)
        except ValidationError as exc:
            raise fail(exc.message) from None
    console.print(t("cli.ward_add.done", code=ward.code, name=ward.name), markup=False)


@ward_app.command("list")
def ward_list(
    output: TableOrJson = typer.Option(TableOrJson.table, "--format", help="table hoặc json."),
) -> None:
    """Các phường, với số tổ dân phố và số hộ của mỗi phường."""
    from digital_family.campaign import ward_registry

    with ready_engine() as engine, db.session_scope(engine) as session:
        rows = ward_registry.ward_list(session, SYSTEM)
    if output is TableOrJson.json:
        typer.echo(json.dumps([row.to_dict() for row in rows], ensure_ascii=False))
        return
    if not rows:
        console.print(t("cli.ward_list.none"), markup=False)
        return
    table = Table(title=t("cli.ward_list.title", n=len(rows)))
    table.add_column(t("cli.ward_list.code"))
    table.add_column(t("cli.ward_list.name"))
    table.add_column(t("cli.ward_list.groups"), justify="right")
    table.add_column(t("cli.ward_list.households"), justify="right")
    for row in rows:
        table.add_row(row.code, row.name, format_int(row.groups), format_int(row.households))
    console.print(table)
