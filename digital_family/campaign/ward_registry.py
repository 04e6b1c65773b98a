"""The city's register of wards (SPEC §6): adding one, written to the audit log, and
the list of wards with their size. Managing wards is the city's (``Action.MANAGE_WARDS``:
the command line, which acts as ``SYSTEM`` with no ward, and a city admin; a ward's own
admin may not). Finding a ward by code and the ward an actor acts in: ``base.wards``."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

import sqlalchemy as sa
from sqlmodel import Session, col

from digital_family.base.db import core_rows
from digital_family.base.models import Household, ResidentialGroup, Ward
from digital_family.base.permissions import Action, Actor, require
from digital_family.base.validation import (
    ValidationError,
    validate_ward_code,
    validate_ward_name,
)
from digital_family.base.wards import WardRef, add_ward, find_ward
from digital_family.records import audit

WARD_ADD = "ward.add"  # the audit's action; key: the ward's code, new: its name


@dataclass(frozen=True)
class WardRow:
    code: str
    name: str
    groups: int
    households: int

    def to_dict(self) -> dict[str, object]:
        """SPEC §4's JSON entry of ``ward list``."""
        return {"code": self.code, "name": self.name, "groups": self.groups,
                "households": self.households}


def create_ward(session: Session, actor: Actor | None, code: object, name: object, *,
                now: datetime | None = None) -> WardRef:
    """A new ward (Action.MANAGE_WARDS) with a checked code and name, logged in its own
    ward; ValidationError when the code or name is unfit or the code is taken."""
    actor = require(actor, Action.MANAGE_WARDS)
    clean_code = validate_ward_code(code)
    clean_name = validate_ward_name(name)
    if find_ward(session, clean_code) is not None:
        raise ValidationError("ward_code", "error.ward.taken", code=clean_code)
    ward_id = add_ward(session, clean_code, clean_name)
    audit.record(session, actor, [audit.Change(WARD_ADD, key=clean_code, new=clean_name)],
                 at=now, ward_id=ward_id)
    return WardRef(ward_id, clean_code, clean_name)


def ward_list(session: Session, actor: Actor | None) -> list[WardRow]:
    """Every ward by code, with how many groups and households it has
    (Action.MANAGE_WARDS)."""
    require(actor, Action.MANAGE_WARDS)
    groups = (sa.select(sa.func.count()).select_from(ResidentialGroup)
              .where(col(ResidentialGroup.ward_id) == col(Ward.id)).scalar_subquery())
    households = (sa.select(sa.func.count()).select_from(Household)
                  .where(col(Household.ward_id) == col(Ward.id)).scalar_subquery())
    rows = core_rows(session, sa.select(col(Ward.code), col(Ward.name), groups, households)
                     .order_by(col(Ward.code)))
    return [WardRow(code, name, int(g), int(h)) for code, name, g, h in rows]
