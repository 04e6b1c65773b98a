"""The leader's week (issue 18): the households chosen for this week, and suggestions.

A group leader plans a week: households he chose, or accepted from
``suggestions`` — ranked across all his groups by what they miss for the targets the
group has not met (``leader.visit_query``), follow-ups due this week first, filtered by
reason or group. Each planned household's line names its people and what each lacks
("Bà Lan, 72: chưa có VNeID, chưa có điện thoại thông minh"), its contact phone, and its
last visit. Everything is counted in SQL; a plan holds at most ``MAX_PLANNED``
households, so its page never grows with the ward.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, timedelta

import sqlalchemy as sa
from sqlmodel import Session, col, select

from digital_family.base import clock, paging
from digital_family.base.db import core_mappings, core_rows
from digital_family.base.models import (
    Household,
    HouseholdConsent,
    Member,
    ResidentialGroup,
    household_visit,
    id_column,
    week_plan,
)
from digital_family.base.permissions import Action, Actor, PermissionDenied, account_id
from digital_family.base.validation import ValidationError
from digital_family.base.wards import ward_of
from digital_family.campaign import leader
from digital_family.campaign.figures import group_reports
from digital_family.households.access import household_target
from digital_family.households.consent_rules import WITHDRAWN, ConsentRequired
from digital_family.ward import settings as ward_settings
from digital_family.ward.indicators import LEARNING_STATUSES_ACTIVE, skill_count_sql

MAX_PLANNED = 30
PAGE_SIZE = 10
# What a person lacks, in the order a line says it.
LACKS = ("vneid", "smartphone", "epayment", "skills")


def called(person: Person) -> tuple[str, str]:
    """How a neighbour names the person ("Bà Lan", "Anh Minh", "Cháu Khôi"): the
    honorific's catalogue key (``person.kin.*``) and the given name."""
    given = person.name.split()[-1] if person.name.split() else person.name
    if person.age < 16:
        kin = "child"
    elif person.age >= 55:
        kin = "elder_female" if person.sex == "female" else "elder_male"
    else:
        kin = "female" if person.sex == "female" else "male"
    return f"person.kin.{kin}", given


def week_of(day: date) -> date:
    """The Monday of ``day``'s week."""
    return day - timedelta(days=day.weekday())


def _week(week: object, now: datetime | None) -> date:
    if isinstance(week, date):
        return week_of(week)
    return week_of(clock.vietnam_date(now))


@dataclass(frozen=True)
class Person:
    member_id: int
    name: str
    age: int
    sex: str
    lacks: tuple[str, ...]  # LACKS codes


@dataclass(frozen=True)
class PlanLine:
    household_id: int
    code: str
    group_code: str
    address: str
    phone: str | None
    people: tuple[Person, ...]  # those who lack something, oldest first
    member_count: int
    no_learner: bool  # nobody of the household is learning (or has learnt)
    last_visit_on: date | None
    last_outcome: str | None
    follow_up_on: date | None
    visited_this_week: bool


@dataclass(frozen=True)
class Suggestion:
    household_id: int
    code: str
    group_code: str
    address: str
    phone: str | None
    counts: dict[str, int]  # reason -> how many (leader.REASONS)
    follow_up_on: date | None  # a follow-up due this week (listed first)


@dataclass(frozen=True)
class SuggestionPage:
    items: tuple[Suggestion, ...]
    total: int
    page: int
    pages: int


def _my_groups(actor: Actor | None) -> dict[int, None]:
    if actor is None:
        raise PermissionDenied("error.sign_in")
    # an ambassador's week is the help requests he claimed (member details of other
    # households are not his to see, SPEC §1): the plan is the group leader's
    if actor.role != "group_leader":
        raise PermissionDenied()
    return dict.fromkeys(sorted(actor.group_ids))


def add_to_plan(session: Session, actor: Actor | None, household_id: object, *, week: object = None,
                now: datetime | None = None) -> int:
    """Put the household on the actor's plan for the week (Action.RECORD_VISIT on it);
    returns how many households the plan holds."""
    _my_groups(actor)
    target = household_target(session, actor, household_id, Action.RECORD_VISIT)
    status = core_rows(session, sa.select(col(HouseholdConsent.status)).where(
        col(HouseholdConsent.household_id) == target.household_id)).scalar_one_or_none()
    if status == WITHDRAWN:
        raise ConsentRequired("consent.hidden")
    monday = _week(week, now)
    user_id = account_id(actor)
    planned = _planned_ids(session, user_id, monday)
    if target.household_id not in planned:
        if len(planned) >= MAX_PLANNED:
            raise ValidationError("household", "error.plan.full", max=MAX_PLANNED)
        session.exec(week_plan.insert().values(
            user_id=user_id, week_start=monday, household_id=target.household_id,
            added_at=clock.utc(now)))
        session.flush()
        planned.append(target.household_id)
    return len(planned)


