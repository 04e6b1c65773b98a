"""Live roll-ups: every group's indicator counts, kept up to date by every write.

``group_tally`` holds one wide row per residential group (``models.TALLY_COLUMNS``):
members, households, confirmations, the household-level sums, the age and
trader counts, and for the four skill indicators a histogram of members by how
many skills they hold (``adult_s0`` … ``adult_s8``), so a changed skill threshold
costs nothing (skilled = the bins at or above it). The ward is the sum of the
rows; nothing here scans members to answer a reader.

What keeps a row equal to ``recompute`` (the same counts from the member rows):

- every member or household write goes through ``digital_family.households.member_writes``,
  which applies the change and its delta (``household_counts`` before and after,
  ``apply_delta``) in the same transaction; bulk writes (import, demo) call
  ``rebuild`` for the groups they touched;
- ``rollup_state`` records the reference year and the moment ``window_as_of``
  the tallies count for. The first reader after Vietnam's year changes, or a
  day after ``window_as_of``, rolls them forward (``ensure_current``): the
  birth cohorts that crossed an age line are recounted, and the households
  whose confirmation slid out of the 180-day window are subtracted (an index
  range scan on ``household.confirmed_at``).
- Readers are exact at any moment: ``confirmed_recent`` is corrected by the
  households confirmed between the tallies' cutoff and the reader's. A report
  for another reference year falls back to the full recomputation
  (``indicators.indicator_counts_sql``, the reference engine).

Locking (PostgreSQL, READ COMMITTED): writers read ``rollup_state`` FOR SHARE
before touching a tally row; rolling forward and rebuilding lock it exclusively
(an UPDATE) first. Everyone takes that lock before any ``group_tally`` row, and
several tally rows in group-id order, so there is no deadlock, and a roll never
interleaves with a write it would double-count. On SQLite writes are serial.

``verify`` compares every row with ``recompute`` and the derived sums with the
reference engine; ``rebuild`` recomputes (``digital-family rollups verify|rebuild``).

Over 500 lines on purpose: one idea, the tallies and what keeps each row equal to
``recompute`` (state, rolling forward, deltas, checking); reading them for reports is
``figures``.
"""

from __future__ import annotations

from collections.abc import Collection, Iterable, Mapping, Sequence
from dataclasses import dataclass
from datetime import datetime, timedelta
from functools import lru_cache
from typing import Any

import sqlalchemy as sa
from sqlmodel import Session

from digital_family.base import clock, db
from digital_family.base.codes import TRADER_FLAGS
from digital_family.base.db import Condition, core_rows, rows_changed
from digital_family.base.models import (
    SKILL_COLUMNS,
    SKILL_COUNTS,
    TALLY_COLUMNS,
    TALLY_HISTOGRAMS,
    Household,
    Member,
    ResidentialGroup,
    RollupState,
    Ward,
    group_tally,
    table_of,
)
from digital_family.ward import settings as ward_settings
from digital_family.ward.indicators import (
    HOUSEHOLD_SUMS,
    LEARNING_STATUSES_ACTIVE,
    MEMBER_SUMS,
    RECENT_DAYS,
    SUMS,
    count_if,
    indicator_counts_sql,
    skill_count_sql,
)

_T = group_tally
_S = table_of(RollupState)
_H = table_of(Household)
_M = table_of(Member)
_G = table_of(ResidentialGroup)

WINDOW = timedelta(days=RECENT_DAYS)
ROLL_AFTER = timedelta(days=1)  # readers slide the window at most this often
MAX_YEAR_ROLL = 3  # years; a bigger jump rebuilds instead of recounting cohorts
STUDENT_AGE, VNEID_AGE, ADULT_AGE = 15, 16, 18
AGE_LINES = (STUDENT_AGE, VNEID_AGE, ADULT_AGE)
# The member columns a tally depends on (what member_writes reads before a change).
MEMBER_FIELDS = (
    "birth_year",
    "occupation",
    "has_smartphone",
    "has_epayment",
    "vneid_level",
    *SKILL_COLUMNS.values(),
    "learning_status",
    *TRADER_FLAGS,
)
HOUSEHOLD_COLUMNS = ("households", "confirmed", "confirmed_recent")
# Columns that depend on the reference year (recounted when it changes).
AGE_COLUMNS = (
    "adult_smartphone",
    "adult_epayment",
    "age_16",
    "age_16_vneid",
    *tuple(f"{c}_s{k}" for c in ("student_15", "adult") for k in SKILL_COUNTS),
)
# The indicator sums (indicators.SUMS) that are a histogram's total and its skilled part.
_HISTOGRAM_SUMS = {
    "public_sector": ("public_sector", "public_sector_skilled"),
    "student_15": ("student_15", "student_15_skilled"),
    "adult": ("adult", "adult_skilled"),
    "enterprise": ("enterprise", "enterprise_skilled"),
}
assert tuple(_HISTOGRAM_SUMS) == TALLY_HISTOGRAMS
_SKILL_FIELDS = tuple(SKILL_COLUMNS.values())


