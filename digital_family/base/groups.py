"""Residential groups found by code: the one lookup the domain modules share."""

from __future__ import annotations

from dataclasses import dataclass

from sqlmodel import Session, col, select

from digital_family.base.models import ResidentialGroup
from digital_family.base.validation import validate_group_code


@dataclass(frozen=True)
class Group:
    id: int
    code: str
    name: str


def load_group(
    session: Session, group_code: object, *, field: str = "group_code"
) -> tuple[str, Group | None]:
    """The clean code (upper-cased; ValidationError on ``field`` if malformed) and the
    group that has it (id, code, name), None when no group has it."""
    code = validate_group_code(group_code, field=field)
    row = session.exec(
        select(
            col(ResidentialGroup.id), col(ResidentialGroup.code), col(ResidentialGroup.name)
        ).where(col(ResidentialGroup.code) == code)
    ).first()
    if row is None:
        return code, None
    group_id, found_code, name = row
    assert group_id is not None  # a primary key read back
    return code, Group(group_id, found_code, name)


def find_group(
    session: Session, group_code: object, *, field: str = "group_code"
) -> tuple[str, int | None]:
    """The clean code (upper-cased; ValidationError on ``field`` if malformed) and the
    id of the group that has it, None when no group has it."""
    code, group = load_group(session, group_code, field=field)
    return code, None if group is None else group.id
