"""A claimed request: its detail for the ambassador holding it, notes, and resolving it
with what was achieved (the member's statuses raised, one change row per field)."""

from __future__ import annotations

from dataclasses import asdict, dataclass
from datetime import datetime

import sqlalchemy as sa
from sqlalchemy.orm import aliased
from sqlmodel import Session, col

from digital_family.base.clock import utc
from digital_family.base.codes import TRADER_FLAGS
from digital_family.base.db import core_rows, rows_changed
from digital_family.base.models import (
    SKILL_COLUMNS,
    HelpRequest,
    HelpRequestChange,
    HelpRequestNote,
    Household,
    Member,
    UserAccount,
    table_of,
)
from digital_family.base.permissions import (
    Action,
    Actor,
    PermissionDenied,
    account_id,
    can,
    signed_in,
)
from digital_family.base.validation import (
    ValidationError,
    clean_text,
    is_dict,
    parse_bool,
    parse_skills,
    parse_vneid_level,
)
from digital_family.households import member_writes
from digital_family.households.visits import record_visit
from digital_family.programmes.help_requests.core import (
    CLOSED_MESSAGE,
    NOT_HOLDER_MESSAGE,
    REQUEST_TABLE,
    TOPIC_FIELDS,
    TOPICS,
    LoadedRequest,
    RequestNotFound,
    given_name,
    load_request,
    require_holder,
)
from digital_family.programmes.help_requests.queue import queue_item_for
from digital_family.programmes.help_requests.validators import parse_outcome, validate_comment

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


def _may_read_detail(actor: Actor, loaded: LoadedRequest) -> bool:
    return can(actor, Action.READ_GROUP_MEMBERS, loaded.target) or (
        can(actor, Action.MANAGE_HELP_REQUESTS, loaded.target) and loaded.held_by(actor)
    )


def _load_for_detail(session: Session, actor: Actor | None, request_id: object) -> LoadedRequest:
    actor = signed_in(actor)
    try:
        loaded = load_request(session, actor, request_id, Action.READ_GROUP_MEMBERS)
    except PermissionDenied:
        # Not the group's leader nor staff: an ambassador holding the request?
        loaded = load_request(session, actor, request_id, Action.MANAGE_HELP_REQUESTS)
    if not _may_read_detail(actor, loaded):
        raise PermissionDenied(NOT_HOLDER_MESSAGE)
    return loaded


def request_notes(session: Session, request_id: int) -> tuple[NoteView, ...]:
    """The request's notes, oldest first (its detail and the leader's view show them)."""
    return tuple(
        NoteView(
            id=r[0], author_name=given_name(r[1]), author_role=r[2], text=r[3], created_at=r[4]
        )
        for r in core_rows(
            session,
            sa.select(
                col(HelpRequestNote.id),
                col(UserAccount.full_name),
                col(UserAccount.role),
                col(HelpRequestNote.text),
                col(HelpRequestNote.created_at),
            )
            .outerjoin(UserAccount, col(UserAccount.id) == col(HelpRequestNote.author_id))
            .where(col(HelpRequestNote.request_id) == request_id)
            .order_by(col(HelpRequestNote.created_at), col(HelpRequestNote.id))
        )
    )


def _topic_fields(topic: str, occupation: str) -> tuple[str, ...]:
    fields = TOPIC_FIELDS[topic]
    if occupation != "small_trader":
        fields = tuple(f for f in fields if f not in TRADER_FLAGS)
    return fields


