"""Asking for help: help requests, the ambassadors' queue and the programme's figures.

A resident (or their group's leader for them) asks for help for one member
with one topic (``TOPICS``), with an optional short note and preferred time.
The ambassadors of the household's group see the open requests in their
queue, oldest first, with the topic, the group, the note and the preferred time;
the member's name, the household's address and contact phone only once they hold
the request, and nothing else about the household. An ambassador claims a
request, may add notes, and resolves it with an outcome; on "helped" they may
record, with the member present, what was achieved (``achieved``), which
raises the member's statuses (recorded as entered by that ambassador) and
writes one ``HelpRequestChange`` row per changed field. Requests nobody
claims within ``get_unclaimed_hours`` hours are flagged to the group leader.

Who may do what (checked here, against ids loaded from the database):

- create / cancel: ``Action.EDIT_HOUSEHOLD`` on the member's household
  (the resident for their own household, the leader in their groups, admin);
- household_requests: ``Action.READ_HOUSEHOLD`` on the household;
- queue, claim, release: ``Action.MANAGE_HELP_REQUESTS`` on the request's group
  (ambassadors of the group, admin);
- request_detail, add_note, resolve, release: the ambassador holding the request
  (while it is claimed), admin; the group's leader and ward staff
  (``Action.READ_GROUP_MEMBERS``) may also read the detail, and the leader add notes;
- unclaimed_for_leader: ``Action.READ_GROUP_MEMBERS`` on the groups listed;
- programme_stats: ``Action.READ_AGGREGATES``; the whole ward for those who may
  ``READ_GROUP_MEMBERS`` ward-wide (ward staff, admin), a leader's own groups
  for a leader (their ambassadors' rows only over those groups);
- set_unclaimed_hours: ``Action.EDIT_TARGETS`` (ward staff, admin).

An ambassador never gets a member id, a household id or any other member's
data: the queue and the detail are keyed by request id, and the detail (the
member's current values of the topic's fields, ``TOPIC_FIELDS``) is given
only to the ambassador holding the request. A request whose holder's account
was deleted or deactivated is "open" again: listed, claimable and flagged.

``claimed_at`` is the first claim (the first response), kept if the request is
released and claimed again. Every state change is one conditional UPDATE
(``… WHERE status = 'open'``), so of two ambassadors claiming at once exactly
one wins. Every value is validated before anything is written: a
``ValidationError`` leaves the database as it was. Functions flush; the caller
commits (``db.session_scope``).
"""

from __future__ import annotations

import math
import unicodedata
from dataclasses import asdict, dataclass
from datetime import date, datetime, timedelta, timezone

import sqlalchemy as sa
from sqlalchemy.orm import aliased
from sqlmodel import Session

from digital_family import households, member_writes
from digital_family.clock import VIETNAM_TIME, utc
from digital_family.codes import TRADER_FLAGS
from digital_family.households import _as_id, household_target, member_target
from digital_family.paging import int_or as _int_or
from digital_family.i18n import CatalogueError, Key
from digital_family.models import (
    DEFAULT_HELP_UNCLAIMED_HOURS,
    HELP_ACTIVE_STATUSES,
    HELP_COMMENT_MAX,
    HELP_NOTE_MAX,
    HELP_OUTCOMES,
    HELP_PREFERRED_TIME_MAX,
    HELP_TOPICS,
    HELP_UNCLAIMED_HOURS_KEY,
    SKILL_COLUMNS,
    HelpRequest,
    HelpRequestChange,
    HelpRequestNote,
    Household,
    Member,
    ResidentialGroup,
    Setting,
    UserAccount,
    UTCDateTime,
)
from digital_family.permissions import (
    WARD,
    Action,
    Actor,
    PermissionDenied,
    Target,
    account_id,
    can,
    require,
    signed_in,
)
from digital_family.validation import (
    ValidationError,
    clean_text,
    parse_bool,
    parse_skills,
    parse_vneid_level,
)
from digital_family.ward_admin import set_whole_number_setting

TOPICS = HELP_TOPICS
OUTCOMES = HELP_OUTCOMES

# The member fields (column names) an ambassador sees for each topic in the
# request's detail, so they can tick what was achieved. The trader flags are
# shown only for small traders.
TOPIC_FIELDS: dict[str, tuple[str, ...]] = {
    "vneid": ("vneid_level", "skill_vneid_app"),
    "public_services": ("skill_online_public_services",),
    "epayment": ("has_epayment", "skill_cashless_payment"),
    "smartphone": ("has_smartphone", "skill_smartphone_use", "skill_messaging", "skill_info_search"),
    "online_safety": ("skill_online_safety",),
    "selling_online": ("skill_ecommerce", *TRADER_FLAGS),
}
assert set(TOPIC_FIELDS) == set(TOPICS)

# What ``resolve(achieved=…)`` accepts: these keys, each only raising the member's value.
# "skills" is an iterable of skill codes to add; "skill_<code>": True adds one skill.
ACHIEVABLE_KEYS = (
    "vneid_level",
    "has_smartphone",
    "has_epayment",
    "skills",
    *SKILL_COLUMNS.values(),
    *TRADER_FLAGS,
)

# The indicators (SPEC §3) a changed member field can move, for the ward view.
_SKILL_INDICATORS = (
    "public_sector_skills",
    "student_skills",
    "adult_basic_skills",
    "enterprise_worker_skills",
)
FIELD_INDICATORS: dict[str, tuple[str, ...]] = {
    "vneid_level": ("digital_identity_16plus",),
    "has_smartphone": ("adult_smartphone",),
    "has_epayment": ("adult_epayment",),
    **{column: _SKILL_INDICATORS for column in SKILL_COLUMNS.values()},
    **{flag: (flag,) for flag in TRADER_FLAGS},
}

MIN_UNCLAIMED_HOURS, MAX_UNCLAIMED_HOURS = 1, 720
MAX_PAGE_SIZE = 100
MAX_HOUSEHOLD_REQUESTS = 100
MAX_STATS_WEEKS = 52

