"""Notice and consent (issue 13 point 2): nothing is saved without it; withdrawal hides
the household from leaders."""

from datetime import UTC, datetime

import pytest
import sqlalchemy as sa

from digital_family.base.i18n import t
from digital_family.base.models import HouseholdConsent, Member
from digital_family.base.permissions import SYSTEM, PermissionDenied
from digital_family.base.validation import ValidationError
from digital_family.campaign import leader
from digital_family.households import consent, consent_rules, edits, search, views
from digital_family.households.consent import ConsentRequired
from tests import ward as wardlib

T0 = datetime(2026, 12, 2, 3, 0, tzinfo=UTC)


pytestmark = pytest.mark.usefixtures("fast_hashing")


@pytest.fixture()
def ward(session):
    """The test ward with no consent recorded for any household yet."""
    built = wardlib.build_ward(session)
    session.execute(sa.delete(HouseholdConsent))
    session.commit()
    return built


def add(session, actor, household_id, name="Đỗ Văn Mới"):
    version = views.load_household(session, SYSTEM, household_id).version
    return edits.add_member(session, actor, household_id, expected_version=version,
                                 full_name=name, birth_year=1990, sex="male")


def members(session, household_id):
    return session.execute(
        sa.select(Member.full_name).where(Member.household_id == household_id)
    ).scalars().all()


def test_silence_is_not_consent_nothing_is_saved(session, ward):
    before = members(session, ward.h1)
    for actor in (ward.resident1, ward.leader1):
        with pytest.raises(ConsentRequired) as refused:
            add(session, actor, ward.h1)
        assert refused.value.key == "consent.required"
    assert members(session, ward.h1) == before
    # reading stays possible: the page shows the notice
    assert views.load_household(session, ward.leader1, ward.h1).id == ward.h1
    assert consent.consent_status(session, ward.resident1, ward.h1).status == consent_rules.NONE


def test_the_family_consents_for_everyone_and_then_saves(session, ward):
    view = consent.give_consent(session, ward.resident1, ward.h1, adult_name=" Nguyễn  Văn An ",
                                notice_version=consent.NOTICE_VERSION, now=T0)
    assert (view.status, view.channel, view.adult_name, view.notice_version, view.given_at) == (
        consent_rules.GIVEN, consent_rules.SELF, "Nguyễn Văn An", consent.NOTICE_VERSION, T0)
    assert view.current_notice
    session.commit()
    add(session, ward.resident1, ward.h1)
    add(session, ward.leader1, ward.h1, "Đỗ Văn Hai")
    assert {"Đỗ Văn Mới", "Đỗ Văn Hai"} <= set(members(session, ward.h1))
    row = session.get(HouseholdConsent, ward.h1)
    assert row.given_by_id == ward.resident1.user_id


def test_a_leader_records_verbal_consent_of_a_named_adult(session, ward):
    with pytest.raises(ValidationError) as unnamed:
        consent.give_consent(session, ward.leader1, ward.h2, adult_name="",
                             notice_version=consent.NOTICE_VERSION)
    assert unnamed.value.field == "adult_name"
    view = consent.give_consent(session, ward.leader1, ward.h2, adult_name="Hoàng Thị Lan",
                                notice_version=consent.NOTICE_VERSION)
    assert (view.channel, view.adult_name, view.given_by) == (
        consent_rules.VERBAL, "Hoàng Thị Lan", "Phạm Văn Tổ")
    add(session, ward.leader1, ward.h2)


def test_consent_a_leader_recorded_still_asks_the_family_to_tick(session, ward):
    consent.give_consent(session, ward.leader1, ward.h1, adult_name="Nguyễn Văn An",
                         notice_version=consent.NOTICE_VERSION)
    add(session, ward.leader1, ward.h1)
    with pytest.raises(ConsentRequired):
        add(session, ward.resident1, ward.h1, "Đỗ Văn Hai")
    consent.give_consent(session, ward.resident1, ward.h1, adult_name="Nguyễn Văn An",
                         notice_version=consent.NOTICE_VERSION)
    add(session, ward.resident1, ward.h1, "Đỗ Văn Hai")


