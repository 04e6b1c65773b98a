"""The ward's settings: one reader with the bounds, one writer that checks and logs."""

import pytest
import sqlalchemy as sa

from digital_family.base.i18n import CATALOGUES
from digital_family.base.models import AuditEntry, Setting
from digital_family.base.permissions import SYSTEM, PermissionDenied
from digital_family.base.validation import ValidationError
from digital_family.base.wards import WardNeeded, in_ward
from digital_family.ward import settings as ward_settings
from digital_family.ward.settings import SETTINGS
from tests.ward import a_ward


def test_every_setting_has_its_error_in_both_catalogues_and_a_default_in_bounds():
    assert len({s.key for s in SETTINGS}) == len(SETTINGS)
    for setting in SETTINGS:
        assert setting.low <= setting.default <= setting.high
        for catalogue in CATALOGUES.values():
            assert setting.error_key in catalogue


@pytest.mark.parametrize("setting", SETTINGS, ids=lambda s: s.key)
def test_the_reader_keeps_to_the_bounds(session, setting):
    ward_id = a_ward(session)
    assert ward_settings.read(session, setting, ward_id) == setting.default
    for stored in (str(setting.high + 1), str(setting.low - 1), "", "abc", "-1", "2.5"):
        session.merge(Setting(ward_id=a_ward(session), key=setting.key, value=stored))
        session.flush()
        assert ward_settings.read(session, setting, ward_id) == setting.default, stored
    session.merge(Setting(ward_id=a_ward(session), key=setting.key, value=str(setting.high)))
    session.flush()
    assert ward_settings.read(session, setting, ward_id) == setting.high


@pytest.mark.parametrize("setting", SETTINGS, ids=lambda s: s.key)
def test_the_writer_checks_bounds_and_logs_changes_once(session, setting):
    a_ward(session)
    for bad in (setting.low - 1, setting.high + 1, "x", True, 1.5, None):
        with pytest.raises(ValidationError) as refused:
            ward_settings.change(session, SYSTEM, setting, bad)
        assert refused.value.field == setting.key
    assert ward_settings.change(session, SYSTEM, setting, str(setting.high)) == setting.high
    assert ward_settings.change(session, SYSTEM, setting, float(setting.high)) == setting.high
    logged = session.execute(
        sa.select(AuditEntry).where(AuditEntry.key == setting.key)).scalars().all()
    assert [(e.old_value, e.new_value) for e in logged] == [
        (str(setting.default), str(setting.high))]
    with pytest.raises(PermissionDenied):
        ward_settings.change(session, None, setting, setting.low)


@pytest.mark.parametrize("setting", SETTINGS, ids=lambda s: s.key)
def test_each_ward_has_its_own_settings(session, setting):
    """A ward's staff change their ward's setting; the neighbour's stays as it was."""
    first, second = a_ward(session, "khuong-dinh"), a_ward(session, "phuong-liet", "Phường Phương Liệt")
    assert ward_settings.change(session, in_ward(SYSTEM, first), setting, setting.high) == setting.high
    assert ward_settings.read(session, setting, first) == setting.high
    assert ward_settings.read(session, setting, second) == setting.default
    with pytest.raises(WardNeeded):  # the command line must say which ward
        ward_settings.change(session, SYSTEM, setting, setting.low)
