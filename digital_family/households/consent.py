"""Notice and consent (issue 13 point 2, SPEC §5): nothing is saved for a household
until an adult of it has read the notice and consented, for every member (those
under 16 included); consent can be withdrawn from the household page.

How it is given:
- the family, signed in with its own account (after redeeming an invitation), reads
  the notice and ticks it, naming the adult who consents (channel "self");
- a leader entering the family's data on its behalf reads the notice to an adult of
  the household and records that this named adult consented aloud ("verbal").

Until then (silence is not consent), ``gate`` refuses every change to the household
or its members by the family and by leaders; the family's page shows the notice
instead of the questions. A family whose consent a leader recorded still reads the
notice and ticks it itself before it saves anything from its own account.

A new notice version (``NOTICE_VERSION``; ``NOTICE_HISTORY`` keeps the order and
``KINDS_SINCE`` which kinds of data each version first covers): a household that
consented to an older version keeps everything that consent allowed (the family and
its leader read and save the data the old notice named, exactly as before); it is
told what changed (``changes_since``) and asked again, and until it consents to the
new version nothing of the new kinds is kept about it (``require_cover``).

Withdrawing: the household stops appearing in leaders' lists and leaders can no
longer open it or change it (``hidden_from_leaders``); the family cannot save either
until it consents again; its figures stay in the ward's totals without names, and
erasure (``personal_data``) removes the data for good. Every consent and
withdrawal is written to the audit log. Functions flush; the caller commits.
"""

from __future__ import annotations

from collections.abc import Collection
from dataclasses import dataclass
from datetime import datetime

import sqlalchemy as sa
from sqlmodel import Session, col, select

from digital_family.base import clock
from digital_family.base.models import HouseholdConsent, UserAccount, table_of
from digital_family.base.permissions import (
    Action,
    Actor,
    PermissionDenied,
    account_id,
    signed_in,
)
from digital_family.base.validation import ValidationError, validate_full_name
from digital_family.households.access import household_target
from digital_family.households.consent_rules import (
    GATED_ROLES,
    GIVEN,
    NONE,
    SELF,
    VERBAL,
    WITHDRAWN,
    ConsentRequired,
    allows,
)
from digital_family.records import audit

NOTICE_VERSION = "2027-01"  # change it whenever the notice's wording changes
# Every version, oldest first (the last is NOTICE_VERSION). What a version changed is in
# the catalogues, "consent.changed.<version>.<n>".
NOTICE_HISTORY = ("2026-12", "2027-01")
# Kinds of personal data kept only for households that consented to this version or later.
# 2027-01: leaders' home visits, sign-ups for and attendance at the ward's classes.
KINDS_SINCE = {"visits": "2027-01", "classes": "2027-01"}
# How many lines each version's change has in the catalogues.
CHANGE_LINES = {"2027-01": 3}
# The notice, in the order it is shown (texts in the catalogues, "consent.notice.<part>").
NOTICE_PARTS = ("what", "why", "who", "how_long", "children", "withdraw", "contact")
CHILD_AGE = 16  # the consenting adult consents for members under this age



@dataclass(frozen=True)
class ConsentView:
    household_id: int
    status: str  # NONE, GIVEN or WITHDRAWN
    notice_version: str | None
    channel: str | None  # SELF or VERBAL
    adult_name: str
    given_at: datetime | None
    given_by: str  # the account's name (a leader's, for verbal consent)
    withdrawn_at: datetime | None
    current_notice: bool  # given to the notice as it reads now

    def allows(self, role: str) -> bool:
        """Whether an account of ``role`` may change the household's data."""
        return allows(role, self.status, self.channel)

    @property
    def renewal_needed(self) -> bool:
        """Given, but to an older notice: the family is told what changed and asked again."""
        return self.status == GIVEN and not self.current_notice

    def covers(self, kind: str) -> bool:
        """Whether this consent covers ``kind`` (a key of KINDS_SINCE)."""
        return self.status == GIVEN and _version_index(self.notice_version) >= _version_index(
            KINDS_SINCE[kind])


def _version_index(version: str | None) -> int:
    return NOTICE_HISTORY.index(version) if version in NOTICE_HISTORY else -1


def changes_since(version: str | None) -> list[str]:
    """The catalogue keys of what changed in the notice after ``version``, in order."""
    start = _version_index(version) + 1
    return [f"consent.changed.{v}.{n}" for v in NOTICE_HISTORY[max(start, 1):]
            for n in range(1, CHANGE_LINES.get(v, 0) + 1)]


def _row(session: Session, household_id: int) -> HouseholdConsent | None:
    return session.exec(
        select(HouseholdConsent)
        .where(col(HouseholdConsent.household_id) == household_id)
        .execution_options(populate_existing=True)
    ).one_or_none()


def _view(session: Session, household_id: int) -> ConsentView:
    row = _row(session, household_id)
    if row is None:
        return ConsentView(household_id, NONE, None, None, "", None, "", None, False)
    given_by = ""
    if row.given_by_id is not None:
        given_by = session.exec(
            select(col(UserAccount.full_name)).where(col(UserAccount.id) == row.given_by_id)
        ).one_or_none() or ""
    return ConsentView(
        household_id=household_id, status=row.status, notice_version=row.notice_version,
        channel=row.channel, adult_name=row.adult_name, given_at=row.given_at,
        given_by=given_by, withdrawn_at=row.withdrawn_at,
        current_notice=row.notice_version == NOTICE_VERSION,
    )


