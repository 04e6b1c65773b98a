"""The audit log: who changed, read or exported what, when — one table for all of it.

Written by the one writer of each kind of change, in the caller's transaction:
``member_writes`` (every change to a household or a member, by whatever path:
the family, a leader's assisted entry, an ambassador's visit, an import, the demo,
an erasure), ``views.load_household`` (staff and leaders opening a household), the
exports (``security_alerts.record_export``), consent, ``ward_settings`` and
``ward_admin`` (targets, groups, accounts). Read three ways: the family's history in
plain words on its page (``households.history``), the staff's filtered list
(``entries``) and the command line (``digital-family audit``, SPEC §4).

Entries are never edited (a database trigger refuses it). Two things remove
information: ``purge_expired`` deletes entries older than the retention setting
(``retention.purge`` passes ``ward_settings.audit_retention_days``),
and ``blank_erased`` blanks the values of an erased household or member (the
entry that something happened, who did it and when, stays).

Over 500 lines on purpose: writing the log, filtering it and saying entries in
words share its action codes; the family's own history is ``households.history``.
"""

from __future__ import annotations

from collections.abc import Collection, Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from typing import Any

import sqlalchemy as sa
from sqlalchemy.orm import aliased
from sqlmodel import Session, col, select

from digital_family.base import clock
from digital_family.base.codes import TRADER_FLAGS
from digital_family.base.db import core_rows, rows_changed
from digital_family.base.i18n import CATALOGUES, t
from digital_family.base.models import (
    SKILL_COLUMNS,
    AuditEntry,
    Household,
    Member,
    ResidentialGroup,
    UserAccount,
    table_of,
)
from digital_family.base.permissions import Action, Actor, account_id, require
from digital_family.base.validation import ValidationError, clean_text
from digital_family.base.wards import only_ward, ward_of

# What happened (``AuditEntry.action``)
HOUSEHOLD_ADD = "household.add"
HOUSEHOLD_UPDATE = "household.update"  # field: address, phone, confirmed_at, group_id
HOUSEHOLD_REMOVE = "household.remove"
HOUSEHOLD_ERASE = "household.erase"
MEMBER_ADD = "member.add"  # new: the name
MEMBER_UPDATE = "member.update"  # field: a member column
MEMBER_REMOVE = "member.remove"  # old: the name
MEMBER_MOVE = "member.move"  # old/new: the household codes
MEMBER_ERASE = "member.erase"
HOUSEHOLD_READ = "household.read"  # staff or a leader opened the household
LIST_READ = "list.read"  # staff or a leader read a member-level list; key: which ("traders")
EXPORT = "export"  # key: what ("register", "traders", "household"); field: the format
CONSENT_GIVE = "consent.give"  # new: the notice version
CONSENT_WITHDRAW = "consent.withdraw"
REFUSED = "access.refused"  # key: what was refused
ALERT = "alert"  # key: the kind of alert
PURGE = "audit.purge"  # new: how many entries the retention removed
VISIT = "visit.record"  # old: the day visited; new: the outcome; key: the place
VISIT_REMOVE = "visit.remove"  # a visit recorded by mistake, taken back
# The ward's classes (programmes/classes.py); key: the class's code (a course: its name)
CLASS_SIGNUP = "class.signup"  # new: the status (signed_up, waiting)
CLASS_CANCEL = "class.cancel"
CLASS_ATTEND = "class.attend"  # new: the session's day
CLASS_COMPLETE = "class.complete"  # new: the skills recorded (";"-joined), if any
COURSE_COMPLETE = "course.complete"  # new: the day; key: the course
LEARNING = (CLASS_SIGNUP, CLASS_CANCEL, CLASS_ATTEND, CLASS_COMPLETE, COURSE_COMPLETE)
CHANGES = (HOUSEHOLD_ADD, HOUSEHOLD_UPDATE, HOUSEHOLD_REMOVE, HOUSEHOLD_ERASE, MEMBER_ADD,
           MEMBER_UPDATE, MEMBER_REMOVE, MEMBER_MOVE, MEMBER_ERASE)

