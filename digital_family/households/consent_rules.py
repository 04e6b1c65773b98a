"""What a household's consent allows, checked on every read and change of it
(``gate``, called by ``households.access``): the statuses, ``ConsentRequired`` and
``hidden_from_leaders``. Giving and withdrawing consent is ``households.consent``.
"""

from __future__ import annotations

from typing import Any

import sqlalchemy as sa
from sqlalchemy.orm import Mapped
from sqlmodel import Session, col, select

from digital_family.base.models import HouseholdConsent
from digital_family.base.permissions import Action, Actor, PermissionDenied, Target

NONE, GIVEN, WITHDRAWN = "none", "given", "withdrawn"
SELF, VERBAL = "self", "verbal"
GATED_ROLES = ("resident", "group_leader")


class ConsentRequired(PermissionDenied):
    """The household has not consented (or withdrew): nothing is saved for it."""

    DEFAULT_KEY = "consent.required"


# A household's consent as a query joined to it reads it (outer join: None, None).
CONSENT_COLUMNS = (col(HouseholdConsent.status), col(HouseholdConsent.channel))


def consent_join(household_id: Any) -> tuple[Any, sa.ColumnElement[bool]]:
    """The outer join that brings a household's consent into a query (CONSENT_COLUMNS)."""
    return HouseholdConsent, col(HouseholdConsent.household_id) == household_id


def allows(role: str, status: str, channel: str | None) -> bool:
    # the family saves only once it has ticked the notice itself
    if role == "resident":
        return status == GIVEN and channel == SELF
    return status == GIVEN


def gate(session: Session, actor: Actor, action: Action, target: Target,
         stored: tuple[str | None, str | None] | None = None) -> None:
    """Refuse what consent does not allow (called by ``households.household_target``).

    Leaders: a household that withdrew is neither read nor changed; one that has not
    consented is read (its page shows the notice) but not changed. The family: reads
    its own data always, changes it only after ticking the notice itself. Staff,
    admins and the command line are not gated (imports, exports, erasure).
    ``stored``: the household's consent (status, channel) as the caller read it with
    the household (``CONSENT_COLUMNS``; None, None when it has no row); else it is read.
    """
    if actor.role not in GATED_ROLES or target.household_id is None:
        return
    if action not in (Action.READ_HOUSEHOLD, Action.EDIT_HOUSEHOLD):
        return
    if stored is None:
        stored = session.exec(
            select(col(HouseholdConsent.status), col(HouseholdConsent.channel))
            .where(col(HouseholdConsent.household_id) == target.household_id)
        ).first()
    status, channel = (stored[0], stored[1]) if stored and stored[0] else (NONE, None)
    if actor.role == "group_leader" and status == WITHDRAWN:
        raise ConsentRequired("consent.hidden")
    if action == Action.EDIT_HOUSEHOLD and not allows(actor.role, status, channel):
        raise ConsentRequired()


def hidden_from_leaders(
    household_id: sa.ColumnElement[Any] | Mapped[Any],
) -> sa.ColumnElement[bool]:
    """SQL: the household (by its id column) withdrew consent; leaders' lists leave it out."""
    return (
        sa.select(col(HouseholdConsent.household_id))
        .where(col(HouseholdConsent.household_id) == household_id,
               col(HouseholdConsent.status) == WITHDRAWN)
        .exists()
    )
