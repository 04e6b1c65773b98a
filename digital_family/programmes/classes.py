"""The ward's digital-skills classes (issue 20): classes, sign-ups, attendance, completions.

Ward staff create a class (Action.MANAGE_CLASSES): what it teaches, its sessions, its
capacity, its teacher (an ambassador's or staff account) and the groups it is for (none:
the whole ward). A family signs its own members up (``member_target`` with
EDIT_HOUSEHOLD: consent-gated), a leader the people of his groups, staff anyone; past
the capacity a sign-up waits, and a cancellation moves the first one waiting up. The
class's teacher (Action.TEACH and being its teacher) or staff tick who came, add a
walk-in found by name, phone or household, and mark who completed.

A member's learning status moves through the write path of every answer
(``edits.apply_member_fields``: audit, version, live roll-ups): a sign-up makes a
member who was ``none`` ``enrolled`` (a cancellation takes it back when nothing else
holds it), a completion — in a class, on the national platform, or from an imported
list — makes them ``completed``; the taught skills are recorded only with the learner's
agreement (``consent_skills``). Rows carry household_id: the family's export and
erasure take them (``personal_data.other_household_tables``).

Figures (``class_figures``) are counted in SQL, for the ward or a group.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta

import sqlalchemy as sa
from sqlmodel import Session

from digital_family.access.permissions import (
    SIGN_IN_KEY,
    SYSTEM,
    Action,
    Actor,
    PermissionDenied,
    Target,
    account_id,
    can,
    require,
)
from digital_family.base import clock
from digital_family.base.codes import SKILLS
from digital_family.base.groups import find_group
from digital_family.base.i18n import CatalogueError
from digital_family.base.models import (
    CLASS_TOPICS,
    Household,
    Member,
    ResidentialGroup,
    UserAccount,
    class_attendance,
    class_completion,
    class_group,
    class_session,
    class_signup,
    course_completion,
    learning_class,
    member_skills,
)
from digital_family.base.validation import (
    ValidationError,
    clean_text,
    free_text,
    validate_code,
    validate_household_code,
    whole_number,
)
from digital_family.campaign.register import (
    RegisterImportError,
    RowError,
    header_index,
    read_table,
)
from digital_family.households import consent, consent_rules
from digital_family.households.access import as_id, household_target, member_target
from digital_family.households.edits import apply_member_fields
from digital_family.records import audit

CODE_MAX = 20
TITLE_MAX = 200
PLACE_MAX = 200
COURSE_MAX = 200
MAX_CAPACITY = 500
MAX_SESSIONS = 40
DEFAULT_MINUTES = 90
MAX_FOUND = 20  # walk-ins found at once
# What a class's topics teach among the eight skills (the 4T topics are flags of small
# traders, not skills: a completion does not set them).
TOPIC_SKILLS = {**{s: s for s in SKILLS}, "vneid": "vneid_app", "epayment": "cashless_payment"}
IMPORT_COLUMNS = ("household_code", "full_name", "birth_year", "course", "completed_on")
LEARNING = ("enrolled", "completed")
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


@dataclass(frozen=True)
class LearningImportSummary:
    rows: int
    members_completed: int  # whose status moved to completed


# Checking what people gave


def _day(value, field: str) -> date:
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


def _time(value, field: str) -> time:
    if isinstance(value, time):
        return value.replace(second=0, microsecond=0, tzinfo=None)
    text = clean_text(value)
    try:
        hours, minutes = text.split(":")
        return time(int(hours), int(minutes))
    except ValueError:
        raise ValidationError(field, "error.class.time") from None


def _topics(value) -> tuple[str, ...]:
    items = value.split(";") if isinstance(value, str) else list(value or ())
    codes = tuple(dict.fromkeys(clean_text(v) for v in items if clean_text(v)))
    if not codes or any(c not in CLASS_TOPICS for c in codes):
        raise ValidationError("topics", "error.class.topics")
    return codes


def _capacity(value) -> int:
    number = whole_number(value) if not isinstance(value, bool) else None
    if number is None or not 1 <= number <= MAX_CAPACITY:
        raise ValidationError("capacity", "error.class.capacity", max=MAX_CAPACITY)
    return number


def _sessions(value) -> list[dict]:
    items = list(value or ())
    if not 1 <= len(items) <= MAX_SESSIONS:
        raise ValidationError("sessions", "error.class.sessions", max=MAX_SESSIONS)
    rows = []
    for item in items:
        if isinstance(item, dict):
            day, start = item.get("day"), item.get("starts_at", item.get("start"))
            place, minutes = item.get("place"), item.get("minutes", DEFAULT_MINUTES)
        elif isinstance(item, list | tuple) and len(item) in (3, 4):
            day, start, place = item[:3]
            minutes = item[3] if len(item) == 4 else DEFAULT_MINUTES
        else:
            raise ValidationError("sessions", "error.bad_request")
        length = whole_number(minutes) if not isinstance(minutes, bool) else None
        if length is None or not 1 <= length <= 600:
            raise ValidationError("sessions", "error.class.minutes")
        text = free_text(place, field="place", max_length=PLACE_MAX, label="class.place",
                         multiline=False)
        if not text:
            raise ValidationError("place", "error.class.place")
        rows.append({"day": _day(day, "day"), "starts_at": _time(start, "starts_at"),
                     "minutes": length, "place": text})
    return sorted(rows, key=lambda r: (r["day"], r["starts_at"]))


def _teacher(session: Session, teacher_id) -> int | None:
    if teacher_id is None:
        return None
    role = session.execute(sa.select(UserAccount.role).where(
        UserAccount.id == as_id(teacher_id), UserAccount.is_active)).scalar_one_or_none()
    if role not in ("ambassador", "ward_staff", "admin"):
        raise ValidationError("teacher", "error.class.teacher")
    return as_id(teacher_id)


# Reading classes


def _class_row(session: Session, class_id, *, lock: bool = False):
    query = sa.select(_C).where(_C.c.id == as_id(class_id))
    if lock:
        query = query.with_for_update()
    row = session.execute(query).first() if as_id(class_id) is not None else None
    if row is None:
        raise ClassNotFound()
    return row


def _class_groups(session: Session, class_id: int) -> set[int]:
    return set(session.execute(sa.select(_G.c.group_id).where(_G.c.class_id == class_id))
               .scalars())


def _own_group(session: Session, actor: Actor) -> int | None:
    if actor.household_id is None:
        return None
    return session.execute(sa.select(Household.group_id).where(
        Household.id == actor.household_id)).scalar_one_or_none()


def _sees_all(actor: Actor) -> bool:
    return can(actor, Action.MANAGE_CLASSES)


def _visible_condition(session: Session, actor: Actor) -> sa.ColumnElement:
    """SQL: the classes ``actor`` may see (staff every one; the others those for the
    whole ward or for their groups, and those they teach)."""
    if _sees_all(actor):
        return sa.true()
    groups = set(actor.group_ids)
    if actor.role == "resident":
        own = _own_group(session, actor)
        groups = {own} if own is not None else set()
    whole_ward = ~sa.select(_G.c.class_id).where(_G.c.class_id == _C.c.id).exists()
    for_groups = sa.select(_G.c.class_id).where(
        _G.c.class_id == _C.c.id, _G.c.group_id.in_(groups or {-1})).exists()
    return sa.or_(whole_ward, for_groups, _C.c.teacher_id == account_id(actor))


def _visible_class(session: Session, actor: Actor | None, class_id, *, lock: bool = False):
    if actor is None:
        raise PermissionDenied(SIGN_IN_KEY)
    row = _class_row(session, class_id, lock=lock)
    if not session.execute(sa.select(_C.c.id).where(
            _C.c.id == row.id, _visible_condition(session, actor))).first():
        raise ClassNotFound()
    return row


def _infos(session: Session, condition, since: date | None = None) -> list[ClassInfo]:
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


def create_class(
    session: Session, actor: Actor | None, *, code, title, topics, capacity, sessions,
    teacher_id=None, group_codes=(), now: datetime | None = None,
) -> ClassInfo:
    """A new class with its sessions (Action.MANAGE_CLASSES: ward staff). ``sessions``:
    (day, "HH:MM", place[, minutes]) or dicts with those keys; ``group_codes``: the
    groups it is for (none: the whole ward). ValidationError, nothing written, for a
    bad value."""
    require(actor, Action.MANAGE_CLASSES)
    class_code = validate_code(code, field="code", max_length=CODE_MAX)
    text = free_text(title, field="title", max_length=TITLE_MAX, label="class.title",
                     multiline=False)
    if not text:
        raise ValidationError("title", "error.class.title")
    codes, size, rows = _topics(topics), _capacity(capacity), _sessions(sessions)
    teacher = _teacher(session, teacher_id)
    group_ids = []
    for group in group_codes or ():
        found_code, group_id = find_group(session, group, field="groups")
        if group_id is None:
            raise ValidationError("groups", "error.group.unknown", code=found_code)
        group_ids.append(group_id)
    if session.execute(sa.select(_C.c.id).where(_C.c.code == class_code)).first():
        raise ValidationError("code", "error.class.code_taken", code=class_code)
    class_id = session.execute(_C.insert().values(
        code=class_code, title=text, topics=";".join(codes), capacity=size,
        teacher_id=teacher, created_by_id=account_id(actor), created_at=clock.utc(now),
    ).returning(_C.c.id)).scalar_one()
    session.execute(_S.insert(), [{**r, "class_id": class_id} for r in rows])
    if group_ids:
        session.execute(_G.insert(), [{"class_id": class_id, "group_id": g}
                                      for g in sorted(set(group_ids))])
    session.flush()
    return _infos(session, _C.c.id == class_id)[0]


def list_classes(session: Session, actor: Actor | None, *, since=None) -> tuple[ClassInfo, ...]:
    """The classes ``actor`` may see (anyone signed in: staff every class; a family
    those for its group or the whole ward; leaders and ambassadors those for their
    groups or the whole ward, and those they teach), by code; ``since``: only those
    with a session on or after that day."""
    if actor is None:
        raise PermissionDenied(SIGN_IN_KEY)
    day = _day(since, "since") if since not in (None, "") else None
    return tuple(_infos(session, _visible_condition(session, actor), day))


def get_class(session: Session, actor: Actor | None, class_id) -> ClassInfo:
    """One class ``actor`` may see (ClassNotFound otherwise)."""
    row = _visible_class(session, actor, class_id)
    return _infos(session, _C.c.id == row.id)[0]


@dataclass(frozen=True)
class HouseholdClasses:
    """What the household page offers: the coming classes its people may sign up for,
    its members, and their sign-ups (class id, member id) -> status."""

    classes: tuple[ClassInfo, ...]
    members: tuple[tuple[int, str], ...]  # (id, full name), by birth year
    signups: dict[tuple[int, int], str]


def household_classes(session: Session, actor: Actor | None, household_id, *,
                      today: date | None = None) -> HouseholdClasses:
    """The classes with a session today or later that are for the household's group or
    the whole ward, its members and their sign-ups (who may read the household, or
    staff)."""
    action = Action.MANAGE_CLASSES if actor is not None and can(
        actor, Action.MANAGE_CLASSES) else Action.READ_HOUSEHOLD
    target = household_target(session, actor, household_id, action)
    today = today or clock.vietnam_date()
    for_group = sa.or_(
        ~sa.select(_G.c.class_id).where(_G.c.class_id == _C.c.id).exists(),
        sa.select(_G.c.class_id).where(_G.c.class_id == _C.c.id,
                                       _G.c.group_id == target.group_id).exists())
    found = _infos(session, for_group, today)
    members = tuple((r[0], r[1]) for r in session.execute(
        sa.select(Member.id, Member.full_name).where(
            Member.household_id == target.household_id)
        .order_by(Member.birth_year, Member.id)))
    signups = {(r[0], r[1]): r[2] for r in session.execute(
        sa.select(_U.c.class_id, _U.c.member_id, _U.c.status).where(
            _U.c.household_id == target.household_id, _U.c.status.in_(ACTIVE)))}
    return HouseholdClasses(tuple(sorted(found, key=_next_session(today))), members, signups)


def _next_session(today: date):
    """Sort key: the class's next session (a class whose sessions are over, last)."""
    def key(info: ClassInfo):
        coming = [(s.day, s.starts_at) for s in info.sessions if s.day >= today]
        return (0, *coming[0], info.code) if coming else (1, date.max, time.max, info.code)
    return key


