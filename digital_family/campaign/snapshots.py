"""Progress over time: a daily snapshot of every indicator, for the ward and every group.

``take_snapshot`` runs the indicator engine once (``ward_and_group_reports``)
and writes one ``indicator_snapshot`` row per indicator and scope for today's
date in Vietnam (UTC+7). Running it again the same day replaces that day's rows
(DELETE of the day, then INSERT … ON CONFLICT DO UPDATE on SQLite and
PostgreSQL, so two processes snapshotting at once both succeed).
``ensure_daily_snapshot`` is the cheap "once a day" guard the app calls.

``series`` and ``series_all_groups`` read the history back for the charts;
they are aggregate numbers, so every role allowed READ_AGGREGATES may read them.
The demo ward's back-filled weeks are ``digital_family.demo.history``'s.

Functions flush; the caller commits (``db.session_scope``).
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, datetime, timedelta

import sqlalchemy as sa
from sqlmodel import Session, col

from digital_family.base import db
from digital_family.base.clock import utc as aware
from digital_family.base.clock import vietnam_date
from digital_family.base.db import core_rows
from digital_family.base.groups import find_group
from digital_family.base.models import (
    SNAPSHOT_WARD_SCOPE,
    IndicatorSnapshot,
    ResidentialGroup,
    table_of,
)
from digital_family.base.permissions import Action, Actor, require
from digital_family.base.validation import ValidationError
from digital_family.base.wards import all_wards, ward_of
from digital_family.campaign import figures
from digital_family.ward import indicators
from digital_family.ward.indicators import INDICATORS, validate_indicator_code

WARD_SCOPE = SNAPSHOT_WARD_SCOPE
DEFAULT_DAYS = 120
MAX_DAYS = 3660

_S = table_of(IndicatorSnapshot)
_UNIQUE_KEY = ("ward_id", "code", "scope", "day")
_VALUE_COLUMNS = ("group_id", "numerator", "denominator", "target", "taken_at")


@dataclass(frozen=True)
class SeriesPoint:
    """An indicator of one scope on one day."""

    day: date
    value: float | None  # numerator / denominator; None when the denominator is 0
    target: float | None  # the target in force that day
    numerator: int
    denominator: int


# Writing


def _rows_for(
    ward_id: int,
    ward: indicators.ScopeReport,
    by_group: dict[str, indicators.ScopeReport],
    group_ids: dict[str, int],
    *,
    day: date,
    taken_at: datetime,
) -> list[dict[str, object]]:
    rows: list[dict[str, object]] = []
    scopes: list[tuple[str, int | None, indicators.ScopeReport]] = [(WARD_SCOPE, None, ward)]
    scopes += [
        (code, group_ids[code], report) for code, report in by_group.items() if code in group_ids
    ]
    for scope, group_id, report in scopes:
        for result in report.indicators:
            rows.append(
                {
                    "day": day,
                    "ward_id": ward_id,
                    "scope": scope,
                    "group_id": group_id,
                    "code": result.code,
                    "numerator": result.numerator,
                    "denominator": result.denominator,
                    "target": result.target,
                    "taken_at": taken_at,
                }
            )
    return rows


def _group_ids(session: Session, ward_id: int) -> dict[str, int]:
    return dict(
        core_rows(session, sa.select(col(ResidentialGroup.code), col(ResidentialGroup.id))
                  .where(col(ResidentialGroup.ward_id) == ward_id)).all()
    )


def take_snapshot(session: Session, *, now: datetime | None = None,
                  ward_ids: Iterable[int] | None = None) -> int:
    """Record today's indicators of every ward (or of ``ward_ids``) and each of its groups;
    returns the rows written.

    "Today" is the date in Vietnam; ages use that date's year. Today's earlier
    rows, if any, are replaced.
    """
    now = aware(now)
    day = vietnam_date(now)
    if ward_ids is None:
        ward_ids = [w.id for w in all_wards(session)]
    written = 0
    for ward_id in ward_ids:
        ward, by_group = figures.ward_and_group_reports(session, ward_id, reference_year=day.year,
                                                        now=now)
        written += _write_day(session, ward_id, ward, by_group, _group_ids(session, ward_id),
                              now=now)
    return written


def _write_day(session: Session, ward_id: int, ward: indicators.ScopeReport,
               by_group: dict[str, indicators.ScopeReport], group_ids: dict[str, int], *,
               now: datetime) -> int:
    day = vietnam_date(now)
    rows = _rows_for(ward_id, ward, by_group, group_ids, day=day, taken_at=now)
    session.exec(sa.delete(_S).where(_S.c.ward_id == ward_id, _S.c.day == day))
    db.upsert(session, _S, rows, key=_UNIQUE_KEY, update=_VALUE_COLUMNS)
    session.flush()
    return len(rows)


def has_snapshot(session: Session, day: date, ward_id: int | None = None) -> bool:
    """Whether ward ``ward_id`` (None: every ward) has a snapshot for ``day``."""
    return not _missing(session, day, None if ward_id is None else [ward_id])


def _missing(session: Session, day: date, ward_ids: list[int] | None) -> list[int]:
    """The wards (of ``ward_ids``, else every ward) without a snapshot for ``day``."""
    kept = {w for (w,) in core_rows(
        session,
        sa.select(_S.c.ward_id)
        .where(_S.c.code == INDICATORS[0].code, _S.c.scope == WARD_SCOPE, _S.c.day == day)
    )}
    wards = ward_ids if ward_ids is not None else [w.id for w in all_wards(session)]
    return [w for w in wards if w not in kept]


def ensure_daily_snapshot(session: Session, *, now: datetime | None = None) -> bool:
    """Take today's snapshot of every ward that has none; returns whether one was taken."""
    now = aware(now)
    missing = _missing(session, vietnam_date(now), None)
    if not missing:
        return False
    take_snapshot(session, now=now, ward_ids=missing)
    return True


