"""Signing in and out: opaque session tokens, idle expiry and a per-phone throttle.

The browser holds only an opaque random token; the ``auth_session`` table holds
its sha256 hash, so a copy of the database signs nobody in. Every request turns
the token back into an ``Actor`` with ``resolve_session``.

Failed sign-ins are counted per phone number, whether or not an account has
that number, so the answers never tell which numbers have accounts. After
``FREE_FAILURES`` consecutive failures each further attempt has to wait
(5 s, then 10, 20, 40 … up to ``MAX_DELAY``) after the last one; after
``LOCK_AFTER`` failures the number is locked for ``LOCK_DURATION``. An attempt
made while waiting is refused without checking the password.

``sign_in`` commits the session it is given: a failed attempt must stay
recorded although the function raises. The other functions flush and leave
committing to the caller.

Over 500 lines on purpose: signing in, its throttles and the sessions it creates
share one lock order and one clock; split, each half would need the other's
private rules.
"""

from __future__ import annotations

import hashlib
import math
import secrets
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import TypeGuard

import sqlalchemy as sa
from sqlmodel import Session, col, select

from digital_family.access import accounts
from digital_family.base import db
from digital_family.base.clock import utc
from digital_family.base.db import core_rows, rows_changed
from digital_family.base.i18n import CatalogueError
from digital_family.base.models import (
    AuthSession,
    Household,
    ResidentialGroup,
    SignInThrottle,
    UserAccount,
    UserGroup,
    id_of,
    table_of,
)
from digital_family.base.permissions import (
    SIGN_IN_KEY,
    Actor,
    PermissionDenied,
    load_actor,
    signed_in,
)
from digital_family.base.validation import ValidationError, validate_phone, whole_number
from digital_family.records import security_alerts

TOKEN_BYTES = 32
MAX_TOKEN_LENGTH = 200  # anything longer is not one of ours

RESIDENT_IDLE_TIMEOUT = timedelta(days=30)  # residents, group leaders, ambassadors
STAFF_IDLE_TIMEOUT = timedelta(hours=12)  # ward staff and admins
IDLE_TIMEOUTS = {
    "resident": RESIDENT_IDLE_TIMEOUT,
    "group_leader": RESIDENT_IDLE_TIMEOUT,
    "ambassador": RESIDENT_IDLE_TIMEOUT,
    "ward_staff": STAFF_IDLE_TIMEOUT,
    "admin": STAFF_IDLE_TIMEOUT,
}
# A session's last_seen_at / expires_at are written at most this often.
TOUCH_INTERVAL = timedelta(minutes=1)

FREE_FAILURES = 3  # failures before attempts have to wait
FIRST_DELAY_SECONDS = 5  # doubled with every further failure
MAX_DELAY_SECONDS = 300
LOCK_AFTER = 10  # failures that lock the phone number
LOCK_DURATION = timedelta(minutes=15)
# A failure this long after the previous one starts a new count.
THROTTLE_FORGET_AFTER = timedelta(hours=24)

# One client address (a phone on mobile data, or a whole service point behind one
# address) may fail CLIENT_FREE_FAILURES sign-ins in a CLIENT_WINDOW, whichever phone
# numbers it tries; then it waits for the window to end. Password spraying from one
# client goes from hundreds of numbers a minute to two.
CLIENT_FREE_FAILURES = 30
CLIENT_WINDOW = timedelta(minutes=15)

WRONG_CREDENTIALS = "error.sign_in.wrong"
WAIT_MESSAGE = "error.sign_in.wait"  # {seconds}
LOCKED_MESSAGE = "error.sign_in.locked"  # {minutes}
CLIENT_LOCKED_MESSAGE = "error.sign_in.client_locked"  # {minutes}


class SignInError(CatalogueError):
    """A sign-in was refused; ``key`` is for people, ``retry_after_seconds`` for the UI.

    ``retry_after_seconds`` is how long before the next attempt will be looked at
    (None when it may come straight away).
    """

    def __init__(self, key: str, retry_after_seconds: int | None = None, **params: object):
        super().__init__(key, **params)
        self.retry_after_seconds = retry_after_seconds


