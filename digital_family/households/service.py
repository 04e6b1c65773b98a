"""The household page's service: read a household, change it and its members, find households.

Every function takes the ``Actor`` and checks it against the household's
target as stored in the database (its id and group), never against ids the
caller vouches for. Reads return frozen dataclasses of plain values.

Writes take the household ``version`` the page was showing. The version is bumped
in the same statement that checks it (``UPDATE … WHERE version = :expected``),
so of two writers who saw the same version exactly one wins; the other gets
``StaleVersionError`` and changes nothing. Every value is validated before
anything is written: a ``ValidationError`` leaves the database as it was.
Functions flush; the caller commits (``db.session_scope``).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

import sqlalchemy as sa
from sqlalchemy.orm.attributes import set_committed_value
from sqlmodel import Session

from digital_family.access.permissions import (
    SIGN_IN_KEY,
    WARD,
    Action,
    Actor,
    PermissionDenied,
    Target,
    account_id,
    can,
    require,
)
from digital_family.base import paging
from digital_family.base.clock import utc, vietnam_year
from digital_family.base.codes import SKILLS, TRADER_FLAGS
from digital_family.base.groups import find_group
from digital_family.base.i18n import CatalogueError
from digital_family.base.models import (
    SKILL_COLUMNS,
    Household,
    Member,
    ResidentialGroup,
    UserAccount,
    member_skills,
)
from digital_family.base.validation import (
    ValidationError,
    clean_text,
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
from digital_family.campaign.indicators import LEARNING_STATUSES_ACTIVE, get_skill_threshold
from digital_family.households import consent, member_writes
from digital_family.records import audit

MAX_MEMBERS = 30  # per household; a bigger one is a data-entry mistake
MAX_QUERY_LENGTH = 100
ADULT_AGE = 18
VNEID_AGE = 16
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
_MAX_ID = 2**63 - 1


class StaleVersionError(CatalogueError):
    """Someone changed the household since the page loaded it; nothing was written."""

    DEFAULT_KEY = "household.stale"


class HouseholdNotFound(CatalogueError, LookupError):
    """No such household or member (said only to those who may see every household)."""

    DEFAULT_KEY = "error.household.not_found"


@dataclass(frozen=True)
class MemberView:
    id: int
    full_name: str
    birth_year: int
    age: int
    sex: str
    occupation: str
    has_smartphone: bool
    has_epayment: bool
    vneid_level: int
    skills: tuple[str, ...]  # in codes.SKILLS order
    skill_count: int
    has_basic_skills: bool
    learning_status: str
    trader_ecommerce: bool
    trader_cashless: bool
    trader_digital_savings: bool
    updated_by_role: str | None  # role of whoever last changed the member; None: import/demo


@dataclass(frozen=True)
class FamilyProgress:
    """The household's own figures behind the ward's indicators (SPEC §3 ages)."""

    members: int
    adults: int  # 18 and over
    adults_with_basic_skills: int
    adults_with_smartphone: int
    adults_with_epayment: int
    age16_plus: int
    age16_with_vneid: int
    learners: int  # members enrolled in or done with the courses


@dataclass(frozen=True)
class HouseholdView:
    id: int
    code: str
    group_id: int
    group_code: str
    group_name: str
    address: str
    phone: str | None
    confirmed_at: datetime | None
    version: int
    members: tuple[MemberView, ...]  # by birth year, then id
    progress: FamilyProgress


@dataclass(frozen=True)
class HouseholdSummary:
    id: int
    code: str
    address: str
    group_code: str
    members: int
    confirmed_at: datetime | None
    has_account: bool


@dataclass(frozen=True)
class Page:
    items: tuple[HouseholdSummary, ...]
    total: int
    page: int
    pages: int


def as_id(value) -> int | None:
    """A database id from what the caller gave (an int or digits), or None."""
    if isinstance(value, bool):
        return None
    if isinstance(value, str):
        text = value.strip()
        value = int(text) if text.isascii() and text.isdigit() and len(text) < 20 else None
    if isinstance(value, int) and 0 < value <= _MAX_ID:
        return value
    return None


# Targets, loaded from the database


def _not_found(actor: Actor | None, action: Action) -> Exception:
    """For a missing household: say so only to those who may act on every household."""
    if actor is None:
        return PermissionDenied(SIGN_IN_KEY)
    if can(actor, action, WARD):
        return HouseholdNotFound()
    return PermissionDenied()


def household_target(session: Session, actor: Actor | None, household_id, action: Action) -> Target:
    """The target of household ``household_id`` once ``actor`` may do ``action`` to it.

    PermissionDenied when not allowed, and for a missing household unless the
    actor may do ``action`` everywhere (then HouseholdNotFound), so ids cannot be probed;
    ``consent.ConsentRequired`` when the household's consent does not allow it.
    """
    if actor is None:
        raise PermissionDenied(SIGN_IN_KEY)
    hid = as_id(household_id)
    row = None
    if hid is not None:
        row = session.execute(
            sa.select(Household.id, Household.group_id).where(Household.id == hid)
        ).first()
    if row is None:
        raise _not_found(actor, action)
    target = Target(household_id=row[0], group_id=row[1])
    require(actor, action, target)
    consent.gate(session, actor, action, target)
    return target


def member_target(session: Session, actor: Actor | None, member_id, action: Action) -> Target:
    """The target of the household member ``member_id`` belongs to, as household_target."""
    if actor is None:
        raise PermissionDenied(SIGN_IN_KEY)
    mid = as_id(member_id)
    row = None
    if mid is not None:
        row = session.execute(
            sa.select(Household.id, Household.group_id)
            .join(Member, Member.household_id == Household.id)
            .where(Member.id == mid)
        ).first()
    if row is None:
        raise _not_found(actor, action)
    target = Target(household_id=row[0], group_id=row[1])
    require(actor, action, target)
    consent.gate(session, actor, action, target)
    return target


# Reading


def _member_view(
    member: Member, updated_by_role: str | None, year: int, threshold: int
) -> MemberView:
    held = member_skills(member)
    skills = tuple(code for code in SKILLS if code in held)
    return MemberView(
        id=member.id,
        full_name=member.full_name,
        birth_year=member.birth_year,
        age=year - member.birth_year,
        sex=member.sex,
        occupation=member.occupation,
        has_smartphone=bool(member.has_smartphone),
        has_epayment=bool(member.has_epayment),
        vneid_level=member.vneid_level,
        skills=skills,
        skill_count=len(skills),
        has_basic_skills=len(skills) >= threshold,
        learning_status=member.learning_status,
        trader_ecommerce=bool(member.trader_ecommerce),
        trader_cashless=bool(member.trader_cashless),
        trader_digital_savings=bool(member.trader_digital_savings),
        updated_by_role=updated_by_role,
    )


def _progress(members: tuple[MemberView, ...]) -> FamilyProgress:
    adults = [m for m in members if m.age >= ADULT_AGE]
    age16 = [m for m in members if m.age >= VNEID_AGE]
    return FamilyProgress(
        members=len(members),
        adults=len(adults),
        adults_with_basic_skills=sum(m.has_basic_skills for m in adults),
        adults_with_smartphone=sum(m.has_smartphone for m in adults),
        adults_with_epayment=sum(m.has_epayment for m in adults),
        age16_plus=len(age16),
        age16_with_vneid=sum(m.vneid_level >= 1 for m in age16),
        learners=sum(m.learning_status in LEARNING_STATUSES_ACTIVE for m in members),
    )


def _view(session: Session, household_id: int) -> HouseholdView:
    session.flush()
    row = session.execute(
        sa.select(
            Household.id,
            Household.code,
            Household.group_id,
            ResidentialGroup.code,
            ResidentialGroup.name,
            Household.address,
            Household.phone,
            Household.confirmed_at,
            Household.version,
        )
        .join(ResidentialGroup, ResidentialGroup.id == Household.group_id)
        .where(Household.id == household_id)
    ).one()
    year = vietnam_year()
    threshold = get_skill_threshold(session)
    members = tuple(
        _member_view(member, role, year, threshold)
        for member, role in session.execute(
            sa.select(Member, UserAccount.role)
            .outerjoin(UserAccount, UserAccount.id == Member.updated_by_id)
            .where(Member.household_id == household_id)
            .order_by(Member.birth_year, Member.id)
            .execution_options(populate_existing=True)
        )
    )
    return HouseholdView(*row, members=members, progress=_progress(members))


def load_household(session: Session, actor: Actor | None, household_id) -> HouseholdView:
    """A household with its members and progress (Action.READ_HOUSEHOLD); a leader's
    or staff member's opening of it is logged (``audit.record_read``)."""
    target = household_target(session, actor, household_id, Action.READ_HOUSEHOLD)
    audit.record_read(session, actor, target.household_id)
    return _view(session, target.household_id)


