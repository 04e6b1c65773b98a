"""Signing up: a seat or the waiting list, cancelling (the first one waiting moves
up), a member's and a household's sign-ups; a sign-up a leader's phone kept (offline
perhaps), applied once (``apply_changes``)."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, datetime

import sqlalchemy as sa
from sqlmodel import Session, col, select

from digital_family.base import clock
from digital_family.base.db import core_rows
from digital_family.base.models import (
    Household,
    Member,
    class_completion,
    class_group,
    class_session,
    class_signup,
    course_completion,
    id_column,
    learning_class,
)
from digital_family.base.permissions import (
    SIGN_IN_KEY,
    SYSTEM,
    Action,
    Actor,
    HouseholdTarget,
    PermissionDenied,
    account_id,
    can,
)
from digital_family.base.validation import ValidationError
from digital_family.households import consent, consent_rules, household_changes
from digital_family.households.access import as_id, household_target, member_target
from digital_family.households.edits import apply_member_fields
from digital_family.programmes.classes.catalogue import next_session_key
from digital_family.programmes.classes.core import (
    ACTIVE,
    ClassInfo,
    ClassRow,
    class_infos,
    for_group,
    sees_all,
    visible_class,
)
from digital_family.records import audit

LEARNING = ("enrolled", "completed")

_C, _U = learning_class, class_signup
_D, _G = class_completion, class_group


@dataclass(frozen=True)
class HouseholdClasses:
    """What the household page offers: the coming classes its people may sign up for,
    its members, and their sign-ups (class id, member id) -> status."""

    classes: tuple[ClassInfo, ...]
    members: tuple[tuple[int, str], ...]  # (id, full name), by birth year
    signups: dict[tuple[int, int], str]


def household_classes(session: Session, actor: Actor | None, household_id: object, *,
                      today: date | None = None) -> HouseholdClasses:
    """The classes with a session today or later that are for the household's group or
    the whole ward, its members and their sign-ups (who may read the household, or
    staff)."""
    action = Action.MANAGE_CLASSES if actor is not None and can(
        actor, Action.MANAGE_CLASSES) else Action.READ_HOUSEHOLD
    target = household_target(session, actor, household_id, action)
    today = today or clock.vietnam_date()
    for_group = sa.or_(
        ~select(_G.c.class_id).where(_G.c.class_id == _C.c.id).exists(),
        select(_G.c.class_id).where(_G.c.class_id == _C.c.id,
                                    _G.c.group_id == target.group_id).exists())
    found = class_infos(session, for_group, today)
    members = tuple((r[0], r[1]) for r in session.exec(
        select(id_column(Member), Member.full_name).where(
            col(Member.household_id) == target.household_id)
        .order_by(col(Member.birth_year), col(Member.id))))
    signups: dict[tuple[int, int], str] = {(r[0], r[1]): r[2] for r in session.exec(
        select(_U.c.class_id, _U.c.member_id, _U.c.status).where(
            _U.c.household_id == target.household_id, _U.c.status.in_(ACTIVE)))}
    return HouseholdClasses(tuple(sorted(found, key=next_session_key(today))), members, signups)


# Signing up


def signer_target(session: Session, actor: Actor | None,
                  member_id: object) -> HouseholdTarget:
    """The member's target once ``actor`` may sign them up: staff anyone, the family
    its own members and a leader the people of his groups (EDIT_HOUSEHOLD, which
    also asks for the household's consent)."""
    if actor is None:
        raise PermissionDenied(SIGN_IN_KEY)
    if can(actor, Action.MANAGE_CLASSES):
        return member_target(session, actor, member_id, Action.MANAGE_CLASSES)
    return member_target(session, actor, member_id, Action.EDIT_HOUSEHOLD)


def _learning_status(session: Session, member_id: int) -> str:
    return session.exec(select(Member.learning_status).where(
        col(Member.id) == member_id)).one()


def _enrol(session: Session, actor: Actor, signup_id: int, member_id: int,
           target: HouseholdTarget, via: str | None = None) -> None:
    """The sign-up holds a seat: a member not yet learning becomes enrolled (through
    the write path), noting whether they are the household's first learner."""
    if _learning_status(session, member_id) != "none":
        return
    others = session.exec(select(sa.func.count()).select_from(Member).where(
        col(Member.household_id) == target.household_id, col(Member.id) != member_id,
        col(Member.learning_status).in_(LEARNING))).one()
    apply_member_fields(session, actor, target, member_id, via=via, learning_status="enrolled")
    session.exec(_U.update().where(_U.c.id == signup_id).values(
        set_enrolled=True, first_learner=others == 0))


def _seats_taken(session: Session, class_id: int) -> int:
    return session.exec(select(sa.func.count()).select_from(_U).where(
        _U.c.class_id == class_id, _U.c.status == "signed_up")).one()


def write_signup(session: Session, actor: Actor, row: ClassRow, member_id: int,
                 target: HouseholdTarget, status: str, now: datetime) -> int:
    # a sign-up is a kind of data the household's consent must name (notice 2027-01 on)
    if not consent.covers(session, target.household_id, "classes"):
        raise consent_rules.ConsentRequired("consent.renew_needed")
    existing = session.exec(select(_U.c.id, _U.c.status).where(
        _U.c.class_id == row.id, _U.c.member_id == member_id)).first()
    values: dict[str, object] = {
        "status": status, "signed_up_by_id": account_id(actor), "signed_up_at": now,
        "set_enrolled": False, "first_learner": False}
    if existing is None:
        signup_id: int = session.exec(_U.insert().values(
            class_id=row.id, member_id=member_id, household_id=target.household_id, **values
        ).returning(_U.c.id)).scalar_one()
    else:
        signup_id = existing[0]
        session.exec(_U.update().where(_U.c.id == signup_id).values(**values))
    audit.record(session, actor, [audit.Change(audit.CLASS_SIGNUP, target.household_id,
                                               member_id, key=row.code, new=status)], at=now)
    if status == "signed_up":
        _enrol(session, actor, signup_id, member_id, target)
    return signup_id


def sign_up(session: Session, actor: Actor | None, class_id: object, member_id: object, *,
            now: datetime | None = None, open_on: date | None = None) -> str:
    """Sign the member up for the class; returns "signed_up", or "waiting" when the
    class is full (already signed up or waiting: as it stands). The family for its own
    members, a leader for his groups' people, staff anyone (``signer_target``); a
    class for other groups is refused (staff excepted), and with ``open_on`` a class
    with no session that day or later ("error.class.closed")."""
    target = signer_target(session, actor, member_id)
    assert actor is not None
    row = visible_class(session, actor, class_id, lock=True)
    if not sees_all(actor) and not for_group(session, row.id, target.group_id):
        raise ValidationError("class", "error.class.not_for_group")
    if open_on is not None and session.exec(select(class_session.c.id).where(
            class_session.c.class_id == row.id, class_session.c.day >= open_on)).first() is None:
        raise ValidationError("class", "error.class.closed", title=row.title)
    mid = as_id(member_id)
    assert mid is not None
    status: str | None = session.exec(select(_U.c.status).where(
        _U.c.class_id == row.id, _U.c.member_id == mid)).one_or_none()
    if status is not None and status in ACTIVE:
        return status
    wanted = "signed_up" if _seats_taken(session, row.id) < row.capacity else "waiting"
    write_signup(session, actor, row, mid, target, wanted, clock.utc(now))
    session.flush()
    return wanted


def _other_learning(session: Session, member_id: int, signup_id: int) -> bool:
    """Whether anything besides this sign-up holds the member's learning status."""
    signups = select(_U.c.id).where(_U.c.member_id == member_id, _U.c.id != signup_id,
                                    _U.c.status == "signed_up").exists()
    completions = select(_D.c.member_id).where(_D.c.member_id == member_id).exists()
    courses = select(course_completion.c.id).where(
        course_completion.c.member_id == member_id).exists()
    return bool(session.exec(select(sa.or_(signups, completions, courses))).first())


def cancel(session: Session, actor: Actor | None, class_id: object, member_id: object, *,
           now: datetime | None = None) -> int | None:
    """Cancel the member's sign-up (who may sign them up may cancel); a seat it freed
    goes to the first one waiting, whose id is returned. A member the sign-up made
    enrolled is "none" again unless something else holds it."""
    target = signer_target(session, actor, member_id)
    assert actor is not None
    row = visible_class(session, actor, class_id, lock=True)
    mid = as_id(member_id)
    signup = session.exec(select(_U.c.id, _U.c.status, _U.c.set_enrolled, _U.c.member_id)
                          .where(_U.c.class_id == row.id, _U.c.member_id == mid)).first()
    if signup is None or signup[1] == "cancelled":
        raise ValidationError("member", "error.class.not_signed_up")
    signup_id, signup_status, set_enrolled, signup_member = signup
    now = clock.utc(now)
    session.exec(_U.update().where(_U.c.id == signup_id).values(
        status="cancelled", set_enrolled=False, first_learner=False))
    audit.record(session, actor, [audit.Change(audit.CLASS_CANCEL, target.household_id, mid,
                                               key=row.code)], at=now)
    if (set_enrolled and _learning_status(session, signup_member) == "enrolled"
            and not _other_learning(session, signup_member, signup_id)):
        apply_member_fields(session, actor, target, mid, learning_status="none")
    promoted = None
    if signup_status == "signed_up" and _seats_taken(session, row.id) < row.capacity:
        first = core_rows(session,
            sa.select(_U.c.id, _U.c.member_id, _U.c.household_id, col(Household.group_id),
                      col(Household.ward_id))
            .join(Household, col(Household.id) == _U.c.household_id)
            .where(_U.c.class_id == row.id, _U.c.status == "waiting")
            .order_by(_U.c.signed_up_at, _U.c.id).limit(1)).first()
        if first is not None:
            first_id, promoted, household_id, group_id, ward_id = first
            session.exec(_U.update().where(_U.c.id == first_id).values(status="signed_up"))
            other = HouseholdTarget(household_id=household_id, group_id=group_id, ward_id=ward_id)
            # moved up by the waiting list itself, not by whoever cancelled
            audit.record(session, SYSTEM, [audit.Change(
                audit.CLASS_SIGNUP, other.household_id, promoted, key=row.code,
                new="signed_up")], via="app", at=now)
            _enrol(session, SYSTEM, first_id, promoted, other, via="app")
    session.flush()
    return promoted


def member_signups(session: Session, actor: Actor | None, member_id: object) -> dict[int, str]:
    """The member's sign-ups, class id -> status (Action.READ_HOUSEHOLD on its
    household, or staff): what the household page shows beside each person."""
    if actor is not None and can(actor, Action.MANAGE_CLASSES):
        member_target(session, actor, member_id, Action.MANAGE_CLASSES)
    else:
        member_target(session, actor, member_id, Action.READ_HOUSEHOLD)
    return dict(session.exec(select(_U.c.class_id, _U.c.status).where(
        _U.c.member_id == as_id(member_id))).all())




# A sign-up a leader's phone kept (issue 20 point 2: at the door, offline too)


def _household_version(session: Session, household_id: int) -> int:
    return session.exec(select(Household.version).where(
        col(Household.id) == household_id)).one()


def apply_kept_signup(session: Session, actor: Actor, change: household_changes.Change,
                      now: datetime) -> household_changes.Outcome:
    """A "signup" change (``household_changes``): ``sign_up`` as the page's button does,
    checked against the household as stored, for a class still open on the day it
    arrives; a full class puts the member on the waiting list. The version it moved the
    household to is returned, so a confirmation made after it on the phone stands."""
    target = signer_target(session, actor, change.member_id)
    before = _household_version(session, target.household_id)
    status = sign_up(session, actor, change.class_id, change.member_id, now=now,
                     open_on=clock.vietnam_date(now))
    after = _household_version(session, target.household_id)
    return household_changes.Outcome(
        change.id, "signup", "applied", household_id=target.household_id,
        member_id=change.member_id, version=after if after != before else None,
        result=status)


APPLIERS: dict[str, household_changes.KindApplier] = {"signup": apply_kept_signup}


def apply_changes(session: Session, actor: Actor | None,
                  changes: Iterable[household_changes.Change], *,
                  now: datetime | None = None) -> tuple[household_changes.Outcome, ...]:
    """``household_changes.apply_changes`` with the classes' own kind (a sign-up): what a
    household page's or a leader's week's outbox sends, each change once."""
    return household_changes.apply_changes(session, actor, changes, now=now, appliers=APPLIERS)
