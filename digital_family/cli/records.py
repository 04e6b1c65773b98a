"""What is kept and removed: the purge, the audit log, a household's personal data
(export, erasure)."""

from __future__ import annotations

import json
from pathlib import Path

import sqlalchemy as sa
import typer
from rich.table import Table
from sqlmodel import Session, col

from digital_family.base import clock, db
from digital_family.base.codes import ROLE_LABELS
from digital_family.base.db import core_rows
from digital_family.base.formatting import format_int
from digital_family.base.i18n import t
from digital_family.base.permissions import Actor
from digital_family.base.validation import (
    ValidationError,
    validate_group_code,
    validate_household_code,
)
from digital_family.base.wards import ward_of
from digital_family.cli.common import (
    TableOrJson,
    app,
    console,
    fail,
    ready_engine,
    system_in,
    ward_option,
)

household_app = typer.Typer(
    help="Dữ liệu cá nhân của một hộ: tải về, xoá (Luật Bảo vệ dữ liệu cá nhân).",
    no_args_is_help=True,
)

# purge


@app.command("purge")
def purge_cmd() -> None:
    """Xoá những gì đã hết hạn lưu: phiên đăng nhập đã kết thúc, khoá đăng nhập cũ, mã mời đã dùng,
    nhật ký quá thời gian lưu."""
    from digital_family.upkeep import retention

    with ready_engine() as engine, db.session_scope(engine) as session:
        summary = retention.purge(session)
    console.print(
        t(
            "cli.purge_cmd.1",
            sessions_and_throttles=format_int(summary.sessions_and_throttles),
            invitations=format_int(summary.invitations),
            audit_entries=format_int(summary.audit_entries),
            security_tallies=format_int(summary.security_tallies),
        ),
        markup=False
    )


# audit


_VIA_LABELS = {
    "app": t("cli.via.app"),
    "visit": t("cli.via.visit"),
    "import": t("cli.via.import"),
    "demo": t("cli.via.demo"),
    "cli": t("cli.via.cli"),
}


@app.command("audit")
def audit_cmd(
    household: str | None = typer.Option(None, "--household", help="Mã hộ gia đình."),
    account: str | None = typer.Option(None, "--account", help="Số điện thoại của tài khoản."),
    since: str | None = typer.Option(None, "--since", help="Từ ngày (YYYY-MM-DD, giờ Việt Nam)."),
    group: str | None = typer.Option(None, "--group", help="Mã tổ dân phố."),
    output: TableOrJson = typer.Option(TableOrJson.table, "--format", help="table hoặc json."),
    ward: str | None = ward_option(),
) -> None:
    """Ai đã thay đổi, xem hoặc xuất gì (nhật ký, cũ nhất trước); giá trị đã xoá không hiện."""
    from digital_family.base.validation import validate_phone
    from digital_family.records import audit

    try:
        filters = audit.Filters(
            household_code=validate_household_code(household) if household else None,
            account_phone=validate_phone(account) if account else None,
            since=audit.parse_day(since) if since else None,
            group_code=validate_group_code(group) if group else None,
        )
    except ValidationError as exc:
        raise fail(exc.message, 2) from None
    with ready_engine() as engine, db.session_scope(engine) as session:
        found = audit.iter_entries(session, system_in(session, ward), filters)
        if output is TableOrJson.json:
            typer.echo("[", nl=False)
            for n, entry in enumerate(found):
                typer.echo(("," if n else "") + json.dumps(entry.to_dict(), ensure_ascii=False),
                           nl=False)
            typer.echo("]")
            return
        table = Table(title=t("cli.audit_cmd.1"))
        for key in ("cli.audit_cmd.2", "cli.audit_cmd.3", "cli.print_demo_accounts.2",
                    "cli.audit_cmd.4", "cli.audit_cmd.5", "cli.audit_cmd.6", "cli.audit_cmd.7",
                    "cli.import_file.5", "cli.audit_cmd.8"):
            heading = t(key)
            table.add_column(heading, overflow="fold")
        count = 0
        for entry in found:
            count += 1
            member = (
                "" if entry.member is None else f"{entry.member_name or '(đã xoá)'} #{entry.member}"
            )
            change = "" if entry.old is None and entry.new is None else (
                f"{entry.old if entry.old is not None else '—'} → "
                f"{entry.new if entry.new is not None else '—'}")
            table.add_row(
                f"{clock.in_vietnam(entry.at):%d/%m/%Y %H:%M}",
                entry.account or "", ROLE_LABELS.get(entry.role, "") if entry.role else "",
                _VIA_LABELS.get(entry.via, entry.via), entry.action, entry.household or "",
                member, entry.field or entry.key or "", change,
            )
    if not count:
        console.print(t("cli.audit_cmd.9"))
        return
    console.print(table)