def household_id_for(actor: Actor | None) -> int | None:
    """A resident's own household id (None for other roles)."""
    if actor is None or actor.role != "resident":
        return None
    return actor.household_id


# Writing


def _check_version(expected_version) -> int:
    if (
        isinstance(expected_version, bool)
        or not isinstance(expected_version, int)
        or not 0 <= expected_version <= _MAX_ID
    ):
        raise StaleVersionError()
    return expected_version


def _bump_version(
    session: Session, actor: Actor, household_id: int, expected_version, now=None
) -> None:
    """Take the household from ``expected_version`` to the next, or raise (its data
    changes through member_writes)."""
    expected = _check_version(expected_version)
    table = Household.__table__
    changed = session.execute(
        table.update()
        .where(table.c.id == household_id, table.c.version == expected)
        .values(
            version=table.c.version + 1,
            updated_at=utc(now),
            updated_by_id=account_id(actor),
        )
    ).rowcount
    if changed != 1:
        raise StaleVersionError()


def _require_version(session: Session, household_id: int, expected_version) -> None:
    """For a write that changes nothing: still refuse a stale page."""
    expected = _check_version(expected_version)
    current = session.execute(
        sa.select(Household.version).where(Household.id == household_id)
    ).scalar_one()
    if current != expected:
        raise StaleVersionError()


