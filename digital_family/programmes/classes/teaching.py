"""The teacher's side: the roster, attendance, walk-ins and completion (the
class's teacher, or staff)."""

from __future__ import annotations

from datetime import date, datetime
from typing import NamedTuple

import sqlalchemy as sa
from sqlmodel import Session, col, select

from digital_family.base import clock
from digital_family.base.codes import SKILLS
from digital_family.base.models import (
    Household,
    Member,
    UserAccount,
    class_attendance,
    class_completion,
    class_session,
    class_signup,
    id_column,
    member_skills,
)
from digital_family.base.permissions import (
    SIGN_IN_KEY,
    Action,
    Actor,
    HouseholdTarget,
    PermissionDenied,
    Target,
    account_id,
    can,
)
from digital_family.base.validation import ValidationError, clean_text, is_iterable
from digital_family.base.wards import ward_of
from digital_family.households import consent_rules
from digital_family.households.access import as_id
from digital_family.households.edits import apply_member_fields
from digital_family.programmes.classes.core import (
    ACTIVE,
    ClassNotFound,
    ClassRow,
    Found,
    Learner,
    class_groups,
    class_row,
    for_group,
    parse_day,
    visible_class,
)
from digital_family.programmes.classes.signups import write_signup
from digital_family.records import audit

MAX_FOUND = 20  # walk-ins found at once
# What a class's topics teach among the eight skills (the 4T topics are flags of small
# traders, not skills: a completion does not set them).
TOPIC_SKILLS = {**{s: s for s in SKILLS}, "vneid": "vneid_app", "epayment": "cashless_payment"}

_S, _U = class_session, class_signup
_A, _D = class_attendance, class_completion


# The teacher's side


def _taught_class(session: Session, actor: Actor | None, class_id: object, *,
                  lock: bool = False) -> ClassRow:
    """The class once ``actor`` teaches it (Action.TEACH and its teacher) or is staff."""
    if actor is None:
        raise PermissionDenied(SIGN_IN_KEY)
    row = class_row(session, class_id, lock=lock)
    if can(actor, Action.MANAGE_CLASSES):
        return row
    if not can(actor, Action.TEACH) or row.teacher_id != account_id(actor):
        raise PermissionDenied()
    return row


class _SessionRow(NamedTuple):
    id: int
    class_id: int
    day: date


def _session_row(session: Session, session_id: object) -> _SessionRow:
    row = session.exec(select(_S.c.id, _S.c.class_id, _S.c.day).where(
        _S.c.id == as_id(session_id))).first() if as_id(session_id) is not None else None
    if row is None:
        raise ClassNotFound()
    return _SessionRow(*row)


class _MemberRow(NamedTuple):
    id: int
    household_id: int
    group_id: int
    household_code: str
    ward_id: int

    @property
    def target(self) -> HouseholdTarget:
        return HouseholdTarget(household_id=self.household_id, group_id=self.group_id,
                               ward_id=self.ward_id)


def _member_row(session: Session, actor: Actor, member_id: object) -> _MemberRow:
    """A member of the actor's ward (the class's); one of another ward is no one here."""
    mid = as_id(member_id)
    row = session.exec(
        select(Member.household_id, Household.group_id, Household.code, Household.ward_id)
        .join(Household, col(Household.id) == col(Member.household_id))
        .where(col(Member.id) == mid,
               col(Household.ward_id) == ward_of(session, actor))).first() \
        if mid is not None else None
    if mid is None or row is None:
        raise ValidationError("member", "error.class.not_signed_up")
    return _MemberRow(mid, *row)


