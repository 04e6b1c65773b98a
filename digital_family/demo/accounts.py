"""The demo accounts: one per role in each ward of the demo city, all with the demo
password. The first ward's are the documented ones (README); the n-th other ward's have
the same roles with phones 0900{n:02d}… (``demo_phone``: a phone is the whole city's)."""

from __future__ import annotations

from dataclasses import dataclass

import sqlalchemy as sa
from sqlmodel import Session, col, select

from digital_family.access import accounts
from digital_family.access.accounts import list_users
from digital_family.base.db import core_rows
from digital_family.base.models import Household, ResidentialGroup, UserAccount, UserGroup, id_of
from digital_family.base.permissions import SYSTEM
from digital_family.base.wards import all_wards, in_ward
from digital_family.demo.names import WARDS
from digital_family.demo.ward import DemoError, Ward

DEMO_PASSWORD = "demo12345"


@dataclass(frozen=True)
class DemoAccount:
    role: str
    phone: str
    password: str
    full_name: str
    scope: str  # the groups or household the account serves ("" for the whole ward)
    ward: str = ""  # the ward's code



# The demo accounts: role, phone and name (the resident is the first household's head).
DEMO_ACCOUNTS = (
    ("admin", "0900000001", "Quản trị hệ thống"),
    ("ward_staff", "0900000002", "Nguyễn Thị Thu Hà"),
    ("group_leader", "0900000003", "Trần Văn Hùng"),
    ("ambassador", "0900000004", "Lê Minh Anh"),
    ("resident", "0900000005", None),
    ("ambassador", "0900000006", "Phạm Thu Trang"),
)
# The city's official (in no ward): the city's page, /thanh-pho, every ward's numbers.
CITY_ACCOUNT = ("city_staff", "0900000007", "Đỗ Thị Thanh Bình")
# The ambassadors ward staff allow to open classes (for their groups): the first one.
OPENS_CLASSES = frozenset({"0900000004"})


def demo_phone(ward_index: int, phone: str) -> str:
    """The phone of the demo account ``phone`` (a DEMO_ACCOUNTS phone) in the demo city's
    ``ward_index``-th ward (0: the first ward, the phone itself; 1: 0900010001 …)."""
    return phone[:3] + f"{ward_index:03d}" + phone[6:]


def staff_names(seed: int | str, year: int, ward_name: str) -> dict[str, str]:
    """Names for another ward's demo accounts (by DEMO_ACCOUNTS phone; the resident is the
    first household's head), drawn from their own stream of ``seed``."""
    people = Ward(f"demo-accounts-{seed}", year, 0)
    return {
        "0900000001": f"Quản trị {ward_name}",
        "0900000002": people.name("female", year - people.age(28, 50)),
        "0900000003": people.name("male", year - people.age(45, 68)),
        "0900000004": people.name("male", year - people.age(20, 30)),
        "0900000006": people.name("female", year - people.age(20, 30)),
    }


def existing_demo_accounts(session: Session) -> tuple[DemoAccount, ...]:
    """The demo accounts present in the database, ward by ward (their password may have
    been changed)."""
    wanted = {demo_phone(index, phone): role for index in range(len(WARDS) + 1)
              for role, phone, _ in DEMO_ACCOUNTS}
    found: list[DemoAccount] = []
    for ward in sorted(all_wards(session), key=lambda w: w.id):
        found += [
            DemoAccount(
                user.role,
                user.phone,
                DEMO_PASSWORD,
                user.full_name,
                user.household_code or ", ".join(user.group_codes),
                ward.code,
            )
            for user in sorted(list_users(session, in_ward(SYSTEM, ward.id)),
                               key=lambda u: u.phone)
            if wanted.get(user.phone) == user.role
        ]
    role, phone, _ = CITY_ACCOUNT
    official = session.exec(select(UserAccount).where(col(UserAccount.phone) == phone,
                                                      col(UserAccount.role) == role)).first()
    if official is not None:
        found.append(DemoAccount(role, phone, DEMO_PASSWORD, official.full_name, "", ""))
    return tuple(found)