def by_next_session(found: Iterable[ClassInfo], today: date | None = None
                    ) -> list[ClassInfo]:
    """``found`` with the coming classes first, by their next session."""
    return sorted(found, key=_next_session(today or clock.vietnam_date()))


def teachers(session: Session, actor: Actor | None) -> tuple[tuple[int, str], ...]:
    """Who may teach a class (active ambassador and staff accounts), for the form that
    creates one (Action.MANAGE_CLASSES): (account id, name), by name."""
    require(actor, Action.MANAGE_CLASSES)
    return tuple((r[0], r[1]) for r in session.execute(
        sa.select(UserAccount.id, UserAccount.full_name).where(
            UserAccount.is_active, UserAccount.role.in_(("ambassador", "ward_staff")))
        .order_by(UserAccount.full_name, UserAccount.id)))


# Signing up


def _signer_target(session: Session, actor: Actor | None, member_id) -> Target:
    """The member's target once ``actor`` may sign them up: staff anyone, the family
    its own members and a leader the people of his groups (EDIT_HOUSEHOLD, which
    also asks for the household's consent)."""
    if actor is None:
        raise PermissionDenied(SIGN_IN_KEY)
    if can(actor, Action.MANAGE_CLASSES):
        return member_target(session, actor, member_id, Action.MANAGE_CLASSES)
    return member_target(session, actor, member_id, Action.EDIT_HOUSEHOLD)