def roster(session: Session, actor: Actor | None, class_id: object) -> tuple[Learner, ...]:
    """Who signed up (or waits) for the class, with the sessions they came to: its
    teacher and staff see everyone, a leader the people of his groups."""
    if actor is None:
        raise PermissionDenied(SIGN_IN_KEY)
    condition: sa.ColumnElement[bool] = sa.true()
    if actor.role == "group_leader":
        row = visible_class(session, actor, class_id)
        groups = sorted(g for g in actor.group_ids
                        if can(actor, Action.READ_GROUP_MEMBERS, Target(group_id=g)))
        condition = col(Household.group_id).in_(groups or [-1])
    else:
        row = _taught_class(session, actor, class_id)
    people = session.exec(
        select(_U.c.member_id, Member.full_name, Household.code, _U.c.status)
        .join(Member, col(Member.id) == _U.c.member_id)
        .join(Household, col(Household.id) == _U.c.household_id)
        .where(_U.c.class_id == row.id, _U.c.status.in_(ACTIVE), condition)
        .order_by(_U.c.status, col(Member.full_name), _U.c.member_id)).all()
    came: dict[int, list[int]] = {}
    for session_id, mid in session.exec(
            select(_A.c.session_id, _A.c.member_id).join(_S, _S.c.id == _A.c.session_id)
            .where(_S.c.class_id == row.id).order_by(_A.c.session_id)):
        came.setdefault(mid, []).append(session_id)
    done: set[int] = set(session.exec(select(_D.c.member_id).where(_D.c.class_id == row.id)))
    return tuple(Learner(p[0], p[1], p[2], p[3], tuple(came.get(p[0], ())), p[0] in done)
                 for p in people)


def _signup_status(session: Session, class_id: int, member_id: int) -> str | None:
    status: str | None = session.exec(select(_U.c.status).where(
        _U.c.class_id == class_id, _U.c.member_id == member_id)).one_or_none()
    return status


def set_attendance(session: Session, actor: Actor | None, session_id: object,
                   member_id: object, present: bool = True, *,
                   now: datetime | None = None) -> None:
    """Tick (or untick) that a signed-up member came to the session (its class's
    teacher, or staff)."""
    s = _session_row(session, session_id)
    row = _taught_class(session, actor, s.class_id)
    assert actor is not None  # _taught_class checked it
    member = _member_row(session, actor, member_id)
    if _signup_status(session, row.id, member.id) != "signed_up":
        raise ValidationError("member", "error.class.not_signed_up")
    now = clock.utc(now)
    here = session.exec(select(_A.c.member_id).where(
        _A.c.session_id == s.id, _A.c.member_id == member.id)).first() is not None
    if present and not here:
        session.exec(_A.insert().values(session_id=s.id, member_id=member.id,
                                        household_id=member.household_id,
                                        marked_by_id=account_id(actor), marked_at=now))
        audit.record(session, actor, [audit.Change(
            audit.CLASS_ATTEND, member.household_id, member.id, key=row.code,
            new=s.day.isoformat())], at=now)
    elif not present and here:
        session.exec(_A.delete().where(_A.c.session_id == s.id,
                                       _A.c.member_id == member.id))
    session.flush()


def find_walk_ins(session: Session, actor: Actor | None, class_id: object,
                  query: object) -> tuple[Found, ...]:
    """People the class is for, found by household code, contact phone or name (names
    only; the class's teacher or staff). At most MAX_FOUND."""
    row = _taught_class(session, actor, class_id)
    text = clean_text(query)
    if len(text) < 2:
        return ()
    groups = class_groups(session, row.id)
    base = (select(id_column(Member), Member.full_name, Household.code)
            .join(Household, col(Household.id) == col(Member.household_id))
            .where(col(Household.ward_id) == ward_of(session, actor),
                   ~consent_rules.hidden_from_leaders(col(Household.id))))
    if groups:
        base = base.where(col(Household.group_id).in_(groups))
    digits = "".join(ch for ch in text if ch.isdigit())
    matches = [col(Household.code) == text.upper()]
    if len(digits) >= 9:  # a phone number, however it was typed
        pattern = f"%{digits[-9:]}"
        matches += [col(Household.phone).like(pattern), col(Household.id).in_(
            select(UserAccount.household_id).where(col(UserAccount.phone).like(pattern)))]
    exact = base.where(sa.or_(*matches)).order_by(
        col(Household.code), col(Member.birth_year)).limit(MAX_FOUND)
    found = [Found(*r) for r in session.exec(exact)]
    if not found:
        wanted = text.casefold()
        for r in session.exec(base.order_by(col(Member.full_name), col(Member.id))):
            if wanted in r[1].casefold():
                found.append(Found(*r))
                if len(found) >= MAX_FOUND:
                    break
    return tuple(found)