def _member_count(session: Session, household_id: int) -> int:
    return session.execute(
        sa.select(sa.func.count()).select_from(Member).where(Member.household_id == household_id)
    ).scalar_one()


def add_member(
    session: Session,
    actor: Actor | None,
    household_id,
    *,
    expected_version,
    full_name,
    birth_year,
    sex,
    occupation="other",
) -> HouseholdView:
    """Add a member to a household (Action.EDIT_HOUSEHOLD)."""
    target = household_target(session, actor, household_id, Action.EDIT_HOUSEHOLD)
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
    return _view(session, target.household_id)


def _parse_skill_toggle(value) -> tuple[str, bool]:
    if not isinstance(value, (tuple, list)) or len(value) != 2:
        raise ValidationError("skill", "error.skill.pick_with_value")
    codes = parse_skills([value[0]], field="skill")
    if len(codes) != 1:
        raise ValidationError("skill", "error.skill.pick_one")
    return next(iter(codes)), parse_bool(value[1], field="skill")


def _member_changes(member: Member, changes: dict) -> dict[str, object]:
    """The columns to write for ``changes`` (validated), only those that differ."""
    for name in changes:
        if name not in MEMBER_FIELDS:
            raise ValidationError(str(name), "error.field.not_editable")
    parsers = {
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
    session: Session, actor: Actor | None, member_id, *, expected_version, **changes
) -> HouseholdView:
    """Change a member's fields (Action.EDIT_HOUSEHOLD on its household).

    ``changes``: any of MEMBER_FIELDS. ``skills`` replaces the set of skill codes;
    ``skill=(code, held)`` adds or removes one. The 4T flags can be set only for a
    small trader; changing the occupation away from small_trader clears them.
    """
    target = member_target(session, actor, member_id, Action.EDIT_HOUSEHOLD)
    member = session.get(Member, as_id(member_id), populate_existing=True)
    if member is None:  # removed by someone else since member_target looked
        raise HouseholdNotFound()
    values = _member_changes(member, changes)
    if not values:
        _require_version(session, target.household_id, expected_version)
        return _view(session, target.household_id)
    _bump_version(session, actor, target.household_id, expected_version)
    _write_member(session, actor, member, target.household_id, values)
    return _view(session, target.household_id)


