"""Ward administration: who may do it, what it changes, and the change log it leaves."""

from datetime import UTC, datetime

import pytest
import sqlalchemy as sa
from hypothesis import given, settings
from hypothesis import strategies as st

from digital_family.access import auth
from digital_family.access.accounts import UserInfo
from digital_family.base.models import AuditEntry, AuthSession, IndicatorTarget, UserGroup
from digital_family.base.permissions import SYSTEM, PermissionDenied, load_actor
from digital_family.base.validation import ValidationError
from digital_family.campaign import figures, snapshots, staff_accounts, ward_admin
from digital_family.ward import indicators
from digital_family.ward import settings as ward_settings
from tests.ward import PASSWORD, a_ward

NEW_PHONE = "0987654321"


pytestmark = pytest.mark.usefixtures("fast_hashing")


def log_rows(session):
    return session.execute(
        sa.select(AuditEntry.user_id, AuditEntry.action, AuditEntry.key, AuditEntry.old_value,
                  AuditEntry.new_value)
        .where(AuditEntry.action.in_(ward_admin.SETTINGS_ACTIONS)).order_by(AuditEntry.id)
    ).all()


# Every function, with arguments that succeed for those allowed.
CALLS = {
    "set_target": lambda s, a, w: ward_admin.set_target(s, a, "adult_epayment", "60%"),
    "reset_target": lambda s, a, w: ward_admin.reset_target(s, a, "adult_epayment"),
    "set_skill_threshold": lambda s, a, w: ward_admin.set_skill_threshold(s, a, 6),
    "change_history": lambda s, a, w: ward_admin.change_history(s, a),
    "list_groups": lambda s, a, w: ward_admin.list_groups(s, a),
    "create_group": lambda s, a, w: ward_admin.create_group(s, a, code="TDP09", name="Tổ 9"),
    "rename_group": lambda s, a, w: ward_admin.rename_group(s, a, "TDP01", name="Tổ Một"),
    "assign_leader": lambda s, a, w: ward_admin.assign_leader(s, a, "TDP02", w.phones["leader1"]),
    "unassign_leader": lambda s, a, w: ward_admin.unassign_leader(s, a, "TDP01", w.phones["leader1"]),
    "create_staff_account": lambda s, a, w: staff_accounts.create_staff_account(
        s, a, phone=NEW_PHONE, full_name="Đỗ Văn Mới", role="ambassador", password=PASSWORD,
        group_codes=["TDP02"]),
    "set_may_open_classes": lambda s, a, w: staff_accounts.set_may_open_classes(
        s, a, w.phones["ambassador1"], True),
    "set_role": lambda s, a, w: staff_accounts.set_role(s, a, w.phones["ambassador1"], "group_leader"),
    "set_active": lambda s, a, w: staff_accounts.set_active(s, a, w.phones["leader2"], False),
    "staff_accounts": lambda s, a, w: staff_accounts.staff_accounts(s, a),
}


@pytest.mark.parametrize("who", ["resident1", "ambassador1", "leader1", None])
def test_denied_to_everyone_but_ward_staff_and_admin(session, ward, who):
    actor = getattr(ward, who) if who else None
    for _name, call in CALLS.items():
        with pytest.raises(PermissionDenied):
            call(session, actor, ward)
        session.rollback()
    assert log_rows(session) == []


READS = ("change_history", "list_groups", "staff_accounts")


@pytest.mark.parametrize("who", ["staff", "admin"])
def test_allowed_to_ward_staff_and_admin(session, ward, who):
    actor = getattr(ward, who)
    for name, call in CALLS.items():
        before = len(log_rows(session))
        call(session, actor, ward)
        session.commit()
        rows = log_rows(session)
        assert (len(rows) > before) == (name not in READS), name
    assert {row.user_id for row in log_rows(session)} == {actor.user_id}


# Admin accounts and the admin role


