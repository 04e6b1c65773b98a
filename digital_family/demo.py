"""A believable synthetic Khương Đình ward for demos and load tests.

Households of 1–7 people (single, couples, parents with children, three
generations) with Vietnamese names, the age structure of an urban Hanoi ward,
occupations that fit each age, and digital-skill figures near the ward's real
situation, so some SPEC §3 targets are met and some are not. Everything comes
from one ``random.Random(seed)``: the same seed gives the same ward.
"""

from __future__ import annotations

import math
import random
from dataclasses import dataclass
from datetime import datetime, timedelta

import sqlalchemy as sa
from sqlmodel import Session, SQLModel

from digital_family import accounts, clock, consent, member_writes, snapshots
from digital_family.codes import SKILLS
from digital_family.models import (
    SKILL_COLUMNS,
    Household,
    Member,
    ResidentialGroup,
    UserAccount,
    UserGroup,
)

DEMO_PASSWORD = "demo12345"
MIN_GROUP_SIZE, MAX_GROUP_SIZE, TYPICAL_GROUP_SIZE = 150, 400, 270


class DemoError(RuntimeError):
    """The demo cannot run (the database already holds a ward)."""


@dataclass(frozen=True)
class DemoAccount:
    role: str
    phone: str
    password: str
    full_name: str
    scope: str  # the groups or household the account serves ("" for the whole ward)


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


# Names

def _weighted(pairs):
    names, weights = zip(*pairs)
    cumulative, total = [], 0.0
    for w in weights:
        total += w
        cumulative.append(total)
    return names, cumulative


FAMILY_NAMES = _weighted(
    [
        ("Nguyễn", 36), ("Trần", 10), ("Lê", 9), ("Phạm", 7), ("Hoàng", 5), ("Vũ", 5),
        ("Đặng", 2.5), ("Bùi", 2.5), ("Đỗ", 3), ("Ngô", 2), ("Phan", 2), ("Dương", 1.5),
        ("Đinh", 1.5), ("Đào", 1.5), ("Trịnh", 1.3), ("Lương", 0.8), ("Mai", 0.8), ("Tạ", 0.8),
        ("Chu", 0.7), ("Cao", 0.7), ("Lại", 0.6), ("Kiều", 0.5), ("Khuất", 0.5), ("Nghiêm", 0.4),
        ("Phùng", 0.6), ("Lưu", 0.6), ("Hà", 0.8), ("Tô", 0.5), ("Quách", 0.3), ("Doãn", 0.3),
        ("Văn", 0.3), ("Hồ", 0.7), ("Lý", 0.4), ("Triệu", 0.4), ("Thái", 0.3), ("Tống", 0.3),
    ]
)

# Middle names: older generations mostly Văn/Thị.
MIDDLE_OLD = {
    "male": (("Văn", 60), ("Đức", 10), ("Hữu", 8), ("Quang", 6), ("Đình", 6), ("Xuân", 5), ("Ngọc", 5)),
    "female": (("Thị", 80), ("Thu", 5), ("Ngọc", 4), ("Kim", 4), ("Thanh", 4), ("Bích", 3)),
}
MIDDLE_MID = {
    "male": (
        ("Văn", 30), ("Đức", 12), ("Minh", 12), ("Quang", 9), ("Hữu", 7), ("Thanh", 7),
        ("Công", 6), ("Tuấn", 5), ("Xuân", 5), ("Trọng", 4), ("Đình", 3),
    ),
    "female": (
        ("Thị", 50), ("Thu", 9), ("Minh", 6), ("Ngọc", 7), ("Thanh", 7), ("Phương", 5),
        ("Hồng", 5), ("Thuỳ", 4), ("Kim", 3), ("Bích", 2), ("Mai", 2),
    ),
}
MIDDLE_YOUNG = {
    "male": (
        ("Minh", 18), ("Đức", 12), ("Gia", 10), ("Hoàng", 8), ("Quang", 8), ("Văn", 8),
        ("Anh", 6), ("Bảo", 6), ("Đăng", 6), ("Tuấn", 5), ("Hải", 5), ("Nhật", 4), ("Trung", 4),
    ),
    "female": (
        ("Ngọc", 14), ("Minh", 10), ("Khánh", 9), ("Thu", 8), ("Phương", 8), ("Thị", 8),
        ("Bảo", 7), ("Thảo", 6), ("Hà", 6), ("Diệu", 5), ("Quỳnh", 5), ("Tuệ", 5), ("Mai", 5),
    ),
}
GIVEN_OLD = {
    "male": (
        "Hùng", "Dũng", "Cường", "Thắng", "Lợi", "Bình", "Minh", "Sơn", "Hải", "Thành",
        "Chiến", "Toàn", "Phúc", "Lộc", "Thọ", "Quý", "Tiến", "Khang", "Nghĩa", "Đạt",
    ),
    "female": (
        "Lan", "Hoa", "Hồng", "Cúc", "Nga", "Nhàn", "Thơm", "Xuân", "Tuyết", "Liên",
        "Hạnh", "Hương", "Loan", "Oanh", "Dung", "Thủy", "Yến", "Vân", "Mận", "Lụa",
    ),
}
GIVEN_MID = {
    "male": (
        "Tuấn", "Hùng", "Dũng", "Nam", "Long", "Hải", "Sơn", "Trung", "Quân", "Hiếu",
        "Đức", "Phong", "Tùng", "Khánh", "Huy", "Thành", "Việt", "Hưng", "Cường", "Thắng",
        "Anh", "Bình", "Linh", "Toàn", "Kiên",
    ),
    "female": (
        "Hương", "Hằng", "Hà", "Linh", "Trang", "Mai", "Thảo", "Ngọc", "Nhung", "Thủy",
        "Yến", "Huyền", "Phương", "Vân", "Lan", "Hạnh", "Dung", "Nga", "Hiền", "Giang",
        "Anh", "Thu", "Hoa", "Loan", "Quỳnh",
    ),
}
GIVEN_YOUNG = {
    "male": (
        "Khôi", "Bảo", "Nam", "Minh", "Huy", "Khoa", "Phúc", "An", "Long", "Quân",
        "Đức", "Hiếu", "Lâm", "Duy", "Khang", "Kiên", "Tùng", "Vinh", "Thịnh", "Phong",
        "Sơn", "Đạt", "Dũng", "Tuấn", "Nhật",
    ),
    "female": (
        "Linh", "Anh", "Vy", "Nhi", "Chi", "My", "Trâm", "Thư", "Hân", "Ngân",
        "An", "Ngọc", "Trang", "Hà", "Mai", "Phương", "Thảo", "Giang", "Quỳnh", "Diệp",
        "Khuê", "Uyên", "Hương", "Huyền", "Yến",
    ),
}
for _table in (MIDDLE_OLD, MIDDLE_MID, MIDDLE_YOUNG):
    for _sex in _table:
        _table[_sex] = _weighted(_table[_sex])

