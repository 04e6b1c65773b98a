"""The ambassadors' queue: open requests oldest first, claiming and releasing; and
the leader's flag on requests nobody claims."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Any

import sqlalchemy as sa
from sqlmodel import Session, col

from digital_family.base import paging
from digital_family.base.clock import utc
from digital_family.base.db import CoreSelect, core_rows, rows_changed
from digital_family.base.groups import group_ids_of_ward
from digital_family.base.models import (
    HelpRequest,
    Household,
    Member,
    ResidentialGroup,
    UTCDateTime,
)
from digital_family.base.paging import int_or
from digital_family.base.permissions import (
    Action,
    Actor,
    PermissionDenied,
    account_id,
    signed_in,
)
from digital_family.base.validation import (
    ValidationError,
)
from digital_family.base.wards import ward_of
from digital_family.households import search
from digital_family.programmes.help_requests.core import (
    CLOSED_MESSAGE,
    REQUEST_TABLE,
    available_condition,
    group_scope,
    hours_since,
    load_request,
    require_holder,
)
from digital_family.ward import settings as ward_settings

TAKEN_MESSAGE = "error.help.taken"


@dataclass(frozen=True)
class QueueItem:
    """A request in an ambassador's queue; the member's name, address and phone only on
    the requests the ambassador holds ("" and None on the others)."""

    request_id: int
    group_code: str
    topic: str
    member_name: str
    address: str
    contact_phone: str | None  # the household's phone, else its resident account's
    note: str | None
    preferred_time: str | None
    status: str  # "open" (nobody holds it) or "claimed"
    created_at: datetime
    claimed_by_me: bool
    waiting_hours: int  # whole hours since it was asked


@dataclass(frozen=True)
class QueuePage:
    items: tuple[QueueItem, ...]
    total: int
    page: int
    pages: int


@dataclass(frozen=True)
class FlaggedRequest:
    """An open request nobody has claimed for too long, for the group's leader."""

    request_id: int
    household_id: int
    household_code: str
    group_code: str
    member_id: int
    member_name: str
    topic: str
    address: str
    contact_phone: str | None
    note: str | None
    preferred_time: str | None
    created_at: datetime
    waiting_hours: int


def _queue_columns(actor: Actor):
    me = account_id(actor)
    mine = (
        sa.and_(col(HelpRequest.claimed_by_id) == me, col(HelpRequest.status) == "claimed")
        if me is not None
        else sa.false()
    )
    # Who asked and how to reach them: only on the requests the actor holds (issue 13).
    return (
        col(HelpRequest.id),
        col(ResidentialGroup.code),
        col(HelpRequest.topic),
        sa.case((mine, col(Member.full_name)), else_=sa.null()),
        sa.case((mine, col(Household.address)), else_=sa.null()),
        sa.case((mine, search.contact_phone_sql()), else_=sa.null()),
        col(HelpRequest.note),
        col(HelpRequest.preferred_time),
        sa.case((available_condition(), "open"), else_=col(HelpRequest.status)),
        col(HelpRequest.created_at),
        sa.case((mine, True), else_=False),
    )


def _queue_from(query: CoreSelect) -> CoreSelect:
    return (
        query.join(Member, col(Member.id) == col(HelpRequest.member_id))
        .join(Household, col(Household.id) == col(HelpRequest.household_id))
        .join(ResidentialGroup, col(ResidentialGroup.id) == col(HelpRequest.group_id))
    )


def _queue_item(row: Sequence[Any], now: datetime) -> QueueItem:
    return QueueItem(
        request_id=row[0],
        group_code=row[1],
        topic=row[2],
        member_name=row[3] or "",
        address=row[4] or "",
        contact_phone=row[5],
        note=row[6],
        preferred_time=row[7],
        status=row[8],
        created_at=row[9],
        claimed_by_me=bool(row[10]),
        waiting_hours=hours_since(row[9], now),
    )


def ambassador_queue(
    session: Session,
    actor: Actor | None,
    *,
    include_mine: bool = True,
    page: object = 1,
    page_size: object = 20,
    now: datetime | None = None,
) -> QueuePage:
    """The requests nobody holds in the actor's groups (Action.MANAGE_HELP_REQUESTS on
    each), plus, with ``include_mine``, those the actor holds. The actor's own come
    first, then the oldest; filtered and paged in SQL."""
    actor = signed_in(actor)
    groups = group_scope(actor, Action.MANAGE_HELP_REQUESTS)
    now = utc(now)
    me = account_id(actor)
    wanted = available_condition()
    if include_mine and me is not None:
        wanted = sa.or_(
            wanted,
            sa.and_(col(HelpRequest.status) == "claimed", col(HelpRequest.claimed_by_id) == me),
        )
    conditions = [wanted, col(HelpRequest.group_id).in_(
        group_ids_of_ward(ward_of(session, actor)) if groups is None else groups)]
    total = core_rows(
        session,
        sa.select(sa.func.count()).select_from(HelpRequest).where(*conditions)
    ).scalar_one()
    page_size = paging.page_size(page_size, 20)
    pages = paging.page_count(total, page_size)
    page = paging.clamp_page(page, pages)
    columns = _queue_columns(actor)
    rows = core_rows(
        session,
        _queue_from(sa.select(*columns))
        .where(*conditions)
        .order_by(columns[-1].desc(), col(HelpRequest.created_at), col(HelpRequest.id))
        .limit(page_size)
        .offset(paging.offset(page, page_size))
    ).all()
    return QueuePage(
        items=tuple(_queue_item(r, now) for r in rows), total=total, page=page, pages=pages
    )