_A = table_of(AuditEntry)
READ_REPEAT = timedelta(minutes=10)  # the same account reopening a household is one read
MAX_LIMIT = 500
_READERS = ("group_leader", "ward_staff", "admin")  # whose household reads are logged


@dataclass(frozen=True)
class Change:
    """One entry to write; ``household_code`` and ``group_id`` come from the household."""

    action: str
    household_id: int | None = None
    member_id: int | None = None
    field: str | None = None
    old: object = None
    new: object = None
    key: str | None = None
    group_id: int | None = None


def as_text(value: object) -> str | None:
    """A value as the log keeps it: booleans "1"/"0", moments ISO 8601 UTC, None as null."""
    if value is None:
        return None
    if isinstance(value, bool):
        return "1" if value else "0"
    if isinstance(value, datetime):
        return clock.utc(value).isoformat(timespec="seconds")
    return str(value)


def default_via(actor: Actor | None) -> str:
    """"app" for an account, "cli" for the command line (no account)."""
    return "app" if account_id(actor) is not None else "cli"


def _role(actor: Actor | None) -> str | None:
    return actor.role if actor is not None and account_id(actor) is not None else None


def _own_ward(session: Session, actor: Actor | None, ward_id: int | None) -> int | None:
    """The ward an entry with no household belongs to: the one named, else the actor's,
    else (the command line in a city of one ward) that ward."""
    if ward_id is not None:
        return ward_id
    if actor is not None and actor.ward_id is not None:
        return actor.ward_id
    return only_ward(session)


def record(
    session: Session,
    actor: Actor | None,
    changes: Iterable[Change],
    *,
    via: str | None = None,
    at: datetime | None = None,
    known: Mapping[int, tuple[str, int, int]] | None = None,
    ward_id: int | None = None,
) -> int:
    """Write ``changes`` as done by ``actor`` (one INSERT); how many were written.

    Households named by id must still exist (record before deleting one). ``known``:
    household id → (code, group id, ward id) the caller has just read, so they are not
    read again. Each entry's ward is its household's, else ``ward_id``, else the actor's.
    """
    changes = list(changes)
    if not changes:
        return 0
    households: dict[int | None, tuple[str | None, int | None, int | None]] = {}
    for household_id, known_row in (known or {}).items():
        households[household_id] = known_row
    ids = sorted({c.household_id for c in changes
                  if c.household_id is not None and c.household_id not in households})
    if ids:
        households.update(
            (row[0], (row[1], row[2], row[3]))
            for row in session.exec(
                select(col(Household.id), col(Household.code), col(Household.group_id),
                       col(Household.ward_id)).where(col(Household.id).in_(ids))
            )
        )
    user_id, role = account_id(actor), _role(actor)
    own_ward = _own_ward(session, actor, ward_id)
    at = clock.utc(at)
    rows: list[dict[str, object]] = []
    for change in changes:
        code, group_id, household_ward = households.get(change.household_id, (None, None, None))
        rows.append({
            "at": at, "user_id": user_id, "role": role, "via": via or default_via(actor),
            "action": change.action, "household_id": change.household_id,
            "household_code": code, "group_id": change.group_id or group_id,
            "ward_id": household_ward if household_ward is not None else own_ward,
            "member_id": change.member_id, "field": change.field, "key": change.key,
            "old_value": as_text(change.old), "new_value": as_text(change.new),
        })
    session.exec(_A.insert(), params=rows)  # core: the ORM bulk path costs ~1 ms more
    return len(rows)


def record_rows(session: Session, actor: Actor | None, rows: list[dict[str, object]], *,
                via: str) -> int:
    """Bulk writers' entries, each a dict of AuditEntry columns (``at``, ``user_id`` and
    ``role`` may differ per row: a demo visit by an ambassador days ago); the rest
    default to ``actor`` now. Values are converted with ``as_text``."""
    if not rows:
        return 0
    now, user_id, role = clock.utc(), account_id(actor), _role(actor)
    ward_id = _own_ward(session, actor, None)
    full: list[dict[str, object]] = []
    for row in rows:
        entry: dict[str, object] = {
            "at": now, "user_id": user_id, "role": role, "via": via, "household_id": None,
            "household_code": None, "group_id": None, "ward_id": ward_id, "member_id": None,
            "field": None,
            "key": None, "old_value": None, "new_value": None, **row}
        entry["old_value"], entry["new_value"] = (
            as_text(entry["old_value"]),
            as_text(entry["new_value"]),
        )
        full.append(entry)
    for start in range(0, len(full), 5000):
        session.exec(_A.insert(), params=full[start:start + 5000])
    return len(full)


