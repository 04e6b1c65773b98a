"""What the classes' modules share: the errors, the views, reading a class and who
may see it (the visibility rule in SQL)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, time

import sqlalchemy as sa
from sqlmodel import Session

from digital_family.access.permissions import (
    SIGN_IN_KEY,
    Action,
    Actor,
    PermissionDenied,
    account_id,
    can,
)
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
from digital_family.base.validation import ValidationError, clean_text
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


def parse_day(value, field: str) -> date:
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


def class_row(session: Session, class_id, *, lock: bool = False):
    query = sa.select(_C).where(_C.c.id == as_id(class_id))
    if lock:
        query = query.with_for_update()
    row = session.execute(query).first() if as_id(class_id) is not None else None
    if row is None:
        raise ClassNotFound()
    return row


def class_groups(session: Session, class_id: int) -> set[int]:
    return set(session.execute(sa.select(_G.c.group_id).where(_G.c.class_id == class_id))
               .scalars())


def _own_group(session: Session, actor: Actor) -> int | None:
    if actor.household_id is None:
        return None
    return session.execute(sa.select(Household.group_id).where(
        Household.id == actor.household_id)).scalar_one_or_none()


def sees_all(actor: Actor) -> bool:
    return can(actor, Action.MANAGE_CLASSES)


def visible_condition(session: Session, actor: Actor) -> sa.ColumnElement:
    """SQL: the classes ``actor`` may see (staff every one; the others those for the
    whole ward or for their groups, and those they teach)."""
    if sees_all(actor):
        return sa.true()
    groups = set(actor.group_ids)
    if actor.role == "resident":
        own = _own_group(session, actor)
        groups = {own} if own is not None else set()
    whole_ward = ~sa.select(_G.c.class_id).where(_G.c.class_id == _C.c.id).exists()
    for_groups = sa.select(_G.c.class_id).where(
        _G.c.class_id == _C.c.id, _G.c.group_id.in_(groups or {-1})).exists()
    return sa.or_(whole_ward, for_groups, _C.c.teacher_id == account_id(actor))


def visible_class(session: Session, actor: Actor | None, class_id, *, lock: bool = False):
    if actor is None:
        raise PermissionDenied(SIGN_IN_KEY)
    row = class_row(session, class_id, lock=lock)
    if not session.execute(sa.select(_C.c.id).where(
            _C.c.id == row.id, visible_condition(session, actor))).first():
        raise ClassNotFound()
    return row


def class_infos(session: Session, condition, since: date | None = None) -> list[ClassInfo]:
    query = sa.select(_C, UserAccount.full_name).outerjoin(
        UserAccount, UserAccount.id == _C.c.teacher_id).where(condition)
    if since is not None:
        query = query.where(sa.select(_S.c.id).where(
            _S.c.class_id == _C.c.id, _S.c.day >= since).exists())
    rows = session.execute(query.order_by(_C.c.code)).all()
    ids = [r.id for r in rows] or [-1]
    sessions: dict[int, list[SessionInfo]] = {}
    for s in session.execute(sa.select(_S).where(_S.c.class_id.in_(ids))
                             .order_by(_S.c.day, _S.c.starts_at, _S.c.id)):
        sessions.setdefault(s.class_id, []).append(
            SessionInfo(s.id, s.day, s.starts_at, s.minutes, s.place))
    groups: dict[int, list[str]] = {}
    for class_id, code in session.execute(
            sa.select(_G.c.class_id, ResidentialGroup.code)
            .join(ResidentialGroup, ResidentialGroup.id == _G.c.group_id)
            .where(_G.c.class_id.in_(ids)).order_by(ResidentialGroup.code)):
        groups.setdefault(class_id, []).append(code)
    counts: dict[tuple[int, str], int] = {
        (r[0], r[1]): r[2] for r in session.execute(
            sa.select(_U.c.class_id, _U.c.status, sa.func.count())
            .where(_U.c.class_id.in_(ids)).group_by(_U.c.class_id, _U.c.status))}
    attended = dict(session.execute(
        sa.select(_S.c.class_id, sa.func.count(sa.distinct(_A.c.member_id)))
        .join(_A, _A.c.session_id == _S.c.id)
        .where(_S.c.class_id.in_(ids)).group_by(_S.c.class_id)).all())
    completed = dict(session.execute(
        sa.select(_D.c.class_id, sa.func.count()).where(_D.c.class_id.in_(ids))
        .group_by(_D.c.class_id)).all())
    return [
        ClassInfo(
            id=r.id, code=r.code, title=r.title, topics=tuple(r.topics.split(";")),
            capacity=r.capacity, teacher_id=r.teacher_id, teacher_name=r.full_name or "",
            group_codes=tuple(groups.get(r.id, ())), sessions=tuple(sessions.get(r.id, ())),
            signed_up=counts.get((r.id, "signed_up"), 0),
            waiting=counts.get((r.id, "waiting"), 0),
            attended=attended.get(r.id, 0), completed=completed.get(r.id, 0))
        for r in rows
    ]


def for_group(session: Session, class_id: int, group_id: int | None) -> bool:
    groups = class_groups(session, class_id)
    return not groups or group_id in groups


