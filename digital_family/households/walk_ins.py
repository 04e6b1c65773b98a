"""A walk-in at the ward's public-service point (issue 18 point 6): a Digital Ambassador
finds the citizen's household by phone, name or address, within his groups, and records
the help given there as a visit (place "service_point", ``visits.record_visit``).

What he sees is what SPEC §1 gives an ambassador: the household's code and address and
its people's names, nothing of their answers; at most ``MAX_FOUND`` households, a query
of at least ``MIN_QUERY`` characters, and each look-up is in the audit log.
"""

from __future__ import annotations

from dataclasses import dataclass

import sqlalchemy as sa
from sqlmodel import Session, col, select

from digital_family.base.models import Household, Member, ResidentialGroup, id_column
from digital_family.base.permissions import Action, Actor, PermissionDenied, Target, can
from digital_family.base.validation import ValidationError, clean_text
from digital_family.households import consent_rules
from digital_family.households.search import contact_phone_sql, like_pattern
from digital_family.records import audit

MAX_FOUND = 8
MIN_QUERY = 3
MAX_QUERY = 100


@dataclass(frozen=True)
class WalkIn:
    household_id: int
    code: str
    group_code: str
    address: str
    people: tuple[tuple[int, str], ...]  # (member id, name)


def find_walk_in(session: Session, actor: Actor | None, query: object) -> tuple[WalkIn, ...]:
    """Households of the actor's groups whose contact phone, address or a member's name
    contains ``query`` (Action.RECORD_VISIT on the group): names only."""
    if actor is None:
        raise PermissionDenied("error.sign_in")
    groups = [g for g in sorted(actor.group_ids)
              if can(actor, Action.RECORD_VISIT, Target(group_id=g))]
    if actor.role in ("ward_staff", "admin"):
        groups = None  # the whole ward
    elif not groups:
        raise PermissionDenied()
    text = clean_text(query)[:MAX_QUERY]
    if len(text) < MIN_QUERY:
        raise ValidationError("query", "error.walk_in.short", n=MIN_QUERY)
    pattern = like_pattern(text)  # ilike, as the staff's search (SQLite folds ASCII only)
    named = sa.select(col(Member.id)).where(col(Member.household_id) == col(Household.id),
                                            col(Member.full_name).ilike(pattern, escape="\\"))
    conditions = [
        sa.or_(contact_phone_sql().like(pattern, escape="\\"),
               col(Household.address).ilike(pattern, escape="\\"),
               named.exists()),
        sa.not_(consent_rules.hidden_from_leaders(col(Household.id))),
    ]
    if groups is not None:
        conditions.append(col(Household.group_id).in_(groups))
    rows = session.exec(
        select(id_column(Household), col(Household.code), col(ResidentialGroup.code),
               col(Household.address))
        .join(ResidentialGroup, col(ResidentialGroup.id) == col(Household.group_id))
        .where(*conditions).order_by(col(Household.code)).limit(MAX_FOUND)).all()
    people: dict[int, list[tuple[int, str]]] = {}
    if rows:
        for hid, mid, name in session.exec(
                select(col(Member.household_id), id_column(Member), col(Member.full_name))
                .where(col(Member.household_id).in_([r[0] for r in rows]))
                .order_by(col(Member.household_id), col(Member.birth_year), col(Member.id))):
            people.setdefault(hid, []).append((mid, name))
    audit.record(session, actor, [audit.Change(audit.LIST_READ, key="walk_in")])
    return tuple(WalkIn(r[0], r[1], r[2], r[3], tuple(people.get(r[0], []))) for r in rows)
