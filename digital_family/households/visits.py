"""Visits at the door (issue 18): a group leader or Digital Ambassador records each visit.

A visit is a record of the household: when, who came, the outcome (met, nobody home,
come back on a date, declined), who among the family was helped with what, an optional
note, and a follow-up date that puts the household back on a later week's plan. It is
written to the audit log (so the family reads "07/12 — Tổ trưởng Trần Văn Hùng: đến
thăm gia đình" in its history), is part of the family's export, and goes with an
erasure (its rows hang from the household and its members).

Consent: a visit that met the family keeps new personal data (who was helped, a note),
so it needs the household's consent to a notice that names visits (``consent.covers``,
notice 2027-01 on); a household that has not consented (or only to an older notice), or
withdrew,
can still be recorded as "nobody home" or "declined" (a date and an outcome, nothing
about the people), so that the leader's plan does not send him back the next day.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, timedelta

import sqlalchemy as sa
from sqlmodel import Session, col, select

from digital_family.base import clock
from digital_family.base.db import Condition, core_rows
from digital_family.base.groups import load_group
from digital_family.base.i18n import Key
from digital_family.base.models import (
    VISIT_OUTCOMES,
    VISIT_PLACES,
    Household,
    Member,
    UserAccount,
    household_visit,
    visit_help,
)
from digital_family.base.permissions import (
    Action,
    Actor,
    PermissionDenied,
    Target,
    account_id,
    require,
    signed_in,
)
from digital_family.base.validation import ValidationError, free_text, is_dict, is_list
from digital_family.base.wards import ward_of
from digital_family.households import consent
from digital_family.households.access import HouseholdNotFound, household_target
from digital_family.households.consent_rules import ConsentRequired
from digital_family.records import audit

# What a visitor may have helped a person with (help requests' topics, and the targets').
TOPICS = ("vneid", "smartphone", "epayment", "skills", "learning", "public_services",
          "online_safety", "other")
WITHOUT_CONSENT = ("nobody_home", "declined")  # the outcomes that say nothing of anyone
NOTE_MAX = 500
RECORD_WITHIN_DAYS = 60  # a visit is recorded at most this long after it happened
FOLLOW_UP_WITHIN_DAYS = 180
EFFECT_DAYS = 14  # what changed within this many days after a visit counts as its effect
MAX_HELPED = 60


@dataclass(frozen=True)
class Visit:
    id: int
    household_id: int
    household_code: str
    visited_on: date
    outcome: str
    place: str
    note: str
    follow_up_on: date | None
    visitor_role: str
    visitor_name: str
    helped: tuple[tuple[int, str, str], ...]  # (member id, member name, topic)


def _day(value: object, field: str) -> date | None:
    if value is None or value == "":
        return None
    if isinstance(value, datetime):
        return value.date()
    if isinstance(value, date):
        return value
    return audit.parse_day(value, field=field)


def _helped(session: Session, household_id: int, helped: object, outcome: str
            ) -> list[tuple[int, str]]:
    """(member id, topic) pairs, checked: the household's own members, known topics."""
    if helped is None:
        return []
    if not is_list(helped):
        raise ValidationError("helped", "error.bad_request")
    pairs: set[tuple[int, str]] = set()
    for item in list(helped)[:MAX_HELPED]:
        if not (is_list(item) or is_dict(item)) or len(item) != 2:
            raise ValidationError("helped", "error.bad_request")
        member, topic = (item.get("member_id"), item.get("topic")) if is_dict(item) else item
        if (not isinstance(topic, str) or topic not in TOPICS or isinstance(member, bool)
                or not isinstance(member, int)):
            raise ValidationError("helped", "error.visit.helped")
        pairs.add((member, topic))
    if pairs and outcome not in ("met", "come_back"):
        raise ValidationError("helped", "error.visit.helped_not_met")
    members = {
        m
        for m in session.exec(
            select(col(Member.id)).where(
                col(Member.household_id) == household_id, col(Member.id).in_({m for m, _ in pairs})
            )
        )
    }
    if any(m not in members for m, _ in pairs):
        raise ValidationError("helped", "error.visit.helped")
    return sorted(pairs)


def _day_start(day: date) -> datetime:
    return clock.utc(datetime(day.year, day.month, day.day, tzinfo=clock.VIETNAM_TIME))