# The state


@dataclass(frozen=True)
class State:
    """What the tallies count for; both None until they are first built."""

    reference_year: int | None
    window_as_of: datetime | None

    @property
    def year(self) -> int:
        """The reference year of built tallies (RuntimeError before they are built)."""
        if self.reference_year is None:
            raise RuntimeError("the roll-up tallies are not built yet")
        return self.reference_year

    @property
    def as_of(self) -> datetime:
        """The window's moment of built tallies (RuntimeError before they are built)."""
        if self.window_as_of is None:
            raise RuntimeError("the roll-up tallies are not built yet")
        return self.window_as_of

    @property
    def built(self) -> bool:
        return self.reference_year is not None and self.window_as_of is not None

    @property
    def window_start(self) -> datetime:
        """Households confirmed at or after this moment count as confirmed recently."""
        return self.as_of - WINDOW


_STATE = sa.select(_S.c.reference_year, _S.c.window_as_of).where(_S.c.id == 1)
_STATE_FOR_WRITE = _STATE.with_for_update(read=True)


def read_state(session: Session, *, for_write: bool = False) -> State:
    """The roll-up state; ``for_write`` holds it (FOR SHARE) until commit, so no roll
    or rebuild runs between reading it and applying a delta computed with it."""
    row = core_rows(session, _STATE_FOR_WRITE if for_write else _STATE).first()
    if row is None:
        return State(None, None)
    return State(row[0], row[1])


def _lock_state(session: Session) -> State:
    """The state, locked against writers and other rollers until commit."""
    now = clock.utc()
    update = _S.update().where(_S.c.id == 1).values(updated_at=now)
    if rows_changed(session, update) != 1:  # the row was deleted (demo --reset)
        db.upsert(session, _S, [{"id": 1, "updated_at": now}], key=("id",))
        session.exec(update)
    return read_state(session)


def _set_state(session: Session, state: State) -> None:
    session.exec(
        _S.update()
        .where(_S.c.id == 1)
        .values(reference_year=state.reference_year, window_as_of=state.window_as_of)
    )


def _due(state: State, year: int, now: datetime) -> bool:
    return (
        not state.built
        or state.reference_year != year
        or now - state.as_of >= ROLL_AFTER
    )


def ensure_current(session: Session, *, now: datetime | None = None) -> State:
    """The state, once the tallies are built and rolled forward to ``now``.

    ``now`` (default: this moment) decides Vietnam's year and the window: when the
    year differs from the tallies' or the window is a day old or more, the
    tallies are rolled forward in this transaction (built, the first time).
    """
    now = clock.utc(now)
    year = clock.vietnam_year(now)
    state = read_state(session)
    if not _due(state, year, now):
        return state
    state = _lock_state(session)
    if not _due(state, year, now):  # another transaction rolled them meanwhile
        return state
    new = State(year, now)
    if not state.built or abs(year - state.year) > MAX_YEAR_ROLL:
        _recompute_into(session, new, group_ids=None)
    else:
        if year != state.reference_year:
            _roll_year(session, state.year, year)
        if now > state.as_of:
            _slide_window(session, state.as_of, now)
        else:
            new = State(year, state.window_as_of)
    _set_state(session, new)
    return new


# Recomputing from the member rows


