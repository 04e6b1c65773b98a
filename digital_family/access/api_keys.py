"""Keys of the read-only API (SPEC §6): created and revoked by an admin, shown once,
kept only as their SHA-256, scoped to the city or one ward, rate-limited per key.

A key is ``gds_`` + 32 random bytes (base64url). It is high-entropy, so a fast hash
keeps it safe at rest (as session tokens are, ``auth``), and looking a key up costs one
indexed SELECT, not a password hash per call. The rate limit counts calls per key per
minute in the database (one UPDATE … RETURNING), so every app server and worker counts
the same calls.
"""

from __future__ import annotations

import hashlib
import secrets
from dataclasses import dataclass
from datetime import datetime, timedelta

import sqlalchemy as sa
from sqlmodel import Session

from digital_family.base import clock, db
from digital_family.base.db import core_rows
from digital_family.base.models import API_SCOPES, api_key
from digital_family.base.permissions import Action, Actor, account_id, require
from digital_family.base.validation import ValidationError, clean_text
from digital_family.base.wards import load_ward, ward_of
from digital_family.records import audit

PREFIX = "gds_"
CALLS_PER_MINUTE = 120
MAX_LABEL = 80
MAX_KEYS = 200  # listed on one page
KEY_CREATE = "api_key.create"  # audit: key = the key's prefix, new = its scope
KEY_REVOKE = "api_key.revoke"
API_CALL = "api.call"  # audit: key = the path, field = the status, new = the key's id


@dataclass(frozen=True)
class ApiClient:
    """Who is calling: a key that is valid now, and what it may read."""

    key_id: int
    scope: str  # "city" or "ward"
    ward_code: str | None  # the ward of a ward key

    def may_read_ward(self, code: str) -> bool:
        return self.scope == "city" or self.ward_code == code

    @property
    def may_read_members(self) -> bool:
        """Member-level data goes only to a ward's own key (the city: numbers only)."""
        return self.scope == "ward"


@dataclass(frozen=True)
class KeyInfo:
    """A key as an admin sees it in the list (never the key itself)."""

    id: int
    prefix: str
    label: str
    scope: str
    ward_code: str | None
    created_at: datetime
    revoked_at: datetime | None
    last_used_at: datetime | None


def digest(key: str) -> str:
    return hashlib.sha256(key.encode("utf-8")).hexdigest()


def create(session: Session, actor: Actor | None, label: object, scope: object = "ward",
           *, now: datetime | None = None) -> tuple[KeyInfo, str]:
    """A new key (Action.MANAGE_API_KEYS) and the key itself, to be shown once."""
    actor = require(actor, Action.MANAGE_API_KEYS)
    name = clean_text(label)
    if not name or len(name) > MAX_LABEL:
        raise ValidationError("label", "error.api_key.label", max=MAX_LABEL)
    if scope not in API_SCOPES:
        raise ValidationError("scope", "error.api_key.scope")
    if scope == "city" and actor.ward_id is not None:  # a ward's admin keys his own ward
        raise ValidationError("scope", "error.api_key.city_only")
    now = clock.utc(now)
    key = PREFIX + secrets.token_urlsafe(32)
    ward = None
    if scope == "ward":
        found = load_ward(session, ward_of(session, actor))
        assert found is not None  # the actor's ward exists (a foreign key)
        ward = found.code
    key_id = db.run(
        session,
        api_key.insert().values(
            prefix=key[:12], key_hash=digest(key), label=name, scope=scope, ward_code=ward,
            created_by_id=account_id(actor), created_at=now,
        ).returning(api_key.c.id)
    ).scalar_one()
    audit.record(session, actor, [audit.Change(KEY_CREATE, key=key[:12], new=str(scope))], at=now)
    info = KeyInfo(key_id, key[:12], name, str(scope), ward, now, None, None)
    return info, key


def _own_keys(session: Session, actor: Actor) -> sa.ColumnElement[bool]:
    """SQL: the keys ``actor`` manages: a ward admin his ward's keys, the command line
    (no ward) every key."""
    if actor.ward_id is None:
        return sa.true()
    ward = load_ward(session, actor.ward_id)
    return api_key.c.ward_code == (ward.code if ward else None)


def revoke(session: Session, actor: Actor | None, key_id: object,
           *, now: datetime | None = None) -> bool:
    """Revoke a key (Action.MANAGE_API_KEYS); False when there is no such live key."""
    actor = require(actor, Action.MANAGE_API_KEYS)
    if isinstance(key_id, bool) or not isinstance(key_id, int):
        raise ValidationError("key", "error.api_key.unknown")
    now = clock.utc(now)
    result = db.run(
        session,
        api_key.update()
        .where(api_key.c.id == key_id, api_key.c.revoked_at.is_(None), _own_keys(session, actor))
        .values(revoked_at=now)
        .returning(api_key.c.prefix)
    ).first()
    if result is None:
        return False
    audit.record(session, actor, [audit.Change(KEY_REVOKE, key=str(result[0]))], at=now)
    return True


def list_keys(session: Session, actor: Actor | None) -> list[KeyInfo]:
    """The keys the actor manages, newest first (Action.MANAGE_API_KEYS)."""
    actor = require(actor, Action.MANAGE_API_KEYS)
    rows = core_rows(
        session,
        sa.select(api_key.c.id, api_key.c.prefix, api_key.c.label, api_key.c.scope,
                  api_key.c.ward_code, api_key.c.created_at, api_key.c.revoked_at,
                  api_key.c.last_used_at)
        .where(_own_keys(session, actor))
        .order_by(api_key.c.id.desc()).limit(MAX_KEYS),
    )
    return [KeyInfo(*row) for row in rows]


def authenticate(session: Session, key: object) -> ApiClient | None:
    """The client a key sent as ``Authorization: Bearer <key>`` is, if the key is live."""
    if not isinstance(key, str) or not key.startswith(PREFIX) or len(key) > 100:
        return None
    row = core_rows(
        session,
        sa.select(api_key.c.id, api_key.c.scope, api_key.c.ward_code).where(
            api_key.c.key_hash == digest(key), api_key.c.revoked_at.is_(None))
    ).first()
    if row is None:
        return None
    return ApiClient(int(row[0]), str(row[1]), row[2])


def count_call(session: Session, actor: ApiClient, *, now: datetime | None = None) -> bool:
    """Count a call of ``actor``'s key in this minute; False when it is one too many."""
    now = clock.utc(now)
    minute = now.replace(second=0, microsecond=0)
    same = api_key.c.window_start == minute
    calls = db.run(
        session,
        api_key.update()
        .where(api_key.c.id == actor.key_id)
        .values(
            window_calls=sa.case((same, api_key.c.window_calls + 1), else_=1),
            window_start=minute,
            last_used_at=now,
        )
        .returning(api_key.c.window_calls)
    ).scalar_one()
    return int(calls) <= CALLS_PER_MINUTE


def record_call(session: Session, actor: ApiClient | None, path: str, status: int,
                *, now: datetime | None = None) -> None:
    """Write one API call to the audit log (via "api")."""
    audit.record(
        session, None,
        [audit.Change(API_CALL, key=path[:60], field=str(status),
                      new=str(actor.key_id) if actor else None)],
        via="api", at=now,
    )


def seconds_to_next_window(now: datetime | None = None) -> int:
    now = clock.utc(now)
    following = now.replace(second=0, microsecond=0) + timedelta(minutes=1)
    return max(1, int((following - now).total_seconds()))