DUPLICATE_MESSAGE = "error.help.duplicate"
TAKEN_MESSAGE = "error.help.taken"
CLOSED_MESSAGE = "error.help.closed"
NOT_HOLDER_MESSAGE = "error.help.not_holder"
_ZERO_WIDTH_JOINER = "\u200d"  # inside emoji sequences


class RequestNotFound(CatalogueError, LookupError):
    """No such request (said only to those who may act on every request)."""

    DEFAULT_KEY = "error.help.not_found"


# Views


@dataclass(frozen=True)
class RequestView:
    """A request as its household sees it."""

    id: int
    member_id: int
    member_name: str
    topic: str
    status: str  # open | claimed | resolved | cancelled
    outcome: str | None
    created_at: datetime
    claimed_by_name: str | None  # the ambassador's given name (last word of the name)
    claimed_at: datetime | None
    resolved_at: datetime | None
    note: str | None
    preferred_time: str | None


@dataclass(frozen=True)
class QueueItem:
    """A request in an ambassador's queue; the member's name, address and phone only on
    the requests the ambassador holds ("" and None on the others)."""

    request_id: int
    group_code: str
    topic: str
    member_name: str
    address: str
    contact_phone: str | None  # the household's phone, else its resident account's
    note: str | None
    preferred_time: str | None
    status: str  # "open" (nobody holds it) or "claimed"
    created_at: datetime
    claimed_by_me: bool
    waiting_hours: int  # whole hours since it was asked


@dataclass(frozen=True)
class QueuePage:
    items: tuple[QueueItem, ...]
    total: int
    page: int
    pages: int


@dataclass(frozen=True)
class NoteView:
    id: int
    author_name: str | None  # given name of the author
    author_role: str | None
    text: str
    created_at: datetime


@dataclass(frozen=True)
class FieldValue:
    """A member field's current value (``field`` is the column name, see TOPIC_FIELDS)."""

    field: str
    value: int | bool


@dataclass(frozen=True)
class RequestDetail:
    """One request for the ambassador holding it (or the leader, staff): the queue
    item's fields, its notes, and the member's current values of the topic's fields."""

    request_id: int
    group_code: str
    topic: str
    member_name: str
    address: str
    contact_phone: str | None
    note: str | None
    preferred_time: str | None
    status: str
    created_at: datetime
    claimed_by_me: bool
    waiting_hours: int
    claimed_by_name: str | None
    claimed_at: datetime | None
    outcome: str | None
    resolved_at: datetime | None
    notes: tuple[NoteView, ...]  # oldest first
    current: tuple[FieldValue, ...]  # TOPIC_FIELDS[topic] order (4T only for traders)


@dataclass(frozen=True)
class FieldChange:
    field: str
    old_value: str
    new_value: str


@dataclass(frozen=True)
class ResolveResult:
    request_id: int
    outcome: str
    resolved_at: datetime
    changes: tuple[FieldChange, ...]  # the member fields that changed


@dataclass(frozen=True)
class FlaggedRequest:
    """An open request nobody has claimed for too long, for the group's leader."""

    request_id: int
    household_id: int
    household_code: str
    group_code: str
    member_id: int
    member_name: str
    topic: str
    address: str
    contact_phone: str | None
    note: str | None
    preferred_time: str | None
    created_at: datetime
    waiting_hours: int


@dataclass(frozen=True)
class WeekCount:
    week_start: date  # Monday, Vietnam time
    opened: int  # requests asked that week
    resolved: int  # requests resolved that week


@dataclass(frozen=True)
class ResponseStats:
    """Figures of the window for the ward, one group or one ambassador.

    For a group: ``opened`` = asked in the window. For an ambassador: ``opened``
    = requests of the window they hold or held. ``claimed``/``resolved``/
    ``helped`` count requests asked in the window. Medians are hours from asking
    to the first claim and to resolution, over requests asked in the window.
    """

    key: str  # "ward", a group code, or an ambassador's account id
    label: str
    opened: int
    claimed: int
    resolved: int
    helped: int
    median_response_hours: float | None
    median_resolution_hours: float | None


@dataclass(frozen=True)
class TopicCount:
    topic: str
    count: int


@dataclass(frozen=True)
class FieldCount:
    field: str  # member column, see FIELD_INDICATORS
    count: int


@dataclass(frozen=True)
class ProgrammeStats:
    scope: str  # "ward", or the leader's group codes joined by ", "
    start: datetime  # the window: Monday 00:00 (Vietnam) ``weeks`` weeks back …
    end: datetime  # … to now
    weeks: tuple[WeekCount, ...]  # oldest first
    overall: ResponseStats
    by_group: tuple[ResponseStats, ...]  # every group in scope, by code
    by_ambassador: tuple[ResponseStats, ...]  # by name
    topics: tuple[TopicCount, ...]  # most asked first
    outcomes: dict[str, int]  # resolved in the window, by outcome
    changes: tuple[FieldCount, ...]  # member fields changed on visits, most first
    members_improved: int  # distinct members with a change in the window
    open_now: int  # requests nobody holds now
    overdue_now: int  # … of them waiting longer than unclaimed_hours
    unclaimed_hours: int

    def to_dict(self) -> dict:
        """Plain JSON-ready values (dates and times as ISO text)."""

        def plain(value):
            if isinstance(value, (datetime, date)):
                return value.isoformat()
            if isinstance(value, dict):
                return {k: plain(v) for k, v in value.items()}
            if isinstance(value, (list, tuple)):
                return [plain(v) for v in value]
            return value

        return plain(asdict(self))


# Helpers


_now = utc  # ``now`` in UTC (naive means UTC); this moment when None



def _given_name(full_name: str | None) -> str | None:
    """The given name: the last word of a Vietnamese full name."""
    words = (full_name or "").split()
    return words[-1] if words else None