@dataclass(frozen=True)
class UserSummary:
    """Who is signed in, as the page header shows it."""

    full_name: str
    role: str
    household_id: int | None
    household_code: str | None
    group_codes: tuple[str, ...]


def hash_token(token: str) -> str:
    """The sha256 hex digest stored for a token or code."""
    return hashlib.sha256(token.encode("utf-8")).hexdigest()


def idle_timeout(role: str) -> timedelta:
    return IDLE_TIMEOUTS.get(role, STAFF_IDLE_TIMEOUT)


# Throttle


def failure_delay(failures: int) -> timedelta:
    """How long after the last failure the next attempt has to wait."""
    if failures < FREE_FAILURES:
        return timedelta(0)
    seconds = FIRST_DELAY_SECONDS * 2 ** min(failures - FREE_FAILURES, 16)
    return timedelta(seconds=min(seconds, MAX_DELAY_SECONDS))


def _ceil_seconds(delta: timedelta) -> int:
    return max(1, math.ceil(delta.total_seconds()))


def _locked_error(remaining: timedelta) -> SignInError:
    seconds = _ceil_seconds(remaining)
    return SignInError(LOCKED_MESSAGE, seconds, minutes=math.ceil(seconds / 60))


def _refusal(row: SignInThrottle | None, now: datetime) -> SignInError | None:
    """Why an attempt now must be refused unseen, or None when it may go ahead."""
    if row is None or row.last_failure_at <= now - THROTTLE_FORGET_AFTER:
        return None
    if row.locked_until is not None and now < row.locked_until:
        return _locked_error(row.locked_until - now)
    ready_at = row.last_failure_at + failure_delay(row.failures)
    if now < ready_at:
        seconds = _ceil_seconds(ready_at - now)
        return SignInError(WAIT_MESSAGE, seconds, seconds=seconds)
    return None


def _insert_if_absent(session: Session, values: dict[str, object]) -> int:
    statement = db.dialect_insert(session, table_of(SignInThrottle)).values(**values)
    return rows_changed(session, statement.on_conflict_do_nothing())


def claim_attempt(session: Session, phone: str, now: datetime) -> int:
    """Count this attempt as a failure before the secret is checked; return the count.

    ``phone`` is the throttle key: a normalised phone number (or, for invitation
    codes, a key naming the client). Commits.

    Counting first (compare-and-set on the row, committed) means parallel
    attempts cannot all slip through while one is being checked. A success
    removes the row again. Raises SignInError when the attempt must wait.
    """
    table = table_of(SignInThrottle)
    for _ in range(5):
        row = session.exec(
            select(SignInThrottle)
            .where(col(SignInThrottle.phone) == phone)
            .execution_options(populate_existing=True)
        ).one_or_none()
        refusal = _refusal(row, now)
        if refusal is not None:
            raise refusal
        if row is None:
            failures = 1
            claimed = _insert_if_absent(
                session,
                {"phone": phone, "failures": 1, "first_failure_at": now, "last_failure_at": now},
            )
        else:
            fresh = row.last_failure_at <= now - THROTTLE_FORGET_AFTER
            failures = 1 if fresh else row.failures + 1
            claimed = rows_changed(
                session,
                table.update()
                .where(
                    table.c.phone == phone,
                    table.c.failures == row.failures,
                    table.c.last_failure_at == row.last_failure_at,
                )
                .values(
                    failures=failures,
                    last_failure_at=now,
                    first_failure_at=now if fresh else row.first_failure_at,
                    locked_until=now + LOCK_DURATION if failures >= LOCK_AFTER else None,
                )
            )
        session.commit()
        if claimed:
            return failures
    # Someone keeps winning the race for this number: make this one wait.
    raise SignInError(WAIT_MESSAGE, FIRST_DELAY_SECONDS, seconds=FIRST_DELAY_SECONDS)