def test_an_old_notice_version_is_refused(session, ward):
    with pytest.raises(ValidationError) as old:
        consent.give_consent(session, ward.resident1, ward.h1, adult_name="Nguyễn Văn An",
                             notice_version="2020-01")
    assert old.value.key == "consent.notice_changed"
    assert session.get(HouseholdConsent, ward.h1) is None


def test_only_the_family_and_its_leaders_consent(session, ward):
    for actor in (ward.resident3, ward.leader2, ward.ambassador1):
        with pytest.raises(PermissionDenied):
            consent.give_consent(session, actor, ward.h1, adult_name="Nguyễn Văn An",
                                 notice_version=consent.NOTICE_VERSION)
    # staff see everything but do not consent for families
    with pytest.raises(PermissionDenied):
        consent.give_consent(session, ward.staff, ward.h1, adult_name="Nguyễn Văn An",
                             notice_version=consent.NOTICE_VERSION)
    assert session.get(HouseholdConsent, ward.h1) is None


def test_withdrawal_hides_the_household_from_leaders(session, ward):
    consent.give_consent(session, ward.resident1, ward.h1, adult_name="Nguyễn Văn An",
                         notice_version=consent.NOTICE_VERSION)
    consent.give_consent(session, ward.leader1, ward.h2, adult_name="Hoàng Thị Lan",
                         notice_version=consent.NOTICE_VERSION)
    listed = search.search_households(session, ward.leader1)
    assert {item.id for item in listed.items} == {ward.h1, ward.h2}
    visits = leader.visit_list(session, ward.leader1, "TDP01")
    assert ward.h1 in {item.household_id for item in visits.items}

    view = consent.withdraw_consent(session, ward.resident1, ward.h1, now=T0)
    assert (view.status, view.withdrawn_at) == (consent_rules.WITHDRAWN, T0)

    listed = search.search_households(session, ward.leader1)
    assert {item.id for item in listed.items} == {ward.h2}
    assert ward.h1 not in {i.household_id for i in
                           leader.visit_list(session, ward.leader1, "TDP01").items}
    with pytest.raises(ConsentRequired) as hidden:
        views.load_household(session, ward.leader1, ward.h1)
    assert hidden.value.key == "consent.hidden"
    # a leader cannot overrule the family's withdrawal
    with pytest.raises(ConsentRequired):
        consent.give_consent(session, ward.leader1, ward.h1, adult_name="Nguyễn Văn An",
                             notice_version=consent.NOTICE_VERSION)
    # the family still sees its data, saves nothing, and may consent again
    assert views.load_household(session, ward.resident1, ward.h1).id == ward.h1
    with pytest.raises(ConsentRequired):
        add(session, ward.resident1, ward.h1)
    # staff still list it (they answer the family's requests, erase it)
    assert ward.h1 in {i.id for i in search.search_households(session, ward.staff).items}
    consent.give_consent(session, ward.resident1, ward.h1, adult_name="Nguyễn Văn An",
                         notice_version=consent.NOTICE_VERSION)
    assert views.load_household(session, ward.leader1, ward.h1).id == ward.h1


def test_withdrawing_without_consent_is_refused(session, ward):
    with pytest.raises(ValidationError) as nothing:
        consent.withdraw_consent(session, ward.resident1, ward.h1)
    assert nothing.value.key == "consent.not_given"
    with pytest.raises(PermissionDenied):
        consent.withdraw_consent(session, ward.resident3, ward.h1)


def test_the_notice_says_each_part_in_both_languages():
    from digital_family.base.i18n import t

    for lang in ("vi", "en"):
        for part in consent.NOTICE_PARTS:
            assert t(f"consent.notice.{part}.title", lang)
            assert t(f"consent.notice.{part}", lang, ward="Phường Khương Đình")
    assert "16" in t("consent.notice.children")


def test_the_demo_ward_has_consented(session):
    from digital_family.demo import generate_demo

    generate_demo(session, households=30, seed=3)
    counts = dict(session.execute(
        sa.select(HouseholdConsent.channel, sa.func.count()).group_by(HouseholdConsent.channel)
    ).all())
    assert counts == {"self": 1, "verbal": 29}