# household (personal data)


def _household_id(session: Session, actor: Actor, code: str) -> int:
    """The id of the household of the actor's ward with ``code``, or exit 1 when there is
    none."""
    from digital_family.base.models import Household

    try:
        code = validate_household_code(code)
    except ValidationError:
        raise fail(t("cli.household_id.1", code=code)) from None
    found = core_rows(
        session,
        sa.select(col(Household.id)).where(col(Household.code) == code,
                                           col(Household.ward_id) == ward_of(session, actor))
    ).scalar()
    if found is None:
        raise fail(t("cli.household_id.1", code=code))
    return found


@household_app.command("export-data")
def household_export_data(
    code: str = typer.Argument(..., help="Mã hộ gia đình."),
    out: Path = typer.Option(..., "--out", help="Tệp JSON sẽ ghi."),
    ward: str | None = ward_option(),
) -> None:
    """Toàn bộ thông tin phường giữ về một hộ (JSON dễ đọc, không có mật khẩu hay mã bí mật)."""
    from digital_family.households import personal_data

    with ready_engine() as engine, db.session_scope(engine) as session:
        actor = system_in(session, ward)
        data = personal_data.export_household(session, actor, _household_id(session, actor, code))
    out.write_text(json.dumps(data, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
    console.print(t(
        "cli.household_export_data.1",
        code=data["household"]["code"],
        members=format_int(len(data["members"])),
        out=out,
    ), markup=False)


@household_app.command("erase")
def household_erase(
    code: str = typer.Argument(..., help="Mã hộ gia đình."),
    member: int | None = typer.Option(
        None, "--member", help="Chỉ xoá một nhân khẩu (số của người đó)."
    ),
    yes: bool = typer.Option(False, "--yes", help="Không hỏi lại."),
    ward: str | None = ward_option(),
) -> None:
    """Xoá hẳn thông tin cá nhân của một hộ (hoặc một nhân khẩu): không khôi phục được."""
    from digital_family.base.models import Member
    from digital_family.households import personal_data

    with ready_engine() as engine, db.session_scope(engine) as session:
        actor = system_in(session, ward)
        household_id = _household_id(session, actor, code)
        if member is not None:
            name = core_rows(
                session,
                sa.select(col(Member.full_name)).where(
                    col(Member.id) == member, col(Member.household_id) == household_id
                )
            ).scalar()
            if name is None:
                raise fail(t("cli.household_erase.1", code=code, member=member))
            question = t("cli.household_erase.2", name=name, code=code)
        else:
            question = (
                t("cli.household_erase.3", code=code)
            )
        if not yes and not typer.confirm(question, default=False):
            raise fail(t("cli.household_erase.4"), 1)
        if member is not None:
            done = personal_data.erase_member(session, actor, member)
        else:
            done = personal_data.erase_household(session, actor, household_id)
    console.print(
        t(
            "cli.household_erase.5",
            members=format_int(done.members),
            household_code=done.household_code,
            accounts=format_int(done.accounts),
            help_requests=format_int(done.help_requests),
            audit_entries_blanked=format_int(done.audit_entries_blanked),
        ),
        markup=False,
    )