# Streets and lanes around Khương Đình, Khương Trung and Hạ Đình.
STREETS = (
    "Khương Đình", "Khương Trung", "Khương Hạ", "Hạ Đình", "Nguyễn Trãi", "Vũ Trọng Phụng",
    "Nguyễn Xiển", "Kim Giang", "Bùi Xương Trạch", "Nguyễn Huy Tưởng", "Quan Nhân",
    "Nguyễn Tuân", "Hoàng Văn Thái", "Khương Mai", "Lê Trọng Tấn", "Triều Khúc",
)


class _Ward:
    """The random choices, all from one seeded generator."""

    def __init__(self, seed: int, year: int):
        self.rng = random.Random(seed)
        self.year = year

    def pick(self, weighted) -> str:
        names, cumulative = weighted
        return self.rng.choices(names, cum_weights=cumulative)[0]

    def name(self, sex: str, birth_year: int, family: str | None = None) -> str:
        rng = self.rng
        family = family or self.pick(FAMILY_NAMES)
        if birth_year < 1965:
            middle, given = MIDDLE_OLD[sex], GIVEN_OLD[sex]
        elif birth_year < 1995:
            middle, given = MIDDLE_MID[sex], GIVEN_MID[sex]
        else:
            middle, given = MIDDLE_YOUNG[sex], GIVEN_YOUNG[sex]
        middle_name, given_name = self.pick(middle), rng.choice(given)
        while given_name == middle_name:
            given_name = rng.choice(given)
        return f"{family} {middle_name} {given_name}"

    def age(self, low: int, high: int, mode: float | None = None) -> int:
        return int(round(self.rng.triangular(low, high, mode if mode is not None else (low + high) / 2)))

    # Households

    def household(self) -> list[dict]:
        """One household's people: dicts with sex, age, family name and name."""
        rng = self.rng
        kind = rng.random()
        if kind < 0.12:
            return self._single()
        if kind < 0.25:
            return self._couple(rng.random() < 0.35)
        if kind < 0.71:
            return self._family(grandparents=0)
        if kind < 0.97:
            return self._family(grandparents=1 if rng.random() < 0.5 else 2)
        return self._siblings()

    def _person(self, sex, age, family=None, role="other"):
        birth_year = self.year - age
        family = family or self.pick(FAMILY_NAMES)
        return {
            "sex": sex,
            "age": age,
            "family": family,
            "full_name": self.name(sex, birth_year, family),
            "role": role,
        }

    def _single(self):
        rng = self.rng
        if rng.random() < 0.55:
            age, sex = self.age(20, 40, 27), rng.choice(("male", "female"))
        else:
            age, sex = self.age(58, 95, 68), "female" if rng.random() < 0.7 else "male"
        return [self._person(sex, age, role="head")]

    def _couple(self, elderly: bool):
        rng = self.rng
        husband_age = self.age(56, 88, 63) if elderly else self.age(23, 40, 29)
        wife_age = max(18, husband_age - rng.randint(-2, 6))
        husband = self._person("male", husband_age, role="head")
        return [husband, self._person("female", wife_age, role="spouse")]

    def _children(self, family, mother_age, count):
        """Up to ``count`` children; grown-up ones past 32 have moved out."""
        rng = self.rng
        kids, age = [], mother_age - rng.randint(22, 32)
        for _ in range(count):
            if age < 0:
                break
            if age <= 32:
                kids.append(self._person(rng.choice(("male", "female")), age, family, role="child"))
            age -= rng.randint(2, 7)
        return kids

    def _family(self, grandparents: int):
        rng = self.rng
        if grandparents:
            father_age = self.age(27, 50, 35)
        else:
            father_age = self.age(26, 66, 50)
        mother_age = max(20, father_age - rng.randint(-2, 6))
        father = self._person("male", father_age, role="head")
        family = father["family"]
        people = []
        single_parent = rng.random() < 0.08
        if single_parent:
            mother = self._person("female", mother_age, role="head")
            family = mother["family"] if rng.random() < 0.5 else family
            people.append(mother)
        else:
            people += [father, self._person("female", mother_age, role="spouse")]
        count = rng.choices((1, 2, 3), weights=(28, 52, 20))[0]
        kids = self._children(family, mother_age, count)
        if not kids:
            age = rng.randint(0, max(0, min(10, mother_age - 20)))
            kids = [self._person(rng.choice(("male", "female")), age, family, role="child")]
        people += kids
        if grandparents:
            # The father's parents mostly (they share his family name), else the mother's.
            paternal = rng.random() < 0.75
            elder_family = family if paternal else self.pick(FAMILY_NAMES)
            base = (father_age if paternal else mother_age) + rng.randint(24, 32)
            elders = []
            if grandparents == 2:
                grandpa_age = min(base + rng.randint(0, 4), 98)
                elders.append(self._person("male", grandpa_age, elder_family, role="head"))
                elders.append(self._person("female", min(base, 98), role="elder"))
            else:
                grandma = rng.random() < 0.72
                sex = "female" if grandma else "male"
                elders.append(
                    self._person(sex, min(base, 98), None if grandma else elder_family, role="head")
                )
            for person in people:
                if person["role"] == "head":
                    person["role"] = "child_adult"
            people = elders + people
        return people[:7]

    def _siblings(self):
        rng = self.rng
        family = self.pick(FAMILY_NAMES)
        ages = sorted((self.age(18, 45, 24) for _ in range(rng.randint(2, 4))), reverse=True)
        return [
            self._person(rng.choice(("male", "female")), age, family, role="head" if i == 0 else "other")
            for i, age in enumerate(ages)
        ]

    # Statuses

    def occupation(self, age: int, sex: str) -> str:
        rng = self.rng
        if age < 6:
            return "other"
        if age < 18:
            return "student"
        if age < 23:
            return rng.choices(
                ("student", "enterprise_worker", "small_trader", "public_sector", "other"),
                weights=(68, 18, 3, 1, 10),
            )[0]
        retirement_age = 61 if sex == "male" else 57
        if age >= retirement_age:
            if age >= 70:
                return rng.choices(("retired", "small_trader", "other"), weights=(88, 4, 8))[0]
            return rng.choices(
                ("retired", "small_trader", "other", "enterprise_worker"), weights=(74, 10, 11, 5)
            )[0]
        return rng.choices(
            ("enterprise_worker", "public_sector", "small_trader", "other", "student"),
            weights=(45, 16, 15, 22, 6 if age < 26 else 0),
        )[0]

    def statuses(self, person: dict) -> dict:
        """has_smartphone, has_epayment, vneid_level, skills and the 4T flags."""
        rng = self.rng
        age, occupation = person["age"], person["occupation"]
        # Probability of basic digital skills (>= 5 of the 8).
        if occupation == "public_sector":
            p_basic = 0.97
        elif occupation == "student":
            p_basic = 0.95 if age >= 15 else max(0.0, (age - 7) * 0.1)
        elif occupation == "enterprise_worker":
            p_basic = 0.83
        elif occupation == "small_trader":
            p_basic = 0.72 if age < 60 else 0.45
        elif age < 6:
            p_basic = 0.0
        elif age < 60:
            p_basic = 0.86
        elif age < 70:
            p_basic = 0.7
        elif age < 80:
            p_basic = 0.45
        else:
            p_basic = 0.15
        basic = rng.random() < p_basic

        if age < 10:
            p_phone = 0.0
        elif age < 15:
            p_phone = 0.55
        elif age < 60:
            p_phone = 0.6
        elif age < 70:
            p_phone = 0.45
        elif age < 80:
            p_phone = 0.3
        else:
            p_phone = 0.15
        has_smartphone = basic or rng.random() < p_phone

        if age < 15 or not has_smartphone:
            p_pay = 0.0 if age < 15 else 0.08
        elif age < 40:
            p_pay = 0.76
        elif age < 60:
            p_pay = 0.62
        elif age < 70:
            p_pay = 0.4
        else:
            p_pay = 0.2
        has_epayment = rng.random() < p_pay

        if age >= 14:
            p_id = 0.95 if age < 70 else (0.82 if age < 80 else 0.6)
            vneid = (2 if rng.random() < 0.9 else 1) if rng.random() < p_id else 0
        else:
            vneid = 2 if rng.random() < 0.3 else 0

        skills = self._skills(basic, has_smartphone, has_epayment, vneid, age)

        flags = {"trader_ecommerce": False, "trader_cashless": False, "trader_digital_savings": False}
        if occupation == "small_trader":
            lift = 0.12 if basic else -0.2
            flags["trader_cashless"] = rng.random() < 0.58 + lift
            flags["trader_ecommerce"] = rng.random() < 0.42 + lift
            flags["trader_digital_savings"] = rng.random() < 0.47 + lift
        return {
            "has_smartphone": has_smartphone,
            "has_epayment": has_epayment,
            "vneid_level": vneid,
            "skills": skills,
            **flags,
        }

    def _skills(self, basic, has_smartphone, has_epayment, vneid, age) -> frozenset[str]:
        """Skills learnt roughly in the SKILLS order, consistent with the statuses."""
        rng = self.rng
        if basic:
            count = rng.choices((5, 6, 7, 8), weights=(30, 30, 24, 16))[0]
        elif has_smartphone:
            count = rng.choices((0, 1, 2, 3, 4), weights=(5, 15, 25, 30, 25))[0]
        else:
            count = rng.choices((0, 1), weights=(75, 25))[0]
        banned = set()
        if not has_smartphone:
            banned.add("smartphone_use")
        if not vneid:
            banned.add("vneid_app")
        if not has_epayment and not basic:
            banned.add("cashless_payment")
        if age < 12:
            banned.update(("online_public_services", "ecommerce", "cashless_payment"))
        order = [code for code in SKILLS if code not in banned]
        # Mostly in the learning order, with some skills picked up early.
        for i in range(len(order) - 1, 0, -1):
            if rng.random() < 0.35:
                j = rng.randint(max(0, i - 3), i - 1)
                order[i], order[j] = order[j], order[i]
        return frozenset(order[:count])