def test_ward_staff_cannot_touch_admins(session, ward):
    staff, admin_phone = ward.staff, ward.phones["admin"]
    with pytest.raises(PermissionDenied):
        staff_accounts.create_staff_account(session, staff, phone=NEW_PHONE, full_name="Đỗ Văn Mới",
                                        role="admin", password=PASSWORD)
    with pytest.raises(PermissionDenied):
        staff_accounts.set_role(session, staff, admin_phone, "ward_staff")
    with pytest.raises(PermissionDenied):
        staff_accounts.set_role(session, staff, ward.phones["leader1"], "admin")
    with pytest.raises(PermissionDenied):
        staff_accounts.set_role(session, staff, ward.phones["staff"], "admin")  # nor themselves
    with pytest.raises(PermissionDenied):
        staff_accounts.set_active(session, staff, admin_phone, False)
    session.rollback()
    assert log_rows(session) == []
    assert not staff_accounts.can_manage_admins(staff) and staff_accounts.can_manage_admins(ward.admin)


def test_admin_manages_admins(session, ward):
    admin = ward.admin
    created = staff_accounts.create_staff_account(session, admin, phone=NEW_PHONE, full_name="Đỗ Văn Mới",
                                              role="admin", password=PASSWORD)
    assert created.role == "admin" and created.group_codes == ()
    promoted = staff_accounts.set_role(session, admin, ward.phones["staff"], "admin")
    assert promoted.role == "admin"
    locked = staff_accounts.set_active(session, admin, NEW_PHONE, False)
    assert locked.is_active is False
    demoted = staff_accounts.set_role(session, admin, ward.phones["staff"], "ward_staff")
    assert demoted.role == "ward_staff"
    session.commit()
    assert [(r.action, r.key, r.old_value, r.new_value) for r in log_rows(session)] == [
        ("user", NEW_PHONE, None, "admin"),
        ("user_role", ward.phones["staff"], "ward_staff", "admin"),
        ("user_active", NEW_PHONE, "1", "0"),
        ("user_role", ward.phones["staff"], "admin", "ward_staff"),
    ]


def test_the_last_active_admin_stays(session, ward):
    with pytest.raises(ValidationError, match="duy nhất"):
        staff_accounts.set_role(session, SYSTEM, ward.phones["admin"], "ward_staff")
    with pytest.raises(ValidationError, match="duy nhất"):
        staff_accounts.set_active(session, SYSTEM, ward.phones["admin"], False)
    with pytest.raises(ValidationError, match="tự khoá"):
        staff_accounts.set_active(session, ward.staff, ward.phones["staff"], False)


# Targets


@pytest.mark.parametrize(
    "given, expected",
    [
        ("85", 0.85), ("85%", 0.85), (" 85 % ", 0.85), ("0.85", 0.85), ("0,85", 0.85),
        ("85,5", 0.855), ("85.5%", 0.855), ("100", 1.0), ("100%", 1.0), ("1", 1.0), ("0", 0.0),
        ("0%", 0.0), (".5", 0.5), ("-0", 0.0), (85, 0.85), (0.5, 0.5), (1, 1.0), (0, 0.0),
        (None, None), ("", None), ("   ", None),
    ],
)
def test_parse_target(given, expected):
    assert ward_admin.parse_target(given) == expected


@pytest.mark.parametrize(
    "given, message",
    [
        ("150", "từ 0% đến 100%"), ("101%", "từ 0% đến 100%"), ("-5", "từ 0% đến 100%"),
        (-0.1, "từ 0% đến 100%"), ("abc", "ví dụ"), ("85%%", "ví dụ"), ("8 5", "ví dụ"),
        ("1e2", "ví dụ"), ("85,5,5", "ví dụ"), (float("nan"), "ví dụ"), (float("inf"), "ví dụ"),
        (True, "ví dụ"), ("٨٥", "ví dụ"), ("9" * 30, "ví dụ"),
    ],
)
def test_parse_target_refuses(given, message):
    with pytest.raises(ValidationError, match=message) as error:
        ward_admin.parse_target(given)
    assert error.value.field == "target"


@given(st.one_of(st.text(max_size=30), st.from_regex(r"\s*-?[0-9]{0,4}([.,][0-9]{0,4})?\s*%?\s*"),
                 st.floats(), st.integers(), st.none(), st.booleans()))
@settings(max_examples=300, deadline=None)
def test_parse_target_gives_a_fraction_or_a_validation_error(value):
    try:
        result = ward_admin.parse_target(value)
    except ValidationError as error:
        assert error.message
        return
    assert result is None or (isinstance(result, float) and 0 <= result <= 1)


