"""User accounts: password hashing, creating and listing accounts, checking a sign-in.

Functions that write add to the given session and flush; committing is the
caller's (``db.session_scope`` commits on success). Bad input raises
``ValidationError`` with a Vietnamese message.
"""

from __future__ import annotations

import secrets
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import datetime
from functools import lru_cache
from typing import Protocol

import sqlalchemy as sa
from passlib.context import CryptContext  # pyright: ignore[reportMissingTypeStubs]
from sqlmodel import Session, col, select

from digital_family.base import clock
from digital_family.base.codes import CITY_ROLES, ROLE_LABELS, ROLES
from digital_family.base.db import core_rows
from digital_family.base.i18n import Key
from digital_family.base.models import Household, ResidentialGroup, UserAccount, UserGroup, id_of
from digital_family.base.permissions import Action, Actor, PermissionDenied, can, require
from digital_family.base.validation import (
    ValidationError,
    clean_text,
    is_iterable,
    validate_full_name,
    validate_group_code,
    validate_household_code,
    validate_phone,
)
from digital_family.base.wards import ward_of


class PasswordContext(Protocol):
    """What the app uses of passlib's ``CryptContext``, typed here once (passlib ships no
    type stubs); ``hash_password`` and ``verify_password`` are its only callers."""

    def hash(self, secret: str) -> str: ...

    def verify(self, secret: str, hash: str) -> bool: ...


pwd_context: PasswordContext = CryptContext(schemes=["argon2"], deprecated="auto")

MIN_PASSWORD_LENGTH = 8
MAX_PASSWORD_LENGTH = 128
GROUP_ROLES = ("group_leader", "ambassador")


# Passwords


def validate_password(password: object, *, field: str = "password") -> str:
    """A new password: 8 to 128 characters (kept exactly as typed)."""
    if not isinstance(password, str) or len(password) < MIN_PASSWORD_LENGTH:
        raise ValidationError(field, "error.password.too_short", min=MIN_PASSWORD_LENGTH)
    if len(password) > MAX_PASSWORD_LENGTH:
        raise ValidationError(field, "error.password.too_long", max=MAX_PASSWORD_LENGTH)
    if not password.strip():
        raise ValidationError(field, "error.password.blank")
    return password


def hash_password(password: str) -> str:
    return pwd_context.hash(password)


def verify_password(password: str, password_hash: str) -> bool:
    """Whether ``password`` matches ``password_hash`` (False for a malformed hash)."""
    try:
        return pwd_context.verify(password, password_hash)
    except (ValueError, TypeError):  # passlib's UnknownHashError is a ValueError
        return False


@lru_cache(maxsize=1)
def _dummy_hash() -> str:
    """A hash no password matches, so an unknown phone costs a real verification."""
    return hash_password(secrets.token_urlsafe(24))


# Accounts


def validate_role(role: object, *, field: str = "role") -> str:
    code = clean_text(role).lower()
    if code not in ROLES:
        raise ValidationError(field, "error.role", codes=", ".join(ROLES))
    return code


@dataclass(frozen=True)
class UserInfo:
    """An account as lists show it (never the password hash)."""

    id: int
    phone: str
    full_name: str
    role: str
    role_label: str
    household_code: str | None
    group_codes: tuple[str, ...]
    is_active: bool
    created_at: datetime
    last_login_at: datetime | None
    may_open_classes: bool = False  # an ambassador ward staff allow to open classes


def get_user_by_phone(session: Session, phone: object) -> UserAccount | None:
    """The account with ``phone`` (any accepted spelling), or None."""
    try:
        phone = validate_phone(phone)
    except ValidationError:
        return None
    return session.exec(
        select(UserAccount).where(col(UserAccount.phone) == phone)
    ).one_or_none()


def _groups_by_code(session: Session, ward_id: int, group_codes: Iterable[object]
                    ) -> list[ResidentialGroup]:
    codes = list(dict.fromkeys(validate_group_code(c, field="group_codes") for c in group_codes))
    if not codes:
        return []
    found = {
        g.code: g
        for g in session.exec(
            select(ResidentialGroup).where(col(ResidentialGroup.ward_id) == ward_id,
                                           col(ResidentialGroup.code).in_(codes))
        )
    }
    for code in codes:
        if code not in found:
            raise ValidationError("group_codes", "error.group.unknown", code=code)
    return [found[c] for c in codes]


def _given_codes(value: object) -> tuple[object, ...]:
    """The group codes the caller gave (nothing: none)."""
    if not value:
        return ()
    if not is_iterable(value):
        raise ValidationError("group_codes", "error.bad_request")
    return tuple(value)


def _resident_household(session: Session, actor: Actor, role: str, household_code: object
                        ) -> Household | None:
    """The household of the actor's ward a new ``resident`` account belongs to (one
    account per household); None for another role (which may name no household)."""
    if role != "resident":
        if clean_text(household_code):
            raise ValidationError("household_code", "error.household.residents_only")
        return None
    if not clean_text(household_code):
        raise ValidationError("household_code", "error.household.code_needed")
    code = validate_household_code(household_code)
    household = session.exec(
        select(Household).where(col(Household.ward_id) == ward_of(session, actor),
                                col(Household.code) == code)
    ).one_or_none()
    if household is None:
        raise ValidationError("household_code", "error.household.unknown", code=code)
    taken = session.exec(
        select(col(UserAccount.phone)).where(col(UserAccount.household_id) == household.id)
    ).one_or_none()
    if taken is not None:
        raise ValidationError("household_code", "error.household.has_account",
                              code=code, phone=taken)
    return household


