"""Reading a household: its members and the family's progress, as frozen dataclasses
of plain values (``load_household``), and its contact details for the form that
changes them. Reads are checked through ``households.access``.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

import sqlalchemy as sa
from sqlmodel import Session, col, select

from digital_family.base.clock import vietnam_year
from digital_family.base.codes import SKILLS
from digital_family.base.db import core_rows
from digital_family.base.models import (
    Household,
    Member,
    ResidentialGroup,
    UserAccount,
    id_of,
    member_skills,
)
from digital_family.base.permissions import Action, Actor
from digital_family.households.access import household_target
from digital_family.records import audit
from digital_family.ward import settings as ward_settings
from digital_family.ward.indicators import LEARNING_STATUSES_ACTIVE

ADULT_AGE = 18
VNEID_AGE = 16


@dataclass(frozen=True)
class MemberView:
    id: int
    full_name: str
    birth_year: int
    age: int
    sex: str
    occupation: str
    has_smartphone: bool
    has_epayment: bool
    vneid_level: int
    skills: tuple[str, ...]  # in codes.SKILLS order
    skill_count: int
    has_basic_skills: bool
    learning_status: str
    trader_ecommerce: bool
    trader_cashless: bool
    trader_digital_savings: bool
    updated_by_role: str | None  # role of whoever last changed the member; None: import/demo


@dataclass(frozen=True)
class FamilyProgress:
    """The household's own figures behind the ward's indicators (SPEC §3 ages)."""

    members: int
    adults: int  # 18 and over
    adults_with_basic_skills: int
    adults_with_smartphone: int
    adults_with_epayment: int
    age16_plus: int
    age16_with_vneid: int
    learners: int  # members enrolled in or done with the courses


@dataclass(frozen=True)
class HouseholdView:
    id: int
    code: str
    group_id: int
    group_code: str
    group_name: str
    address: str
    phone: str | None
    confirmed_at: datetime | None
    version: int
    members: tuple[MemberView, ...]  # by birth year, then id
    progress: FamilyProgress


def member_view(
    member: Member, updated_by_role: str | None, year: int, threshold: int
) -> MemberView:
    held = member_skills(member)
    skills = tuple(code for code in SKILLS if code in held)
    return MemberView(
        id=id_of(member),
        full_name=member.full_name,
        birth_year=member.birth_year,
        age=year - member.birth_year,
        sex=member.sex,
        occupation=member.occupation,
        has_smartphone=bool(member.has_smartphone),
        has_epayment=bool(member.has_epayment),
        vneid_level=member.vneid_level,
        skills=skills,
        skill_count=len(skills),
        has_basic_skills=len(skills) >= threshold,
        learning_status=member.learning_status,
        trader_ecommerce=bool(member.trader_ecommerce),
        trader_cashless=bool(member.trader_cashless),
        trader_digital_savings=bool(member.trader_digital_savings),
        updated_by_role=updated_by_role,
    )


def _progress(members: tuple[MemberView, ...]) -> FamilyProgress:
    adults = [m for m in members if m.age >= ADULT_AGE]
    age16 = [m for m in members if m.age >= VNEID_AGE]
    return FamilyProgress(
        members=len(members),
        adults=len(adults),
        adults_with_basic_skills=sum(m.has_basic_skills for m in adults),
        adults_with_smartphone=sum(m.has_smartphone for m in adults),
        adults_with_epayment=sum(m.has_epayment for m in adults),
        age16_plus=len(age16),
        age16_with_vneid=sum(m.vneid_level >= 1 for m in age16),
        learners=sum(m.learning_status in LEARNING_STATUSES_ACTIVE for m in members),
    )


def household_view(session: Session, household_id: int) -> HouseholdView:
    session.flush()
    row = core_rows(
        session,
        sa.select(
            col(Household.id),
            col(Household.code),
            col(Household.group_id),
            col(ResidentialGroup.code),
            col(ResidentialGroup.name),
            col(Household.address),
            col(Household.phone),
            col(Household.confirmed_at),
            col(Household.version),
            col(Household.ward_id),
        )
        .join(ResidentialGroup, col(ResidentialGroup.id) == col(Household.group_id))
        .where(col(Household.id) == household_id)
    ).one()
    *fields, ward_id = row
    year = vietnam_year()
    threshold = ward_settings.skill_threshold(session, ward_id)
    members = tuple(
        member_view(member, role, year, threshold)
        for member, role in session.exec(
            select(Member, col(UserAccount.role))
            .outerjoin(UserAccount, col(UserAccount.id) == col(Member.updated_by_id))
            .where(col(Member.household_id) == household_id)
            .order_by(col(Member.birth_year), col(Member.id))
            .execution_options(populate_existing=True)
        )
    )
    return HouseholdView(*fields, members=members, progress=_progress(members))


def load_household(session: Session, actor: Actor | None, household_id: object
                   ) -> HouseholdView:
    """A household with its members and progress (Action.READ_HOUSEHOLD); a leader's
    or staff member's opening of it is logged (``audit.record_read``)."""
    target = household_target(session, actor, household_id, Action.READ_HOUSEHOLD)
    audit.record_read(session, actor, target.household_id)
    return household_view(session, target.household_id)


def contact_details(session: Session, actor: Actor | None, household_id: object
                    ) -> tuple[str, str | None]:
    """The address and contact phone, for the form that changes them (Action.EDIT_HOUSEHOLD)."""
    target = household_target(session, actor, household_id, Action.EDIT_HOUSEHOLD)
    address, phone = session.exec(
        select(col(Household.address), col(Household.phone)).where(
            col(Household.id) == target.household_id
        )
    ).one()
    return address, phone
