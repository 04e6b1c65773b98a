"""Invitation codes: how a household gets (or gets back) its account.

A group leader (or ward staff) issues a one-time code for a household; the
household opens ``/moi?ma=CODE`` (a QR code or typed in), chooses its phone
number and a password, and is signed in. When the household already has an
account the same code resets it: new password, maybe a new phone number, and
every other session of it ends.

Codes are 8 characters from an alphabet without look-alikes (no 0/O, 1/I/L,
2/Z, 5/S, 6/G, 8/B), shown as ``ABCD-EFGH``; only their sha256 hash is stored.
Functions flush; the caller commits.
"""

from __future__ import annotations

import secrets
from dataclasses import dataclass
from datetime import datetime, timedelta

import sqlalchemy as sa
from sqlmodel import Session, col, select

from digital_family.access import accounts, auth
from digital_family.base import clock, routes
from digital_family.base.clock import utc
from digital_family.base.db import rows_changed
from digital_family.base.i18n import CatalogueError
from digital_family.base.models import (
    INVITATION_PURPOSES,
    Household,
    Invitation,
    UserAccount,
    id_of,
)
from digital_family.base.permissions import Action, Actor, account_id
from digital_family.base.validation import ValidationError, validate_phone
from digital_family.households.access import household_target

CODE_ALPHABET = "ACDEFHJKMNPQRTUVWXY3479"
CODE_LENGTH = 8
VALID_FOR = timedelta(days=7)
CODE_PARAM = "ma"

UNKNOWN_CODE = "error.invite.unknown"
EXPIRED_CODE = "error.invite.expired"
USED_CODE = "error.invite.used"
REVOKED_CODE = "error.invite.revoked"
INACTIVE_ACCOUNT = "error.invite.inactive"


class InvitationError(CatalogueError):
    """A code cannot be used; ``key`` says why.

    ``retry_after_seconds``: when set, attempts from this client are being slowed
    down and the next one will be looked at only after that long.
    """

    def __init__(self, key: str, retry_after_seconds: int | None = None, **params: object):
        super().__init__(key, **params)
        self.retry_after_seconds = retry_after_seconds


@dataclass(frozen=True)
class IssuedInvitation:
    code: str  # as shown: "ABCD-EFGH"
    expires_at: datetime
    household_code: str
    purpose: str  # "invite" (new account) or "reset" (the household has one)


def normalize_code(code: object) -> str | None:
    """The 8 code characters from what people typed (any case, dashes, spaces), or None."""
    if not isinstance(code, str) or len(code) > 40:
        return None
    text = "".join(ch for ch in code.upper() if ch not in " -\t")
    if len(text) != CODE_LENGTH or any(ch not in CODE_ALPHABET for ch in text):
        return None
    return text


def format_code(code: str) -> str:
    """``ABCDEFGH`` as people read it: ``ABCD-EFGH``."""
    half = CODE_LENGTH // 2
    return f"{code[:half]}-{code[half:]}"


def invitation_url_path(code: str) -> str:
    """The path a QR code points at, e.g. ``/moi?ma=ABCDEFGH`` (ValueError for a non-code)."""
    normalized = normalize_code(code)
    if normalized is None:
        raise ValueError(f"not an invitation code: {code!r}")
    return f"{routes.INVITATION}?{CODE_PARAM}={normalized}"


def _new_code() -> str:
    return "".join(secrets.choice(CODE_ALPHABET) for _ in range(CODE_LENGTH))


def _resident_account(session: Session, household_id: int) -> UserAccount | None:
    return session.exec(
        select(UserAccount).where(col(UserAccount.household_id) == household_id)
    ).one_or_none()


def issue_invitation(
    session: Session,
    actor: Actor | None,
    *,
    household_id: object,
    purpose: str = "invite",
    now: datetime | None = None,
) -> IssuedInvitation:
    """A new code for a household (Action.INVITE_HOUSEHOLD); earlier unused codes stop working.

    ``purpose`` becomes "reset" whenever the household already has an account
    (and "invite" when it has none).
    """
    target = household_target(session, actor, household_id, Action.INVITE_HOUSEHOLD)
    if purpose not in INVITATION_PURPOSES:
        raise ValidationError("purpose", "error.invite.purpose")
    now = utc(now)
    household = target.household_id
    purpose = "reset" if _resident_account(session, household) is not None else "invite"

    session.exec(
        sa.update(Invitation)
        .where(
            col(Invitation.household_id) == household,
            col(Invitation.used_at).is_(None),
            col(Invitation.revoked_at).is_(None),
        )
        .values(revoked_at=now)
    )
    while True:
        code = _new_code()
        code_hash = auth.hash_token(code)
        clash = session.exec(
            select(col(Invitation.id)).where(col(Invitation.code_hash) == code_hash)
        ).first()
        if clash is None:
            break
    expires_at = now + VALID_FOR
    session.add(
        Invitation(
            code_hash=code_hash,
            household_id=household,
            purpose=purpose,
            created_by_id=account_id(actor),
            created_at=now,
            expires_at=expires_at,
        )
    )
    session.flush()
    household_code = session.exec(
        select(col(Household.code)).where(col(Household.id) == household)
    ).one()
    return IssuedInvitation(format_code(code), expires_at, household_code, purpose)