def _member_tally_columns(reference_year: int, dialect_name: str, skills: sa.ColumnElement[int]
                          ) -> dict[str, sa.ColumnElement[int]]:
    occupation, birth_year = _M.c.occupation, _M.c.birth_year
    adult = birth_year <= reference_year - ADULT_AGE
    age_16 = birth_year <= reference_year - VNEID_AGE
    trader = occupation == "small_trader"
    categories: dict[str, sa.ColumnElement[bool]] = {
        "public_sector": occupation == "public_sector",
        "student_15": sa.and_(occupation == "student", birth_year <= reference_year - STUDENT_AGE),
        "adult": adult,
        "enterprise": occupation == "enterprise_worker",
    }
    learning = _M.c.learning_status.in_(LEARNING_STATUSES_ACTIVE)
    columns: dict[str, sa.ColumnElement[int]] = {
        "members": sa.func.count(),
        "households_with_members": sa.func.count(sa.distinct(_M.c.household_id)),
        "households_learning": sa.func.count(sa.distinct(_M.c.household_id)).filter(learning),
        "adult_smartphone": count_if(sa.and_(adult, _M.c.has_smartphone)),
        "adult_epayment": count_if(sa.and_(adult, _M.c.has_epayment)),
        "age_16": count_if(age_16),
        "age_16_vneid": count_if(sa.and_(age_16, _M.c.vneid_level >= 1)),
        "trader": count_if(trader),
        **{flag: count_if(sa.and_(trader, _M.c[flag])) for flag in TRADER_FLAGS},
    }
    for category, condition in categories.items():
        for k in SKILL_COUNTS:
            columns[f"{category}_s{k}"] = count_if(sa.and_(condition, skills == k))
    return columns


def recompute(
    session: Session,
    state: State,
    *,
    group_ids: Collection[int] | None = None,
    member_filter: Condition | None = None,
    members_only: bool = False,
) -> dict[int, dict[str, int]]:
    """The tally of every group (or of ``group_ids``) from the member and household rows,
    for ``state``'s reference year and window; groups without households are absent.

    ``member_filter`` (a condition on member columns) counts only those members;
    ``members_only`` leaves out the household columns.
    """
    dialect_name = session.get_bind().dialect.name
    columns = _member_tally_columns(
        state.year, dialect_name, skill_count_sql(dialect_name)
    )
    query = (
        sa.select(_H.c.group_id, *(expr.label(name) for name, expr in columns.items()))
        .select_from(_M.join(_H, _H.c.id == _M.c.household_id))
        .group_by(_H.c.group_id)
    )
    if member_filter is not None:
        query = query.where(member_filter)
    if group_ids is not None:
        query = query.where(_H.c.group_id.in_(sorted(group_ids)))
    result: dict[int, dict[str, int]] = {}
    for row in core_rows(session, query):
        result[row[0]] = dict(zip(columns, (int(v or 0) for v in row[1:])))
    if members_only:
        return result
    confirmed_at = _H.c.confirmed_at
    households = sa.select(
        _H.c.group_id,
        sa.func.count(),
        sa.func.count(confirmed_at),
        count_if(confirmed_at >= state.window_start),
    ).group_by(_H.c.group_id)
    if group_ids is not None:
        households = households.where(_H.c.group_id.in_(sorted(group_ids)))
    for group_id, *values in core_rows(session, households):
        sums = result.setdefault(group_id, {})
        sums.update(zip(HOUSEHOLD_COLUMNS, (int(v or 0) for v in values)))
    return result


def _zero_row(group_id: int) -> dict[str, int]:
    return {"group_id": group_id, **dict.fromkeys(TALLY_COLUMNS, 0)}


def _recompute_into(session: Session, state: State, *, group_ids: Collection[int] | None) -> int:
    """Replace the tally rows of every group (or of ``group_ids``) by ``recompute``."""
    counts = recompute(session, state, group_ids=group_ids)
    groups = sa.select(_G.c.id)
    delete = _T.delete()
    if group_ids is not None:
        groups = groups.where(_G.c.id.in_(sorted(group_ids)))
        delete = delete.where(_T.c.group_id.in_(sorted(group_ids)))
    rows: list[dict[str, int]] = []
    for (group_id,) in core_rows(session, groups.order_by(_G.c.id)):
        row = _zero_row(group_id)
        row.update(counts.get(group_id, {}))
        rows.append(row)
    session.exec(delete)
    for start in range(0, len(rows), 2000):
        session.exec(_T.insert(), params=rows[start : start + 2000])
    return len(rows)