def _for_group(session: Session, class_id: int, group_id: int | None) -> bool:
    groups = _class_groups(session, class_id)
    return not groups or group_id in groups


def _learning_status(session: Session, member_id: int) -> str:
    return session.execute(sa.select(Member.learning_status).where(
        Member.id == member_id)).scalar_one()


def _enrol(session: Session, actor: Actor, signup_id: int, member_id: int, target: Target,
           via: str | None = None) -> None:
    """The sign-up holds a seat: a member not yet learning becomes enrolled (through
    the write path), noting whether they are the household's first learner."""
    if _learning_status(session, member_id) != "none":
        return
    others = session.execute(sa.select(sa.func.count()).select_from(Member).where(
        Member.household_id == target.household_id, Member.id != member_id,
        Member.learning_status.in_(LEARNING))).scalar_one()
    apply_member_fields(session, actor, target, member_id, via=via, learning_status="enrolled")
    session.execute(_U.update().where(_U.c.id == signup_id).values(
        set_enrolled=True, first_learner=others == 0))


def _seats_taken(session: Session, class_id: int) -> int:
    return session.execute(sa.select(sa.func.count()).select_from(_U).where(
        _U.c.class_id == class_id, _U.c.status == "signed_up")).scalar_one()


def _write_signup(session: Session, actor: Actor, row, member_id: int, target: Target,
                  status: str, now: datetime) -> int:
    # a sign-up is a kind of data the household's consent must name (notice 2027-01 on)
    if not consent.covers(session, target.household_id, "classes"):
        raise consent_rules.ConsentRequired("consent.renew_needed")
    existing = session.execute(sa.select(_U.c.id, _U.c.status).where(
        _U.c.class_id == row.id, _U.c.member_id == member_id)).first()
    values = {"status": status, "signed_up_by_id": account_id(actor), "signed_up_at": now,
              "set_enrolled": False, "first_learner": False}
    if existing is None:
        signup_id = session.execute(_U.insert().values(
            class_id=row.id, member_id=member_id, household_id=target.household_id, **values
        ).returning(_U.c.id)).scalar_one()
    else:
        signup_id = existing.id
        session.execute(_U.update().where(_U.c.id == signup_id).values(**values))
    audit.record(session, actor, [audit.Change(audit.CLASS_SIGNUP, target.household_id,
                                               member_id, key=row.code, new=status)], at=now)
    if status == "signed_up":
        _enrol(session, actor, signup_id, member_id, target)
    return signup_id


