"""Steering the ward: targets and the skill threshold, residential groups (staff accounts:
``campaign.staff_accounts``).

For ward staff and the admin (SPEC §1): ward staff change targets, groups and
accounts except ``admin`` ones; touching an admin account or granting the admin
role takes ``Action.MANAGE_ADMINS``, which only the admin has. Every function
checks the actor first; every change writes an audit entry (who, when,
what, old and new value). A write that changes nothing logs nothing.

Audit actions written here (``SETTINGS_ACTIONS``): ``target`` (key: indicator code; values are
fractions as text, null for "no target"), ``setting`` (key: setting name),
``group`` (key: group code; values: names), ``user_group`` (key: phone; values:
the group code added or removed), ``user`` (key: phone; account created, new
value its role), ``user_role``, ``user_active`` and ``user_open_classes`` (an
ambassador allowed to open classes; key: phone).

Functions flush; the caller commits. Bad input raises ``ValidationError`` with
a Vietnamese message.
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass
from datetime import datetime
from decimal import Decimal, InvalidOperation

import sqlalchemy as sa
from sqlmodel import Session, col

from digital_family.access import accounts
from digital_family.access.accounts import GROUP_ROLES
from digital_family.base import clock
from digital_family.base.db import core_rows
from digital_family.base.groups import find_group
from digital_family.base.models import (
    AuditEntry,
    Household,
    IndicatorSnapshot,
    IndicatorTarget,
    Member,
    ResidentialGroup,
    UserAccount,
    UserGroup,
    id_of,
)
from digital_family.base.permissions import Action, Actor, account_id, require
from digital_family.base.validation import (
    ValidationError,
    clean_text,
    validate_phone,
)
from digital_family.base.wards import ward_of
from digital_family.campaign import snapshots
from digital_family.records import audit
from digital_family.ward import settings as ward_settings
from digital_family.ward.indicators import INDICATORS, get_targets, validate_indicator_code

GROUP_NAME_MAX = 100
MAX_HISTORY = 500
_DEFAULTS = {d.code: d.target_default for d in INDICATORS}


@dataclass(frozen=True)
class TargetRow:
    code: str
    target: float | None  # in force: the one set, else the SPEC default
    default: float | None  # the SPEC default
    is_default: bool  # nobody has set one (no row)
    updated_at: datetime | None  # when it was set (None when default)
    updated_by_name: str | None  # who set it (full name, else phone; None: default or shell)


@dataclass(frozen=True)
class ChangeRow:
    at: datetime
    user_name: str | None  # full name, else phone; None for the shell or a deleted account
    entity: str
    key: str
    old_value: str | None
    new_value: str | None


@dataclass(frozen=True)
class GroupPerson:
    """A leader or ambassador serving a group."""

    phone: str
    full_name: str
    role: str
    is_active: bool


@dataclass(frozen=True)
class GroupRow:
    id: int
    code: str
    name: str
    households: int
    leaders: tuple[str, ...]  # group leaders as "Full Name (phone)", by name
    members: int
    ambassadors: tuple[str, ...]  # ambassadors, the same way
    people: tuple[GroupPerson, ...]  # both, structured (leaders first)


# The change log


# What ward_admin writes to the audit log (its ``action``; ``key`` says which one).
SETTINGS_ACTIONS = ("target", "setting", "group", "user_group", "user", "user_role",
                    "user_active", "user_open_classes")


def log_change(session: Session, actor: Actor, entity: str, key: str, old: object,
               new: object) -> None:
    audit.record(session, actor, [audit.Change(
        entity, key=key, old=None if old is None else str(old),
        new=None if new is None else str(new))])


def _person_name(full_name: str | None, phone: str | None) -> str | None:
    return full_name or phone or None


def change_history(session: Session, actor: Actor, *, limit: object = 50
                   ) -> tuple[ChangeRow, ...]:
    """The latest changes, newest first (at most ``limit``, up to 500)."""
    actor = require(actor, Action.EDIT_TARGETS)
    ward_id = ward_of(session, actor)
    if isinstance(limit, bool) or not isinstance(limit, int) or limit < 1:
        raise ValidationError("limit", "error.limit")
    rows = core_rows(
        session,
        sa.select(
            col(AuditEntry.at),
            col(UserAccount.full_name),
            col(UserAccount.phone),
            col(AuditEntry.action),
            col(AuditEntry.key),
            col(AuditEntry.old_value),
            col(AuditEntry.new_value),
        )
        .outerjoin(UserAccount, col(UserAccount.id) == col(AuditEntry.user_id))
        .where(col(AuditEntry.action).in_(SETTINGS_ACTIONS), col(AuditEntry.ward_id) == ward_id)
        .order_by(col(AuditEntry.at).desc(), col(AuditEntry.id).desc())
        .limit(min(limit, MAX_HISTORY))
    )
    return tuple(
        ChangeRow(at, _person_name(name, phone), entity, key, old, new)
        for at, name, phone, entity, key, old, new in rows
    )


# Targets and the skill threshold

_TARGET = re.compile(r"(-?)\s*([0-9]+(?:[.,][0-9]+)?|[.,][0-9]+)\s*(%?)")
_TARGET_FORMAT = "error.target.format"
_TARGET_RANGE = "error.target.range"


def parse_target(value: object, *, field: str = "target") -> float | None:
    """A target as a fraction in [0, 1], or None (empty: no target).

    "85", "85%", "85,5", "0.85" and 0.85 all mean 85% (85.5% for "85,5"): a number
    with % or above 1 is a percentage, else a fraction. Raises ValidationError.
    """
    if value is None:
        return None
    if isinstance(value, bool):
        raise ValidationError(field, _TARGET_FORMAT)
    if isinstance(value, (int, float)):
        if isinstance(value, float) and not math.isfinite(value):
            raise ValidationError(field, _TARGET_FORMAT)
        number, percent = Decimal(str(value)), False
    else:
        text = clean_text(value)
        if not text:
            return None
        match = _TARGET.fullmatch(text) if len(text) <= 20 else None
        if match is None:
            raise ValidationError(field, _TARGET_FORMAT)
        try:
            number = Decimal(match[2].replace(",", "."))
        except InvalidOperation:  # pragma: no cover - the pattern admits only decimals
            raise ValidationError(field, _TARGET_FORMAT) from None
        if match[1]:
            number = -number
        percent = bool(match[3])
    if percent or number > 1:
        number = number / 100
    if not 0 <= number <= 1:
        raise ValidationError(field, _TARGET_RANGE)
    return float(number) + 0.0  # no -0.0


def _target_text(value: float | None) -> str | None:
    return None if value is None else repr(float(value))


def _refresh_today_target(session: Session, ward_id: int, code: str, target: float | None
                          ) -> None:
    """Today's snapshot rows of the ward show the target now in force."""
    session.exec(
        sa.update(IndicatorSnapshot)
        .where(
            col(IndicatorSnapshot.ward_id) == ward_id,
            col(IndicatorSnapshot.code) == code, col(IndicatorSnapshot.day) == clock.vietnam_date()
        )
        .values(target=target)
    )