def rebuild(
    session: Session, *, group_ids: Collection[int] | None = None, now: datetime | None = None
) -> int:
    """Recompute the tallies from the member rows, in this transaction; the rows written.

    Every group (``group_ids`` None), for Vietnam's year and the window at ``now``;
    or only ``group_ids`` (a bulk write's groups) for the state the others count for.
    """
    state = _lock_state(session)
    if group_ids is not None and state.built:
        return _recompute_into(session, state, group_ids=group_ids) if group_ids else 0
    now = clock.utc(now)
    state = State(clock.vietnam_year(now), now)
    _set_state(session, state)
    return _recompute_into(session, state, group_ids=None)


# Rolling forward


def _apply_many(session: Session, deltas: Mapping[int, Mapping[str, int]]) -> None:
    for group_id in sorted(deltas):
        apply_delta(session, group_id, deltas[group_id])


def _slide_window(session: Session, old: datetime, new: datetime) -> None:
    """Move ``confirmed_recent`` from counting since ``old - WINDOW`` to ``new - WINDOW``."""
    counts = confirmations_between(session, old - WINDOW, new - WINDOW)
    _apply_many(session, {g: {"confirmed_recent": -n} for g, n in counts.items()})


_CONFIRMED_BETWEEN = (
    sa.select(_H.c.group_id, sa.func.count())
    .where(_H.c.confirmed_at >= sa.bindparam("start"), _H.c.confirmed_at < sa.bindparam("end"))
    .group_by(_H.c.group_id)
)
_CONFIRMED_BETWEEN_IN = _CONFIRMED_BETWEEN.where(
    _H.c.group_id.in_(sa.bindparam("group_ids", expanding=True))
)
_CONFIRMED_BETWEEN_WARD = _CONFIRMED_BETWEEN.where(_H.c.ward_id == sa.bindparam("ward"))
_CONFIRMED_BETWEEN_BY_WARD = (
    sa.select(_H.c.ward_id, sa.func.count())
    .where(_H.c.confirmed_at >= sa.bindparam("start"), _H.c.confirmed_at < sa.bindparam("end"))
    .group_by(_H.c.ward_id)
)


def confirmations_by_ward(session: Session, start: datetime, end: datetime) -> dict[int, int]:
    """``confirmations_between`` per ward rather than per group (the city's figures)."""
    sign = 1
    if end < start:
        start, end, sign = end, start, -1
    if end == start:
        return {}
    rows = core_rows(session, _CONFIRMED_BETWEEN_BY_WARD, {"start": start, "end": end})
    return {ward_id: sign * int(n) for ward_id, n in rows}


def confirmations_between(
    session: Session, start: datetime, end: datetime, *, group_ids: Collection[int] | None = None,
    ward_id: int | None = None,
) -> dict[int, int]:
    """Per group (of ``group_ids``, else of ward ``ward_id``, else of the city): households
    confirmed in [start, end), negative counts when end < start."""
    sign = 1
    if end < start:
        start, end, sign = end, start, -1
    if end == start:
        return {}
    params: dict[str, object] = {"start": start, "end": end}
    statement = _CONFIRMED_BETWEEN
    if group_ids is not None:
        statement, params["group_ids"] = _CONFIRMED_BETWEEN_IN, sorted(group_ids)
    elif ward_id is not None:
        statement, params["ward"] = _CONFIRMED_BETWEEN_WARD, ward_id
    return {group_id: sign * int(n) for group_id, n in core_rows(session, statement, params)}


def _roll_year(session: Session, old: int, new: int) -> None:
    """Recount, for year ``new``, only the birth cohorts that crossed an age line since ``old``."""
    low, high = sorted((old, new))
    cohorts = sorted({year - age for age in AGE_LINES for year in range(low + 1, high + 1)})
    in_cohorts = _M.c.birth_year.in_(cohorts)
    before = recompute(session, State(old, None), member_filter=in_cohorts, members_only=True)
    after = recompute(session, State(new, None), member_filter=in_cohorts, members_only=True)
    deltas: dict[int, dict[str, int]] = {}
    for group_id in set(before) | set(after):
        b, a = before.get(group_id, {}), after.get(group_id, {})
        deltas[group_id] = {c: a.get(c, 0) - b.get(c, 0) for c in AGE_COLUMNS}
    _apply_many(session, deltas)


