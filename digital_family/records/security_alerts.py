"""A breach is noticed (issue 13 point 5, SPEC §5): repeated refused access attempts and
unusual exports are flagged to admins, on the admin page and in the audit log, so staff
can act within the law's deadline.

What is flagged (``ALERT_KINDS``):
- "refusals": a signed-in account was refused ``REFUSALS_PER_HOUR`` times within one
  clock hour (pages asking for households, groups or actions it has no right to);
- "sign_in_locked": a phone number was locked after ``auth.LOCK_AFTER`` wrong passwords
  in a row (someone guessing), and again at every further ``LOCK_AFTER``;
- "exports_many": one staff or leader account exported member-level data
  ``EXPORTS_PER_DAY`` times in one day (Vietnam's calendar day); a family downloading
  its own data is not counted;
- "export_ward": an export of the whole ward's register (no group chosen), at once.

Counting is cheap: one row per account, kind and window in ``security_tally``
(an upsert that adds one), never one row per event, so a flood of refusals writes
one row an hour. An alert is one ``audit.ALERT`` entry (key: the kind; new: the
count or what was exported; old: the phone of a locked number), written once when
the count reaches its threshold.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta

import sqlalchemy as sa
from sqlmodel import Session, col, select

from digital_family.base import clock, db
from digital_family.base.db import core_rows, rows_changed
from digital_family.base.groups import find_group
from digital_family.base.models import AuditEntry, UserAccount, security_tally
from digital_family.base.permissions import Action, Actor, account_id, require
from digital_family.base.wards import ward_of
from digital_family.records import audit

REFUSALS_PER_HOUR = 10
EXPORTS_PER_DAY = 5
ALERT_DAYS = 30  # the admin page lists the alerts of the last 30 days
MAX_ALERTS = 50
TALLY_KEEP = timedelta(days=2)  # purge_tallies removes windows older than this

REFUSALS, SIGN_IN_LOCKED, EXPORTS_MANY, EXPORT_WARD = (
    "refusals", "sign_in_locked", "exports_many", "export_ward")
ALERT_KINDS = (REFUSALS, SIGN_IN_LOCKED, EXPORTS_MANY, EXPORT_WARD)
_REFUSAL, _EXPORT = "refusal", "export"  # security_tally.kind


@dataclass(frozen=True)
class Alert:
    at: datetime
    kind: str
    account_name: str  # "" for a phone without an account, or the command line
    account_phone: str  # the account's phone, or the locked number
    role: str | None
    detail: str  # the count, or what was exported


def _hour(now: datetime) -> datetime:
    return now.replace(minute=0, second=0, microsecond=0)


def _vietnam_day(now: datetime) -> datetime:
    """The UTC moment Vietnam's calendar day of ``now`` began."""
    local = clock.in_vietnam(now).replace(hour=0, minute=0, second=0, microsecond=0)
    return clock.utc(local)


def _count(session: Session, kind: str, user_id: int, window: datetime) -> int:
    """Add one to the account's tally for ``kind`` in ``window``; the new count."""
    table = security_tally
    statement = db.dialect_insert(session, table).values(
        kind=kind, user_id=user_id, window_start=window, count=1)
    session.exec(statement.on_conflict_do_update(
        index_elements=["kind", "user_id", "window_start"],
        set_={"count": table.c.count + 1},
    ))
    count: int = session.exec(
        select(table.c.count).where(table.c.kind == kind, table.c.user_id == user_id,
                                    table.c.window_start == window)
    ).one()
    return count


def _flag(session: Session, actor: Actor | None, kind: str, detail: str | int, *,
          phone: str | None = None, now: datetime) -> None:
    ward_id = actor.ward_id if actor is not None else None
    if ward_id is None and phone is not None:  # a locked phone: its account's ward, if any
        ward_id = session.exec(select(col(UserAccount.ward_id)).where(
            col(UserAccount.phone) == phone)).first()
    audit.record(session, actor, [audit.Change(audit.ALERT, key=kind, old=phone, new=detail)],
                 via="app" if account_id(actor) is not None or phone else None, at=now,
                 ward_id=ward_id)