def request_detail(
    session: Session, actor: Actor | None, request_id: object, *, now: datetime | None = None
) -> RequestDetail:
    """One request with its notes and the member's current values of the topic's
    fields: for the ambassador holding it (while claimed), the group's leader,
    ward staff and admin."""
    loaded = _load_for_detail(session, actor, request_id)
    actor = signed_in(actor)  # (_load_for_detail refused anyone signed out)
    now = utc(now)
    item = queue_item_for(session, actor, loaded.id, now)
    fields = TOPIC_FIELDS[loaded.topic]
    member = core_rows(
        session,
        sa.select(col(Member.occupation), *(table_of(Member).c[f] for f in fields)).where(
            col(Member.id) == loaded.member_id
        )
    ).one()
    values = dict(zip(fields, member[1:]))
    current = tuple(
        FieldValue(f, int(values[f]) if f == "vneid_level" else bool(values[f]))
        for f in _topic_fields(loaded.topic, member[0])
    )
    holder = aliased(UserAccount)
    extra = core_rows(
        session,
        sa.select(
            col(holder.full_name),
            col(HelpRequest.claimed_at),
            col(HelpRequest.outcome),
            col(HelpRequest.resolved_at),
        )
        .outerjoin(holder, col(holder.id) == col(HelpRequest.claimed_by_id))
        .where(col(HelpRequest.id) == loaded.id)
    ).one()
    return RequestDetail(
        **asdict(item),
        claimed_by_name=given_name(extra[0]) if item.status != "open" else None,
        claimed_at=extra[1],
        outcome=extra[2],
        resolved_at=extra[3],
        notes=request_notes(session, loaded.id),
        current=current,
    )


def add_note(
    session: Session, actor: Actor | None, request_id: object, text: object, *,
    now: datetime | None = None,
) -> NoteView:
    """Add a note (1–500 characters) to a request: the ambassador holding it (while
    claimed), the group's leader, or admin."""
    loaded = _load_for_detail(session, actor, request_id)
    actor = signed_in(actor)  # (_load_for_detail refused anyone signed out)
    # Writers: the holder, and those who may change the household in that group (its
    # leader, admin); ward staff read every request but do not edit households.
    if not loaded.held_by(actor) and not (
        can(actor, Action.READ_GROUP_MEMBERS, loaded.target)
        and can(actor, Action.EDIT_HOUSEHOLD, loaded.target)
    ):
        raise PermissionDenied(NOT_HOLDER_MESSAGE)
    text = validate_comment(text)
    note = HelpRequestNote(
        request_id=loaded.id, author_id=account_id(actor), text=text, created_at=utc(now)
    )
    session.add(note)
    session.flush()
    return next(n for n in request_notes(session, loaded.id) if n.id == note.id)


_VALUE_TEXT = {True: "1", False: "0"}


def _as_text(value: object) -> str:
    return _VALUE_TEXT[value] if isinstance(value, bool) else str(value)


def _wanted_changes(achieved: object) -> dict[str, object]:
    """``achieved`` as {member column: value reached}, validated; falsy entries dropped."""
    if achieved is None:
        return {}
    if not is_dict(achieved):
        raise ValidationError("achieved", "error.help.achieved")
    wanted: dict[str, object] = {}
    for key, value in achieved.items():
        if not isinstance(key, str) or key not in ACHIEVABLE_KEYS:
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
    values: dict[str, object] = {}
    for column, value in wanted.items():
        current = getattr(member, column)
        if column == "vneid_level":
            if isinstance(value, int) and value > current:  # a level (_wanted_changes)
                values[column] = value
        elif not current:
            values[column] = True
    # Keep SKILLS order, then the others, so the change rows read naturally.
    order = [
        "vneid_level",
        "has_smartphone",
        "has_epayment",
        *SKILL_COLUMNS.values(),
        *TRADER_FLAGS,
    ]
    return {c: values[c] for c in order if c in values}