@pytest.fixture()
def named_admin(session, ward):
    from digital_family.base.models import UserAccount

    session.get(UserAccount, ward.admin.user_id).full_name = "Quản trị"
    session.commit()


def test_set_target_and_the_log(session, ward, named_admin):
    staff = ward.staff
    assert ward_admin.set_target(session, staff, "adult_basic_skills", "90%") == 0.9
    assert indicators.get_targets(session, a_ward(session))["adult_basic_skills"] == 0.9
    assert ward_admin.set_target(session, staff, "adult_basic_skills", "0,9") == 0.9  # no change
    assert ward_admin.set_target(session, ward.admin, "trader_cashless", "40") == 0.4
    assert ward_admin.set_target(session, staff, "adult_epayment", "") is None  # no target
    assert indicators.get_targets(session, a_ward(session))["adult_epayment"] is None
    assert ward_admin.reset_target(session, staff, "adult_basic_skills") == 0.85
    assert ward_admin.reset_target(session, staff, "adult_basic_skills") == 0.85  # no change
    assert session.get(IndicatorTarget, (a_ward(session), "adult_basic_skills")) is None
    session.commit()
    assert [(r.user_id, r.action, r.key, r.old_value, r.new_value) for r in log_rows(session)] == [
        (staff.user_id, "target", "adult_basic_skills", "0.85", "0.9"),
        (ward.admin.user_id, "target", "trader_cashless", None, "0.4"),
        (staff.user_id, "target", "adult_epayment", "0.5", None),
        (staff.user_id, "target", "adult_basic_skills", "0.9", "0.85"),
    ]
    history = ward_admin.change_history(session, ward.admin, limit=2)
    assert [(h.key, h.old_value, h.new_value) for h in history] == [
        ("adult_basic_skills", "0.9", "0.85"), ("adult_epayment", "0.5", None),
    ]
    assert history[0].user_name == ward.phones["staff"]  # no full name: the phone
    assert ward_admin.change_history(session, staff)[2].user_name == "Quản trị"
    # A met indicator follows the new target (the engine reads the table).
    report = figures.ward_report(session, a_ward(session))
    assert report.indicator("trader_cashless").target == 0.4


def test_set_target_needs_an_indicator(session, ward):
    for code in ("nope", "", None, "ADULT_SMARTPHONE", "x" * 100):
        with pytest.raises(ValidationError) as error:
            ward_admin.set_target(session, ward.staff, code, "50")
        assert error.value.field == "code"
        with pytest.raises(ValidationError):
            ward_admin.reset_target(session, ward.staff, code)


def test_targets_table(session, ward):
    table = ward_admin.targets_table(session, SYSTEM)
    assert [row.code for row in table] == list(indicators.INDICATOR_CODES)
    assert all(row.is_default and row.target == row.default for row in table)
    assert all(row.updated_at is None and row.updated_by_name is None for row in table)
    ward_admin.set_target(session, ward.staff, "student_skills", "95")
    session.commit()
    row = {r.code: r for r in ward_admin.targets_table(session, SYSTEM)}["student_skills"]
    assert (row.target, row.default, row.is_default) == (0.95, 1.0, False)
    assert row.updated_at is not None and row.updated_by_name == ward.phones["staff"]


def test_a_new_target_shows_in_todays_snapshot(session, ward):
    snapshots.take_snapshot(session)
    ward_admin.set_target(session, ward.staff, "adult_smartphone", "90")
    session.commit()
    today = snapshots.series(session, ward.staff, code="adult_smartphone")
    assert today[-1].target == 0.9


def test_skill_threshold(session, ward):
    for value, expected in ((1, 1), (8, 8), ("5", 5), (" 7 ", 7), (6.0, 6)):
        assert ward_admin.set_skill_threshold(session, ward.staff, value) == expected
        assert ward_settings.skill_threshold(session, a_ward(session)) == expected
    for value in (0, 9, -1, "abc", "", None, True, 5.5, "5.0", "05a", [5]):
        with pytest.raises(ValidationError, match="từ 1 đến 8"):
            ward_admin.set_skill_threshold(session, ward.staff, value)
    assert ward_settings.skill_threshold(session, a_ward(session)) == 6