def remove_from_plan(session: Session, actor: Actor | None, household_id: object, *,
                     week: object = None,
                     now: datetime | None = None) -> None:
    """Take the household off the actor's plan for the week (nothing if it was not on it)."""
    _my_groups(actor)
    hid = household_id if isinstance(household_id, int) and not isinstance(
        household_id, bool) else None
    if hid is None:
        return
    session.exec(week_plan.delete().where(
        week_plan.c.user_id == account_id(actor), week_plan.c.week_start == _week(week, now),
        week_plan.c.household_id == hid))
    session.flush()


def _planned_ids(session: Session, user_id: int | None, monday: date) -> list[int]:
    return [row[0] for row in core_rows(
        session,
        sa.select(week_plan.c.household_id)
        .where(week_plan.c.user_id == user_id, week_plan.c.week_start == monday)
        .order_by(week_plan.c.added_at, week_plan.c.household_id))]


def _last_visits(session: Session, household_ids: list[int]
                 ) -> dict[int, tuple[date | None, str | None, date | None]]:
    """household id -> (visited_on, outcome, follow_up_on) of its latest visit."""
    v = household_visit
    ranked = (sa.select(v.c.household_id, v.c.visited_on, v.c.outcome, v.c.follow_up_on,
                        sa.func.row_number().over(partition_by=v.c.household_id,
                                                  order_by=(v.c.visited_on.desc(),
                                                            v.c.id.desc())).label("n"))
              .where(v.c.household_id.in_(household_ids)).subquery())
    return {row[0]: (row[1], row[2], row[3]) for row in core_rows(
        session,
        sa.select(ranked.c.household_id, ranked.c.visited_on, ranked.c.outcome,
                  ranked.c.follow_up_on).where(ranked.c.n == 1))}


def _people(session: Session, household_ids: list[int], year: int,
            threshold: int) -> tuple[dict[int, list[Person]], set[int]]:
    """Per household, its members with what each lacks; and the households with a learner."""
    skills = skill_count_sql(session.get_bind().dialect.name)
    rows = core_rows(
        session,
        sa.select(
            col(Member.id),
            col(Member.household_id),
            col(Member.full_name),
            col(Member.birth_year),
            col(Member.sex),
            col(Member.vneid_level),
            col(Member.has_smartphone),
            col(Member.has_epayment),
            col(Member.learning_status),
            skills,
        )
        .where(col(Member.household_id).in_(household_ids))
        .order_by(col(Member.household_id), col(Member.birth_year), col(Member.id))
    ).all()
    found: dict[int, list[Person]] = {}
    learners: set[int] = set()
    for mid, hid, name, born, sex, vneid, phone, pay, learning, skill_count in rows:
        if learning in LEARNING_STATUSES_ACTIVE:
            learners.add(hid)
        age = year - born
        adult = age >= leader.ADULT_AGE
        lacks = [code for code, missing in (
            ("vneid", age >= leader.VNEID_AGE and vneid < 2),
            ("smartphone", adult and not phone),
            ("epayment", adult and not pay),
            ("skills", adult and skill_count < threshold),
        ) if missing]
        found.setdefault(hid, []).append(Person(mid, name, age, sex, tuple(lacks)))
    return found, learners


