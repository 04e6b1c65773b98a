"""The group leader's home: how each group stands, and which households to visit next.

For each group a leader serves: completion (households, members, confirmed at
least once, confirmed in the last ``RECENT_DAYS`` days, never confirmed), every
indicator against its target with the gap in people ("7 more adults need VNeID
to reach 100%"), and a "who to visit next" list of households ranked by how much
a visit would close the group's remaining gaps.

Member-level data is shown only to those who may ``Action.READ_GROUP_MEMBERS``
on the group: its leader, ward staff and admin. Everything is aggregated in the
database: the overview is one pass of the indicator engine over the actor's
groups; the visit list is one grouped query over the group's members, ranked,
filtered and paged in SQL. Reads only; nothing here writes.
"""

from __future__ import annotations

import math
import operator
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import datetime, timedelta
from fractions import Fraction
from functools import reduce

import sqlalchemy as sa
from sqlmodel import Session, col

from digital_family.base import clock, paging
from digital_family.base.db import Condition, CoreSelect, core_mappings, core_rows
from digital_family.base.groups import load_group
from digital_family.base.models import (
    Household,
    Member,
    ResidentialGroup,
    class_signup,
    table_of,
)
from digital_family.base.permissions import Action, Actor, Target, can, require, signed_in
from digital_family.base.validation import ValidationError, clean_text
from digital_family.base.wards import ward_of
from digital_family.campaign.figures import group_reports
from digital_family.households import consent_rules
from digital_family.programmes.classes import never_came_condition
from digital_family.ward import settings as ward_settings
from digital_family.ward.indicators import (
    LEARNING_STATUSES_ACTIVE,
    RECENT_DAYS,
    IndicatorResult,
    ScopeReport,
    skill_count_sql,
)

ADULT_AGE = 18
VNEID_AGE = 16
DEFAULT_PAGE_SIZE = 20

# Why a household is worth a visit, in the order the reasons are shown.
REASONS = ("vneid", "skills", "smartphone", "epayment", "learning", "confirmation",
           "never_came")
# The group indicator each reason helps close; a reason counts toward a household's
# score only while the group has not met that indicator. "confirmation" always counts,
# and so does "never_came": people who signed up for a class and came to none of its
# held sessions (programmes.classes.never_came_condition).
REASON_INDICATORS = {
    "vneid": "digital_identity_16plus",
    "skills": "adult_basic_skills",
    "smartphone": "adult_smartphone",
    "epayment": "adult_epayment",
    "learning": "household_learning",
}
UNKNOWN_REASON_MESSAGE = "error.visit_reason"


@dataclass(frozen=True)
class GroupOverview:
    group_id: int
    group_code: str
    group_name: str
    report: ScopeReport  # the group's indicators and completion (figures.group_report)
    never_confirmed: int  # households never confirmed (households - confirmed)
    gaps: dict[str, int | None]  # per indicator code: people_gap of its result


@dataclass(frozen=True)
class VisitItem:
    household_id: int
    code: str
    address: str
    phone: str | None
    member_count: int
    confirmed_at: datetime | None
    counts: dict[str, int]  # reason -> unmet items the household holds (non-zero only)
    score: int  # the counts of the reasons that close a gap of the group


@dataclass(frozen=True)
class VisitPage:
    items: tuple[VisitItem, ...]
    total: int  # households listed (with the filter), over every page
    page: int
    pages: int
    scored_reasons: tuple[str, ...]  # the reasons counting toward the score, REASONS order


def people_gap(result: IndicatorResult) -> int | None:
    """How many more people (households for household_learning) must meet the indicator.

    ``max(0, ceil(target * denominator - numerator))``, exactly (the target read as
    the decimal it is written as); None without a target or when the denominator is 0.
    """
    if result.target is None or result.denominator == 0:
        return None
    needed = Fraction(str(result.target)) * result.denominator - result.numerator
    return max(0, math.ceil(needed))