def add_walk_in(session: Session, actor: Actor | None, session_id: object, member_id: object,
                *, now: datetime | None = None) -> None:
    """Someone came without a seat: signed up (past the capacity if need be) and ticked
    as present (the class's teacher, or staff). Their household must be one the class
    is for and have consented (a sign-up keeps personal data)."""
    s = _session_row(session, session_id)
    row = _taught_class(session, actor, s.class_id, lock=True)
    assert actor is not None
    member = _member_row(session, actor, member_id)
    if not for_group(session, row.id, member.group_id):
        raise ValidationError("member", "error.class.not_for_group")
    target = member.target
    status = _signup_status(session, row.id, member.id)
    now = clock.utc(now)
    if status != "signed_up":
        write_signup(session, actor, row, member.id, target, "signed_up", now)
    set_attendance(session, actor, s.id, member.id, True, now=now)


def complete(session: Session, actor: Actor | None, class_id: object, member_id: object, *,
             consent_skills: bool = False, skills: object = None,
             on: object = None, now: datetime | None = None) -> None:
    """Mark that a signed-up member completed the class (its teacher, or staff): their
    learning status becomes "completed", and — only with ``consent_skills`` (the
    learner agreed) — the taught skills (``skills``: those of them they can now do;
    default all) are added to theirs, through the write path."""
    row = _taught_class(session, actor, class_id)
    assert actor is not None
    member = _member_row(session, actor, member_id)
    if _signup_status(session, row.id, member.id) != "signed_up":
        raise ValidationError("member", "error.class.not_signed_up")
    taught = {TOPIC_SKILLS[t] for t in row.topics.split(";") if t in TOPIC_SKILLS}
    agreed: set[str] = set()
    if consent_skills:
        if skills is not None and not is_iterable(skills):
            raise ValidationError("skills", "error.class.skills_not_taught")
        given: set[object] = set(taught if skills is None else skills)
        if not given <= taught:
            raise ValidationError("skills", "error.class.skills_not_taught")
        agreed = {s for s in taught if s in given}
    now = clock.utc(now)
    day = parse_day(on, "completed_on") if on not in (None, "") else clock.vietnam_date(now)
    values: dict[str, object] = {
        "completed_on": day, "skills": ";".join(s for s in SKILLS if s in agreed),
        "marked_by_id": account_id(actor), "marked_at": now}
    if session.exec(select(_D.c.member_id).where(
            _D.c.class_id == row.id, _D.c.member_id == member.id)).first() is not None:
        session.exec(_D.update().where(_D.c.class_id == row.id,
                                       _D.c.member_id == member.id).values(**values))
    else:
        session.exec(_D.insert().values(class_id=row.id, member_id=member.id,
                                        household_id=member.household_id, **values))
    audit.record(session, actor, [audit.Change(audit.CLASS_COMPLETE, member.household_id,
                                               member.id, key=row.code,
                                               new=values["skills"] or None)], at=now)
    target = member.target
    if agreed:
        stored = session.get(Member, member.id, populate_existing=True)
        assert stored is not None  # _member_row found it
        apply_member_fields(session, actor, target, member.id, learning_status="completed",
                            skills=sorted(member_skills(stored) | agreed))
    else:
        apply_member_fields(session, actor, target, member.id, learning_status="completed")
    session.flush()
