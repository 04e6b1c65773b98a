"""The campaign's daily numbers and settings: snapshots, roll-ups, the help programme's
figures and its unclaimed-hours setting."""

from __future__ import annotations

import json
import time

import sqlalchemy as sa
import typer

from digital_family.base import clock, db
from digital_family.base.db import core_rows
from digital_family.base.formatting import format_int
from digital_family.base.i18n import t
from digital_family.base.permissions import SYSTEM
from digital_family.base.validation import ValidationError
from digital_family.base.wards import ward_of
from digital_family.cli.common import (
    app,
    console,
    err_console,
    fail,
    ready_engine,
)
from digital_family.ward import settings as ward_settings

rollups_app = typer.Typer(
    help="Số liệu cộng dồn theo tổ (cập nhật theo từng thay đổi).", no_args_is_help=True
)

# snapshot


@app.command("snapshot")
def snapshot_cmd() -> None:
    """Ghi lại các chỉ số hôm nay của phường và từng tổ (chạy lại trong ngày thì ghi đè)."""
    from digital_family.campaign import snapshots

    with ready_engine() as engine, db.session_scope(engine) as session:
        now = clock.utc()
        rows = snapshots.take_snapshot(session, now=now)
    day = clock.vietnam_date(now)
    console.print(
        t("cli.snapshot_cmd.1", rows=format_int(rows), day=day), markup=False
    )


# help-stats


@app.command("help-stats")
def help_stats_cmd(
    weeks: int = typer.Option(12, "--weeks", min=1, max=52, help="Số tuần gần nhất (1–52)."),
) -> None:
    """Số liệu chương trình hỗ trợ của Đại sứ số (JSON)."""
    from digital_family.base.permissions import SYSTEM
    from digital_family.programmes import help_requests

    with ready_engine() as engine, db.session_scope(engine) as session:
        stats = help_requests.programme_stats(session, SYSTEM, weeks=weeks)
    typer.echo(json.dumps(stats.to_dict(), ensure_ascii=False))


@app.command("help-hours")
def help_hours_cmd(
    hours: int | None = typer.Argument(None, help="Số giờ mới (1–720); bỏ trống để xem."),
) -> None:
    """Sau bao nhiêu giờ chưa ai nhận thì một yêu cầu hỗ trợ bị đánh dấu quá hạn."""

    with ready_engine() as engine:
        try:
            with db.session_scope(engine) as session:
                if hours is not None:
                    ward_settings.change(session, SYSTEM, ward_settings.UNCLAIMED_HOURS, hours)
                hours = ward_settings.unclaimed_hours(session, ward_of(session, SYSTEM))
        except ValidationError as exc:
            raise fail(exc.message) from None
    console.print(t("cli.help_hours_cmd.1", hours=hours), markup=False)



# rollups


@rollups_app.command("verify")
def rollups_verify() -> None:
    """So số liệu cộng dồn của từng tổ với phép tính lại từ sổ nhân khẩu (thoát 1 khi lệch)."""
    from digital_family.base.models import ResidentialGroup
    from digital_family.ward import rollups

    with ready_engine() as engine, db.session_scope(engine) as session:
        differences = rollups.verify(session)
        groups = core_rows(
            session,
            sa.select(sa.func.count()).select_from(ResidentialGroup)
        ).scalar_one()
    if not differences:
        console.print(
            t("cli.rollups_verify.1", groups=format_int(groups)), markup=False
        )
        return
    for difference in differences:
        err_console.print(str(difference), markup=False)
    codes = sorted({d.group_code for d in differences})
    raise fail(
        t("cli.rollups_verify.2", n=len(codes), codes=", ".join(codes))
    )


@rollups_app.command("rebuild")
def rollups_rebuild() -> None:
    """Tính lại số liệu cộng dồn của mọi tổ từ sổ nhân khẩu."""
    from digital_family.ward import rollups

    started = time.perf_counter()
    with ready_engine() as engine, db.session_scope(engine) as session:
        rows = rollups.rebuild(session)
    console.print(
        t("cli.rollups_rebuild.1", rows=format_int(rows), seconds=time.perf_counter() - started),
        markup=False,
    )
