"""Every change to members and households goes through here: the write and its roll-up delta.

Callers check the actor's rights, validate the values and guard the household
version (``households``, ``help_requests``, ``ward_admin``); these functions
then write, in the caller's transaction, in four steps:

1. lock the household rows they change (``SELECT … FOR UPDATE``, in id order;
   skipped with ``locked=True`` / ``locked_household`` when the caller has updated
   them already, as the page writes do when they bump the version);
2. read ``rollup_state`` FOR SHARE (see ``rollups`` on locking) with those
   households and their members as they are (``_Household``), in one statement;
3. write the change;
4. add to the groups' tallies the difference between ``rollups.household_counts``
   after and before (one UPDATE of one tally row, two when a move crosses groups).

The change history is written here too (``audit``): at step 3 each function
holds the actor, the household, the member and every field's old value
(``_Household.members``) and new value, so one entry per changed field is
written next to the tally delta and nothing changes a member without leaving
both. ``via`` says how the change came (default: "app" for an account, "cli"
for the command line; "visit" for an ambassador's, "import", "demo").

Erasure: ``remove_member`` and ``remove_household`` take people out of every
count; an erasure that keeps de-identified rows must still come through here
(and the reference engine must then skip those rows).

Bulk writers (register import, the demo) write through ``insert_households``,
``insert_members``, ``update_members`` and ``update_households`` (set-based
statements, each with its history), then call ``bulk_written`` with the groups
they touched, which recomputes those groups' tallies in the same transaction.

Functions flush nothing through the ORM: they use core statements, so an ORM
object of the same row held by the caller is stale afterwards (reload it with
``populate_existing``).

Over 500 lines on purpose: it is the one place members and households are written
(each write with its audit entry and its roll-up delta); two such places would be
two histories to keep in step.
"""

from __future__ import annotations

from collections.abc import Collection, Iterator, Mapping
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any, TypeVar

import sqlalchemy as sa
from sqlmodel import Session

from digital_family.base import clock
from digital_family.base.db import core_rows
from digital_family.base.models import (
    HelpRequest,
    Household,
    Member,
    ResidentialGroup,
    RollupState,
    table_of,
)
from digital_family.base.permissions import Actor, account_id
from digital_family.records import audit
from digital_family.records.audit import Change
from digital_family.ward import rollups

_H = table_of(Household)
_M = table_of(Member)
_R = table_of(HelpRequest)
_S = table_of(RollupState)
_G = table_of(ResidentialGroup)

# Every member column a caller may set (besides household_id).
MEMBER_COLUMNS = ("full_name", "sex", *rollups.MEMBER_FIELDS)
# Every household column a caller may set through update_household.
HOUSEHOLD_COLUMNS = ("address", "phone", "confirmed_at", "group_id")
_MEMBER_DEFAULTS = {
    name: Member.model_fields[name].default
    for name in rollups.MEMBER_FIELDS
    if name not in ("birth_year",)
}


@dataclass
class _Household:
    """A household as locked at step 1, with its members (id -> MEMBER_COLUMNS)."""

    id: int
    group_id: int
    confirmed_at: datetime | None
    code: str = ""
    ward_id: int | None = None
    members: dict[int, dict[str, Any]] = field(default_factory=dict[int, dict[str, Any]])

    def counts(self, state: rollups.State) -> dict[str, int]:
        return rollups.household_counts(self.confirmed_at, self.members.values(), state)

    def known(self) -> dict[int, tuple[str, int, int]]:
        """What the audit needs of it (``audit.record``'s ``known``)."""
        assert self.ward_id is not None  # read with the household
        return {self.id: (self.code, self.group_id, self.ward_id)}


