"""A plain-Python reading of SPEC §3, line by line, over loaded rows.

It is the yardstick for the SQL engine in ``digital_family.ward.indicators``: the tests
compare the two on random registers and the benchmark times both. Nothing here
is clever on purpose; do not use it in the app (it loads every member).
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import datetime, timedelta
from fractions import Fraction
from itertools import compress
from typing import Any

import sqlalchemy as sa
from sqlmodel import Session

from digital_family.base.models import SKILL_COLUMNS, Household, Member, ResidentialGroup
from digital_family.ward.indicators import (
    RECENT_DAYS,
    WARD_SCOPE,
    Completion,
    IndicatorResult,
    ScopeReport,
)

INDICATOR_ORDER = (
    "public_sector_skills",
    "student_skills",
    "adult_basic_skills",
    "adult_smartphone",
    "adult_epayment",
    "enterprise_worker_skills",
    "digital_identity_16plus",
    "household_learning",
    "trader_ecommerce",
    "trader_cashless",
    "trader_digital_savings",
)


def _get(row: Any, name: str) -> Any:
    return row[name] if isinstance(row, dict) else getattr(row, name)


def _skills(member: Any) -> frozenset[str]:
    """A member's skill codes, from a ``skills`` set or the ``skill_*`` columns."""
    if isinstance(member, dict) and "skills" in member:
        return frozenset(member["skills"])
    if not isinstance(member, dict) and hasattr(member, "skills"):
        return frozenset(member.skills)
    return frozenset(code for code, col in SKILL_COLUMNS.items() if _get(member, col))


def _result(code: str, numerator: int, denominator: int, target: float | None) -> IndicatorResult:
    value = numerator / denominator if denominator else None
    if value is None or target is None:
        met = None
    else:
        met = Fraction(numerator, denominator) >= Fraction(str(target))
    return IndicatorResult(code, numerator, denominator, value, target, met)


def reference_report(
    groups: Iterable[Any],
    households: Iterable[Any],
    members: Iterable[Any],
    *,
    targets: dict[str, float | None],
    threshold: int,
    reference_year: int,
    now: datetime,
    scope: str = WARD_SCOPE,
) -> ScopeReport:
    """The report of ``scope`` ("ward" or a group code).

    ``groups`` have ``id`` and ``code``; ``households`` have ``id``, ``group_id`` and
    ``confirmed_at``; ``members`` have the Member columns (or ``skills`` as a set).
    """
    if scope == WARD_SCOPE:
        in_scope = list(households)
    else:
        group_ids = {_get(g, "id") for g in groups if _get(g, "code") == scope}
        if not group_ids:
            raise LookupError(scope)
        in_scope = [h for h in households if _get(h, "group_id") in group_ids]
    household_ids = {_get(h, "id") for h in in_scope}
    people = [m for m in members if _get(m, "household_id") in household_ids]

    def age(m):
        return reference_year - _get(m, "birth_year")

    def has_basic_skills(m):
        return len(_skills(m)) >= threshold

    def occupation(m):
        return _get(m, "occupation")

    def count(rows, test):
        return sum(1 for r in rows if test(r))

    public_sector = [m for m in people if occupation(m) == "public_sector"]
    students_15 = [m for m in people if occupation(m) == "student" and age(m) >= 15]
    adults = [m for m in people if age(m) >= 18]
    enterprise = [m for m in people if occupation(m) == "enterprise_worker"]
    aged_16 = [m for m in people if age(m) >= 16]
    traders = [m for m in people if occupation(m) == "small_trader"]

    members_of: dict[Any, list] = {hid: [] for hid in household_ids}
    for m in people:
        members_of[_get(m, "household_id")].append(m)
    with_members = [hid for hid, ms in members_of.items() if ms]
    learning = [
        hid
        for hid in with_members
        if any(_get(m, "learning_status") in ("enrolled", "completed") for m in members_of[hid])
    ]

    counts = {
        "public_sector_skills": (count(public_sector, has_basic_skills), len(public_sector)),
        "student_skills": (count(students_15, has_basic_skills), len(students_15)),
        "adult_basic_skills": (count(adults, has_basic_skills), len(adults)),
        "adult_smartphone": (count(adults, lambda m: _get(m, "has_smartphone")), len(adults)),
        "adult_epayment": (count(adults, lambda m: _get(m, "has_epayment")), len(adults)),
        "enterprise_worker_skills": (count(enterprise, has_basic_skills), len(enterprise)),
        "digital_identity_16plus": (
            count(aged_16, lambda m: _get(m, "vneid_level") >= 1),
            len(aged_16),
        ),
        "household_learning": (len(learning), len(with_members)),
        "trader_ecommerce": (count(traders, lambda m: _get(m, "trader_ecommerce")), len(traders)),
        "trader_cashless": (count(traders, lambda m: _get(m, "trader_cashless")), len(traders)),
        "trader_digital_savings": (
            count(traders, lambda m: _get(m, "trader_digital_savings")),
            len(traders),
        ),
    }
    indicators = tuple(
        _result(code, *counts[code], targets.get(code)) for code in INDICATOR_ORDER
    )

    cutoff = now - timedelta(days=RECENT_DAYS)
    confirmed = [h for h in in_scope if _get(h, "confirmed_at") is not None]
    completion = Completion(
        households=len(in_scope),
        members=len(people),
        confirmed=len(confirmed),
        confirmed_recent=sum(1 for h in confirmed if _get(h, "confirmed_at") >= cutoff),
    )
    return ScopeReport(scope, reference_year, indicators, completion)


