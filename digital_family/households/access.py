"""Who may touch which household: a household's or member's target, checked.

Every household function takes the ``Actor`` and checks it against the household's
target as stored in the database (its id and group), never against ids the caller
vouches for: ``household_target`` and ``member_target`` load it, check the
permission (``permissions.require``) and the household's consent
(``consent_rules.gate``). A missing household is said to be missing only to those who
may act on every household, so ids cannot be probed.
"""

from __future__ import annotations

import sqlalchemy as sa
from sqlmodel import Session, col, select

from digital_family.base.db import CoreSelect, core_rows
from digital_family.base.groups import load_group
from digital_family.base.i18n import CatalogueError
from digital_family.base.models import Household, Member, ResidentialGroup
from digital_family.base.permissions import (
    SIGN_IN_KEY,
    WARD,
    Action,
    Actor,
    HouseholdTarget,
    PermissionDenied,
    Target,
    can,
    require,
)
from digital_family.base.validation import ValidationError, whole_number
from digital_family.base.wards import ward_of
from digital_family.households import consent_rules

# Every id (and version) column is an INTEGER: PostgreSQL refuses a larger number with an
# error instead of finding nothing, so a larger one is no id at all.
MAX_ID = 2**31 - 1


class HouseholdNotFound(CatalogueError, LookupError):
    """No such household or member (said only to those who may see every household)."""

    DEFAULT_KEY = "error.household.not_found"


def as_id(value: object) -> int | None:
    """A database id from what the caller gave (an int or digits), or None."""
    if not isinstance(value, (int, str)):
        return None
    number = whole_number(value, max_digits=19)
    return number if number is not None and 0 < number <= MAX_ID else None


def _not_found(actor: Actor | None, action: Action) -> Exception:
    """For a missing household: say so only to those who may act on every household."""
    if actor is None:
        return PermissionDenied(SIGN_IN_KEY)
    if can(actor, action, WARD):
        return HouseholdNotFound()
    return PermissionDenied()


def household_target(
    session: Session, actor: Actor | None, household_id: object, action: Action
) -> HouseholdTarget:
    """The target of household ``household_id`` once ``actor`` may do ``action`` to it.

    PermissionDenied when not allowed, and for a missing household unless the
    actor may do ``action`` everywhere (then HouseholdNotFound), so ids cannot be probed;
    ``consent_rules.ConsentRequired`` when the household's consent does not allow it.
    """
    query = (
        sa.select(col(Household.id), col(Household.group_id), *consent_rules.CONSENT_COLUMNS,
                  col(Household.ward_id))
        .outerjoin(*consent_rules.consent_join(col(Household.id)))
        .where(col(Household.id) == as_id(household_id))
    )
    return _checked_target(session, actor, household_id, query, action)


def member_target(
    session: Session, actor: Actor | None, member_id: object, action: Action
) -> HouseholdTarget:
    """The target of the household member ``member_id`` belongs to, as household_target."""
    query = (
        sa.select(col(Household.id), col(Household.group_id), *consent_rules.CONSENT_COLUMNS,
                  col(Household.ward_id))
        .join(Member, col(Member.household_id) == col(Household.id))
        .outerjoin(*consent_rules.consent_join(col(Household.id)))
        .where(col(Member.id) == as_id(member_id))
    )
    return _checked_target(session, actor, member_id, query, action)


def _checked_target(session: Session, actor: Actor | None, given: object, query: CoreSelect,
                    action: Action) -> HouseholdTarget:
    """The (household id, group id, consent status, channel) ``query`` finds for the id
    ``given``, as a target ``actor`` may do ``action`` to (household_target's refusals)."""
    if actor is None:
        raise PermissionDenied(SIGN_IN_KEY)
    row = core_rows(session, query).first() if as_id(given) is not None else None
    if row is None or (actor.ward_id is not None and row[4] != actor.ward_id):
        raise _not_found(actor, action)  # another ward's household is none of this one's
    target = HouseholdTarget(household_id=row[0], group_id=row[1], ward_id=row[4])
    actor = require(actor, action, target)
    consent_rules.gate(session, actor, action, target, stored=(row[2], row[3]))
    return target


def household_id_for(actor: Actor | None) -> int | None:
    """A resident's own household id (None for other roles)."""
    if actor is None or actor.role != "resident":
        return None
    return actor.household_id


def group_id_for(session: Session, actor: Actor | None, group_code: object, action: Action
                 ) -> int:
    """The id of the group ``group_code`` once ``actor`` may do ``action`` in it."""
    if actor is None:
        raise PermissionDenied(SIGN_IN_KEY)
    code, group = load_group(session, ward_of(session, actor), group_code)
    if group is None:
        if not (can(actor, action, WARD) or actor.group_ids):
            raise PermissionDenied()
        raise ValidationError("group_code", "error.group.unknown", code=code)
    actor = require(actor, action, group.target)
    return group.id


def listable_group_ids(actor: Actor | None) -> list[int] | None:
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


def group_codes_for(session: Session, actor: Actor | None) -> tuple[str, ...]:
    """Codes of the groups whose households ``actor`` may list, in code order."""
    allowed = listable_group_ids(actor)
    query = (select(col(ResidentialGroup.code))
             .where(col(ResidentialGroup.ward_id) == ward_of(session, actor))
             .order_by(col(ResidentialGroup.code)))
    if allowed is not None:
        query = query.where(col(ResidentialGroup.id).in_(allowed))
    return tuple(session.exec(query))
