"""What visits achieve, per group (issue 18): numbers only, counted in SQL.

Per residential group: households visited this week and this month (in Vietnam, the week
from Monday), visits this month, and the answers that changed within
``visits.EFFECT_DAYS`` days after this month's visits (a member's answer changed in the
household, by anyone: the family after the visit too) — what the visits achieve.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import datetime

import sqlalchemy as sa
from sqlmodel import Session, col

from digital_family.base import clock
from digital_family.base.db import Condition, core_rows
from digital_family.base.models import (
    AuditEntry,
    Household,
    ResidentialGroup,
    household_visit,
    table_of,
)
from digital_family.base.permissions import Action, Actor, require
from digital_family.base.wards import ward_of
from digital_family.campaign.week_plan import week_of
from digital_family.records import audit


@dataclass(frozen=True)
class GroupVisits:
    group_code: str
    households_this_week: int
    households_this_month: int
    visits_this_month: int
    answers_changed_after: int


def visit_figures(session: Session, actor: Actor | None, *,
                  group_codes: Iterable[object] | None = None,
                  now: datetime | None = None) -> tuple[GroupVisits, ...]:
    """Every group's (or those of ``group_codes``) visit figures, by group code
    (Action.READ_AGGREGATES: numbers only)."""
    actor = require(actor, Action.READ_AGGREGATES)
    today = clock.vietnam_date(now)
    monday, first = week_of(today), today.replace(day=1)
    v, g = household_visit, table_of(ResidentialGroup)
    this_month: Condition = v.c.visited_on >= first
    visits = (
        sa.select(
            table_of(Household).c.group_id.label("group_id"),
            sa.func.count(sa.distinct(v.c.household_id)).filter(v.c.visited_on >= monday)
            .label("week"),
            sa.func.count(sa.distinct(v.c.household_id)).filter(this_month).label("month"),
            sa.func.count().filter(this_month).label("visits"),
        )
        .select_from(v.join(Household, col(Household.id) == v.c.household_id))
        .where(v.c.visited_on >= min(monday, first))
        .group_by(col(Household.group_id)).subquery("visits"))
    a = table_of(AuditEntry)
    effects = (
        sa.select(table_of(Household).c.group_id.label("group_id"),
                  sa.func.count(sa.distinct(a.c.id)).label("answers"))
        .select_from(v.join(Household, col(Household.id) == v.c.household_id)
                     .join(a, sa.and_(a.c.household_id == v.c.household_id,
                                      a.c.action == audit.MEMBER_UPDATE,
                                      a.c.at >= v.c.counts_from, a.c.at < v.c.counts_until)))
        .where(this_month)
        .group_by(col(Household.group_id)).subquery("effects"))
    query = (
        sa.select(g.c.code, sa.func.coalesce(visits.c.week, 0),
                  sa.func.coalesce(visits.c.month, 0), sa.func.coalesce(visits.c.visits, 0),
                  sa.func.coalesce(effects.c.answers, 0))
        .select_from(g.outerjoin(visits, visits.c.group_id == g.c.id)
                     .outerjoin(effects, effects.c.group_id == g.c.id))
        .where(g.c.ward_id == ward_of(session, actor))
        .order_by(g.c.code))
    if group_codes is not None:
        query = query.where(g.c.code.in_([str(c) for c in group_codes]))
    return tuple(GroupVisits(row[0], *(int(x) for x in row[1:]))
                 for row in core_rows(session, query))