def reason_label_key(reason: str) -> str:
    """The catalogue key of a reason's plain-words text; its parameter is ``{n}``."""
    if reason not in REASONS:
        raise ValueError(f"unknown reason {reason!r}")
    return f"visit.reason.{reason}"


def reason_labels(item: VisitItem) -> tuple[tuple[str, dict[str, int]], ...]:
    """The item's reasons as (catalogue key, {"n": count}), in REASONS order."""
    return tuple(
        (reason_label_key(reason), {"n": item.counts[reason]})
        for reason in REASONS
        if item.counts.get(reason)
    )


# Overviews



def _group_row(session: Session, actor: Actor | None, group_code: object) -> tuple[int, str, str]:
    """(id, code, name) of ``group_code`` once ``actor`` may read its members.

    PermissionDenied when not signed in or not allowed; LookupError for no such group.
    """
    actor = signed_in(actor)
    try:
        code, group = load_group(session, ward_of(session, actor), group_code)
    except ValidationError:
        raise LookupError(f"no residential group with code {group_code!r}") from None
    if group is None:
        raise LookupError(f"no residential group with code {code!r}")
    actor = require(actor, Action.READ_GROUP_MEMBERS, group.target)
    return group.id, group.code, group.name


def _overviews(session: Session, ward_id: int, rows: Sequence[tuple[int, str, str]],
               reference_year: int | None, now: datetime | None) -> tuple[GroupOverview, ...]:
    """The overviews of ward ``ward_id``'s groups ``rows`` (id, code, name), from one
    engine pass."""
    if not rows:
        return ()
    reports = group_reports(
        session, ward_id, reference_year=reference_year, now=now, group_ids=[r[0] for r in rows]
    )
    overviews: list[GroupOverview] = []
    for group_id, code, name in rows:
        report = reports[code]
        overviews.append(
            GroupOverview(
                group_id=group_id,
                group_code=code,
                group_name=name,
                report=report,
                never_confirmed=report.completion.households - report.completion.confirmed,
                gaps={r.code: people_gap(r) for r in report.indicators},
            )
        )
    return tuple(overviews)


def leader_groups(
    session: Session,
    actor: Actor | None,
    *,
    reference_year: int | None = None,
    now: datetime | None = None,
) -> tuple[GroupOverview, ...]:
    """The overviews of the groups the actor serves and may read, by group code.

    These are the actor's own groups (its ``UserGroup`` rows) on which it may
    ``READ_GROUP_MEMBERS``: a leader's groups. Ward staff and admin serve no group,
    so they get an empty tuple: the ward dashboard (``figures.group_reports``)
    is their list, and they open any group with ``group_overview``. An ambassador
    or a resident gets an empty tuple too. All groups come from one engine pass.
    """
    actor = signed_in(actor)
    allowed = [
        g for g in actor.group_ids if can(actor, Action.READ_GROUP_MEMBERS, Target(group_id=g))
    ]
    if not allowed:
        return ()
    rows = core_rows(
        session,
        sa.select(col(ResidentialGroup.id), col(ResidentialGroup.code), col(ResidentialGroup.name))
        .where(col(ResidentialGroup.id).in_(sorted(allowed)))
        .order_by(col(ResidentialGroup.code))
    ).all()
    return _overviews(session, ward_of(session, actor), rows, reference_year, now)


def group_overview(
    session: Session,
    actor: Actor | None,
    group_code: object,
    *,
    reference_year: int | None = None,
    now: datetime | None = None,
) -> GroupOverview:
    """One group's overview (Action.READ_GROUP_MEMBERS on it).

    PermissionDenied when not allowed; LookupError when no group has ``group_code``.
    """
    row = _group_row(session, actor, group_code)
    return _overviews(session, ward_of(session, actor), [row], reference_year, now)[0]


# Who to visit next

_M = table_of(Member)
_H = table_of(Household)


def parse_reason(reason: object) -> str | None:
    text = clean_text(reason)
    if not text:
        return None
    if text not in REASONS:
        raise ValidationError("reason", UNKNOWN_REASON_MESSAGE)
    return text