def client_throttle_key(client: str) -> str:
    """The sign_in_throttle key for sign-in attempts from one client address."""
    return "ip:" + hash_token(client)[:16]


def claim_client_attempt(session: Session, client: str, now: datetime) -> None:
    """Count a sign-in attempt from ``client`` before any password is checked; commits.

    Raises SignInError, without counting, once the client has used up its failures
    in the current window. Unlike a phone number's count, a success does not wipe
    the window (one good account must not unlock spraying): it only gives its own
    attempt back (``release_client_attempt``).
    """
    key = client_throttle_key(client)
    table = table_of(SignInThrottle)
    for _ in range(5):
        row = session.exec(
            select(SignInThrottle).where(col(SignInThrottle.phone) == key)
            .execution_options(populate_existing=True)
        ).one_or_none()
        if row is None:
            claimed = _insert_if_absent(session, {
                "phone": key, "failures": 1, "first_failure_at": now, "last_failure_at": now})
        elif row.first_failure_at <= now - CLIENT_WINDOW:
            claimed = rows_changed(
                session,
                table.update()
                .where(table.c.phone == key, table.c.first_failure_at == row.first_failure_at)
                .values(failures=1, first_failure_at=now, last_failure_at=now,
                        locked_until=None)
            )
        elif row.failures >= CLIENT_FREE_FAILURES:
            seconds = _ceil_seconds(row.first_failure_at + CLIENT_WINDOW - now)
            raise SignInError(CLIENT_LOCKED_MESSAGE, seconds, minutes=math.ceil(seconds / 60))
        else:
            claimed = rows_changed(
                session,
                table.update()
                .where(table.c.phone == key, table.c.failures == row.failures,
                       table.c.first_failure_at == row.first_failure_at)
                .values(failures=row.failures + 1, last_failure_at=now,
                        locked_until=(row.first_failure_at + CLIENT_WINDOW
                                      if row.failures + 1 >= CLIENT_FREE_FAILURES else None))
            )
        session.commit()
        if claimed:
            return
    raise SignInError(WAIT_MESSAGE, FIRST_DELAY_SECONDS, seconds=FIRST_DELAY_SECONDS)


def release_client_attempt(session: Session, client: str) -> None:
    """A sign-in from ``client`` succeeded: it does not count as a failure."""
    table = table_of(SignInThrottle)
    session.exec(
        table.update()
        .where(table.c.phone == client_throttle_key(client), table.c.failures > 0)
        .values(failures=table.c.failures - 1)
    )


def clear_throttle(session: Session, phone: str) -> None:
    """Forget the failed attempts for ``phone`` (a normalised number or a throttle key)."""
    session.exec(sa.delete(SignInThrottle).where(col(SignInThrottle.phone) == phone))


# Sessions


_SYSTEMS = (("Android", "Android"), ("iPhone", "iPhone"), ("iPad", "iPad"),
            ("Windows", "Windows"), ("Mac OS", "Mac"), ("CrOS", "Chromebook"),
            ("Linux", "Linux"))
_BROWSERS = (("Zalo", "Zalo"), ("coc_coc", "Cốc Cốc"), ("SamsungBrowser", "Samsung Internet"),
             ("Edg/", "Edge"), ("Firefox", "Firefox"), ("Chrome", "Chrome"),
             ("Safari", "Safari"))


def device_label(user_agent: str | None) -> str | None:
    """A coarse name for the browser that signs in ("Android · Chrome"), or None.

    Only the kind of phone and browser: enough to recognise one's own devices, no
    version or model that would single a person out.
    """
    if not user_agent:
        return None
    system = next((name for mark, name in _SYSTEMS if mark in user_agent), None)
    browser = next((name for mark, name in _BROWSERS if mark in user_agent), None)
    label = " · ".join(part for part in (system, browser) if part)
    return label or None


