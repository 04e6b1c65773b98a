"""Contact phones and the last weeks' visits at the door, so every role sees a lived-in ward.

Most households (``PHONE_SHARE``) get a believable mobile number as their contact phone.
The demo leader and ambassadors visited households of their groups over the last
``VISIT_WEEKS`` weeks: most visits met the family and helped someone with something,
some found nobody home, some agreed to come back on a day (a few of those due this week),
a few were declined. Each visit is in the audit log like a real one, so the family's
history reads it. Drawn from their own random stream: the people of the ward are the
same as without them.
"""

from __future__ import annotations

import random
from collections.abc import Sequence
from datetime import date, datetime, timedelta
from typing import Any

import sqlalchemy as sa
from sqlmodel import Session, col, select

from digital_family.base import clock
from digital_family.base.db import core_rows
from digital_family.base.models import (
    Household,
    Member,
    UserAccount,
    UserGroup,
    household_visit,
    visit_help,
)
from digital_family.demo.accounts import demo_phone
from digital_family.households import visits
from digital_family.records import audit

PHONE_SHARE = 0.85
PREFIXES = ("086", "096", "097", "098", "032", "033", "034", "035", "036", "037", "038",
            "039", "091", "094", "088", "083", "084", "085", "081", "082", "090", "093",
            "089", "070", "079", "077", "076", "078")
VISIT_WEEKS = 6
VISITS_PER_WEEK = 7  # per visitor
OUTCOMES = (("met", 0.62), ("nobody_home", 0.18), ("come_back", 0.13), ("declined", 0.07))
VISITORS = ("0900000003", "0900000004", "0900000006")  # the demo leader and ambassadors


def contact_phones(households: int, *, seed: int | str) -> list[str | None]:
    """A contact phone (or None) for each of ``households`` households, in order."""
    rng = random.Random(f"demo-phones-{seed}")
    return [rng.choice(PREFIXES) + f"{rng.randrange(10**7):07d}"
            if rng.random() < PHONE_SHARE else None for _ in range(households)]


def _outcome(rng: random.Random) -> str:
    roll, total = rng.random(), 0.0
    for outcome, share in OUTCOMES:
        total += share
        if roll < total:
            return outcome
    return OUTCOMES[-1][0]


def write_visits(session: Session, *, now: datetime, seed: int | str, ward_id: int,
                 ward_index: int = 0) -> int:
    """The visits of the demo visitors of ward ``ward_id`` (the city's ``ward_index``-th:
    ``accounts.demo_phone``) over the last weeks, to their groups' households; how many."""
    rng = random.Random(f"demo-visits-{seed}")
    today = clock.vietnam_date(now)
    phones = [demo_phone(ward_index, phone) for phone in VISITORS]
    visitors = core_rows(
        session,
        sa.select(col(UserAccount.id), col(UserAccount.role), col(UserAccount.phone))
        .where(col(UserAccount.phone).in_(phones), col(UserAccount.ward_id) == ward_id)
        .order_by(col(UserAccount.phone))).all()
    written = 0
    for user_id, role, _phone in visitors:
        group_ids = session.exec(select(col(UserGroup.group_id))
                                 .where(col(UserGroup.user_id) == user_id)).all()
        candidates = core_rows(
            session,
            sa.select(col(Household.id), col(Household.code), col(Household.group_id))
            .where(col(Household.group_id).in_(group_ids), col(Household.ward_id) == ward_id)
            .order_by(col(Household.id))).all()
        if not candidates:
            continue
        count = min(len(candidates), VISIT_WEEKS * VISITS_PER_WEEK)
        chosen = rng.sample(candidates, count)
        people: dict[int, list[int]] = {}
        for hid, mid in core_rows(session, sa.select(col(Member.household_id), col(Member.id))
                                        .where(col(Member.household_id).in_([h[0] for h in chosen]))
                                        .order_by(col(Member.id))):
            people.setdefault(hid, []).append(mid)
        for household in chosen:
            written += _visit(session, rng, household, people.get(household[0], []), user_id,
                              role, today, ward_id)
    return written


def _visit(session: Session, rng: random.Random, household: Sequence[Any], members: list[int],
           user_id: int, role: str, today: date, ward_id: int) -> int:
    hid, code, group_id = household
    day = today - timedelta(days=rng.randint(1, VISIT_WEEKS * 7 - 1))
    outcome = _outcome(rng)
    if outcome == "met" and not members:
        outcome = "nobody_home"
    follow_up = None
    if outcome == "come_back":
        follow_up = day + timedelta(days=rng.randint(5, 14))
    elif outcome == "met" and rng.random() < 0.25:
        follow_up = day + timedelta(days=rng.randint(14, 30))
    visit_id = session.exec(household_visit.insert().values(
        household_id=hid, visitor_id=user_id, visitor_role=role, visited_on=day,
        outcome=outcome, place="home", note="", follow_up_on=follow_up,
        counts_from=_day_start(day),
        counts_until=_day_start(day + timedelta(days=visits.EFFECT_DAYS + 1)),
        created_at=_day_start(day) + timedelta(hours=rng.randint(8, 19)),
    ).returning(household_visit.c.id)).scalar_one()
    if outcome == "met":
        helped = {(mid, rng.choice(visits.TOPICS[:6]))
                  for mid in rng.sample(members, min(len(members), rng.randint(1, 2)))}
        session.exec(visit_help.insert(), params=[
            {"visit_id": visit_id, "member_id": mid, "topic": topic, "household_id": hid}
            for mid, topic in sorted(helped)])
    audit.record_rows(session, None, [{
        "at": _day_start(day) + timedelta(hours=18), "user_id": user_id, "role": role,
        "action": audit.VISIT, "household_id": hid, "household_code": code,
        "group_id": group_id, "ward_id": ward_id, "field": "visited_on", "key": "home",
        "old_value": day.isoformat(), "new_value": outcome}], via="app")
    return 1


def _day_start(day: date) -> datetime:
    return clock.utc(datetime(day.year, day.month, day.day, tzinfo=clock.VIETNAM_TIME))