def visit_query(
    *,
    scored: Mapping[int, tuple[str, ...]],
    threshold: int,
    reference_year: int,
    now: datetime,
    dialect_name: str,
    reason: str | None = None,
) -> CoreSelect:
    """The households of the groups in ``scored`` worth a visit, ranked across them, with
    their reason counts; ``scored`` maps each group to the reasons that count toward
    its households' score (those of indicators the group has not met).

    Columns: id, code, group_id, address, phone, members, confirmed_at, one per
    REASONS, score, total (the row count of the whole ranking, a window count). One
    grouped pass over the groups' members (ages as birth-year bounds, as the
    indicator engine), joined to every household of the groups (a household
    without members can still be due a confirmation).
    """
    group_ids = sorted(scored)
    skill_count = skill_count_sql(dialect_name)
    adult = _M.c.birth_year <= reference_year - ADULT_AGE
    age_16 = _M.c.birth_year <= reference_year - VNEID_AGE

    def count_if(condition: Condition) -> sa.ColumnElement[int]:
        return sa.func.count().filter(condition)

    today = clock.vietnam_date(now)
    absent = (
        sa.select(class_signup.c.household_id.label("household_id"),
                  sa.func.count(sa.distinct(class_signup.c.member_id)).label("never_came"))
        .where(never_came_condition(today),
               class_signup.c.household_id.in_(
                   sa.select(_H.c.id).where(_H.c.group_id.in_(group_ids))))
        .group_by(class_signup.c.household_id)
        .subquery("absent")
    )
    per_household = (
        sa.select(
            _M.c.household_id.label("household_id"),
            sa.func.count().label("members"),
            count_if(sa.and_(age_16, _M.c.vneid_level == 0)).label("vneid"),
            count_if(sa.and_(adult, skill_count < threshold)).label("skills"),
            count_if(sa.and_(adult, sa.not_(_M.c.has_smartphone))).label("smartphone"),
            count_if(sa.and_(adult, sa.not_(_M.c.has_epayment))).label("epayment"),
            count_if(_M.c.learning_status.in_(LEARNING_STATUSES_ACTIVE)).label("learners"),
        )
        .select_from(_M.join(_H, _H.c.id == _M.c.household_id))
        .where(_H.c.group_id.in_(group_ids))
        .group_by(_M.c.household_id)
        .subquery("per_household")
    )
    c = per_household.c
    cutoff = now - timedelta(days=RECENT_DAYS)
    confirmed_at = _H.c.confirmed_at
    reasons = {
        "vneid": sa.func.coalesce(c.vneid, 0),
        "skills": sa.func.coalesce(c.skills, 0),
        "smartphone": sa.func.coalesce(c.smartphone, 0),
        "epayment": sa.func.coalesce(c.epayment, 0),
        # c.members is NULL for a household without members: no learning reason.
        "learning": sa.case((sa.and_(c.members > 0, c.learners == 0), 1), else_=0),
        "confirmation": sa.case(
            (sa.or_(confirmed_at.is_(None), confirmed_at < cutoff), 1), else_=0
        ),
        "never_came": sa.func.coalesce(absent.c.never_came, 0),
    }
    assert tuple(reasons) == REASONS
    def counted(reason: str) -> sa.ColumnElement[int]:
        groups = [g for g in group_ids if reason in scored[g]]
        if len(groups) == len(group_ids):
            return reasons[reason]
        return sa.case((_H.c.group_id.in_(groups or [0]), reasons[reason]), else_=0)

    score = reduce(operator.add, (counted(r) for r in REASONS), sa.literal(0))
    households = (
        sa.select(
            _H.c.id,
            _H.c.code,
            _H.c.group_id,
            _H.c.address,
            _H.c.phone,
            sa.func.coalesce(c.members, 0).label("members"),
            confirmed_at,
            *(expr.label(name) for name, expr in reasons.items()),
            score.label("score"),
        )
        .select_from(_H.outerjoin(per_household, c.household_id == _H.c.id)
                     .outerjoin(absent, absent.c.household_id == _H.c.id))
        # a household that withdrew its consent is not visited for its data
        .where(_H.c.group_id.in_(group_ids),
               sa.not_(consent_rules.hidden_from_leaders(_H.c.id)))
        .subquery("households")
    )
    h = households.c
    conditions = [h.score > 0]
    if reason is not None:
        conditions.append(h[reason] > 0)
    return (
        sa.select(*households.c, sa.func.count().over().label("total"))
        .where(*conditions)
        .order_by(
            h.score.desc(),
            h.confirmed_at.asc().nulls_first(),  # never confirmed, then the oldest
            h.code,
            h.id,
        )
    )


