"""Every ward setting, in one place: its key, default, bounds and who may change it,
one reader (``read``) and one writer (``change``). Each ward has its own.

A setting is a whole number stored as text in the ``setting`` table, keyed by ward.
``read`` gives the stored value, or the default when none is stored or what is stored is not a whole
number within the bounds (a row edited by hand cannot push a reader out of range).
``change`` checks the actor's right (the setting's ``action``), takes a whole number
from what a page or the command line sent, refuses one out of bounds
(``ValidationError`` on the setting's key), stores it and logs the change in the audit
(an unchanged value is not logged again). Functions flush; the caller commits.

It lives in ``campaign/`` (not ``base/``) because changing a setting checks a
permission (``base.permissions``) and writes the audit (``records.audit``), which the
base may not import; every reader (indicators, the household views, help requests,
the audit's purge, the pages) sits above it.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from sqlmodel import Session, col, select

from digital_family.base import clock
from digital_family.base.models import Setting
from digital_family.base.permissions import Action, Actor, account_id, require
from digital_family.base.validation import ValidationError, whole_number
from digital_family.base.wards import ward_of
from digital_family.records import audit


@dataclass(frozen=True)
class WardSetting:
    key: str  # the row's key in the ``setting`` table, and the field of its errors
    default: int
    low: int
    high: int
    error_key: str  # catalogue key of "out of range" ({min}, {max})
    action: Action  # who may change it


# How many of the eight skills make "basic digital skills" (SPEC §3).
SKILL_THRESHOLD = WardSetting("skill_threshold", 5, 1, 8, "error.threshold.range",
                              Action.EDIT_TARGETS)
# After how many hours an unclaimed help request is flagged to the group leader.
UNCLAIMED_HOURS = WardSetting("help_unclaimed_hours", 48, 1, 720, "error.hours.range",
                              Action.EDIT_TARGETS)
# How many days audit entries are kept (admins only: shortening it erases the record
# of what staff did).
AUDIT_RETENTION_DAYS = WardSetting("audit_retention_days", 730, 90, 3650,
                                   "error.retention.range", Action.MANAGE_ADMINS)

SETTINGS = (SKILL_THRESHOLD, UNCLAIMED_HOURS, AUDIT_RETENTION_DAYS)


def _stored(session: Session, setting: WardSetting, ward_id: int) -> str | None:
    row = session.get(Setting, (ward_id, setting.key))
    return None if row is None else row.value


def read(session: Session, setting: WardSetting, ward_id: int) -> int:
    """Ward ``ward_id``'s value: what is stored when it is a whole number within the
    bounds, else the default."""
    return _checked(setting, _stored(session, setting, ward_id))


def read_every_ward(session: Session, setting: WardSetting, ward_ids: Iterable[int]
                    ) -> dict[int, int]:
    """``read`` for each of ``ward_ids``, in one query (the city's figures)."""
    stored = dict(session.exec(select(col(Setting.ward_id), col(Setting.value)).where(
        col(Setting.key) == setting.key)).all())
    return {w: _checked(setting, stored.get(w)) for w in ward_ids}


def _checked(setting: WardSetting, value: str | None) -> int:
    number = whole_number(value) if value is not None else None
    if number is None or not setting.low <= number <= setting.high:
        return setting.default
    return number


def skill_threshold(session: Session, ward_id: int) -> int:
    return read(session, SKILL_THRESHOLD, ward_id)


def unclaimed_hours(session: Session, ward_id: int) -> int:
    return read(session, UNCLAIMED_HOURS, ward_id)


def audit_retention_days(session: Session, ward_id: int) -> int:
    return read(session, AUDIT_RETENTION_DAYS, ward_id)


def change(session: Session, actor: Actor | None, setting: WardSetting, value: object) -> int:
    """Set ``setting`` of the actor's ward to ``value`` (an int, a whole float or a string
    of digits) once ``actor`` may (``setting.action``); logged when it changes. Returns
    the number."""
    actor = require(actor, setting.action)
    ward_id = ward_of(session, actor)
    old = read(session, setting, ward_id)
    number = whole_number(value)
    if number is None or not setting.low <= number <= setting.high:
        error_key = setting.error_key  # in both catalogues (tests/test_ward_settings.py)
        raise ValidationError(setting.key, error_key, min=setting.low, max=setting.high)
    row = session.get(Setting, (ward_id, setting.key))
    if row is not None and row.value == str(number):
        return number
    if row is None:
        row = Setting(ward_id=ward_id, key=setting.key, value=str(number))
    row.value = str(number)
    row.updated_at = clock.utc()
    row.updated_by_id = account_id(actor)
    session.add(row)
    audit.record(session, actor, [audit.Change("setting", key=setting.key, old=str(old),
                                               new=str(number))], ward_id=ward_id)
    session.flush()
    return number