def record_read(session: Session, actor: Actor | None, household_id: int,
                *, now: datetime | None = None) -> bool:
    """Log that a leader or staff member opened a household (residents reading their
    own are not logged); the same account reopening it within READ_REPEAT is the same
    read. Whether an entry was written."""
    if actor is None or actor.role not in _READERS or account_id(actor) is None:
        return False
    now = clock.utc(now)
    recent = session.exec(
        select(col(AuditEntry.id)).where(
            col(AuditEntry.household_id) == household_id, col(AuditEntry.user_id) == actor.user_id,
            col(AuditEntry.action) == HOUSEHOLD_READ, col(AuditEntry.at) > now - READ_REPEAT,
        ).limit(1)
    ).first()
    if recent is not None:
        return False
    record(session, actor, [Change(HOUSEHOLD_READ, household_id=household_id)], at=now)
    return True


def record_list_read(session: Session, actor: Actor | None, what: str, *,
                     group_id: int | None = None, now: datetime | None = None) -> bool:
    """Log that a leader or staff member read a member-level list (``what``, of one
    group or, None, of every group they may see); the same list again within
    READ_REPEAT is the same read. Whether an entry was written."""
    if actor is None or actor.role not in _READERS or account_id(actor) is None:
        return False
    now = clock.utc(now)
    same_group = (col(AuditEntry.group_id).is_(None) if group_id is None
                  else col(AuditEntry.group_id) == group_id)
    recent = session.exec(
        select(col(AuditEntry.id)).where(
            col(AuditEntry.user_id) == actor.user_id, col(AuditEntry.action) == LIST_READ,
            col(AuditEntry.key) == what, same_group, col(AuditEntry.at) > now - READ_REPEAT,
        ).limit(1)
    ).first()
    if recent is not None:
        return False
    record(session, actor, [Change(LIST_READ, key=what, group_id=group_id)], at=now)
    return True


# Retention


def purge_expired(session: Session, *, keep_days: int, ward_id: int | None,
                  now: datetime | None = None) -> int:
    """Delete ward ``ward_id``'s entries (None: the city's own) older than ``keep_days``
    (the ward's retention setting, ``ward_settings.audit_retention_days``); how many. The
    purge itself is logged in that ward."""
    now = clock.utc(now)
    cutoff = now - timedelta(days=keep_days)
    ward = (col(AuditEntry.ward_id).is_(None) if ward_id is None
            else col(AuditEntry.ward_id) == ward_id)
    removed = rows_changed(session, sa.delete(AuditEntry).where(ward, col(AuditEntry.at) < cutoff))
    if removed:
        record(session, None, [Change(PURGE, new=removed)], via="cli", at=now, ward_id=ward_id)
    return removed


# Erasure


def blank_erased(
    session: Session,
    *,
    household_id: int | None = None,
    member_ids: Collection[int] = (),
    phones: Collection[str] = (),
) -> int:
    """Blank every value the log holds about an erased household (all its entries) or
    erased members, and keys naming erased accounts' phones; how many entries."""
    conditions: list[sa.ColumnElement[bool]] = []
    if household_id is not None:
        conditions.append(col(AuditEntry.household_id) == household_id)
    if member_ids:
        conditions.append(col(AuditEntry.member_id).in_(sorted(member_ids)))
    blanked = 0
    if conditions:
        blanked += rows_changed(
            session,
            sa.update(AuditEntry)
            .where(sa.or_(*conditions))
            .where(
                sa.or_(
                    col(AuditEntry.old_value).is_not(None),
                    col(AuditEntry.new_value).is_not(None),
                    col(AuditEntry.key).is_not(None),
                )
            )
            .values(old_value=None, new_value=None, key=None)
        )
    if phones:
        blanked += rows_changed(
            session,
            sa.update(AuditEntry).where(col(AuditEntry.key).in_(sorted(phones))).values(key=None)
        )
        # a security alert names a locked phone number in old_value (security_alerts)
        blanked += rows_changed(
            session,
            sa.update(AuditEntry).where(col(AuditEntry.action) == ALERT,
                                        col(AuditEntry.old_value).in_(sorted(phones)))
            .values(old_value=None)
        )
    return blanked


