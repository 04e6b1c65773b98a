"""Staff accounts (leaders, ambassadors, ward staff, the admin): created, given a role,
locked or unlocked, an ambassador allowed to open classes, listed a page at a time, by
ward staff and the admin (SPEC §1).

Touching an admin account or granting the admin role takes ``Action.MANAGE_ADMINS``,
which only the admin has; the last active admin cannot be demoted or locked. Every
change is logged like the rest of the ward's steering (``ward_admin.log_change``);
a role change or a lock signs the account out everywhere. Functions flush; the
caller commits.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

import sqlalchemy as sa
from sqlmodel import Session, col, select

from digital_family.access import accounts, auth
from digital_family.access.accounts import GROUP_ROLES, UserInfo
from digital_family.base import clock, paging
from digital_family.base.codes import ROLES
from digital_family.base.db import core_rows
from digital_family.base.models import (
    ResidentialGroup,
    UserAccount,
    UserGroup,
    id_column,
    id_of,
)
from digital_family.base.permissions import Action, Actor, account_id, can, require
from digital_family.base.validation import (
    ValidationError,
    validate_full_name,
)
from digital_family.base.wards import ward_of
from digital_family.campaign.ward_admin import account_by_phone, log_change

STAFF_ROLES = ("group_leader", "ambassador", "ward_staff", "admin")


@dataclass(frozen=True)
class StaffPage:
    """One page of the non-resident accounts (never a password hash)."""

    accounts: tuple[UserInfo, ...]
    total: int
    page: int
    page_size: int

    @property
    def pages(self) -> int:
        return paging.page_count(self.total, self.page_size)


def _staff_role(role: object) -> str:
    role = accounts.validate_role(role)
    if role == "resident":
        raise ValidationError("role", "error.role.resident_by_invitation")
    return role


def _require_for_account(actor: Actor, *roles: str) -> None:
    """MANAGE_USERS, and MANAGE_ADMINS as well when any of ``roles`` is admin."""
    actor = require(actor, Action.MANAGE_USERS)
    if "admin" in roles:
        actor = require(actor, Action.MANAGE_ADMINS)


def _other_active_admins(session: Session, user_id: int) -> int:
    """The other active admins of the account's ward (each ward keeps one)."""
    ward = sa.select(col(UserAccount.ward_id)).where(col(UserAccount.id) == user_id)
    return core_rows(
        session,
        sa.select(sa.func.count())
        .select_from(UserAccount)
        .where(
            col(UserAccount.ward_id) == ward.scalar_subquery(),
            col(UserAccount.role) == "admin",
            col(UserAccount.is_active),
            col(UserAccount.id) != user_id,
        )
    ).scalar_one()


def create_staff_account(
    session: Session,
    actor: Actor,
    *,
    phone: object,
    full_name: object,
    role: object,
    password: object,
    group_codes: Iterable[str] = (),
) -> UserInfo:
    """A new group leader, ambassador, ward official or (admin only) admin account.

    Group leaders and ambassadors need at least one group; resident accounts come
    from invitations.
    """
    actor = require(actor, Action.MANAGE_USERS)
    role = _staff_role(role)
    _require_for_account(actor, role)
    full_name = validate_full_name(full_name)
    user = accounts.create_user(
        session,
        actor,
        phone=phone,
        password=password,
        role=role,
        full_name=full_name,
        group_codes=tuple(group_codes or ()),
    )
    info = accounts.user_infos(session, actor, [id_of(user)])[id_of(user)]
    log_change(session, actor, "user", user.phone, None, role)
    for code in info.group_codes:
        log_change(session, actor, "user_group", user.phone, None, code)
    session.flush()
    return info