def _write_member(
    session: Session, actor: Actor, member: Member, household_id: int, values: dict
) -> None:
    """Write validated, changed ``values`` to ``member`` (every member edit comes here),
    through member_writes: the change and its roll-up delta in one place. The caller
    has moved the version of ``household_id`` (the member's) in this transaction, so
    holds its lock."""
    try:
        member_writes.update_member(
            session, actor, member.id, values, locked_household=household_id
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
    table = Household.__table__
    session.execute(
        table.update()
        .where(table.c.id == household_id)
        .values(version=table.c.version + 1, updated_at=utc(), updated_by_id=account_id(actor))
    )
    return session.execute(
        sa.select(Household.version).where(Household.id == household_id)
    ).scalar_one()


def set_member_fields(session: Session, actor: Actor | None, member_id, **changes) -> MemberUpdate:
    """Set a member's answers to these values, whatever version the page last saw.

    For answers a phone sends (perhaps again, after a lost connection): setting a
    field to a value is idempotent, and two people answering different questions
    do not refuse each other. The household's version still moves forward when
    something changed, so a page's structural edits and confirmation made on older
    data are refused. ``changes`` as in ``update_member`` (Action.EDIT_HOUSEHOLD).
    """
    target = member_target(session, actor, member_id, Action.EDIT_HOUSEHOLD)
    member = session.get(Member, as_id(member_id), populate_existing=True)
    if member is None:  # removed by someone else since member_target looked
        raise HouseholdNotFound()
    values = _member_changes(member, changes)
    if values:
        version = _advance_version(session, actor, target.household_id)
        _write_member(session, actor, member, target.household_id, values)
        role = actor.role
    else:
        version = session.execute(
            sa.select(Household.version).where(Household.id == target.household_id)
        ).scalar_one()
        role = session.execute(
            sa.select(UserAccount.role).where(UserAccount.id == member.updated_by_id)
        ).scalar_one_or_none() if member.updated_by_id else None
    session.flush()
    view = _member_view(member, role, vietnam_year(), get_skill_threshold(session))
    return MemberUpdate(view, target.household_id, version, bool(values))


def remove_member(
    session: Session, actor: Actor | None, member_id, *, expected_version
) -> HouseholdView:
    """Remove a member from its household (Action.EDIT_HOUSEHOLD)."""
    target = member_target(session, actor, member_id, Action.EDIT_HOUSEHOLD)
    _bump_version(session, actor, target.household_id, expected_version)
    try:
        member_writes.remove_member(
            session, actor, as_id(member_id), locked_household=target.household_id
        )
    except LookupError:  # moved or removed by someone else since member_target looked
        raise HouseholdNotFound() from None
    return _view(session, target.household_id)


def update_household(
    session: Session,
    actor: Actor | None,
    household_id,
    *,
    expected_version,
    address=None,
    phone=None,
) -> HouseholdView:
    """Change the address and/or contact phone (None: unchanged; phone "": none)."""
    target = household_target(session, actor, household_id, Action.EDIT_HOUSEHOLD)
    values = {}
    if address is not None:
        values["address"] = validate_address(address, required=True)
    if phone is not None:
        values["phone"] = validate_phone(phone) if clean_text(phone) else None
    current = session.execute(
        sa.select(Household.address, Household.phone).where(Household.id == target.household_id)
    ).one()
    values = {k: v for k, v in values.items() if getattr(current, k) != v}
    if not values:
        _require_version(session, target.household_id, expected_version)
    else:
        _bump_version(session, actor, target.household_id, expected_version)
        member_writes.update_household(session, actor, target.household_id, values, locked=True)
    return _view(session, target.household_id)


def contact_details(session: Session, actor: Actor | None, household_id) -> tuple[str, str | None]:
    """The address and contact phone, for the form that changes them (Action.EDIT_HOUSEHOLD)."""
    target = household_target(session, actor, household_id, Action.EDIT_HOUSEHOLD)
    address, phone = session.execute(
        sa.select(Household.address, Household.phone).where(Household.id == target.household_id)
    ).one()
    return address, phone


def confirm_household(
    session: Session,
    actor: Actor | None,
    household_id,
    *,
    expected_version,
    now: datetime | None = None,
) -> HouseholdView:
    """Record that the household's data is current as of ``now``."""
    target = household_target(session, actor, household_id, Action.EDIT_HOUSEHOLD)
    now = utc(now)
    _bump_version(session, actor, target.household_id, expected_version, now)
    member_writes.update_household(
        session, actor, target.household_id, {"confirmed_at": now}, locked=True
    )
    return _view(session, target.household_id)


# Staff: creating and finding households


def _group_id(session: Session, actor: Actor | None, group_code, action: Action) -> int:
    """The id of the group ``group_code`` once ``actor`` may do ``action`` in it."""
    if actor is None:
        raise PermissionDenied(SIGN_IN_KEY)
    code, group_id = find_group(session, group_code)
    if group_id is None:
        if not (can(actor, action, WARD) or actor.group_ids):
            raise PermissionDenied()
        raise ValidationError("group_code", "error.group.unknown", code=code)
    require(actor, action, Target(group_id=group_id))
    return group_id


def create_household(
    session: Session, actor: Actor | None, *, group_code, code, address, phone=None
) -> HouseholdView:
    """A new household in group ``group_code`` (Action.CREATE_HOUSEHOLD on the group)."""
    group_id = _group_id(session, actor, group_code, Action.CREATE_HOUSEHOLD)
    code = validate_household_code(code, field="code")
    address = validate_address(address, required=True)
    phone = validate_phone(phone) if clean_text(phone) else None
    taken = session.execute(sa.select(Household.id).where(Household.code == code)).first()
    if taken is not None:
        raise ValidationError("code", "error.household.taken", code=code)
    household_id = member_writes.add_household(
        session,
        actor,
        {"code": code, "group_id": group_id, "address": address, "phone": phone},
    )
    return _view(session, household_id)


def _like_pattern(text: str) -> str:
    escaped = text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
    return f"%{escaped}%"


def _listable_group_ids(actor: Actor | None) -> list[int] | None:
    """Groups whose households ``actor`` may list: None for all, else their ids."""
    if actor is None:
        raise PermissionDenied(SIGN_IN_KEY)
    if can(actor, Action.READ_GROUP_MEMBERS, WARD):
        return None
    allowed = sorted(
        g for g in actor.group_ids if can(actor, Action.READ_GROUP_MEMBERS, Target(group_id=g))
    )
    if not allowed:
        raise PermissionDenied()
    return allowed


def contact_phone_sql() -> sa.ColumnElement:
    """SQL: the household's phone, else its (active) resident account's phone."""
    resident_phone = (
        sa.select(sa.func.min(UserAccount.phone))
        .where(
            UserAccount.household_id == Household.id,
            UserAccount.role == "resident",
            UserAccount.is_active.is_(True),
        )
        .scalar_subquery()
    )
    return sa.func.coalesce(Household.phone, resident_phone)


def group_codes_for(session: Session, actor: Actor | None) -> tuple[str, ...]:
    """Codes of the groups whose households ``actor`` may list, in code order."""
    allowed = _listable_group_ids(actor)
    query = sa.select(ResidentialGroup.code).order_by(ResidentialGroup.code)
    if allowed is not None:
        query = query.where(ResidentialGroup.id.in_(allowed))
    return tuple(session.execute(query).scalars())


def search_households(
    session: Session,
    actor: Actor | None,
    *,
    query="",
    group_code=None,
    page=1,
    page_size=20,
) -> Page:
    """Households the actor may list (Action.READ_GROUP_MEMBERS), filtered and paged in SQL.

    ``query`` matches part of the household code, the address, the contact
    phone or a member's name. Ordered by household code.
    """
    conditions = []
    allowed = _listable_group_ids(actor)
    if allowed is not None:
        conditions.append(Household.group_id.in_(allowed))
    if actor is not None and actor.role == "group_leader":
        conditions.append(sa.not_(consent.hidden_from_leaders(Household.id)))
    if group_code is not None and clean_text(group_code):
        conditions.append(
            Household.group_id
            == _group_id(session, actor, group_code, Action.READ_GROUP_MEMBERS)
        )
    text = clean_text(query)[:MAX_QUERY_LENGTH]
    if text:
        pattern = _like_pattern(text)
        member_match = (
            sa.select(Member.id)
            .where(
                Member.household_id == Household.id, Member.full_name.ilike(pattern, escape="\\")
            )
            .exists()
        )
        conditions.append(
            sa.or_(
                Household.code.ilike(pattern, escape="\\"),
                Household.address.ilike(pattern, escape="\\"),
                Household.phone.ilike(pattern, escape="\\"),
                member_match,
            )
        )

    total = session.execute(
        sa.select(sa.func.count()).select_from(Household).where(*conditions)
    ).scalar_one()
    page_size = paging.page_size(page_size, 20)
    pages = paging.page_count(total, page_size)
    page = paging.clamp_page(page, pages)

    member_count = (
        sa.select(sa.func.count())
        .select_from(Member)
        .where(Member.household_id == Household.id)
        .scalar_subquery()
    )
    has_account = (
        sa.select(UserAccount.id).where(UserAccount.household_id == Household.id).exists()
    )
    rows = session.execute(
        sa.select(
            Household.id,
            Household.code,
            Household.address,
            ResidentialGroup.code,
            member_count,
            Household.confirmed_at,
            has_account,
        )
        .join(ResidentialGroup, ResidentialGroup.id == Household.group_id)
        .where(*conditions)
        .order_by(Household.code, Household.id)
        .limit(page_size)
        .offset((page - 1) * page_size)
    ).all()
    items = tuple(
        HouseholdSummary(
            id=r[0],
            code=r[1],
            address=r[2],
            group_code=r[3],
            members=int(r[4]),
            confirmed_at=r[5],
            has_account=bool(r[6]),
        )
        for r in rows
    )
    return Page(items=items, total=total, page=page, pages=pages)