# Reading: the staff's list and the command line


@dataclass(frozen=True)
class Entry:
    id: int
    at: datetime
    account: str | None  # the account's phone (None: the command line, or an erased account)
    account_name: str | None
    role: str | None
    via: str
    action: str
    household: str | None  # the household code
    group: str | None  # the group code
    member: int | None
    member_name: str | None  # as the member is now, or was when removed; None once erased
    field: str | None
    key: str | None
    old: str | None
    new: str | None

    def to_dict(self) -> dict[str, object]:
        """The SPEC §4 JSON entry."""
        return {
            "at": self.at.isoformat(timespec="seconds"),
            "account": self.account,
            "role": self.role,
            "action": self.action,
            "household": self.household,
            "member": self.member,
            "field": self.field or self.key,
            "old": self.old,
            "new": self.new,
        }


@dataclass(frozen=True)
class Filters:
    """What the staff's list and the command line filter on (None: any)."""

    household_code: str | None = None
    account_phone: str | None = None
    group_code: str | None = None
    since: date | None = None  # a day in Vietnam
    until: date | None = None  # a day in Vietnam, inclusive
    actions: tuple[str, ...] | None = None


def parse_day(value: object, *, field: str = "since") -> date | None:
    """A day from "YYYY-MM-DD" or "DD/MM/YYYY" (empty: None)."""
    text = clean_text(value)
    if not text:
        return None
    for pattern in ("%Y-%m-%d", "%d/%m/%Y"):
        try:
            return datetime.strptime(text, pattern).date()
        except ValueError:
            continue
    raise ValidationError(field, "error.date.format")


def _day_start(day: date) -> datetime:
    return datetime(day.year, day.month, day.day, tzinfo=clock.VIETNAM_TIME)


def _removed_name() -> sa.ScalarSelect[str | None]:
    """SQL: the name a removed member had (its removal entry's old value)."""
    removal = aliased(AuditEntry)
    return (
        sa.select(col(removal.old_value))
        .where(col(removal.member_id) == col(AuditEntry.member_id),
               col(removal.action) == MEMBER_REMOVE)
        .limit(1)
        .scalar_subquery()
    )


def entries_query(filters: Filters) -> sa.Select[*tuple[Any, ...]]:
    """The audit entries matching ``filters``, with who, the group and the member."""
    query = (
        sa.select(
            col(AuditEntry.id),
            col(AuditEntry.at),
            col(UserAccount.phone),
            col(UserAccount.full_name),
            col(AuditEntry.role),
            col(AuditEntry.via),
            col(AuditEntry.action),
            col(AuditEntry.household_code),
            col(ResidentialGroup.code),
            col(AuditEntry.member_id),
            sa.func.coalesce(col(Member.full_name), _removed_name()),
            col(AuditEntry.field),
            col(AuditEntry.key),
            col(AuditEntry.old_value),
            col(AuditEntry.new_value),
        )
        .outerjoin(UserAccount, col(UserAccount.id) == col(AuditEntry.user_id))
        .outerjoin(ResidentialGroup, col(ResidentialGroup.id) == col(AuditEntry.group_id))
        .outerjoin(Member, col(Member.id) == col(AuditEntry.member_id))
    )
    if filters.household_code:
        query = query.where(col(AuditEntry.household_code) == filters.household_code)
    if filters.account_phone:
        query = query.where(col(UserAccount.phone) == filters.account_phone)
    if filters.group_code:
        query = query.where(col(ResidentialGroup.code) == filters.group_code)
    if filters.since:
        query = query.where(col(AuditEntry.at) >= _day_start(filters.since))
    if filters.until:
        query = query.where(col(AuditEntry.at) < _day_start(filters.until + timedelta(days=1)))
    if filters.actions:
        query = query.where(col(AuditEntry.action).in_(filters.actions))
    return query