# Reading


def resolve_scope(session: Session, ward_id: int, scope: object) -> str:
    """``"ward"``, or the code of a group of the ward (upper-cased); else ValidationError."""
    if scope is None or scope == WARD_SCOPE:
        return WARD_SCOPE
    code, group_id = find_group(session, ward_id, scope, field="scope")
    if group_id is None:
        raise ValidationError("scope", "error.group.unknown", code=code)
    return code


def _window(days: object, now: datetime | None) -> tuple[date, date]:
    if isinstance(days, bool) or not isinstance(days, int) or not 1 <= days <= MAX_DAYS:
        raise ValidationError("days", "error.days", max=MAX_DAYS)
    today = vietnam_date(now)
    return today - timedelta(days=days - 1), today


def _point(day: date, numerator: int, denominator: int, target: float | None) -> SeriesPoint:
    value = numerator / denominator if denominator else None
    return SeriesPoint(day, value, target, numerator, denominator)


def series(
    session: Session,
    actor: Actor,
    *,
    code: str,
    scope: str = WARD_SCOPE,
    days: int = DEFAULT_DAYS,
    now: datetime | None = None,
) -> tuple[SeriesPoint, ...]:
    """One indicator of the ward (``scope="ward"``) or of a group, over the last ``days`` days.

    Oldest first; only days with a snapshot appear.
    """
    actor = require(actor, Action.READ_AGGREGATES)
    ward_id = ward_of(session, actor)
    code = validate_indicator_code(code)
    scope = resolve_scope(session, ward_id, scope)
    start, end = _window(days, now)
    rows = core_rows(
        session,
        sa.select(_S.c.day, _S.c.numerator, _S.c.denominator, _S.c.target)
        .where(_S.c.ward_id == ward_id, _S.c.code == code, _S.c.scope == scope,
               _S.c.day.between(start, end))
        .order_by(_S.c.day)
    )
    return tuple(_point(*row) for row in rows)


def series_all_groups(
    session: Session,
    actor: Actor,
    *,
    code: str,
    days: int = DEFAULT_DAYS,
    now: datetime | None = None,
) -> dict[str, tuple[SeriesPoint, ...]]:
    """One indicator of the ward and of every group, from one query.

    Keyed by scope: "ward" first, then the group codes in order; each series oldest first.
    Scopes without a snapshot in the window are absent.
    """
    actor = require(actor, Action.READ_AGGREGATES)
    ward_id = ward_of(session, actor)
    code = validate_indicator_code(code)
    start, end = _window(days, now)
    is_ward = sa.case((_S.c.scope == WARD_SCOPE, 0), else_=1)
    rows = core_rows(
        session,
        sa.select(_S.c.scope, _S.c.day, _S.c.numerator, _S.c.denominator, _S.c.target)
        .where(_S.c.ward_id == ward_id, _S.c.code == code, _S.c.day.between(start, end))
        .order_by(is_ward, _S.c.scope, _S.c.day)
    )
    result: dict[str, list[SeriesPoint]] = {}
    for scope, *point in rows:
        result.setdefault(scope, []).append(_point(*point))
    return {scope: tuple(points) for scope, points in result.items()}


def snapshot_period(session: Session, ward_id: int, scope: str = WARD_SCOPE
                    ) -> tuple[date, date] | None:
    """The first and last days with a snapshot of ward ``ward_id``'s ``scope``, or None."""
    first, last = core_rows(
        session,
        sa.select(sa.func.min(_S.c.day), sa.func.max(_S.c.day)).where(
            _S.c.ward_id == ward_id, _S.c.scope == scope, _S.c.code == INDICATORS[0].code
        )
    ).one()
    if first is None:
        return None
    return first, last