def test_skill_threshold_log_and_todays_snapshot(session, ward):
    snapshots.take_snapshot(session)
    session.commit()
    before = snapshots.series(session, ward.staff, code="adult_basic_skills")[-1]
    ward_admin.set_skill_threshold(session, ward.staff, 1)
    ward_admin.set_skill_threshold(session, ward.staff, "1")  # no change
    session.commit()
    assert [(r.action, r.key, r.old_value, r.new_value) for r in log_rows(session)] == [
        ("setting", "skill_threshold", "5", "1"),
    ]
    after = snapshots.series(session, ward.staff, code="adult_basic_skills")[-1]
    assert after.numerator == figures.ward_report(session, a_ward(session)).indicator("adult_basic_skills").numerator
    assert after.numerator >= before.numerator


# Groups


def test_list_groups(session, ward):
    groups = ward_admin.list_groups(session, ward.staff)
    assert [(g.code, g.name, g.households, g.members) for g in groups] == [
        ("TDP01", "Tổ dân phố số 1", 2, 2), ("TDP02", "Tổ dân phố số 2", 1, 1),
    ]
    first = groups[0]
    assert first.id == ward.g1
    assert first.leaders == ("Phạm Văn Tổ (0900000021)",)
    assert first.ambassadors == (ward.phones["ambassador1"],)
    assert [(p.phone, p.role) for p in first.people] == [
        (ward.phones["leader1"], "group_leader"), (ward.phones["ambassador1"], "ambassador"),
    ]
    assert groups[1].leaders == (ward.phones["leader2"],) and groups[1].ambassadors == ()


def test_create_and_rename_groups(session, ward):
    row = ward_admin.create_group(session, ward.staff, code=" tdp03 ", name="  Tổ dân phố   số 3 ")
    assert (row.code, row.name, row.households, row.members, row.leaders) == (
        "TDP03", "Tổ dân phố số 3", 0, 0, ())
    with pytest.raises(ValidationError, match="Đã có"):
        ward_admin.create_group(session, ward.staff, code="TDP03", name="Khác")
    for bad in ("", "=SUM(A1)", "x" * 101, "Tổ\x00"):
        with pytest.raises(ValidationError):
            ward_admin.create_group(session, ward.staff, code="TDP04", name=bad)
    with pytest.raises(ValidationError):
        ward_admin.create_group(session, ward.staff, code="TDP 04", name="Tổ 4")
    renamed = ward_admin.rename_group(session, ward.staff, "tdp03", name="Tổ Ba")
    assert renamed.name == "Tổ Ba"
    ward_admin.rename_group(session, ward.staff, "TDP03", name="Tổ Ba")  # no change
    with pytest.raises(ValidationError, match="Không có tổ"):
        ward_admin.rename_group(session, ward.staff, "TDP99", name="X")
    session.commit()
    assert [(r.action, r.key, r.old_value, r.new_value) for r in log_rows(session)] == [
        ("group", "TDP03", None, "Tổ dân phố số 3"),
        ("group", "TDP03", "Tổ dân phố số 3", "Tổ Ba"),
    ]


def test_assign_and_unassign(session, ward):
    leader1, staff = ward.phones["leader1"], ward.staff
    assert ward_admin.assign_leader(session, staff, "TDP02", leader1) is True
    assert ward_admin.assign_leader(session, staff, "TDP02", leader1) is False
    session.commit()
    assert load_actor(session, ward.leader1.user_id).group_ids == {ward.g1, ward.g2}
    assert ward_admin.unassign_leader(session, staff, "TDP01", leader1) is True
    assert ward_admin.unassign_leader(session, staff, "TDP01", leader1) is False
    assert ward_admin.assign_leader(session, staff, "TDP02", ward.phones["ambassador1"]) is True
    session.commit()
    assert load_actor(session, ward.leader1.user_id).group_ids == {ward.g2}
    assert [(r.action, r.key, r.old_value, r.new_value) for r in log_rows(session)] == [
        ("user_group", leader1, None, "TDP02"),
        ("user_group", leader1, "TDP01", None),
        ("user_group", ward.phones["ambassador1"], None, "TDP02"),
    ]
    for phone in (ward.phones["staff"], ward.phones["resident1"], ward.phones["admin"]):
        with pytest.raises(ValidationError, match="Chỉ tổ trưởng"):
            ward_admin.assign_leader(session, staff, "TDP01", phone)
    with pytest.raises(ValidationError, match="Không có tài khoản"):
        ward_admin.assign_leader(session, staff, "TDP01", "0911111111")
    with pytest.raises(ValidationError, match="10 chữ số"):
        ward_admin.assign_leader(session, staff, "TDP01", "12")
    with pytest.raises(ValidationError, match="Không có tổ"):
        ward_admin.assign_leader(session, staff, "TDP99", leader1)