def reference_group_reports(
    groups: Iterable[Any],
    households: Iterable[Any],
    members: Iterable[Any],
    **kwargs: Any,
) -> dict[str, ScopeReport]:
    """Every group's reference report, ordered by code.

    The rows are split by group first, so each member is read a bounded number
    of times, as a sensible hand-written loop would do.
    """
    groups = sorted(groups, key=lambda g: _get(g, "code"))
    households_of: dict[Any, list] = {_get(g, "id"): [] for g in groups}
    group_of_household: dict[Any, Any] = {}
    for h in households:
        households_of[_get(h, "group_id")].append(h)
        group_of_household[_get(h, "id")] = _get(h, "group_id")
    members_of: dict[Any, list] = {_get(g, "id"): [] for g in groups}
    for m in members:
        members_of[group_of_household[_get(m, "household_id")]].append(m)
    return {
        _get(g, "code"): reference_report(
            [g], households_of[_get(g, "id")], members_of[_get(g, "id")],
            scope=_get(g, "code"), **kwargs,
        )
        for g in groups
    }


MEMBER_FIELDS = (
    "household_id",
    "birth_year",
    "occupation",
    "has_smartphone",
    "has_epayment",
    "vneid_level",
    "learning_status",
    "trader_ecommerce",
    "trader_cashless",
    "trader_digital_savings",
    *SKILL_COLUMNS.values(),
)


def load_register(session: Session) -> tuple[list[dict], list[dict], list[dict]]:
    """Groups, households and members as plain dicts (members with a ``skills`` set).

    Core selects over the tables (no ORM objects), as a careful hand-written
    export would do.
    """
    conn = session.connection()

    def rows(table, names):
        columns = [table.c[n] for n in names]
        return names, conn.execute(sa.select(*columns)).all()

    names, result = rows(ResidentialGroup.__table__, ("id", "code"))
    groups = [dict(zip(names, row)) for row in result]
    names, result = rows(Household.__table__, ("id", "group_id", "confirmed_at"))
    households = [dict(zip(names, row)) for row in result]
    plain = MEMBER_FIELDS[: -len(SKILL_COLUMNS)]
    skill_codes = tuple(SKILL_COLUMNS)
    _, result = rows(Member.__table__, MEMBER_FIELDS)
    n = len(plain)
    members = []
    for row in result:
        member = dict(zip(plain, row))
        member["skills"] = frozenset(compress(skill_codes, row[n:]))
        members.append(member)
    return groups, households, members