# Steps 1 and 2, built once (they run on every write).
_LOCK = (
    sa.select(_H.c.id)
    .where(
        sa.or_(
            _H.c.id.in_(sa.bindparam("ids", expanding=True)),
            _H.c.id
            == sa.select(_M.c.household_id)
            .where(_M.c.id == sa.bindparam("member"))
            .scalar_subquery(),
        )
    )
    .order_by(_H.c.id)
    .with_for_update()
)
_MEMBER_ROWS = (_M.c.id, _M.c.household_id, *(_M.c[c] for c in MEMBER_COLUMNS))
_HOUSEHOLD_ROWS = (_H.c.id, _H.c.group_id, _H.c.confirmed_at, _H.c.code, _H.c.ward_id)
_LOCKED = _H.c.id.in_(sa.bindparam("ids", expanding=True))  # only what step 1 locked
_READ = (
    sa.select(_S.c.reference_year, _S.c.window_as_of, *_HOUSEHOLD_ROWS, *_MEMBER_ROWS)
    .select_from(_S.join(_H, _LOCKED).outerjoin(_M, _M.c.household_id == _H.c.id))
    .where(_S.c.id == 1)
    .with_for_update(read=True, of=_S)
)
_READ_WITHOUT_STATE = (  # before the state row exists (a cleared database)
    sa.select(sa.null(), sa.null(), *_HOUSEHOLD_ROWS, *_MEMBER_ROWS)
    .select_from(_H.outerjoin(_M, _M.c.household_id == _H.c.id))
    .where(_LOCKED)
)


def _lock(
    session: Session,
    household_ids: Collection[int] = (),
    *,
    of_member: int | None = None,
    locked: bool = False,
) -> tuple[rollups.State, dict[int, _Household]]:
    """Steps 1 and 2 for ``household_ids`` and the household of member ``of_member``:
    lock them (in id order), then read the roll-up state (FOR SHARE) with them and their
    members, in one statement.

    ``locked``: the caller has already updated these household rows in this transaction
    (bumped their version), so they are locked and the lock statement is skipped.
    The members are read once the locks are held, and every member write takes its
    household's lock first, so they are current.
    """
    ids = sorted(set(household_ids))
    if not locked:
        ids = [row[0] for row in core_rows(session, _LOCK, {"ids": ids, "member": of_member})]
    elif of_member is not None:
        raise ValueError("locked: the caller names the households it locked")
    # Only the households locked: by id, never by where the member is now (it may
    # have moved since step 1 to a household this transaction does not hold).
    rows = core_rows(session, _READ, {"ids": ids}).all()
    if not rows:
        rows = core_rows(session, _READ_WITHOUT_STATE, {"ids": ids}).all()
    state = rollups.State(rows[0][0], rows[0][1]) if rows else rollups.State(None, None)
    households: dict[int, _Household] = {}
    for _, _, household_id, group_id, confirmed_at, code, ward_id, member_id, _, *values in rows:
        household = households.get(household_id)
        if household is None:
            household = households[household_id] = _Household(household_id, group_id,
                                                               confirmed_at, code, ward_id)
        if member_id is not None:
            household.members[member_id] = dict(zip(MEMBER_COLUMNS, values))
    return state, households


def _tally(
    session: Session,
    state: rollups.State,
    before: Mapping[int, _Household],
    after: Mapping[int, _Household | None],
) -> None:
    """Step 4: add after - before of these households to their groups' tallies."""
    if not state.built:  # the first reader builds the tallies from the rows
        return
    deltas: dict[int, dict[str, int]] = {}
    for household_id, old in before.items():
        new = after.get(household_id)
        old_counts = old.counts(state)
        if new is not None and new.group_id == old.group_id:
            change = rollups.difference(new.counts(state), old_counts)
            _merge(deltas, old.group_id, change)
            continue
        _merge(deltas, old.group_id, {k: -v for k, v in old_counts.items()})
        if new is not None:
            _merge(deltas, new.group_id, new.counts(state))
    for household_id, new in after.items():
        if household_id not in before and new is not None:
            _merge(deltas, new.group_id, new.counts(state))
    for group_id in sorted(deltas):
        rollups.apply_delta(session, group_id, deltas[group_id])


def _merge(deltas: dict[int, dict[str, int]], group_id: int, change: Mapping[str, int]) -> None:
    target = deltas.setdefault(group_id, {})
    for name, n in change.items():
        target[name] = target.get(name, 0) + n


def _copy(household: _Household, **changes: object) -> _Household:
    members = {mid: dict(values) for mid, values in household.members.items()}
    copy = _Household(household.id, household.group_id, household.confirmed_at,
                      household.code, household.ward_id, members)
    for name, value in changes.items():
        setattr(copy, name, value)
    return copy


def _check_columns(values: Mapping[str, object], allowed: tuple[str, ...]) -> None:
    unknown = set(values) - set(allowed)
    if unknown:
        raise ValueError(f"not writable here: {sorted(unknown)}")