def set_target(session: Session, actor: Actor, code: str, target: object) -> float | None:
    """Set an indicator's target ("85", "85%", "0,85" …; empty: no target). Returns it."""
    actor = require(actor, Action.EDIT_TARGETS)
    ward_id = ward_of(session, actor)
    code = validate_indicator_code(code)
    value = parse_target(target)
    row = session.get(IndicatorTarget, (ward_id, code))
    if row is not None and row.target == value:
        return value
    old = get_targets(session, ward_id)[code]
    if row is None:
        row = IndicatorTarget(ward_id=ward_id, code=code)
    row.target = value
    row.updated_at = clock.utc()
    row.updated_by_id = account_id(actor)
    session.add(row)
    log_change(session, actor, "target", code, _target_text(old), _target_text(value))
    _refresh_today_target(session, ward_id, code, value)
    session.flush()
    return value


def reset_target(session: Session, actor: Actor, code: str) -> float | None:
    """Go back to the SPEC default target; returns it."""
    actor = require(actor, Action.EDIT_TARGETS)
    ward_id = ward_of(session, actor)
    code = validate_indicator_code(code)
    default = _DEFAULTS[code]
    row = session.get(IndicatorTarget, (ward_id, code))
    if row is None:
        return default
    old = row.target
    session.delete(row)
    log_change(session, actor, "target", code, _target_text(old), _target_text(default))
    _refresh_today_target(session, ward_id, code, default)
    session.flush()
    return default


