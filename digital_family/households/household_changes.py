"""Changes a household page sends, applied exactly once.

A phone keeps each tap (a member's answer, "this member is done", "the family's
data is right") as a change with an id it made, and sends every change not yet
acknowledged whenever it can: right away, and again after a lost connection or a
reload. The same change may therefore arrive more than once, and after changes
made later. Each one is applied once: its id is recorded in ``applied_change`` in
the same transaction, and a change whose id is known is skipped.

Answers are "set this field to this value" (``edits.set_member_fields``):
they need no page version, so a queue sent after a reconnect is not refused for
the versions its own earlier changes produced. An answer may say what the page
showed before the tap (its base): when the answer stored now is neither that nor the
new value, someone else changed it meanwhile (the family, while the leader was
offline) and the change is not applied but returned as a conflict with both values,
for the person to choose. A confirmation does check: it is refused when anyone else
changed the household since the version the page showed (the household's later
versions all being this account's own recorded changes is fine).

A visit record ("visit", a leader's "Ghi lần thăm" made offline or online) is applied
the same way: its change id is its idempotency key, so a replay never records a visit
twice (``visits.record_visit`` checks the actor against the household as stored). So is
a person added offline ("add"): answers about that person, made before the server knew
them, name the add's change id instead of a member id ("ma"), resolved to the member it
created (for the same account only).
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, replace
from datetime import datetime, timedelta
from typing import TypedDict

import sqlalchemy as sa
from sqlmodel import Session, col, select
from typing_extensions import TypeIs

from digital_family.base.clock import utc
from digital_family.base.codes import SKILLS, TRADER_FLAGS
from digital_family.base.db import rows_changed
from digital_family.base.models import (
    SKILL_COLUMNS,
    AppliedChange,
    Household,
    Member,
    table_of,
)
from digital_family.base.permissions import (
    SIGN_IN_KEY,
    Action,
    Actor,
    PermissionDenied,
    account_id,
)
from digital_family.base.validation import ValidationError, is_dict, whole_number
from digital_family.households import access, edits, views, visits

MAX_CHANGES = 300  # per call; the rest wait for the next one
KEEP_FOR = timedelta(days=90)  # a phone offline longer than this may repeat a change
ANSWER_FIELDS = ("has_smartphone", "has_epayment", "vneid_level", "learning_status",
                 *TRADER_FLAGS, *(f"skill.{code}" for code in SKILLS))
_ID = re.compile(r"[A-Za-z0-9_-]{16,64}")
_APPLIED = table_of(AppliedChange)


class VisitDetails(TypedDict):
    """A visit a phone recorded (``visits.record_visit``'s answers)."""

    outcome: str
    visited_on: str | None
    follow_up_on: str | None
    note: str
    helped: list[list[object]]  # [member id, topic]


class NewPerson(TypedDict):
    """A person a phone added (``edits.add_member``'s answers)."""

    full_name: str | int
    birth_year: str | int
    sex: str | int
    occupation: str | int


@dataclass(frozen=True)
class Change:
    """One change as the phone sent it (see ``parse``)."""

    id: str
    kind: str  # "set", "checked" or "confirm"
    member_id: int | None = None  # set, checked
    field: str | None = None  # set: one of ANSWER_FIELDS
    value: object = None  # set
    household_id: int | None = None  # confirm, visit
    seen_version: int | None = None  # confirm: the version the page showed
    base: object = None  # set: the value the page showed before the tap
    has_base: bool = False  # set: whether the phone sent a base (older phones do not)
    visit: VisitDetails | None = None  # visit
    person: NewPerson | None = None  # add
    added_by: str | None = None  # set, checked: the "add" change that created the member


class Conflict(Exception):
    """Someone else set this answer since the page showed it: ``theirs`` is stored."""

    def __init__(self, theirs: object, member_name: str, household_code: str):
        super().__init__("conflict")
        self.theirs, self.member_name, self.household_code = theirs, member_name, household_code


@dataclass(frozen=True)
class Outcome:
    """What became of one change. ``status``: "applied" (it changed something),
    "unchanged" (it set what was already there), "duplicate" (applied before),
    "conflict" (someone else changed the answer meanwhile: ``error`` is the Conflict
    with their value; nothing was written) or "refused" (``error`` says why; nothing was
    written)."""

    change_id: str
    kind: str
    status: str
    household_id: int | None = None
    member: views.MemberView | None = None  # set: the member as it now stands
    member_id: int | None = None
    version: int | None = None  # the household's version afterwards
    confirmed_at: datetime | None = None
    error: Exception | None = None


def _int(value: object, field: str) -> int:
    number = whole_number(value) if isinstance(value, (int, str)) else None
    if number is None:
        raise ValidationError(field, "error.bad_request")
    return number


MAX_HELPED = 40  # who was helped with what, per visit


def _is_array(value: object) -> TypeIs[list[object]]:
    """A JSON array (a list; ``validation.is_list`` takes tuples too)."""
    return isinstance(value, list)


def _visit(raw: Mapping[object, object]) -> VisitDetails:
    def text(key: str, limit: int) -> str | None:
        value = raw.get(key)
        if value in (None, ""):
            return None
        if not isinstance(value, str) or len(value) > limit:
            raise ValidationError("change", "error.bad_request")
        return value

    helped: object = raw.get("hp") or []
    if not _is_array(helped) or len(helped) > MAX_HELPED:
        raise ValidationError("change", "error.bad_request")
    pairs: list[list[object]] = []
    for pair in helped:
        if not (_is_array(pair) and len(pair) == 2 and isinstance(pair[1], str)):
            raise ValidationError("change", "error.bad_request")
        pairs.append([_int(pair[0], "change"), pair[1]])
    return {"outcome": text("o", 20) or "", "visited_on": text("d", 10),
            "follow_up_on": text("fu", 10), "note": text("n", 2000) or "", "helped": pairs}


def _added_by(raw: Mapping[object, object]) -> str | None:
    ref = raw.get("ma")
    if ref is None:
        return None
    if not isinstance(ref, str) or not _ID.fullmatch(ref):
        raise ValidationError("change", "error.bad_request")
    return ref


def _member(raw: Mapping[object, object]) -> int | None:
    """The member a change is about: an id, or none when it names the add that made it."""
    return None if raw.get("ma") is not None else _int(raw.get("m"), "change")


def parse(raw: object) -> Change:
    """A Change from what the browser sent: {"id", "kind", "m", "f", "v", "b", "h", "sv"}
    (a visit: {"id", "kind": "visit", "h", "o", "d", "fu", "n", "hp"})."""
    if not is_dict(raw):
        raise ValidationError("change", "error.bad_request")
    change_id, kind = raw.get("id"), raw.get("kind")
    if not isinstance(change_id, str) or not _ID.fullmatch(change_id):
        raise ValidationError("change", "error.bad_request")
    if kind == "set":
        field = raw.get("f")
        if not isinstance(field, str) or field not in ANSWER_FIELDS:
            raise ValidationError("change", "error.field.not_editable")
        return Change(change_id, "set", member_id=_member(raw), field=field,
                      value=raw.get("v"), base=raw.get("b"), has_base="b" in raw,
                      added_by=_added_by(raw))
    if kind == "checked":
        return Change(change_id, "checked", member_id=_member(raw), added_by=_added_by(raw))
    if kind == "confirm":
        return Change(change_id, "confirm", household_id=_int(raw.get("h"), "change"),
                      seen_version=_int(raw.get("sv"), "change"))
    if kind == "visit":
        return Change(change_id, "visit", household_id=_int(raw.get("h"), "change"),
                      visit=_visit(raw))
    if kind == "add":
        answers = [raw.get(short) for short in ("n", "y", "s", "o")]
        if not all(isinstance(v, (str, int)) and len(str(v)) <= 200 for v in answers):
            raise ValidationError("change", "error.bad_request")
        full_name, birth_year, sex, occupation = (v for v in answers if isinstance(v, str | int))
        person = NewPerson(full_name=full_name, birth_year=birth_year, sex=sex,
                           occupation=occupation)
        return Change(change_id, "add", household_id=_int(raw.get("h"), "change"),
                      person=person)
    raise ValidationError("change", "error.bad_request")


def _same(a: object, b: object) -> bool:
    """Equal answers (True is not 1 here: a yes/no answer is never a level)."""
    return isinstance(a, bool) == isinstance(b, bool) and a == b


def _check_base(session: Session, change: Change, member: Member) -> None:
    """Raise Conflict when the answer stored is neither what the page showed nor the new
    value (the caller has checked the actor's access to the member: nothing is shown to
    someone who may not see it)."""
    field = change.field
    assert field is not None
    column = SKILL_COLUMNS[field.removeprefix("skill.")] if field.startswith("skill.") else field
    stored = getattr(member, column)
    if _same(stored, change.base) or _same(stored, change.value):
        return
    code = session.exec(select(col(Household.code)).where(
        col(Household.id) == member.household_id)).one()
    raise Conflict(stored, member.full_name, code)


def _member_changes(change: Change) -> dict[str, object]:
    field = change.field
    assert field is not None  # parse gives a "set" change its field
    if field.startswith("skill."):
        return {"skill": (field.removeprefix("skill."), change.value)}
    return {field: change.value}


def _confirm(session: Session, actor: Actor, change: Change) -> tuple[int, views.HouseholdView]:
    """Confirm, unless someone else changed the household since ``seen_version``."""
    seen = change.seen_version
    if seen is None:  # parse gives a "confirm" change the version its page showed
        raise edits.StaleVersionError()
    target = access.household_target(session, actor, change.household_id,
                                         Action.EDIT_HOUSEHOLD)
    current = session.exec(
        select(col(Household.version)).where(col(Household.id) == target.household_id)
    ).one()
    own = session.exec(
        select(sa.func.count()).select_from(AppliedChange).where(
            col(AppliedChange.household_id) == target.household_id,
            col(AppliedChange.account_id) == account_id(actor),
            col(AppliedChange.version_after) > seen,
            col(AppliedChange.version_after) <= current,
        )
    ).one() if actor.user_id else 0
    if seen > current or current - seen != own:
        raise edits.StaleVersionError()
    view = edits.confirm_household(session, actor, target.household_id,
                                        expected_version=current)
    return target.household_id, view


def _resolve(session: Session, actor: Actor, change: Change) -> Change:
    """A change about a person added offline, with the member id that add created."""
    if change.added_by is None:
        return change
    member_id = session.exec(select(col(AppliedChange.member_id)).where(
        col(AppliedChange.change_id) == change.added_by, col(AppliedChange.kind) == "add",
        col(AppliedChange.account_id) == account_id(actor))).one_or_none()
    if member_id is None:
        raise access.HouseholdNotFound()
    return replace(change, member_id=member_id)


def _add(session: Session, actor: Actor, change: Change, now: datetime) -> Outcome:
    """A person added on a phone (offline perhaps): no page version to check (an added
    person refuses nobody's answers); the household's version moves on."""
    target = access.household_target(session, actor, change.household_id,
                                     Action.EDIT_HOUSEHOLD)
    current = session.exec(select(col(Household.version)).where(
        col(Household.id) == target.household_id)).one()
    if change.person is None:  # parse gives an "add" change its person
        raise ValidationError("change", "error.bad_request")
    view = edits.add_member(session, actor, target.household_id, expected_version=current,
                            **change.person)
    member_id = session.exec(select(sa.func.max(col(Member.id))).where(
        col(Member.household_id) == target.household_id)).one()
    session.add(AppliedChange(change_id=change.id, household_id=target.household_id,
                              member_id=member_id, kind="add", account_id=account_id(actor),
                              applied_at=now, version_after=view.version))
    session.flush()
    return Outcome(change.id, "add", "applied", household_id=target.household_id,
                   member_id=member_id, version=view.version)


def _apply(session: Session, actor: Actor, change: Change, now: datetime) -> Outcome:
    if change.kind == "add":
        return _add(session, actor, change, now)
    change = _resolve(session, actor, change)
    if change.kind == "set":
        # the target and the member read once, for the conflict check and the write
        target = access.member_target(session, actor, change.member_id, Action.EDIT_HOUSEHOLD)
        member = session.get(Member, access.as_id(change.member_id), populate_existing=True)
        if change.has_base and member is not None:
            _check_base(session, change, member)
        done = edits.apply_member_changes(session, actor, target, change.member_id,
                                          _member_changes(change), member=member)
        record: dict[str, object] = dict(
            household_id=done.household_id, member_id=change.member_id, field=change.field,
            version_after=done.version if done.changed else None)
        outcome = Outcome(
            change.id,
            "set",
            "applied" if done.changed else "unchanged",
            household_id=done.household_id,
            member=done.member,
            member_id=done.member.id,
            version=done.version,
        )
    elif change.kind == "checked":
        target = access.member_target(session, actor, change.member_id,
                                          Action.EDIT_HOUSEHOLD)
        record = dict(household_id=target.household_id, member_id=change.member_id)
        outcome = Outcome(change.id, "checked", "applied", household_id=target.household_id,
                          member_id=change.member_id)
    elif change.kind == "visit":
        if change.visit is None:  # parse gives a "visit" change its details
            raise ValidationError("change", "error.bad_request")
        visit = visits.record_visit(session, actor, change.household_id, now=now,
                                    **change.visit)
        record = dict(household_id=visit.household_id)
        outcome = Outcome(change.id, "visit", "applied", household_id=visit.household_id)
    else:
        household_id, view = _confirm(session, actor, change)
        record = dict(household_id=household_id, version_after=view.version)
        outcome = Outcome(change.id, "confirm", "applied", household_id=household_id,
                          version=view.version,
                          confirmed_at=view.confirmed_at)
    # a core INSERT: the ORM's unit of work cost more than the statement on every tap
    session.exec(_APPLIED.insert().values(change_id=change.id, kind=change.kind,
                                             account_id=account_id(actor), applied_at=now,
                                             **record))
    return outcome


def apply_changes(
    session: Session, actor: Actor | None, changes: Iterable[Change], *,
    now: datetime | None = None,
) -> tuple[Outcome, ...]:
    """Apply ``changes`` (Change objects, in the order they were made), each once.

    A change that is refused (not allowed, a bad value, a stale confirmation)
    writes nothing and does not stop the others. Database errors propagate: then
    nothing of the call is kept, and the phone sends the changes again later.
    """
    if actor is None:
        raise PermissionDenied(SIGN_IN_KEY)
    changes = list(changes)[:MAX_CHANGES]
    now = utc(now)
    seen = set(session.exec(
        select(col(AppliedChange.change_id)).where(
            col(AppliedChange.change_id).in_([c.id for c in changes]))
    )) if changes else set[str]()
    outcomes: list[Outcome] = []
    for change in changes:
        if change.id in seen:
            outcomes.append(Outcome(change.id, change.kind, "duplicate",
                                    member_id=change.member_id))
            continue
        try:
            outcome = _apply(session, actor, change, now)
        except Conflict as exc:
            outcomes.append(Outcome(change.id, change.kind, "conflict",
                                    member_id=change.member_id, error=exc))
            continue
        except (PermissionDenied, LookupError, ValidationError,
                edits.StaleVersionError) as exc:
            outcomes.append(Outcome(change.id, change.kind, "refused",
                                    member_id=change.member_id, error=exc))
            continue
        seen.add(change.id)
        outcomes.append(outcome)
    return tuple(outcomes)


def purge_expired(session: Session, *, now: datetime | None = None) -> int:
    """Forget applied changes older than ``KEEP_FOR`` (the daily purge, not each tap)."""
    return rows_changed(session, sa.delete(AppliedChange).where(
        col(AppliedChange.applied_at) < utc(now) - KEEP_FOR)) or 0


def checked_members(session: Session, actor: Actor | None, household_id: object,
                    since: datetime | None) -> frozenset[int]:
    """Members the family went through after ``since`` (Action.READ_HOUSEHOLD): passed
    ("checked") or answered a question of (a "set" change): a person just answered is
    never shown as not looked at (issue 19 point 1)."""
    target = access.household_target(session, actor, household_id,
                                         Action.READ_HOUSEHOLD)
    query = select(col(AppliedChange.member_id)).where(
        col(AppliedChange.household_id) == target.household_id,
        col(AppliedChange.kind).in_(("checked", "set")),
        col(AppliedChange.member_id).is_not(None),
    )
    if since is not None:
        query = query.where(col(AppliedChange.applied_at) > since)
    return frozenset(m for m in session.exec(query.distinct()) if m is not None)
