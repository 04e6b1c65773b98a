"""What the help-request modules share: the topics and outcomes, the request
not found, the unclaimed-hours setting, loading a request as its target."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

import sqlalchemy as sa
from sqlmodel import Session, col

from digital_family.base.codes import TRADER_FLAGS
from digital_family.base.db import core_rows
from digital_family.base.i18n import CatalogueError
from digital_family.base.models import (
    HELP_OUTCOMES,
    HELP_TOPICS,
    SKILL_COLUMNS,
    HelpRequest,
    Household,
    UserAccount,
    table_of,
)
from digital_family.base.permissions import (
    WARD,
    Action,
    Actor,
    PermissionDenied,
    Target,
    account_id,
    can,
    require,
    signed_in,
)
from digital_family.base.validation import ValidationError
from digital_family.households.access import as_id

TOPICS = HELP_TOPICS
OUTCOMES = HELP_OUTCOMES

# The member fields (column names) an ambassador sees for each topic in the
# request's detail, so they can tick what was achieved. The trader flags are
# shown only for small traders.
TOPIC_FIELDS: dict[str, tuple[str, ...]] = {
    "vneid": ("vneid_level", "skill_vneid_app"),
    "public_services": ("skill_online_public_services",),
    "epayment": ("has_epayment", "skill_cashless_payment"),
    "smartphone": (
        "has_smartphone",
        "skill_smartphone_use",
        "skill_messaging",
        "skill_info_search",
    ),
    "online_safety": ("skill_online_safety",),
    "selling_online": ("skill_ecommerce", *TRADER_FLAGS),
}
assert set(TOPIC_FIELDS) == set(TOPICS)

# The indicators (SPEC §3) a changed member field can move, for the ward view.
_SKILL_INDICATORS = (
    "public_sector_skills",
    "student_skills",
    "adult_basic_skills",
    "enterprise_worker_skills",
)
FIELD_INDICATORS: dict[str, tuple[str, ...]] = {
    "vneid_level": ("digital_identity_16plus",),
    "has_smartphone": ("adult_smartphone",),
    "has_epayment": ("adult_epayment",),
    **{column: _SKILL_INDICATORS for column in SKILL_COLUMNS.values()},
    **{flag: (flag,) for flag in TRADER_FLAGS},
}

CLOSED_MESSAGE = "error.help.closed"
NOT_HOLDER_MESSAGE = "error.help.not_holder"


class RequestNotFound(CatalogueError, LookupError):
    """No such request (said only to those who may act on every request)."""

    DEFAULT_KEY = "error.help.not_found"



def given_name(full_name: str | None) -> str | None:
    """The given name: the last word of a Vietnamese full name."""
    words = (full_name or "").split()
    return words[-1] if words else None


def hours_since(moment: datetime, now: datetime) -> int:
    return max(0, int((now - moment).total_seconds() // 3600))


# Loading a request as its target

REQUEST_TABLE = table_of(HelpRequest)


def _holder_active():
    """SQL: the request's holder is an active account."""
    return (
        sa.select(col(UserAccount.id))
        .where(
            col(UserAccount.id) == col(HelpRequest.claimed_by_id),
            col(UserAccount.is_active).is_(True),
        )
        .exists()
    )


def available_condition():
    """SQL: nobody holds the request (open, or claimed by a deleted/deactivated account)."""
    return sa.or_(
        col(HelpRequest.status) == "open",
        sa.and_(col(HelpRequest.status) == "claimed", sa.not_(_holder_active())),
    )


@dataclass(frozen=True)
class LoadedRequest:
    id: int
    household_id: int
    group_id: int
    member_id: int
    topic: str
    status: str  # as stored
    claimed_by_id: int | None
    available: bool  # nobody holds it (see available_condition)
    ward_id: int

    @property
    def target(self) -> Target:
        return Target(household_id=self.household_id, group_id=self.group_id,
                      ward_id=self.ward_id)

    def held_by(self, actor: Actor) -> bool:
        return (
            self.status == "claimed"
            and not self.available
            and account_id(actor) is not None
            and self.claimed_by_id == actor.user_id
        )


def load_request(
    session: Session, actor: Actor | None, request_id: object, action: Action
) -> LoadedRequest:
    """The request ``request_id`` with its household's target, once ``actor`` may do
    ``action`` to it. A missing request is PermissionDenied unless the actor may do
    ``action`` everywhere (then RequestNotFound), so ids cannot be probed."""
    actor = signed_in(actor)
    rid = as_id(request_id)
    row = None
    if rid is not None:
        row = core_rows(
            session,
            sa.select(
                col(HelpRequest.id),
                col(HelpRequest.household_id),
                col(Household.group_id),
                col(HelpRequest.member_id),
                col(HelpRequest.topic),
                col(HelpRequest.status),
                col(HelpRequest.claimed_by_id),
                sa.case((available_condition(), True), else_=False),
                col(Household.ward_id),
            )
            .join(Household, col(Household.id) == col(HelpRequest.household_id))
            .where(col(HelpRequest.id) == rid)
        ).first()
    if row is not None and actor.ward_id is not None and row[8] != actor.ward_id:
        row = None  # another ward's request is none of this one's
    if row is None:
        if can(actor, action, WARD):
            raise RequestNotFound()
        raise PermissionDenied()
    loaded = LoadedRequest(*row[:7], available=bool(row[7]), ward_id=row[8])
    actor = require(actor, action, loaded.target)
    return loaded


# The ambassador's side


def group_scope(actor: Actor | None, action: Action) -> list[int] | None:
    """Groups ``actor`` may do ``action`` in: None for every group, else their ids."""
    actor = signed_in(actor)
    if can(actor, action, WARD):
        return None
    allowed = sorted(g for g in actor.group_ids if can(actor, action, Target(group_id=g)))
    if not allowed:
        raise PermissionDenied()
    return allowed


def require_holder(actor: Actor, loaded: LoadedRequest) -> None:
    """The actor holds the request, or is admin (MANAGE_HELP_REQUESTS everywhere)."""
    if loaded.held_by(actor):
        return
    if loaded.status in ("resolved", "cancelled") and loaded.claimed_by_id == account_id(actor):
        raise ValidationError("status", CLOSED_MESSAGE)
    if can(actor, Action.MANAGE_HELP_REQUESTS, WARD):  # admin
        if loaded.status == "claimed":
            return
        if loaded.status == "open" or loaded.available:
            raise ValidationError("status", "error.help.unclaimed")
        raise ValidationError("status", CLOSED_MESSAGE)
    raise PermissionDenied(NOT_HOLDER_MESSAGE)
