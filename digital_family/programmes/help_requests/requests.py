"""The household side: asking for help, cancelling, and the household's requests."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

import sqlalchemy as sa
from sqlalchemy.orm import aliased
from sqlmodel import Session, col

from digital_family.base import db
from digital_family.base.clock import utc
from digital_family.base.db import Condition, core_rows, rows_changed
from digital_family.base.models import (
    HELP_ACTIVE_STATUSES,
    HelpRequest,
    Member,
    UserAccount,
)
from digital_family.base.permissions import Action, Actor, account_id
from digital_family.base.validation import (
    ValidationError,
)
from digital_family.households.access import as_id, household_target, member_target
from digital_family.programmes.help_requests.core import (
    CLOSED_MESSAGE,
    REQUEST_TABLE,
    given_name,
    load_request,
)
from digital_family.programmes.help_requests.validators import (
    parse_topic,
    validate_note,
    validate_preferred_time,
)

MAX_HOUSEHOLD_REQUESTS = 100

DUPLICATE_MESSAGE = "error.help.duplicate"


# Views


@dataclass(frozen=True)
class RequestView:
    """A request as its household sees it."""

    id: int
    member_id: int
    member_name: str
    topic: str
    status: str  # open | claimed | resolved | cancelled
    outcome: str | None
    created_at: datetime
    claimed_by_name: str | None  # the ambassador's given name (last word of the name)
    claimed_at: datetime | None
    resolved_at: datetime | None
    note: str | None
    preferred_time: str | None


# The household side


def _views(session: Session, *conditions: Condition, limit: int | None = None
           ) -> tuple[RequestView, ...]:
    session.flush()
    holder = aliased(UserAccount)
    query = (
        sa.select(
            col(HelpRequest.id),
            col(HelpRequest.member_id),
            col(Member.full_name),
            col(HelpRequest.topic),
            col(HelpRequest.status),
            col(HelpRequest.outcome),
            col(HelpRequest.created_at),
            col(holder.full_name),
            col(HelpRequest.claimed_at),
            col(HelpRequest.resolved_at),
            col(HelpRequest.note),
            col(HelpRequest.preferred_time),
        )
        .join(Member, col(Member.id) == col(HelpRequest.member_id))
        .outerjoin(holder, col(holder.id) == col(HelpRequest.claimed_by_id))
        .where(*conditions)
        .order_by(
            sa.case((col(HelpRequest.status).in_(HELP_ACTIVE_STATUSES), 0), else_=1),
            col(HelpRequest.created_at).desc(),
            col(HelpRequest.id).desc(),
        )
    )
    if limit is not None:
        query = query.limit(limit)
    return tuple(
        RequestView(
            id=r[0],
            member_id=r[1],
            member_name=r[2],
            topic=r[3],
            status=r[4],
            outcome=r[5],
            created_at=r[6],
            claimed_by_name=given_name(r[7]) if r[4] != "open" else None,
            claimed_at=r[8],
            resolved_at=r[9],
            note=r[10],
            preferred_time=r[11],
        )
        for r in core_rows(session, query)
    )


def create_request(
    session: Session,
    actor: Actor | None,
    *,
    member_id: object,
    topic: object,
    note: object = None,
    preferred_time: object = None,
    now: datetime | None = None,
) -> RequestView:
    """Ask for help for a member with one topic (Action.EDIT_HOUSEHOLD on its household).

    At most one open-or-claimed request per member and topic (ValidationError,
    also when two are sent at once: the database's partial unique index decides).
    """
    target = member_target(session, actor, member_id, Action.EDIT_HOUSEHOLD)
    topic = parse_topic(topic)
    note = validate_note(note)
    preferred_time = validate_preferred_time(preferred_time)
    mid = as_id(member_id)
    now = utc(now)
    duplicate = core_rows(
        session,
        sa.select(col(HelpRequest.id)).where(
            col(HelpRequest.member_id) == mid,
            col(HelpRequest.topic) == topic,
            col(HelpRequest.status).in_(HELP_ACTIVE_STATUSES),
        )
    ).first()
    if duplicate is not None:
        raise ValidationError("topic", DUPLICATE_MESSAGE)
    values = {
        "household_id": target.household_id,
        "member_id": mid,
        "group_id": target.group_id,
        "topic": topic,
        "note": note,
        "preferred_time": preferred_time,
        "status": "open",
        "created_by_id": account_id(actor),
        "created_at": now,
        "updated_at": now,
    }
    statement = (
        db.dialect_insert(session, REQUEST_TABLE).values(**values)
        .on_conflict_do_nothing().returning(REQUEST_TABLE.c.id)
    )
    new_id = session.exec(statement).scalar_one_or_none()
    if new_id is None:
        raise ValidationError("topic", DUPLICATE_MESSAGE)
    return _views(session, col(HelpRequest.id) == new_id)[0]


def cancel_request(
    session: Session, actor: Actor | None, request_id: object, *, now: datetime | None = None
) -> RequestView:
    """Withdraw a request nobody has claimed yet (Action.EDIT_HOUSEHOLD)."""
    loaded = load_request(session, actor, request_id, Action.EDIT_HOUSEHOLD)
    now = utc(now)
    changed = rows_changed(
        session,
        REQUEST_TABLE.update()
        .where(REQUEST_TABLE.c.id == loaded.id, REQUEST_TABLE.c.status == "open")
        .values(status="cancelled", updated_at=now)
    )
    if changed != 1:
        if loaded.status == "claimed":
            raise ValidationError("status", "error.help.claimed_no_cancel")
        raise ValidationError("status", CLOSED_MESSAGE)
    return _views(session, col(HelpRequest.id) == loaded.id)[0]


def household_requests(
    session: Session, actor: Actor | None, household_id: object
) -> tuple[RequestView, ...]:
    """The household's requests (Action.READ_HOUSEHOLD): open and claimed first, then
    the newest; at most ``MAX_HOUSEHOLD_REQUESTS``."""
    target = household_target(session, actor, household_id, Action.READ_HOUSEHOLD)
    return _views(
        session, col(HelpRequest.household_id) == target.household_id, limit=MAX_HOUSEHOLD_REQUESTS
    )