def _hours_since(moment: datetime, now: datetime) -> int:
    return max(0, int((now - moment).total_seconds() // 3600))


def _clean_text(value, *, field: str, max_length: int, label: Key, multiline: bool) -> str:
    """Text as people meant it: NFC, trimmed, spaces collapsed (line breaks kept
    when ``multiline``); "" for None. ValidationError for non-text, control
    characters, or more than ``max_length`` characters."""
    if value is None:
        return ""
    if not isinstance(value, str):
        raise ValidationError(field, "error.text.not_text", label=label)
    if len(value) > 20 * max_length:
        raise ValidationError(field, "error.text.too_long", label=label, max=max_length)
    text = unicodedata.normalize("NFC", value)
    if multiline:
        lines = [" ".join(line.split()) for line in text.splitlines()]
        kept: list[str] = []
        for line in lines:
            if line or (kept and kept[-1]):
                kept.append(line)
        text = "\n".join(kept).strip()
    else:
        text = " ".join(text.split())
    for ch in text:
        if ch == "\n" or ch == _ZERO_WIDTH_JOINER:
            continue
        if unicodedata.category(ch).startswith("C"):
            raise ValidationError(field, "error.text.characters", label=label)
    if len(text) > max_length:
        raise ValidationError(field, "error.text.too_long", label=label, max=max_length)
    return text


def validate_note(value, *, field: str = "note") -> str | None:
    """A requester's note: up to 300 characters, or None when empty."""
    text = _clean_text(value, field=field, max_length=HELP_NOTE_MAX, label=Key("field.note"), multiline=True)
    return text or None


def validate_preferred_time(value, *, field: str = "preferred_time") -> str | None:
    """When the member would like help ("Sáng thứ Bảy"): up to 100 characters, or None."""
    text = _clean_text(
        value, field=field, max_length=HELP_PREFERRED_TIME_MAX, label=Key("field.preferred_time"),
        multiline=False,
    )
    return text or None


def validate_comment(value, *, field: str = "text") -> str:
    """A note added to a request: 1 to 500 characters."""
    text = _clean_text(value, field=field, max_length=HELP_COMMENT_MAX, label=Key("field.note"), multiline=True)
    if not text:
        raise ValidationError(field, "error.note.required")
    return text


def parse_topic(value, *, field: str = "topic") -> str:
    key = clean_text(value).casefold() if isinstance(value, str) else None
    if key in TOPICS:
        return key
    raise ValidationError(field, "error.help.topic",
                          choices=tuple(Key(f"topic.{t}") for t in TOPICS))


def parse_outcome(value, *, field: str = "outcome") -> str:
    key = clean_text(value).casefold() if isinstance(value, str) else None
    if key in OUTCOMES:
        return key
    raise ValidationError(field, "error.help.outcome",
                          choices=tuple(Key(f"help.outcome.{o}") for o in OUTCOMES))


# Settings


def get_unclaimed_hours(session: Session) -> int:
    """After how many hours an unclaimed request is flagged to the leader (default 48)."""
    value = session.execute(
        sa.select(Setting.value).where(Setting.key == HELP_UNCLAIMED_HOURS_KEY)
    ).scalar_one_or_none()
    try:
        hours = int(value) if value is not None else DEFAULT_HELP_UNCLAIMED_HOURS
    except ValueError:
        return DEFAULT_HELP_UNCLAIMED_HOURS
    return hours if MIN_UNCLAIMED_HOURS <= hours <= MAX_UNCLAIMED_HOURS else DEFAULT_HELP_UNCLAIMED_HOURS


def set_unclaimed_hours(session: Session, actor: Actor | None, value) -> int:
    """Set the flag threshold, 1 to 720 hours (Action.EDIT_TARGETS); logged. Returns it."""
    require(actor, Action.EDIT_TARGETS)
    return set_whole_number_setting(
        session, actor, key=HELP_UNCLAIMED_HOURS_KEY, value=value,
        old=get_unclaimed_hours(session), low=MIN_UNCLAIMED_HOURS, high=MAX_UNCLAIMED_HOURS,
        error_key="error.hours.range",
    )


# Loading a request as its target

_R = HelpRequest.__table__


def _holder_active():
    """SQL: the request's holder is an active account."""
    return (
        sa.select(UserAccount.id)
        .where(UserAccount.id == HelpRequest.claimed_by_id, UserAccount.is_active.is_(True))
        .exists()
    )


def _available():
    """SQL: nobody holds the request (open, or claimed by a deleted/deactivated account)."""
    return sa.or_(
        HelpRequest.status == "open",
        sa.and_(HelpRequest.status == "claimed", sa.not_(_holder_active())),
    )


@dataclass(frozen=True)
class _Loaded:
    id: int
    household_id: int
    group_id: int
    member_id: int
    topic: str
    status: str  # as stored
    claimed_by_id: int | None
    available: bool  # nobody holds it (see _available)

    @property
    def target(self) -> Target:
        return Target(household_id=self.household_id, group_id=self.group_id)

    def held_by(self, actor: Actor) -> bool:
        return (
            self.status == "claimed"
            and not self.available
            and account_id(actor) is not None
            and self.claimed_by_id == actor.user_id
        )


def _load(session: Session, actor: Actor | None, request_id, action: Action) -> _Loaded:
    """The request ``request_id`` with its household's target, once ``actor`` may do
    ``action`` to it. A missing request is PermissionDenied unless the actor may do
    ``action`` everywhere (then RequestNotFound), so ids cannot be probed."""
    signed_in(actor)
    rid = _as_id(request_id)
    row = None
    if rid is not None:
        row = session.execute(
            sa.select(
                HelpRequest.id,
                HelpRequest.household_id,
                Household.group_id,
                HelpRequest.member_id,
                HelpRequest.topic,
                HelpRequest.status,
                HelpRequest.claimed_by_id,
                sa.case((_available(), True), else_=False),
            )
            .join(Household, Household.id == HelpRequest.household_id)
            .where(HelpRequest.id == rid)
        ).first()
    if row is None:
        if can(actor, action, WARD):
            raise RequestNotFound()
        raise PermissionDenied()
    loaded = _Loaded(*row[:7], available=bool(row[7]))
    require(actor, action, loaded.target)
    return loaded


# The household side


def _views(session: Session, *conditions, limit: int | None = None) -> tuple[RequestView, ...]:
    session.flush()
    holder = aliased(UserAccount)
    query = (
        sa.select(
            HelpRequest.id,
            HelpRequest.member_id,
            Member.full_name,
            HelpRequest.topic,
            HelpRequest.status,
            HelpRequest.outcome,
            HelpRequest.created_at,
            holder.full_name,
            HelpRequest.claimed_at,
            HelpRequest.resolved_at,
            HelpRequest.note,
            HelpRequest.preferred_time,
        )
        .join(Member, Member.id == HelpRequest.member_id)
        .outerjoin(holder, holder.id == HelpRequest.claimed_by_id)
        .where(*conditions)
        .order_by(
            sa.case((HelpRequest.status.in_(HELP_ACTIVE_STATUSES), 0), else_=1),
            HelpRequest.created_at.desc(),
            HelpRequest.id.desc(),
        )
    )
    if limit is not None:
        query = query.limit(limit)
    return tuple(
        RequestView(
            id=r[0],
            member_id=r[1],
            member_name=r[2],
            topic=r[3],
            status=r[4],
            outcome=r[5],
            created_at=r[6],
            claimed_by_name=_given_name(r[7]) if r[4] != "open" else None,
            claimed_at=r[8],
            resolved_at=r[9],
            note=r[10],
            preferred_time=r[11],
        )
        for r in session.execute(query)
    )


def create_request(
    session: Session,
    actor: Actor | None,
    *,
    member_id,
    topic,
    note=None,
    preferred_time=None,
    now: datetime | None = None,
) -> RequestView:
    """Ask for help for a member with one topic (Action.EDIT_HOUSEHOLD on its household).

    At most one open-or-claimed request per member and topic (ValidationError,
    also when two are sent at once: the database's partial unique index decides).
    """
    target = member_target(session, actor, member_id, Action.EDIT_HOUSEHOLD)
    topic = parse_topic(topic)
    note = validate_note(note)
    preferred_time = validate_preferred_time(preferred_time)
    mid = _as_id(member_id)
    now = _now(now)
    duplicate = session.execute(
        sa.select(HelpRequest.id).where(
            HelpRequest.member_id == mid,
            HelpRequest.topic == topic,
            HelpRequest.status.in_(HELP_ACTIVE_STATUSES),
        )
    ).first()
    if duplicate is not None:
        raise ValidationError("topic", DUPLICATE_MESSAGE)
    values = {
        "household_id": target.household_id,
        "member_id": mid,
        "group_id": target.group_id,
        "topic": topic,
        "note": note,
        "preferred_time": preferred_time,
        "status": "open",
        "created_by_id": account_id(actor),
        "created_at": now,
        "updated_at": now,
    }
    dialect = session.get_bind().dialect.name
    if dialect in ("sqlite", "postgresql"):
        if dialect == "sqlite":
            from sqlalchemy.dialects.sqlite import insert
        else:
            from sqlalchemy.dialects.postgresql import insert
        statement = insert(_R).values(**values).on_conflict_do_nothing().returning(_R.c.id)
    else:
        statement = sa.insert(_R).values(**values).returning(_R.c.id)
    new_id = session.execute(statement).scalar_one_or_none()
    if new_id is None:
        raise ValidationError("topic", DUPLICATE_MESSAGE)
    return _views(session, HelpRequest.id == new_id)[0]


def cancel_request(
    session: Session, actor: Actor | None, request_id, *, now: datetime | None = None
) -> RequestView:
    """Withdraw a request nobody has claimed yet (Action.EDIT_HOUSEHOLD)."""
    loaded = _load(session, actor, request_id, Action.EDIT_HOUSEHOLD)
    now = _now(now)
    changed = session.execute(
        _R.update()
        .where(_R.c.id == loaded.id, _R.c.status == "open")
        .values(status="cancelled", updated_at=now)
    ).rowcount
    if changed != 1:
        if loaded.status == "claimed":
            raise ValidationError("status", "error.help.claimed_no_cancel")
        raise ValidationError("status", CLOSED_MESSAGE)
    return _views(session, HelpRequest.id == loaded.id)[0]


def household_requests(
    session: Session, actor: Actor | None, household_id
) -> tuple[RequestView, ...]:
    """The household's requests (Action.READ_HOUSEHOLD): open and claimed first, then
    the newest; at most ``MAX_HOUSEHOLD_REQUESTS``."""
    target = household_target(session, actor, household_id, Action.READ_HOUSEHOLD)
    return _views(
        session, HelpRequest.household_id == target.household_id, limit=MAX_HOUSEHOLD_REQUESTS
    )


# The ambassador's side


def _group_scope(actor: Actor | None, action: Action) -> list[int] | None:
    """Groups ``actor`` may do ``action`` in: None for every group, else their ids."""
    signed_in(actor)
    if can(actor, action, WARD):
        return None
    allowed = sorted(g for g in actor.group_ids if can(actor, action, Target(group_id=g)))
    if not allowed:
        raise PermissionDenied()
    return allowed


def _queue_columns(actor: Actor):
    me = account_id(actor)
    mine = (
        sa.and_(HelpRequest.claimed_by_id == me, HelpRequest.status == "claimed")
        if me is not None
        else sa.false()
    )
    # Who asked and how to reach them: only on the requests the actor holds (issue 13).
    return (
        HelpRequest.id,
        ResidentialGroup.code,
        HelpRequest.topic,
        sa.case((mine, Member.full_name), else_=sa.null()),
        sa.case((mine, Household.address), else_=sa.null()),
        sa.case((mine, households.contact_phone_sql()), else_=sa.null()),
        HelpRequest.note,
        HelpRequest.preferred_time,
        sa.case((_available(), "open"), else_=HelpRequest.status),
        HelpRequest.created_at,
        sa.case((mine, True), else_=False),
    )


def _queue_from(query):
    return (
        query.join(Member, Member.id == HelpRequest.member_id)
        .join(Household, Household.id == HelpRequest.household_id)
        .join(ResidentialGroup, ResidentialGroup.id == HelpRequest.group_id)
    )


def _queue_item(row, now: datetime) -> QueueItem:
    return QueueItem(
        request_id=row[0],
        group_code=row[1],
        topic=row[2],
        member_name=row[3] or "",
        address=row[4] or "",
        contact_phone=row[5],
        note=row[6],
        preferred_time=row[7],
        status=row[8],
        created_at=row[9],
        claimed_by_me=bool(row[10]),
        waiting_hours=_hours_since(row[9], now),
    )


def ambassador_queue(
    session: Session,
    actor: Actor | None,
    *,
    include_mine: bool = True,
    page=1,
    page_size=20,
    now: datetime | None = None,
) -> QueuePage:
    """The requests nobody holds in the actor's groups (Action.MANAGE_HELP_REQUESTS on
    each), plus, with ``include_mine``, those the actor holds. The actor's own come
    first, then the oldest; filtered and paged in SQL."""
    groups = _group_scope(actor, Action.MANAGE_HELP_REQUESTS)
    now = _now(now)
    me = account_id(actor)
    wanted = _available()
    if include_mine and me is not None:
        wanted = sa.or_(
            wanted, sa.and_(HelpRequest.status == "claimed", HelpRequest.claimed_by_id == me)
        )
    conditions = [wanted]
    if groups is not None:
        conditions.append(HelpRequest.group_id.in_(groups))
    total = session.execute(
        sa.select(sa.func.count()).select_from(HelpRequest).where(*conditions)
    ).scalar_one()
    page_size = min(max(_int_or(page_size, 20), 1), MAX_PAGE_SIZE)
    pages = max(1, math.ceil(total / page_size))
    page = min(max(_int_or(page, 1), 1), pages)
    columns = _queue_columns(actor)
    rows = session.execute(
        _queue_from(sa.select(*columns))
        .where(*conditions)
        .order_by(columns[-1].desc(), HelpRequest.created_at, HelpRequest.id)
        .limit(page_size)
        .offset((page - 1) * page_size)
    ).all()
    return QueuePage(
        items=tuple(_queue_item(r, now) for r in rows), total=total, page=page, pages=pages
    )


def _queue_item_for(session: Session, actor: Actor, request_id: int, now: datetime) -> QueueItem:
    session.flush()
    row = session.execute(
        _queue_from(sa.select(*_queue_columns(actor))).where(HelpRequest.id == request_id)
    ).one()
    return _queue_item(row, now)


def claim(
    session: Session, actor: Actor | None, request_id, *, now: datetime | None = None
) -> QueueItem:
    """Take a request nobody holds (Action.MANAGE_HELP_REQUESTS on its group).

    Of two ambassadors claiming at once exactly one wins; the other gets
    ValidationError(TAKEN_MESSAGE). Claiming one's own request again is a no-op.
    """
    loaded = _load(session, actor, request_id, Action.MANAGE_HELP_REQUESTS)
    me = account_id(actor)
    if me is None:
        raise PermissionDenied("error.help.ambassadors_only")
    now = _now(now)
    changed = session.execute(
        _R.update()
        .where(_R.c.id == loaded.id, _available())
        .values(
            status="claimed",
            claimed_by_id=me,
            claimed_at=sa.func.coalesce(_R.c.claimed_at, sa.literal(now, UTCDateTime())),
            updated_at=now,
        )
    ).rowcount
    if changed != 1:
        status, holder = session.execute(
            sa.select(_R.c.status, _R.c.claimed_by_id).where(_R.c.id == loaded.id)
        ).one()
        if status == "claimed" and holder == me:
            return _queue_item_for(session, actor, loaded.id, now)
        if status == "claimed":
            raise ValidationError("status", TAKEN_MESSAGE)
        raise ValidationError("status", CLOSED_MESSAGE)
    return _queue_item_for(session, actor, loaded.id, now)


def _require_holder(actor: Actor, loaded: _Loaded) -> None:
    """The actor holds the request, or is admin (MANAGE_HELP_REQUESTS everywhere)."""
    if loaded.held_by(actor):
        return
    if loaded.status in ("resolved", "cancelled") and loaded.claimed_by_id == account_id(actor):
        raise ValidationError("status", CLOSED_MESSAGE)
    if can(actor, Action.MANAGE_HELP_REQUESTS, WARD):  # admin
        if loaded.status == "claimed":
            return
        if loaded.status == "open" or loaded.available:
            raise ValidationError("status", "error.help.unclaimed")
        raise ValidationError("status", CLOSED_MESSAGE)
    raise PermissionDenied(NOT_HOLDER_MESSAGE)


def release(
    session: Session, actor: Actor | None, request_id, *, now: datetime | None = None
) -> None:
    """Give a claimed request back to the queue (its holder, or admin)."""
    loaded = _load(session, actor, request_id, Action.MANAGE_HELP_REQUESTS)
    _require_holder(actor, loaded)
    now = _now(now)
    changed = session.execute(
        _R.update()
        .where(_R.c.id == loaded.id, _R.c.status == "claimed", _R.c.claimed_by_id == loaded.claimed_by_id)
        .values(status="open", claimed_by_id=None, updated_at=now)
    ).rowcount
    if changed != 1:
        raise ValidationError("status", CLOSED_MESSAGE)


def _may_read_detail(actor: Actor, loaded: _Loaded) -> bool:
    return can(actor, Action.READ_GROUP_MEMBERS, loaded.target) or (
        can(actor, Action.MANAGE_HELP_REQUESTS, loaded.target) and loaded.held_by(actor)
    )


def _load_for_detail(session: Session, actor: Actor | None, request_id) -> _Loaded:
    signed_in(actor)
    try:
        loaded = _load(session, actor, request_id, Action.READ_GROUP_MEMBERS)
    except PermissionDenied:
        # Not the group's leader nor staff: an ambassador holding the request?
        loaded = _load(session, actor, request_id, Action.MANAGE_HELP_REQUESTS)
    if not _may_read_detail(actor, loaded):
        raise PermissionDenied(NOT_HOLDER_MESSAGE)
    return loaded


def _notes(session: Session, request_id: int) -> tuple[NoteView, ...]:
    return tuple(
        NoteView(id=r[0], author_name=_given_name(r[1]), author_role=r[2], text=r[3], created_at=r[4])
        for r in session.execute(
            sa.select(
                HelpRequestNote.id,
                UserAccount.full_name,
                UserAccount.role,
                HelpRequestNote.text,
                HelpRequestNote.created_at,
            )
            .outerjoin(UserAccount, UserAccount.id == HelpRequestNote.author_id)
            .where(HelpRequestNote.request_id == request_id)
            .order_by(HelpRequestNote.created_at, HelpRequestNote.id)
        )
    )


def _topic_fields(topic: str, occupation: str) -> tuple[str, ...]:
    fields = TOPIC_FIELDS[topic]
    if occupation != "small_trader":
        fields = tuple(f for f in fields if f not in TRADER_FLAGS)
    return fields


def request_detail(
    session: Session, actor: Actor | None, request_id, *, now: datetime | None = None
) -> RequestDetail:
    """One request with its notes and the member's current values of the topic's
    fields: for the ambassador holding it (while claimed), the group's leader,
    ward staff and admin."""
    loaded = _load_for_detail(session, actor, request_id)
    now = _now(now)
    item = _queue_item_for(session, actor, loaded.id, now)
    fields = TOPIC_FIELDS[loaded.topic]
    member = session.execute(
        sa.select(Member.occupation, *(Member.__table__.c[f] for f in fields)).where(
            Member.id == loaded.member_id
        )
    ).one()
    values = dict(zip(fields, member[1:]))
    current = tuple(
        FieldValue(f, int(values[f]) if f == "vneid_level" else bool(values[f]))
        for f in _topic_fields(loaded.topic, member[0])
    )
    holder = aliased(UserAccount)
    extra = session.execute(
        sa.select(holder.full_name, HelpRequest.claimed_at, HelpRequest.outcome, HelpRequest.resolved_at)
        .outerjoin(holder, holder.id == HelpRequest.claimed_by_id)
        .where(HelpRequest.id == loaded.id)
    ).one()
    return RequestDetail(
        **asdict(item),
        claimed_by_name=_given_name(extra[0]) if item.status != "open" else None,
        claimed_at=extra[1],
        outcome=extra[2],
        resolved_at=extra[3],
        notes=_notes(session, loaded.id),
        current=current,
    )


def add_note(
    session: Session, actor: Actor | None, request_id, text, *, now: datetime | None = None
) -> NoteView:
    """Add a note (1–500 characters) to a request: the ambassador holding it (while
    claimed), the group's leader, or admin."""
    loaded = _load_for_detail(session, actor, request_id)
    # Writers: the holder, and those who may change the household in that group (its
    # leader, admin); ward staff read every request but do not edit households.
    if not loaded.held_by(actor) and not (
        can(actor, Action.READ_GROUP_MEMBERS, loaded.target)
        and can(actor, Action.EDIT_HOUSEHOLD, loaded.target)
    ):
        raise PermissionDenied(NOT_HOLDER_MESSAGE)
    text = validate_comment(text)
    note = HelpRequestNote(
        request_id=loaded.id, author_id=account_id(actor), text=text, created_at=_now(now)
    )
    session.add(note)
    session.flush()
    return next(n for n in _notes(session, loaded.id) if n.id == note.id)


_VALUE_TEXT = {True: "1", False: "0"}


def _as_text(value) -> str:
    return _VALUE_TEXT[value] if isinstance(value, bool) else str(value)


def _wanted_changes(achieved) -> dict[str, object]:
    """``achieved`` as {member column: value reached}, validated; falsy entries dropped."""
    if achieved is None:
        return {}
    if not isinstance(achieved, dict):
        raise ValidationError("achieved", "error.help.achieved")
    wanted: dict[str, object] = {}
    for key, value in achieved.items():
        if key not in ACHIEVABLE_KEYS:
            shown = clean_text(key)[:40]
            raise ValidationError("achieved", "error.help.achieved_item", item=shown)
        if value is None:
            continue  # not ticked
        if key == "vneid_level":
            level = parse_vneid_level(value)
            if level:
                wanted["vneid_level"] = level
        elif key == "skills":
            if isinstance(value, (bytes, dict)):
                raise ValidationError("skills", "error.help.skills")
            for code in sorted(parse_skills(value)):
                wanted[SKILL_COLUMNS[code]] = True
        elif parse_bool(value, field=key):
            wanted[key] = True
    return wanted


def _member_values(member: Member, wanted: dict[str, object]) -> dict[str, object]:
    """The columns that rise from the member's current values (only raising)."""
    if member.occupation != "small_trader" and any(f in wanted for f in TRADER_FLAGS):
        raise ValidationError(next(f for f in TRADER_FLAGS if f in wanted), "error.trader_only")
    values = {}
    for column, value in wanted.items():
        current = getattr(member, column)
        if column == "vneid_level":
            if value > current:
                values[column] = value
        elif not current:
            values[column] = True
    # Keep SKILLS order, then the others, so the change rows read naturally.
    order = ["vneid_level", "has_smartphone", "has_epayment", *SKILL_COLUMNS.values(), *TRADER_FLAGS]
    return {c: values[c] for c in order if c in values}


def resolve(
    session: Session,
    actor: Actor | None,
    request_id,
    *,
    outcome,
    achieved: dict | None = None,
    note=None,
    now: datetime | None = None,
) -> ResolveResult:
    """Close a claimed request with an outcome (its holder, or admin).

    With outcome "helped", ``achieved`` records what the member reached, each
    only raising the member's value: ``vneid_level`` (1 or 2), ``has_smartphone``,
    ``has_epayment`` (True), ``skills`` (skill codes to add) or ``skill_<code>``
    (True), and for small traders the 4T flags (True). The member is changed as
    by the ambassador (``updated_by_id``), the household's version is bumped,
    and each changed field gets a HelpRequestChange row. ``note`` (optional)
    is added as a note. Nothing is written when anything is invalid.
    """
    loaded = _load(session, actor, request_id, Action.MANAGE_HELP_REQUESTS)
    _require_holder(actor, loaded)
    outcome = parse_outcome(outcome)
    wanted = _wanted_changes(achieved)
    if wanted and outcome != "helped":
        raise ValidationError("achieved", "error.help.achieved_only_helped")
    comment = validate_comment(note) if note is not None and clean_text(note) else None
    member = session.get(Member, loaded.member_id, populate_existing=True)
    values = _member_values(member, wanted)
    now = _now(now)

    changed = session.execute(
        _R.update()
        .where(
            _R.c.id == loaded.id,
            _R.c.status == "claimed",
            _R.c.claimed_by_id == loaded.claimed_by_id,
        )
        .values(status="resolved", outcome=outcome, resolved_at=now, updated_at=now)
    ).rowcount
    if changed != 1:
        raise ValidationError("status", CLOSED_MESSAGE)

    changes = tuple(
        FieldChange(column, _as_text(getattr(member, column)), _as_text(value))
        for column, value in values.items()
    )
    if values:
        household = Household.__table__
        session.execute(
            household.update()
            .where(household.c.id == loaded.household_id)
            .values(
                version=household.c.version + 1, updated_at=now, updated_by_id=account_id(actor)
            )
        )
        try:
            member_writes.update_member(
                session, actor, loaded.member_id, values, now=now, via="visit",
                locked_household=loaded.household_id,
            )
        except LookupError:  # the member moved or was removed since the request was read
            raise RequestNotFound() from None
        session.execute(
            sa.insert(HelpRequestChange.__table__),
            [
                {
                    "request_id": loaded.id,
                    "member_id": loaded.member_id,
                    "field": c.field,
                    "old_value": c.old_value,
                    "new_value": c.new_value,
                    "at": now,
                }
                for c in changes
            ],
        )
    if comment is not None:
        session.add(
            HelpRequestNote(request_id=loaded.id, author_id=account_id(actor), text=comment, created_at=now)
        )
    session.flush()
    return ResolveResult(request_id=loaded.id, outcome=outcome, resolved_at=now, changes=changes)


# The leader's flag


def unclaimed_for_leader(
    session: Session, actor: Actor | None, *, now: datetime | None = None, limit: int = 100
) -> tuple[FlaggedRequest, ...]:
    """Requests nobody has claimed for ``get_unclaimed_hours`` hours or more, in the
    groups whose members the actor may read (Action.READ_GROUP_MEMBERS), oldest first."""
    groups = _group_scope(actor, Action.READ_GROUP_MEMBERS)
    now = _now(now)
    cutoff = now - timedelta(hours=get_unclaimed_hours(session))
    conditions = [_available(), HelpRequest.created_at <= cutoff]
    if groups is not None:
        conditions.append(HelpRequest.group_id.in_(groups))
    limit = min(max(_int_or(limit, 100), 1), 500)
    rows = session.execute(
        _queue_from(
            sa.select(
                HelpRequest.id,
                HelpRequest.household_id,
                Household.code,
                ResidentialGroup.code,
                HelpRequest.member_id,
                Member.full_name,
                HelpRequest.topic,
                Household.address,
                households.contact_phone_sql(),
                HelpRequest.note,
                HelpRequest.preferred_time,
                HelpRequest.created_at,
            )
        )
        .where(*conditions)
        .order_by(HelpRequest.created_at, HelpRequest.id)
        .limit(limit)
    ).all()
    return tuple(FlaggedRequest(*r, waiting_hours=_hours_since(r[11], now)) for r in rows)


# The ward's view of the programme


def _hours_between(session: Session, start, end):
    """SQL: hours from ``start`` to ``end`` (timestamps)."""
    if session.get_bind().dialect.name == "sqlite":
        return (sa.func.julianday(end) - sa.func.julianday(start)) * 24.0
    return sa.extract("epoch", end - start) / 3600.0


def _medians(session: Session, key, hours, conditions) -> dict:
    """{key: median of ``hours``} over the rows matching ``conditions``, all in SQL
    (window functions: the middle row, or the mean of the two middle rows)."""
    durations = (
        sa.select(key.label("k"), hours.label("h"))
        .select_from(HelpRequest)
        .where(*conditions)
        .subquery()
    )
    ranked = sa.select(
        durations.c.k,
        durations.c.h,
        sa.func.row_number().over(partition_by=durations.c.k, order_by=durations.c.h).label("rn"),
        sa.func.count().over(partition_by=durations.c.k).label("n"),
    ).subquery()
    rows = session.execute(
        sa.select(ranked.c.k, sa.func.avg(ranked.c.h))
        .where(sa.or_(ranked.c.rn == (ranked.c.n + 1) // 2, ranked.c.rn == (ranked.c.n + 2) // 2))
        .group_by(ranked.c.k)
    )
    return {k: None if h is None else round(float(h), 1) for k, h in rows}


def _week_start(moment: datetime) -> datetime:
    """Monday 00:00 in Vietnam of the week holding ``moment``, as UTC."""
    local = moment.astimezone(VIETNAM_TIME)
    monday = local.date() - timedelta(days=local.weekday())
    return datetime(monday.year, monday.month, monday.day, tzinfo=VIETNAM_TIME).astimezone(
        timezone.utc
    )


def _count_if(condition):
    return sa.func.coalesce(sa.func.sum(sa.case((condition, 1), else_=0)), 0)


def programme_stats(
    session: Session, actor: Actor | None, *, weeks=12, now: datetime | None = None
) -> ProgrammeStats:
    """The help programme's figures over the last ``weeks`` weeks (1–52, ISO weeks in
    Vietnam time, this week included).

    Gate: Action.READ_AGGREGATES; ward staff and admin (READ_GROUP_MEMBERS
    ward-wide) see the ward, a leader their own groups. Only counts and medians
    leave the database: every figure is aggregated in SQL, medians too (window
    functions, on SQLite and PostgreSQL alike); no member row is read.
    """
    require(actor, Action.READ_AGGREGATES)
    groups = None if can(actor, Action.READ_GROUP_MEMBERS, WARD) else _group_scope(
        actor, Action.READ_GROUP_MEMBERS
    )
    now = _now(now)
    weeks = min(max(_int_or(weeks, 12), 1), MAX_STATS_WEEKS)
    starts = [_week_start(now) - timedelta(weeks=weeks - 1 - i) for i in range(weeks)]
    start = starts[0]
    bounds = [*starts[1:], None]
    scope = [] if groups is None else [HelpRequest.group_id.in_(groups)]
    created = HelpRequest.created_at >= start
    resolved = HelpRequest.status == "resolved"
    unclaimed_hours = get_unclaimed_hours(session)

    # Per week: asked and resolved.
    def in_week(column, lo, hi):
        return column >= lo if hi is None else sa.and_(column >= lo, column < hi)

    week_row = session.execute(
        sa.select(
            *(_count_if(in_week(HelpRequest.created_at, lo, hi)) for lo, hi in zip(starts, bounds)),
            *(
                _count_if(sa.and_(resolved, in_week(HelpRequest.resolved_at, lo, hi)))
                for lo, hi in zip(starts, bounds)
            ),
        ).where(*scope, sa.or_(created, HelpRequest.resolved_at >= start))
    ).one()
    week_counts = tuple(
        WeekCount(
            week_start=lo.astimezone(VIETNAM_TIME).date(),
            opened=int(week_row[i]),
            resolved=int(week_row[weeks + i]),
        )
        for i, lo in enumerate(starts)
    )

    response = _hours_between(session, HelpRequest.created_at, HelpRequest.claimed_at)
    resolution = _hours_between(session, HelpRequest.created_at, HelpRequest.resolved_at)
    claimed_cond = [*scope, created, HelpRequest.claimed_at.is_not(None)]
    resolved_cond = [*scope, created, resolved]
    counts = (
        sa.func.count(),
        _count_if(HelpRequest.claimed_at.is_not(None)),
        _count_if(resolved),
        _count_if(HelpRequest.outcome == "helped"),
    )

    def stats(key, label, row, response_medians, resolution_medians, k) -> ResponseStats:
        row = row or (0, 0, 0, 0)
        return ResponseStats(
            key=key,
            label=label,
            opened=int(row[0]),
            claimed=int(row[1]),
            resolved=int(row[2]),
            helped=int(row[3]),
            median_response_hours=response_medians.get(k),
            median_resolution_hours=resolution_medians.get(k),
        )

    # The ward (or the leader's groups).
    whole = sa.literal(0)
    overall_row = session.execute(sa.select(*counts).where(*scope, created)).one()
    overall = stats(
        "ward" if groups is None else "groups",
        "Toàn phường" if groups is None else "Các tổ của bạn",
        overall_row,
        _medians(session, whole, response, claimed_cond),
        _medians(session, whole, resolution, resolved_cond),
        0,
    )

    # Per group: every group in scope, by code.
    group_query = sa.select(ResidentialGroup.id, ResidentialGroup.code, ResidentialGroup.name)
    if groups is not None:
        group_query = group_query.where(ResidentialGroup.id.in_(groups))
    group_rows = session.execute(group_query.order_by(ResidentialGroup.code)).all()
    per_group = {
        r[0]: r[1:]
        for r in session.execute(
            sa.select(HelpRequest.group_id, *counts).where(*scope, created).group_by(HelpRequest.group_id)
        )
    }
    group_response = _medians(session, HelpRequest.group_id, response, claimed_cond)
    group_resolution = _medians(session, HelpRequest.group_id, resolution, resolved_cond)
    by_group = tuple(
        stats(code, name, per_group.get(gid), group_response, group_resolution, gid)
        for gid, code, name in group_rows
    )

    # Per ambassador: whoever holds (or held) requests of the window.
    held = [*scope, created, HelpRequest.claimed_by_id.is_not(None)]
    per_ambassador = session.execute(
        sa.select(HelpRequest.claimed_by_id, UserAccount.full_name, UserAccount.phone, *counts)
        .join(UserAccount, UserAccount.id == HelpRequest.claimed_by_id)
        .where(*held)
        .group_by(HelpRequest.claimed_by_id, UserAccount.full_name, UserAccount.phone)
    ).all()
    amb_response = _medians(session, HelpRequest.claimed_by_id, response, [*held, *claimed_cond])
    amb_resolution = _medians(session, HelpRequest.claimed_by_id, resolution, [*held, *resolved_cond])
    by_ambassador = tuple(
        sorted(
            (
                stats(str(r[0]), r[1] or r[2], r[3:], amb_response, amb_resolution, r[0])
                for r in per_ambassador
            ),
            key=lambda s: (s.label, s.key),
        )
    )

    # Topics, outcomes.
    topic_counts = dict(
        session.execute(
            sa.select(HelpRequest.topic, sa.func.count())
            .where(*scope, created)
            .group_by(HelpRequest.topic)
        ).all()
    )
    topics = tuple(
        sorted(
            (TopicCount(t, int(topic_counts.get(t, 0))) for t in TOPICS),
            key=lambda c: (-c.count, TOPICS.index(c.topic)),
        )
    )
    outcome_counts = dict(
        session.execute(
            sa.select(HelpRequest.outcome, sa.func.count())
            .where(*scope, resolved, HelpRequest.resolved_at >= start)
            .group_by(HelpRequest.outcome)
        ).all()
    )
    outcomes = {o: int(outcome_counts.get(o, 0)) for o in OUTCOMES}

    # Member fields changed on visits.
    change_scope = [HelpRequestChange.at >= start]
    if groups is not None:
        change_scope.append(
            HelpRequestChange.request_id.in_(
                sa.select(HelpRequest.id).where(HelpRequest.group_id.in_(groups))
            )
        )
    field_rows = session.execute(
        sa.select(HelpRequestChange.field, sa.func.count())
        .where(*change_scope)
        .group_by(HelpRequestChange.field)
    ).all()
    changes = tuple(
        sorted((FieldCount(f, int(n)) for f, n in field_rows), key=lambda c: (-c.count, c.field))
    )
    members_improved = session.execute(
        sa.select(sa.func.count(sa.distinct(HelpRequestChange.member_id))).where(*change_scope)
    ).scalar_one()

    # Now.
    cutoff = now - timedelta(hours=unclaimed_hours)
    open_row = session.execute(
        sa.select(sa.func.count(), _count_if(HelpRequest.created_at <= cutoff)).where(
            *scope, _available()
        )
    ).one()

    scope_label = "ward" if groups is None else ", ".join(r[1] for r in group_rows)
    return ProgrammeStats(
        scope=scope_label,
        start=start,
        end=now,
        weeks=week_counts,
        overall=overall,
        by_group=by_group,
        by_ambassador=by_ambassador,
        topics=topics,
        outcomes=outcomes,
        changes=changes,
        members_improved=int(members_improved),
        open_now=int(open_row[0]),
        overdue_now=int(open_row[1]),
        unclaimed_hours=unclaimed_hours,
    )

