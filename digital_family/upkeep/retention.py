"""How long what is not people's campaign data is kept, and the purge that enforces it.

``purge`` (the ``digital-family purge`` command, and the app once a day) deletes ended
and expired sign-in sessions, sign-in throttles nobody is waiting on, invitation codes
30 days after they were used, revoked or expired, audit entries older than the audit's
retention setting, the security alerts' count windows (the alerts stay in the audit),
upload slots past their 30 minutes with any file nobody imported, and the record of changes
phones sent once they are older than a phone may repeat them (90 days).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta

import sqlalchemy as sa
from sqlmodel import Session, col

from digital_family.access import auth, uploads
from digital_family.base.clock import utc
from digital_family.base.db import rows_changed
from digital_family.base.models import Invitation
from digital_family.base.wards import all_wards
from digital_family.households import household_changes
from digital_family.records import audit, security_alerts
from digital_family.ward import settings as ward_settings

SPENT_INVITATIONS_KEPT = timedelta(days=30)  # who issued a code stays checkable a month


@dataclass(frozen=True)
class PurgeSummary:
    sessions_and_throttles: int
    invitations: int
    audit_entries: int = 0
    security_tallies: int = 0
    uploads: int = 0
    applied_changes: int = 0

    @property
    def total(self) -> int:
        return (self.sessions_and_throttles + self.invitations + self.audit_entries
                + self.security_tallies + self.uploads + self.applied_changes)


def _purge_audit(session: Session, now: datetime) -> int:
    """Each ward's expired audit entries by its own retention; the city's by the default."""
    removed = audit.purge_expired(session, keep_days=ward_settings.AUDIT_RETENTION_DAYS.default,
                                  ward_id=None, now=now)
    for ward in all_wards(session):
        removed += audit.purge_expired(
            session, keep_days=ward_settings.audit_retention_days(session, ward.id),
            ward_id=ward.id, now=now)
    return removed


def purge(session: Session, *, now: datetime | None = None) -> PurgeSummary:
    """Delete what has expired (flushes; the caller commits)."""
    now = utc(now)
    cutoff = now - SPENT_INVITATIONS_KEPT
    invitations = rows_changed(
        session,
        sa.delete(Invitation).where(sa.or_(
            col(Invitation.used_at) <= cutoff, col(Invitation.revoked_at) <= cutoff,
            col(Invitation.expires_at) <= cutoff))
    )
    summary = PurgeSummary(
        auth.purge_expired(session, now=now), invitations,
        _purge_audit(session, now),
        security_alerts.purge_tallies(session, None, now=now),
        uploads.purge_expired(session, now=now),
        household_changes.purge_expired(session, now=now))
    session.flush()
    return summary
