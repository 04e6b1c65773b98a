"""The group's leader's view of one help request (ward staff and the admin read it too):
the help banner's request opened, who asked for whom, how long it has waited, who holds
it, its notes and outcome, and the household (for one tap to its page). Ambassadors read
theirs with ``visits.request_detail``."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

import sqlalchemy as sa
from sqlalchemy.orm import aliased
from sqlmodel import Session, col

from digital_family.base.clock import utc
from digital_family.base.db import core_rows
from digital_family.base.models import (
    HelpRequest,
    Household,
    Member,
    ResidentialGroup,
    UserAccount,
)
from digital_family.base.permissions import Action, Actor
from digital_family.programmes.help_requests.core import (
    available_condition,
    given_name,
    hours_since,
    load_request,
)
from digital_family.programmes.help_requests.visits import NoteView, request_notes


@dataclass(frozen=True)
class LeaderRequestView:
    """One request as the group's leader (or ward staff, admin) reads it: who asked for
    whom, how long it has waited, who holds it, its notes and outcome, and the household
    (for one tap to its page)."""

    request_id: int
    household_id: int
    household_code: str
    group_code: str
    address: str
    topic: str
    member_name: str
    asked_by_name: str | None  # the account that asked (the family, the leader), full name
    asked_by_role: str | None
    note: str | None
    preferred_time: str | None
    status: str  # "open" (nobody holds it), "claimed", "resolved", "cancelled"
    created_at: datetime
    waiting_hours: int  # since it was asked, until it was resolved (or now)
    claimed_by_name: str | None  # given name of the ambassador holding it (or who held it)
    claimed_at: datetime | None
    outcome: str | None
    resolved_at: datetime | None
    notes: tuple[NoteView, ...]  # oldest first


def leader_request(
    session: Session, actor: Actor | None, request_id: object, *, now: datetime | None = None
) -> LeaderRequestView:
    """One request of the groups whose members the actor may read
    (Action.READ_GROUP_MEMBERS: the group's leader, ward staff, admin): the help
    banner's request opened. Ambassadors read theirs with ``request_detail``."""
    loaded = load_request(session, actor, request_id, Action.READ_GROUP_MEMBERS)
    now = utc(now)
    holder, asker = aliased(UserAccount), aliased(UserAccount)
    row = core_rows(
        session,
        sa.select(
            col(Household.code),
            col(ResidentialGroup.code),
            col(Household.address),
            col(Member.full_name),
            col(asker.full_name),
            col(asker.role),
            col(HelpRequest.note),
            col(HelpRequest.preferred_time),
            sa.case((available_condition(), "open"), else_=col(HelpRequest.status)),
            col(HelpRequest.created_at),
            col(holder.full_name),
            col(HelpRequest.claimed_at),
            col(HelpRequest.outcome),
            col(HelpRequest.resolved_at),
        )
        .join(Household, col(Household.id) == col(HelpRequest.household_id))
        .join(ResidentialGroup, col(ResidentialGroup.id) == col(HelpRequest.group_id))
        .join(Member, col(Member.id) == col(HelpRequest.member_id))
        .outerjoin(holder, col(holder.id) == col(HelpRequest.claimed_by_id))
        .outerjoin(asker, col(asker.id) == col(HelpRequest.created_by_id))
        .where(col(HelpRequest.id) == loaded.id)
    ).one()
    status = row[8]
    return LeaderRequestView(
        request_id=loaded.id,
        household_id=loaded.household_id,
        household_code=row[0],
        group_code=row[1],
        address=row[2],
        topic=loaded.topic,
        member_name=row[3],
        asked_by_name=row[4],
        asked_by_role=row[5],
        note=row[6],
        preferred_time=row[7],
        status=status,
        created_at=row[9],
        waiting_hours=hours_since(row[9], row[13] or now),
        claimed_by_name=given_name(row[10]) if status != "open" else None,
        claimed_at=row[11],
        outcome=row[12],
        resolved_at=row[13],
        notes=request_notes(session, loaded.id),
    )