def test_consent_and_its_withdrawal_are_in_the_audit(session, ward):
    from digital_family.base.models import AuditEntry

    consent.give_consent(session, ward.leader1, ward.h2, adult_name="Hoàng Thị Lan",
                         notice_version=consent.NOTICE_VERSION, now=T0)
    consent.withdraw_consent(session, ward.leader1, ward.h2, now=T0)
    entries = session.execute(
        sa.select(AuditEntry.action, AuditEntry.user_id, AuditEntry.role, AuditEntry.key,
                  AuditEntry.new_value, AuditEntry.household_code)
        .where(AuditEntry.action.like("consent.%")).order_by(AuditEntry.id)
    ).all()
    assert entries == [
        ("consent.give", ward.leader1.user_id, "group_leader", "verbal", consent.NOTICE_VERSION,
         "TDP01-0002"),
        ("consent.withdraw", ward.leader1.user_id, "group_leader", "verbal", None, "TDP01-0002"),
    ]


def _consented_to_the_old_notice(session, ward, household_id, actor):
    consent.give_consent(session, actor, household_id, adult_name="Nguyễn Văn An",
                         notice_version=consent.NOTICE_VERSION, now=T0)
    session.execute(sa.update(HouseholdConsent)
                    .where(HouseholdConsent.household_id == household_id)
                    .values(notice_version=consent.NOTICE_HISTORY[0]))


def test_a_new_notice_changes_nothing_for_a_family_that_consented_before(session, ward):
    """Issue 19: the old consent keeps allowing what it allowed; the family is told what
    changed and asked again; the new kinds of data wait for the new consent."""
    assert consent.NOTICE_HISTORY[-1] == consent.NOTICE_VERSION
    assert len(consent.NOTICE_HISTORY) >= 2
    _consented_to_the_old_notice(session, ward, ward.h1, ward.resident1)
    view = consent.consent_status(session, ward.resident1, ward.h1)
    assert view.status == consent.GIVEN and view.renewal_needed
    assert view.allows("resident") and view.allows("group_leader")
    # the family and its leader save as before
    add(session, ward.resident1, ward.h1, name="Đỗ Văn Một")
    add(session, ward.leader1, ward.h1, name="Đỗ Văn Hai")
    assert {"Đỗ Văn Một", "Đỗ Văn Hai"} <= set(members(session, ward.h1))
    # what changed, in both languages
    changes = consent.changes_since(view.notice_version)
    assert changes
    for key in changes:
        assert t(key) and t(key, "en")
    # the new kinds wait for the new consent
    for kind in consent.KINDS_SINCE:
        assert not view.covers(kind)
        with pytest.raises(ConsentRequired) as refused:
            consent.require_cover(session, ward.leader1, ward.h1, kind)
        assert refused.value.key == "consent.renew_needed"
    # consenting again to the new notice covers them
    again = consent.give_consent(session, ward.resident1, ward.h1, adult_name="Nguyễn Văn An",
                                 notice_version=consent.NOTICE_VERSION)
    assert again.current_notice and not again.renewal_needed
    assert consent.changes_since(again.notice_version) == []
    for kind in consent.KINDS_SINCE:
        assert consent.require_cover(session, ward.leader1, ward.h1, kind).covers(kind)


def test_the_old_notice_cannot_be_consented_to_any_more(session, ward):
    with pytest.raises(ValidationError) as refused:
        consent.give_consent(session, ward.resident1, ward.h1, adult_name="Nguyễn Văn An",
                             notice_version=consent.NOTICE_HISTORY[0])
    assert refused.value.key == "consent.notice_changed"


def test_require_cover_checks_the_actor(session, ward):
    consent.give_consent(session, ward.resident1, ward.h1, adult_name="Nguyễn Văn An",
                         notice_version=consent.NOTICE_VERSION)
    with pytest.raises(PermissionDenied):
        consent.require_cover(session, ward.resident3, ward.h1, "visits")
    with pytest.raises(PermissionDenied):
        consent.require_cover(session, None, ward.h1, "visits")
