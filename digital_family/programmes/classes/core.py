"""What the classes' modules share: the errors, the views, reading a class and who
may see it (the visibility rule in SQL)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, time
from typing import NamedTuple

import sqlalchemy as sa
from sqlmodel import Session, col, select

from digital_family.base.db import core_rows
from digital_family.base.i18n import CatalogueError
from digital_family.base.models import (
    Household,
    ResidentialGroup,
    UserAccount,
    class_attendance,
    class_completion,
    class_group,
    class_session,
    class_signup,
    learning_class,
)
from digital_family.base.permissions import (
    SIGN_IN_KEY,
    Action,
    Actor,
    PermissionDenied,
    account_id,
    can,
)
from digital_family.base.validation import ValidationError, clean_text
from digital_family.base.wards import ward_of
from digital_family.households.access import as_id

ACTIVE = ("signed_up", "waiting")

_C, _S, _U = learning_class, class_session, class_signup
_A, _D, _G = class_attendance, class_completion, class_group


class ClassNotFound(CatalogueError, LookupError):
    """No such class, or not one the actor may see."""

    DEFAULT_KEY = "error.class.not_found"


@dataclass(frozen=True)
class SessionInfo:
    id: int
    day: date
    starts_at: time
    minutes: int
    place: str


@dataclass(frozen=True)
class ClassInfo:
    id: int
    code: str
    title: str
    topics: tuple[str, ...]
    capacity: int
    teacher_id: int | None
    teacher_name: str
    group_codes: tuple[str, ...]  # () for the whole ward
    sessions: tuple[SessionInfo, ...]
    signed_up: int
    waiting: int
    attended: int  # members who came to at least one session
    completed: int


@dataclass(frozen=True)
class Learner:
    """A person on a class's list (as its teacher, staff or the person's leader sees it)."""

    member_id: int
    full_name: str
    household_code: str
    status: str
    attended: tuple[int, ...]  # the session ids they came to
    completed: bool


@dataclass(frozen=True)
class Found:
    """A walk-in candidate: names only."""

    member_id: int
    full_name: str
    household_code: str


# Checking what people gave


def parse_day(value: object, field: str) -> date:
    if isinstance(value, datetime):
        return value.date()
    if isinstance(value, date):
        return value
    text = clean_text(value)
    try:
        return date.fromisoformat(text) if len(text) == 10 else _bad_day(field)
    except ValueError:
        return _bad_day(field)


def _bad_day(field: str) -> date:
    raise ValidationError(field, "error.class.day")


# Reading classes


class ClassRow(NamedTuple):
    """What the others read of a stored class."""

    id: int
    code: str
    title: str
    topics: str
    capacity: int
    teacher_id: int | None


def class_row(session: Session, class_id: object, *, lock: bool = False) -> ClassRow:
    query = sa.select(_C.c.id, _C.c.code, _C.c.title, _C.c.topics, _C.c.capacity,
                      _C.c.teacher_id).where(_C.c.id == as_id(class_id))
    if lock:
        query = query.with_for_update()
    row = core_rows(session, query).first() if as_id(class_id) is not None else None
    if row is None:
        raise ClassNotFound()
    return ClassRow(*row)


def class_groups(session: Session, class_id: int) -> set[int]:
    return set(session.exec(select(_G.c.group_id).where(_G.c.class_id == class_id)))


def _own_group(session: Session, actor: Actor) -> int | None:
    if actor.household_id is None:
        return None
    return session.exec(select(Household.group_id).where(
        col(Household.id) == actor.household_id)).one_or_none()


def sees_all(actor: Actor) -> bool:
    return can(actor, Action.MANAGE_CLASSES)


def visible_condition(session: Session, actor: Actor) -> sa.ColumnElement[bool]:
    """SQL: the classes of the actor's ward ``actor`` may see (staff every one; the others
    those for the whole ward or for their groups, and those they teach)."""
    in_ward = _C.c.ward_id == ward_of(session, actor)
    if sees_all(actor):
        return in_ward
    groups: set[int] = set(actor.group_ids)
    if actor.role == "resident":
        own = _own_group(session, actor)
        groups = {own} if own is not None else set()
    whole_ward = ~select(_G.c.class_id).where(_G.c.class_id == _C.c.id).exists()
    for_groups = select(_G.c.class_id).where(
        _G.c.class_id == _C.c.id, _G.c.group_id.in_(groups or {-1})).exists()
    return sa.and_(in_ward, sa.or_(whole_ward, for_groups, _C.c.teacher_id == account_id(actor)))


def visible_class(session: Session, actor: Actor | None, class_id: object, *,
                  lock: bool = False) -> ClassRow:
    if actor is None:
        raise PermissionDenied(SIGN_IN_KEY)
    row = class_row(session, class_id, lock=lock)
    if session.exec(select(_C.c.id).where(
            _C.c.id == row.id, visible_condition(session, actor))).first() is None:
        raise ClassNotFound()
    return row


def class_infos(session: Session, condition: sa.ColumnElement[bool],
                since: date | None = None) -> list[ClassInfo]:
    query = sa.select(_C.c.id, _C.c.code, _C.c.title, _C.c.topics, _C.c.capacity,
                      _C.c.teacher_id, col(UserAccount.full_name)).outerjoin(
        UserAccount, col(UserAccount.id) == _C.c.teacher_id).where(condition)
    if since is not None:
        query = query.where(select(_S.c.id).where(
            _S.c.class_id == _C.c.id, _S.c.day >= since).exists())
    rows = core_rows(session, query.order_by(_C.c.code)).all()
    ids = [r[0] for r in rows] or [-1]
    sessions: dict[int, list[SessionInfo]] = {}
    for session_id, class_id, day, starts_at, minutes, place in core_rows(session, sa.select(
            _S.c.id, _S.c.class_id, _S.c.day, _S.c.starts_at, _S.c.minutes, _S.c.place)
            .where(_S.c.class_id.in_(ids)).order_by(_S.c.day, _S.c.starts_at, _S.c.id)):
        sessions.setdefault(class_id, []).append(
            SessionInfo(session_id, day, starts_at, minutes, place))
    groups: dict[int, list[str]] = {}
    for class_id, code in session.exec(
            select(_G.c.class_id, ResidentialGroup.code)
            .join(ResidentialGroup, col(ResidentialGroup.id) == _G.c.group_id)
            .where(_G.c.class_id.in_(ids)).order_by(col(ResidentialGroup.code))):
        groups.setdefault(class_id, []).append(code)
    counts: dict[tuple[int, str], int] = {
        (r[0], r[1]): r[2] for r in session.exec(
            select(_U.c.class_id, _U.c.status, sa.func.count())
            .where(_U.c.class_id.in_(ids)).group_by(_U.c.class_id, _U.c.status))}
    attended: dict[int, int] = dict(session.exec(
        select(_S.c.class_id, sa.func.count(sa.distinct(_A.c.member_id)))
        .join(_A, _A.c.session_id == _S.c.id)
        .where(_S.c.class_id.in_(ids)).group_by(_S.c.class_id)).all())
    completed: dict[int, int] = dict(session.exec(
        select(_D.c.class_id, sa.func.count()).where(_D.c.class_id.in_(ids))
        .group_by(_D.c.class_id)).all())
    return [
        ClassInfo(
            id=r[0], code=r[1], title=r[2], topics=tuple(r[3].split(";")),
            capacity=r[4], teacher_id=r[5], teacher_name=r[6] or "",
            group_codes=tuple(groups.get(r[0], ())), sessions=tuple(sessions.get(r[0], ())),
            signed_up=counts.get((r[0], "signed_up"), 0),
            waiting=counts.get((r[0], "waiting"), 0),
            attended=attended.get(r[0], 0), completed=completed.get(r[0], 0))
        for r in rows
    ]


def for_group(session: Session, class_id: int, group_id: int | None) -> bool:
    groups = class_groups(session, class_id)
    return not groups or group_id in groups