def create_city_account(session: Session, *, password_hash: str) -> DemoAccount:
    """The demo city's official (``CITY_ACCOUNT``, in no ward); DemoError when its
    phone is taken."""
    role, phone, name = CITY_ACCOUNT
    if session.exec(select(col(UserAccount.id)).where(col(UserAccount.phone) == phone)).first():
        raise DemoError(f"Số điện thoại tài khoản demo đã được dùng: {phone}. Dùng --reset để "
                        "xoá toàn bộ dữ liệu và tạo lại.")
    session.add(UserAccount(phone=phone, full_name=name, role=role, password_hash=password_hash,
                            ward_id=None))
    session.flush()
    return DemoAccount(role, phone, DEMO_PASSWORD, name, "", "")


def create_accounts(session: Session, *, ward_id: int, password: str, group_codes: list[str],
                    first_household: str, first_head: str, ward_index: int = 0,
                    ward_code: str = "", names: dict[str, str] | None = None,
                    password_hash: str | None = None) -> list[DemoAccount]:
    """The demo accounts of a ward (the ``ward_index``-th of the city: ``demo_phone``),
    named as DEMO_ACCOUNTS or by ``names`` (by DEMO_ACCOUNTS phone); DemoError when one
    of their phones is taken. ``password_hash``: ``password``'s, when already hashed."""
    # By phone: the leader serves TDP01 and TDP02, the first ambassador TDP01, the
    # second TDP02 (TDP01 too when the ward has a single group).
    scopes: dict[str, tuple[tuple[str, ...], str | None]] = {
        "0900000003": (tuple(group_codes[:2]), None),
        "0900000004": (tuple(group_codes[:1]), None),
        "0900000005": ((), first_household),
        "0900000006": (tuple(group_codes[1:2] or group_codes[:1]), None),
    }
    names = names or {}
    plan = [
        (role, demo_phone(ward_index, phone), names.get(phone) or name or first_head,
         *scopes.get(phone, ((), None)), phone in OPENS_CLASSES)
        for role, phone, name in DEMO_ACCOUNTS
    ]
    taken = set(
        session.exec(
            select(col(UserAccount.phone)).where(
                col(UserAccount.phone).in_([p[1] for p in plan])
            )
        )
    )
    if taken:
        raise DemoError(
            "Số điện thoại tài khoản demo đã được dùng: " + ", ".join(sorted(taken))
            + ". Dùng --reset để xoá toàn bộ dữ liệu và tạo lại."
        )
    # One hash for all: the accounts share the demo password, and argon2 is slow on purpose.
    password_hash = password_hash or accounts.hash_password(password)
    groups_by_code = dict(
        core_rows(
            session,
            sa.select(col(ResidentialGroup.code), col(ResidentialGroup.id)).where(
                col(ResidentialGroup.ward_id) == ward_id,
                col(ResidentialGroup.code).in_(group_codes[:2]),
            )
        ).all()
    )
    household_id = core_rows(
        session,
        sa.select(col(Household.id)).where(col(Household.ward_id) == ward_id,
                                           col(Household.code) == first_household)
    ).scalar_one()
    created: list[DemoAccount] = []
    for role, phone, name, groups, household, opens_classes in plan:
        user = UserAccount(
            ward_id=ward_id,
            phone=phone,
            full_name=name,
            role=role,
            password_hash=password_hash,
            household_id=household_id if household else None,
            may_open_classes=opens_classes,
        )
        session.add(user)
        session.flush()
        for code in groups:
            session.add(UserGroup(user_id=id_of(user), group_id=groups_by_code[code]))
        created.append(DemoAccount(role, phone, password, name,
                                   ", ".join(groups) or (household or ""), ward_code))
    return created

