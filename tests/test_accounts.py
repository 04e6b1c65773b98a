"""Accounts: argon2 hashes, creating and resetting accounts, and sign-in checks."""

import pytest
import sqlalchemy as sa
from passlib.context import CryptContext

from digital_family.access import accounts
from digital_family.base.models import Household, ResidentialGroup, UserAccount, UserGroup
from digital_family.base.permissions import SYSTEM
from digital_family.base.validation import ValidationError
from tests.ward import a_ward

# Real argon2, with parameters cheap enough for tests.
FAST_CONTEXT = CryptContext(
    schemes=["argon2"], deprecated="auto", argon2__memory_cost=1024, argon2__rounds=1, argon2__parallelism=1
)


pytestmark = pytest.mark.usefixtures("fast_hashing")


@pytest.fixture()
def ward(session):
    """Two groups and a household in the first."""
    g1 = ResidentialGroup(ward_id=a_ward(session), code="TDP01", name="Tổ dân phố số 1")
    g2 = ResidentialGroup(ward_id=a_ward(session), code="TDP02", name="Tổ dân phố số 2")
    session.add_all([g1, g2])
    session.flush()
    session.add(Household(ward_id=a_ward(session), code="TDP01-0001", group_id=g1.id, address="Ngõ 1 Khương Đình"))
    session.commit()
    return session


def test_production_context_is_argon2(monkeypatch):
    monkeypatch.undo()
    assert accounts.pwd_context.schemes() == ("argon2",)
    digest = accounts.hash_password("mật khẩu dài")
    assert digest.startswith("$argon2")
    assert accounts.verify_password("mật khẩu dài", digest)
    assert not accounts.verify_password("mật khẩu khác", digest)


def test_hash_and_verify():
    digest = accounts.hash_password("abcdefgh")
    assert digest != "abcdefgh" and digest.startswith("$argon2")
    assert accounts.verify_password("abcdefgh", digest)
    assert not accounts.verify_password("abcdefgH", digest)
    assert not accounts.verify_password("abcdefgh", "not a hash")
    assert not accounts.verify_password("abcdefgh", "")


def test_validate_password():
    assert accounts.validate_password("12345678") == "12345678"
    assert accounts.validate_password(" có dấu cách ") == " có dấu cách "
    for bad in ("1234567", "", None, " " * 10, "x" * 129):
        with pytest.raises(ValidationError) as info:
            accounts.validate_password(bad)
        assert info.value.field == "password"
    with pytest.raises(ValidationError) as info:
        accounts.validate_password("short")
    assert info.value.message == "Mật khẩu phải có ít nhất 8 ký tự."


def test_create_staff_accounts(ward):
    admin = accounts.create_user(ward, SYSTEM, phone="+84 900 000 001", password="admin1234", role="admin", full_name="Quản Trị")
    ward.commit()
    assert admin.id and admin.phone == "0900000001" and admin.role == "admin"
    assert admin.password_hash.startswith("$argon2")
    assert accounts.verify_password("admin1234", admin.password_hash)


def test_create_resident_needs_an_existing_household(ward):
    with pytest.raises(ValidationError) as info:
        accounts.create_user(ward, SYSTEM, phone="0912345678", password="12345678", role="resident")
    assert info.value.field == "household_code"
    with pytest.raises(ValidationError, match="Không có hộ gia đình mã TDP01-9999"):
        accounts.create_user(
            ward, SYSTEM, phone="0912345678", password="12345678", role="resident", household_code="tdp01-9999"
        )
    user = accounts.create_user(
        ward, SYSTEM, phone="0912345678", password="12345678", role="resident", household_code="tdp01-0001"
    )
    household = ward.execute(sa.select(Household).where(Household.code == "TDP01-0001")).scalar_one()
    assert user.household_id == household.id
    # One account per household.
    with pytest.raises(ValidationError, match="đã có tài khoản"):
        accounts.create_user(
            ward, SYSTEM, phone="0912345679", password="12345678", role="resident", household_code="TDP01-0001"
        )


def test_group_roles_link_groups(ward):
    leader = accounts.create_user(
        ward, SYSTEM, phone="0900000003", password="12345678", role="group_leader", group_codes=["tdp01", "TDP02", "TDP01"]
    )
    ward.commit()
    codes = ward.execute(
        sa.select(ResidentialGroup.code)
        .join(UserGroup, UserGroup.group_id == ResidentialGroup.id)
        .where(UserGroup.user_id == leader.id)
        .order_by(ResidentialGroup.code)
    ).scalars().all()
    assert codes == ["TDP01", "TDP02"]
    with pytest.raises(ValidationError, match="cần ít nhất một tổ dân phố"):
        accounts.create_user(ward, SYSTEM, phone="0900000004", password="12345678", role="ambassador")
    with pytest.raises(ValidationError, match="Không có tổ dân phố mã TDP99"):
        accounts.create_user(ward, SYSTEM, phone="0900000004", password="12345678", role="ambassador", group_codes=["TDP99"])