def set_skill_threshold(session: Session, actor: Actor, value: object) -> int:
    """How many of the eight skills make "basic digital skills" (1 to 8). Returns it.

    Today's snapshot, if taken, is taken again so it counts with the new threshold.
    """
    ward_id = ward_of(session, actor)
    old = ward_settings.skill_threshold(session, ward_id)
    number = ward_settings.change(session, actor, ward_settings.SKILL_THRESHOLD, value)
    if old != number and snapshots.has_snapshot(session, clock.vietnam_date(), ward_id):
        snapshots.take_snapshot(session, ward_ids=[ward_id])
    return number


def targets_table(session: Session, actor: Actor | None) -> tuple[TargetRow, ...]:
    """Every indicator's target, in the SPEC order, with who set it and when (EDIT_TARGETS)."""
    actor = require(actor, Action.EDIT_TARGETS)
    ward_id = ward_of(session, actor)
    rows = {
        code: (target, updated_at, _person_name(name, phone))
        for code, target, updated_at, name, phone in core_rows(
            session,
            sa.select(
                col(IndicatorTarget.code),
                col(IndicatorTarget.target),
                col(IndicatorTarget.updated_at),
                col(UserAccount.full_name),
                col(UserAccount.phone),
            ).outerjoin(UserAccount, col(UserAccount.id) == col(IndicatorTarget.updated_by_id))
            .where(col(IndicatorTarget.ward_id) == ward_id)
        )
    }
    table: list[TargetRow] = []
    for d in INDICATORS:
        if d.code in rows:
            target, updated_at, by = rows[d.code]
            table.append(TargetRow(d.code, target, d.target_default, False, updated_at, by))
        else:
            table.append(TargetRow(d.code, d.target_default, d.target_default, True, None, None))
    return tuple(table)


# Residential groups


def validate_group_name(value: object, *, field: str = "name") -> str:
    name = clean_text(value)
    if not name:
        raise ValidationError(field, "error.group_name.required")
    if len(name) > GROUP_NAME_MAX:
        raise ValidationError(field, "error.group_name.too_long", max=GROUP_NAME_MAX)
    if name.startswith(("=", "+", "-", "@")) or not name.isprintable():
        raise ValidationError(field, "error.group_name.characters")
    return name


def _person_label(person: GroupPerson) -> str:
    label = f"{person.full_name} ({person.phone})" if person.full_name else person.phone
    return label if person.is_active else f"{label} — đã khoá"


def _group_rows(session: Session, ward_id: int, group_id: int | None = None
                ) -> tuple[GroupRow, ...]:
    households = (
        sa.select(col(Household.group_id), sa.func.count().label("n"))
        .where(col(Household.ward_id) == ward_id)
        .group_by(col(Household.group_id))
        .subquery()
    )
    members = (
        sa.select(col(Household.group_id), sa.func.count().label("n"))
        .select_from(Member)
        .join(Household, col(Household.id) == col(Member.household_id))
        .where(col(Household.ward_id) == ward_id)
        .group_by(col(Household.group_id))
        .subquery()
    )
    query = (
        sa.select(
            col(ResidentialGroup.id),
            col(ResidentialGroup.code),
            col(ResidentialGroup.name),
            sa.func.coalesce(households.c.n, 0),
            sa.func.coalesce(members.c.n, 0),
        )
        .outerjoin(households, households.c.group_id == col(ResidentialGroup.id))
        .outerjoin(members, members.c.group_id == col(ResidentialGroup.id))
        .where(col(ResidentialGroup.ward_id) == ward_id)
        .order_by(col(ResidentialGroup.code))
    )
    people_query = (
        sa.select(
            col(UserGroup.group_id),
            col(UserAccount.phone),
            col(UserAccount.full_name),
            col(UserAccount.role),
            col(UserAccount.is_active),
        )
        .join(UserAccount, col(UserAccount.id) == col(UserGroup.user_id))
        .where(col(UserAccount.role).in_(GROUP_ROLES), col(UserAccount.ward_id) == ward_id)
        .order_by(col(UserAccount.full_name), col(UserAccount.phone))
    )
    if group_id is not None:
        query = query.where(col(ResidentialGroup.id) == group_id)
        people_query = people_query.where(col(UserGroup.group_id) == group_id)
    people: dict[int, list[GroupPerson]] = {}
    for gid, *person in core_rows(session, people_query):
        people.setdefault(gid, []).append(GroupPerson(*person))
    rows: list[GroupRow] = []
    for gid, code, name, household_count, member_count in core_rows(session, query):
        serving = people.get(gid, [])
        leaders = [p for p in serving if p.role == "group_leader"]
        ambassadors = [p for p in serving if p.role == "ambassador"]
        rows.append(
            GroupRow(
                id=gid,
                code=code,
                name=name,
                households=int(household_count),
                leaders=tuple(_person_label(p) for p in leaders),
                members=int(member_count),
                ambassadors=tuple(_person_label(p) for p in ambassadors),
                people=tuple(leaders + ambassadors),
            )
        )
    return tuple(rows)


