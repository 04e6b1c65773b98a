"""What the read-only API serves (SPEC §6), checked against the calling key (the
actor here: an ``ApiClient``).

The city's, a ward's or a group's indicators and completion (now, from the live
tallies, or on a day, from the daily snapshots) to any key whose scope holds them;
a ward's member register, a page at a time, only to that ward's own key (a city key
reads numbers only). A ward a key may not see is "not found", as one that does not
exist: a key learns nothing of wards outside its scope.

The city's figures are the sums of its wards' numerators and denominators (each ward
counted at its own skill threshold), never averages of percentages.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import Any

import sqlalchemy as sa
from sqlmodel import Session

from digital_family.access.api_keys import ApiClient
from digital_family.base import db, paging
from digital_family.base.groups import find_group
from digital_family.base.models import IndicatorSnapshot, table_of
from digital_family.base.validation import ValidationError
from digital_family.base.wards import WardRef, all_wards, find_ward
from digital_family.campaign import figures, register_export, snapshots
from digital_family.campaign.register import COLUMNS
from digital_family.ward.indicators import INDICATOR_CODES

CITY = "city"
MAX_MEMBERS_PAGE = 500
_S = table_of(IndicatorSnapshot)


class NotVisible(LookupError):
    """No such ward or group, or none the key may see (the API's 404)."""


class NotAllowed(PermissionError):
    """The key sees the ward but may not read this (the API's 403)."""


class NoSnapshot(LookupError):
    """No figures were kept on the day asked for."""


@dataclass(frozen=True)
class Page:
    items: list[dict[str, Any]]
    page: int
    pages: int
    total: int


def _ward(session: Session, actor: ApiClient, code: str) -> WardRef:
    ward = find_ward(session, code)
    if ward is None or not actor.may_read_ward(ward.code):
        raise NotVisible(code)
    return ward


def _group(session: Session, ward: WardRef, code: str) -> str:
    try:
        found, group_id = find_group(session, ward.id, code)
    except ValidationError:
        raise NotVisible(code) from None
    if group_id is None:
        raise NotVisible(code)
    return found


def wards(session: Session, actor: ApiClient) -> list[dict[str, str]]:
    """The wards the key may see."""
    return [{"code": w.code, "name": w.name} for w in all_wards(session)
            if actor.may_read_ward(w.code)]


def _on_day(session: Session, ward_id: int | None, scope: str, day: date, name: str
            ) -> dict[str, Any]:
    """The figures kept on ``day`` for ``scope`` of ward ``ward_id`` (None: the city's,
    the sums of every ward's rows; no target)."""
    if ward_id is None:
        query = (sa.select(_S.c.code, sa.func.sum(_S.c.numerator), sa.func.sum(_S.c.denominator),
                           sa.null())
                 .where(_S.c.scope == scope, _S.c.day == day).group_by(_S.c.code))
    else:
        query = (sa.select(_S.c.code, _S.c.numerator, _S.c.denominator, _S.c.target)
                 .where(_S.c.ward_id == ward_id, _S.c.scope == scope, _S.c.day == day))
    rows = db.core_rows(session, query).all()
    if not rows:
        raise NoSnapshot(day.isoformat())
    found = {str(r[0]): r for r in rows}
    indicators: list[dict[str, Any]] = []
    for code in INDICATOR_CODES:
        if code not in found:
            continue
        _, numerator, denominator, target = found[code]
        value = numerator / denominator if denominator else None
        met = None if value is None or target is None else value >= target
        indicators.append({"code": code, "numerator": int(numerator),
                           "denominator": int(denominator), "value": value,
                           "target": target, "met": met})
    return {"scope": name, "day": day.isoformat(), "indicators": indicators,
            "completion": None}


def _now(report: dict[str, Any], name: str) -> dict[str, Any]:
    return {**report, "scope": name, "day": None}


def city_indicators(session: Session, actor: ApiClient, day: date | None = None
                    ) -> dict[str, Any]:
    """The city's figures: the sums of every ward's (a city key only)."""
    if actor.scope != CITY:
        raise NotAllowed(CITY)
    if day is not None:
        return _on_day(session, None, snapshots.WARD_SCOPE, day, CITY)
    return _now(figures.city_report(session).to_dict(), CITY)


def ward_indicators(session: Session, actor: ApiClient, ward: str, day: date | None = None
                    ) -> dict[str, Any]:
    found = _ward(session, actor, ward)
    if day is not None:
        return _on_day(session, found.id, snapshots.WARD_SCOPE, day, found.code)
    return _now(figures.ward_report(session, found.id).to_dict(), found.code)


def group_indicators(session: Session, actor: ApiClient, ward: str, group: str,
                     day: date | None = None) -> dict[str, Any]:
    found = _ward(session, actor, ward)
    code = _group(session, found, group)
    if day is not None:
        return _on_day(session, found.id, code, day, code)
    return _now(figures.group_report(session, found.id, code).to_dict(), code)


def groups(session: Session, actor: ApiClient, ward: str, *, page: int, size: int,
           sort: str | None) -> Page:
    """A page of the ward's groups with their figures, by code or lowest ``sort`` first."""
    in_ward = _ward(session, actor, ward)
    if sort is not None and sort not in INDICATOR_CODES:
        raise ValidationError("sort", "error.indicator.unknown", code=sort)
    found = figures.groups_page(session, in_ward.id, sort_by=sort, page=page, page_size=size)
    items = [r.to_dict() for r in found.reports]
    return Page(items, found.page, found.pages, found.total)


def members(session: Session, actor: ApiClient, ward: str, *, page: int, size: int) -> Page:
    """A page of the ward's member register (its own ward key only), in the register
    file's columns (each call is in the audit log, as every call is)."""
    found = _ward(session, actor, ward)
    if not actor.may_read_members:
        raise NotAllowed("members")
    size = min(max(size, 1), MAX_MEMBERS_PAGE)
    query = register_export.register_query(session, found.id)
    total = db.run(
        session,
        sa.select(sa.func.count()).select_from(query.order_by(None).subquery())
    ).scalar_one()
    pages = paging.page_count(int(total), size)
    page = min(max(page, 1), pages)
    rows = register_export.rows_of(
        session, query.offset(paging.offset(page, size)).limit(size))
    items: list[dict[str, Any]] = [dict(zip(COLUMNS, row, strict=True)) for row in rows]
    return Page(items, page, pages, int(total))
