"""The report query engine: the ward's and the groups' indicator sums and reports.

``read`` answers from the live tallies (``rollups``: one query over ``group_tally``,
sorted and paged in SQL, corrected for the confirmations that slid out of the window);
when they count for another reference year, ``_figures`` asks the reference engine
(``indicators.indicator_counts_sql``) instead and sorts and pages in Python. The
reports (``ward_report``, ``group_reports``, ``group_reports_page`` …) are built from
these sums with ``indicators.build_report``.

It sits above both ``indicators`` (the definitions and the reference engine) and
``rollups`` (the tallies every write keeps current), which import neither it nor
each other's readers.
"""

from __future__ import annotations

from collections.abc import Collection, Iterable, Mapping
from dataclasses import dataclass
from datetime import datetime
from functools import lru_cache

import sqlalchemy as sa
from sqlmodel import Session

from digital_family.base import paging
from digital_family.base.clock import utc, vietnam_year
from digital_family.base.db import CoreQuery, core_rows
from digital_family.base.groups import find_group
from digital_family.base.models import ResidentialGroup, Ward, group_tally, table_of
from digital_family.base.permissions import Action, Actor, require
from digital_family.base.validation import ValidationError
from digital_family.base.wards import ward_of
from digital_family.ward import rollups
from digital_family.ward import settings as ward_settings
from digital_family.ward.indicators import (
    INDICATOR_CODES,
    INDICATORS,
    SUMS,
    WARD_SCOPE,
    ScopeReport,
    build_report,
    get_targets,
    indicator_counts_sql,
)

_T = group_tally
_G = table_of(ResidentialGroup)
_W = table_of(Ward)
NO_VALUE = 2.0  # sorts a group with nobody to count after every value (0..1)


# Reading the tallies


def value_order(code: str, threshold: int) -> sa.ColumnElement[float]:
    """SQL over the tallies: indicator ``code``'s value, and 2 where its denominator is 0:
    ascending, the furthest behind come first and groups with nobody to count last."""
    definition = next(d for d in INDICATORS if d.code == code)
    derived = rollups.sum_expressions(threshold)
    numerator, denominator = derived[definition.numerator], derived[definition.denominator]
    return sa.case(
        (sa.func.coalesce(denominator, 0) == 0, sa.literal(NO_VALUE)),
        else_=sa.cast(numerator, sa.Float) / sa.cast(denominator, sa.Float),
    )


@dataclass(frozen=True)
class Sums:
    """What the tallies say: the ward's sums and/or some groups' (in the order asked)."""

    ward: dict[str, int] | None
    groups: list[tuple[int, str, dict[str, int]]]  # (group id, code, sums)
    total_groups: int | None = None  # when paging: groups in the ward

    def ward_sums(self) -> dict[str, int]:
        """The ward's sums, for a caller that asked for them (``ward=True``)."""
        if self.ward is None:
            raise ValueError("the ward's sums were not asked for")
        return self.ward

    def group_total(self) -> int:
        """How many groups the ward has, for a caller that asked for a page."""
        if self.total_groups is None:
            raise ValueError("the groups were not paged")
        return self.total_groups


@lru_cache(maxsize=128)
def _read_statement(
    threshold: int, groups: str, ward: bool, sort_by: str | None, paged: bool
) -> CoreQuery:
    """The query ``read`` runs, built once per shape. ``groups``: "all", "some" (bound
    ``group_ids``) or "none"; ``paged``: bound ``offset`` and ``limit``."""
    derived = rollups.sum_expressions(threshold)
    in_ward = _G.c.ward_id == sa.bindparam("ward", type_=sa.Integer)
    group_query = ward_query = None
    if groups != "none":
        sums = [sa.func.coalesce(e, 0).label(n) for n, e in derived.items()]
        group_query = sa.select(_G.c.id, _G.c.code, sa.literal(0).label("ward_row"), *sums)
        group_query = group_query.select_from(
            _G.outerjoin(_T, _T.c.group_id == _G.c.id)).where(in_ward)
        if groups == "some":
            group_query = group_query.where(
                _G.c.id.in_(sa.bindparam("group_ids", expanding=True))
            )
        if paged:
            group_query = group_query.add_columns(sa.func.count().over())
            if sort_by is not None:
                group_query = group_query.order_by(value_order(sort_by, threshold))
            group_query = group_query.order_by(_G.c.code).offset(
                sa.bindparam("offset", type_=sa.Integer)
            ).limit(sa.bindparam("limit", type_=sa.Integer))
    if ward:
        ward_query = sa.select(
            sa.null().label("id"),
            sa.null().label("code"),
            sa.literal(1).label("ward_row"),
            *(sa.func.coalesce(sa.func.sum(e), 0).label(n) for n, e in derived.items()),
        ).select_from(_T.join(_G, _G.c.id == _T.c.group_id)).where(in_ward)
    if group_query is not None and ward_query is not None:
        # One round trip: the groups by code, then the ward's row.
        assert not paged
        return sa.union_all(group_query, ward_query).order_by(
            sa.column("ward_row"), sa.column("code")
        )
    if group_query is not None:
        return group_query if paged else group_query.order_by(_G.c.code)
    if ward_query is None:
        raise ValueError("nothing to read: neither groups nor the ward")
    return ward_query