def _locked_member(
    session: Session, member_id: int, *also: int, locked_household: int | None = None
) -> tuple[rollups.State, dict[int, _Household], _Household]:
    """The state, the locked households (the member's, and ``also``) and the member's
    household. LookupError when there is no such member.

    ``locked_household``: the household the caller has updated in this transaction,
    where it found the member; LookupError if the member has left it meanwhile (its
    new household is not locked, and locking it now could deadlock)."""
    if locked_household is not None:
        state, households = _lock(session, [locked_household], locked=True)
        household = households.get(locked_household)
        if household is None or member_id not in household.members:
            raise LookupError(f"no member {member_id} in household {locked_household}")
        return state, households, household
    # It may move to another household before the lock is held (PostgreSQL; SQLite
    # writes one at a time): then the wrong household's lock is given back (a
    # savepoint), since taking the right one while holding it could deadlock.
    concurrent = session.get_bind().dialect.name != "sqlite"
    for _ in range(3):
        attempt = session.begin_nested() if concurrent else None
        state, households = _lock(session, also, of_member=member_id)
        for household in households.values():
            if member_id in household.members:
                if attempt is not None:
                    attempt.commit()
                return state, households, household
        if attempt is not None:
            attempt.rollback()
        if not core_rows(session, sa.select(_M.c.id).where(_M.c.id == member_id)).first():
            break
    raise LookupError(f"no member {member_id}")


# Members


def add_member(
    session: Session, actor: Actor | None, household_id: int, values: Mapping[str, Any],
    *, via: str | None = None, locked: bool = False,
) -> int:
    """A new member of ``household_id`` with ``values`` (MEMBER_COLUMNS; full_name,
    birth_year and sex required); its id. ``locked``: see ``_lock``."""
    _check_columns(values, MEMBER_COLUMNS)
    state, households = _lock(session, [household_id], locked=locked)
    household = households.get(household_id)
    if household is None:
        raise LookupError(f"no household {household_id}")
    now = clock.utc()
    row = {**_MEMBER_DEFAULTS, **values}
    member_id: int = session.exec(
        sa.insert(_M)
        .values(
            household_id=household_id,
            updated_by_id=account_id(actor),
            created_at=now,
            updated_at=now,
            **row,
        )
        .returning(_M.c.id)
    ).scalar_one()
    after = _copy(household)
    after.members[member_id] = {c: row.get(c) for c in MEMBER_COLUMNS}
    audit.record(session, actor, [Change(audit.MEMBER_ADD, household_id, member_id,
                                         new=row["full_name"])], via=via, at=now,
                 known=household.known())
    _tally(session, state, {household_id: household}, {household_id: after})
    return member_id


def update_member(
    session: Session,
    actor: Actor | None,
    member_id: int,
    values: Mapping[str, Any],
    *,
    now: datetime | None = None,
    via: str | None = None,
    locked_household: int | None = None,
) -> dict[str, Any]:
    """Set ``values`` (MEMBER_COLUMNS) on the member, recorded as changed by ``actor``
    (one history entry per field whose value changes); returns the member's values
    before (MEMBER_COLUMNS). LookupError for no member. ``locked_household``: the
    member's household, whose row the caller has updated already in this transaction
    (see ``_lock`` and ``_locked_member``)."""
    _check_columns(values, MEMBER_COLUMNS)
    state, _, household = _locked_member(session, member_id, locked_household=locked_household)
    old = dict(household.members[member_id])
    now = clock.utc(now)
    session.exec(
        _M.update()
        .where(_M.c.id == member_id)
        .values(updated_by_id=account_id(actor), updated_at=now, **values)
    )
    audit.record(session, actor, _field_changes(audit.MEMBER_UPDATE, household.id, member_id,
                                                old, values), via=via, at=now,
                 known=household.known())
    after = _copy(household)
    after.members[member_id].update(values)
    _tally(session, state, {household.id: household}, {household.id: after})
    return old


def remove_member(
    session: Session, actor: Actor | None, member_id: int, *, via: str | None = None,
    action: str = audit.MEMBER_REMOVE, locked_household: int | None = None,
) -> dict[str, Any]:
    """Delete the member (out of every count); returns its values (MEMBER_COLUMNS).

    ``action`` ``audit.MEMBER_ERASE`` records an erasure: no name is kept.
    ``locked_household``: see ``update_member``."""
    state, _, household = _locked_member(session, member_id, locked_household=locked_household)
    old = dict(household.members[member_id])
    name = old["full_name"] if action == audit.MEMBER_REMOVE else None
    audit.record(session, actor, [Change(action, household.id, member_id, old=name)], via=via,
                 known=household.known())
    session.exec(_M.delete().where(_M.c.id == member_id))
    after = _copy(household)
    del after.members[member_id]
    _tally(session, state, {household.id: household}, {household.id: after})
    return old


