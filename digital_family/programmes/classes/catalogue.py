"""The classes and their sessions: creating one (ward staff, and the ambassadors they
allow: a class he teaches, for his groups), listing and reading
those one may see, the teachers, the calendar (.ics)."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from datetime import date, datetime, time, timedelta
from typing import TYPE_CHECKING, TypedDict

from sqlmodel import Session, col, select

from digital_family.base import clock
from digital_family.base.groups import load_group
from digital_family.base.i18n import Key
from digital_family.base.models import (
    CLASS_TOPICS,
    ResidentialGroup,
    UserAccount,
    class_group,
    class_session,
    id_column,
    learning_class,
)
from digital_family.base.permissions import (
    SIGN_IN_KEY,
    Action,
    Actor,
    PermissionDenied,
    Target,
    account_id,
    can,
    require,
)
from digital_family.base.validation import (
    ValidationError,
    clean_text,
    free_text,
    is_dict,
    is_iterable,
    is_list,
    validate_code,
    whole_number,
)
from digital_family.base.wards import ward_of
from digital_family.households.access import as_id
from digital_family.programmes.classes.core import (
    ClassInfo,
    class_infos,
    parse_day,
    visible_class,
    visible_condition,
)

if TYPE_CHECKING:
    from icalendar import Component

CODE_MAX = 20
TITLE_MAX = 200
PLACE_MAX = 200
MAX_CAPACITY = 500
MAX_SESSIONS = 40
DEFAULT_MINUTES = 90

_C, _S = learning_class, class_session
_G = class_group


# Checking what people gave


class NewSession(TypedDict):
    """A session as ``create_class`` writes it."""

    day: date
    starts_at: time
    minutes: int
    place: str


def _items(value: object, field: str) -> list[object]:
    """The items of a list the browser sent (nothing: none)."""
    if not value:
        return []
    if not is_iterable(value):
        raise ValidationError(field, "error.bad_request")
    return list(value)


def _time(value: object, field: str) -> time:
    if isinstance(value, time):
        return value.replace(second=0, microsecond=0, tzinfo=None)
    text = clean_text(value)
    try:
        hours, minutes = text.split(":")
        return time(int(hours), int(minutes))
    except ValueError:
        raise ValidationError(field, "error.class.time") from None


def _topics(value: object) -> tuple[str, ...]:
    items = value.split(";") if isinstance(value, str) else _items(value, "topics")
    codes = tuple(dict.fromkeys(clean_text(v) for v in items if clean_text(v)))
    if not codes or any(c not in CLASS_TOPICS for c in codes):
        raise ValidationError("topics", "error.class.topics")
    return codes


def _capacity(value: object) -> int:
    number = whole_number(value) if not isinstance(value, bool) else None
    if number is None or not 1 <= number <= MAX_CAPACITY:
        raise ValidationError("capacity", "error.class.capacity", max=MAX_CAPACITY)
    return number


def _session_fields(item: object) -> tuple[object, object, object, object]:
    """(day, start, place, minutes) of one session the browser sent."""
    if is_dict(item):
        return (item.get("day"), item.get("starts_at", item.get("start")),
                item.get("place"), item.get("minutes", DEFAULT_MINUTES))
    if is_list(item) and len(item) in (3, 4):
        day, start, place = item[:3]
        return day, start, place, item[3] if len(item) == 4 else DEFAULT_MINUTES
    raise ValidationError("sessions", "error.bad_request")


def _sessions(value: object) -> list[NewSession]:
    items = _items(value, "sessions")
    if not 1 <= len(items) <= MAX_SESSIONS:
        raise ValidationError("sessions", "error.class.sessions", max=MAX_SESSIONS)
    rows: list[NewSession] = []
    for item in items:
        day, start, place, minutes = _session_fields(item)
        length = whole_number(minutes) if not isinstance(minutes, bool) else None
        if length is None or not 1 <= length <= 600:
            raise ValidationError("sessions", "error.class.minutes")
        text = free_text(place, field="place", max_length=PLACE_MAX, label=Key("class.place"),
                         multiline=False)
        if not text:
            raise ValidationError("place", "error.class.place")
        rows.append({"day": parse_day(day, "day"), "starts_at": _time(start, "starts_at"),
                     "minutes": length, "place": text})
    return sorted(rows, key=lambda r: (r["day"], r["starts_at"]))


def _teacher(session: Session, ward_id: int, teacher_id: object) -> int | None:
    if teacher_id is None:
        return None
    role = session.exec(select(UserAccount.role).where(
        col(UserAccount.id) == as_id(teacher_id), col(UserAccount.ward_id) == ward_id,
        col(UserAccount.is_active))).one_or_none()
    if role not in ("ambassador", "ward_staff", "admin"):
        raise ValidationError("teacher", "error.class.teacher")
    return as_id(teacher_id)


# Reading classes


def create_class(
    session: Session, actor: Actor | None, *, code: object, title: object, topics: object,
    capacity: object, sessions: object, teacher_id: object = None, group_codes: object = (),
    now: datetime | None = None,
) -> ClassInfo:
    """A new class with its sessions. Ward staff (Action.MANAGE_CLASSES) choose any
    teacher and any groups; an ambassador they allow (Action.OPEN_CLASS) teaches it
    himself (another teacher: PermissionDenied) for groups he serves, at least one.
    ``sessions``: (day, "HH:MM", place[, minutes]) or dicts with those keys;
    ``group_codes``: the groups it is for (none: the whole ward). ValidationError,
    nothing written, for a bad value."""
    actor = require(actor, Action.OPEN_CLASS)
    staff = can(actor, Action.MANAGE_CLASSES)
    if not staff:
        if teacher_id not in (None, "") and as_id(teacher_id) != actor.user_id:
            raise PermissionDenied()
        teacher_id = actor.user_id
    class_code = validate_code(code, field="code", max_length=CODE_MAX)
    text = free_text(title, field="title", max_length=TITLE_MAX, label=Key("class.title"),
                     multiline=False)
    if not text:
        raise ValidationError("title", "error.class.title")
    codes, size, rows = _topics(topics), _capacity(capacity), _sessions(sessions)
    ward_id = ward_of(session, actor)
    teacher = _teacher(session, ward_id, teacher_id)
    group_ids: list[int] = []
    for group in _items(group_codes, "groups"):
        found_code, found = load_group(session, ward_id, group, field="groups")
        if found is None:
            raise ValidationError("groups", "error.group.unknown", code=found_code)
        if not staff and not can(actor, Action.OPEN_CLASS, found.target):
            raise PermissionDenied()
        group_ids.append(found.id)
    if not staff and not group_ids:  # a class for the whole ward is ward staff's
        raise ValidationError("groups", "error.class.own_groups")
    if session.exec(select(_C.c.id).where(_C.c.ward_id == ward_id, _C.c.code == class_code)
                    ).first() is not None:
        raise ValidationError("code", "error.class.code_taken", code=class_code)
    class_id: int = session.exec(_C.insert().values(
        ward_id=ward_id, code=class_code, title=text, topics=";".join(codes), capacity=size,
        teacher_id=teacher, created_by_id=account_id(actor), created_at=clock.utc(now),
    ).returning(_C.c.id)).scalar_one()
    session.exec(_S.insert(), params=[{**r, "class_id": class_id} for r in rows])
    if group_ids:
        session.exec(_G.insert(), params=[{"class_id": class_id, "group_id": g}
                                          for g in sorted(set(group_ids))])
    session.flush()
    return class_infos(session, _C.c.id == class_id)[0]


def list_classes(session: Session, actor: Actor | None, *,
                 since: object = None) -> tuple[ClassInfo, ...]:
    """The classes ``actor`` may see (anyone signed in: staff every class; a family
    those for its group or the whole ward; leaders and ambassadors those for their
    groups or the whole ward, and those they teach), by code; ``since``: only those
    with a session on or after that day."""
    if actor is None:
        raise PermissionDenied(SIGN_IN_KEY)
    day = parse_day(since, "since") if since not in (None, "") else None
    return tuple(class_infos(session, visible_condition(session, actor), day))


def get_class(session: Session, actor: Actor | None, class_id: object) -> ClassInfo:
    """One class ``actor`` may see (ClassNotFound otherwise)."""
    row = visible_class(session, actor, class_id)
    return class_infos(session, _C.c.id == row.id)[0]


NextSession = tuple[int, date, time, str]


def next_session_key(today: date) -> Callable[[ClassInfo], NextSession]:
    """Sort key: the class's next session (a class whose sessions are over, last)."""
    def key(info: ClassInfo) -> NextSession:
        coming = [(s.day, s.starts_at) for s in info.sessions if s.day >= today]
        return (0, *coming[0], info.code) if coming else (1, date.max, time.max, info.code)
    return key