def covers(session: Session, household_id: int, kind: str) -> bool:
    """Whether the household's consent covers data of ``kind`` (KINDS_SINCE): for a
    caller that has checked its own right to the household first (a visit's recorder)."""
    return _view(session, household_id).covers(kind)


def require_cover(session: Session, actor: Actor | None, household_id: object, kind: str
                  ) -> ConsentView:
    """Before keeping data of ``kind`` (KINDS_SINCE) about the household: its consent
    must be to a notice that names that kind (``ConsentRequired("consent.renew_needed")``
    otherwise); the actor must be allowed to change the household (EDIT_HOUSEHOLD)."""
    target = household_target(session, actor, household_id, Action.EDIT_HOUSEHOLD)
    view = _view(session, target.household_id)
    if not view.covers(kind):
        raise ConsentRequired("consent.renew_needed")
    return view


def consent_status(session: Session, actor: Actor | None, household_id: object) -> ConsentView:
    """Where the household's consent stands (Action.READ_HOUSEHOLD)."""
    target = household_target(session, actor, household_id, Action.READ_HOUSEHOLD)
    return _view(session, target.household_id)


def give_consent(
    session: Session,
    actor: Actor | None,
    household_id: object,
    *,
    adult_name: object,
    notice_version: object,
    now: datetime | None = None,
) -> ConsentView:
    """Record that the household consents to the notice ``notice_version`` (the one
    the page showed; an older one is refused so the new wording is read first).

    The family's own account gives it itself ("self"); a leader records that the
    named adult consented aloud ("verbal"). Only the family or a leader of its group
    (Action.READ_HOUSEHOLD plus the role) — staff do not consent for families.
    A leader cannot overrule a family that withdrew: only the family consents again.
    """
    target = household_target(session, actor, household_id, Action.READ_HOUSEHOLD)
    actor = signed_in(actor)  # (the target look-up refused anyone signed out)
    if actor.role not in GATED_ROLES:
        raise PermissionDenied()
    if notice_version != NOTICE_VERSION:
        raise ValidationError("notice_version", "consent.notice_changed")
    name = validate_full_name(adult_name, field="adult_name")
    row = _row(session, target.household_id)
    channel = SELF if actor.role == "resident" else VERBAL
    given_at = clock.utc(now)
    if row is None:
        row = HouseholdConsent(
            household_id=target.household_id, status=GIVEN, notice_version=NOTICE_VERSION,
            channel=channel, adult_name=name, given_at=given_at,
        )
    elif row.status == WITHDRAWN and channel == VERBAL:
        raise ConsentRequired("consent.hidden")
    row.status, row.notice_version, row.channel, row.adult_name = (
        GIVEN, NOTICE_VERSION, channel, name)
    row.given_at, row.given_by_id = given_at, account_id(actor)
    row.withdrawn_at = row.withdrawn_by_id = None
    session.add(row)
    session.flush()
    _audit_consent(session, actor, target.household_id, given=True, channel=channel)
    return _view(session, target.household_id)


def withdraw_consent(
    session: Session, actor: Actor | None, household_id: object, *, now: datetime | None = None
) -> ConsentView:
    """Withdraw the household's consent (the family itself, or a leader it asked).

    What follows is in the module docstring; the page says it before it is confirmed.
    """
    target = household_target(session, actor, household_id, Action.READ_HOUSEHOLD)
    actor = signed_in(actor)  # (the target look-up refused anyone signed out)
    if actor.role not in GATED_ROLES:
        raise PermissionDenied()
    row = _row(session, target.household_id)
    if row is None or row.status != GIVEN:
        raise ValidationError("consent", "consent.not_given")
    row.status, row.withdrawn_at, row.withdrawn_by_id = (
        WITHDRAWN, clock.utc(now), account_id(actor))
    session.add(row)
    session.flush()
    _audit_consent(session, actor, target.household_id, given=False, channel=row.channel)
    return _view(session, target.household_id)


def _audit_consent(session: Session, actor: Actor, household_id: int, *, given: bool,
                   channel: str) -> None:
    action = audit.CONSENT_GIVE if given else audit.CONSENT_WITHDRAW
    audit.record(session, actor, [audit.Change(
        action, household_id=household_id, key=channel,
        new=NOTICE_VERSION if given else None)])


def record_register_consent(
    session: Session,
    actor: Actor | None,
    adults: dict[int, str],
    *,
    family_ticked: Collection[int] = frozenset(),
    at: datetime,
) -> None:
    """Bulk: households (id → the consenting adult's name) consented to the current
    notice at ``at``, aloud to their leader, or ticked by the family for those in
    ``family_ticked`` (the demo's ward). One INSERT, no audit entries."""
    rows = [
        {"household_id": household_id, "status": GIVEN, "notice_version": NOTICE_VERSION,
         "channel": SELF if household_id in family_ticked else VERBAL, "adult_name": name,
         "given_at": clock.utc(at), "given_by_id": account_id(actor)}
        for household_id, name in adults.items()
    ]
    if rows:
        session.exec(sa.insert(table_of(HouseholdConsent)), params=rows)