def plan(session: Session, actor: Actor | None, *, week: object = None,
         now: datetime | None = None) -> tuple[PlanLine, ...]:
    """The actor's plan for the week, in the order he chose it (member level: only his
    groups' households, read as he may read them)."""
    groups = _my_groups(actor)
    monday = _week(week, now)
    ids = _planned_ids(session, account_id(actor), monday)
    if not ids:
        return ()
    households = {
        row[0]: row
        for row in core_rows(
            session,
            sa.select(
                col(Household.id),
                col(Household.code),
                col(ResidentialGroup.code),
                col(Household.address),
                col(Household.phone),
                col(Household.group_id),
            )
            .join(ResidentialGroup, col(ResidentialGroup.id) == col(Household.group_id))
            .where(col(Household.id).in_(ids), col(Household.group_id).in_(list(groups)))
        )
    }
    year = clock.vietnam_year(now)
    people, learners = _people(session, list(households), year,
                               ward_settings.skill_threshold(session, ward_of(session, actor)))
    visits = _last_visits(session, list(households))
    lines: list[PlanLine] = []
    for hid in ids:
        if hid not in households:  # moved out of his groups since he planned it
            continue
        _, code, group_code, address, phone, _group_id = households[hid]
        everyone = people.get(hid, [])
        last: tuple[date | None, str | None, date | None] = visits.get(hid, (None, None, None))
        lines.append(PlanLine(
            hid, code, group_code, address, phone,
            tuple(p for p in everyone if p.lacks), len(everyone),
            bool(everyone) and hid not in learners, last[0], last[1], last[2],
            last[0] is not None and last[0] >= monday))
    return tuple(lines)


def suggestions(session: Session, actor: Actor | None, *, reason: object = None,
                group_code: object = None, page: object = 1, week: object = None,
                now: datetime | None = None) -> SuggestionPage:
    """Households of all the actor's groups worth a visit this week, not yet planned:
    follow-ups due by the week's end first, then ranked across the groups by what they
    miss for the targets each group has not met (``leader.visit_query``); filtered by
    reason and group; ``PAGE_SIZE`` a page."""
    groups = _my_groups(actor)
    now = clock.utc(now)
    monday = _week(week, now)
    codes: dict[int, str] = dict(session.exec(
        select(id_column(ResidentialGroup), col(ResidentialGroup.code))
        .where(col(ResidentialGroup.id).in_(list(groups)))).all())
    if group_code:
        wanted = [gid for gid, code in codes.items() if code == group_code]
        if not wanted:
            raise ValidationError("group", "error.group.unknown", code=str(group_code)[:20])
        codes = {gid: codes[gid] for gid in wanted}
    if not codes:
        return SuggestionPage((), 0, 1, 1)
    year = clock.vietnam_year(now)
    ward_id = ward_of(session, actor)
    reports = group_reports(session, ward_id, reference_year=year, now=now,
                            group_ids=list(codes))
    scored = {gid: tuple(r for r in leader.REASONS if r not in leader.REASON_INDICATORS
                         or reports[code].indicator(leader.REASON_INDICATORS[r]).met is False)
              for gid, code in codes.items()}
    ranked = leader.visit_query(
        scored=scored, threshold=ward_settings.skill_threshold(session, ward_id),
        reference_year=year,
        now=now, dialect_name=session.get_bind().dialect.name,
        reason=leader.parse_reason(reason)).subquery("ranked")
    due = (sa.select(household_visit.c.household_id,
                     sa.func.max(household_visit.c.follow_up_on).label("follow_up_on"))
           .group_by(household_visit.c.household_id).subquery("due"))
    week_end = monday + timedelta(days=6)
    follow_up = sa.case((due.c.follow_up_on <= week_end, due.c.follow_up_on), else_=None)
    planned = sa.select(week_plan.c.household_id).where(
        week_plan.c.user_id == account_id(actor), week_plan.c.week_start == monday)
    query = (sa.select(ranked, follow_up.label("due_on"), sa.func.count().over().label("n"))
             .outerjoin(due, due.c.household_id == ranked.c.id)
             .where(ranked.c.id.not_in(planned))
             .order_by(follow_up.is_(None), follow_up, ranked.c.score.desc(),
                       ranked.c.confirmed_at.asc().nulls_first(), ranked.c.code, ranked.c.id))
    page = max(paging.int_or(page, 1), 1)
    rows = core_mappings(session, query.limit(PAGE_SIZE).offset((page - 1) * PAGE_SIZE))
    total: int = rows[0]["n"] if rows else core_rows(
        session,
        sa.select(sa.func.count()).select_from(query.order_by(None).subquery())).scalar_one()
    pages = paging.page_count(total, PAGE_SIZE)
    if not rows and page > pages:
        page = pages
        rows = core_mappings(session, query.limit(PAGE_SIZE).offset((page - 1) * PAGE_SIZE))
    items = tuple(Suggestion(
        row["id"], row["code"], codes[row["group_id"]], row["address"], row["phone"],
        {r: int(row[r]) for r in leader.REASONS if row[r]}, row["due_on"])
        for row in rows)
    return SuggestionPage(items, total, page, pages)
