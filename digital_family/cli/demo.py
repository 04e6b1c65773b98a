"""The synthetic demo ward (or city of wards) and its accounts."""

from __future__ import annotations

import time
from collections.abc import Iterable
from typing import TYPE_CHECKING

import typer
from rich.table import Table

from digital_family.base import db
from digital_family.base.codes import ROLE_LABELS
from digital_family.base.formatting import format_int
from digital_family.base.i18n import t
from digital_family.cli.common import (
    app,
    console,
    fail,
    ready_engine,
)

if TYPE_CHECKING:
    from digital_family.demo.accounts import DemoAccount

# demo


@app.command("demo")
def demo_cmd(
    households: int = typer.Option(..., "--households", min=1,
                                   help="Số hộ gia đình (của mỗi phường)."),
    wards: int = typer.Option(
        1, "--wards", min=1,
        help="Số phường: phường cấu hình (WARD_CODE) và các phường khác của Hà Nội."),
    seed: int = typer.Option(
        1, "--seed", help="Hạt giống ngẫu nhiên (cùng hạt giống, cùng dữ liệu)."
    ),
    reset: bool = typer.Option(False, "--reset", help="Xoá toàn bộ dữ liệu trước khi tạo."),
    if_empty: bool = typer.Option(
        False, "--if-empty", help="Chỉ tạo khi chưa có hộ nào; có rồi thì bỏ qua (không lỗi)."
    ),
) -> None:
    """Tạo một phường mẫu (hoặc một thành phố nhiều phường) với tài khoản thử cho mọi vai
    trò ở mỗi phường."""
    from digital_family import demo

    if reset and if_empty:
        raise fail(t("cli.demo_cmd.1"), 2)
    started = time.perf_counter()
    with ready_engine() as engine:
        if if_empty:
            with db.session_scope(engine) as session:
                if demo.has_households(session):
                    present = demo.existing_demo_accounts(session)
                    console.print(t("cli.demo_cmd.2"))
                    if present:
                        _print_demo_accounts(present)
                    return
        try:
            with console.status(t("cli.demo_cmd.3")), db.session_scope(engine) as session:
                summary = demo.generate_demo(session, households=households, seed=seed,
                                             reset=reset, wards=wards)
        except demo.DemoError as exc:
            raise fail(str(exc)) from None
    elapsed = time.perf_counter() - started
    if len(summary.wards) > 1:
        console.print(t("cli.demo_cmd.wards", wards=len(summary.wards),
                        codes=", ".join(summary.wards)), markup=False)
    console.print(
        t(
            "cli.demo_cmd.4",
            groups=format_int(summary.groups),
            households=format_int(summary.households),
            members=format_int(summary.members),
            elapsed=elapsed,
        ),
        markup=False,
    )
    console.print(
        t("cli.demo_cmd.5", snapshots=format_int(summary.snapshots), demo_weeks=demo.DEMO_WEEKS),
        markup=False,
    )
    console.print(
        t(
            "cli.demo_cmd.6",
            help_requests=format_int(summary.help_requests),
            help_weeks=demo.HELP_WEEKS,
        ),
        markup=False,
    )
    _print_demo_accounts(summary.accounts)


def _print_demo_accounts(demo_accounts: Iterable[DemoAccount]) -> None:
    from digital_family import demo

    demo_accounts = list(demo_accounts)
    several = len({account.ward for account in demo_accounts if account.ward}) > 1
    table = Table(title=t("cli.print_demo_accounts.1"))
    if several:
        table.add_column(t("cli.print_demo_accounts.ward"))
    table.add_column(t("cli.print_demo_accounts.2"))
    table.add_column(t("cli.print_demo_accounts.3"))
    table.add_column(t("cli.print_demo_accounts.4"))
    table.add_column(t("cli.print_demo_accounts.5"))
    table.add_column(t("cli.print_demo_accounts.6"))
    for account in demo_accounts:
        table.add_row(
            *((account.ward,) if several else ()),
            f"{ROLE_LABELS[account.role]} ({account.role})",
            account.phone,
            account.password,
            account.full_name,
            account.scope or t("cli.print_demo_accounts.7"),
        )
    console.print(table)
    console.print(t("cli.print_demo_accounts.8", demo_password=demo.DEMO_PASSWORD), markup=False)