def move_member(
    session: Session, actor: Actor | None, member_id: int, to_household_id: int,
    *, via: str | None = None,
) -> None:
    """Move the member to another household (maybe of another group)."""
    state, households, source = _locked_member(session, member_id, to_household_id)
    target = households.get(to_household_id)
    if target is None:
        raise LookupError(f"no household {to_household_id}")
    if source.id == to_household_id:
        return
    session.exec(
        _M.update()
        .where(_M.c.id == member_id)
        .values(household_id=to_household_id, updated_by_id=account_id(actor),
                updated_at=clock.utc())
    )
    session.exec(
        _R.update()
        .where(_R.c.member_id == member_id)
        .values(household_id=to_household_id, group_id=target.group_id)
    )
    codes: dict[int, str] = dict(core_rows(
        session,
        sa.select(_H.c.id, _H.c.code).where(_H.c.id.in_([source.id, to_household_id]))).all())
    audit.record(session, actor, [
        Change(audit.MEMBER_MOVE, household_id, member_id, field="household",
               old=codes[source.id], new=codes[to_household_id])
        for household_id in (source.id, to_household_id)
    ], via=via)
    new_source, new_target = _copy(source), _copy(target)
    new_target.members[member_id] = new_source.members.pop(member_id)
    _tally(
        session,
        state,
        {source.id: source, to_household_id: target},
        {source.id: new_source, to_household_id: new_target},
    )


# Households


def add_household(
    session: Session, actor: Actor | None, values: Mapping[str, Any], *, via: str | None = None
) -> int:
    """A new household without members (``values``: code, group_id, address, phone,
    confirmed_at) in its group's ward; its id."""
    now = clock.utc()
    state = rollups.read_state(session, for_write=True)
    group_ward = sa.select(_G.c.ward_id).where(_G.c.id == values["group_id"]).scalar_subquery()
    household_id: int = session.exec(
        sa.insert(_H)
        .values(
            version=1, created_at=now, updated_at=now, updated_by_id=account_id(actor),
            ward_id=group_ward, **values
        )
        .returning(_H.c.id)
    ).scalar_one()
    new = _Household(household_id, values["group_id"], values.get("confirmed_at"))
    audit.record(session, actor, [Change(audit.HOUSEHOLD_ADD, household_id)], via=via, at=now)
    _tally(session, state, {}, {household_id: new})
    return household_id


def update_household(
    session: Session, actor: Actor | None, household_id: int, values: Mapping[str, Any],
    *, via: str | None = None, locked: bool = False,
) -> dict[str, Any]:
    """Set ``values`` (HOUSEHOLD_COLUMNS) on the household; a new ``group_id`` moves it,
    its members and its help requests to that group. Returns the old values.

    The household's version is the caller's business (``households._bump_version``);
    ``locked``: see ``_lock``.
    """
    _check_columns(values, HOUSEHOLD_COLUMNS)
    state, households = _lock(session, [household_id], locked=locked)
    household = households.get(household_id)
    if household is None:
        raise LookupError(f"no household {household_id}")
    if "group_id" in values and values["group_id"] != household.group_id:
        new_ward = core_rows(session, sa.select(_G.c.ward_id).where(
            _G.c.id == values["group_id"])).scalar()
        if new_ward != household.ward_id:
            raise ValueError("a household moves only to a group of its own ward")
    old: dict[str, Any] = dict(zip(HOUSEHOLD_COLUMNS, core_rows(
        session, sa.select(*(_H.c[c] for c in HOUSEHOLD_COLUMNS)).where(_H.c.id == household_id)
    ).one(), strict=True))
    if values:
        session.exec(_H.update().where(_H.c.id == household_id).values(**values))
        audit.record(session, actor, _household_changes(session, household_id, old, values),
                     via=via)
    after = _copy(
        household,
        group_id=values.get("group_id", household.group_id),
        confirmed_at=values.get("confirmed_at", household.confirmed_at),
    )
    if after.group_id != household.group_id:
        session.exec(
            _R.update().where(_R.c.household_id == household_id).values(group_id=after.group_id)
        )
    _tally(session, state, {household_id: household}, {household_id: after})
    return old


