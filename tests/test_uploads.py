"""An upload is kept only for the tab of someone who may import, once, and in the database
(so every app server sees it) — issue 21 point 5."""

from datetime import timedelta

import pytest
import sqlalchemy as sa

from digital_family.access import uploads
from digital_family.base.clock import utc
from digital_family.base.models import upload_slot
from digital_family.base.permissions import PermissionDenied
from digital_family.upkeep import retention

TAB = "5f0c2d4e-1b7a-4c1e-9a51-3d2f7b8e6a10"  # a tab's client token, as the browser sends it


pytestmark = pytest.mark.usefixtures("fast_hashing")


def _slots(session) -> int:
    return session.execute(sa.select(sa.func.count()).select_from(upload_slot)).scalar_one()


def test_a_tab_nobody_granted_may_not_upload_and_nothing_is_kept(session, ward):
    for token in (TAB, "", None, ["a"], {"x": 1}, "x" * 500):
        assert not uploads.upload_allowed(session, token)
        assert uploads.keep(session, token, b"household_code\n") is None
    assert _slots(session) == 0


def test_only_those_who_may_import_get_a_slot(session, ward):
    for actor in (ward.resident1, ward.leader1, ward.ambassador1, None):
        with pytest.raises(PermissionDenied):
            uploads.grant(session, actor, TAB)
    assert _slots(session) == 0
    assert uploads.grant(session, ward.staff, TAB)
    assert uploads.upload_allowed(session, TAB)
    assert not uploads.upload_allowed(session, TAB[:-1] + "1")  # another tab


def test_a_kept_upload_is_taken_once_by_its_importer_only(session, ward):
    uploads.grant(session, ward.staff, TAB)
    ticket = uploads.keep(session, TAB, b"household_code,group_code\n")
    assert ticket is not None
    for bad in ("", "../etc/passwd", "x" * 32, ticket[:-1], None, 42):
        assert uploads.take(session, ward.staff, bad) is None
    assert uploads.take(session, ward.admin, ticket) is None  # someone else's file
    with pytest.raises(PermissionDenied):
        uploads.take(session, ward.leader1, ticket)
    assert uploads.take(session, ward.staff, ticket) == b"household_code,group_code\n"
    assert uploads.take(session, ward.staff, ticket) is None


def test_uploads_are_rate_limited_per_tab(session, ward):
    now = utc()
    uploads.grant(session, ward.staff, TAB, now=now)
    for _ in range(uploads.UPLOADS_PER_WINDOW):
        assert uploads.keep(session, TAB, b"x", now=now) is not None
    assert not uploads.upload_allowed(session, TAB, now=now)
    assert uploads.keep(session, TAB, b"x", now=now) is None
    later = now + uploads.RATE_WINDOW + timedelta(seconds=1)
    assert uploads.upload_allowed(session, TAB, now=later)
    assert uploads.keep(session, TAB, b"y", now=later) is not None


def test_files_nobody_imported_and_expired_slots_are_purged(session, ward):
    now = utc()
    uploads.grant(session, ward.staff, TAB, now=now)
    ticket = uploads.keep(session, TAB, b"old", now=now)
    late = now + uploads.KEEP_FOR + timedelta(seconds=1)
    assert uploads.take(session, ward.staff, ticket, now=late) is None
    assert retention.purge(session, now=late).uploads == 1  # the file, not the slot
    assert session.execute(sa.select(upload_slot.c.data)).scalar_one() is None
    assert uploads.upload_allowed(session, TAB, now=late)
    expired = now + uploads.SLOT_LIFETIME + timedelta(seconds=1)
    assert not uploads.upload_allowed(session, TAB, now=expired)
    assert retention.purge(session, now=expired).uploads == 1
    assert _slots(session) == 0
