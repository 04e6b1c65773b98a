"""The city's view of its wards (SPEC §6, issue 22 point 3): every ward against each
target, ranked by how far behind it is, with the gap in people, a page at a time; the
city's own figures as the sums of its wards'; and where one ward stands among its peers.

Numbers only: ``figures.wards_sums`` reads every ward's sums from the group tallies in a
few grouped queries (one per distinct skill threshold), so a page costs the same for 1
or 126 wards. The city's accounts (``Action.READ_CITY``) read every ward; a ward's own
staff read where their ward stands.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from sqlmodel import Session

from digital_family.base import paging
from digital_family.base.clock import utc, vietnam_year
from digital_family.base.permissions import Action, Actor, require
from digital_family.base.wards import WardRef, all_wards, find_ward, ward_of
from digital_family.campaign import figures
from digital_family.campaign.leader import people_gap
from digital_family.ward.indicators import (
    INDICATOR_CODES,
    INDICATORS,
    ScopeReport,
    build_report,
    targets_of_wards,
)

DEFAULT_SORT = "digital_identity_16plus"  # the campaign's 100% target
PAGE_SIZE = 20


@dataclass(frozen=True)
class WardLine:
    code: str
    name: str
    report: ScopeReport  # against the ward's own targets
    value: float | None  # the sorted indicator's value (None: nobody to count)
    gap: int | None  # people still to reach the sorted indicator's target
    rank: int  # 1 = furthest ahead on the sorted indicator, among every ward


@dataclass(frozen=True)
class CityPage:
    city: ScopeReport  # the sums of every ward's, against the SPEC's targets
    sort_by: str
    lines: tuple[WardLine, ...]  # one page, furthest behind first (or by code)
    total: int  # wards in the city
    page: int
    pages: int


def _value(report: ScopeReport, code: str) -> float | None:
    return report.indicator(code).value


def _reports(session: Session, reference_year: int, now: datetime
             ) -> tuple[list[tuple[WardRef, ScopeReport]], dict[str, int]]:
    """Every ward's report (against its own targets) and the city's sums: a handful of
    statements whatever the number of wards (sums per skill threshold, targets at once)."""
    sums = figures.wards_sums(session, reference_year=reference_year, now=now)
    wards = all_wards(session)
    targets = targets_of_wards(session, [w.id for w in wards])
    reports = [(ward, build_report(ward.code, reference_year, sums[ward.id], targets[ward.id]))
               for ward in wards]
    return reports, figures.add_sums(sums.values())


def _order(reports: list[tuple[WardRef, ScopeReport]], code: str, *, behind_first: bool
           ) -> list[tuple[WardRef, ScopeReport]]:
    """By indicator ``code``'s value, lowest or highest first; wards with nobody to count
    last either way; ties by ward code."""
    def key(item: tuple[WardRef, ScopeReport]) -> tuple[bool, float, str]:
        value = _value(item[1], code)
        if value is None:
            return True, 0.0, item[0].code
        return False, value if behind_first else -value, item[0].code
    return sorted(reports, key=key)


def _ranks(reports: list[tuple[WardRef, ScopeReport]], code: str) -> dict[str, int]:
    """Each ward's rank on indicator ``code``: 1 the highest value."""
    ordered = _order(reports, code, behind_first=False)
    return {ward.code: i for i, (ward, _) in enumerate(ordered, start=1)}


def city_page(session: Session, actor: Actor | None, *, sort_by: str | None = DEFAULT_SORT,
              behind_first: bool = True, page: int = 1, page_size: int = PAGE_SIZE,
              now: datetime | None = None) -> CityPage:
    """A page of the city's wards against indicator ``sort_by``: furthest behind first
    (``behind_first``), else furthest ahead first; ties by ward code. The city's
    accounts only (Action.READ_CITY)."""
    require(actor, Action.READ_CITY)
    code = sort_by if sort_by in INDICATOR_CODES else DEFAULT_SORT
    now = utc(now)
    year = vietnam_year(now)
    reports, city_sums = _reports(session, year, now)
    ranks = _ranks(reports, code)
    ordered = _order(reports, code, behind_first=behind_first)
    size, number = paging.page_size(page_size, PAGE_SIZE), paging.page_number(page)
    pages = paging.page_count(len(ordered), size)
    number = min(number, pages)
    start = paging.offset(number, size)
    lines = tuple(
        WardLine(ward.code, ward.name, report, _value(report, code),
                 people_gap(report.indicator(code)), ranks[ward.code])
        for ward, report in ordered[start:start + size])
    city = build_report(figures.CITY_SCOPE, year, city_sums,
                        {d.code: d.target_default for d in INDICATORS})
    return CityPage(city, code, lines, len(ordered), number, pages)


@dataclass(frozen=True)
class Standing:
    code: str  # the indicator
    rank: int  # 1 = highest value in the city
    wards: int


def ward_standing(session: Session, actor: Actor | None, *, now: datetime | None = None
                  ) -> tuple[Standing, ...]:
    """Where the actor's ward stands among the city's wards on each indicator (its own
    staff and the city's, Action.READ_AGGREGATES): numbers only."""
    actor = require(actor, Action.READ_AGGREGATES)
    ward_id = ward_of(session, actor)
    now = utc(now)
    reports, _ = _reports(session, vietnam_year(now), now)
    own = next((ward.code for ward, _ in reports if ward.id == ward_id), None)
    if own is None:
        return ()
    return tuple(Standing(d.code, _ranks(reports, d.code)[own], len(reports))
                 for d in INDICATORS)


@dataclass(frozen=True)
class WardDetail:
    """One ward seen from the city: its figures and a page of its groups' (numbers only)."""

    code: str
    name: str
    report: ScopeReport
    groups: figures.GroupPage


def ward_detail(session: Session, actor: Actor | None, ward_code: object, *,
                sort_by: str | None = None, page: int = 1, page_size: int = PAGE_SIZE,
                now: datetime | None = None) -> WardDetail | None:
    """The drill-down from the city to ward ``ward_code`` (None: no such ward): its report
    and a page of its groups, lowest ``sort_by`` first (Action.READ_CITY)."""
    require(actor, Action.READ_CITY)
    ward = find_ward(session, ward_code)
    if ward is None:
        return None
    sort = sort_by if sort_by in INDICATOR_CODES else None
    return WardDetail(ward.code, ward.name, figures.ward_report(session, ward.id, now=now),
                      figures.groups_page(session, ward.id, sort_by=sort, page=page,
                                          page_size=page_size, now=now))