def set_role(session: Session, actor: Actor, phone: object, role: object) -> UserInfo:
    """Change a staff account's role (not to or from resident).

    Leaving the group roles drops the account's groups. The account is signed out
    everywhere, so its next session has the new role's idle timeout.
    """
    actor = require(actor, Action.MANAGE_USERS)
    role = _staff_role(role)
    user = account_by_phone(session, ward_of(session, actor), phone)
    _require_for_account(actor, role, user.role)
    if user.role == "resident":
        raise ValidationError("phone", "error.role.resident_fixed")
    if user.role != role:
        if (user.role == "admin" and user.is_active
                and _other_active_admins(session, id_of(user)) == 0):
            raise ValidationError("role", "error.role.last_admin")
        if role not in GROUP_ROLES:
            links = core_rows(
                session,
                sa.select(UserGroup, col(ResidentialGroup.code))
                .join(ResidentialGroup, col(ResidentialGroup.id) == col(UserGroup.group_id))
                .where(col(UserGroup.user_id) == user.id)
                .order_by(col(ResidentialGroup.code))
            ).all()
            for link, code in links:
                session.delete(link)
                log_change(session, actor, "user_group", user.phone, code, None)
        if user.may_open_classes:  # an ambassador's decision does not follow him
            log_change(session, actor, "user_open_classes", user.phone, 1, 0)
            user.may_open_classes = False
        log_change(session, actor, "user_role", user.phone, user.role, role)
        user.role = role
        user.updated_at = clock.utc()
        session.add(user)
        session.flush()
        auth.end_user_sessions(session, id_of(user))
    return accounts.user_infos(session, actor, [id_of(user)])[id_of(user)]


def set_active(session: Session, actor: Actor, phone: object, active: object) -> UserInfo:
    """Unlock or lock an account; locking signs it out everywhere."""
    actor = require(actor, Action.MANAGE_USERS)
    if not isinstance(active, bool):
        raise ValidationError("active", "error.active.choose")
    user = account_by_phone(session, ward_of(session, actor), phone)
    _require_for_account(actor, user.role)
    if user.is_active != active:
        if not active:
            if user.id == account_id(actor):
                raise ValidationError("phone", "error.active.self")
            if user.role == "admin" and _other_active_admins(session, id_of(user)) == 0:
                raise ValidationError("phone", "error.active.last_admin")
        log_change(session, actor, "user_active", user.phone, int(user.is_active), int(active))
        user.is_active = active
        user.updated_at = clock.utc()
        session.add(user)
        session.flush()
        if not active:
            auth.end_user_sessions(session, id_of(user))
    return accounts.user_infos(session, actor, [id_of(user)])[id_of(user)]


def set_may_open_classes(session: Session, actor: Actor, phone: object, allowed: object
                         ) -> UserInfo:
    """Allow an ambassador to open classes he teaches for his groups, or stop it
    (``Action.OPEN_CLASS``; issue 20). Only ambassadors' accounts take the decision;
    it reaches his next request (the actor is read again), without signing him out."""
    actor = require(actor, Action.MANAGE_USERS)
    if not isinstance(allowed, bool):
        raise ValidationError("may_open_classes", "error.open_classes.choose")
    user = account_by_phone(session, ward_of(session, actor), phone)
    if user.role != "ambassador":
        raise ValidationError("phone", "error.open_classes.ambassador")
    if user.may_open_classes != allowed:
        log_change(session, actor, "user_open_classes", user.phone,
                   int(user.may_open_classes), int(allowed))
        user.may_open_classes = allowed
        user.updated_at = clock.utc()
        session.add(user)
        session.flush()
    return accounts.user_infos(session, actor, [id_of(user)])[id_of(user)]


def staff_accounts(
    session: Session, actor: Actor, *, page: int = 1, page_size: int = 50
) -> StaffPage:
    """Every account but the households', admins first, then by role and phone."""
    actor = require(actor, Action.MANAGE_USERS)
    paging.require_page(page, page_size)
    staff = sa.and_(col(UserAccount.role) != "resident",
                    col(UserAccount.ward_id) == ward_of(session, actor))
    total = core_rows(
        session,
        sa.select(sa.func.count()).select_from(UserAccount).where(staff)
    ).scalar_one()
    rank = sa.case(
        {role: i for i, role in enumerate(reversed(ROLES))},
        value=col(UserAccount.role),
        else_=len(ROLES),
    )
    ids = session.exec(
        select(id_column(UserAccount))
        .where(staff)
        .order_by(rank, col(UserAccount.phone))
        .limit(page_size)
        .offset(paging.offset(page, page_size))
    ).all()
    infos = accounts.user_infos(session, actor, ids)
    return StaffPage(tuple(infos[i] for i in ids), total, page, page_size)


def can_manage_admins(actor: Actor | None) -> bool:
    """Whether the page may offer the admin role and admin accounts' buttons."""
    return can(actor, Action.MANAGE_ADMINS)
