"""Residential groups found by code within a ward: the one lookup the domain modules share."""

from __future__ import annotations

from dataclasses import dataclass

from sqlmodel import Session, col, select
from sqlmodel.sql.expression import SelectOfScalar

from digital_family.base.models import ResidentialGroup
from digital_family.base.permissions import Target
from digital_family.base.validation import validate_group_code


@dataclass(frozen=True)
class Group:
    id: int
    code: str
    name: str
    ward_id: int

    @property
    def target(self) -> Target:
        """The group as a permission target (its ward known)."""
        return Target(group_id=self.id, ward_id=self.ward_id)


def load_group(
    session: Session, ward_id: int, group_code: object, *, field: str = "group_code"
) -> tuple[str, Group | None]:
    """The clean code (upper-cased; ValidationError on ``field`` if malformed) and the
    group of ward ``ward_id`` that has it, None when no group there has it."""
    code = validate_group_code(group_code, field=field)
    row = session.exec(
        select(
            col(ResidentialGroup.id), col(ResidentialGroup.code), col(ResidentialGroup.name)
        ).where(col(ResidentialGroup.ward_id) == ward_id, col(ResidentialGroup.code) == code)
    ).first()
    if row is None:
        return code, None
    group_id, found_code, name = row
    assert group_id is not None  # a primary key read back
    return code, Group(group_id, found_code, name, ward_id)


def find_group(
    session: Session, ward_id: int, group_code: object, *, field: str = "group_code"
) -> tuple[str, int | None]:
    """The clean code (upper-cased; ValidationError on ``field`` if malformed) and the
    id of ward ``ward_id``'s group that has it, None when no group there has it."""
    code, group = load_group(session, ward_id, group_code, field=field)
    return code, None if group is None else group.id


def group_ids_of_ward(ward_id: int) -> SelectOfScalar[int | None]:
    """The ids of ward ``ward_id``'s groups, as a subquery for ``IN``."""
    return select(col(ResidentialGroup.id)).where(col(ResidentialGroup.ward_id) == ward_id)
