"""The city's wards found by code or id, and the ward an actor acts in (SPEC §6).

A ward-bound account carries its ward (``Actor.ward_id``); the command line acts as
``SYSTEM`` with no ward and names one with ``--ward CODE``, which may be left out while
the city has one ward (``ward_of``).
"""

from __future__ import annotations

from dataclasses import dataclass, replace

from sqlmodel import Session, col, select

from digital_family.base.i18n import CatalogueError
from digital_family.base.models import Ward
from digital_family.base.permissions import Actor, PermissionDenied


class WardNeeded(CatalogueError):
    """The city has more than one ward (or none) and none was named."""

    DEFAULT_KEY = "error.ward.choose"


class UnknownWard(CatalogueError):
    DEFAULT_KEY = "error.ward.unknown"


@dataclass(frozen=True)
class WardRef:
    id: int
    code: str
    name: str


def _ref(row: Ward | None) -> WardRef | None:
    if row is None or row.id is None:
        return None
    return WardRef(row.id, row.code, row.name)


def find_ward(session: Session, code: object) -> WardRef | None:
    """The ward with this code (codes are lower-case), None when there is none."""
    if not isinstance(code, str):
        return None
    return _ref(session.exec(select(Ward).where(col(Ward.code) == code.strip().lower())).first())


def load_ward(session: Session, ward_id: int) -> WardRef | None:
    return _ref(session.get(Ward, ward_id))


def all_wards(session: Session) -> list[WardRef]:
    """Every ward, by code."""
    rows = session.exec(select(Ward).order_by(col(Ward.code))).all()
    return [ref for ref in map(_ref, rows) if ref is not None]


def only_ward(session: Session) -> int | None:
    """The ward's id while the city has exactly one, else None."""
    ids = session.exec(select(col(Ward.id)).order_by(col(Ward.id)).limit(2)).all()
    return ids[0] if len(ids) == 1 else None


def ward_of(session: Session, actor: Actor | None) -> int:
    """The ward ``actor`` acts in: its own, or for the command line (no ward) the city's
    only ward; WardNeeded when there is no such single ward. An account of no ward (the
    city's) has no ward's page: PermissionDenied."""
    if actor is not None and actor.ward_id is not None:
        return actor.ward_id
    if actor is not None and actor.user_id > 0:
        raise PermissionDenied()
    ward_id = only_ward(session)
    if ward_id is None:
        raise WardNeeded()
    return ward_id


def in_ward(actor: Actor, ward_id: int) -> Actor:
    """``actor`` acting in ``ward_id`` (the command line's ``--ward``)."""
    return replace(actor, ward_id=ward_id)


def ward_by_code(session: Session, code: object) -> WardRef:
    """The ward with this code, or UnknownWard."""
    ward = find_ward(session, code)
    if ward is None:
        raise UnknownWard(code=str(code))
    return ward


def add_ward(session: Session, code: str, name: str) -> int:
    """A new ward (the demo, the command line, a city admin's page above this); its id.
    ``code`` is kept lower-case."""
    ward = Ward(code=code.strip().lower(), name=name.strip())
    session.add(ward)
    session.flush()
    assert ward.id is not None
    return ward.id


def home_ward(session: Session, actor: Actor | None, default_code: str) -> WardRef | None:
    """The ward a page shows: the actor's own; for someone signed out (or a city role) the
    deployment's default ward (``default_code``, the WARD_CODE setting), else the first."""
    if actor is not None and actor.ward_id is not None:
        return load_ward(session, actor.ward_id)
    found = find_ward(session, default_code)
    if found is not None:
        return found
    first = session.exec(select(Ward).order_by(col(Ward.id)).limit(1)).first()
    return _ref(first)
