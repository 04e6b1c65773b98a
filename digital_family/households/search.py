"""Staff finding households: search by code, address, phone or a member's name,
filtered to the groups the actor may list, counted and paged in SQL.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

import sqlalchemy as sa
from sqlmodel import Session, col, select

from digital_family.base import paging
from digital_family.base.db import Condition, core_rows
from digital_family.base.models import Household, Member, ResidentialGroup, UserAccount
from digital_family.base.permissions import Action, Actor
from digital_family.base.validation import clean_text
from digital_family.base.wards import ward_of
from digital_family.households import consent_rules
from digital_family.households.access import group_id_for, listable_group_ids

MAX_QUERY_LENGTH = 100


@dataclass(frozen=True)
class HouseholdSummary:
    id: int
    code: str
    address: str
    group_code: str
    members: int
    confirmed_at: datetime | None
    has_account: bool


@dataclass(frozen=True)
class Page:
    items: tuple[HouseholdSummary, ...]
    total: int
    page: int
    pages: int


def like_pattern(text: str) -> str:
    """A LIKE pattern matching ``text`` anywhere (its % _ and \\ escaped with \\)."""
    escaped = text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
    return f"%{escaped}%"


def contact_phone_sql() -> sa.ColumnElement[str | None]:
    """SQL: the household's phone, else its (active) resident account's phone."""
    resident_phone = (
        sa.select(sa.func.min(col(UserAccount.phone)))
        .where(
            col(UserAccount.household_id) == col(Household.id),
            col(UserAccount.role) == "resident",
            col(UserAccount.is_active).is_(True),
        )
        .scalar_subquery()
    )
    return sa.func.coalesce(col(Household.phone), resident_phone)


def search_households(
    session: Session,
    actor: Actor | None,
    *,
    query: object = "",
    group_code: object = None,
    page: object = 1,
    page_size: object = 20,
) -> Page:
    """Households the actor may list (Action.READ_GROUP_MEMBERS), filtered and paged in SQL.

    ``query`` matches part of the household code, the address, the contact
    phone or a member's name. Ordered by household code.
    """
    conditions: list[Condition] = []
    allowed = listable_group_ids(actor)
    conditions.append(col(Household.ward_id) == ward_of(session, actor))
    if allowed is not None:
        conditions.append(col(Household.group_id).in_(allowed))
    if actor is not None and actor.role == "group_leader":
        conditions.append(sa.not_(consent_rules.hidden_from_leaders(col(Household.id))))
    if group_code is not None and clean_text(group_code):
        conditions.append(
            col(Household.group_id)
            == group_id_for(session, actor, group_code, Action.READ_GROUP_MEMBERS)
        )
    text = clean_text(query)[:MAX_QUERY_LENGTH]
    if text:
        pattern = like_pattern(text)
        member_match = (
            sa.select(col(Member.id))
            .where(
                col(Member.household_id) == col(Household.id),
                col(Member.full_name).ilike(pattern, escape="\\"),
            )
            .exists()
        )
        conditions.append(
            sa.or_(
                col(Household.code).ilike(pattern, escape="\\"),
                col(Household.address).ilike(pattern, escape="\\"),
                col(Household.phone).ilike(pattern, escape="\\"),
                member_match,
            )
        )

    total = session.exec(
        select(sa.func.count()).select_from(Household).where(*conditions)
    ).one()
    page_size = paging.page_size(page_size, 20)
    pages = paging.page_count(total, page_size)
    page = paging.clamp_page(page, pages)

    member_count = (
        sa.select(sa.func.count())
        .select_from(Member)
        .where(col(Member.household_id) == col(Household.id))
        .scalar_subquery()
    )
    has_account = (
        sa.select(col(UserAccount.id))
        .where(col(UserAccount.household_id) == col(Household.id))
        .exists()
    )
    rows = core_rows(
        session,
        sa.select(
            col(Household.id),
            col(Household.code),
            col(Household.address),
            col(ResidentialGroup.code),
            member_count,
            col(Household.confirmed_at),
            has_account,
        )
        .join(ResidentialGroup, col(ResidentialGroup.id) == col(Household.group_id))
        .where(*conditions)
        .order_by(col(Household.code), col(Household.id))
        .limit(page_size)
        .offset(paging.offset(page, page_size))
    ).all()
    items = tuple(
        HouseholdSummary(
            id=r[0],
            code=r[1],
            address=r[2],
            group_code=r[3],
            members=int(r[4]),
            confirmed_at=r[5],
            has_account=bool(r[6]),
        )
        for r in rows
    )
    return Page(items=items, total=total, page=page, pages=pages)
