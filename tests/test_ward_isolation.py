"""Two wards side by side (issue 22 point 2): nothing of ward B is reachable from ward A's
accounts through the domain functions the pages, the command line and the API call.

Both wards are ``tests/ward.py``'s small ward: the same group codes (TDP01, TDP02) and
household codes, different phones. Every check is made from A against B's ids and codes,
and shown to pass against A's own (so a refusal is the ward's, not a broken call).
"""

from datetime import date

import pytest
import sqlalchemy as sa

from digital_family.access import accounts, api_keys
from digital_family.base.models import Member
from digital_family.base.permissions import PermissionDenied
from digital_family.base.validation import ValidationError
from digital_family.campaign import figures, open_data, register_export, staff_accounts, ward_admin
from digital_family.households import edits, invitations, personal_data, search, views, visits
from digital_family.households.access import HouseholdNotFound
from digital_family.programmes import classes, help_requests
from digital_family.records import audit
from digital_family.ward import settings as ward_settings
from tests import ward as wardlib

pytestmark = pytest.mark.usefixtures("fast_hashing")


@pytest.fixture()
def two(session):
    a = wardlib.build_ward(session)
    b = wardlib.build_ward(session, "phuong-liet", phone_prefix="091")
    return a, b


def _member(session, household_id: int) -> int:
    return session.execute(sa.select(Member.id).where(Member.household_id == household_id)
                           .order_by(Member.id)).scalars().first()


def test_households_of_another_ward_are_not_found(session, two):
    a, b = two
    for actor in (a.staff, a.admin):
        assert views.load_household(session, actor, a.h1).code == "TDP01-0001"
        with pytest.raises(HouseholdNotFound):  # as a missing one: its existence is not said
            views.load_household(session, actor, b.h1)
    with pytest.raises(PermissionDenied):
        views.load_household(session, a.leader1, b.h1)
    with pytest.raises(HouseholdNotFound):
        edits.update_member(session, a.admin, _member(session, b.h1), expected_version=1,
                            has_epayment=True)
    with pytest.raises((PermissionDenied, HouseholdNotFound)):
        invitations.issue_invitation(session, a.staff, household_id=b.h1)
    with pytest.raises((PermissionDenied, HouseholdNotFound)):
        visits.record_visit(session, a.leader1, b.h1, outcome="met")
    with pytest.raises((PermissionDenied, HouseholdNotFound)):
        personal_data.export_household(session, a.admin, b.h1)
    with pytest.raises((PermissionDenied, HouseholdNotFound)):
        personal_data.erase_household(session, a.admin, b.h1)
    session.rollback()
    assert session.get(Member, _member(session, b.h1)).has_epayment is False


def test_lists_figures_and_exports_hold_one_ward(session, two, tmp_path):
    a, b = two
    found = search.search_households(session, a.staff)
    assert sorted(h.id for h in found.items) == sorted([a.h1, a.h2, a.h3])
    assert [g.code for g in ward_admin.list_groups(session, a.staff)] == ["TDP01", "TDP02"]
    assert {g.id for g in ward_admin.list_groups(session, b.staff)} == {b.g1, b.g2}
    assert figures.group_reports_page(session, a.staff).total == 2
    for w in (a, b):
        assert figures.ward_report(session, w.ward_id).completion.members == 3
    assert register_export.export_register(session, a.staff, tmp_path / "a.csv") == 3
    assert personal_data.erasure_preview(session, a.staff, "TDP01-0001").household_id == a.h1
    assert personal_data.erasure_preview(session, b.staff, "TDP01-0001").household_id == b.h1
    listed = staff_accounts.staff_accounts(session, a.admin).accounts
    assert {u.phone for u in listed} == {a.phones[r] for r in
                                          ("leader1", "leader2", "ambassador1", "staff", "admin")}