def note_refusal(session: Session, actor: Actor | None, *, now: datetime | None = None) -> bool:
    """Count one refused action of a signed-in account; True when this one raised the
    alert (the ``REFUSALS_PER_HOUR``-th of the hour)."""
    user_id = account_id(actor)
    if user_id is None:
        return False
    now = clock.utc(now)
    if _count(session, _REFUSAL, user_id, _hour(now)) != REFUSALS_PER_HOUR:
        return False
    _flag(session, actor, REFUSALS, REFUSALS_PER_HOUR, now=now)
    return True


def note_sign_in_lock(session: Session, actor: Actor | None, phone: str, failures: int, *,
                      lock_after: int, now: datetime | None = None) -> bool:
    """A phone number had ``failures`` wrong passwords in a row (the sign-in throttle
    counts them); flagged at each multiple of ``lock_after`` (auth.LOCK_AFTER: when it
    locks)."""
    if failures < lock_after or failures % lock_after:
        return False
    _flag(session, actor, SIGN_IN_LOCKED, failures, phone=phone, now=clock.utc(now))
    return True


def record_export(session: Session, actor: Actor | None, what: str, *, fmt: str,
                  group_code: str | None = None, rows: int | None = None) -> None:
    """Log an export of member-level data in the audit (``what``: "register",
    "traders"; the format, the group — None: the whole ward — and how many rows it
    held) and flag it to admins when it is ward-wide or one too many
    (``note_export``)."""
    group_id = find_group(session, ward_of(session, actor), group_code)[1] if group_code else None
    audit.record(session, actor, [audit.Change(audit.EXPORT, key=what, field=fmt,
                                               group_id=group_id, new=rows)])
    note_export(session, actor, what, group_id=group_id)


def note_export(session: Session, actor: Actor | None, what: str, *, group_id: int | None,
                now: datetime | None = None) -> tuple[str, ...]:
    """An export of member-level data (``what``: "register", "traders", "household")
    by ``actor``; the kinds of alert it raised."""
    now = clock.utc(now)
    raised: list[str] = []
    if group_id is None and what != "household":
        _flag(session, actor, EXPORT_WARD, what, now=now)
        raised.append(EXPORT_WARD)
    user_id = account_id(actor)
    counted = (actor is not None and user_id is not None
               and actor.role != "resident")  # a family takes its own
    if counted and user_id is not None and (
            _count(session, _EXPORT, user_id, _vietnam_day(now)) == EXPORTS_PER_DAY):
        _flag(session, actor, EXPORTS_MANY, EXPORTS_PER_DAY, now=now)
        raised.append(EXPORTS_MANY)
    return tuple(raised)


def recent_alerts(session: Session, actor: Actor | None, *, now: datetime | None = None,
                  days: int = ALERT_DAYS, limit: int = MAX_ALERTS) -> tuple[Alert, ...]:
    """The alerts of the last ``days`` days, newest first (admins only)."""
    actor = require(actor, Action.MANAGE_ADMINS)
    since = clock.utc(now) - timedelta(days=days)
    rows = core_rows(
        session,
        sa.select(
            col(AuditEntry.at),
            col(AuditEntry.key),
            col(UserAccount.full_name),
            col(UserAccount.phone),
            col(AuditEntry.role),
            col(AuditEntry.old_value),
            col(AuditEntry.new_value),
        )
        .outerjoin(UserAccount, col(UserAccount.id) == col(AuditEntry.user_id))
        .where(col(AuditEntry.action) == audit.ALERT, col(AuditEntry.at) >= since,
               col(AuditEntry.ward_id) == ward_of(session, actor))
        .order_by(col(AuditEntry.at).desc(), col(AuditEntry.id).desc())
        .limit(limit)
    ).all()
    return tuple(
        Alert(at=at, kind=kind or "", account_name=name or "", account_phone=phone or old or "",
              role=role, detail=new or "")
        for at, kind, name, phone, role, old, new in rows
    )


def purge_tallies(session: Session, actor: Actor | None, *, now: datetime | None = None) -> int:
    """Delete count windows older than ``TALLY_KEEP`` (the alerts stay in the audit)."""
    del actor  # the command line's purge; the tallies are counts, no personal data
    cutoff = clock.utc(now) - TALLY_KEEP
    return rows_changed(
        session,
        security_tally.delete().where(security_tally.c.window_start < cutoff)
    )