@pytest.mark.parametrize(
    "kwargs, field",
    [
        ({"role": "admin", "group_codes": ["TDP01"]}, "group_codes"),
        ({"role": "ward_staff", "household_code": "TDP01-0001"}, "household_code"),
        ({"role": "superuser"}, "role"),
        ({"role": "admin", "phone": "12345"}, "phone"),
        ({"role": "admin", "password": "short"}, "password"),
        ({"role": "admin", "full_name": "R2-D2"}, "full_name"),
    ],
)
def test_create_user_rejects(ward, kwargs, field):
    arguments = {"phone": "0900000009", "password": "12345678", **kwargs}
    with pytest.raises(ValidationError) as info:
        accounts.create_user(ward, SYSTEM, **arguments)
    assert info.value.field == field
    assert ward.execute(sa.select(sa.func.count()).select_from(UserAccount)).scalar_one() == 0


def test_duplicate_phone_is_a_clear_error(ward):
    accounts.create_user(ward, SYSTEM, phone="0900000001", password="12345678", role="admin")
    with pytest.raises(ValidationError) as info:
        accounts.create_user(ward, SYSTEM, phone="090.000.0001", password="12345678", role="ward_staff")
    assert info.value.field == "phone"
    assert info.value.message == "Số điện thoại 0900000001 đã có tài khoản."


def test_reset_password(ward):
    accounts.create_user(ward, SYSTEM, phone="0900000001", password="old-password", role="admin")
    ward.commit()
    accounts.reset_password(ward, SYSTEM, phone="+84900000001", new_password="new-password")
    ward.commit()
    assert accounts.authenticate(ward, "0900000001", "new-password") is not None
    assert accounts.authenticate(ward, "0900000001", "old-password") is None
    with pytest.raises(ValidationError):
        accounts.reset_password(ward, SYSTEM, phone="0900000001", new_password="short")
    with pytest.raises(ValidationError, match="Không có tài khoản"):
        accounts.reset_password(ward, SYSTEM, phone="0999999999", new_password="long enough")


def test_list_users_hides_hashes(ward):
    accounts.create_user(ward, SYSTEM, phone="0900000005", password="12345678", role="resident", household_code="TDP01-0001")
    accounts.create_user(ward, SYSTEM, phone="0900000001", password="12345678", role="admin", full_name="Lê Văn Quản")
    accounts.create_user(ward, SYSTEM, phone="0900000003", password="12345678", role="group_leader", group_codes=["TDP02", "TDP01"])
    users = accounts.list_users(ward, SYSTEM)
    assert [u.role for u in users] == ["admin", "group_leader", "resident"]
    assert users[0].full_name == "Lê Văn Quản" and users[0].role_label == "Quản trị hệ thống"
    assert users[1].group_codes == ("TDP01", "TDP02")
    assert users[2].household_code == "TDP01-0001"
    for user in users:
        assert not hasattr(user, "password_hash")
        assert "argon2" not in repr(user)


def test_authenticate(ward):
    accounts.create_user(ward, SYSTEM, phone="0900000001", password="correct horse", role="admin")
    ward.commit()
    user = accounts.authenticate(ward, "+84 900 000 001", "correct horse")
    assert user is not None and user.phone == "0900000001"
    assert accounts.authenticate(ward, "0900000001", "wrong horse") is None
    assert accounts.authenticate(ward, "0900000002", "correct horse") is None
    assert accounts.authenticate(ward, "not a phone", "correct horse") is None
    assert accounts.authenticate(ward, "0900000001", None) is None
    user.is_active = False
    ward.commit()
    assert accounts.authenticate(ward, "0900000001", "correct horse") is None


def test_authenticate_verifies_a_hash_even_for_unknown_phones(ward, monkeypatch):
    accounts.create_user(ward, SYSTEM, phone="0900000001", password="correct horse", role="admin")
    ward.commit()
    calls = []
    real_verify = accounts.verify_password
    monkeypatch.setattr(accounts, "verify_password", lambda p, h: calls.append(h) or real_verify(p, h))
    accounts.authenticate(ward, "0900000009", "whatever1")
    accounts.authenticate(ward, "garbage", "whatever1")
    accounts.authenticate(ward, "0900000001", "whatever1")
    assert len(calls) == 3
    assert all(h.startswith("$argon2") for h in calls)