def read(
    session: Session,
    *,
    ward_id: int,
    threshold: int,
    reference_year: int,
    now: datetime,
    groups: bool | Collection[int] = True,
    ward: bool = False,
    sort_by: str | None = None,
    offset: int = 0,
    limit: int | None = None,
) -> Sums | None:
    """Indicator sums (as ``indicators.indicator_counts_sql`` gives them) of ward
    ``ward_id`` from the tallies, or None when they count for another reference year (then
    ask the reference engine).

    ``groups``: every group of the ward (True, in code order; empty groups give zeros),
    some of its group ids, or none (False). ``ward``: the ward's sums too, in the same query.
    ``sort_by`` (an indicator code, lowest value first) with ``offset``/``limit``
    reads one page of groups and counts them all (then without the ward). One
    round trip for the sums, one for the window's correction.
    """
    state = rollups.ensure_current(session)
    if state.reference_year != reference_year:
        return None
    paged = limit is not None
    params: dict[str, object] = {"ward": ward_id}
    mode = "all" if groups is True else "none" if groups is False else "some"
    if not isinstance(groups, bool):
        params["group_ids"] = sorted(groups)
    if paged:
        params.update(offset=offset, limit=limit)
    statement = _read_statement(threshold, mode, ward and not paged, sort_by if paged else None,
                                paged)
    rows = list(core_rows(session, statement, params).all())
    if ward and paged:
        rows += core_rows(session, _read_statement(threshold, "none", True, None, False),
                          {"ward": ward_id}).all()
    ward_sums: dict[str, int] | None = None
    group_rows: list[tuple[int, str, dict[str, int]]] = []
    total: int | None = None
    width = len(SUMS)
    for row in rows:
        values: dict[str, int] = dict(zip(SUMS, map(int, row[3 : 3 + width])))
        if row[0] is None:
            ward_sums = values
        else:
            group_rows.append((row[0], row[1], values))
            if paged:
                total = int(row[-1])
    if paged and total is None:  # a page past the end
        total = core_rows(session, sa.select(sa.func.count()).select_from(_G).where(
            _G.c.ward_id == ward_id)).scalar_one()
    # The window: tallies count confirmations since state.window_start; readers since now's.
    slid = rollups.confirmations_between(
        session,
        state.window_start,
        now - rollups.WINDOW,
        group_ids=None if ward or groups is True else [r[0] for r in group_rows],
        ward_id=ward_id,
    )
    if slid:
        for group_id, _, values in group_rows:
            values["confirmed_recent"] -= slid.get(group_id, 0)
        if ward_sums is not None:
            ward_sums["confirmed_recent"] -= sum(slid.values())
    return Sums(ward_sums, group_rows, total)


# Reports


def _resolve_time(reference_year: int | None, now: datetime | None) -> tuple[int, datetime]:
    now = utc(now)
    if reference_year is None:
        reference_year = vietnam_year(now)
    return reference_year, now


def add_sums(all_sums: Iterable[Mapping[str, int]]) -> dict[str, int]:
    """The sums of several scopes added up (a ward of its groups, the city of its wards)."""
    total: dict[str, int] = dict.fromkeys(SUMS, 0)
    for sums in all_sums:
        for name, value in sums.items():
            total[name] += value
    return total


