"""A forgotten password: who gives the household a new invitation code (issue 8 point 5)."""

from datetime import UTC, datetime, timedelta

import pytest

from digital_family.access import accounts, auth
from digital_family.access.auth import LeaderContact, SignInError, recovery_contacts
from digital_family.base.models import Household
from digital_family.base.permissions import SYSTEM
from tests import ward as wardlib

T0 = datetime(2026, 12, 2, 8, 0, tzinfo=UTC)


pytestmark = pytest.mark.usefixtures("fast_hashing")


@pytest.fixture()
def ward(session):
    ward = wardlib.build_ward(session)
    session.get(Household, ward.h2).phone = "0911222333"  # h2 has a contact phone, no account
    accounts.create_user(session, SYSTEM, phone="0900000029", password=wardlib.PASSWORD,
                         role="group_leader", full_name="Trần Văn Tổ", group_codes=["TDP01"])
    session.flush()
    return ward


def test_a_resident_number_names_the_leaders_of_its_group(session, ward):
    found = recovery_contacts(session, ward.phones["resident1"])
    assert LeaderContact("Trần Văn Tổ", "0900000029") in found
    assert ward.phones["leader1"] in {c.phone for c in found}
    assert ward.phones["leader2"] not in {c.phone for c in found}  # TDP02's leader
    # the number as people type it
    spaced = " ".join([ward.phones["resident1"][:4], ward.phones["resident1"][4:]])
    assert recovery_contacts(session, spaced) == found


def test_a_household_contact_number_without_an_account_works_too(session, ward):
    assert {c.phone for c in recovery_contacts(session, "0911 222 333")} == {
        c.phone for c in recovery_contacts(session, ward.phones["resident1"])}


def test_other_numbers_say_nothing(session, ward):
    for phone in ("0999999999", ward.phones["leader1"], ward.phones["staff"],
                  ward.phones["ambassador1"], "", "not a phone", "+84 1"):
        assert recovery_contacts(session, phone) == ()


def test_inactive_leaders_are_not_named(session, ward):
    accounts.get_user_by_phone(session, "0900000029").is_active = False
    session.flush()
    assert "0900000029" not in {c.phone for c in recovery_contacts(
        session, ward.phones["resident1"])}


def test_look_ups_from_one_client_are_slowed_down(session, ward):
    for _i in range(auth.FREE_FAILURES):
        recovery_contacts(session, ward.phones["resident1"], client="10.0.0.7", now=T0)
    with pytest.raises(SignInError) as refused:
        recovery_contacts(session, ward.phones["resident3"], client="10.0.0.7",
                          now=T0 + timedelta(seconds=1))
    assert refused.value.retry_after_seconds > 0
    # another client is not held up, nor is the same one later
    assert recovery_contacts(session, ward.phones["resident1"], client="10.0.0.8", now=T0)
    assert recovery_contacts(session, ward.phones["resident1"], client="10.0.0.7",
                             now=T0 + timedelta(minutes=1))