def remove_household(
    session: Session, actor: Actor | None, household_id: int, *, via: str | None = None,
    action: str = audit.HOUSEHOLD_REMOVE,
) -> None:
    """Delete the household and, with it, its members (out of every count).

    ``action`` ``audit.HOUSEHOLD_ERASE`` records an erasure: no name is kept."""
    state, households = _lock(session, [household_id])
    household = households.get(household_id)
    if household is None:
        raise LookupError(f"no household {household_id}")
    erasing = action == audit.HOUSEHOLD_ERASE
    audit.record(session, actor, [
        *(Change(audit.MEMBER_ERASE if erasing else audit.MEMBER_REMOVE, household_id, mid,
                 old=None if erasing else values["full_name"])
          for mid, values in sorted(household.members.items())),
        Change(action, household_id),
    ], via=via)
    session.exec(_M.delete().where(_M.c.household_id == household_id))
    session.exec(_H.delete().where(_H.c.id == household_id))
    _tally(session, state, {household_id: household}, {household_id: None})


# Bulk


def bulk_written(session: Session, actor: Actor | None, group_ids: Collection[int]) -> None:
    """After ``actor``'s set-based writes to the members and households of ``group_ids``:
    recompute those groups' tallies (in this transaction)."""
    rollups.rebuild(session, group_ids=set(group_ids))


# History of single writes


def _field_changes(action: str, household_id: int, member_id: int | None,
                   old: Mapping[str, Any], new: Mapping[str, Any]) -> list[Change]:
    """One history entry per field of ``new`` whose value differs from ``old``."""
    return [
        Change(action, household_id, member_id, field=name, old=old.get(name), new=value)
        for name, value in new.items()
        if audit.as_text(old.get(name)) != audit.as_text(value)
    ]


def _household_changes(session: Session, household_id: int, old: Mapping[str, Any],
                       new: Mapping[str, Any]) -> list[Change]:
    """As _field_changes, with a group move said by the groups' codes."""
    if "group_id" in new and new["group_id"] != old.get("group_id"):
        codes: dict[int | None, str] = dict(core_rows(session, sa.select(_G.c.id, _G.c.code).where(
            _G.c.id.in_([old.get("group_id"), new["group_id"]]))).all())
        old = {**old, "group_id": codes.get(old.get("group_id"))}
        new = {**new, "group_id": codes.get(new["group_id"])}
    return _field_changes(audit.HOUSEHOLD_UPDATE, household_id, None, old, new)


# Bulk writes (imports, the demo), each with its history. The caller recomputes the
# touched groups' tallies afterwards (``bulk_written``).

_CHUNK = 1000
_Item = TypeVar("_Item")


def _chunks(items: list[_Item], size: int = _CHUNK) -> Iterator[list[_Item]]:
    for start in range(0, len(items), size):
        yield items[start:start + size]


def insert_households(
    session: Session, actor: Actor | None, ward_id: int, rows: list[dict[str, Any]], *,
    via: str, at: datetime | None = None,
) -> dict[str, int]:
    """Insert households of ward ``ward_id`` (dicts of household columns with ``code`` and
    ``group_id``, a group of that ward); returns code -> id of the new ones. One
    "household.add" entry each, dated ``at``."""
    if not rows:
        return {}
    group_ids = sorted({r["group_id"] for r in rows})
    elsewhere = core_rows(session, sa.select(sa.func.count()).select_from(_G).where(
        _G.c.id.in_(group_ids), _G.c.ward_id != ward_id)).scalar_one()
    if elsewhere:
        raise ValueError("households go into groups of their own ward")
    # (RETURNING over thousands of rows is slow in SQLAlchemy; read the ids back instead.)
    session.exec(sa.insert(_H), params=[{**r, "ward_id": ward_id} for r in rows])
    ids: dict[str, int] = {}
    for chunk in _chunks([r["code"] for r in rows]):
        ids.update(core_rows(session, sa.select(_H.c.code, _H.c.id).where(
            _H.c.ward_id == ward_id, _H.c.code.in_(chunk))).all())
    audit.record_rows(session, actor, [
        {"action": audit.HOUSEHOLD_ADD, "household_id": ids[r["code"]], "household_code": r["code"],
         "group_id": r["group_id"], "ward_id": ward_id, **({"at": at} if at else {})}
        for r in rows
    ], via=via)
    return ids