def _figures(
    session: Session,
    ward_id: int,
    reference_year: int,
    now: datetime,
    *,
    groups: bool | Collection[int] = True,
    ward: bool = False,
    sort_by: str | None = None,
    offset: int = 0,
    limit: int | None = None,
) -> Sums:
    """``Sums`` from the live tallies (``read``), or, when they count for
    another reference year, from the reference engine (sorted and paged here)."""
    threshold = ward_settings.skill_threshold(session, ward_id)
    found = read(
        session, ward_id=ward_id, threshold=threshold, reference_year=reference_year, now=now,
        groups=groups, ward=ward, sort_by=sort_by, offset=offset, limit=limit,
    )
    if found is not None:
        return found
    subset = None if groups is True or groups is False else groups
    ward_groups = [g for (g,) in core_rows(session, sa.select(_G.c.id).where(
        _G.c.ward_id == ward_id))]
    counts = indicator_counts_sql(
        session, threshold=threshold, reference_year=reference_year, now=now,
        group_ids=subset if subset is not None and not ward else ward_groups,
    )
    empty = dict.fromkeys(SUMS, 0)
    rows: list[tuple[int, str, dict[str, int]]] = []
    if groups is not False:
        query = sa.select(_G.c.id, _G.c.code).where(_G.c.ward_id == ward_id).order_by(_G.c.code)
        if subset is not None:
            query = query.where(_G.c.id.in_(sorted(subset)))
        rows = [
            (gid, code, {**empty, **counts.get(gid, {})}) for gid, code in core_rows(session, query)
        ]
    total = None
    if limit is not None:
        if sort_by is not None:
            definition = next(d for d in INDICATORS if d.code == sort_by)

            def value(row: tuple[int, str, dict[str, int]]) -> float:
                sums = row[2]
                denominator = sums[definition.denominator]
                return sums[definition.numerator] / denominator if denominator else NO_VALUE

            rows.sort(key=value)  # stable: code order among equals, as in SQL
        total, rows = len(rows), rows[offset : offset + limit]
    return Sums(add_sums(counts.values()) if ward else None, rows, total)


def ward_report(
    session: Session, ward_id: int, *, reference_year: int | None = None,
    now: datetime | None = None
) -> ScopeReport:
    """The indicators and completion of the whole ward (a sum over its group tallies)."""
    reference_year, now = _resolve_time(reference_year, now)
    sums = _figures(session, ward_id, reference_year, now, groups=False, ward=True).ward_sums()
    return build_report(WARD_SCOPE, reference_year, sums, get_targets(session, ward_id))


CITY_SCOPE = "city"


def city_report(
    session: Session, *, reference_year: int | None = None, now: datetime | None = None
) -> ScopeReport:
    """The city's indicators and completion: the sums of every ward's numerators and
    denominators (each ward at its own skill threshold), against the SPEC's targets."""
    reference_year, now = _resolve_time(reference_year, now)
    sums = add_sums(wards_sums(session, reference_year=reference_year, now=now).values())
    targets = {d.code: d.target_default for d in INDICATORS}
    return build_report(CITY_SCOPE, reference_year, sums, targets)


def wards_sums(session: Session, *, reference_year: int | None = None,
               now: datetime | None = None) -> dict[int, dict[str, int]]:
    """Every ward's sums (ward id → sums, zeros for a ward without households), each at
    its own skill threshold: one grouped query over the tallies per distinct threshold
    (at most eight), and one for the confirmations that slid out of the window. Numbers
    only: the caller checks who asks."""
    reference_year, now = _resolve_time(reference_year, now)
    ward_ids = [w for (w,) in core_rows(session, sa.select(_W.c.id).order_by(_W.c.id))]
    thresholds = ward_settings.read_every_ward(session, ward_settings.SKILL_THRESHOLD, ward_ids)
    by_threshold: dict[int, list[int]] = {}
    for ward_id, threshold in thresholds.items():
        by_threshold.setdefault(threshold, []).append(ward_id)
    state = rollups.ensure_current(session)
    if state.reference_year != reference_year:  # another year: the reference engine, per ward
        return {w: _figures(session, w, reference_year, now, groups=False, ward=True).ward_sums()
                for w in ward_ids}
    found: dict[int, dict[str, int]] = {w: dict.fromkeys(SUMS, 0) for w in ward_ids}
    for threshold, ids in sorted(by_threshold.items()):
        derived = rollups.sum_expressions(threshold)
        query = (
            sa.select(_G.c.ward_id,
                      *(sa.func.coalesce(sa.func.sum(e), 0).label(n) for n, e in derived.items()))
            .select_from(_T.join(_G, _G.c.id == _T.c.group_id))
            .where(_G.c.ward_id.in_(ids))
            .group_by(_G.c.ward_id)
        )
        for ward_id, *values in core_rows(session, query):
            found[ward_id] = dict(zip(SUMS, map(int, values)))
    slid = rollups.confirmations_by_ward(session, state.window_start, now - rollups.WINDOW)
    for ward_id, n in slid.items():
        if ward_id in found:
            found[ward_id]["confirmed_recent"] -= n
    return found


