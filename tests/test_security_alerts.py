"""A breach is noticed (issue 13 point 5): the thresholds of repeated refusals, locked
sign-ins and unusual exports, each flagged once, in the audit and for admins only."""

from datetime import UTC, datetime, timedelta

import pytest
import sqlalchemy as sa

from digital_family.access import auth
from digital_family.base.models import AuditEntry, security_tally
from digital_family.base.permissions import SYSTEM, PermissionDenied
from digital_family.campaign import register_export
from digital_family.records import security_alerts
from digital_family.records.security_alerts import EXPORTS_PER_DAY, REFUSALS_PER_HOUR

T0 = datetime(2026, 12, 2, 3, 5, tzinfo=UTC)  # 10:05 in Vietnam


pytestmark = pytest.mark.usefixtures("fast_hashing")


def alerts(session, ward, now=T0):
    return security_alerts.recent_alerts(session, ward.admin, now=now)


def test_refusals_are_flagged_once_at_the_threshold_per_hour(session, ward):
    flagged = [security_alerts.note_refusal(session, ward.leader1, now=T0 + timedelta(minutes=i))
               for i in range(REFUSALS_PER_HOUR - 1)]
    assert not any(flagged) and alerts(session, ward) == ()
    assert security_alerts.note_refusal(session, ward.leader1, now=T0 + timedelta(minutes=40))
    for _ in range(5):  # more in the same hour: still one alert
        assert not security_alerts.note_refusal(session, ward.leader1, now=T0)
    found = alerts(session, ward, now=T0 + timedelta(hours=1))
    assert [(a.kind, a.account_phone, a.role, a.detail) for a in found] == [
        ("refusals", ward.phones["leader1"], "group_leader", str(REFUSALS_PER_HOUR))]
    # one row of counts for all of it
    assert session.execute(sa.select(sa.func.count()).select_from(security_tally)).scalar() == 1
    # the next hour counts afresh; another account has its own count
    for _i in range(REFUSALS_PER_HOUR - 1):
        security_alerts.note_refusal(session, ward.leader1, now=T0 + timedelta(hours=1))
        security_alerts.note_refusal(session, ward.resident1, now=T0)
    assert len(alerts(session, ward, now=T0 + timedelta(hours=1))) == 1


def test_refusals_without_an_account_are_not_counted(session, ward):
    assert not security_alerts.note_refusal(session, None, now=T0)
    assert not security_alerts.note_refusal(session, SYSTEM, now=T0)
    assert session.execute(sa.select(sa.func.count()).select_from(security_tally)).scalar() == 0


def test_many_exports_in_one_day_are_flagged_once(session, ward):
    for i in range(EXPORTS_PER_DAY - 1):
        assert security_alerts.note_export(session, ward.staff, "register", group_id=ward.g1,
                                           now=T0 + timedelta(hours=i)) == ()
    assert security_alerts.note_export(session, ward.staff, "traders", group_id=ward.g2,
                                       now=T0 + timedelta(hours=5)) == ("exports_many",)
    assert security_alerts.note_export(session, ward.staff, "register", group_id=ward.g1,
                                       now=T0 + timedelta(hours=6)) == ()
    # 17:00 UTC is midnight in Vietnam: a new day
    next_day = datetime(2026, 12, 2, 17, 0, tzinfo=UTC)
    for i in range(EXPORTS_PER_DAY - 1):
        assert security_alerts.note_export(session, ward.staff, "register", group_id=ward.g1,
                                           now=next_day + timedelta(minutes=i)) == ()
    kinds = [a.kind for a in alerts(session, ward, now=next_day)]
    assert kinds == ["exports_many"]