def insert_members(
    session: Session, actor: Actor | None, rows: list[dict[str, Any]], *, via: str,
    at: datetime | None = None,
) -> int:
    """Insert members (dicts of member columns with ``household_id`` and ``created_at``);
    one "member.add" entry each (its name), dated ``at``. How many."""
    if not rows:
        return 0
    before = core_rows(session, sa.select(sa.func.max(_M.c.id))).scalar_one() or 0
    for chunk in _chunks(rows, 10000):
        session.exec(sa.insert(_M), params=chunk)
    created = sorted({r["created_at"] for r in rows})
    A = table_of(audit.AuditEntry)
    user_id = account_id(actor)
    role = actor.role if actor is not None and user_id is not None else None
    session.exec(A.insert().from_select(
        ["at", "user_id", "role", "via", "action", "household_id", "household_code", "group_id",
         "ward_id", "member_id", "new_value"],
        sa.select(
            sa.literal(clock.utc(at), A.c.at.type),
            sa.literal(user_id, sa.Integer), sa.literal(role, sa.String), sa.literal(via),
            sa.literal(audit.MEMBER_ADD), _M.c.household_id, _H.c.code, _H.c.group_id,
            _H.c.ward_id, _M.c.id, _M.c.full_name,
        )
        .select_from(_M.join(_H, _H.c.id == _M.c.household_id))
        .where(_M.c.id > before, _M.c.created_at.in_(created))
        .order_by(_M.c.id)
    ))
    return len(rows)


def _member_households(session: Session, member_ids: list[int]
                       ) -> dict[int, tuple[int, str, int, int]]:
    """member id -> its household's id, code, group id and ward id."""
    found: dict[int, tuple[int, str, int, int]] = {}
    for chunk in _chunks(sorted(set(member_ids))):
        found.update({
            row[0]: (row[1], row[2], row[3], row[4]) for row in core_rows(session,
                sa.select(_M.c.id, _H.c.id, _H.c.code, _H.c.group_id, _H.c.ward_id)
                .join(_H, _H.c.id == _M.c.household_id).where(_M.c.id.in_(chunk)))
        })
    return found


def update_members(
    session: Session, actor: Actor | None, rows: list[dict[str, Any]],
    history: list[dict[str, Any]], *, via: str,
) -> None:
    """Update members by id (dicts with ``id`` and the columns to set) and write
    ``history``: one dict per changed field (``member_id``, ``field``, ``old``, ``new``;
    optionally ``at``, ``user_id``, ``role`` when someone else did it, earlier)."""
    if rows:
        session.exec(sa.update(Member), params=rows)
    households = _member_households(session, [h["member_id"] for h in history])
    entries: list[dict[str, object]] = []
    for change in history:
        household_id, code, group_id, ward_id = households[change["member_id"]]
        entry: dict[str, object] = {"action": audit.MEMBER_UPDATE, "household_id": household_id,
                                    "household_code": code, "group_id": group_id,
                                    "ward_id": ward_id, **change}
        entry["old_value"], entry["new_value"] = entry.pop("old"), entry.pop("new")
        entries.append(entry)
    audit.record_rows(session, actor, entries, via=via)


def update_households(
    session: Session, actor: Actor | None, rows: list[dict[str, Any]],
    history: list[dict[str, Any]], *, via: str,
) -> None:
    """Update households by id (dicts with ``id`` and the columns to set) and write
    ``history``: one dict per changed field (``household_id``, ``field``, ``old``,
    ``new``; optionally ``at``, ``user_id``, ``role``)."""
    if rows:
        session.exec(sa.update(Household), params=rows)
    ids: list[int] = sorted({h["household_id"] for h in history})
    found: dict[int, tuple[str, int, int]] = {}
    for chunk in _chunks(ids):
        found.update({row[0]: (row[1], row[2], row[3]) for row in core_rows(
            session, sa.select(_H.c.id, _H.c.code, _H.c.group_id, _H.c.ward_id)
            .where(_H.c.id.in_(chunk)))})
    entries: list[dict[str, object]] = []
    for change in history:
        code, group_id, ward_id = found[change["household_id"]]
        entry: dict[str, object] = {"action": audit.HOUSEHOLD_UPDATE, "household_code": code,
                                    "group_id": group_id, "ward_id": ward_id, **change}
        entry["old_value"], entry["new_value"] = entry.pop("old"), entry.pop("new")
        entries.append(entry)
    audit.record_rows(session, actor, entries, via=via)
