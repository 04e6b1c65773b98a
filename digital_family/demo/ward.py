"""The demo ward's people: groups, households of 1–7 people with the age structure
of an urban Hanoi ward, occupations that fit each age, and digital-skill figures
near the ward's real situation. Every choice comes from the ``Ward``'s seeded
generator, in a fixed order, so the same seed gives the same ward."""

from __future__ import annotations

import math
import random
from collections.abc import Iterable
from datetime import datetime, timedelta
from typing import Any

import sqlalchemy as sa
from sqlmodel import Session, col

from digital_family.base.codes import SKILLS
from digital_family.base.models import SKILL_COLUMNS, ResidentialGroup
from digital_family.demo.names import (
    FAMILY_NAMES,
    GIVEN_MID,
    GIVEN_OLD,
    GIVEN_YOUNG,
    MIDDLE_MID,
    MIDDLE_OLD,
    MIDDLE_YOUNG,
    STREETS,
    Weighted,
    address,
)
from digital_family.households import member_writes

MIN_GROUP_SIZE, MAX_GROUP_SIZE, TYPICAL_GROUP_SIZE = 150, 400, 270


# (age below which, probability) bands, then the probability for everyone older
BASIC_BY_AGE = ((6, 0.0), (60, 0.86), (70, 0.7), (80, 0.45)), 0.15
PHONE_BY_AGE = ((10, 0.0), (15, 0.55), (60, 0.6), (70, 0.45), (80, 0.3)), 0.15
PAY_BY_AGE = ((40, 0.76), (60, 0.62), (70, 0.4)), 0.2
AgeBands = tuple[tuple[tuple[int, float], ...], float]
Person = dict[str, Any]  # sex, age, family, full_name, role (then occupation)


def _by_age(age: int, table: AgeBands) -> float:
    """The probability of the first band ``age`` is below, else the last one's."""
    bands, older = table
    return next((p for below, p in bands if age < below), older)


class DemoError(RuntimeError):
    """The demo cannot run (the database already holds a ward)."""



