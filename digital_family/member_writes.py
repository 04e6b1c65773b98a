"""Every change to members and households goes through here: the write and its roll-up delta.

Callers check the actor's rights, validate the values and guard the household
version (``households``, ``help_requests``, ``ward_admin``); these functions
then write, in the caller's transaction, in four steps:

1. lock the household rows they change (``SELECT … FOR UPDATE``, in id order)
   and read ``rollup_state`` FOR SHARE (see ``rollups`` on locking);
2. read those households' members as they are (``_Household``);
3. write the change;
4. add to the groups' tallies the difference between ``rollups.household_counts``
   after and before (one UPDATE of one tally row, two when a move crosses groups).

The change history (issue 13) belongs here as well: at step 3 each function
holds the actor, the household, the member and every field's old value
(``_Household.members``) and new value, so the audit rows are written next to
the tally delta and nothing can change a member without leaving both.

Erasure: ``remove_member`` and ``remove_household`` take people out of every
count; an erasure that keeps de-identified rows must still come through here
(and the reference engine must then skip those rows).

Bulk writers (register import, the demo) write with set-based statements and
then call ``bulk_written`` with the groups they touched, which recomputes those
groups' tallies in the same transaction.

Functions flush nothing through the ORM: they use core statements, so an ORM
object of the same row held by the caller is stale afterwards (reload it with
``populate_existing``).
"""

from __future__ import annotations

from collections.abc import Collection, Mapping
from dataclasses import dataclass, field
from datetime import datetime

import sqlalchemy as sa
from sqlmodel import Session

from digital_family import clock, rollups
from digital_family.models import HelpRequest, Household, Member
from digital_family.permissions import Actor, account_id

_H = Household.__table__
_M = Member.__table__
_R = HelpRequest.__table__

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
    members: dict[int, dict] = field(default_factory=dict)

    def counts(self, state: rollups.State) -> dict[str, int]:
        return rollups.household_counts(self.confirmed_at, self.members.values(), state)


def _lock(
    session: Session, household_ids: Collection[int]
) -> tuple[rollups.State, dict[int, _Household]]:
    """Steps 1 and 2 for ``household_ids``: the state and the households as they are."""
    ids = sorted(set(household_ids))
    rows = session.execute(
        sa.select(_H.c.id, _H.c.group_id, _H.c.confirmed_at)
        .where(_H.c.id.in_(ids))
        .order_by(_H.c.id)
        .with_for_update()
    ).all()
    households = {row[0]: _Household(row[0], row[1], row[2]) for row in rows}
    state = rollups.read_state(session, for_write=True)
    if households:
        members = session.execute(
            sa.select(_M.c.id, _M.c.household_id, *(_M.c[c] for c in MEMBER_COLUMNS)).where(
                _M.c.household_id.in_(sorted(households))
            )
        )
        for member_id, household_id, *values in members:
            households[household_id].members[member_id] = dict(zip(MEMBER_COLUMNS, values))
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


def _copy(household: _Household, **changes) -> _Household:
    members = {mid: dict(values) for mid, values in household.members.items()}
    copy = _Household(household.id, household.group_id, household.confirmed_at, members)
    for name, value in changes.items():
        setattr(copy, name, value)
    return copy


def _check_columns(values: Mapping, allowed: tuple[str, ...]) -> None:
    unknown = set(values) - set(allowed)
    if unknown:
        raise ValueError(f"not writable here: {sorted(unknown)}")


def _household_of_member(session: Session, member_id: int) -> int | None:
    return session.execute(
        sa.select(_M.c.household_id).where(_M.c.id == member_id)
    ).scalar_one_or_none()


def _locked_member(
    session: Session, member_id: int
) -> tuple[rollups.State, dict[int, _Household], _Household]:
    """The state, the locked households and the member's household (LookupError if none)."""
    for _ in range(3):  # the member may move between reading its household and the lock
        household_id = _household_of_member(session, member_id)
        if household_id is None:
            break
        state, households = _lock(session, [household_id])
        household = households.get(household_id)
        if household is not None and member_id in household.members:
            return state, households, household
    raise LookupError(f"no member {member_id}")


# Members