def test_a_ward_wide_export_is_flagged_at_once(session, ward):
    assert security_alerts.note_export(session, ward.staff, "register", group_id=None,
                                       now=T0) == ("export_ward",)
    # the command line too (no account: nothing to count, the export still flagged)
    assert security_alerts.note_export(session, SYSTEM, "traders", group_id=None,
                                       now=T0) == ("export_ward",)
    # a family taking its own data, however often, is neither
    for _ in range(EXPORTS_PER_DAY + 1):
        assert security_alerts.note_export(session, ward.resident1, "household",
                                           group_id=None, now=T0) == ()
    found = alerts(session, ward)
    assert [(a.kind, a.detail, a.account_phone) for a in found] == [
        ("export_ward", "traders", ""), ("export_ward", "register", ward.phones["staff"])]
    entries = session.execute(
        sa.select(AuditEntry.action, AuditEntry.key, AuditEntry.via)
        .where(AuditEntry.action == "alert").order_by(AuditEntry.id)).all()
    assert entries == [("alert", "export_ward", "app"), ("alert", "export_ward", "cli")]


def test_a_locked_phone_number_is_flagged(session, ward):
    phone = ward.phones["resident1"]
    for attempt in range(1, auth.LOCK_AFTER + 1):
        with pytest.raises(auth.SignInError):
            auth.sign_in(session, phone, "wrong password", now=T0 + timedelta(hours=attempt))
        if attempt < auth.LOCK_AFTER:
            assert alerts(session, ward, now=T0 + timedelta(hours=attempt)) == ()
    found = alerts(session, ward, now=T0 + timedelta(hours=auth.LOCK_AFTER))
    assert [(a.kind, a.account_phone, a.account_name, a.detail) for a in found] == [
        ("sign_in_locked", phone, "", str(auth.LOCK_AFTER))]
    # while locked, refused attempts are not counted again
    with pytest.raises(auth.SignInError):
        auth.sign_in(session, phone, "wrong password",
                     now=T0 + timedelta(hours=auth.LOCK_AFTER, minutes=1))
    assert len(alerts(session, ward, now=T0 + timedelta(hours=auth.LOCK_AFTER + 1))) == 1


def test_only_admins_see_alerts(session, ward):
    security_alerts.note_export(session, ward.staff, "register", group_id=None, now=T0)
    for actor in (ward.staff, ward.leader1, ward.resident1, None):
        with pytest.raises(PermissionDenied):
            security_alerts.recent_alerts(session, actor)
    assert len(security_alerts.recent_alerts(session, ward.admin, now=T0)) == 1
    # older than the window: not listed (still in the audit)
    assert security_alerts.recent_alerts(session, ward.admin, now=T0 + timedelta(days=31)) == ()


def test_old_counts_are_purged(session, ward):
    security_alerts.note_refusal(session, ward.leader1, now=T0)
    security_alerts.note_refusal(session, ward.leader1, now=T0 + timedelta(days=3))
    assert security_alerts.purge_tallies(session, SYSTEM, now=T0 + timedelta(days=3)) == 1
    assert session.execute(sa.select(sa.func.count()).select_from(security_tally)).scalar() == 1


def test_the_exports_themselves_are_noticed(session, ward, tmp_path):

    register_export.export_register(session, ward.staff, tmp_path / "ward.csv", fmt="csv")
    register_export.export_register(session, ward.staff, tmp_path / "g1.csv", fmt="csv",
                             group_code="TDP01")
    found = security_alerts.recent_alerts(session, ward.admin)
    assert [(a.kind, a.detail, a.account_phone) for a in found] == [
        ("export_ward", "register", ward.phones["staff"])]


def test_erasing_a_household_blanks_its_phone_in_lock_alerts(session, ward):
    from digital_family.households import personal_data

    phone = ward.phones["resident1"]
    for attempt in range(auth.LOCK_AFTER):
        with pytest.raises(auth.SignInError):
            auth.sign_in(session, phone, "wrong password", now=T0 + timedelta(hours=attempt))
    assert [a.account_phone for a in alerts(session, ward, now=T0)] == [phone]
    personal_data.erase_household(session, ward.staff, ward.h1)
    session.commit()
    texts = session.execute(sa.select(AuditEntry.old_value, AuditEntry.new_value,
                                      AuditEntry.key)).all()
    assert not any(phone in (value or "") for row in texts for value in row)
    found = alerts(session, ward, now=T0)
    assert [(a.kind, a.account_phone) for a in found] == [("sign_in_locked", "")]
