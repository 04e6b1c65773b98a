"""The demo accounts: one per role, all with the demo password."""

from __future__ import annotations

from dataclasses import dataclass

import sqlalchemy as sa
from sqlmodel import Session, col, select

from digital_family.access import accounts
from digital_family.access.accounts import list_users
from digital_family.base.db import core_rows
from digital_family.base.models import Household, ResidentialGroup, UserAccount, UserGroup, id_of
from digital_family.base.permissions import SYSTEM
from digital_family.demo.ward import DemoError

DEMO_PASSWORD = "demo12345"


@dataclass(frozen=True)
class DemoAccount:
    role: str
    phone: str
    password: str
    full_name: str
    scope: str  # the groups or household the account serves ("" for the whole ward)



# The demo accounts: role, phone and name (the resident is the first household's head).
DEMO_ACCOUNTS = (
    ("admin", "0900000001", "Quản trị hệ thống"),
    ("ward_staff", "0900000002", "Nguyễn Thị Thu Hà"),
    ("group_leader", "0900000003", "Trần Văn Hùng"),
    ("ambassador", "0900000004", "Lê Minh Anh"),
    ("resident", "0900000005", None),
    ("ambassador", "0900000006", "Phạm Thu Trang"),
)
# The ambassadors ward staff allow to open classes (for their groups): the first one.
OPENS_CLASSES = frozenset({"0900000004"})


def existing_demo_accounts(session: Session) -> tuple[DemoAccount, ...]:
    """The demo accounts present in the database (their password may have been changed)."""
    wanted = {phone: role for role, phone, _ in DEMO_ACCOUNTS}
    return tuple(
        DemoAccount(
            user.role,
            user.phone,
            DEMO_PASSWORD,
            user.full_name,
            user.household_code or ", ".join(user.group_codes),
        )
        for user in sorted(list_users(session, SYSTEM), key=lambda u: u.phone)
        if wanted.get(user.phone) == user.role
    )


def create_accounts(session: Session, *, ward_id: int, password: str, group_codes: list[str],
                    first_household: str, first_head: str) -> list[DemoAccount]:
    """The demo accounts; DemoError when one of their phones is taken."""
    # By phone: the leader serves TDP01 and TDP02, the first ambassador TDP01, the
    # second TDP02 (TDP01 too when the ward has a single group).
    scopes: dict[str, tuple[tuple[str, ...], str | None]] = {
        "0900000003": (tuple(group_codes[:2]), None),
        "0900000004": (tuple(group_codes[:1]), None),
        "0900000005": ((), first_household),
        "0900000006": (tuple(group_codes[1:2] or group_codes[:1]), None),
    }
    plan = [
        (role, phone, name or first_head, *scopes.get(phone, ((), None)))
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
    password_hash = accounts.hash_password(password)
    groups_by_code = dict(
        core_rows(
            session,
            sa.select(col(ResidentialGroup.code), col(ResidentialGroup.id)).where(
                col(ResidentialGroup.code).in_(group_codes[:2])
            )
        ).all()
    )
    household_id = core_rows(
        session,
        sa.select(col(Household.id)).where(col(Household.code) == first_household)
    ).scalar_one()
    created: list[DemoAccount] = []
    for role, phone, name, groups, household in plan:
        user = UserAccount(
            ward_id=ward_id,
            phone=phone,
            full_name=name,
            role=role,
            password_hash=password_hash,
            household_id=household_id if household else None,
            may_open_classes=phone in OPENS_CLASSES,
        )
        session.add(user)
        session.flush()
        for code in groups:
            session.add(UserGroup(user_id=id_of(user), group_id=groups_by_code[code]))
        created.append(
            DemoAccount(role, phone, password, name, ", ".join(groups) or (household or ""))
        )
    return created