# Deltas (used by member_writes)


def member_counts(member: Mapping[str, Any], reference_year: int) -> dict[str, int]:
    """What one member adds to its group's tally, household-level columns aside.

    The Python twin of ``_member_tally_columns`` (SPEC §3): tests hold them equal.
    """
    age: int = reference_year - member["birth_year"]
    skills = sum(1 for field in _SKILL_FIELDS if member[field])
    occupation: str = member["occupation"]
    out = {"members": 1}
    if occupation == "public_sector":
        out[f"public_sector_s{skills}"] = 1
    elif occupation == "enterprise_worker":
        out[f"enterprise_s{skills}"] = 1
    elif occupation == "student" and age >= STUDENT_AGE:
        out[f"student_15_s{skills}"] = 1
    elif occupation == "small_trader":
        out["trader"] = 1
        for flag in TRADER_FLAGS:
            if member[flag]:
                out[flag] = 1
    if age >= ADULT_AGE:
        out[f"adult_s{skills}"] = 1
        if member["has_smartphone"]:
            out["adult_smartphone"] = 1
        if member["has_epayment"]:
            out["adult_epayment"] = 1
    if age >= VNEID_AGE:
        out["age_16"] = 1
        if member["vneid_level"] >= 1:
            out["age_16_vneid"] = 1
    return out


def household_counts(
    confirmed_at: datetime | None, members: Iterable[Mapping[str, Any]], state: State
) -> dict[str, int]:
    """What one household and its ``members`` (MEMBER_FIELDS) add to its group's tally."""
    out = {"households": 1}
    if confirmed_at is not None:
        out["confirmed"] = 1
        if clock.utc(confirmed_at) >= state.window_start:
            out["confirmed_recent"] = 1
    learning = False
    for member in members:
        for name, n in member_counts(member, state.year).items():
            out[name] = out.get(name, 0) + n
        learning = learning or member["learning_status"] in LEARNING_STATUSES_ACTIVE
    if out.get("members"):
        out["households_with_members"] = 1
        if learning:
            out["households_learning"] = 1
    return out


def difference(after: Mapping[str, int], before: Mapping[str, int]) -> dict[str, int]:
    """``after - before``, only the columns that differ."""
    out: dict[str, int] = {}
    for name in after.keys() | before.keys():
        change = after.get(name, 0) - before.get(name, 0)
        if change:
            out[name] = change
    return out


_BUMP_CACHE: dict[tuple[str, ...], sa.Update] = {}


def apply_delta(session: Session, group_id: int, delta: Mapping[str, int]) -> None:
    """Add ``delta`` (column -> change) to the group's tally row, creating it if needed."""
    names = tuple(sorted(name for name, change in delta.items() if change))
    if not names:
        return
    statement = _BUMP_CACHE.get(names)
    if statement is None:
        statement = (
            _T.update()
            .where(_T.c.group_id == sa.bindparam("_group"))
            .values({name: _T.c[name] + sa.bindparam(f"_d_{name}") for name in names})
        )
        _BUMP_CACHE[names] = statement
    params = {"_group": group_id, **{f"_d_{name}": delta[name] for name in names}}
    if rows_changed(session, statement, params) == 1:
        return
    db.upsert(session, _T, [_zero_row(group_id)], key=("group_id",))
    session.exec(statement, params=params)


# The indicator sums over the tallies


@lru_cache(maxsize=16)
def sum_expressions(threshold: int) -> dict[str, sa.ColumnElement[int]]:
    """Every indicator sum (indicators.SUMS) as an expression over the tally columns."""
    out: dict[str, sa.ColumnElement[int]] = {}
    for category, (total, skilled) in _HISTOGRAM_SUMS.items():
        bins = [_T.c[f"{category}_s{k}"] for k in SKILL_COUNTS]
        out[total] = _sum(bins)
        out[skilled] = _sum(bins[max(threshold, 0) :])
    for name in SUMS:
        if name not in out:
            out[name] = _T.c[name]
    return {name: out[name] for name in SUMS}