def list_groups(session: Session, actor: Actor) -> tuple[GroupRow, ...]:
    """Every residential group with its households, members, leaders and ambassadors."""
    actor = require(actor, Action.MANAGE_GROUPS)
    return _group_rows(session, ward_of(session, actor))


def _group(session: Session, actor: Actor, group_code: object, *, field: str = "group_code"
           ) -> ResidentialGroup:
    """The actor's ward's group with this code, or ValidationError."""
    code, group_id = find_group(session, ward_of(session, actor), group_code, field=field)
    group = None if group_id is None else session.get(ResidentialGroup, group_id)
    if group is None:
        raise ValidationError(field, "error.group.unknown", code=code)
    return group


def create_group(session: Session, actor: Actor, *, code: object, name: object) -> GroupRow:
    """A new residential group."""
    actor = require(actor, Action.MANAGE_GROUPS)
    ward_id = ward_of(session, actor)
    code, taken = find_group(session, ward_id, code, field="code")
    name = validate_group_name(name)
    if taken is not None:
        raise ValidationError("code", "error.group.taken", code=code)
    group = ResidentialGroup(ward_id=ward_id, code=code, name=name)
    session.add(group)
    session.flush()
    log_change(session, actor, "group", code, None, name)
    session.flush()
    return _group_rows(session, ward_id, group.id)[0]


def rename_group(session: Session, actor: Actor, group_code: object, *, name: object) -> GroupRow:
    """Give a group a new name (its code stays)."""
    actor = require(actor, Action.MANAGE_GROUPS)
    group = _group(session, actor, group_code)
    name = validate_group_name(name)
    if group.name != name:
        log_change(session, actor, "group", group.code, group.name, name)
        group.name = name
        group.updated_at = clock.utc()
        session.add(group)
        session.flush()
    return _group_rows(session, group.ward_id, group.id)[0]


def account_by_phone(session: Session, ward_id: int, phone: object) -> UserAccount:
    """The account of ward ``ward_id`` with this phone (another ward's is no one here)."""
    user = accounts.get_user_by_phone(session, phone)
    if user is None or user.ward_id != ward_id:
        validate_phone(phone)  # a malformed number gets the format message
        raise ValidationError("phone", "error.phone.no_account", phone=clean_text(phone))
    return user


def _group_account(session: Session, group: ResidentialGroup, phone: object) -> UserAccount:
    """The leader or ambassador with this phone, of the group's ward."""
    user = account_by_phone(session, group.ward_id, phone)
    if user.role not in GROUP_ROLES:
        raise ValidationError("phone", "error.role.assign_group_roles_only")
    return user


def assign_leader(session: Session, actor: Actor, group_code: object, phone: object) -> bool:
    """Let a group leader or ambassador serve a group; returns False if they already did."""
    actor = require(actor, Action.MANAGE_GROUPS)
    group = _group(session, actor, group_code)
    user = _group_account(session, group, phone)
    if session.get(UserGroup, (user.id, group.id)) is not None:
        return False
    session.add(UserGroup(user_id=id_of(user), group_id=id_of(group)))
    log_change(session, actor, "user_group", user.phone, None, group.code)
    session.flush()
    return True


def unassign_leader(session: Session, actor: Actor, group_code: object, phone: object) -> bool:
    """Stop a group leader or ambassador serving a group; returns False if they did not."""
    actor = require(actor, Action.MANAGE_GROUPS)
    group = _group(session, actor, group_code)
    user = _group_account(session, group, phone)
    link = session.get(UserGroup, (user.id, group.id))
    if link is None:
        return False
    session.delete(link)
    log_change(session, actor, "user_group", user.phone, group.code, None)
    session.flush()
    return True