def visit_list(
    session: Session,
    actor: Actor | None,
    group_code: object,
    *,
    reason: str | None = None,
    page: object = 1,
    page_size: object = DEFAULT_PAGE_SIZE,
    now: datetime | None = None,
    reference_year: int | None = None,
    report: ScopeReport | None = None,
) -> VisitPage:
    """The group's households to visit next (Action.READ_GROUP_MEMBERS on the group).

    Each household's reasons are counts of unmet items it holds (see REASONS):
    members aged 16+ without VNeID, adults without basic digital skills, without a
    smartphone, without an e-payment account, 1 for a household with members of
    whom nobody is enrolled in or has completed the courses, 1 for a household not
    confirmed in the last RECENT_DAYS days, the members who signed up for a class and
    never came to its held sessions. Its score adds the reasons whose group
    indicator is not met yet (``scored_reasons``) and the confirmation; households
    scoring 0 are not listed. Ordered by score, then never confirmed first and the
    oldest confirmation first, then code. ``reason`` keeps households having that
    reason. Paged in SQL; a page past the end gives the last page.

    ``report``: the group's report when the caller already has it (a page that
    shows ``group_overview`` too), so it is not computed twice.

    PermissionDenied when not allowed; LookupError for an unknown group code;
    ValidationError for an unknown reason.
    """
    group_id, code, _name = _group_row(session, actor, group_code)
    ward_id = ward_of(session, actor)
    reason = parse_reason(reason)
    now = clock.utc(now)
    if reference_year is None:
        reference_year = clock.vietnam_year(now)
    if report is None or report.scope != code:
        report = group_reports(
            session, ward_id, reference_year=reference_year, now=now, group_ids=[group_id]
        )[code]
    scored = tuple(
        r
        for r in REASONS
        if r not in REASON_INDICATORS or report.indicator(REASON_INDICATORS[r]).met is False
    )
    query = visit_query(
        scored={group_id: scored},
        threshold=ward_settings.skill_threshold(session, ward_id),
        reference_year=reference_year,
        now=now,
        dialect_name=session.get_bind().dialect.name,
        reason=reason,
    )
    page_size = paging.page_size(page_size, DEFAULT_PAGE_SIZE)
    page = paging.page_number(page)
    rows = core_mappings(session, query.limit(page_size).offset(paging.offset(page, page_size)))
    if rows:
        total: int = rows[0]["total"]
    else:
        # Past the end (or nothing to list): count, then show the last page.
        total = core_rows(
            session,
            sa.select(sa.func.count()).select_from(query.order_by(None).subquery())
        ).scalar_one()
        last = paging.page_count(total, page_size)
        if page > last:
            page = last
            rows = core_mappings(
                session, query.limit(page_size).offset(paging.offset(page, page_size)))
    items = tuple(
        VisitItem(
            household_id=row["id"],
            code=row["code"],
            address=row["address"],
            phone=row["phone"],
            member_count=int(row["members"]),
            confirmed_at=row["confirmed_at"],
            counts={r: int(row[r]) for r in REASONS if row[r]},
            score=int(row["score"]),
        )
        for row in rows
    )
    pages = paging.page_count(total, page_size)
    return VisitPage(items=items, total=total, page=page, pages=pages, scored_reasons=scored)

