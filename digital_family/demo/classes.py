"""A term of the ward's digital-skills classes, so every role sees classes that ran.

Classes over the last weeks and the next ones, taught by the demo ambassadors and ward
staff: people signed up (a waiting list where a class filled), came to most sessions,
and those who came to every held session of a finished class completed it, some of them
agreeing to have the taught skills recorded. Everything is written through
``programmes.classes`` as the pages write it (audit, the learning status through the
answers' write path, the live roll-ups), so the members' learning statuses agree with
the classes and ``rollups verify`` stays equal to a full recomputation. The demo
resident's household is left for the visitor to sign up. Drawn from their own random
stream: the people of the ward are the same as without them.
"""

from __future__ import annotations

import random
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta

import sqlalchemy as sa
from sqlmodel import Session, col, select

from digital_family.base import clock
from digital_family.base.db import core_rows
from digital_family.base.models import Household, Member, ResidentialGroup, UserAccount, id_column
from digital_family.base.permissions import SYSTEM, Actor
from digital_family.base.wards import in_ward
from digital_family.demo.accounts import demo_phone
from digital_family.programmes import classes

ADULT_AGE = 18


@dataclass(frozen=True)
class DemoClass:
    code: str
    title: str
    topics: tuple[str, ...]
    capacity: int
    days: tuple[int, ...]  # days from today (negative: held)
    starts_at: str
    place: str
    teacher_phone: str  # the teacher's demo account
    group: str | None  # the group it is for (None: the whole ward)
    signups: int  # how many sign up (more than the capacity: a waiting list)


TERM = (
    DemoClass("L01", "Dùng điện thoại thông minh cho người cao tuổi",
              ("smartphone_use", "messaging", "online_safety"), 15, (-26, -19, -12), "08:30",
              "Nhà văn hoá TDP01", "0900000004", "TDP01", 15),
    DemoClass("L02", "VNeID và dịch vụ công trực tuyến",
              ("vneid", "vneid_app", "online_public_services"), 25, (-20, -13), "18:30",
              "Điểm phục vụ hành chính công phường", "0900000002", None, 27),
    DemoClass("L03", "Trả tiền bằng điện thoại, an toàn", ("epayment", "cashless_payment",
                                                           "online_safety"),
              12, (-6, 8), "18:30", "Nhà văn hoá TDP02", "0900000006", "TDP02", 10),
    DemoClass("L04", "Bán hàng trực tuyến cho tiểu thương (4T)",
              ("trader_ecommerce", "trader_cashless", "trader_digital_savings"), 10, (9, 16),
              "14:00", "Điểm phục vụ hành chính công phường", "0900000006", None, 4),
    DemoClass("L05", "An toàn trên mạng: nhận ra tin nhắn lừa đảo", ("online_safety",
                                                                     "info_search"),
              20, (3, 10), "19:00", "Nhà văn hoá TDP01", "0900000004", "TDP01", 8),
)
CAME_SHARE = 0.8  # of the signed-up, at each held session
AGREE_SHARE = 0.7  # of those who completed, agreed to have the skills recorded


def _at(day: date, hours: int) -> datetime:
    return clock.utc(datetime.combine(day, time(hours), tzinfo=clock.VIETNAM_TIME))


def _candidates(session: Session, ward_id: int, group: str | None, year: int,
                skip: int | None) -> list[int]:
    """Adults of the group (or the ward) not yet learning or learning, by id; not those
    the ambassadors' help requests already changed (their answers keep their author)."""
    query = (select(id_column(Member))
             .join(Household, col(Household.id) == col(Member.household_id))
             .join(ResidentialGroup, col(ResidentialGroup.id) == col(Household.group_id))
             .where(col(Household.ward_id) == ward_id,
                    col(Member.birth_year) <= year - ADULT_AGE,
                    col(Member.learning_status).in_(("none", "enrolled")),
                    col(Member.updated_by_id).is_(None))
             .order_by(col(Member.id)))
    if group is not None:
        query = query.where(col(ResidentialGroup.code) == group)
    if skip is not None:
        query = query.where(col(Household.id) != skip)
    return list(session.exec(query))


def write_classes(session: Session, ward_id: int, *, now: datetime, seed: int | str,
                  skip_household: int | None, ward_index: int = 0) -> int:
    """The ward's term of classes, sign-ups, attendance and completions, taught by its
    demo accounts (the city's ``ward_index``-th ward's: ``accounts.demo_phone``); how
    many classes."""
    staff = in_ward(SYSTEM, ward_id)
    rng = random.Random(f"demo-classes-{seed}")
    today = clock.vietnam_date(now)
    year = clock.vietnam_year(now)
    teachers = dict(core_rows(session, sa.select(col(UserAccount.phone), col(UserAccount.id))
                                    .where(col(UserAccount.phone).in_(
                                        {demo_phone(ward_index, c.teacher_phone)
                                         for c in TERM}))).all())
    groups = set(session.exec(select(col(ResidentialGroup.code)).where(
        col(ResidentialGroup.ward_id) == ward_id)))
    taken: set[int] = set()  # one class each: the term stays readable
    written = 0
    for spec in TERM:
        if spec.group is not None and spec.group not in groups:
            continue
        days = [today + timedelta(days=d) for d in spec.days]
        created = _at(days[0] - timedelta(days=14), 9)
        info = classes.create_class(
            session, staff, code=spec.code, title=spec.title, topics=spec.topics,
            capacity=spec.capacity,
            teacher_id=teachers.get(demo_phone(ward_index, spec.teacher_phone)),
            group_codes=[spec.group] if spec.group else [],
            sessions=[(d, spec.starts_at, spec.place) for d in days], now=created)
        written += 1
        pool = [m for m in _candidates(session, ward_id, spec.group, year, skip_household)
                if m not in taken]
        people = rng.sample(pool, min(len(pool), spec.signups))
        taken.update(people)
        for i, member_id in enumerate(people):
            classes.sign_up(session, staff, info.id, member_id,
                            now=created + timedelta(hours=1 + i))
        _attend(session, staff, rng, info, today)
    return written


def _attend(session: Session, staff: Actor, rng: random.Random, info: classes.ClassInfo,
            today: date) -> None:
    """Who came to the held sessions; a finished class's faithful complete it."""
    held = [s for s in info.sessions if s.day <= today]
    if not held:
        return
    learners = [p for p in classes.roster(session, staff, info.id) if p.status == "signed_up"]
    came: dict[int, int] = {}
    for s in held:
        for p in learners:
            if rng.random() < CAME_SHARE:
                classes.set_attendance(session, staff, s.id, p.member_id,
                                       now=_at(s.day, s.starts_at.hour + 2))
                came[p.member_id] = came.get(p.member_id, 0) + 1
    if len(held) < len(info.sessions):
        return  # still running: nobody has completed it yet
    last = held[-1].day
    for p in learners:
        if came.get(p.member_id, 0) == len(held):
            classes.complete(session, staff, info.id, p.member_id,
                             consent_skills=rng.random() < AGREE_SHARE, on=last,
                             now=_at(last, held[-1].starts_at.hour + 2))