def entry_from_row(row: Sequence[Any]) -> Entry:
    return Entry(*row)


def entries(
    session: Session,
    actor: Actor | None,
    filters: Filters = Filters(),
    *,
    limit: object = 50,
    offset: object = 0,
) -> tuple[Entry, ...]:
    """The newest entries matching ``filters`` (ward staff and the admin), at most
    ``limit`` (≤ 500), skipping the ``offset`` newest (whole numbers, whatever a caller
    passes: a bad limit is refused, a bad offset is 0)."""
    actor = require(actor, Action.READ_AUDIT)
    if isinstance(limit, bool) or not isinstance(limit, int) or limit < 1:
        raise ValidationError("limit", "error.limit")
    offset = offset if isinstance(offset, int) and not isinstance(offset, bool) else 0
    rows = core_rows(
        session,
        entries_query(filters)
        .where(col(AuditEntry.ward_id) == ward_of(session, actor))
        .order_by(col(AuditEntry.at).desc(), col(AuditEntry.id).desc())
        .limit(min(limit, MAX_LIMIT))
        .offset(max(offset, 0))
    )
    return tuple(entry_from_row(row) for row in rows)


def iter_entries(session: Session, actor: Actor | None, filters: Filters = Filters()
                 ) -> Iterator[Entry]:
    """Every entry matching ``filters``, oldest first, streamed (the command line)."""
    actor = require(actor, Action.READ_AUDIT)
    query = (
        entries_query(filters)
        .where(col(AuditEntry.ward_id) == ward_of(session, actor))
        .order_by(col(AuditEntry.at), col(AuditEntry.id))
        .execution_options(yield_per=2000)
    )
    for row in core_rows(session, query):
        yield entry_from_row(row)


# The family's history, in plain words


def who(entry: Entry, lang: str) -> str:
    """Who did it, as the family reads it ("Tổ trưởng Trần Văn Hùng", "Gia đình")."""
    name = entry.account_name or ""
    if entry.via == "import":
        return t("history.who.import", lang)
    if entry.via == "demo":
        return t("history.who.demo", lang)
    if entry.via == "api":
        return t("history.who.api", lang)
    if entry.role is None:
        return t("history.who.cli", lang)
    if entry.role == "resident":
        return t("history.who.family", lang)
    label = t(f"role.{entry.role}", lang)
    return f"{label} {name}".strip() if name else label


def _value_words(field: str, value: str | None, lang: str) -> str:
    if value is None:
        return t("history.value.none", lang)
    if field in ("sex", "occupation", "learning_status") and value:
        kind = {"learning_status": "learning"}.get(field, field)
        return t(f"{kind}.{value}", lang)
    return value


def _member_field_words(field: str, old: str | None, new: str | None, lang: str) -> str:
    """What a member's field changing to ``new`` means, said plainly."""
    held = new == "1"
    if field in ("has_smartphone", "has_epayment"):
        return t(f"history.{field}.{int(held)}", lang)
    skill = next((code for code, col in SKILL_COLUMNS.items() if col == field), None)
    if skill is not None:
        return t(f"history.skill.{int(held)}", lang, skill=t(f"skill.{skill}", lang))
    if field in TRADER_FLAGS:
        return t(f"history.trader.{int(held)}", lang, flag=t(f"trader.{field}", lang))
    if field == "vneid_level":
        return t(f"history.vneid.{new}", lang)
    if field == "learning_status":
        return t(f"history.learning.{new}", lang)
    return t("history.field_changed", lang, field=t(f"history.field.{field}", lang),
             old=_value_words(field, old, lang), new=_value_words(field, new, lang))