def create_session(
    session: Session, user: UserAccount, *, now: datetime | None = None,
    device: str | None = None,
) -> str:
    """A new session for ``user``; returns the opaque token (stored only hashed).

    ``device`` is the browser's User-Agent, kept only as ``device_label``.
    """
    now = utc(now)
    token = secrets.token_urlsafe(TOKEN_BYTES)
    session.add(
        AuthSession(
            token_hash=hash_token(token),
            user_id=id_of(user),
            created_at=now,
            last_seen_at=now,
            expires_at=now + idle_timeout(user.role),
            device=device_label(device),
        )
    )
    user.last_login_at = now
    session.add(user)
    session.flush()
    return token


def sign_in(
    session: Session, phone: object, password: object, *, client: str | None = None,
    device: str | None = None, now: datetime | None = None,
) -> str:
    """The token of a new session for ``phone`` and ``password``; commits.

    ``client`` is the address the attempt came from (the page passes it; the command
    line does not): attempts are throttled per client as well as per phone, and a
    client over its limit is refused before any password is hashed. Raises
    SignInError (generic message for a wrong phone or password, a waiting or locked
    message while throttled).
    """
    now = utc(now)
    if client:
        claim_client_attempt(session, client, now)
    try:
        phone = validate_phone(phone)
    except ValidationError:
        accounts.authenticate(session, None, password)  # spend the same time
        raise SignInError(WRONG_CREDENTIALS) from None
    failures = claim_attempt(session, phone, now)
    user = accounts.authenticate(session, phone, password)
    if user is None:
        if failures >= LOCK_AFTER:
            if security_alerts.note_sign_in_lock(
                    session, None, phone, failures, lock_after=LOCK_AFTER, now=now):
                session.commit()
            raise _locked_error(LOCK_DURATION)
        delay = failure_delay(failures)
        raise SignInError(WRONG_CREDENTIALS, _ceil_seconds(delay) if delay else None)
    clear_throttle(session, phone)
    if client:
        release_client_attempt(session, client)
    token = create_session(session, user, now=now, device=device)
    session.commit()
    return token


def _valid_token(token: object) -> TypeGuard[str]:
    return isinstance(token, str) and 0 < len(token) <= MAX_TOKEN_LENGTH


def resolve_session(session: Session, token: object, *,
                    now: datetime | None = None) -> Actor | None:
    """The actor a token signs in, or None (unknown, ended, expired, inactive account).

    Moves the idle expiry forward, writing at most once per TOUCH_INTERVAL.
    """
    if not _valid_token(token):
        return None
    now = utc(now)
    row = session.exec(
        select(
            col(AuthSession.id),
            col(AuthSession.user_id),
            col(AuthSession.last_seen_at),
            col(UserAccount.role),
        )
        .join(UserAccount, col(UserAccount.id) == col(AuthSession.user_id))
        .where(
            col(AuthSession.token_hash) == hash_token(token),
            col(AuthSession.ended_at).is_(None),
            col(AuthSession.expires_at) > now,
            col(UserAccount.is_active).is_(True),
        )
    ).first()
    if row is None:
        return None
    session_id, user_id, last_seen_at, role = row
    timeout = idle_timeout(role)
    # The role may have changed to one with a shorter timeout since the last write.
    if last_seen_at + timeout <= now:
        return None
    if now - last_seen_at >= TOUCH_INTERVAL:
        session.exec(
            sa.update(AuthSession)
            .where(col(AuthSession.id) == session_id)
            .values(last_seen_at=now, expires_at=now + timeout)
        )
        session.flush()
    return load_actor(session, user_id)


def sign_out(session: Session, token: object, *, now: datetime | None = None) -> None:
    """End the session of ``token`` (nothing happens for an unknown token)."""
    if not _valid_token(token):
        return
    session.exec(
        sa.update(AuthSession)
        .where(
            col(AuthSession.token_hash) == hash_token(token), col(AuthSession.ended_at).is_(None)
        )
        .values(ended_at=utc(now))
    )
    session.flush()