def sign_up(session: Session, actor: Actor | None, class_id, member_id, *,
            now: datetime | None = None) -> str:
    """Sign the member up for the class; returns "signed_up", or "waiting" when the
    class is full (already signed up or waiting: as it stands). The family for its own
    members, a leader for his groups' people, staff anyone (``_signer_target``); a
    class for other groups is refused (staff excepted)."""
    target = _signer_target(session, actor, member_id)
    assert actor is not None
    row = _visible_class(session, actor, class_id, lock=True)
    if not _sees_all(actor) and not _for_group(session, row.id, target.group_id):
        raise ValidationError("class", "error.class.not_for_group")
    mid = as_id(member_id)
    assert mid is not None
    status = session.execute(sa.select(_U.c.status).where(
        _U.c.class_id == row.id, _U.c.member_id == mid)).scalar_one_or_none()
    if status in ACTIVE:
        return status
    wanted = "signed_up" if _seats_taken(session, row.id) < row.capacity else "waiting"
    _write_signup(session, actor, row, mid, target, wanted, clock.utc(now))
    session.flush()
    return wanted


def _other_learning(session: Session, member_id: int, signup_id: int) -> bool:
    """Whether anything besides this sign-up holds the member's learning status."""
    signups = sa.select(_U.c.id).where(_U.c.member_id == member_id, _U.c.id != signup_id,
                                       _U.c.status == "signed_up").exists()
    completions = sa.select(_D.c.member_id).where(_D.c.member_id == member_id).exists()
    courses = sa.select(course_completion.c.id).where(
        course_completion.c.member_id == member_id).exists()
    return bool(session.execute(sa.select(sa.or_(signups, completions, courses))).scalar())


def cancel(session: Session, actor: Actor | None, class_id, member_id, *,
           now: datetime | None = None) -> int | None:
    """Cancel the member's sign-up (who may sign them up may cancel); a seat it freed
    goes to the first one waiting, whose id is returned. A member the sign-up made
    enrolled is "none" again unless something else holds it."""
    target = _signer_target(session, actor, member_id)
    assert actor is not None
    row = _visible_class(session, actor, class_id, lock=True)
    mid = as_id(member_id)
    signup = session.execute(sa.select(_U).where(
        _U.c.class_id == row.id, _U.c.member_id == mid)).first()
    if signup is None or signup.status == "cancelled":
        raise ValidationError("member", "error.class.not_signed_up")
    now = clock.utc(now)
    session.execute(_U.update().where(_U.c.id == signup.id).values(
        status="cancelled", set_enrolled=False, first_learner=False))
    audit.record(session, actor, [audit.Change(audit.CLASS_CANCEL, target.household_id, mid,
                                               key=row.code)], at=now)
    if (signup.set_enrolled and _learning_status(session, signup.member_id) == "enrolled"
            and not _other_learning(session, signup.member_id, signup.id)):
        apply_member_fields(session, actor, target, mid, learning_status="none")
    promoted = None
    if signup.status == "signed_up" and _seats_taken(session, row.id) < row.capacity:
        first = session.execute(
            sa.select(_U.c.id, _U.c.member_id, _U.c.household_id, Household.group_id)
            .join(Household, Household.id == _U.c.household_id)
            .where(_U.c.class_id == row.id, _U.c.status == "waiting")
            .order_by(_U.c.signed_up_at, _U.c.id).limit(1)).first()
        if first is not None:
            promoted = first.member_id
            session.execute(_U.update().where(_U.c.id == first.id).values(status="signed_up"))
            other = Target(household_id=first.household_id, group_id=first.group_id)
            # moved up by the waiting list itself, not by whoever cancelled
            audit.record(session, SYSTEM, [audit.Change(
                audit.CLASS_SIGNUP, other.household_id, promoted, key=row.code,
                new="signed_up")], via="app", at=now)
            _enrol(session, SYSTEM, first.id, promoted, other, via="app")
    session.flush()
    return promoted


def member_signups(session: Session, actor: Actor | None, member_id) -> dict[int, str]:
    """The member's sign-ups, class id -> status (Action.READ_HOUSEHOLD on its
    household, or staff): what the household page shows beside each person."""
    if actor is not None and can(actor, Action.MANAGE_CLASSES):
        member_target(session, actor, member_id, Action.MANAGE_CLASSES)
    else:
        member_target(session, actor, member_id, Action.READ_HOUSEHOLD)
    return dict(session.execute(sa.select(_U.c.class_id, _U.c.status).where(
        _U.c.member_id == as_id(member_id))).all())


