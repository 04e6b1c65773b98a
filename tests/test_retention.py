"""What has expired is deleted: by `digital-family purge` and by the app every day."""

import asyncio
from datetime import UTC, datetime, timedelta

import pytest
import sqlalchemy as sa
from typer.testing import CliRunner

from digital_family.access import auth
from digital_family.base.models import AuditEntry, AuthSession, Invitation, Member
from digital_family.base.permissions import SYSTEM
from digital_family.cli import app as cli_app
from digital_family.households import edits, invitations
from digital_family.records import audit, security_alerts
from digital_family.upkeep import retention
from digital_family.ward import settings as ward_settings
from tests import ward as wardlib
from tests.test_auth import T0
from tests.ward import PASSWORD

pytestmark = pytest.mark.usefixtures("fast_hashing")


def _count(session, model) -> int:
    return session.execute(sa.select(sa.func.count()).select_from(model)).scalar_one()


def test_purge_keeps_what_is_live_and_recent(session):
    ward = wardlib.build_ward(session)
    live = auth.sign_in(session, ward.phones["leader1"], PASSWORD, now=T0 + timedelta(days=35))
    auth.sign_out(session, auth.sign_in(session, ward.phones["resident1"], PASSWORD, now=T0))
    old = invitations.issue_invitation(session, SYSTEM, household_id=ward.h2, now=T0)
    recent = invitations.issue_invitation(session, SYSTEM, household_id=ward.h3,
                                          now=T0 + timedelta(days=25))
    session.commit()
    later = T0 + timedelta(days=40)  # the old code expired 33 days before, the recent one 8
    summary = retention.purge(session, now=later)
    assert summary.sessions_and_throttles == 1 and summary.invitations == 1
    assert auth.resolve_session(session, live, now=later) is not None
    assert _count(session, Invitation) == 1
    assert old.code != recent.code


def test_purge_enforces_the_audit_retention_and_drops_old_alert_counts(session):
    ward = wardlib.build_ward(session)
    member = session.execute(sa.select(Member.id).where(Member.household_id == ward.h1)
                             ).scalars().first()
    edits.update_member(session, ward.resident1, member, expected_version=1,
                             has_epayment=True)
    security_alerts.note_refusal(session, ward.resident1)
    session.commit()
    entries = _count(session, AuditEntry)
    assert entries > 0
    tomorrow = datetime.now(UTC) + timedelta(days=1)
    kept = retention.purge(session, now=tomorrow)  # within the 730 days, the 2 days
    assert (kept.audit_entries, kept.security_tallies) == (0, 0)
    later = tomorrow + timedelta(days=ward_settings.AUDIT_RETENTION_DAYS.default)
    summary = retention.purge(session, now=later)
    assert summary.audit_entries == entries and summary.security_tallies == 1
    assert _count(session, AuditEntry) == 1  # what remains: that the purge happened


def test_the_command(db_url, engine, session):
    ward = wardlib.build_ward(session)
    auth.sign_out(session, auth.sign_in(session, ward.phones["resident1"], PASSWORD, now=T0))
    session.commit()
    result = CliRunner().invoke(cli_app, ["purge"])
    assert result.exit_code == 0, result.output
    assert "Đã xoá 1 phiên đăng nhập" in result.output
    assert _count(session, AuthSession) == 0


def test_the_app_purges_at_start_and_then_daily(db_url, monkeypatch):
    from digital_family import digital_family as web

    ran, sleeps = [], []

    async def fake_run(work, slow=False):
        ran.append(work)
        return retention.PurgeSummary(0, 0)

    async def fake_sleep(seconds):
        sleeps.append(seconds)
        if len(sleeps) == 2:
            raise asyncio.CancelledError

    monkeypatch.setattr(web, "run_in_session", fake_run)
    monkeypatch.setattr(web.asyncio, "sleep", fake_sleep)
    with pytest.raises(asyncio.CancelledError):
        asyncio.run(web.purge_daily())
    assert ran == [retention.purge, retention.purge]
    assert sleeps == [24 * 3600, 24 * 3600]
    assert web.purge_daily in [getattr(t, "__wrapped__", t) for t in web.app._lifespan_tasks]


def test_the_purge_honours_the_audit_logs_retention(session):
    from digital_family.base.models import AuditEntry

    ward = wardlib.build_ward(session)
    ward_settings.change(session, ward.admin, ward_settings.AUDIT_RETENTION_DAYS, 90)
    for days in (120, 91, 89, 1):
        audit.record(session, ward.staff, [audit.Change(audit.HOUSEHOLD_READ, ward.h1)],
                     at=T0 - timedelta(days=days))
    session.commit()
    summary = retention.purge(session, now=T0)
    assert summary.audit_entries == 2
    left = session.execute(sa.select(AuditEntry.action).where(
        AuditEntry.household_id == ward.h1)).scalars().all()
    assert left == ["household.read", "household.read"]
    assert session.execute(sa.select(AuditEntry.new_value).where(
        AuditEntry.action == audit.PURGE)).scalar_one() == "2"