def add_member(session: Session, actor: Actor | None, household_id: int, values: Mapping) -> int:
    """A new member of ``household_id`` with ``values`` (MEMBER_COLUMNS; full_name,
    birth_year and sex required); its id."""
    _check_columns(values, MEMBER_COLUMNS)
    state, households = _lock(session, [household_id])
    household = households.get(household_id)
    if household is None:
        raise LookupError(f"no household {household_id}")
    now = clock.utc()
    row = {**_MEMBER_DEFAULTS, **values}
    member_id = session.execute(
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
    _tally(session, state, {household_id: household}, {household_id: after})
    return member_id


def update_member(
    session: Session,
    actor: Actor | None,
    member_id: int,
    values: Mapping,
    *,
    now: datetime | None = None,
) -> dict:
    """Set ``values`` (MEMBER_COLUMNS) on the member, recorded as changed by ``actor``;
    returns the member's values before (MEMBER_COLUMNS). LookupError for no member."""
    _check_columns(values, MEMBER_COLUMNS)
    state, _, household = _locked_member(session, member_id)
    old = dict(household.members[member_id])
    session.execute(
        _M.update()
        .where(_M.c.id == member_id)
        .values(updated_by_id=account_id(actor), updated_at=clock.utc(now), **values)
    )
    after = _copy(household)
    after.members[member_id].update(values)
    _tally(session, state, {household.id: household}, {household.id: after})
    return old


def remove_member(session: Session, actor: Actor | None, member_id: int) -> dict:
    """Delete the member (out of every count); returns its values (MEMBER_COLUMNS)."""
    state, _, household = _locked_member(session, member_id)
    old = dict(household.members[member_id])
    session.execute(_M.delete().where(_M.c.id == member_id))
    after = _copy(household)
    del after.members[member_id]
    _tally(session, state, {household.id: household}, {household.id: after})
    return old


def move_member(
    session: Session, actor: Actor | None, member_id: int, to_household_id: int
) -> None:
    """Move the member to another household (maybe of another group)."""
    for _ in range(3):
        from_id = _household_of_member(session, member_id)
        if from_id is None:
            break
        state, households = _lock(session, [from_id, to_household_id])
        if to_household_id not in households:
            raise LookupError(f"no household {to_household_id}")
        source = households.get(from_id)
        if source is None or member_id not in source.members:
            continue
        if from_id == to_household_id:
            return
        session.execute(
            _M.update()
            .where(_M.c.id == member_id)
            .values(
                household_id=to_household_id,
                updated_by_id=account_id(actor),
                updated_at=clock.utc(),
            )
        )
        target = households[to_household_id]
        new_source, new_target = _copy(source), _copy(target)
        new_target.members[member_id] = new_source.members.pop(member_id)
        session.execute(
            _R.update()
            .where(_R.c.member_id == member_id)
            .values(household_id=to_household_id, group_id=target.group_id)
        )
        _tally(
            session,
            state,
            {from_id: source, to_household_id: target},
            {from_id: new_source, to_household_id: new_target},
        )
        return
    raise LookupError(f"no member {member_id}")


# Households


def add_household(session: Session, actor: Actor | None, values: Mapping) -> int:
    """A new household without members (``values``: code, group_id, address, phone,
    confirmed_at); its id."""
    now = clock.utc()
    state = rollups.read_state(session, for_write=True)
    household_id = session.execute(
        sa.insert(_H)
        .values(version=1, created_at=now, updated_at=now, updated_by_id=account_id(actor), **values)
        .returning(_H.c.id)
    ).scalar_one()
    new = _Household(household_id, values["group_id"], values.get("confirmed_at"))
    _tally(session, state, {}, {household_id: new})
    return household_id


def update_household(
    session: Session, actor: Actor | None, household_id: int, values: Mapping
) -> dict:
    """Set ``values`` (HOUSEHOLD_COLUMNS) on the household; a new ``group_id`` moves it,
    its members and its help requests to that group. Returns the old values.

    The household's version is the caller's business (``households._bump_version``).
    """
    _check_columns(values, HOUSEHOLD_COLUMNS)
    state, households = _lock(session, [household_id])
    household = households.get(household_id)
    if household is None:
        raise LookupError(f"no household {household_id}")
    old = session.execute(
        sa.select(*(_H.c[c] for c in HOUSEHOLD_COLUMNS)).where(_H.c.id == household_id)
    ).one()._asdict()
    if values:
        session.execute(_H.update().where(_H.c.id == household_id).values(**values))
    after = _copy(
        household,
        group_id=values.get("group_id", household.group_id),
        confirmed_at=values.get("confirmed_at", household.confirmed_at),
    )
    if after.group_id != household.group_id:
        session.execute(
            _R.update().where(_R.c.household_id == household_id).values(group_id=after.group_id)
        )
    _tally(session, state, {household_id: household}, {household_id: after})
    return old


def remove_household(session: Session, actor: Actor | None, household_id: int) -> None:
    """Delete the household and, with it, its members (out of every count)."""
    state, households = _lock(session, [household_id])
    household = households.get(household_id)
    if household is None:
        raise LookupError(f"no household {household_id}")
    session.execute(_M.delete().where(_M.c.household_id == household_id))
    session.execute(_H.delete().where(_H.c.id == household_id))
    _tally(session, state, {household_id: household}, {household_id: None})


# Bulk


def bulk_written(session: Session, group_ids: Collection[int]) -> None:
    """After set-based writes to the members and households of ``group_ids``: recompute
    those groups' tallies (in this transaction)."""
    rollups.rebuild(session, group_ids=set(group_ids))