# The teacher's side


def _taught_class(session: Session, actor: Actor | None, class_id, *, lock: bool = False):
    """The class once ``actor`` teaches it (Action.TEACH and its teacher) or is staff."""
    if actor is None:
        raise PermissionDenied(SIGN_IN_KEY)
    row = _class_row(session, class_id, lock=lock)
    if can(actor, Action.MANAGE_CLASSES):
        return row
    if not can(actor, Action.TEACH) or row.teacher_id != account_id(actor):
        raise PermissionDenied()
    return row


def _session_row(session: Session, session_id):
    row = session.execute(sa.select(_S).where(_S.c.id == as_id(session_id))).first() \
        if as_id(session_id) is not None else None
    if row is None:
        raise ClassNotFound()
    return row


def _member_row(session: Session, member_id):
    row = session.execute(
        sa.select(Member.id, Member.household_id, Household.group_id, Household.code)
        .join(Household, Household.id == Member.household_id)
        .where(Member.id == as_id(member_id))).first() if as_id(member_id) is not None else None
    if row is None:
        raise ValidationError("member", "error.class.not_signed_up")
    return row


def roster(session: Session, actor: Actor | None, class_id) -> tuple[Learner, ...]:
    """Who signed up (or waits) for the class, with the sessions they came to: its
    teacher and staff see everyone, a leader the people of his groups."""
    if actor is None:
        raise PermissionDenied(SIGN_IN_KEY)
    condition = sa.true()
    if actor.role == "group_leader":
        row = _visible_class(session, actor, class_id)
        groups = sorted(g for g in actor.group_ids
                        if can(actor, Action.READ_GROUP_MEMBERS, Target(group_id=g)))
        condition = Household.group_id.in_(groups or [-1])
    else:
        row = _taught_class(session, actor, class_id)
    people = session.execute(
        sa.select(_U.c.member_id, Member.full_name, Household.code, _U.c.status)
        .join(Member, Member.id == _U.c.member_id)
        .join(Household, Household.id == _U.c.household_id)
        .where(_U.c.class_id == row.id, _U.c.status.in_(ACTIVE), condition)
        .order_by(_U.c.status, Member.full_name, _U.c.member_id)).all()
    came: dict[int, list[int]] = {}
    for session_id, mid in session.execute(
            sa.select(_A.c.session_id, _A.c.member_id).join(_S, _S.c.id == _A.c.session_id)
            .where(_S.c.class_id == row.id).order_by(_A.c.session_id)):
        came.setdefault(mid, []).append(session_id)
    done = set(session.execute(sa.select(_D.c.member_id).where(_D.c.class_id == row.id))
               .scalars())
    return tuple(Learner(p[0], p[1], p[2], p[3], tuple(came.get(p[0], ())), p[0] in done)
                 for p in people)


def set_attendance(session: Session, actor: Actor | None, session_id, member_id,
                   present: bool = True, *, now: datetime | None = None) -> None:
    """Tick (or untick) that a signed-up member came to the session (its class's
    teacher, or staff)."""
    s = _session_row(session, session_id)
    row = _taught_class(session, actor, s.class_id)
    member = _member_row(session, member_id)
    status = session.execute(sa.select(_U.c.status).where(
        _U.c.class_id == row.id, _U.c.member_id == member.id)).scalar_one_or_none()
    if status != "signed_up":
        raise ValidationError("member", "error.class.not_signed_up")
    now = clock.utc(now)
    here = session.execute(sa.select(_A.c.member_id).where(
        _A.c.session_id == s.id, _A.c.member_id == member.id)).first() is not None
    if present and not here:
        session.execute(_A.insert().values(session_id=s.id, member_id=member.id,
                                           household_id=member.household_id,
                                           marked_by_id=account_id(actor), marked_at=now))
        audit.record(session, actor, [audit.Change(
            audit.CLASS_ATTEND, member.household_id, member.id, key=row.code,
            new=s.day.isoformat())], at=now)
    elif not present and here:
        session.execute(_A.delete().where(_A.c.session_id == s.id,
                                          _A.c.member_id == member.id))
    session.flush()


def find_walk_ins(session: Session, actor: Actor | None, class_id, query) -> tuple[Found, ...]:
    """People the class is for, found by household code, contact phone or name (names
    only; the class's teacher or staff). At most MAX_FOUND."""
    row = _taught_class(session, actor, class_id)
    text = clean_text(query)
    if len(text) < 2:
        return ()
    groups = _class_groups(session, row.id)
    base = (sa.select(Member.id, Member.full_name, Household.code)
            .join(Household, Household.id == Member.household_id)
            .where(~consent_rules.hidden_from_leaders(Household.id)))
    if groups:
        base = base.where(Household.group_id.in_(groups))
    digits = "".join(ch for ch in text if ch.isdigit())
    matches = [Household.code == text.upper()]
    if len(digits) >= 9:  # a phone number, however it was typed
        pattern = f"%{digits[-9:]}"
        matches += [Household.phone.like(pattern), Household.id.in_(
            sa.select(UserAccount.household_id).where(UserAccount.phone.like(pattern)))]
    exact = base.where(sa.or_(*matches)).order_by(
        Household.code, Member.birth_year).limit(MAX_FOUND)
    found = [Found(*r) for r in session.execute(exact)]
    if not found:
        wanted = text.casefold()
        for r in session.execute(base.order_by(Member.full_name, Member.id)):
            if wanted in r[1].casefold():
                found.append(Found(*r))
                if len(found) >= MAX_FOUND:
                    break
    return tuple(found)


