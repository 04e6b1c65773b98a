"""A believable synthetic Khương Đình ward (or a city of Hanoi wards, ``wards``) for
demos and load tests.

``generate_demo`` fills an empty database in one transaction, from one seed (the
same seed gives the same ward; each other ward of a city draws from its own stream
derived from it):

- ``names``: Vietnamese names by generation, streets and addresses, the city's wards;
- ``ward``: groups, households and their people (ages, occupations, skills);
- ``accounts``: one demo account per role in each ward, with the demo password;
- ``help``: the last weeks of the Digital Ambassadors' help requests;
- ``visits``: contact phones for most households, the last weeks' visits at the door;
- ``classes``: a term of digital-skills classes (sign-ups, attendance, completions);
- ``history``: weekly indicator snapshots rising to today's values.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta

import sqlalchemy as sa
from sqlmodel import Session, SQLModel, col

from digital_family.access.accounts import hash_password
from digital_family.base import clock
from digital_family.base.db import core_rows
from digital_family.base.models import Household
from digital_family.base.settings import get_settings
from digital_family.base.wards import add_ward, find_ward
from digital_family.demo.accounts import (
    DEMO_ACCOUNTS,
    DEMO_PASSWORD,
    DemoAccount,
    create_accounts,
    create_city_account,
    existing_demo_accounts,
    staff_names,
)
from digital_family.demo.classes import write_classes
from digital_family.demo.help import HELP_WEEKS, write_help_requests
from digital_family.demo.history import DEMO_WEEKS, write_history
from digital_family.demo.names import STREETS, WARDS
from digital_family.demo.visits import contact_phones, write_visits
from digital_family.demo.ward import (
    DemoError,
    Ward,
    group_codes,
    group_sizes,
    insert_groups,
    insert_households,
    insert_members,
)
from digital_family.households import consent, member_writes

__all__ = [
    "DEMO_ACCOUNTS", "DEMO_PASSWORD", "DEMO_WEEKS", "HELP_WEEKS", "MAX_WARDS", "DemoAccount",
    "DemoError", "DemoSummary", "clear_database", "demo_wards", "existing_demo_accounts",
    "generate_demo", "group_codes", "group_sizes", "has_households",
]

MAX_WARDS = len(WARDS)  # the configured ward and the other Hanoi wards of names.WARDS


@dataclass(frozen=True)
class DemoSummary:
    groups: int
    households: int
    members: int
    accounts: tuple[DemoAccount, ...]
    seed: int
    reference_year: int
    snapshots: int = 0  # indicator snapshot rows: weekly history back-filled, then today
    help_requests: int = 0  # help requests over the last HELP_WEEKS weeks
    visits: int = 0  # visits at the door over the last visits.VISIT_WEEKS weeks
    classes: int = 0  # the term's digital-skills classes (demo.classes.TERM)
    wards: tuple[str, ...] = ()  # the wards' codes, the configured ward first


def has_households(session: Session) -> bool:
    """Whether the database already holds any household."""
    return core_rows(session, sa.select(col(Household.id)).limit(1)).first() is not None


def clear_database(session: Session) -> None:
    """Delete every row of every application table (the schema version stays)."""
    for table in reversed(SQLModel.metadata.sorted_tables):
        session.exec(table.delete())


def demo_wards(count: int) -> list[tuple[str, str, tuple[str, ...]]]:
    """The code, name and streets of a demo city's ``count`` wards: the configured ward
    (WARD_CODE, WARD_NAME) first, then Hanoi's wards of ``names.WARDS`` in their order."""
    settings = get_settings()
    first = next((w for w in WARDS if w[0] == settings.ward_code), None)
    others = [w for w in WARDS if w[0] != settings.ward_code]
    if not 1 <= count <= len(others) + 1:
        raise DemoError(f"Số phường mẫu phải từ 1 đến {len(others) + 1}.")
    return [(settings.ward_code, settings.ward_name, first[2] if first else STREETS),
            *others[:count - 1]]