def check_invitation(session: Session, code: object, *,
                     now: datetime | None = None) -> Invitation:
    """The usable invitation for ``code``, else InvitationError saying why."""
    normalized = normalize_code(code)
    if normalized is None:
        raise InvitationError(UNKNOWN_CODE)
    invitation = session.exec(
        select(Invitation)
        .where(col(Invitation.code_hash) == auth.hash_token(normalized))
        .execution_options(populate_existing=True)
    ).one_or_none()
    if invitation is None:
        raise InvitationError(UNKNOWN_CODE)
    if invitation.used_at is not None:
        raise InvitationError(USED_CODE)
    if invitation.revoked_at is not None:
        raise InvitationError(REVOKED_CODE)
    if invitation.expires_at <= utc(now):
        raise InvitationError(EXPIRED_CODE)
    return invitation


def client_throttle_key(client_key: str) -> str:
    """The sign_in_throttle key for code attempts from one client (e.g. its IP address)."""
    return "moi:" + auth.hash_token(client_key)[:16]


def redeem_invitation(
    session: Session,
    *,
    code: object,
    phone: object,
    password: object,
    now: datetime | None = None,
    client_key: str | None = None,
) -> str:
    """Use a code: create or reset the household's account; returns a new session token.

    InvitationError for a code that is unknown, used, replaced or expired;
    ValidationError (field "phone" or "password") for bad input. Either way
    nothing is used up.

    ``client_key`` (the client's IP address, say) throttles guessing: attempts
    from one client that do not end in a redeemed code are slowed down and then
    locked like failed sign-ins, and refused unseen meanwhile (InvitationError
    with ``retry_after_seconds``). With a ``client_key`` the function commits, so
    a failed attempt stays counted although it raises.
    """
    now = utc(now)
    throttle_key = None
    if client_key:
        throttle_key = client_throttle_key(str(client_key))
        try:
            auth.claim_attempt(session, throttle_key, now)
        except auth.SignInError as exc:
            raise InvitationError(exc.key, exc.retry_after_seconds, **exc.params) from None
    invitation = check_invitation(session, code, now=now)
    phone = validate_phone(phone)
    password = accounts.validate_password(password)

    user = _resident_account(session, invitation.household_id)
    holder = session.exec(
        select(col(UserAccount.id)).where(col(UserAccount.phone) == phone)
    ).one_or_none()
    if holder is not None and (user is None or holder != user.id):
        raise ValidationError("phone", "error.phone.taken", phone=phone)
    if user is not None and not user.is_active:
        raise InvitationError(INACTIVE_ACCOUNT)

    # Use the code up first: of two people redeeming it at once, one wins.
    claimed = rows_changed(
        session,
        sa.update(Invitation)
        .where(
            col(Invitation.id) == invitation.id,
            col(Invitation.used_at).is_(None),
            col(Invitation.revoked_at).is_(None),
        )
        .values(used_at=now)
    )
    if claimed != 1:
        raise InvitationError(USED_CODE)

    if user is None:
        user = UserAccount(
            phone=phone,
            role="resident",
            password_hash=accounts.hash_password(password),
            household_id=invitation.household_id,
            ward_id=session.exec(select(col(Household.ward_id)).where(
                col(Household.id) == invitation.household_id)).one(),
        )
        session.add(user)
        session.flush()
    else:
        auth.end_user_sessions(session, id_of(user), now=now)
        if user.phone != phone:
            auth.clear_throttle(session, user.phone)
        user.phone = phone
        user.password_hash = accounts.hash_password(password)
        user.updated_at = clock.utc()
        session.add(user)
    auth.clear_throttle(session, phone)
    if throttle_key is not None:
        auth.clear_throttle(session, throttle_key)
    return auth.create_session(session, user, now=now)