def _group_sizes(rng: random.Random, households: int) -> list[int]:
    """Households per group: 150–400 each (one group when there are too few)."""
    if households <= MAX_GROUP_SIZE:
        return [households]
    lowest = math.ceil(households / MAX_GROUP_SIZE)
    highest = max(lowest, households // MIN_GROUP_SIZE)
    count = min(max(round(households / TYPICAL_GROUP_SIZE), lowest), highest)
    base, extra = divmod(households, count)
    sizes = [base + (1 if i < extra else 0) for i in range(count)]
    for _ in range(count * 4):
        a, b = rng.randrange(count), rng.randrange(count)
        room = min(sizes[a] - MIN_GROUP_SIZE, MAX_GROUP_SIZE - sizes[b])
        if a != b and room > 0:
            move = rng.randint(0, min(room, 60))
            sizes[a] -= move
            sizes[b] += move
    return sizes


def group_codes(count: int) -> list[str]:
    """TDP01, TDP02, … (three digits once there are 100 groups or more, so they sort)."""
    width = max(2, len(str(count)))
    return [f"TDP{i:0{width}d}" for i in range(1, count + 1)]


def _address(rng: random.Random, streets: tuple[str, ...]) -> str:
    street = rng.choice(streets)
    lane = rng.randint(1, 250)
    number = rng.randint(1, 120)
    kind = rng.random()
    if kind < 0.15:
        return f"Số {number * 2 + rng.randint(0, 1)} {street}"
    if kind < 0.35:
        return f"Ngách {lane}/{rng.randint(1, 60)} {street}, số {number}"
    return f"Ngõ {lane} {street}, số {number}"


def has_households(session: Session) -> bool:
    """Whether the database already holds any household."""
    return session.execute(sa.select(Household.id).limit(1)).first() is not None


def clear_database(session: Session) -> None:
    """Delete every row of every application table (the schema version stays)."""
    for table in reversed(SQLModel.metadata.sorted_tables):
        session.execute(table.delete())


def generate_demo(
    session: Session,
    *,
    households: int,
    seed: int = 1,
    reset: bool = False,
    now: datetime | None = None,
    password: str = DEMO_PASSWORD,
) -> DemoSummary:
    """Fill the database with a synthetic ward, one demo account per role and
    ``snapshots.DEMO_WEEKS`` weeks of indicator history rising to today's values.

    Refuses (DemoError) when the database already has households, unless
    ``reset`` is true, which deletes everything first. Writes in the caller's
    transaction.
    """
    if households < 1:
        raise ValueError("Số hộ phải từ 1 trở lên.")
    if has_households(session):
        if not reset:
            raise DemoError(
                "Cơ sở dữ liệu đã có hộ gia đình. Dùng --reset để xoá toàn bộ dữ liệu và tạo lại."
            )
    if reset:
        clear_database(session)
    now = clock.utc(now)
    year = clock.vietnam_year(now)
    ward = _Ward(seed, year)
    rng = ward.rng

    # Groups
    sizes = _group_sizes(rng, households)
    group_rows = [
        {"code": code, "name": f"Tổ dân phố số {i}", "created_at": now, "updated_at": now}
        for i, code in enumerate(group_codes(len(sizes)), start=1)
    ]
    group_ids = [
        gid
        for (gid,) in session.execute(
            sa.insert(ResidentialGroup).returning(ResidentialGroup.id, sort_by_parameter_order=True),
            group_rows,
        )
    ]

    # Households
    household_rows = []
    for index, (group_id, size) in enumerate(zip(group_ids, sizes)):
        streets = tuple(rng.sample(STREETS, 2))
        code = group_rows[index]["code"]
        for n in range(1, size + 1):
            roll = rng.random()
            if roll < 0.60:
                confirmed = now - timedelta(days=rng.randint(0, 179), minutes=rng.randint(0, 1439))
            elif roll < 0.70:
                confirmed = now - timedelta(days=rng.randint(181, 540))
            else:
                confirmed = None
            household_rows.append(
                {
                    "code": f"{code}-{n:04d}",
                    "group_id": group_id,
                    "address": _address(rng, streets),
                    "confirmed_at": confirmed,
                    "version": 1,
                    "created_at": now,
                    "updated_at": now,
                }
            )
    # The ward's register was entered when the demo's history starts.
    entered = now - timedelta(weeks=snapshots.DEMO_WEEKS)
    ids_by_code = member_writes.insert_households(session, None, household_rows, via="demo",
                                                  at=entered)
    household_ids = [ids_by_code[row["code"]] for row in household_rows]

    # Members
    member_rows = []
    first_head = None
    heads = {}  # household id → the adult who consented for it
    skill_items = tuple(SKILL_COLUMNS.items())
    for household_id in household_ids:
        people = ward.household()
        learners = rng.random() < 0.76
        candidates = [p for p in people if p["age"] >= 10]
        chosen = set()
        if learners and candidates:
            for person in rng.sample(candidates, min(len(candidates), rng.choice((1, 1, 1, 2)))):
                chosen.add(id(person))
        for person in people:
            person["occupation"] = ward.occupation(person["age"], person["sex"])
            status = ward.statuses(person)
            skills = status.pop("skills")
            learning = "none"
            if id(person) in chosen:
                learning = "completed" if rng.random() < 0.6 else "enrolled"
            row = {
                "household_id": household_id,
                "full_name": person["full_name"],
                "birth_year": year - person["age"],
                "sex": person["sex"],
                "occupation": person["occupation"],
                "learning_status": learning,
                "created_at": now,
                "updated_at": now,
                **status,
            }
            for code, column in skill_items:
                row[column] = code in skills
            member_rows.append(row)
        if first_head is None:
            first_head = people[0]["full_name"]
        heads[household_id] = people[0]["full_name"]
    member_writes.insert_members(session, None, member_rows, via="demo", at=entered)

    demo_accounts = _create_accounts(
        session,
        password=password,
        group_codes=[g["code"] for g in group_rows],
        first_household=household_rows[0]["code"],
        first_head=first_head,
    )
    session.flush()
    # every demo household has consented: the first (the demo resident's) itself,
    # the others aloud to their leader when the register was drawn up
    consent.record_register_consent(session, None, heads, family_ticked={household_ids[0]},
                                    at=now - timedelta(days=30))
    help_count = _write_help_requests(
        session, now=now, seed=seed, ward_households=len(household_rows), year=year
    )
    member_writes.bulk_written(session, None, group_ids)
    history = snapshots.write_demo_history(session, now=now, seed=seed)
    return DemoSummary(
        groups=len(group_rows),
        households=len(household_rows),
        members=len(member_rows),
        accounts=tuple(demo_accounts),
        seed=seed,
        reference_year=year,
        snapshots=history,
        help_requests=help_count,
    )


# The demo accounts: role, phone and name (the resident is the first household's head).
DEMO_ACCOUNTS = (
    ("admin", "0900000001", "Quản trị hệ thống"),
    ("ward_staff", "0900000002", "Nguyễn Thị Thu Hà"),
    ("group_leader", "0900000003", "Trần Văn Hùng"),
    ("ambassador", "0900000004", "Lê Minh Anh"),
    ("resident", "0900000005", None),
    ("ambassador", "0900000006", "Phạm Thu Trang"),
)


def existing_demo_accounts(session: Session) -> tuple[DemoAccount, ...]:
    """The demo accounts present in the database (their password may have been changed)."""
    from digital_family.accounts import list_users
    from digital_family.permissions import SYSTEM

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


def _create_accounts(session, *, password, group_codes, first_household, first_head):
    # By phone: the leader serves TDP01 and TDP02, the first ambassador TDP01, the
    # second TDP02 (TDP01 too when the ward has a single group).
    scopes = {
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
        session.execute(
            sa.select(UserAccount.phone).where(UserAccount.phone.in_([p[1] for p in plan]))
        ).scalars()
    )
    if taken:
        raise DemoError(
            "Số điện thoại tài khoản demo đã được dùng: " + ", ".join(sorted(taken))
            + ". Dùng --reset để xoá toàn bộ dữ liệu và tạo lại."
        )
    # One hash for all: the accounts share the demo password, and argon2 is slow on purpose.
    password_hash = accounts.hash_password(password)
    groups_by_code = dict(
        session.execute(
            sa.select(ResidentialGroup.code, ResidentialGroup.id).where(
                ResidentialGroup.code.in_(group_codes[:2])
            )
        ).all()
    )
    household_id = session.execute(
        sa.select(Household.id).where(Household.code == first_household)
    ).scalar_one()
    created = []
    for role, phone, name, groups, household in plan:
        user = UserAccount(
            phone=phone,
            full_name=name,
            role=role,
            password_hash=password_hash,
            household_id=household_id if household else None,
        )
        session.add(user)
        session.flush()
        for code in groups:
            session.add(UserGroup(user_id=user.id, group_id=groups_by_code[code]))
        created.append(
            DemoAccount(role, phone, password, name, ", ".join(groups) or (household or ""))
        )
    return created


# Help requests

HELP_WEEKS = 10
HELP_HOUSEHOLD_SHARE = 0.03  # of the ward's households ask for help…
HELP_MAX_SHARE = 0.25  # … but at most this share of the households the ambassadors serve
_HOUR = timedelta(hours=1)
_PHONE_PREFIXES = (
    "090", "091", "093", "094", "096", "097", "098", "086", "088", "032", "033", "035",
    "037", "038", "039", "070", "077", "079", "081", "083", "084", "085", "056", "058",
)
_HELP_NOTES = {
    "vneid": ("Bà cần cài VNeID để con ở xa gửi giấy tờ.", "Đã có mức 1, muốn lên mức 2."),
    "public_services": (
        "Cần nộp hồ sơ cấp lại giấy khai sinh trên mạng.",
        "Nhờ hướng dẫn đăng ký tạm trú qua mạng.",
    ),
    "epayment": (
        "Ông không nhớ mật khẩu ứng dụng ngân hàng.",
        "Cần quét mã QR để thanh toán ở chợ.",
        "Nhờ hướng dẫn nộp tiền điện qua ứng dụng.",
    ),
    "smartphone": ("Muốn học gọi video cho cháu.", "Điện thoại mới mua, chưa biết dùng."),
    "online_safety": (
        "Hay nhận tin nhắn lạ báo trúng thưởng, nhờ xem giúp.",
        "Có người gọi xưng công an đòi chuyển tiền.",
    ),
    "selling_online": (
        "Muốn bán hàng qua Zalo và Facebook.",
        "Muốn mở gian hàng trên sàn thương mại điện tử.",
    ),
}
_PREFERRED_TIMES = (
    "Sáng thứ Bảy", "Chiều Chủ nhật", "Sau 17 giờ", "Buổi sáng, trước 10 giờ",
    "Tối các ngày trong tuần", "Giờ nghỉ trưa", "Cuối tuần",
)
_AMBASSADOR_NOTES = (
    "Đã gọi điện, hẹn đến nhà.",
    "Gọi chưa được, sẽ gọi lại.",
    "Đã hướng dẫn lần 1, cần thêm một buổi nữa.",
    "Hộ hẹn dời sang cuối tuần.",
    "Cần mang theo căn cước khi kích hoạt mức 2.",
)
# Topic -> (weight, member fields a visit can raise).
_HELP_TOPICS = {
    "vneid": (25, ("vneid_level", "skill_vneid_app")),
    "public_services": (14, ("skill_online_public_services",)),
    "epayment": (20, ("has_epayment", "skill_cashless_payment")),
    "smartphone": (30, ("has_smartphone", "skill_smartphone_use", "skill_messaging", "skill_info_search")),
    "online_safety": (11, ("skill_online_safety",)),
    "selling_online": (10, ("skill_ecommerce", "trader_ecommerce", "trader_cashless")),
}


def _gaps(member: dict) -> list[str]:
    """The topics the member could still use help with."""
    gaps = []
    for topic, (_, fields) in _HELP_TOPICS.items():
        if topic == "selling_online" and member["occupation"] != "small_trader":
            continue
        if topic == "epayment" and not member["has_smartphone"]:
            continue
        if topic == "vneid" and member["vneid_level"] < 2:
            gaps.append(topic)
        elif any(not member[f] for f in fields if f != "vneid_level"):
            gaps.append(topic)
    return gaps


def _raise_fields(rng: random.Random, member: dict, topic: str) -> dict[str, object]:
    """What a successful visit on ``topic`` reached: some of the topic's missing fields."""
    missing = [
        f for f in _HELP_TOPICS[topic][1]
        if (member[f] < 2 if f == "vneid_level" else not member[f])
    ]
    if not missing:
        return {}
    chosen = [f for f in missing if rng.random() < 0.7] or [rng.choice(missing)]
    return {f: 2 if f == "vneid_level" else True for f in chosen}


def _hours(rng: random.Random, median: float, low: float, high: float) -> timedelta:
    """A right-skewed delay around ``median`` hours, within [low, high]."""
    value = rng.lognormvariate(math.log(median), 0.9)
    return timedelta(hours=min(max(value, low), high))


def _write_help_requests(
    session: Session, *, now: datetime, seed: int, ward_households: int, year: int
) -> int:
    """Help requests of the last HELP_WEEKS weeks in the groups the demo ambassadors
    serve: ~70% resolved (mostly helped, the members' statuses raised and
    HelpRequestChange rows written), some claimed, some open (a few waiting past
    the leader's 48-hour flag), a few cancelled. Returns the number of requests."""
    from digital_family.models import HelpRequest, HelpRequestChange, HelpRequestNote

    rng = random.Random(f"help-requests-{seed}")
    phones = [phone for _, phone, _ in DEMO_ACCOUNTS]
    users = dict(
        session.execute(
            sa.select(UserAccount.phone, UserAccount.id).where(UserAccount.phone.in_(phones))
        ).all()
    )
    ambassadors: dict[int, list[int]] = {}
    for user_id, group_id in session.execute(
        sa.select(UserGroup.user_id, UserGroup.group_id)
        .join(UserAccount, UserAccount.id == UserGroup.user_id)
        .where(UserAccount.role == "ambassador", UserAccount.phone.in_(phones))
        .order_by(UserGroup.user_id)
    ):
        ambassadors.setdefault(group_id, []).append(user_id)
    if not ambassadors:
        return 0
    leader_id = users.get("0900000003")
    resident = session.execute(
        sa.select(UserAccount.id, UserAccount.household_id).where(UserAccount.phone == "0900000005")
    ).first()

    served = session.execute(
        sa.select(Household.id, Household.group_id, Household.phone)
        .where(Household.group_id.in_(sorted(ambassadors)))
        .order_by(Household.id)
    ).all()
    wanted = max(1, round(ward_households * HELP_HOUSEHOLD_SHARE))
    wanted = min(wanted, max(1, int(len(served) * HELP_MAX_SHARE)))
    chosen = rng.sample(served, min(wanted, len(served)))
    household_info = {h[0]: h for h in chosen}

    flag_columns = ("has_smartphone", "has_epayment", "vneid_level", "occupation", "birth_year",
                    *SKILL_COLUMNS.values(), "trader_ecommerce", "trader_cashless",
                    "trader_digital_savings")
    members_by_household: dict[int, list[dict]] = {}
    for row in session.execute(
        sa.select(Member.id, Member.household_id, *(Member.__table__.c[c] for c in flag_columns))
        .where(Member.household_id.in_(sorted(household_info)))
        .order_by(Member.id)
    ):
        member = {"id": row[0], "household_id": row[1], **dict(zip(flag_columns, row[2:]))}
        members_by_household.setdefault(row[1], []).append(member)

    window = timedelta(weeks=HELP_WEEKS)
    plans = []
    active = set()  # (member id, topic) of open or claimed requests
    for household_id in sorted(household_info):
        group_id = household_info[household_id][1]
        people = [m for m in members_by_household.get(household_id, ()) if year - m["birth_year"] >= 15]
        for _ in range(1 if rng.random() < 0.75 else 2):
            candidates = [(m, _gaps(m)) for m in people]
            candidates = [(m, g) for m, g in candidates if g]
            if not candidates:
                break
            weights = [3 if year - m["birth_year"] >= 60 else 1 for m, _ in candidates]
            member, gaps = rng.choices(candidates, weights=weights)[0]
            topic = rng.choices(gaps, weights=[_HELP_TOPICS[t][0] for t in gaps])[0]
            roll = rng.random()
            status = (
                "resolved" if roll < 0.70 else "claimed" if roll < 0.82
                else "open" if roll < 0.94 else "cancelled"
            )
            if status in ("open", "claimed") and (member["id"], topic) in active:
                status = "resolved"
            claimer = rng.choice(ambassadors[group_id])
            claimed_at = resolved_at = None
            if status == "open":
                waited = rng.uniform(49, 240) if rng.random() < 0.25 else rng.uniform(0.5, 40)
                created = now - timedelta(hours=waited)
                claimer = None
            elif status == "claimed":
                created = now - timedelta(hours=rng.uniform(3, 5 * 24))
                claimed_at = min(created + _hours(rng, 8, 0.3, 72), now - 0.2 * _HOUR)
                claimed_at = max(claimed_at, created + 0.1 * _HOUR)
            elif status == "resolved":
                created = now - timedelta(hours=rng.uniform(24, window.total_seconds() / 3600))
                claimed_at = created + _hours(rng, 7, 0.3, 72)
                resolved_at = claimed_at + _hours(rng, 20, 0.5, 7 * 24)
                if resolved_at > now - 0.5 * _HOUR:
                    span = (now - 0.5 * _HOUR - created) / 3
                    claimed_at, resolved_at = created + span, created + 2 * span
            else:
                created = now - timedelta(hours=rng.uniform(1, window.total_seconds() / 3600))
                claimer = None
            if status in ("open", "claimed"):
                active.add((member["id"], topic))
            outcome = None
            if status == "resolved":
                outcome = rng.choices(("helped", "not_helped", "no_answer"), weights=(78, 10, 12))[0]
            created_by = leader_id
            if resident is not None and resident[1] == household_id:
                created_by = resident[0]
            plans.append(
                {
                    "member": member,
                    "household_id": household_id,
                    "group_id": group_id,
                    "topic": topic,
                    "note": rng.choice(_HELP_NOTES[topic]) if rng.random() < 0.35 else None,
                    "preferred_time": rng.choice(_PREFERRED_TIMES) if rng.random() < 0.5 else None,
                    "status": status,
                    "outcome": outcome,
                    "created_by_id": created_by,
                    "created_at": created,
                    "claimed_by_id": claimer,
                    "claimed_at": claimed_at,
                    "resolved_at": resolved_at,
                    "updated_at": resolved_at or claimed_at or created,
                }
            )
    if not plans:
        return 0
    plans.sort(key=lambda p: (p["created_at"], p["member"]["id"]))
    columns = [c for c in plans[0] if c != "member"]
    ids = session.execute(
        sa.insert(HelpRequest).returning(HelpRequest.id, sort_by_parameter_order=True),
        [{"member_id": p["member"]["id"], **{c: p[c] for c in columns}} for p in plans],
    ).scalars().all()

    # Visits that helped raise the member's statuses, in the order they happened.
    changes, notes, raised_by_visits = [], [], []  # the member fields visits changed (history)
    changed_members: dict[int, dict] = {}
    changed_households: dict[int, dict] = {}
    for request_id, plan in sorted(zip(ids, plans), key=lambda x: x[1]["resolved_at"] or now):
        member = plan["member"]
        if plan["claimed_at"] is not None and rng.random() < 0.4:
            notes.append(
                {
                    "request_id": request_id,
                    "author_id": plan["claimed_by_id"],
                    "text": rng.choice(_AMBASSADOR_NOTES),
                    "created_at": plan["claimed_at"] + _hours(rng, 1, 0.1, 4),
                }
            )
        if plan["outcome"] != "helped":
            continue
        raised = _raise_fields(rng, member, plan["topic"])
        if member["occupation"] != "small_trader":
            raised = {f: v for f, v in raised.items() if not f.startswith("trader_")}
        for field, value in raised.items():
            old = member[field]
            changes.append(
                {
                    "request_id": request_id,
                    "member_id": member["id"],
                    "field": field,
                    "old_value": str(int(old)),
                    "new_value": str(int(value)),
                    "at": plan["resolved_at"],
                }
            )
            raised_by_visits.append({"member_id": member["id"], "field": field, "old": old, "new": value,
                           "at": plan["resolved_at"], "user_id": plan["claimed_by_id"],
                           "role": "ambassador"})
            member[field] = value
        if raised:
            changed_members[member["id"]] = {
                "id": member["id"],
                **{c: member[c] for c in ("has_smartphone", "has_epayment", "vneid_level",
                                          *SKILL_COLUMNS.values(), "trader_ecommerce",
                                          "trader_cashless")},
                "updated_by_id": plan["claimed_by_id"],
                "updated_at": plan["resolved_at"],
            }
            entry = changed_households.setdefault(plan["household_id"], {"id": plan["household_id"], "visits": 0})
            entry["visits"] += 1
            entry["updated_by_id"] = plan["claimed_by_id"]
            entry["updated_at"] = plan["resolved_at"]

    member_writes.update_members(session, None, list(changed_members.values()),
                                 raised_by_visits, via="visit")
    if changes:
        session.execute(sa.insert(HelpRequestChange.__table__), changes)
    if notes:
        session.execute(sa.insert(HelpRequestNote.__table__), notes)

    # Households that asked get a contact phone (most of them), and a new version
    # for every visit that changed a member.
    household_rows, phones = [], []
    for household_id, group_id, phone in chosen:
        visits = changed_households.get(household_id)
        if phone is None and rng.random() < 0.9:
            phone = rng.choice(_PHONE_PREFIXES) + f"{rng.randrange(10**7):07d}"
            phones.append({"household_id": household_id, "field": "phone", "old": None,
                           "new": phone})
        household_rows.append(
            {
                "id": household_id,
                "phone": phone,
                "version": 1 + (visits["visits"] if visits else 0),
                "updated_by_id": visits["updated_by_id"] if visits else None,
                "updated_at": visits["updated_at"] if visits else now,
            }
        )
    member_writes.update_households(session, None, household_rows, phones, via="demo")
    session.flush()
    return len(plans)