def add_walk_in(session: Session, actor: Actor | None, session_id, member_id, *,
                now: datetime | None = None) -> None:
    """Someone came without a seat: signed up (past the capacity if need be) and ticked
    as present (the class's teacher, or staff). Their household must be one the class
    is for and have consented (a sign-up keeps personal data)."""
    s = _session_row(session, session_id)
    row = _taught_class(session, actor, s.class_id, lock=True)
    assert actor is not None
    member = _member_row(session, member_id)
    if not _for_group(session, row.id, member.group_id):
        raise ValidationError("member", "error.class.not_for_group")
    target = Target(household_id=member.household_id, group_id=member.group_id)
    status = session.execute(sa.select(_U.c.status).where(
        _U.c.class_id == row.id, _U.c.member_id == member.id)).scalar_one_or_none()
    now = clock.utc(now)
    if status != "signed_up":
        _write_signup(session, actor, row, member.id, target, "signed_up", now)
    set_attendance(session, actor, s.id, member.id, True, now=now)


def complete(session: Session, actor: Actor | None, class_id, member_id, *,
             consent_skills: bool = False, skills: Iterable[str] | None = None,
             on=None, now: datetime | None = None) -> None:
    """Mark that a signed-up member completed the class (its teacher, or staff): their
    learning status becomes "completed", and — only with ``consent_skills`` (the
    learner agreed) — the taught skills (``skills``: those of them they can now do;
    default all) are added to theirs, through the write path."""
    row = _taught_class(session, actor, class_id)
    assert actor is not None
    member = _member_row(session, member_id)
    status = session.execute(sa.select(_U.c.status).where(
        _U.c.class_id == row.id, _U.c.member_id == member.id)).scalar_one_or_none()
    if status != "signed_up":
        raise ValidationError("member", "error.class.not_signed_up")
    taught = {TOPIC_SKILLS[t] for t in row.topics.split(";") if t in TOPIC_SKILLS}
    agreed: set[str] = set()
    if consent_skills:
        agreed = set(taught if skills is None else skills)
        if not agreed <= taught:
            raise ValidationError("skills", "error.class.skills_not_taught")
    now = clock.utc(now)
    day = _day(on, "completed_on") if on not in (None, "") else clock.vietnam_date(now)
    values = {"completed_on": day, "skills": ";".join(s for s in SKILLS if s in agreed),
              "marked_by_id": account_id(actor), "marked_at": now}
    if session.execute(sa.select(_D.c.member_id).where(
            _D.c.class_id == row.id, _D.c.member_id == member.id)).first():
        session.execute(_D.update().where(_D.c.class_id == row.id,
                                          _D.c.member_id == member.id).values(**values))
    else:
        session.execute(_D.insert().values(class_id=row.id, member_id=member.id,
                                           household_id=member.household_id, **values))
    audit.record(session, actor, [audit.Change(audit.CLASS_COMPLETE, member.household_id,
                                               member.id, key=row.code,
                                               new=values["skills"] or None)], at=now)
    target = Target(household_id=member.household_id, group_id=member.group_id)
    changes: dict[str, object] = {"learning_status": "completed"}
    if agreed:
        current = member_skills(session.get(Member, member.id, populate_existing=True))
        changes["skills"] = sorted(current | agreed)
    apply_member_fields(session, actor, target, member.id, **changes)
    session.flush()


# Courses finished elsewhere


def _course(value) -> str:
    text = free_text(value, field="course", max_length=COURSE_MAX, label="course.name",
                     multiline=False)
    if not text:
        raise ValidationError("course", "error.course.name")
    return text


def _completed_on(value, today: date) -> date:
    day = _day(value, "completed_on")
    if day > today or day.year < 2020:
        raise ValidationError("completed_on", "error.course.day")
    return day


def record_course(session: Session, actor: Actor | None, member_id, *, course, completed_on,
                  now: datetime | None = None) -> None:
    """A course the member finished on the national platform (the family for its own
    members, a leader for his groups, staff): recorded, and the member "completed"."""
    target = _signer_target(session, actor, member_id)
    assert actor is not None
    now = clock.utc(now)
    name, day = _course(course), _completed_on(completed_on, clock.vietnam_date(now))
    mid = as_id(member_id)
    session.execute(course_completion.insert().values(
        member_id=mid, household_id=target.household_id, course=name, completed_on=day,
        source="national_platform", recorded_by_id=account_id(actor), recorded_at=now))
    audit.record(session, actor, [audit.Change(audit.COURSE_COMPLETE, target.household_id,
                                               mid, key=name[:60], new=day.isoformat())],
                 at=now)
    apply_member_fields(session, actor, target, mid, learning_status="completed")
    session.flush()