def ward_and_group_sums(
    session: Session, ward_id: int, *, reference_year: int | None = None,
    now: datetime | None = None
) -> tuple[dict[str, int], dict[str, dict[str, int]]]:
    """The ward's sums and every group's (by group code, in code order): the figures of
    ``ward_and_group_reports`` without a report object per group. One query."""
    reference_year, now = _resolve_time(reference_year, now)
    found = _figures(session, ward_id, reference_year, now, ward=True)
    return found.ward_sums(), {code: sums for _, code, sums in found.groups}


def group_reports(
    session: Session,
    ward_id: int,
    *,
    reference_year: int | None = None,
    now: datetime | None = None,
    group_ids: Collection[int] | None = None,
) -> dict[str, ScopeReport]:
    """Every group's report (empty groups included), keyed and ordered by group code.

    ``group_ids``: only those groups (ids of no group are ignored).
    """
    reference_year, now = _resolve_time(reference_year, now)
    if group_ids is not None and not group_ids:
        return {}
    found = _figures(session, ward_id, reference_year, now,
                     groups=True if group_ids is None else group_ids)
    targets = get_targets(session, ward_id)
    return {
        code: build_report(code, reference_year, sums, targets) for _, code, sums in found.groups
    }


def ward_and_group_reports(
    session: Session, ward_id: int, *, reference_year: int | None = None,
    now: datetime | None = None
) -> tuple[ScopeReport, dict[str, ScopeReport]]:
    """The ward's report and every group's."""
    reference_year, now = _resolve_time(reference_year, now)
    ward, by_group = ward_and_group_sums(session, ward_id, reference_year=reference_year,
                                         now=now)
    targets = get_targets(session, ward_id)
    return build_report(WARD_SCOPE, reference_year, ward, targets), {
        code: build_report(code, reference_year, sums, targets) for code, sums in by_group.items()
    }


@dataclass(frozen=True)
class GroupPage:
    """One page of groups' reports, in the order asked for."""

    reports: tuple[ScopeReport, ...]
    total: int  # groups in the ward
    page: int
    pages: int


def group_reports_page(
    session: Session,
    actor: Actor | None,
    *,
    sort_by: str | None = None,
    page: int = 1,
    page_size: int = 20,
    reference_year: int | None = None,
    now: datetime | None = None,
) -> GroupPage:
    """A page of group reports (``groups_page``) of the actor's ward for those who may
    read its figures (the dashboard and the report's table)."""
    require(actor, Action.READ_AGGREGATES)
    return groups_page(session, ward_of(session, actor), sort_by=sort_by, page=page,
                       page_size=page_size, reference_year=reference_year, now=now)


def groups_page(
    session: Session,
    ward_id: int,
    *,
    sort_by: str | None = None,
    page: int = 1,
    page_size: int = 20,
    reference_year: int | None = None,
    now: datetime | None = None,
) -> GroupPage:
    """A page of group reports, by group code, or by indicator ``sort_by``'s value
    (lowest first, groups with nobody to count last), sorted and paged in SQL over the
    tallies. A page past the end gives the last page. Numbers only: the caller checks
    who asks (``group_reports_page``, the API's key)."""
    reference_year, now = _resolve_time(reference_year, now)
    if sort_by is not None and sort_by not in INDICATOR_CODES:
        raise ValueError(f"unknown indicator {sort_by!r}")
    page_size, page = paging.page_size(page_size, 20), paging.page_number(page)

    def read(number: int) -> Sums:
        return _figures(
            session, ward_id, reference_year, now, sort_by=sort_by,
            offset=paging.offset(number, page_size), limit=page_size,
        )

    found = read(page)
    pages = paging.page_count(found.group_total(), page_size)
    if page > pages:
        page = pages
        found = read(page)
    targets = get_targets(session, ward_id)
    reports = tuple(
        build_report(code, reference_year, sums, targets) for _, code, sums in found.groups
    )
    return GroupPage(reports, found.group_total(), page, pages)


def group_report(
    session: Session,
    ward_id: int,
    group_code: str,
    *,
    reference_year: int | None = None,
    now: datetime | None = None,
) -> ScopeReport:
    """One group's report; LookupError when no group of the ward has ``group_code``."""
    try:
        _, group_id = find_group(session, ward_id, group_code)
    except ValidationError:
        group_id = None
    if group_id is None:
        raise LookupError(f"no residential group with code {group_code!r}")
    reference_year, now = _resolve_time(reference_year, now)
    found = _figures(session, ward_id, reference_year, now, groups=[group_id])
    sums = found.groups[0][2]
    return build_report(group_code, reference_year, sums, get_targets(session, ward_id))
