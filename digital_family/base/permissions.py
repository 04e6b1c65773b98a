"""Who may do what (SPEC §1), decided on the server for every read and write.

Plain functions over an ``Actor`` (the signed-in account, re-derived from the
session table on every request) and the target's ids: nothing the browser sends
is trusted. Every page state and command calls ``require`` before it touches data.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import Enum

from sqlmodel import Session, col, select

from digital_family.base.codes import CITY_ROLES
from digital_family.base.i18n import CatalogueError
from digital_family.base.models import UserAccount, UserGroup, id_of


class Action(str, Enum):
    """What an actor wants to do to a target."""

    READ_HOUSEHOLD = "read_household"  # a household and its members (member level)
    EDIT_HOUSEHOLD = "edit_household"  # change a household or its members
    INVITE_HOUSEHOLD = "invite_household"  # issue an invitation / reset a resident's password
    CREATE_HOUSEHOLD = "create_household"  # add a household to a group
    READ_GROUP_MEMBERS = "read_group_members"  # member-level lists of a group
    READ_AGGREGATES = "read_aggregates"  # numbers only, any scope
    MANAGE_HELP_REQUESTS = "manage_help_requests"  # an ambassador's queue of a group
    EDIT_TARGETS = "edit_targets"
    MANAGE_GROUPS = "manage_groups"
    MANAGE_USERS = "manage_users"  # accounts other than admin
    MANAGE_ADMINS = "manage_admins"  # admin accounts and granting the admin role
    IMPORT_EXPORT = "import_export"
    READ_AUDIT = "read_audit"  # the audit log of the whole ward
    RECORD_VISIT = "record_visit"  # a visit at the door (or the service point), a week's plan
    MANAGE_CLASSES = "manage_classes"  # create classes, sign anyone up, take any attendance
    TEACH = "teach"  # attendance and completions of the classes one teaches (classes checks whose)
    OPEN_CLASS = "open_class"  # create a class one teaches oneself, for one's groups (ward: any)
    MANAGE_API_KEYS = "manage_api_keys"  # keys of the read-only API (admins)
    READ_CITY = "read_city"  # every ward's figures side by side (numbers only)
    MANAGE_WARDS = "manage_wards"  # add wards, and their admins (the city's admins)


class PermissionDenied(CatalogueError):
    """The actor may not do this; ``key`` says why (by default: no right to it)."""

    DEFAULT_KEY = "error.permission"


@dataclass(frozen=True)
class Actor:
    """The signed-in account as the permission checks see it."""

    user_id: int
    role: str
    household_id: int | None = None
    group_ids: frozenset[int] = frozenset()
    may_open_classes: bool = False  # an ambassador ward staff allow to open classes
    # The ward the account acts in; None only for the command line (``SYSTEM``, which
    # names its ward with ``--ward``) and, later, city roles.
    ward_id: int | None = None


@dataclass(frozen=True)
class Target:
    """What is acted on: a household (with its group), a group, or the actor's own ward
    (both None). ``ward_id`` is the ward the household or group is in, read with it from
    the database: ward staff act on a group or household only when it is known to be in
    their ward (``base.groups.Group.target``, ``households.access.household_target``)."""

    household_id: int | None = None
    group_id: int | None = None
    ward_id: int | None = None


@dataclass(frozen=True)
class HouseholdTarget(Target):
    """A stored household as a target: its id, its group's and its ward's are known (all
    three required: the fields lose Target's defaults, on purpose)."""

    household_id: int  # pyright: ignore[reportGeneralTypeIssues]
    group_id: int  # pyright: ignore[reportGeneralTypeIssues]
    ward_id: int  # pyright: ignore[reportGeneralTypeIssues]


WARD = Target()

# The command line: trusted, acts with every right, and is no account (user_id 0).
SYSTEM = Actor(user_id=0, role="admin")


def account_id(actor: Actor | None) -> int | None:
    """The account to record as author of a change (None for SYSTEM or no actor)."""
    if actor is None or actor.user_id <= 0:
        return None
    return actor.user_id

_WARD_STAFF_ACTIONS = frozenset(
    {
        Action.READ_HOUSEHOLD,
        Action.INVITE_HOUSEHOLD,
        Action.CREATE_HOUSEHOLD,
        Action.READ_GROUP_MEMBERS,
        Action.READ_AGGREGATES,
        Action.EDIT_TARGETS,
        Action.MANAGE_GROUPS,
        Action.MANAGE_USERS,
        Action.IMPORT_EXPORT,
        Action.READ_AUDIT,
        Action.RECORD_VISIT,
        Action.MANAGE_CLASSES,
        Action.OPEN_CLASS,
    }
)
# The city's accounts read numbers of every ward, never member-level data (SPEC §6).
_CITY_STAFF_ACTIONS = frozenset({Action.READ_AGGREGATES, Action.READ_CITY})
_CITY_ADMIN_ACTIONS = _CITY_STAFF_ACTIONS | {Action.MANAGE_WARDS, Action.MANAGE_API_KEYS}
_CITY_ONLY = frozenset({Action.READ_CITY, Action.MANAGE_WARDS})
_LEADER_GROUP_ACTIONS = frozenset(
    {
        Action.READ_HOUSEHOLD,
        Action.EDIT_HOUSEHOLD,
        Action.INVITE_HOUSEHOLD,
        Action.CREATE_HOUSEHOLD,
        Action.READ_GROUP_MEMBERS,
        Action.RECORD_VISIT,
    }
)


def can(actor: Actor | None, action: Action, target: Target = WARD) -> bool:
    """Whether ``actor`` may do ``action`` to ``target``."""
    if actor is None:
        return False
    if actor.role in CITY_ROLES:
        return action in (_CITY_ADMIN_ACTIONS if actor.role == "city_admin" else
                          _CITY_STAFF_ACTIONS)
    if actor.role in ("admin", "ward_staff") and not _in_own_ward(actor, target):
        return False
    if actor.role == "admin":  # a ward's admin: everything in the ward, nothing of the city's
        return action not in _CITY_ONLY or actor.ward_id is None
    if actor.role == "ward_staff":
        return action in _WARD_STAFF_ACTIONS
    in_group = target.group_id is not None and target.group_id in actor.group_ids
    if actor.role == "group_leader":
        if action == Action.READ_AGGREGATES:
            return True
        return action in _LEADER_GROUP_ACTIONS and in_group
    if actor.role == "ambassador":
        if action == Action.TEACH:  # a class may be for any group; its teacher is checked
            return True
        if action == Action.OPEN_CLASS:  # the ward as target: whether he may open any class
            return actor.may_open_classes and (target.group_id is None or in_group)
        return action in (Action.MANAGE_HELP_REQUESTS, Action.RECORD_VISIT) and in_group
    if actor.role == "resident":
        own = target.household_id is not None and target.household_id == actor.household_id
        return action in (Action.READ_HOUSEHOLD, Action.EDIT_HOUSEHOLD) and own
    return False


def _in_own_ward(actor: Actor, target: Target) -> bool:
    """A ward-wide role reaches a group or household only of its own ward (a target whose
    ward is not known is refused); the command line (no ward) reaches every ward."""
    if actor.ward_id is None or (target.group_id is None and target.household_id is None):
        return True
    return target.ward_id == actor.ward_id


SIGN_IN_KEY = "error.sign_in"


def signed_in(actor: Actor | None) -> Actor:
    """Return ``actor``, or raise PermissionDenied asking to sign in."""
    if actor is None:
        raise PermissionDenied(SIGN_IN_KEY)
    return actor


def require(actor: Actor | None, action: Action, target: Target = WARD) -> Actor:
    """Return ``actor`` if allowed, else raise PermissionDenied."""
    actor = signed_in(actor)
    if not can(actor, action, target):
        raise PermissionDenied()
    return actor


def load_actor(session: Session, user_id: int) -> Actor | None:
    """The actor for an active account, with its groups, or None."""
    user = session.get(UserAccount, user_id)
    if user is None or not user.is_active:
        return None
    group_ids = session.exec(
        select(col(UserGroup.group_id)).where(col(UserGroup.user_id) == user_id)
    ).all()
    return Actor(
        user_id=id_of(user),
        role=user.role,
        household_id=user.household_id,
        group_ids=frozenset(group_ids),
        may_open_classes=user.role == "ambassador" and user.may_open_classes,
        ward_id=user.ward_id,
    )