def generate_demo(
    session: Session,
    *,
    households: int,
    seed: int = 1,
    reset: bool = False,
    now: datetime | None = None,
    password: str = DEMO_PASSWORD,
    wards: int = 1,
) -> DemoSummary:
    """Fill the database with a synthetic city of ``wards`` wards of ``households``
    households each: one demo account per role in each ward (the first ward's are the
    documented ones), a term of classes, help requests, visits and ``DEMO_WEEKS``
    weeks of indicator history rising to today's values.

    Refuses (DemoError) when the database already has households, unless
    ``reset`` is true, which deletes everything first. Writes in the caller's
    transaction.
    """
    if households < 1:
        raise ValueError("Số hộ phải từ 1 trở lên.")
    plan = demo_wards(wards)
    if has_households(session) and not reset:
        raise DemoError(
            "Cơ sở dữ liệu đã có hộ gia đình. Dùng --reset để xoá toàn bộ dữ liệu và tạo lại."
        )
    if reset:
        clear_database(session)
    now = clock.utc(now)
    # One hash for every ward's accounts: they share the password, argon2 is slow on purpose.
    password_hash = hash_password(password)
    built = [
        _generate_ward(session, index, code, name, streets, households=households,
                       seed=seed if index == 0 else f"{seed}/{code}", now=now,
                       password=password, password_hash=password_hash)
        for index, (code, name, streets) in enumerate(plan)
    ]
    official = create_city_account(session, password_hash=password_hash)
    return DemoSummary(
        groups=sum(b.groups for b in built),
        households=sum(b.households for b in built),
        members=sum(b.members for b in built),
        accounts=(*(a for b in built for a in b.accounts), official),
        seed=seed,
        reference_year=built[0].reference_year,
        snapshots=sum(b.snapshots for b in built),
        help_requests=sum(b.help_requests for b in built),
        visits=sum(b.visits for b in built),
        classes=sum(b.classes for b in built),
        wards=tuple(code for code, _, _ in plan),
    )


def _generate_ward(session: Session, ward_index: int, code: str, name: str,
                   streets: tuple[str, ...], *, households: int, seed: int | str,
                   now: datetime, password: str, password_hash: str) -> DemoSummary:
    """One ward of the demo city, the ``ward_index``-th, from its own ``seed``."""
    year = clock.vietnam_year(now)
    found = find_ward(session, code)
    ward_id = found.id if found else add_ward(session, code, name)
    ward = Ward(seed, year, ward_id, streets)
    groups = insert_groups(session, ward, households, now)
    # The ward's register was entered when the demo's history starts.
    entered = now - timedelta(weeks=DEMO_WEEKS)
    household_rows, household_ids = insert_households(
        session, ward, groups, now=now, entered=entered,
        phones=contact_phones(sum(groups[2]), seed=seed))
    members, heads = insert_members(session, ward, household_ids, now=now, entered=entered)
    group_rows, group_ids, _sizes = groups
    demo_accounts = create_accounts(
        session,
        ward_id=ward_id,
        password=password,
        group_codes=[g["code"] for g in group_rows],
        first_household=household_rows[0]["code"],
        first_head=heads[household_ids[0]],
        ward_index=ward_index,
        ward_code=code,
        names=staff_names(seed, year, name) if ward_index else None,
        password_hash=password_hash,
    )
    session.flush()
    # every demo household has consented: the first (the demo resident's) itself,
    # the others aloud to their leader when the register was drawn up
    consent.record_register_consent(
        session, None, heads, family_ticked=frozenset({household_ids[0]}),
        at=now - timedelta(days=30),
    )
    visit_count = write_visits(session, now=now, seed=seed, ward_id=ward_id,
                               ward_index=ward_index)
    help_count = write_help_requests(
        session, now=now, seed=seed, ward_households=len(household_rows), year=year,
        ward_index=ward_index,
    )
    member_writes.bulk_written(session, None, group_ids)
    # through the classes' own write path, on the tallies just built (live roll-ups)
    class_count = write_classes(session, ward_id, now=now, seed=seed,
                                skip_household=household_ids[0], ward_index=ward_index)
    history = write_history(session, ward_id, now=now, seed=seed)
    return DemoSummary(
        groups=len(group_rows),
        households=len(household_rows),
        members=members,
        accounts=tuple(demo_accounts),
        seed=0,
        reference_year=year,
        snapshots=history,
        help_requests=help_count,
        visits=visit_count,
        classes=class_count,
        wards=(code,),
    )