def record_visit(
    session: Session,
    actor: Actor | None,
    household_id: object,
    *,
    outcome: object,
    visited_on: object = None,
    place: object = "home",
    helped: object = (),
    note: object = "",
    follow_up_on: object = None,
    now: datetime | None = None,
) -> Visit:
    """Record a visit to the household (Action.RECORD_VISIT: its group's leader or
    ambassador, ward staff); returns it. ValidationError for a bad value (nothing is
    written), ConsentRequired for people's details about a household that has not
    consented."""
    target = household_target(session, actor, household_id, Action.RECORD_VISIT)
    hid = target.household_id
    assert hid is not None and actor is not None
    now = clock.utc(now)
    today = clock.vietnam_date(now)
    if outcome not in VISIT_OUTCOMES:
        raise ValidationError("outcome", "error.visit.outcome")
    if place not in VISIT_PLACES:
        raise ValidationError("place", "error.bad_request")
    day = _day(visited_on, "visited_on") or today
    if day > today or day < today - timedelta(days=RECORD_WITHIN_DAYS):
        raise ValidationError("visited_on", "error.visit.day", days=RECORD_WITHIN_DAYS)
    follow_up = _day(follow_up_on, "follow_up_on")
    if follow_up is not None and not day < follow_up <= day + timedelta(
            days=FOLLOW_UP_WITHIN_DAYS):
        raise ValidationError("follow_up_on", "error.visit.follow_up",
                              days=FOLLOW_UP_WITHIN_DAYS)
    if outcome == "come_back" and follow_up is None:
        raise ValidationError("follow_up_on", "error.visit.come_back_day")
    text = free_text(note, field="note", max_length=NOTE_MAX, label=Key("visit.note"),
                     multiline=True)
    pairs = _helped(session, hid, helped, outcome)
    if (outcome not in WITHOUT_CONSENT or text or pairs) and not consent.covers(
            session, hid, "visits"):
        raise ConsentRequired("consent.visit")
    visit_id: int = session.exec(household_visit.insert().values(
        household_id=hid, visitor_id=account_id(actor), visitor_role=actor.role,
        visited_on=day, outcome=outcome, place=place, note=text, follow_up_on=follow_up,
        counts_from=_day_start(day),
        counts_until=_day_start(day + timedelta(days=EFFECT_DAYS + 1)),
        created_at=now,
    ).returning(household_visit.c.id)).scalar_one()
    if pairs:
        session.exec(visit_help.insert(), params=[
            {"visit_id": visit_id, "member_id": m, "topic": topic, "household_id": hid}
            for m, topic in pairs])
    audit.record(session, actor, [audit.Change(
        audit.VISIT, household_id=hid, field="visited_on", key=place,
        old=day.isoformat(), new=outcome)], at=now)
    session.flush()
    return _visits(session, sa.and_(household_visit.c.id == visit_id))[0]


def _visits(session: Session, condition: Condition, limit: int = 50) -> list[Visit]:
    v = household_visit
    rows = core_rows(
        session,
        sa.select(
            v.c.id,
            v.c.household_id,
            col(Household.code),
            v.c.visited_on,
            v.c.outcome,
            v.c.place,
            v.c.note,
            v.c.follow_up_on,
            v.c.visitor_role,
            col(UserAccount.full_name),
        )
        .join(Household, col(Household.id) == v.c.household_id)
        .outerjoin(UserAccount, col(UserAccount.id) == v.c.visitor_id)
        .where(condition)
        .order_by(v.c.visited_on.desc(), v.c.id.desc())
        .limit(limit)
    ).all()
    ids = [r[0] for r in rows]
    helped: dict[int, list[tuple[int, str, str]]] = {}
    if ids:
        for visit_id, member_id, name, topic in core_rows(
                session,
                sa.select(visit_help.c.visit_id, visit_help.c.member_id, col(Member.full_name),
                          visit_help.c.topic)
                .join(Member, col(Member.id) == visit_help.c.member_id)
                .where(visit_help.c.visit_id.in_(ids))
                .order_by(visit_help.c.visit_id, col(Member.birth_year), visit_help.c.topic)):
            helped.setdefault(visit_id, []).append((member_id, name, topic))
    return [Visit(*r[:9], visitor_name=r[9] or "", helped=tuple(helped.get(r[0], [])))
            for r in rows]


def household_visits(session: Session, actor: Actor | None, household_id: object, *,
                     limit: int = 20) -> tuple[Visit, ...]:
    """The household's visits, newest first (Action.READ_HOUSEHOLD)."""
    target = household_target(session, actor, household_id, Action.READ_HOUSEHOLD)
    return tuple(_visits(session, household_visit.c.household_id == target.household_id,
                         limit=max(1, min(int(limit), 200))))


def remove_visit(session: Session, actor: Actor | None, visit_id: object) -> None:
    """Take back a visit recorded by mistake: its own visitor, or ward staff (the audit
    keeps that it was recorded)."""
    row = None
    if isinstance(visit_id, int) and not isinstance(visit_id, bool):
        row = core_rows(session, sa.select(household_visit.c.household_id,
                                           household_visit.c.visitor_id)
                        .where(household_visit.c.id == visit_id)).first()
    if row is None:
        raise HouseholdNotFound()
    target = household_target(session, actor, row[0], Action.RECORD_VISIT)
    assert actor is not None
    if row[1] != account_id(actor) and actor.role not in ("ward_staff", "admin"):
        raise PermissionDenied()
    session.exec(household_visit.delete().where(household_visit.c.id == visit_id))
    audit.record(session, actor, [audit.Change(audit.VISIT_REMOVE,
                                               household_id=target.household_id)])
    session.flush()


def visit_list(session: Session, actor: Actor | None, *, group_code: object = None,
               since: object = None,
               limit: int = 500) -> tuple[Visit, ...]:
    """Visits of a group (its leader, ward staff) or of the ward (ward staff), newest
    first, since a day (Action.READ_GROUP_MEMBERS)."""
    actor = signed_in(actor)
    ward_id = ward_of(session, actor)
    condition = col(Household.ward_id) == ward_id
    if group_code:
        code, group = load_group(session, ward_id, group_code, field="group")
        actor = require(actor, Action.READ_GROUP_MEMBERS,
                        group.target if group else Target())  # unknown: said to ward-wide readers
        if group is None:
            raise ValidationError("group", "error.group.unknown", code=code)
        condition = sa.and_(condition, col(Household.group_id) == group.id)
    else:
        actor = require(actor, Action.READ_GROUP_MEMBERS)
    day = _day(since, "since")
    if day is not None:
        condition = sa.and_(condition, household_visit.c.visited_on >= day)
    return tuple(_visits(session, condition, limit=max(1, min(int(limit), 5000))))
