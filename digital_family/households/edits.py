"""Changing a household and its members: the version-checked writes.

Writes take the household ``version`` the page was showing. The version is bumped
in the same statement that checks it (``UPDATE … WHERE version = :expected``),
so of two writers who saw the same version exactly one wins; the other gets
``StaleVersionError`` and changes nothing. Every value is validated before
anything is written: a ``ValidationError`` leaves the database as it was. The data
itself changes through ``member_writes`` (the one place members and households are
written). Functions flush; the caller commits (``db.session_scope``).
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass
from datetime import datetime

import sqlalchemy as sa
from sqlalchemy.orm.attributes import set_committed_value
from sqlmodel import Session, col, select

from digital_family.base.clock import utc, vietnam_year
from digital_family.base.codes import TRADER_FLAGS
from digital_family.base.db import rows_changed
from digital_family.base.i18n import CatalogueError
from digital_family.base.models import (
    SKILL_COLUMNS,
    Household,
    Member,
    UserAccount,
    id_of,
    member_skills,
    table_of,
)
from digital_family.base.permissions import (
    SIGN_IN_KEY,
    Action,
    Actor,
    PermissionDenied,
    Target,
    account_id,
    signed_in,
)
from digital_family.base.validation import (
    ValidationError,
    clean_text,
    is_list,
    parse_bool,
    parse_learning_status,
    parse_occupation,
    parse_sex,
    parse_skills,
    parse_vneid_level,
    validate_address,
    validate_birth_year,
    validate_full_name,
    validate_household_code,
    validate_phone,
)
from digital_family.households import member_writes
from digital_family.households.access import (
    MAX_ID,
    HouseholdNotFound,
    as_id,
    group_id_for,
    household_target,
    member_target,
)
from digital_family.households.views import HouseholdView, MemberView, household_view, member_view
from digital_family.ward import settings as ward_settings

MAX_MEMBERS = 30  # per household; a bigger one is a data-entry mistake
MEMBER_FIELDS = (
    "full_name",
    "birth_year",
    "sex",
    "occupation",
    "has_smartphone",
    "has_epayment",
    "vneid_level",
    "learning_status",
    "skills",
    "skill",
    *TRADER_FLAGS,
)


class StaleVersionError(CatalogueError):
    """Someone changed the household since the page loaded it; nothing was written."""

    DEFAULT_KEY = "household.stale"


def _check_version(expected_version: object) -> int:
    if (
        isinstance(expected_version, bool)
        or not isinstance(expected_version, int)
        or not 0 <= expected_version <= MAX_ID
    ):
        raise StaleVersionError()
    return expected_version


def _bump_version(
    session: Session, actor: Actor, household_id: int, expected_version: object,
    now: datetime | None = None,
) -> None:
    """Take the household from ``expected_version`` to the next, or raise (its data
    changes through member_writes)."""
    expected = _check_version(expected_version)
    table = table_of(Household)
    changed = rows_changed(
        session,
        table.update()
        .where(table.c.id == household_id, table.c.version == expected)
        .values(
            version=table.c.version + 1,
            updated_at=utc(now),
            updated_by_id=account_id(actor),
        )
    )
    if changed != 1:
        raise StaleVersionError()


def _require_version(session: Session, household_id: int, expected_version: object) -> None:
    """For a write that changes nothing: still refuse a stale page."""
    expected = _check_version(expected_version)
    current = session.exec(
        select(col(Household.version)).where(col(Household.id) == household_id)
    ).one()
    if current != expected:
        raise StaleVersionError()


def _member_count(session: Session, household_id: int) -> int:
    return session.exec(
        select(sa.func.count())
        .select_from(Member)
        .where(col(Member.household_id) == household_id)
    ).one()


def add_member(
    session: Session,
    actor: Actor | None,
    household_id: object,
    *,
    expected_version: object,
    full_name: object,
    birth_year: object,
    sex: object,
    occupation: object = "other",
) -> HouseholdView:
    """Add a member to a household (Action.EDIT_HOUSEHOLD)."""
    target = household_target(session, actor, household_id, Action.EDIT_HOUSEHOLD)
    actor = signed_in(actor)  # (the target look-up refused anyone signed out)
    values = {
        "full_name": validate_full_name(full_name),
        "birth_year": validate_birth_year(birth_year, current_year=vietnam_year()),
        "sex": parse_sex(sex),
        "occupation": parse_occupation(occupation),
    }
    if _member_count(session, target.household_id) >= MAX_MEMBERS:
        raise ValidationError("members", "error.members.max", max=MAX_MEMBERS)
    _bump_version(session, actor, target.household_id, expected_version)
    member_writes.add_member(session, actor, target.household_id, values, locked=True)
    return household_view(session, target.household_id)


def _parse_skill_toggle(value: object) -> tuple[str, bool]:
    if not is_list(value) or len(value) != 2:
        raise ValidationError("skill", "error.skill.pick_with_value")
    codes = parse_skills([value[0]], field="skill")
    if len(codes) != 1:
        raise ValidationError("skill", "error.skill.pick_one")
    return next(iter(codes)), parse_bool(value[1], field="skill")


def _member_changes(member: Member, changes: Mapping[str, object]) -> dict[str, object]:
    """The columns to write for ``changes`` (validated), only those that differ."""
    for name in changes:
        if name not in MEMBER_FIELDS:
            raise ValidationError(str(name), "error.field.not_editable")
    parsers: dict[str, Callable[[object], object]] = {
        "full_name": validate_full_name,
        "birth_year": lambda v: validate_birth_year(v, current_year=vietnam_year()),
        "sex": parse_sex,
        "occupation": parse_occupation,
        "has_smartphone": lambda v: parse_bool(v, field="has_smartphone"),
        "has_epayment": lambda v: parse_bool(v, field="has_epayment"),
        "vneid_level": parse_vneid_level,
        "learning_status": parse_learning_status,
    }
    new = {name: parse(changes[name]) for name, parse in parsers.items() if name in changes}

    if "skills" in changes or "skill" in changes:
        skills = set(member_skills(member))
        if "skills" in changes:
            skills = set(parse_skills(changes["skills"]))
        if "skill" in changes:
            code, held = _parse_skill_toggle(changes["skill"])
            (skills.add if held else skills.discard)(code)
        new.update({column: code in skills for code, column in SKILL_COLUMNS.items()})

    flags = {f: parse_bool(changes[f], field=f) for f in TRADER_FLAGS if f in changes}
    if new.get("occupation", member.occupation) == "small_trader":
        new.update(flags)
    else:
        for flag, value in flags.items():
            if value:
                raise ValidationError(flag, "error.trader_only")
        new.update(dict.fromkeys(TRADER_FLAGS, False))
    return {name: value for name, value in new.items() if getattr(member, name) != value}


def update_member(
    session: Session, actor: Actor | None, member_id: object, *, expected_version: object,
    **changes: object,
) -> HouseholdView:
    """Change a member's fields (Action.EDIT_HOUSEHOLD on its household).

    ``changes``: any of MEMBER_FIELDS. ``skills`` replaces the set of skill codes;
    ``skill=(code, held)`` adds or removes one. The 4T flags can be set only for a
    small trader; changing the occupation away from small_trader clears them.
    """
    target = member_target(session, actor, member_id, Action.EDIT_HOUSEHOLD)
    actor = signed_in(actor)  # (the target look-up refused anyone signed out)
    member = session.get(Member, as_id(member_id), populate_existing=True)
    if member is None:  # removed by someone else since member_target looked
        raise HouseholdNotFound()
    values = _member_changes(member, changes)
    if not values:
        _require_version(session, target.household_id, expected_version)
        return household_view(session, target.household_id)
    _bump_version(session, actor, target.household_id, expected_version)
    _write_member(session, actor, member, target.household_id, values)
    return household_view(session, target.household_id)


def _write_member(
    session: Session, actor: Actor, member: Member, household_id: int,
    values: dict[str, object], *, via: str | None = None,
) -> None:
    """Write validated, changed ``values`` to ``member`` (every member edit comes here),
    through member_writes: the change and its roll-up delta in one place. The caller
    has moved the version of ``household_id`` (the member's) in this transaction, so
    holds its lock."""
    try:
        member_writes.update_member(
            session, actor, id_of(member), values, locked_household=household_id, via=via
        )
    except LookupError:  # moved or removed by someone else since it was loaded
        raise HouseholdNotFound() from None
    # The loaded object follows what was written, without a second UPDATE.
    for name, value in {**values, "updated_by_id": account_id(actor)}.items():
        set_committed_value(member, name, value)


@dataclass(frozen=True)
class MemberUpdate:
    """The outcome of ``set_member_fields``: the member as it now stands."""

    member: MemberView
    household_id: int
    version: int  # the household's version after the change
    changed: bool


def _advance_version(session: Session, actor: Actor, household_id: int) -> int:
    """Move the household to its next version whatever it was; returns the new one."""
    table = table_of(Household)
    return session.exec(
        table.update()
        .where(table.c.id == household_id)
        .values(version=table.c.version + 1, updated_at=utc(), updated_by_id=account_id(actor))
        .returning(table.c.version)
    ).scalar_one()


def set_member_fields(session: Session, actor: Actor | None, member_id: object,
                      **changes: object) -> MemberUpdate:
    """Set a member's answers to these values, whatever version the page last saw.

    For answers a phone sends (perhaps again, after a lost connection): setting a
    field to a value is idempotent, and two people answering different questions
    do not refuse each other. The household's version still moves forward when
    something changed, so a page's structural edits and confirmation made on older
    data are refused. ``changes`` as in ``update_member`` (Action.EDIT_HOUSEHOLD).
    """
    target = member_target(session, actor, member_id, Action.EDIT_HOUSEHOLD)
    return apply_member_changes(session, actor, target, member_id, changes)


def apply_member_fields(session: Session, actor: Actor | None, target: Target,
                        member_id: object, *, via: str | None = None,
                        member: Member | None = None, **changes: object) -> MemberUpdate:
    """``set_member_fields`` for a caller that has checked ``actor`` against the member's
    ``target`` itself (``member_target`` with its own action: a class's teacher, ward
    staff signing people up, an import). The same write: validated, the version moved,
    through member_writes (audit, roll-ups). ``via``: how it came (member_writes).
    ``member``: the member as the caller has just read it in this transaction (read
    with ``populate_existing``), so it is not read again."""
    return apply_member_changes(session, actor, target, member_id, changes, via=via, member=member)


def apply_member_changes(session: Session, actor: Actor | None, target: Target, member_id: object,
                  changes: Mapping[str, object], *, via: str | None = None,
                  member: Member | None = None) -> MemberUpdate:
    """``apply_member_fields`` with ``changes`` as a mapping (a "via" or "member" among
    them is a field no one may edit, not how the change came or the member read)."""
    if actor is None:
        raise PermissionDenied(SIGN_IN_KEY)
    actor = signed_in(actor)
    household_id = target.household_id
    if household_id is None:  # a group's or the ward's target names no member's household
        raise HouseholdNotFound()
    if member is None or id_of(member) != as_id(member_id):
        member = session.get(Member, as_id(member_id), populate_existing=True)
    if member is None or member.household_id != household_id:
        raise HouseholdNotFound()  # removed or moved by someone else since it was checked
    values = _member_changes(member, changes)
    if values:
        version = _advance_version(session, actor, household_id)
        _write_member(session, actor, member, household_id, values, via=via)
        role = actor.role
    else:
        version = session.exec(
            select(col(Household.version)).where(col(Household.id) == household_id)
        ).one()
        role = session.exec(
            select(col(UserAccount.role)).where(col(UserAccount.id) == member.updated_by_id)
        ).one_or_none() if member.updated_by_id else None
    session.flush()
    ward_id = target.ward_id if target.ward_id is not None else session.exec(
        select(col(Household.ward_id)).where(col(Household.id) == household_id)).one()
    threshold = ward_settings.skill_threshold(session, ward_id)
    view = member_view(member, role, vietnam_year(), threshold)
    return MemberUpdate(view, household_id, version, bool(values))


def remove_member(
    session: Session, actor: Actor | None, member_id: object, *, expected_version: object
) -> HouseholdView:
    """Remove a member from its household (Action.EDIT_HOUSEHOLD)."""
    target = member_target(session, actor, member_id, Action.EDIT_HOUSEHOLD)
    actor = signed_in(actor)  # (the target look-up refused anyone signed out)
    stored_id = as_id(member_id)
    assert stored_id is not None  # member_target found the member
    _bump_version(session, actor, target.household_id, expected_version)
    try:
        member_writes.remove_member(
            session, actor, stored_id, locked_household=target.household_id
        )
    except LookupError:  # moved or removed by someone else since member_target looked
        raise HouseholdNotFound() from None
    return household_view(session, target.household_id)


def update_household(
    session: Session,
    actor: Actor | None,
    household_id: object,
    *,
    expected_version: object,
    address: object = None,
    phone: object = None,
) -> HouseholdView:
    """Change the address and/or contact phone (None: unchanged; phone "": none)."""
    target = household_target(session, actor, household_id, Action.EDIT_HOUSEHOLD)
    actor = signed_in(actor)  # (the target look-up refused anyone signed out)
    values: dict[str, object] = {}
    if address is not None:
        values["address"] = validate_address(address, required=True)
    if phone is not None:
        values["phone"] = validate_phone(phone) if clean_text(phone) else None
    current = session.exec(
        select(col(Household.address), col(Household.phone)).where(
            col(Household.id) == target.household_id
        )
    ).one()
    values = {k: v for k, v in values.items() if getattr(current, k) != v}
    if not values:
        _require_version(session, target.household_id, expected_version)
    else:
        _bump_version(session, actor, target.household_id, expected_version)
        member_writes.update_household(session, actor, target.household_id, values, locked=True)
    return household_view(session, target.household_id)


def confirm_household(
    session: Session,
    actor: Actor | None,
    household_id: object,
    *,
    expected_version: object,
    now: datetime | None = None,
) -> HouseholdView:
    """Record that the household's data is current as of ``now``."""
    target = household_target(session, actor, household_id, Action.EDIT_HOUSEHOLD)
    actor = signed_in(actor)  # (the target look-up refused anyone signed out)
    now = utc(now)
    _bump_version(session, actor, target.household_id, expected_version, now)
    member_writes.update_household(
        session, actor, target.household_id, {"confirmed_at": now}, locked=True
    )
    return household_view(session, target.household_id)


def create_household(
    session: Session, actor: Actor | None, *, group_code: object, code: object, address: object,
    phone: object = None,
) -> HouseholdView:
    """A new household in group ``group_code`` (Action.CREATE_HOUSEHOLD on the group)."""
    group_id = group_id_for(session, actor, group_code, Action.CREATE_HOUSEHOLD)
    code = validate_household_code(code, field="code")
    address = validate_address(address, required=True)
    phone = validate_phone(phone) if clean_text(phone) else None
    taken = session.exec(select(col(Household.id)).where(col(Household.code) == code)).first()
    if taken is not None:
        raise ValidationError("code", "error.household.taken", code=code)
    household_id = member_writes.add_household(
        session,
        actor,
        {"code": code, "group_id": group_id, "address": address, "phone": phone},
    )
    return household_view(session, household_id)