def resolve(
    session: Session,
    actor: Actor | None,
    request_id: object,
    *,
    outcome: object,
    achieved: object = None,
    note: object = None,
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
    loaded = load_request(session, actor, request_id, Action.MANAGE_HELP_REQUESTS)
    actor = signed_in(actor)  # (load_request refused anyone signed out)
    require_holder(actor, loaded)
    outcome = parse_outcome(outcome)
    wanted = _wanted_changes(achieved)
    if wanted and outcome != "helped":
        raise ValidationError("achieved", "error.help.achieved_only_helped")
    comment = validate_comment(note) if note is not None and clean_text(note) else None
    member = session.get(Member, loaded.member_id, populate_existing=True)
    if member is None:  # erased since load_request (its requests go with it)
        raise RequestNotFound()
    values = _member_values(member, wanted)
    now = utc(now)

    changed = rows_changed(
        session,
        REQUEST_TABLE.update()
        .where(
            REQUEST_TABLE.c.id == loaded.id,
            REQUEST_TABLE.c.status == "claimed",
            REQUEST_TABLE.c.claimed_by_id == loaded.claimed_by_id,
        )
        .values(status="resolved", outcome=outcome, resolved_at=now, updated_at=now)
    )
    if changed != 1:
        raise ValidationError("status", CLOSED_MESSAGE)

    changes = tuple(
        FieldChange(column, _as_text(getattr(member, column)), _as_text(value))
        for column, value in values.items()
    )
    if values:
        household = table_of(Household)
        session.exec(
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
        session.exec(
            sa.insert(table_of(HelpRequestChange)),
            params=[
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
            HelpRequestNote(
                request_id=loaded.id, author_id=account_id(actor), text=comment, created_at=now
            )
        )
    session.flush()
    return ResolveResult(request_id=loaded.id, outcome=outcome, resolved_at=now, changes=changes)


# A claimed request's visit at the door: the same record as a leader's visit
# (households.visits), keyed by the request (an ambassador never gets a household or
# member id); helped or declined, it closes the request too.

# What a visit's "helped with" is for each help topic (households.visits.TOPICS).
VISIT_TOPIC = {
    "vneid": "vneid",
    "public_services": "public_services",
    "epayment": "epayment",
    "smartphone": "smartphone",
    "online_safety": "online_safety",
    "selling_online": "skills",
}
assert set(VISIT_TOPIC) == set(TOPICS)


@dataclass(frozen=True)
class RequestVisit:
    request_id: int
    visit_id: int
    outcome: str  # the visit's (households.visits)
    resolved: str | None  # the request's outcome when the visit closed it, else None


def record_request_visit(
    session: Session,
    actor: Actor | None,
    request_id: object,
    *,
    outcome: object,
    helped: object = False,
    visited_on: object = None,
    note: object = "",
    follow_up_on: object = None,
    now: datetime | None = None,
) -> RequestVisit:
    """Record the visit of the ambassador holding the request (or admin) to its household,
    as ``households.visits.record_visit`` does for a leader (its checks: the day, the
    follow-up, the note, consent; Action.RECORD_VISIT on the household). ``helped`` (a
    bool): the person who asked was helped with the request's topic. A visit that met
    and helped closes the request as "helped", one the family declined as "not_helped";
    nobody home or come back on a day leaves it claimed. All or nothing."""
    loaded = load_request(session, actor, request_id, Action.MANAGE_HELP_REQUESTS)
    actor = signed_in(actor)  # (load_request refused anyone signed out)
    require_holder(actor, loaded)
    was_helped = parse_bool(helped, field="helped") if helped not in (None, "") else False
    if was_helped and outcome != "met":
        raise ValidationError("helped", "error.visit.helped_not_met")
    visit = record_visit(
        session, actor, loaded.household_id, outcome=outcome, visited_on=visited_on,
        helped=[(loaded.member_id, VISIT_TOPIC[loaded.topic])] if was_helped else (),
        note=note, follow_up_on=follow_up_on, now=now)
    resolved = "helped" if was_helped else "not_helped" if outcome == "declined" else None
    if resolved is not None:
        resolve(session, actor, loaded.id, outcome=resolved, now=now)
    return RequestVisit(request_id=loaded.id, visit_id=visit.id, outcome=visit.outcome,
                        resolved=resolved)