# Accounts


def test_create_staff_account(session, ward):
    info = staff_accounts.create_staff_account(
        session, ward.staff, phone="+84 987 654 321", full_name=" Đỗ  Văn Mới ", role="group_leader",
        password=PASSWORD, group_codes=["tdp01", "TDP02"])
    assert isinstance(info, UserInfo)
    assert (info.phone, info.full_name, info.role, info.group_codes, info.is_active) == (
        NEW_PHONE, "Đỗ Văn Mới", "group_leader", ("TDP01", "TDP02"), True)
    assert not hasattr(info, "password_hash")
    session.commit()
    assert auth.sign_in(session, NEW_PHONE, PASSWORD)
    assert [(r.action, r.new_value) for r in log_rows(session)] == [
        ("user", "group_leader"), ("user_group", "TDP01"), ("user_group", "TDP02"),
    ]


BAD_ACCOUNTS = [
    ({"role": "resident"}, "role"),
    ({"role": "boss"}, "role"),
    ({"role": "group_leader", "group_codes": []}, "group_codes"),
    ({"role": "ward_staff", "group_codes": ["TDP01"]}, "group_codes"),
    ({"group_codes": ["TDP99"]}, "group_codes"),
    ({"full_name": ""}, "full_name"),
    ({"password": "short"}, "password"),
    ({"phone": "123"}, "phone"),
    ({"phone": "0900000021"}, "phone"),  # taken
]


def test_create_staff_account_refuses(session, ward):
    for changes, field in BAD_ACCOUNTS:
        kwargs = {"phone": NEW_PHONE, "full_name": "Đỗ Văn Mới", "role": "ambassador",
                  "password": PASSWORD, "group_codes": ["TDP01"], **changes}
        with pytest.raises(ValidationError) as error:
            staff_accounts.create_staff_account(session, ward.staff, **kwargs)
        assert error.value.field == field, changes
    session.commit()
    assert log_rows(session) == [] and staff_accounts.staff_accounts(session, ward.staff).total == 5


def open_sessions(session, user_id):
    return session.execute(
        sa.select(sa.func.count()).select_from(AuthSession)
        .where(AuthSession.user_id == user_id, AuthSession.ended_at.is_(None))
    ).scalar_one()


def test_set_role(session, ward):
    token = auth.sign_in(session, ward.phones["leader1"], PASSWORD)
    session.commit()
    info = staff_accounts.set_role(session, ward.staff, ward.phones["leader1"], "ward_staff")
    session.commit()
    assert info.role == "ward_staff" and info.group_codes == ()
    assert auth.resolve_session(session, token) is None  # signed out everywhere
    assert session.execute(
        sa.select(UserGroup).where(UserGroup.user_id == ward.leader1.user_id)
    ).first() is None
    assert [(r.action, r.old_value, r.new_value) for r in log_rows(session)] == [
        ("user_group", "TDP01", None), ("user_role", "group_leader", "ward_staff"),
    ]
    staff_accounts.set_role(session, ward.staff, ward.phones["leader1"], "ward_staff")  # no change
    assert len(log_rows(session)) == 2
    with pytest.raises(ValidationError, match="hộ gia đình"):
        staff_accounts.set_role(session, ward.staff, ward.phones["resident1"], "group_leader")
    with pytest.raises(ValidationError) as error:
        staff_accounts.set_role(session, ward.staff, ward.phones["leader2"], "resident")
    assert error.value.field == "role"


