"""Uploads only for the signed-in who may import, kept where every app server sees them.

An upload is an HTTP request that may reach any worker (or another app server), where
the tab's sign-in is not known: the tab's own socket knows it. So the import page, when
it loads for someone who may import (a ``data_event``, with the actor), *grants* an upload
slot to its tab (keyed by a digest of the tab's client token, which the upload request
carries in a header). The upload's request is checked against the slot before its body
is read (``upload_allowed``): no slot, an expired one, or too many uploads in a while,
and nothing is read or kept. The body is then kept in the slot (``keep``), in the
database, under a random ticket; the import (over the tab's socket, with the actor)
takes it once (``take``) within ``KEEP_FOR``. A slot lives ``SLOT_LIFETIME`` from the
page's last load or action; the purge deletes expired slots and files nobody imported.
"""

from __future__ import annotations

import hashlib
import secrets
from datetime import datetime, timedelta

import sqlalchemy as sa
from sqlmodel import Session, select

from digital_family.base import db
from digital_family.base.clock import utc
from digital_family.base.db import rows_changed
from digital_family.base.models import upload_slot
from digital_family.base.permissions import Action, Actor, require

SLOT_LIFETIME = timedelta(hours=8)  # a working day at the admin page, refreshed as it is used
KEEP_FOR = timedelta(minutes=30)  # a file the import did not take by then is deleted
RATE_WINDOW = timedelta(minutes=10)
UPLOADS_PER_WINDOW = 6  # a register import is one file; a few retries are fine


def client_digest(client_token: object) -> str | None:
    """The slot's key for a tab's client token (None for anything but a plausible token)."""
    if not isinstance(client_token, str) or not 8 <= len(client_token) <= 100:
        return None
    return hashlib.sha256(b"upload-slot\0" + client_token.encode()).hexdigest()


def grant(session: Session, actor: Actor | None, client_token: str, *,
          now: datetime | None = None) -> bool:
    """Let this tab of ``actor`` upload for the next ``SLOT_LIFETIME`` (refreshing its slot).

    Only for those who may import; the slot's rate window and any kept file stay."""
    actor = require(actor, Action.IMPORT_EXPORT)
    assert actor is not None
    digest = client_digest(client_token)
    if digest is None:
        return False
    now = utc(now)
    insert = db.dialect_insert(session, upload_slot).values(
        client_digest=digest, user_id=actor.user_id, expires_at=now + SLOT_LIFETIME,
        window_start=now, uploads=0)
    session.exec(insert.on_conflict_do_update(
        index_elements=["client_digest"],
        set_={"user_id": insert.excluded.user_id, "expires_at": insert.excluded.expires_at}))
    session.flush()
    return True


def _window_open(now: datetime) -> sa.ColumnElement[bool]:
    """The slot's window: still counting (a fresh one counts from zero)."""
    return upload_slot.c.window_start > now - RATE_WINDOW


def upload_allowed(session: Session, client_token: object, *,
                   now: datetime | None = None) -> bool:
    """Whether an upload from this tab may be read at all: a live slot, under the rate.

    Needs no actor: the slot is the credential, granted to a signed-in importer's tab."""
    digest = client_digest(client_token)
    if digest is None:
        return False
    now = utc(now)
    row = session.exec(
        select(upload_slot.c.uploads, upload_slot.c.window_start)
        .where(upload_slot.c.client_digest == digest, upload_slot.c.expires_at > now)
    ).first()
    if row is None:
        return False
    uploads, window_start = row
    return utc(window_start) <= now - RATE_WINDOW or uploads < UPLOADS_PER_WINDOW


def keep(session: Session, client_token: object, data: bytes, *,
         now: datetime | None = None) -> str | None:
    """Keep ``data`` in this tab's slot (replacing a file not yet imported); the ticket
    that takes it back, or None when the tab has no live slot or is over the rate.

    Needs no actor: the slot is the credential (see ``upload_allowed``)."""
    digest = client_digest(client_token)
    if digest is None or not upload_allowed(session, client_token, now=now):
        return None
    now = utc(now)
    _drop_stale_files(session, now)
    ticket = secrets.token_hex(16)
    counted = sa.case((_window_open(now), upload_slot.c.uploads + 1), else_=1)
    started = sa.case((_window_open(now), upload_slot.c.window_start), else_=now)
    session.exec(
        sa.update(upload_slot).where(upload_slot.c.client_digest == digest)
        .values(uploads=counted, window_start=started, ticket=ticket, data=data, kept_at=now))
    session.flush()
    return ticket


def take(session: Session, actor: Actor | None, ticket: object, *,
         now: datetime | None = None) -> bytes | None:
    """The file kept under ``ticket`` for this actor's tab, once (then it is gone); None
    for an unknown, expired or someone else's ticket."""
    actor = require(actor, Action.IMPORT_EXPORT)
    assert actor is not None
    if not (isinstance(ticket, str) and len(ticket) == 32 and ticket.isalnum()):
        return None
    now = utc(now)
    row = session.exec(
        select(upload_slot.c.client_digest, upload_slot.c.data)
        .where(upload_slot.c.ticket == ticket, upload_slot.c.user_id == actor.user_id,
               upload_slot.c.expires_at > now, upload_slot.c.kept_at > now - KEEP_FOR)
    ).first()
    if row is None or row[1] is None:
        return None
    digest, data = row
    session.exec(sa.update(upload_slot).where(upload_slot.c.client_digest == digest)
                 .values(ticket=None, data=None, kept_at=None))
    session.flush()
    return bytes(data)


def _drop_stale_files(session: Session, now: datetime) -> int:
    return rows_changed(
        session,
        sa.update(upload_slot).where(upload_slot.c.kept_at <= now - KEEP_FOR)
        .values(ticket=None, data=None, kept_at=None)) or 0


def purge_expired(session: Session, *, now: datetime | None = None) -> int:
    """Delete expired slots and the files nobody imported in time (the purge); how many."""
    now = utc(now)
    dropped = _drop_stale_files(session, now)
    return dropped + (rows_changed(
        session,
        sa.delete(upload_slot).where(upload_slot.c.expires_at <= now)) or 0)
