"""User accounts: add, reset a password, invite a household, unassign a group, list."""

from __future__ import annotations

import sqlalchemy as sa
import typer
from rich.table import Table
from sqlmodel import col

from digital_family.access import accounts
from digital_family.base import clock, db
from digital_family.base.codes import ROLE_LABELS
from digital_family.base.db import core_rows
from digital_family.base.i18n import t
from digital_family.base.validation import (
    ValidationError,
    validate_household_code,
)
from digital_family.cli.common import (
    Role,
    console,
    fail,
    ready_engine,
    system_in,
    ward_option,
)

user_app = typer.Typer(help="Tài khoản người dùng.", no_args_is_help=True)

# user


def _ask_password() -> str:
    return typer.prompt(t("cli.print_demo_accounts.4"), hide_input=True,
                        confirmation_prompt=t("cli.ask_password.1"))


@user_app.command("add")
def user_add(
    phone: str = typer.Option(..., "--phone", help="Số điện thoại di động (tên đăng nhập)."),
    role: Role = typer.Option(..., "--role", help="Vai trò."),
    password: str | None = typer.Option(None, "--password", help="Mật khẩu (hỏi nếu không ghi)."),
    name: str = typer.Option("", "--name", help="Họ tên."),
    household: str | None = typer.Option(
        None, "--household", help="Mã hộ (tài khoản hộ gia đình)."
    ),
    group: list[str] = typer.Option([], "--group", help="Mã tổ dân phố (ghi nhiều lần nếu cần)."),
    ward: str | None = ward_option(),
) -> None:
    """Tạo tài khoản."""
    with ready_engine() as engine:
        if password is None:
            password = _ask_password()
        try:
            with db.session_scope(engine) as session:
                user = accounts.create_user(
                    session,
                    system_in(session, ward),
                    phone=phone,
                    password=password,
                    role=role.value,
                    full_name=name,
                    household_code=household,
                    group_codes=group,
                )
                phone, role_code = user.phone, user.role
        except ValidationError as exc:
            raise fail(exc.message) from None
    console.print(t("cli.user_add.1", phone=phone, role=ROLE_LABELS[role_code]), markup=False)


@user_app.command("reset-password")
def user_reset_password(
    phone: str = typer.Option(..., "--phone", help="Số điện thoại của tài khoản."),
    password: str | None = typer.Option(
        None, "--password", help="Mật khẩu mới (hỏi nếu không ghi)."
    ),
    ward: str | None = ward_option(),
) -> None:
    """Đặt lại mật khẩu."""
    with ready_engine() as engine:
        if password is None:
            password = _ask_password()
        try:
            with db.session_scope(engine) as session:
                user = accounts.reset_password(session, system_in(session, ward), phone=phone,
                                              new_password=password)
                phone = user.phone
        except ValidationError as exc:
            raise fail(exc.message) from None
    console.print(t("cli.user_reset_password.1", phone=phone), markup=False)


@user_app.command("invite")
def user_invite(
    household: str = typer.Option(..., "--household", help="Mã hộ gia đình."),
    ward: str | None = ward_option(),
) -> None:
    """Tạo mã mời cho một hộ (hoặc mã đặt lại mật khẩu nếu hộ đã có tài khoản)."""
    from digital_family.base.models import Household
    from digital_family.base.wards import ward_of
    from digital_family.households import invitations

    try:
        code = validate_household_code(household)
    except ValidationError:
        raise fail(t("cli.user_invite.1", household=household)) from None
    with ready_engine() as engine, db.session_scope(engine) as session:
        actor = system_in(session, ward)
        household_id = core_rows(
            session,
            sa.select(col(Household.id)).where(col(Household.code) == code,
                                               col(Household.ward_id) == ward_of(session, actor))
        ).scalar_one_or_none()
        if household_id is None:
            raise fail(t("cli.user_invite.2", code=code))
        issued = invitations.issue_invitation(session, actor, household_id=household_id)
    kind = t("cli.user_invite.3") if issued.purpose == "reset" else t("cli.user_invite.4")
    expires = clock.in_vietnam(issued.expires_at)
    console.print(t(
        "cli.user_invite.5",
        kind=kind,
        household_code=issued.household_code,
        code=issued.code,
    ), markup=False)
    console.print(
        t("cli.user_invite.6", expires=expires), markup=False
    )
    console.print(t(
        "cli.user_invite.7",
        code=invitations.invitation_url_path(issued.code),
    ), markup=False)
    console.print(t("cli.user_invite.8"), markup=False)


@user_app.command("unassign")
def user_unassign(
    phone: str = typer.Option(..., "--phone", help="Số điện thoại của tổ trưởng hoặc đại sứ số."),
    group: str = typer.Option(..., "--group", help="Mã tổ dân phố."),
    ward: str | None = ward_option(),
) -> None:
    """Thôi giao một tổ cho tổ trưởng hoặc đại sứ số (giao tổ: trang Quản trị)."""
    from digital_family.campaign import ward_admin

    with ready_engine() as engine:
        try:
            with db.session_scope(engine) as session:
                changed = ward_admin.unassign_leader(session, system_in(session, ward), group,
                                                      phone)
        except ValidationError as exc:
            raise fail(exc.message) from None
    code = group.strip().upper()
    console.print(t("cli.user_unassign.1", code=code, phone=phone) if changed
                  else t("cli.user_unassign.2", phone=phone, code=code), markup=False)


@user_app.command("list")
def user_list(ward: str | None = ward_option()) -> None:
    """Liệt kê các tài khoản của phường."""
    with ready_engine() as engine, db.session_scope(engine) as session:
        users = accounts.list_users(session, system_in(session, ward))
    if not users:
        console.print(t("cli.user_list.1"))
        return
    table = Table(title=t("cli.user_list.2", users=len(users)))
    table.add_column(t("cli.print_demo_accounts.3"))
    table.add_column(t("cli.print_demo_accounts.5"))
    table.add_column(t("cli.print_demo_accounts.2"))
    table.add_column(t("cli.user_list.3"))
    table.add_column(t("cli.user_list.4"))
    for user in users:
        table.add_row(
            user.phone,
            user.full_name,
            f"{user.role_label} ({user.role})",
            user.household_code or ", ".join(user.group_codes),
            t("cli.user_list.5") if user.is_active else t("cli.user_list.6"),
        )
    console.print(table)
