"""Residential groups found by code: the one lookup the domain modules share."""

from __future__ import annotations

import sqlalchemy as sa
from sqlmodel import Session

from digital_family.base.models import ResidentialGroup
from digital_family.base.validation import validate_group_code


def find_group(
    session: Session, group_code, *, field: str = "group_code"
) -> tuple[str, int | None]:
    """The clean code (upper-cased; ValidationError on ``field`` if malformed) and the
    id of the group that has it, None when no group has it."""
    code = validate_group_code(group_code, field=field)
    group_id = session.execute(
        sa.select(ResidentialGroup.id).where(ResidentialGroup.code == code)
    ).scalar_one_or_none()
    return code, group_id