def queue_item_for(session: Session, actor: Actor, request_id: int, now: datetime) -> QueueItem:
    session.flush()
    row = core_rows(
        session,
        _queue_from(sa.select(*_queue_columns(actor))).where(col(HelpRequest.id) == request_id)
    ).one()
    return _queue_item(row, now)


def claim(
    session: Session, actor: Actor | None, request_id: object, *, now: datetime | None = None
) -> QueueItem:
    """Take a request nobody holds (Action.MANAGE_HELP_REQUESTS on its group).

    Of two ambassadors claiming at once exactly one wins; the other gets
    ValidationError(TAKEN_MESSAGE). Claiming one's own request again is a no-op.
    """
    loaded = load_request(session, actor, request_id, Action.MANAGE_HELP_REQUESTS)
    actor = signed_in(actor)  # (load_request refused anyone signed out)
    me = account_id(actor)
    if me is None:
        raise PermissionDenied("error.help.ambassadors_only")
    now = utc(now)
    changed = rows_changed(
        session,
        REQUEST_TABLE.update()
        .where(REQUEST_TABLE.c.id == loaded.id, available_condition())
        .values(
            status="claimed",
            claimed_by_id=me,
            claimed_at=sa.func.coalesce(REQUEST_TABLE.c.claimed_at, sa.literal(now, UTCDateTime())),
            updated_at=now,
        )
    )
    if changed != 1:
        status, holder = core_rows(
            session,
            sa.select(REQUEST_TABLE.c.status, REQUEST_TABLE.c.claimed_by_id).where(
                REQUEST_TABLE.c.id == loaded.id
            )
        ).one()
        if status == "claimed" and holder == me:
            return queue_item_for(session, actor, loaded.id, now)
        if status == "claimed":
            raise ValidationError("status", TAKEN_MESSAGE)
        raise ValidationError("status", CLOSED_MESSAGE)
    return queue_item_for(session, actor, loaded.id, now)


def release(
    session: Session, actor: Actor | None, request_id: object, *, now: datetime | None = None
) -> None:
    """Give a claimed request back to the queue (its holder, or admin)."""
    loaded = load_request(session, actor, request_id, Action.MANAGE_HELP_REQUESTS)
    actor = signed_in(actor)  # (load_request refused anyone signed out)
    require_holder(actor, loaded)
    now = utc(now)
    changed = rows_changed(
        session,
        REQUEST_TABLE.update()
        .where(
            REQUEST_TABLE.c.id == loaded.id,
            REQUEST_TABLE.c.status == "claimed",
            REQUEST_TABLE.c.claimed_by_id == loaded.claimed_by_id,
        )
        .values(status="open", claimed_by_id=None, updated_at=now)
    )
    if changed != 1:
        raise ValidationError("status", CLOSED_MESSAGE)


# The leader's flag


def unclaimed_for_leader(
    session: Session, actor: Actor | None, *, now: datetime | None = None, limit: int = 100
) -> tuple[FlaggedRequest, ...]:
    """Requests nobody has claimed for ``ward_settings.unclaimed_hours`` hours or more, in the
    groups whose members the actor may read (Action.READ_GROUP_MEMBERS), oldest first."""
    actor = signed_in(actor)
    groups = group_scope(actor, Action.READ_GROUP_MEMBERS)
    now = utc(now)
    ward_id = ward_of(session, actor)
    cutoff = now - timedelta(hours=ward_settings.unclaimed_hours(session, ward_id))
    conditions = [available_condition(), col(HelpRequest.created_at) <= cutoff,
                  col(HelpRequest.group_id).in_(
                      group_ids_of_ward(ward_id) if groups is None else groups)]
    limit = min(max(int_or(limit, 100), 1), 500)
    rows = core_rows(
        session,
        _queue_from(
            sa.select(
                col(HelpRequest.id),
                col(HelpRequest.household_id),
                col(Household.code),
                col(ResidentialGroup.code),
                col(HelpRequest.member_id),
                col(Member.full_name),
                col(HelpRequest.topic),
                col(Household.address),
                search.contact_phone_sql(),
                col(HelpRequest.note),
                col(HelpRequest.preferred_time),
                col(HelpRequest.created_at),
            )
        )
        .where(*conditions)
        .order_by(col(HelpRequest.created_at), col(HelpRequest.id))
        .limit(limit)
    ).all()
    return tuple(FlaggedRequest(*r, waiting_hours=hours_since(r[11], now)) for r in rows)
