"""The ward's view of the programme: requests per week, response times per
group and ambassador, topics, and the changes visits made."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import asdict, dataclass
from datetime import UTC, date, datetime, timedelta
from typing import Any

import sqlalchemy as sa
from sqlalchemy.orm import Mapped
from sqlmodel import Session, col

from digital_family.base.clock import VIETNAM_TIME, utc
from digital_family.base.db import Condition, core_rows
from digital_family.base.groups import group_ids_of_ward
from digital_family.base.models import (
    HelpRequest,
    HelpRequestChange,
    ResidentialGroup,
    UserAccount,
)
from digital_family.base.paging import int_or
from digital_family.base.permissions import WARD, Action, Actor, can, require
from digital_family.base.validation import is_dict, is_list
from digital_family.base.wards import ward_of
from digital_family.programmes.help_requests.core import (
    OUTCOMES,
    TOPICS,
    available_condition,
    group_scope,
)
from digital_family.ward import settings as ward_settings

MAX_STATS_WEEKS = 52


@dataclass(frozen=True)
class WeekCount:
    week_start: date  # Monday, Vietnam time
    opened: int  # requests asked that week
    resolved: int  # requests resolved that week


@dataclass(frozen=True)
class ResponseStats:
    """Figures of the window for the ward, one group or one ambassador.

    For a group: ``opened`` = asked in the window. For an ambassador: ``opened``
    = requests of the window they hold or held. ``claimed``/``resolved``/
    ``helped`` count requests asked in the window. Medians are hours from asking
    to the first claim and to resolution, over requests asked in the window.
    """

    key: str  # "ward", a group code, or an ambassador's account id
    label: str
    opened: int
    claimed: int
    resolved: int
    helped: int
    median_response_hours: float | None
    median_resolution_hours: float | None


@dataclass(frozen=True)
class TopicCount:
    topic: str
    count: int


@dataclass(frozen=True)
class FieldCount:
    field: str  # member column, see FIELD_INDICATORS
    count: int


@dataclass(frozen=True)
class ProgrammeStats:
    scope: str  # "ward", or the leader's group codes joined by ", "
    start: datetime  # the window: Monday 00:00 (Vietnam) ``weeks`` weeks back …
    end: datetime  # … to now
    weeks: tuple[WeekCount, ...]  # oldest first
    overall: ResponseStats
    by_group: tuple[ResponseStats, ...]  # every group in scope, by code
    by_ambassador: tuple[ResponseStats, ...]  # by name
    topics: tuple[TopicCount, ...]  # most asked first
    outcomes: dict[str, int]  # resolved in the window, by outcome
    changes: tuple[FieldCount, ...]  # member fields changed on visits, most first
    members_improved: int  # distinct members with a change in the window
    open_now: int  # requests nobody holds now
    overdue_now: int  # … of them waiting longer than unclaimed_hours
    unclaimed_hours: int

    def to_dict(self) -> dict[str, Any]:
        """Plain JSON-ready values (dates and times as ISO text)."""

        def plain(value: Any) -> Any:
            if isinstance(value, (datetime, date)):
                return value.isoformat()
            if is_dict(value):
                return {k: plain(v) for k, v in value.items()}
            if is_list(value):
                return [plain(v) for v in value]
            return value

        return plain(asdict(self))


# The ward's view of the programme


def _hours_between(session: Session, start: Mapped[datetime], end: Mapped[datetime | None]
                   ) -> sa.ColumnElement[Any]:
    """SQL: hours from ``start`` to ``end`` (timestamps)."""
    if session.get_bind().dialect.name == "sqlite":
        return (sa.func.julianday(end) - sa.func.julianday(start)) * 24.0
    return sa.extract("epoch", end - start) / 3600.0


def _medians(session: Session, key: sa.ColumnElement[Any] | Mapped[Any],
             hours: sa.ColumnElement[Any],
             conditions: Sequence[Condition]) -> dict[Any, float | None]:
    """{key: median of ``hours``} over the rows matching ``conditions``, all in SQL
    (window functions: the middle row, or the mean of the two middle rows)."""
    durations = (
        sa.select(key.label("k"), hours.label("h"))
        .select_from(HelpRequest)
        .where(*conditions)
        .subquery()
    )
    ranked = sa.select(
        durations.c.k,
        durations.c.h,
        sa.func.row_number().over(partition_by=durations.c.k, order_by=durations.c.h).label("rn"),
        sa.func.count().over(partition_by=durations.c.k).label("n"),
    ).subquery()
    rows = core_rows(
        session,
        sa.select(ranked.c.k, sa.func.avg(ranked.c.h))
        .where(sa.or_(ranked.c.rn == (ranked.c.n + 1) // 2, ranked.c.rn == (ranked.c.n + 2) // 2))
        .group_by(ranked.c.k)
    )
    return {k: None if h is None else round(float(h), 1) for k, h in rows}


def _week_start(moment: datetime) -> datetime:
    """Monday 00:00 in Vietnam of the week holding ``moment``, as UTC."""
    local = moment.astimezone(VIETNAM_TIME)
    monday = local.date() - timedelta(days=local.weekday())
    return datetime(monday.year, monday.month, monday.day, tzinfo=VIETNAM_TIME).astimezone(
        UTC
    )


def _count_if(condition: Condition) -> sa.ColumnElement[int]:
    return sa.func.coalesce(sa.func.sum(sa.case((condition, 1), else_=0)), 0)


def programme_stats(
    session: Session, actor: Actor | None, *, weeks: object = 12, now: datetime | None = None
) -> ProgrammeStats:
    """The help programme's figures over the last ``weeks`` weeks (1–52, ISO weeks in
    Vietnam time, this week included).

    Gate: Action.READ_AGGREGATES; ward staff and admin (READ_GROUP_MEMBERS
    ward-wide) see the ward, a leader their own groups. Only counts and medians
    leave the database: every figure is aggregated in SQL, medians too (window
    functions, on SQLite and PostgreSQL alike); no member row is read.
    """
    actor = require(actor, Action.READ_AGGREGATES)
    groups = None if can(actor, Action.READ_GROUP_MEMBERS, WARD) else group_scope(
        actor, Action.READ_GROUP_MEMBERS
    )
    now = utc(now)
    weeks = min(max(int_or(weeks, 12), 1), MAX_STATS_WEEKS)
    starts = [_week_start(now) - timedelta(weeks=weeks - 1 - i) for i in range(weeks)]
    start = starts[0]
    bounds = [*starts[1:], None]
    ward_id = ward_of(session, actor)
    in_scope = group_ids_of_ward(ward_id) if groups is None else groups
    scope = [col(HelpRequest.group_id).in_(in_scope)]
    created = col(HelpRequest.created_at) >= start
    resolved = col(HelpRequest.status) == "resolved"
    unclaimed_hours = ward_settings.unclaimed_hours(session, ward_id)

    # Per week: asked and resolved.
    def in_week(column: Mapped[Any], lo: datetime, hi: datetime | None) -> Condition:
        return column >= lo if hi is None else sa.and_(column >= lo, column < hi)

    week_row = core_rows(
        session,
        sa.select(
            *(
                _count_if(in_week(col(HelpRequest.created_at), lo, hi))
                for lo, hi in zip(starts, bounds)
            ),
            *(
                _count_if(sa.and_(resolved, in_week(col(HelpRequest.resolved_at), lo, hi)))
                for lo, hi in zip(starts, bounds)
            ),
        ).where(*scope, sa.or_(created, col(HelpRequest.resolved_at) >= start))
    ).one()
    week_counts = tuple(
        WeekCount(
            week_start=lo.astimezone(VIETNAM_TIME).date(),
            opened=int(week_row[i]),
            resolved=int(week_row[weeks + i]),
        )
        for i, lo in enumerate(starts)
    )

    response = _hours_between(session, col(HelpRequest.created_at), col(HelpRequest.claimed_at))
    resolution = _hours_between(session, col(HelpRequest.created_at), col(HelpRequest.resolved_at))
    claimed_cond = [*scope, created, col(HelpRequest.claimed_at).is_not(None)]
    resolved_cond = [*scope, created, resolved]
    counts = (
        sa.func.count(),
        _count_if(col(HelpRequest.claimed_at).is_not(None)),
        _count_if(resolved),
        _count_if(col(HelpRequest.outcome) == "helped"),
    )

    def stats(key: str, label: str, row: Sequence[Any] | None,
              response_medians: Mapping[Any, float | None],
              resolution_medians: Mapping[Any, float | None], k: object) -> ResponseStats:
        counts = row or (0, 0, 0, 0)
        return ResponseStats(
            key=key,
            label=label,
            opened=int(counts[0]),
            claimed=int(counts[1]),
            resolved=int(counts[2]),
            helped=int(counts[3]),
            median_response_hours=response_medians.get(k),
            median_resolution_hours=resolution_medians.get(k),
        )

    # The ward (or the leader's groups).
    whole = sa.literal(0)
    overall_row = core_rows(session, sa.select(*counts).where(*scope, created)).one()
    overall = stats(
        "ward" if groups is None else "groups",
        "Toàn phường" if groups is None else "Các tổ của bạn",
        overall_row,
        _medians(session, whole, response, claimed_cond),
        _medians(session, whole, resolution, resolved_cond),
        0,
    )

    # Per group: every group in scope, by code.
    group_query = sa.select(
        col(ResidentialGroup.id), col(ResidentialGroup.code), col(ResidentialGroup.name)
    ).where(col(ResidentialGroup.ward_id) == ward_id)
    if groups is not None:
        group_query = group_query.where(col(ResidentialGroup.id).in_(groups))
    group_rows = core_rows(session, group_query.order_by(col(ResidentialGroup.code))).all()
    per_group = {
        r[0]: r[1:]
        for r in core_rows(
            session,
            sa.select(col(HelpRequest.group_id), *counts)
            .where(*scope, created)
            .group_by(col(HelpRequest.group_id))
        )
    }
    group_response = _medians(session, col(HelpRequest.group_id), response, claimed_cond)
    group_resolution = _medians(session, col(HelpRequest.group_id), resolution, resolved_cond)
    by_group = tuple(
        stats(code, name, per_group.get(gid), group_response, group_resolution, gid)
        for gid, code, name in group_rows
    )

    # Per ambassador: whoever holds (or held) requests of the window.
    held = [*scope, created, col(HelpRequest.claimed_by_id).is_not(None)]
    per_ambassador = core_rows(
        session,
        sa.select(
            col(HelpRequest.claimed_by_id),
            col(UserAccount.full_name),
            col(UserAccount.phone),
            *counts,
        )
        .join(UserAccount, col(UserAccount.id) == col(HelpRequest.claimed_by_id))
        .where(*held)
        .group_by(
            col(HelpRequest.claimed_by_id), col(UserAccount.full_name), col(UserAccount.phone)
        )
    ).all()
    amb_response = _medians(
        session, col(HelpRequest.claimed_by_id), response, [*held, *claimed_cond]
    )
    amb_resolution = _medians(
        session, col(HelpRequest.claimed_by_id), resolution, [*held, *resolved_cond]
    )
    by_ambassador = tuple(
        sorted(
            (
                stats(str(r[0]), r[1] or r[2], r[3:], amb_response, amb_resolution, r[0])
                for r in per_ambassador
            ),
            key=lambda s: (s.label, s.key),
        )
    )

    # Topics, outcomes.
    topic_counts = dict(
        core_rows(
            session,
            sa.select(col(HelpRequest.topic), sa.func.count())
            .where(*scope, created)
            .group_by(col(HelpRequest.topic))
        ).all()
    )
    topics = tuple(
        sorted(
            (TopicCount(t, int(topic_counts.get(t, 0))) for t in TOPICS),
            key=lambda c: (-c.count, TOPICS.index(c.topic)),
        )
    )
    outcome_counts = dict(
        core_rows(
            session,
            sa.select(col(HelpRequest.outcome), sa.func.count())
            .where(*scope, resolved, col(HelpRequest.resolved_at) >= start)
            .group_by(col(HelpRequest.outcome))
        ).all()
    )
    outcomes = {o: int(outcome_counts.get(o, 0)) for o in OUTCOMES}

    # Member fields changed on visits.
    change_scope = [
        col(HelpRequestChange.at) >= start,
        col(HelpRequestChange.request_id).in_(
            sa.select(col(HelpRequest.id)).where(col(HelpRequest.group_id).in_(in_scope))
        ),
    ]
    field_rows = core_rows(
        session,
        sa.select(col(HelpRequestChange.field), sa.func.count())
        .where(*change_scope)
        .group_by(col(HelpRequestChange.field))
    ).all()
    changes = tuple(
        sorted((FieldCount(f, int(n)) for f, n in field_rows), key=lambda c: (-c.count, c.field))
    )
    members_improved = core_rows(
        session,
        sa.select(sa.func.count(sa.distinct(col(HelpRequestChange.member_id)))).where(*change_scope)
    ).scalar_one()

    # Now.
    cutoff = now - timedelta(hours=unclaimed_hours)
    open_row = core_rows(
        session,
        sa.select(sa.func.count(), _count_if(col(HelpRequest.created_at) <= cutoff)).where(
            *scope, available_condition()
        )
    ).one()

    scope_label = "ward" if groups is None else ", ".join(r[1] for r in group_rows)
    return ProgrammeStats(
        scope=scope_label,
        start=start,
        end=now,
        weeks=week_counts,
        overall=overall,
        by_group=by_group,
        by_ambassador=by_ambassador,
        topics=topics,
        outcomes=outcomes,
        changes=changes,
        members_improved=int(members_improved),
        open_now=int(open_row[0]),
        overdue_now=int(open_row[1]),
        unclaimed_hours=unclaimed_hours,
    )