def end_user_sessions(session: Session, user_id: int, *, now: datetime | None = None) -> int:
    """End every open session of an account (after a password reset); returns how many."""
    ended = rows_changed(
        session,
        sa.update(AuthSession)
        .where(col(AuthSession.user_id) == user_id, col(AuthSession.ended_at).is_(None))
        .values(ended_at=utc(now))
    )
    session.flush()
    return ended


@dataclass(frozen=True)
class SessionView:
    """One of an account's open sessions, as its account page lists it."""

    id: int
    device: str | None
    created_at: datetime
    last_seen_at: datetime
    current: bool


class SessionNotFound(CatalogueError, LookupError):
    DEFAULT_KEY = "error.session.not_found"


def own_sessions(
    session: Session, actor: Actor | None, *, current_token: str | None,
    now: datetime | None = None,
) -> tuple[SessionView, ...]:
    """The signed-in account's open sessions, newest use first."""
    actor = signed_in(actor)
    now = utc(now)
    current = hash_token(current_token) if _valid_token(current_token) else None
    rows = core_rows(
        session,
        sa.select(col(AuthSession.id), col(AuthSession.device), col(AuthSession.created_at),
                  col(AuthSession.last_seen_at), col(AuthSession.token_hash))
        .where(col(AuthSession.user_id) == actor.user_id, col(AuthSession.ended_at).is_(None),
               col(AuthSession.expires_at) > now)
        .order_by(col(AuthSession.last_seen_at).desc(), col(AuthSession.id).desc())
    )
    return tuple(SessionView(r[0], r[1], r[2], r[3], r[4] == current) for r in rows)


def end_own_session(
    session: Session, actor: Actor | None, session_id: object, *, now: datetime | None = None
) -> None:
    """End one of the signed-in account's sessions (another device, or this one)."""
    actor = signed_in(actor)
    number = whole_number(session_id)
    if number is None:
        raise SessionNotFound()
    ended = rows_changed(
        session,
        sa.update(AuthSession)
        .where(col(AuthSession.id) == number, col(AuthSession.user_id) == actor.user_id,
               col(AuthSession.ended_at).is_(None))
        .values(ended_at=utc(now))
    )
    if not ended:
        raise SessionNotFound()
    session.flush()


def end_other_sessions(
    session: Session, actor: Actor | None, *, current_token: str | None,
    now: datetime | None = None,
) -> int:
    """End every session of the signed-in account but this one; returns how many."""
    actor = signed_in(actor)
    current = hash_token(current_token) if _valid_token(current_token) else ""
    ended = rows_changed(
        session,
        sa.update(AuthSession)
        .where(col(AuthSession.user_id) == actor.user_id, col(AuthSession.ended_at).is_(None),
               col(AuthSession.token_hash) != current)
        .values(ended_at=utc(now))
    )
    session.flush()
    return ended


def change_password(
    session: Session, actor: Actor | None, *, current_password: object, new_password: object,
    current_token: str | None, now: datetime | None = None,
) -> int:
    """The signed-in account sets a new password; commits.

    The current password must be given (checked under the same per-phone throttle as
    signing in, so a borrowed phone cannot be used to guess it). Every other session
    of the account ends; returns how many.
    """
    actor = signed_in(actor)
    now = utc(now)
    user = session.get(UserAccount, actor.user_id)
    if user is None:
        raise PermissionDenied(SIGN_IN_KEY)
    new_password = accounts.validate_password(new_password, field="new_password")
    claim_attempt(session, user.phone, now)
    if not accounts.verify_password(current_password if isinstance(current_password, str)
                                    else "", user.password_hash):
        raise ValidationError("current_password", "error.password.current_wrong")
    clear_throttle(session, user.phone)
    user.password_hash = accounts.hash_password(new_password)
    user.updated_at = now
    session.add(user)
    ended = end_other_sessions(session, actor, current_token=current_token, now=now)
    session.commit()
    return ended