def test_accounts_and_groups_of_another_ward_cannot_be_changed(session, two):
    a, b = two
    with pytest.raises(ValidationError):
        ward_admin.assign_leader(session, a.admin, "TDP01", b.phones["leader2"])
    assert ward_admin.assign_leader(session, a.admin, "TDP01", a.phones["leader2"])
    for change in (lambda p: staff_accounts.set_active(session, a.admin, p, False),
                   lambda p: staff_accounts.set_role(session, a.admin, p, "ward_staff"),
                   lambda p: accounts.reset_password(session, a.admin, phone=p,
                                                     new_password="mật khẩu mới 1")):
        with pytest.raises(ValidationError):
            change(b.phones["leader1"])
    # a group code is the ward's own: B may have the TDP03 that A creates
    ward_admin.create_group(session, a.staff, code="TDP03", name="Tổ 3")
    ward_admin.create_group(session, b.staff, code="TDP03", name="Tổ 3")
    with pytest.raises(ValidationError):
        ward_admin.create_group(session, b.staff, code="TDP03", name="Tổ 3")
    with pytest.raises(ValidationError):  # a leader of B cannot be created into A's groups
        staff_accounts.create_staff_account(session, b.admin, phone="0912345678",
                                            full_name="Ai Đó", role="group_leader",
                                            password="mật khẩu 123", group_codes=["TDP09"])


def test_settings_targets_and_history_are_each_wards_own(session, two):
    a, b = two
    ward_admin.set_skill_threshold(session, a.staff, 7)
    ward_admin.set_target(session, a.staff, "adult_epayment", "70%")
    assert ward_settings.skill_threshold(session, a.ward_id) == 7
    assert ward_settings.skill_threshold(session, b.ward_id) == 5
    b_targets = {r.code: r.target for r in ward_admin.targets_table(session, b.staff)}
    assert b_targets["adult_epayment"] == 0.5
    assert ward_admin.change_history(session, b.staff) == ()
    assert [h.key for h in ward_admin.change_history(session, a.staff)] == [
        "adult_epayment", "skill_threshold"]
    session.commit()
    assert all(e.action != "target" for e in audit.entries(session, b.admin))


def test_help_requests_and_classes_stay_in_their_ward(session, two):
    a, b = two
    request = help_requests.create_request(session, b.resident1, member_id=_member(session, b.h1),
                                           topic="vneid")
    assert help_requests.ambassador_queue(session, a.ambassador1).total == 0
    assert help_requests.ambassador_queue(session, b.ambassador1).total == 1
    with pytest.raises(PermissionDenied):
        help_requests.claim(session, a.ambassador1, request.id)
    stats = help_requests.programme_stats(session, a.staff)
    assert stats.overall.opened == 0
    assert help_requests.programme_stats(session, b.staff).overall.opened == 1

    day = date(2026, 12, 20)
    made = classes.create_class(session, b.staff, code="L1", title="Dùng VNeID", topics=["vneid"],
                                capacity=10, sessions=[(day, "08:00", "Nhà văn hoá")])
    classes.create_class(session, a.staff, code="L1", title="Dùng VNeID", topics=["vneid"],
                         capacity=10, sessions=[(day, "08:00", "Nhà văn hoá")])
    assert [c.code for c in classes.list_classes(session, a.staff)] == ["L1"]
    assert made.id not in {c.id for c in classes.list_classes(session, a.staff)}
    with pytest.raises(classes.ClassNotFound):
        classes.sign_up(session, a.staff, made.id, _member(session, a.h1))
    with pytest.raises((PermissionDenied, HouseholdNotFound, classes.ClassNotFound)):
        classes.sign_up(session, b.staff, made.id, _member(session, a.h1))


def test_a_ward_key_reads_its_ward_only(session, two):
    a, b = two
    _, key = api_keys.create(session, a.admin, "Kho dữ liệu A", "ward")
    client = api_keys.authenticate(session, key)
    assert client is not None
    assert open_data.ward_indicators(session, client, "khuong-dinh")["scope"] == "khuong-dinh"
    with pytest.raises(open_data.NotVisible):
        open_data.ward_indicators(session, client, "phuong-liet")
    with pytest.raises(open_data.NotVisible):
        open_data.members(session, client, "phuong-liet", page=1, size=10)
    assert [w["code"] for w in open_data.wards(session, client)] == ["khuong-dinh"]
    assert open_data.members(session, client, "khuong-dinh", page=1, size=50).total == 3
    assert [k.prefix for k in api_keys.list_keys(session, b.admin)] == []
    with pytest.raises(ValidationError):  # a ward's admin makes no key for the whole city
        api_keys.create(session, a.admin, "Kho dữ liệu thành phố", "city")
    assert not api_keys.revoke(session, b.admin, api_keys.list_keys(session, a.admin)[0].id)
