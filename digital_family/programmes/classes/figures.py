"""What the classes achieved: the ward's or a group's figures, counted in SQL, and
the people who signed up and never came."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import Any

import sqlalchemy as sa
from sqlmodel import Session, col, select

from digital_family.base import clock
from digital_family.base.groups import load_group
from digital_family.base.models import (
    Household,
    Member,
    class_attendance,
    class_completion,
    class_group,
    class_session,
    class_signup,
    id_column,
    learning_class,
)
from digital_family.base.permissions import Action, Actor, Target, require, signed_in
from digital_family.base.validation import ValidationError
from digital_family.base.wards import ward_of
from digital_family.households import consent_rules
from digital_family.programmes.classes.core import Found

_C, _S, _U = learning_class, class_session, class_signup
_A, _D, _G = class_attendance, class_completion, class_group


@dataclass(frozen=True)
class ClassFigures:
    classes_held: int
    seats: int
    attended: int  # attendances at held sessions
    expected: int  # signed-up people × held sessions of their class
    attendance_rate: float | None
    completed_members: int
    first_learner_households: int
    never_came: int


# What the classes achieved


def _scope(session: Session, actor: Actor | None, group_code: object,
           action: Action) -> tuple[int, int | None]:
    """The actor's ward and the group of it ``group_code`` names (None: the whole ward)."""
    ward_id = ward_of(session, signed_in(actor))
    if group_code in (None, ""):
        require(actor, action)
        return ward_id, None
    code, group = load_group(session, ward_id, group_code, field="group")
    # an unknown group is said so to those who read the whole ward
    require(actor, action, group.target if group else Target())
    if group is None:
        raise ValidationError("group", "error.group.unknown", code=code)
    return ward_id, group.id


def class_figures(session: Session, actor: Actor | None, *, group_code: object = None,
                  today: date | None = None) -> ClassFigures:
    """For the ward, or one group (its people; its classes: those for it or that its
    people signed up to), counted in SQL (Action.READ_AGGREGATES, numbers only):
    classes held (a session on or before today), their seats, the attendance rate at
    held sessions, members who completed, households whose first learner came through
    a class, and the signed-up who never came to a held session."""
    ward_id, group_id = _scope(session, actor, group_code, Action.READ_AGGREGATES)
    today = today or clock.vietnam_date()

    def people(column: sa.Column[Any]) -> sa.ColumnElement[bool]:
        if group_id is None:
            return column.in_(select(Household.id).where(col(Household.ward_id) == ward_id))
        return column.in_(select(Household.id).where(col(Household.group_id) == group_id))

    held = select(_S.c.id).where(_S.c.class_id == _C.c.id, _S.c.day <= today).exists()
    query = select(_C.c.id, _C.c.capacity).where(held, _C.c.ward_id == ward_id)
    if group_id is not None:
        query = query.where(sa.or_(
            select(_G.c.class_id).where(_G.c.class_id == _C.c.id,
                                        _G.c.group_id == group_id).exists(),
            select(_U.c.id).where(_U.c.class_id == _C.c.id, _U.c.status != "cancelled",
                                     people(_U.c.household_id)).exists()))
    classes = query.subquery()
    held_count, seats = session.exec(select(
        sa.func.count(), sa.func.coalesce(sa.func.sum(classes.c.capacity), 0))).one()
    expected = session.exec(
        select(sa.func.count()).select_from(_U.join(_S, _S.c.class_id == _U.c.class_id))
        .where(_U.c.status == "signed_up", _S.c.day <= today, people(_U.c.household_id))
    ).one()
    attended = session.exec(
        select(sa.func.count()).select_from(_A.join(_S, _S.c.id == _A.c.session_id))
        .where(_S.c.day <= today, people(_A.c.household_id))).one()
    completed = session.exec(
        select(sa.func.count(sa.distinct(_D.c.member_id))).where(
            people(_D.c.household_id))).one()
    first = session.exec(
        select(sa.func.count(sa.distinct(_U.c.household_id))).where(
            _U.c.first_learner, _U.c.status == "signed_up",
            people(_U.c.household_id))).one()
    never = session.exec(
        select(sa.func.count()).select_from(_U).where(never_came_condition(today),
                                                        people(_U.c.household_id))
    ).one()
    return ClassFigures(
        classes_held=held_count, seats=int(seats), attended=attended, expected=expected,
        attendance_rate=attended / expected if expected else None,
        completed_members=completed, first_learner_households=first, never_came=never)


def never_came_condition(today: date) -> sa.ColumnElement[bool]:
    """SQL over class_signup (the leader's visit list counts it too): signed up for a
    class that has held a session, and came to none of its sessions."""
    return sa.and_(
        _U.c.status == "signed_up",
        select(_S.c.id).where(_S.c.class_id == _U.c.class_id, _S.c.day <= today).exists(),
        ~select(_A.c.member_id).join(_S, _S.c.id == _A.c.session_id).where(
            _S.c.class_id == _U.c.class_id, _A.c.member_id == _U.c.member_id).exists())


def never_came(session: Session, actor: Actor | None, group_code: object, *,
               today: date | None = None) -> tuple[Found, ...]:
    """The group's people who signed up and never came (for the leader's visits;
    Action.READ_GROUP_MEMBERS), by household."""
    _, group_id = _scope(session, actor, group_code, Action.READ_GROUP_MEMBERS)
    if group_id is None:
        raise ValidationError("group", "error.group.unknown", code="")
    today = today or clock.vietnam_date()
    rows = session.exec(
        select(id_column(Member), Member.full_name, Household.code).distinct()
        .select_from(_U)
        .join(Member, col(Member.id) == _U.c.member_id)
        .join(Household, col(Household.id) == _U.c.household_id)
        .where(never_came_condition(today), col(Household.group_id) == group_id,
               ~consent_rules.hidden_from_leaders(col(Household.id)))
        .order_by(col(Household.code), col(Member.full_name))).all()
    return tuple(Found(*r) for r in rows)
