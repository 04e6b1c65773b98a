"""Digital Market (4T): the small traders, for ward staff planning coaching.

``trader_list`` lists members whose occupation is ``small_trader`` with their
household's code, group, address and contact phone and the three 4T flags,
filtered (by group, by which T is missing) and paged in SQL.
``export_traders`` writes the same rows (unpaged) as CSV or XLSX.
``trader_summary`` gives the three 4T figures per group (numbers only); their
history is the indicator snapshots (``snapshots.series`` with the codes
``trader_ecommerce``, ``trader_cashless``, ``trader_digital_savings``).

Who may: the list, ward staff and admin for every group (``Action.IMPORT_EXPORT``
ward-wide), a leader for their own groups (``Action.READ_GROUP_MEMBERS`` on the
group); the export, ward staff and admin only (``Action.IMPORT_EXPORT``); the
summary, anyone allowed ``Action.READ_AGGREGATES``. Reads only.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import sqlalchemy as sa
from sqlmodel import Session, col

from digital_family.base import paging, spreadsheets
from digital_family.base.codes import TRADER_FLAG_LABELS, TRADER_FLAGS
from digital_family.base.db import Condition, CoreSelect, core_rows
from digital_family.base.groups import find_group
from digital_family.base.models import Household, Member, ResidentialGroup, table_of
from digital_family.base.permissions import (
    WARD,
    Action,
    Actor,
    PermissionDenied,
    Target,
    can,
    require,
    signed_in,
)
from digital_family.base.validation import ValidationError, clean_text
from digital_family.base.wards import ward_of
from digital_family.households import search
from digital_family.records import audit, security_alerts

TRADER = "small_trader"
MISSING_ANY = "any"  # missing at least one of the three
MISSING_CHOICES = (*TRADER_FLAGS, MISSING_ANY)
DEFAULT_PAGE_SIZE = 50
EXPORT_COLUMNS = (
    "Mã hộ",
    "Tổ dân phố",
    "Họ và tên",
    "Địa chỉ",
    "Số điện thoại",
    *(TRADER_FLAG_LABELS[f] for f in TRADER_FLAGS),
    "Số mục 4T còn thiếu",
)
EXPORT_SHEET = "Tiểu thương"


@dataclass(frozen=True)
class TraderRow:
    member_id: int
    household_id: int
    household_code: str
    group_code: str
    full_name: str
    address: str
    phone: str | None  # the household's phone, else its resident account's
    trader_ecommerce: bool
    trader_cashless: bool
    trader_digital_savings: bool

    @property
    def missing(self) -> tuple[str, ...]:
        """The 4T flags not yet reached, in TRADER_FLAGS order."""
        return tuple(f for f in TRADER_FLAGS if not getattr(self, f))


@dataclass(frozen=True)
class TraderPage:
    items: tuple[TraderRow, ...]
    total: int
    page: int
    pages: int


@dataclass(frozen=True)
class TraderGroupFigures:
    """The 4T figures of one group: traders, and how many have each T."""

    group_code: str
    group_name: str
    traders: int
    trader_ecommerce: int
    trader_cashless: int
    trader_digital_savings: int
    all_three: int


def parse_missing(value: object, *, field: str = "missing") -> str | None:
    """Which T to filter on: a 4T flag, "any", or None/"" for no filter."""
    if value is None:
        return None
    key = clean_text(value).casefold() if isinstance(value, str) else None
    if key == "":
        return None
    if key in MISSING_CHOICES:
        return key
    raise ValidationError(field, "error.traders.missing", choices=", ".join(MISSING_CHOICES))


def _scope(
    session: Session, actor: Actor | None, group_code: object, *, export: bool
) -> tuple[int, list[int] | None]:
    """The actor's ward and the group ids there it may list traders of (None: every
    group of the ward), narrowed to ``group_code`` when given."""
    actor = signed_in(actor)
    if export:
        actor = require(actor, Action.IMPORT_EXPORT)
        allowed = None
    elif can(actor, Action.IMPORT_EXPORT, WARD):
        allowed = None
    else:
        allowed = sorted(
            g for g in actor.group_ids if can(actor, Action.READ_GROUP_MEMBERS, Target(group_id=g))
        )
        if not allowed:
            raise PermissionDenied()
    ward_id = ward_of(session, actor)
    if group_code is None or not clean_text(group_code):
        return ward_id, allowed
    code, group_id = find_group(session, ward_id, group_code)
    if group_id is None:
        raise ValidationError("group_code", "error.group.unknown", code=code)
    if allowed is not None and group_id not in allowed:
        raise PermissionDenied()
    return ward_id, [group_id]


def _query(ward_id: int, groups: list[int] | None, missing: str | None):
    conditions = [col(Household.ward_id) == ward_id, col(Member.occupation) == TRADER]
    if groups is not None:
        conditions.append(col(Household.group_id).in_(groups))
    if missing == MISSING_ANY:
        conditions.append(sa.or_(*(table_of(Member).c[f].is_(False) for f in TRADER_FLAGS)))
    elif missing is not None:
        conditions.append(table_of(Member).c[missing].is_(False))
    columns = (
        col(Member.id),
        col(Household.id),
        col(Household.code),
        col(ResidentialGroup.code),
        col(Member.full_name),
        col(Household.address),
        search.contact_phone_sql(),
        *(table_of(Member).c[f] for f in TRADER_FLAGS),
    )
    return columns, conditions


def _from(query: CoreSelect) -> CoreSelect:
    return query.join(Household, col(Household.id) == col(Member.household_id)).join(
        ResidentialGroup, col(ResidentialGroup.id) == col(Household.group_id)
    )


def _row(r: Sequence[Any]) -> TraderRow:
    return TraderRow(
        member_id=r[0],
        household_id=r[1],
        household_code=r[2],
        group_code=r[3],
        full_name=r[4],
        address=r[5],
        phone=r[6],
        trader_ecommerce=bool(r[7]),
        trader_cashless=bool(r[8]),
        trader_digital_savings=bool(r[9]),
    )


_ORDER = (col(ResidentialGroup.code), col(Household.code), col(Member.id))


def trader_list(
    session: Session,
    actor: Actor | None,
    *,
    group_code: object = None,
    missing: object = None,
    page: object = 1,
    page_size: object = DEFAULT_PAGE_SIZE,
) -> TraderPage:
    """Small traders with their 4T flags, by group code, household code and member,
    optionally only one group and only those missing ``missing`` (a 4T flag, or
    "any"). Ward staff and admin: every group; a leader: their own groups."""
    ward_id, groups = _scope(session, actor, group_code, export=False)
    missing = parse_missing(missing)
    columns, conditions = _query(ward_id, groups, missing)
    total = core_rows(
        session,
        _from(sa.select(sa.func.count()).select_from(Member)).where(*conditions)
    ).scalar_one()
    page_size = paging.page_size(page_size, DEFAULT_PAGE_SIZE)
    pages = paging.page_count(total, page_size)
    page = paging.clamp_page(page, pages)
    rows = core_rows(
        session,
        _from(sa.select(*columns))
        .where(*conditions)
        .order_by(*_ORDER)
        .limit(page_size)
        .offset(paging.offset(page, page_size))
    ).all()
    audit.record_list_read(session, actor, "traders",
                           group_id=groups[0] if groups and len(groups) == 1 else None)
    return TraderPage(items=tuple(_row(r) for r in rows), total=total, page=page, pages=pages)


def _export_rows(session: Session, ward_id: int, groups: list[int] | None, missing: str | None
                 ) -> Iterator[tuple[object, ...]]:
    columns, conditions = _query(ward_id, groups, missing)
    query = _from(sa.select(*columns)).where(*conditions).order_by(*_ORDER)
    for r in core_rows(session, query.execution_options(yield_per=2000)):
        row = _row(r)
        yield (
            row.household_code,
            row.group_code,
            row.full_name,
            row.address,
            row.phone or "",
            *(int(getattr(row, f)) for f in TRADER_FLAGS),
            len(row.missing),
        )


def export_traders(
    session: Session,
    actor: Actor | None,
    path: Path | str,
    *,
    fmt: str | None = None,
    group_code: object = None,
    missing: object = None,
) -> int:
    """Write the trader list (all pages, same filters) to ``path`` as "csv" (UTF-8
    with BOM) or "xlsx" (the format from ``fmt`` or the suffix); the number of rows.
    Ward staff and admin only (Action.IMPORT_EXPORT)."""
    ward_id, groups = _scope(session, actor, group_code, export=True)
    missing = parse_missing(missing)
    fmt = (fmt or Path(path).suffix.lstrip(".")).lower()
    if fmt not in ("csv", "xlsx"):
        raise ValidationError("format", "error.format")
    rows = _export_rows(session, ward_id, groups, missing)
    if fmt == "csv":
        count = spreadsheets.write_csv(path, EXPORT_COLUMNS, rows)
        _log_export(session, actor, groups, fmt, count)
        return count
    workbook = spreadsheets.xlsx_workbook()
    count = spreadsheets.xlsx_table(workbook, EXPORT_SHEET, EXPORT_COLUMNS, rows,
                                    {"A": 16, "B": 10, "C": 28, "D": 36, "E": 14})
    workbook.save(path)
    _log_export(session, actor, groups, fmt, count)
    return count


def _log_export(session: Session, actor: Actor | None, groups: list[int] | None, fmt: str,
                count: int) -> None:
    code = core_rows(session, sa.select(col(ResidentialGroup.code)).where(
        col(ResidentialGroup.id) == groups[0])).scalar() if groups and len(groups) == 1 else None
    security_alerts.record_export(session, actor, "traders", fmt=fmt, group_code=code, rows=count)


def trader_summary(session: Session, actor: Actor | None) -> tuple[TraderGroupFigures, ...]:
    """Per group (by code): traders and how many have each T, and all three
    (Action.READ_AGGREGATES: numbers only). One grouped query."""
    actor = require(actor, Action.READ_AGGREGATES)
    ward_id = ward_of(session, actor)
    flags = [table_of(Member).c[f] for f in TRADER_FLAGS]

    def count_if(condition: Condition) -> sa.ColumnElement[int]:
        return sa.func.coalesce(sa.func.sum(sa.case((condition, 1), else_=0)), 0)

    sums: CoreSelect = sa.select(
        col(Household.group_id).label("group_id"),
        sa.func.count().label("traders"),
        *(count_if(flag.is_(True)).label(f) for f, flag in zip(TRADER_FLAGS, flags)),
        count_if(sa.and_(*(flag.is_(True) for flag in flags))).label("all_three"),
    )
    traders = (
        sums
        .select_from(Member)
        .join(Household, col(Household.id) == col(Member.household_id))
        .where(col(Household.ward_id) == ward_id, col(Member.occupation) == TRADER)
        .group_by(col(Household.group_id))
        .subquery()
    )
    rows = core_rows(
        session,
        sa.select(
            col(ResidentialGroup.code),
            col(ResidentialGroup.name),
            *(
                sa.func.coalesce(traders.c[name], 0)
                for name in ("traders", *TRADER_FLAGS, "all_three")
            ),
        )
        .outerjoin(traders, traders.c.group_id == col(ResidentialGroup.id))
        .where(col(ResidentialGroup.ward_id) == ward_id)
        .order_by(col(ResidentialGroup.code))
    ).all()
    return tuple(TraderGroupFigures(*r[:2], *(int(v) for v in r[2:])) for r in rows)