# The import of completions (digital-family learning import)


def _name_key(value) -> str:
    return clean_text(value).casefold()


def _check_import_row(number: int, cells: dict, today: date, errors: list[RowError]):
    checked = {}
    for column, check in (
            ("household_code", validate_household_code),
            ("course", _course),
            ("completed_on", lambda v: _completed_on(v, today))):
        try:
            checked[column] = check(cells[column])
        except ValidationError as exc:
            errors.append(RowError.of(number, column, exc))
    name = _name_key(cells["full_name"])
    if not name:
        errors.append(RowError(number, "full_name", "error.learning_import.name"))
    year = whole_number(cells["birth_year"]) if not isinstance(
        cells["birth_year"], bool) else None
    if year is None:
        errors.append(RowError(number, "birth_year", "error.learning_import.birth_year"))
    if len(checked) < 3 or not name or year is None:
        return None
    return (number, checked["household_code"], name, year, checked["course"],
            checked["completed_on"])


def _members_of(session: Session, codes: list[str]) -> dict[tuple, list[tuple]]:
    """(household code, name key, birth year) -> [(member id, household id, group id,
    learning status)] for the households of ``codes``."""
    found: dict[tuple, list[tuple]] = {}
    for start in range(0, len(codes), 500):
        for r in session.execute(
                sa.select(Household.code, Member.full_name, Member.birth_year, Member.id,
                          Household.id, Household.group_id, Member.learning_status)
                .join(Member, Member.household_id == Household.id)
                .where(Household.code.in_(codes[start:start + 500]))):
            found.setdefault((r[0], _name_key(r[1]), r[2]), []).append(tuple(r[3:]))
    return found


def import_completions_table(session: Session, actor: Actor | None,
                             table: list[tuple[int, list]], *,
                             now: datetime | None = None) -> LearningImportSummary:
    """Import course completions from ``read_table`` rows, all or nothing (ward staff,
    Action.IMPORT_EXPORT): each row's member — same household, same name after NFC and
    case folding, same birth year — gets the course recorded and becomes "completed"
    through the write path. RegisterImportError lists every bad row (no member, several,
    a bad value) by its row number; nothing is written then."""
    require(actor, Action.IMPORT_EXPORT)
    assert actor is not None
    if not table:
        raise RegisterImportError([RowError(None, None, "error.import.empty")])
    index, errors = header_index(table[0][1], IMPORT_COLUMNS)
    if errors:
        raise RegisterImportError(errors)
    now = clock.utc(now)
    today = clock.vietnam_date(now)
    rows = []
    for number, raw in table[1:]:
        cells = {c: raw[i] if i < len(raw) else None for c, i in index.items()}
        if all(clean_text(v) == "" for v in cells.values()):
            continue
        checked = _check_import_row(number, cells, today, errors)
        if checked is not None:
            rows.append(checked)
    members = _members_of(session, sorted({r[1] for r in rows}))
    matched = []
    for number, code, name, year, course, day in rows:
        found = members.get((code, name, year), [])
        if len(found) != 1:
            key = "error.learning_import.no_member" if not found else \
                "error.learning_import.several"
            errors.append(RowError(number, None, key, {"code": code, "n": len(found)}))
            continue
        matched.append((found[0], course, day))
    if errors:
        raise RegisterImportError(sorted(errors, key=lambda e: (e.row or 0, e.column or "")))
    if not matched:
        raise RegisterImportError([RowError(None, None, "error.learning_import.no_rows")])
    session.execute(course_completion.insert(), [
        {"member_id": m[0], "household_id": m[1], "course": course, "completed_on": day,
         "source": "import", "recorded_by_id": account_id(actor), "recorded_at": now}
        for m, course, day in matched])
    audit.record(session, actor, [
        audit.Change(audit.COURSE_COMPLETE, m[1], m[0], key=course[:60], new=day.isoformat())
        for m, course, day in matched], via="import", at=now)
    moved = 0
    for member_id in sorted({m[0] for m, _c, _d in matched}):
        m = next(x for x, _c, _d in matched if x[0] == member_id)
        if m[3] != "completed":
            apply_member_fields(session, actor, Target(household_id=m[1], group_id=m[2]),
                                member_id, via="import", learning_status="completed")
            moved += 1
    session.flush()
    return LearningImportSummary(rows=len(matched), members_completed=moved)


def import_completions(session: Session, actor: Actor | None, source, *,
                       name: str | None = None, now: datetime | None = None
                       ) -> LearningImportSummary:
    """``import_completions_table`` of a .csv/.xlsx file (a path, or bytes with
    ``name``), checked before the file is read."""
    require(actor, Action.IMPORT_EXPORT)
    return import_completions_table(session, actor, read_table(source, name=name), now=now)


# The calendar