def purge_expired(session: Session, *, now: datetime | None = None) -> int:
    """Delete ended or expired sessions and forgotten throttle rows; returns rows deleted."""
    now = utc(now)
    deleted = rows_changed(
        session,
        sa.delete(AuthSession).where(
            sa.or_(col(AuthSession.ended_at).is_not(None), col(AuthSession.expires_at) <= now)
        )
    )
    deleted += rows_changed(
        session,
        sa.delete(SignInThrottle).where(
            col(SignInThrottle.last_failure_at) <= now - THROTTLE_FORGET_AFTER,
            sa.or_(
                col(SignInThrottle.locked_until).is_(None), col(SignInThrottle.locked_until) <= now
            ),
        )
    )
    session.flush()
    return deleted


def current_user_summary(session: Session, actor: Actor | None) -> UserSummary:
    """The signed-in account's name, role, household and groups."""
    if actor is None:
        raise PermissionDenied(SIGN_IN_KEY)
    row = session.exec(
        select(
            col(UserAccount.full_name),
            col(UserAccount.role),
            col(UserAccount.household_id),
            col(Household.code),
        )
        .outerjoin(Household, col(Household.id) == col(UserAccount.household_id))
        .where(col(UserAccount.id) == actor.user_id)
    ).first()
    if row is None:
        # The command line's SYSTEM actor, or an account deleted meanwhile.
        return UserSummary("", actor.role, actor.household_id, None, ())
    group_codes = session.exec(
        select(col(ResidentialGroup.code))
        .join(UserGroup, col(UserGroup.group_id) == col(ResidentialGroup.id))
        .where(col(UserGroup.user_id) == actor.user_id)
        .order_by(col(ResidentialGroup.code))
    ).all()
    return UserSummary(row[0], row[1], row[2], row[3], tuple(group_codes))


# Forgotten passwords: the way back is a new invitation code from the group's leader

RECOVERY_KEY_PREFIX = "quen:"  # sign_in_throttle keys of one client's look-ups


@dataclass(frozen=True)
class LeaderContact:
    full_name: str
    phone: str


def recovery_contacts(
    session: Session, phone: object, *, client: str | None = None, now: datetime | None = None
) -> tuple[LeaderContact, ...]:
    """Who gives a new invitation code to the household that ``phone`` belongs to.

    The leaders (name and phone) of the group of the household whose contact phone
    or resident account has this number; nothing for any other number, so the answer
    says no more than "this number is a household's in that leader's group" — never
    whether an account exists, and nothing about staff or volunteers' numbers.
    Look-ups are counted per ``client`` (the sign-in throttle, which commits) so
    numbers cannot be tried in bulk. Raises SignInError while that client must wait.
    """
    now = utc(now)
    try:
        phone = validate_phone(phone)
    except ValidationError:
        return ()
    if client:
        claim_attempt(session, RECOVERY_KEY_PREFIX + hash_token(client)[:15], now)
    resident_household = (
        sa.select(col(UserAccount.household_id))
        .where(col(UserAccount.phone) == phone, col(UserAccount.role) == "resident")
        .scalar_subquery()
    )
    group_id = session.exec(
        select(col(Household.group_id))
        .where(sa.or_(col(Household.phone) == phone, col(Household.id) == resident_household))
        .order_by(col(Household.id))
        .limit(1)
    ).one_or_none()
    if group_id is None:
        return ()
    rows = session.exec(
        select(col(UserAccount.full_name), col(UserAccount.phone))
        .join(UserGroup, col(UserGroup.user_id) == col(UserAccount.id))
        .where(col(UserGroup.group_id) == group_id, col(UserAccount.role) == "group_leader",
               col(UserAccount.is_active).is_(True))
        .order_by(col(UserAccount.full_name), col(UserAccount.id))
    ).all()
    return tuple(LeaderContact(name or "", leader_phone) for name, leader_phone in rows)