def test_set_active(session, ward):
    phone = ward.phones["ambassador1"]
    auth.sign_in(session, phone, PASSWORD)
    session.commit()
    assert open_sessions(session, ward.ambassador1.user_id) == 1
    assert staff_accounts.set_active(session, ward.staff, phone, False).is_active is False
    session.commit()
    assert open_sessions(session, ward.ambassador1.user_id) == 0
    assert load_actor(session, ward.ambassador1.user_id) is None
    assert staff_accounts.set_active(session, ward.staff, phone, False).is_active is False  # no change
    assert staff_accounts.set_active(session, ward.staff, phone, True).is_active is True
    session.commit()
    assert [(r.action, r.key, r.old_value, r.new_value) for r in log_rows(session)] == [
        ("user_active", phone, "1", "0"), ("user_active", phone, "0", "1"),
    ]
    # Ward staff may lock a household's account too (SPEC: every account but admin ones).
    assert staff_accounts.set_active(session, ward.staff, ward.phones["resident1"], False).is_active is False
    with pytest.raises(ValidationError):
        staff_accounts.set_active(session, ward.staff, phone, "no")


def test_allowing_an_ambassador_to_open_classes(session, ward):
    phone = ward.phones["ambassador1"]
    token = auth.sign_in(session, phone, PASSWORD)
    session.commit()
    info = staff_accounts.set_may_open_classes(session, ward.staff, phone, True)
    session.commit()
    assert info.may_open_classes is True
    # his next request reads it, without signing him out
    actor = auth.resolve_session(session, token)
    assert actor is not None and actor.may_open_classes
    assert staff_accounts.set_may_open_classes(session, ward.staff, phone, True).may_open_classes
    staff_accounts.set_may_open_classes(session, ward.admin, phone, False)
    session.commit()
    assert not auth.resolve_session(session, token).may_open_classes  # type: ignore[union-attr]
    assert [(r.user_id, r.action, r.key, r.old_value, r.new_value) for r in log_rows(session)] == [
        (ward.staff.user_id, "user_open_classes", phone, "0", "1"),
        (ward.admin.user_id, "user_open_classes", phone, "1", "0"),
    ]
    for who in ("leader1", "resident1"):
        with pytest.raises(ValidationError) as error:
            staff_accounts.set_may_open_classes(session, ward.staff, ward.phones[who], True)
        assert error.value.field == "phone"
    with pytest.raises(ValidationError):
        staff_accounts.set_may_open_classes(session, ward.staff, phone, "yes")
    # the decision does not follow him into another role
    staff_accounts.set_may_open_classes(session, ward.staff, phone, True)
    staff_accounts.set_role(session, ward.staff, phone, "group_leader")
    staff_accounts.set_role(session, ward.staff, phone, "ambassador")
    session.commit()
    actor = load_actor(session, ward.ambassador1.user_id)
    assert actor is not None and not actor.may_open_classes


def test_staff_accounts(session, ward):
    page = staff_accounts.staff_accounts(session, ward.staff)
    assert page.total == 5 and page.pages == 1  # residents are not staff
    assert [u.role for u in page.accounts] == [
        "admin", "ward_staff", "ambassador", "group_leader", "group_leader",
    ]
    assert page.accounts[3].group_codes == ("TDP01",)
    second = staff_accounts.staff_accounts(session, ward.staff, page=2, page_size=2)
    assert [u.phone for u in second.accounts] == [ward.phones["ambassador1"], ward.phones["leader1"]]
    assert (second.total, second.page, second.pages) == (5, 2, 3)
    assert staff_accounts.staff_accounts(session, ward.staff, page=9).accounts == ()
    for bad in ({"page": 0}, {"page_size": 0}, {"page_size": 201}, {"page": "1"}):
        with pytest.raises(ValidationError):
            staff_accounts.staff_accounts(session, ward.staff, **bad)


def test_history_names_and_limit(session, ward):
    for i in range(3):
        ward_admin.set_target(session, ward.staff, "adult_epayment", 50 + i)
    session.commit()
    history = ward_admin.change_history(session, ward.staff)
    assert [h.new_value for h in history] == ["0.52", "0.51", "0.5"]
    assert all(isinstance(h.at, datetime) and h.at.tzinfo == UTC for h in history)
    ward_admin.set_target(session, SYSTEM, "adult_epayment", 40)  # the shell: no account
    session.commit()
    assert ward_admin.change_history(session, ward.staff, limit=1)[0].user_name is None
    with pytest.raises(ValidationError):
        ward_admin.change_history(session, ward.staff, limit=0)