def class_calendar(session: Session, actor: Actor | None, class_id) -> bytes:
    """An .ics file of the class's sessions (anyone who may see the class), so a phone's
    calendar reminds the family."""
    from icalendar import Calendar, Event  # only this function needs it

    info = get_class(session, actor, class_id)
    calendar = Calendar()
    calendar.add("prodid", "-//Gia Dinh So//classes//VI")
    calendar.add("version", "2.0")
    calendar.add("x-wr-calname", info.title)
    for s in info.sessions:
        start = clock.utc(datetime.combine(s.day, s.starts_at, tzinfo=clock.VIETNAM_TIME))
        event = Event()
        event.add("uid", f"class-{info.code}-{s.id}@gia-dinh-so")
        event.add("summary", info.title)
        event.add("location", s.place)
        event.add("dtstart", start)
        event.add("dtend", start + timedelta(minutes=s.minutes))
        event.add("dtstamp", start)
        calendar.add_component(event)
    return calendar.to_ical()


# What the classes achieved


def _scope(session: Session, actor: Actor | None, group_code, action: Action) -> int | None:
    if group_code in (None, ""):
        require(actor, action)
        return None
    code, group_id = find_group(session, group_code, field="group")
    require(actor, action, Target(group_id=group_id or -1))
    if group_id is None:
        raise ValidationError("group", "error.group.unknown", code=code)
    return group_id


def class_figures(session: Session, actor: Actor | None, *, group_code=None,
                  today: date | None = None) -> ClassFigures:
    """For the ward, or one group (its people; its classes: those for it or that its
    people signed up to), counted in SQL (Action.READ_AGGREGATES, numbers only):
    classes held (a session on or before today), their seats, the attendance rate at
    held sessions, members who completed, households whose first learner came through
    a class, and the signed-up who never came to a held session."""
    group_id = _scope(session, actor, group_code, Action.READ_AGGREGATES)
    today = today or clock.vietnam_date()
    people = (lambda column: sa.true()) if group_id is None else (
        lambda column: column.in_(sa.select(Household.id).where(
            Household.group_id == group_id)))
    held = sa.select(_S.c.id).where(_S.c.class_id == _C.c.id, _S.c.day <= today).exists()
    classes = sa.select(_C.c.id, _C.c.capacity).where(held)
    if group_id is not None:
        classes = classes.where(sa.or_(
            sa.select(_G.c.class_id).where(_G.c.class_id == _C.c.id,
                                           _G.c.group_id == group_id).exists(),
            sa.select(_U.c.id).where(_U.c.class_id == _C.c.id, _U.c.status != "cancelled",
                                     people(_U.c.household_id)).exists()))
    classes = classes.subquery()
    held_count, seats = session.execute(sa.select(
        sa.func.count(), sa.func.coalesce(sa.func.sum(classes.c.capacity), 0))).one()
    expected = session.execute(
        sa.select(sa.func.count()).select_from(_U.join(_S, _S.c.class_id == _U.c.class_id))
        .where(_U.c.status == "signed_up", _S.c.day <= today, people(_U.c.household_id))
    ).scalar_one()
    attended = session.execute(
        sa.select(sa.func.count()).select_from(_A.join(_S, _S.c.id == _A.c.session_id))
        .where(_S.c.day <= today, people(_A.c.household_id))).scalar_one()
    completed = session.execute(
        sa.select(sa.func.count(sa.distinct(_D.c.member_id))).where(
            people(_D.c.household_id))).scalar_one()
    first = session.execute(
        sa.select(sa.func.count(sa.distinct(_U.c.household_id))).where(
            _U.c.first_learner, _U.c.status == "signed_up",
            people(_U.c.household_id))).scalar_one()
    never = session.execute(
        sa.select(sa.func.count()).select_from(_U).where(never_came_condition(today),
                                                        people(_U.c.household_id))
    ).scalar_one()
    return ClassFigures(
        classes_held=held_count, seats=int(seats), attended=attended, expected=expected,
        attendance_rate=attended / expected if expected else None,
        completed_members=completed, first_learner_households=first, never_came=never)


def never_came_condition(today: date) -> sa.ColumnElement:
    """SQL over class_signup (the leader's visit list counts it too): signed up for a
    class that has held a session, and came to none of its sessions."""
    return sa.and_(
        _U.c.status == "signed_up",
        sa.select(_S.c.id).where(_S.c.class_id == _U.c.class_id, _S.c.day <= today).exists(),
        ~sa.select(_A.c.member_id).join(_S, _S.c.id == _A.c.session_id).where(
            _S.c.class_id == _U.c.class_id, _A.c.member_id == _U.c.member_id).exists())


def never_came(session: Session, actor: Actor | None, group_code, *,
               today: date | None = None) -> tuple[Found, ...]:
    """The group's people who signed up and never came (for the leader's visits;
    Action.READ_GROUP_MEMBERS), by household."""
    group_id = _scope(session, actor, group_code, Action.READ_GROUP_MEMBERS)
    if group_id is None:
        raise ValidationError("group", "error.group.unknown", code="")
    today = today or clock.vietnam_date()
    rows = session.execute(
        sa.select(Member.id, Member.full_name, Household.code).distinct()
        .select_from(_U)
        .join(Member, Member.id == _U.c.member_id)
        .join(Household, Household.id == _U.c.household_id)
        .where(never_came_condition(today), Household.group_id == group_id,
               ~consent_rules.hidden_from_leaders(Household.id))
        .order_by(Household.code, Member.full_name)).all()
    return tuple(Found(*r) for r in rows)