class Ward:
    """The random choices, all from one seeded generator."""

    def __init__(self, seed: int | str, year: int, ward_id: int,
                 streets: tuple[str, ...] = STREETS):
        self.rng = random.Random(seed)
        self.year = year
        self.ward_id = ward_id  # the ward's row
        self.streets = streets  # where its households live

    def pick(self, weighted: Weighted) -> str:
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
        return round(self.rng.triangular(low, high, mode if mode is not None else (low + high) / 2))

    # Households

    def household(self) -> list[Person]:
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

    def _person(self, sex: str, age: int, family: str | None = None, role: str = "other"
                ) -> Person:
        birth_year = self.year - age
        family = family or self.pick(FAMILY_NAMES)
        return {
            "sex": sex,
            "age": age,
            "family": family,
            "full_name": self.name(sex, birth_year, family),
            "role": role,
        }

    def _single(self) -> list[Person]:
        rng = self.rng
        if rng.random() < 0.55:
            age, sex = self.age(20, 40, 27), rng.choice(("male", "female"))
        else:
            age, sex = self.age(58, 95, 68), "female" if rng.random() < 0.7 else "male"
        return [self._person(sex, age, role="head")]

    def _couple(self, elderly: bool) -> list[Person]:
        rng = self.rng
        husband_age = self.age(56, 88, 63) if elderly else self.age(23, 40, 29)
        wife_age = max(18, husband_age - rng.randint(-2, 6))
        husband = self._person("male", husband_age, role="head")
        return [husband, self._person("female", wife_age, role="spouse")]

    def _children(self, family: str, mother_age: int, count: int) -> list[Person]:
        """Up to ``count`` children; grown-up ones past 32 have moved out."""
        rng = self.rng
        kids: list[Person] = []
        age = mother_age - rng.randint(22, 32)
        for _ in range(count):
            if age < 0:
                break
            if age <= 32:
                kids.append(self._person(rng.choice(("male", "female")), age, family, role="child"))
            age -= rng.randint(2, 7)
        return kids

    def _family(self, grandparents: int) -> list[Person]:
        rng = self.rng
        father_age = self.age(27, 50, 35) if grandparents else self.age(26, 66, 50)
        mother_age = max(20, father_age - rng.randint(-2, 6))
        father = self._person("male", father_age, role="head")
        family = father["family"]
        people: list[Person] = []
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
            elders: list[Person] = []
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

    def _siblings(self) -> list[Person]:
        rng = self.rng
        family = self.pick(FAMILY_NAMES)
        ages = sorted((self.age(18, 45, 24) for _ in range(rng.randint(2, 4))), reverse=True)
        return [
            self._person(
                rng.choice(("male", "female")), age, family, role="head" if i == 0 else "other"
            )
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

    def statuses(self, person: Person) -> dict[str, Any]:
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
        else:
            p_basic = _by_age(age, BASIC_BY_AGE)
        basic = rng.random() < p_basic

        has_smartphone = basic or rng.random() < _by_age(age, PHONE_BY_AGE)

        if age < 15 or not has_smartphone:
            p_pay = 0.0 if age < 15 else 0.08
        else:
            p_pay = _by_age(age, PAY_BY_AGE)
        has_epayment = rng.random() < p_pay

        if age >= 14:
            p_id = 0.95 if age < 70 else (0.82 if age < 80 else 0.6)
            vneid = (2 if rng.random() < 0.9 else 1) if rng.random() < p_id else 0
        else:
            vneid = 2 if rng.random() < 0.3 else 0

        skills = self._skills(basic, has_smartphone, has_epayment, vneid, age)

        flags = {
            "trader_ecommerce": False,
            "trader_cashless": False,
            "trader_digital_savings": False,
        }
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

    def _skills(self, basic: bool, has_smartphone: bool, has_epayment: bool, vneid: int,
                age: int) -> frozenset[str]:
        """Skills learnt roughly in the SKILLS order, consistent with the statuses."""
        rng = self.rng
        if basic:
            count = rng.choices((5, 6, 7, 8), weights=(30, 30, 24, 16))[0]
        elif has_smartphone:
            count = rng.choices((0, 1, 2, 3, 4), weights=(5, 15, 25, 30, 25))[0]
        else:
            count = rng.choices((0, 1), weights=(75, 25))[0]
        banned: set[str] = set()
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


def group_sizes(rng: random.Random, households: int) -> list[int]:
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


Groups = tuple[list[dict[str, Any]], list[int], list[int]]  # rows, ids, sizes


def insert_groups(session: Session, ward: Ward, households: int, now: datetime) -> Groups:
    """The groups (150–400 households each): their rows, ids and sizes."""
    sizes = group_sizes(ward.rng, households)
    rows = [
        {"ward_id": ward.ward_id, "code": code, "name": f"Tổ dân phố số {i}", "created_at": now,
         "updated_at": now}
        for i, code in enumerate(group_codes(len(sizes)), start=1)
    ]
    ids = [
        gid
        for (gid,) in session.exec(
            sa.insert(ResidentialGroup).returning(
                col(ResidentialGroup.id), sort_by_parameter_order=True
            ),
            params=rows,
        )
    ]
    return rows, ids, sizes


def insert_households(session: Session, ward: Ward, groups: Groups, *, now: datetime,
                      entered: datetime, phones: Iterable[str | None] | None = None
                      ) -> tuple[list[dict[str, Any]], list[int]]:
    """Each group's households on two of the streets, 60% confirmed in the last 180
    days, with the contact ``phones`` given in order (None: none); written as entered at
    ``entered``. Returns their rows and ids."""
    rng = ward.rng
    group_rows, group_ids, sizes = groups
    phones = iter(phones or ())
    household_rows: list[dict[str, Any]] = []
    for index, (group_id, size) in enumerate(zip(group_ids, sizes)):
        streets = tuple(rng.sample(ward.streets, 2))
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
                    "address": address(rng, streets),
                    "confirmed_at": confirmed,
                    "phone": next(phones, None),
                    "version": 1,
                    "created_at": now,
                    "updated_at": now,
                }
            )
    ids_by_code = member_writes.insert_households(session, None, ward.ward_id, household_rows,
                                                  via="demo", at=entered)
    return household_rows, [ids_by_code[row["code"]] for row in household_rows]


def insert_members(session: Session, ward: Ward, household_ids: Iterable[int], *, now: datetime,
                   entered: datetime) -> tuple[int, dict[int, str]]:
    """The people of each household, about three in four households with someone
    learning. Returns how many, and each household's head (who consented for it)."""
    rng = ward.rng
    member_rows: list[dict[str, Any]] = []
    heads: dict[int, str] = {}  # household id → the adult who consented for it
    skill_items = tuple(SKILL_COLUMNS.items())
    for household_id in household_ids:
        people = ward.household()
        learners = rng.random() < 0.76
        candidates = [p for p in people if p["age"] >= 10]
        chosen: set[int] = set()
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
                "birth_year": ward.year - person["age"],
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
        heads[household_id] = people[0]["full_name"]
    member_writes.insert_members(session, None, member_rows, via="demo", at=entered)
    return len(member_rows), heads