def _visit_words(entry: Entry, lang: str, member: str) -> str:
    """A visit (or a class's sign-up, attendance, completion, a course) in words."""
    if entry.action in LEARNING:
        action = entry.action
        key = f"history.{action}.{entry.new}" if action == CLASS_SIGNUP else f"history.{action}"
        return t(key, lang, name=member, what=entry.key or "")
    day = entry.old or ""
    if len(day) == 10:  # YYYY-MM-DD as people write it
        day = f"{day[8:10]}/{day[5:7]}/{day[:4]}"
    key = "service_point" if entry.key == "service_point" else entry.new
    return t(f"history.visit.{key}", lang, day=day)


def describe(entry: Entry, lang: str) -> str:
    """What the entry says happened, in plain words (values an erasure blanked are
    not said: "đã xoá")."""
    member = entry.member_name or t("history.member_erased", lang)
    action = entry.action
    if action == MEMBER_UPDATE and entry.field:
        if entry.new is None and entry.old is None:
            return t("history.member_changed_erased", lang)
        return f"{member}: {_member_field_words(entry.field, entry.old, entry.new, lang)}"
    if action == HOUSEHOLD_UPDATE and entry.field == "confirmed_at":
        return t("history.confirmed", lang)
    if action == HOUSEHOLD_UPDATE and entry.field:
        if entry.new is None and entry.old is None:
            return t("history.household_changed_erased", lang)
        return t("history.field_changed", lang, field=t(f"history.field.{entry.field}", lang),
                 old=entry.old or t("history.value.none", lang),
                 new=entry.new or t("history.value.none", lang))
    if action == MEMBER_ADD:
        return t("history.member_added", lang, name=entry.new or member)
    if action == MEMBER_REMOVE:
        return t("history.member_removed", lang, name=entry.old or member)
    if action == MEMBER_MOVE:
        return t("history.member_moved", lang, name=member, code=entry.new or "")
    if action == EXPORT:
        return t(f"history.export.{entry.key or 'household'}", lang)
    if action == VISIT or action in LEARNING:
        return _visit_words(entry, lang, member)
    if action in (CONSENT_GIVE, CONSENT_WITHDRAW, HOUSEHOLD_READ, HOUSEHOLD_ADD, MEMBER_ERASE,
                  HOUSEHOLD_ERASE, VISIT_REMOVE):
        return t(f"history.{action}", lang, version=entry.new or "")
    return t("history.other", lang, action=action)


# The staff's list, in words


def _known(key: str, lang: str) -> bool:
    return key in CATALOGUES.get(lang, CATALOGUES["vi"])


def staff_who(entry: Entry, lang: str) -> str:
    """Who did it, as staff read it: the role and the account's name or phone."""
    if entry.via in ("import", "demo") or entry.role is None:
        return who(entry, lang)
    label = t(f"role.{entry.role}", lang)
    person = entry.account_name or entry.account or ""
    return f"{label} {person}".strip()


def staff_says(entry: Entry, lang: str) -> str:
    """What the entry says, as staff read it: a household's change as the family
    reads it, with its member; an export with its scope and size; a setting old → new."""
    action = entry.action
    if action in CHANGES or action in (HOUSEHOLD_READ, CONSENT_GIVE, CONSENT_WITHDRAW,
                                       *LEARNING) or (
            action == EXPORT and entry.key == "household"):
        return describe(entry, lang)
    if action == EXPORT:
        what_key = f"history.export.{entry.key}"
        what = t(what_key, lang) if _known(what_key, lang) else entry.key or ""
        return t("audit.export", lang, what=what, format=entry.field or "",
                 scope=entry.group or t("audit.ward", lang), rows=entry.new or "?")
    if action == PURGE:
        return t("audit.purge", lang, n=entry.new or "0")
    if action == LIST_READ and _known(f"audit.list_read.{entry.key}", lang):
        return t(f"audit.list_read.{entry.key}", lang,
                 scope=entry.group or t("audit.ward", lang))
    label_key = f"audit.action.{action}"
    label = t(label_key, lang) if _known(label_key, lang) else action
    if entry.old is None and entry.new is None:
        return f"{label} {entry.key or ''}".strip()
    return f"{label} {entry.key or ''}: {entry.old or '—'} → {entry.new or '—'}"