def by_next_session(found: Iterable[ClassInfo], today: date | None = None
                    ) -> list[ClassInfo]:
    """``found`` with the coming classes first, by their next session."""
    return sorted(found, key=next_session_key(today or clock.vietnam_date()))


def class_group_codes(session: Session, actor: Actor | None) -> tuple[str, ...]:
    """The groups ``actor`` may open a class for (Action.OPEN_CLASS): every group for ward
    staff, his own for an ambassador they allow; by code."""
    actor = require(actor, Action.OPEN_CLASS)
    query = (select(col(ResidentialGroup.code))
             .where(col(ResidentialGroup.ward_id) == ward_of(session, actor))
             .order_by(col(ResidentialGroup.code)))
    if not can(actor, Action.MANAGE_CLASSES):
        query = query.where(col(ResidentialGroup.id).in_(sorted(
            g for g in actor.group_ids if can(actor, Action.OPEN_CLASS, Target(group_id=g)))))
    return tuple(session.exec(query).all())


def teachers(session: Session, actor: Actor | None) -> tuple[tuple[int, str], ...]:
    """Who may teach a class (active ambassador and staff accounts), for the form that
    creates one (Action.MANAGE_CLASSES): (account id, name), by name."""
    require(actor, Action.MANAGE_CLASSES)
    return tuple((r[0], r[1]) for r in session.exec(
        select(id_column(UserAccount), UserAccount.full_name).where(
            col(UserAccount.is_active), col(UserAccount.ward_id) == ward_of(session, actor),
            col(UserAccount.role).in_(("ambassador", "ward_staff")))
        .order_by(col(UserAccount.full_name), col(UserAccount.id))))


# The calendar


def _add(component: Component, name: str, value: object) -> None:
    """``component.add``: icalendar leaves its value's type unknown, said once here."""
    component.add(name, value)  # pyright: ignore[reportUnknownMemberType]


def class_calendar(session: Session, actor: Actor | None, class_id: object) -> bytes:
    """An .ics file of the class's sessions (anyone who may see the class), so a phone's
    calendar reminds the family."""
    from icalendar import Calendar, Event  # only this function needs it

    info = get_class(session, actor, class_id)
    calendar = Calendar()
    _add(calendar, "prodid", "-//Gia Dinh So//classes//VI")
    _add(calendar, "version", "2.0")
    _add(calendar, "x-wr-calname", info.title)
    for s in info.sessions:
        start = clock.utc(datetime.combine(s.day, s.starts_at, tzinfo=clock.VIETNAM_TIME))
        event = Event()
        _add(event, "uid", f"class-{info.code}-{s.id}@gia-dinh-so")
        _add(event, "summary", info.title)
        _add(event, "location", s.place)
        _add(event, "dtstart", start)
        _add(event, "dtend", start + timedelta(minutes=s.minutes))
        _add(event, "dtstamp", start)
        calendar.add_component(event)
    return calendar.to_ical()
