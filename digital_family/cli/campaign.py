"""The campaign's daily numbers and settings: snapshots, roll-ups, the help programme's
figures and its unclaimed-hours setting."""

from __future__ import annotations

import json
import time

import sqlalchemy as sa
import typer
from sqlmodel import col, select

from digital_family.base import clock, db
from digital_family.base.db import core_rows
from digital_family.base.formatting import format_int
from digital_family.base.i18n import t
from digital_family.base.validation import ValidationError
from digital_family.base.wards import ward_of
from digital_family.cli.common import (
    app,
    console,
    err_console,
    fail,
    ready_engine,
    system_in,
    ward_option,
)
from digital_family.ward import settings as ward_settings

rollups_app = typer.Typer(
    help="Số liệu cộng dồn theo tổ (cập nhật theo từng thay đổi).", no_args_is_help=True
)

# snapshot


@app.command("snapshot")
def snapshot_cmd(
    ward: str | None = typer.Option(
        None, "--ward", help="Mã phường (mặc định: mọi phường của thành phố)."),
) -> None:
    """Ghi lại các chỉ số hôm nay của phường và từng tổ (chạy lại trong ngày thì ghi đè)."""
    from digital_family.campaign import snapshots

    with ready_engine() as engine, db.session_scope(engine) as session:
        now = clock.utc()
        ward_ids = None if ward is None else [ward_of(session, system_in(session, ward))]
        rows = snapshots.take_snapshot(session, now=now, ward_ids=ward_ids)
    day = clock.vietnam_date(now)
    console.print(
        t("cli.snapshot_cmd.1", rows=format_int(rows), day=day), markup=False
    )


# help-stats


@app.command("help-stats")
def help_stats_cmd(
    weeks: int = typer.Option(12, "--weeks", min=1, max=52, help="Số tuần gần nhất (1–52)."),
    ward: str | None = ward_option(),
) -> None:
    """Số liệu chương trình hỗ trợ của Đại sứ số (JSON)."""
    from digital_family.programmes import help_requests

    with ready_engine() as engine, db.session_scope(engine) as session:
        stats = help_requests.programme_stats(session, system_in(session, ward), weeks=weeks)
    typer.echo(json.dumps(stats.to_dict(), ensure_ascii=False))


@app.command("help-hours")
def help_hours_cmd(
    hours: int | None = typer.Argument(None, help="Số giờ mới (1–720); bỏ trống để xem."),
    ward: str | None = ward_option(),
) -> None:
    """Sau bao nhiêu giờ chưa ai nhận thì một yêu cầu hỗ trợ bị đánh dấu quá hạn."""

    with ready_engine() as engine:
        try:
            with db.session_scope(engine) as session:
                actor = system_in(session, ward)
                if hours is not None:
                    ward_settings.change(session, actor, ward_settings.UNCLAIMED_HOURS, hours)
                hours = ward_settings.unclaimed_hours(session, ward_of(session, actor))
        except ValidationError as exc:
            raise fail(exc.message) from None
    console.print(t("cli.help_hours_cmd.1", hours=hours), markup=False)



# rollups


_ALL_WARDS_HELP = "Mã phường (mặc định: mọi phường của thành phố)."


@rollups_app.command("verify")
def rollups_verify(
    ward: str | None = typer.Option(None, "--ward", help=_ALL_WARDS_HELP),
) -> None:
    """So số liệu cộng dồn của từng tổ với phép tính lại từ sổ nhân khẩu (thoát 1 khi lệch)."""
    from digital_family.base.models import ResidentialGroup
    from digital_family.ward import rollups

    with ready_engine() as engine, db.session_scope(engine) as session:
        ward_id = None if ward is None else ward_of(session, system_in(session, ward))
        differences = rollups.verify(session, ward_id)
        count = sa.select(sa.func.count()).select_from(ResidentialGroup)
        if ward_id is not None:
            count = count.where(col(ResidentialGroup.ward_id) == ward_id)
        groups = core_rows(session, count).scalar_one()
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
def rollups_rebuild(
    ward: str | None = typer.Option(None, "--ward", help=_ALL_WARDS_HELP),
) -> None:
    """Tính lại số liệu cộng dồn của mọi tổ (hoặc các tổ của một phường) từ sổ nhân khẩu."""
    from digital_family.base.models import ResidentialGroup, id_column
    from digital_family.ward import rollups

    started = time.perf_counter()
    with ready_engine() as engine, db.session_scope(engine) as session:
        group_ids = None
        if ward is not None:
            ward_id = ward_of(session, system_in(session, ward))
            group_ids = set(session.exec(select(id_column(ResidentialGroup)).where(
                col(ResidentialGroup.ward_id) == ward_id)))
        rows = rollups.rebuild(session, group_ids=group_ids)
    console.print(
        t("cli.rollups_rebuild.1", rows=format_int(rows), seconds=time.perf_counter() - started),
        markup=False,
    )