def _sum(columns: Sequence[sa.ColumnElement[int]]) -> sa.ColumnElement[int]:
    if not columns:
        return sa.literal(0)
    expression = columns[0]
    for column in columns[1:]:
        expression = expression + column
    return expression


# Checking


@dataclass(frozen=True)
class Difference:
    group_code: str
    column: str
    stored: int
    expected: int

    def __str__(self) -> str:
        return f"{self.group_code}: {self.column} = {self.stored}, expected {self.expected}"


def verify(session: Session, ward_id: int | None = None) -> list[Difference]:
    """Every way the stored tallies (of every ward, or of ``ward_id``'s groups) differ from
    a recomputation from the member rows, and the indicator sums derived from them (at
    each ward's own skill threshold) from the reference engine. [] when equal. Checked
    across wards, each group is named with its ward ("phuong-liet/TDP01")."""
    state = read_state(session)
    if not state.built:
        return [Difference("*", "rollup_state", 0, 1)]
    groups_query = sa.select(_G.c.id, _G.c.code, _G.c.ward_id)
    stored_query = sa.select(_T.c.group_id, *(_T.c[c] for c in TALLY_COLUMNS))
    if ward_id is not None:
        groups_query = groups_query.where(_G.c.ward_id == ward_id)
        stored_query = stored_query.join(_G, _G.c.id == _T.c.group_id).where(
            _G.c.ward_id == ward_id)
    groups: dict[int, tuple[str, int]] = {
        row[0]: (row[1], row[2]) for row in core_rows(session, groups_query)}
    codes = {group_id: code for group_id, (code, _) in groups.items()}
    if len({w for _, w in groups.values()}) > 1:  # a city's groups: named with their ward
        ward_codes = dict(core_rows(session, sa.select(table_of(Ward).c.id,
                                                       table_of(Ward).c.code)).all())
        codes = {g: f"{ward_codes[w]}/{code}" for g, (code, w) in groups.items()}
    stored: dict[int, dict[str, int]] = {
        row[0]: dict(zip(TALLY_COLUMNS, row[1:])) for row in core_rows(session, stored_query)
    }
    expected = recompute(session, state, group_ids=None if ward_id is None else list(codes))
    differences: list[Difference] = []
    for group_id, code in sorted(codes.items(), key=lambda item: item[1]):
        have, want = stored.get(group_id), expected.get(group_id, {})
        if have is None:
            if any(want.values()):
                differences.append(Difference(code, "(no row)", 0, 1))
            continue
        for column in TALLY_COLUMNS:
            if have[column] != want.get(column, 0):
                differences.append(Difference(code, column, have[column], want.get(column, 0)))
    for group_id in sorted(set(stored) - set(codes)):
        differences.append(Difference(f"#{group_id}", "(row of no group)", 1, 0))
    # The indicator sums read from the tallies against the reference engine, ward by ward.
    for ward in sorted({w for _, w in groups.values()}):
        ward_groups = sorted((g for g, (_, w) in groups.items() if w == ward),
                             key=lambda g: codes[g])
        differences += _sum_differences(session, state, ward, ward_groups, codes)
    return differences


def _sum_differences(session: Session, state: State, ward_id: int, group_ids: list[int],
                     codes: Mapping[int, str]) -> list[Difference]:
    """The indicator sums of ``group_ids`` read from the tallies (at the ward's skill
    threshold) against the reference engine."""
    threshold = ward_settings.skill_threshold(session, ward_id)
    reference = indicator_counts_sql(session, threshold=threshold, reference_year=state.year,
                                     now=state.as_of, group_ids=group_ids)
    derived = sum_expressions(threshold)
    read: dict[int, dict[str, int]] = {
        row[0]: dict(zip(SUMS, row[1:]))
        for row in core_rows(
            session, sa.select(_T.c.group_id, *(e.label(n) for n, e in derived.items()))
            .where(_T.c.group_id.in_(group_ids))
        )
    }
    differences: list[Difference] = []
    for group_id in group_ids:
        want, have = reference.get(group_id, {}), read.get(group_id, {})
        for name in MEMBER_SUMS + HOUSEHOLD_SUMS:
            if have.get(name, 0) != want.get(name, 0):
                differences.append(Difference(
                    codes[group_id], f"sum {name}", have.get(name, 0), want.get(name, 0)))
    return differences