def create_user(
    session: Session,
    actor: Actor | None,
    *,
    phone: object,
    password: object,
    role: object,
    full_name: object = "",
    household_code: object = None,
    group_codes: object = (),
) -> UserAccount:
    """A new account in the actor's ward.

    A ``resident`` belongs to one household (one account per household); a
    ``group_leader`` or ``ambassador`` serves one or more residential groups.
    Action.MANAGE_USERS (and MANAGE_ADMINS for an admin account).
    """
    actor = require(actor, Action.MANAGE_USERS)
    phone = validate_phone(phone)
    role = validate_role(role)
    if role == "admin":
        actor = require(actor, Action.MANAGE_ADMINS)
    if role in CITY_ROLES and actor.ward_id is not None:  # a ward's staff make no city account
        raise PermissionDenied()
    ward_id = None if role in CITY_ROLES else ward_of(session, actor)
    password = validate_password(password)
    full_name = validate_full_name(full_name) if clean_text(full_name) else ""
    group_codes = _given_codes(group_codes)

    household = _resident_household(session, actor, role, household_code)
    if role in GROUP_ROLES:
        if not group_codes:
            raise ValidationError("group_codes", "error.role.needs_group", role=Key(f"role.{role}"))
        groups = _groups_by_code(session, ward_of(session, actor), group_codes)
    elif group_codes:
        raise ValidationError("group_codes", "error.role.group_roles_only")
    else:
        groups = []

    if session.exec(
        select(col(UserAccount.id)).where(col(UserAccount.phone) == phone)
    ).first() is not None:
        raise ValidationError("phone", "error.phone.taken", phone=phone)

    user = UserAccount(
        phone=phone,
        full_name=full_name,
        role=role,
        password_hash=hash_password(password),
        household_id=household.id if household else None,
        ward_id=ward_id,
    )
    session.add(user)
    session.flush()
    for group in groups:
        session.add(UserGroup(user_id=id_of(user), group_id=id_of(group)))
    session.flush()
    return user


def reset_password(session: Session, actor: Actor | None, *, phone: object,
                   new_password: object) -> UserAccount:
    """Give the account with ``phone`` a new password (MANAGE_USERS; an admin's: MANAGE_ADMINS)."""
    actor = require(actor, Action.MANAGE_USERS)
    new_password = validate_password(new_password)
    user = get_user_by_phone(session, phone)
    if user is None or user.ward_id != ward_of(session, actor):
        raise ValidationError("phone", "error.phone.no_account", phone=clean_text(phone))
    if user.role == "admin":
        actor = require(actor, Action.MANAGE_ADMINS)
    user.password_hash = hash_password(new_password)
    user.updated_at = clock.utc()
    session.add(user)
    session.flush()
    return user


def user_infos(session: Session, actor: Actor | None,
               user_ids: Iterable[int] | None = None) -> dict[int, UserInfo]:
    """The accounts of the actor's ward (all, or those of ``user_ids``) by id, without
    password hashes.

    Staff who manage accounts or groups (their leaders) only.
    """
    if not (can(actor, Action.MANAGE_USERS) or can(actor, Action.MANAGE_GROUPS)):
        raise PermissionDenied()
    ids = None if user_ids is None else list(user_ids)
    if ids == []:
        return {}
    ward_id = ward_of(session, actor)
    groups: dict[int, list[str]] = {}
    for user_id, code in session.exec(
        select(col(UserGroup.user_id), col(ResidentialGroup.code))
        .join(ResidentialGroup, col(ResidentialGroup.id) == col(UserGroup.group_id))
        .where(col(UserGroup.user_id).in_(ids) if ids is not None else sa.true())
        .order_by(col(ResidentialGroup.code))
    ):
        groups.setdefault(user_id, []).append(code)
    rows = core_rows(
        session,
        sa.select(
            col(UserAccount.id),
            col(UserAccount.phone),
            col(UserAccount.full_name),
            col(UserAccount.role),
            col(Household.code),
            col(UserAccount.is_active),
            col(UserAccount.created_at),
            col(UserAccount.last_login_at),
            col(UserAccount.may_open_classes),
        )
        .outerjoin(Household, col(Household.id) == col(UserAccount.household_id))
        .where(col(UserAccount.id).in_(ids) if ids is not None else sa.true(),
               col(UserAccount.ward_id) == ward_id)
    )
    return {
        r[0]: UserInfo(
            id=r[0],
            phone=r[1],
            full_name=r[2],
            role=r[3],
            role_label=ROLE_LABELS.get(r[3]) or r[3],
            household_code=r[4],
            group_codes=tuple(groups.get(r[0], ())),
            is_active=r[5],
            created_at=r[6],
            last_login_at=r[7],
            may_open_classes=r[8],
        )
        for r in rows
    }


def list_users(session: Session, actor: Actor | None) -> list[UserInfo]:
    """Every account, by role (admin first) then phone, without password hashes."""
    actor = require(actor, Action.MANAGE_USERS)
    rank = {role: i for i, role in enumerate(reversed(ROLES))}
    return sorted(user_infos(session, actor).values(),
                  key=lambda u: (rank.get(u.role, len(ROLES)), u.phone))


def authenticate(session: Session, phone: object, password: object) -> UserAccount | None:
    """The active account ``phone`` and ``password`` sign in to, or None.

    Takes as long for an unknown phone as for a wrong password: both verify a hash.
    """
    user = get_user_by_phone(session, phone)
    if not isinstance(password, str):
        password = ""
    if user is None:
        verify_password(password, _dummy_hash())
        return None
    if not verify_password(password, user.password_hash) or not user.is_active:
        return None
    return user
