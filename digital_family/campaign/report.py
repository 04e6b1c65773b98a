"""The printable progress report of the ward or of one residential group.

Numbers only: the indicators with the gap in people to each target, completion,
and for the ward a line per group, all from one pass of the indicator engine.
Anyone allowed ``Action.READ_AGGREGATES`` may print the ward's report (a group
leader included); a group's report takes ``Action.READ_GROUP_MEMBERS`` on that
group (ward staff, admin, and the group's own leader). Reads only.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime

import sqlalchemy as sa
from sqlmodel import Session, col

from digital_family.base import clock
from digital_family.base.db import core_rows
from digital_family.base.groups import load_group
from digital_family.base.models import ResidentialGroup
from digital_family.base.permissions import Action, Actor, Target, can, require
from digital_family.base.validation import ValidationError
from digital_family.base.wards import load_ward, ward_of
from digital_family.campaign import figures, snapshots
from digital_family.campaign.leader import people_gap
from digital_family.ward.indicators import IndicatorResult, ScopeReport

GROUPS_PER_PAGE = 50  # groups listed per page of the ward's report
REPORT_TITLE = "Báo cáo kết quả chuyển đổi số hộ gia đình"
WARD_LABEL = "Toàn phường"


@dataclass(frozen=True)
class GroupLine:
    """One group's line in the ward report."""

    code: str
    name: str
    households: int
    confirmed: int
    indicators: tuple[IndicatorResult, ...]  # in the SPEC order (value, target, met …)
    members: int
    confirmed_recent: int

    def value(self, code: str) -> float | None:
        for result in self.indicators:
            if result.code == code:
                return result.value
        raise KeyError(code)


@dataclass(frozen=True)
class PrintableReport:
    title: str
    ward_name: str
    scope_label: str  # "Toàn phường" or "<group name> (<code>)"
    period_start: date  # the first day with a snapshot of this scope, else today
    period_end: date  # the last such day, else today (Vietnam dates)
    generated_at: datetime  # aware UTC
    report: ScopeReport  # equal to figures.ward_report / group_report at generated_at
    gaps: dict[str, int | None]  # per indicator code: leader.people_gap
    groups: tuple[GroupLine, ...]  # a page of the ward's groups by code; () for a group report
    group_code: str | None = None  # None for the ward
    page: int = 1  # of the groups
    pages: int = 1


def _group_for(session: Session, actor: Actor | None, group_code: object) -> tuple[int, str, str]:
    """The group's id, code and name, once the actor may read its members."""
    try:
        code, group = load_group(session, ward_of(session, actor), group_code)
    except ValidationError:
        code, group = None, None
    # Whether a group exists is said only to those who may read every group of the ward.
    actor = require(actor, Action.READ_GROUP_MEMBERS, group.target if group else Target())
    if group is None:
        raise ValidationError("group_code", "error.group.unknown", code=code or group_code)
    return group.id, group.code, group.name


def printable_report(
    session: Session,
    actor: Actor,
    *,
    group_code: str | None = None,
    now: datetime | None = None,
    page: int = 1,
    page_size: int = GROUPS_PER_PAGE,
) -> PrintableReport:
    """The report of the ward (``group_code`` None) or of one group, as of ``now``.

    The ward's report lists its groups a page at a time (``page``; a page past the
    end gives the last), by group code.
    """
    now = clock.utc(now)
    reference_year = clock.vietnam_year(now)
    pages = 1
    ward_id = ward_of(session, actor)
    if group_code is None:
        actor = require(actor, Action.READ_AGGREGATES)
        report = figures.ward_report(session, ward_id, reference_year=reference_year, now=now)
        found = figures.group_reports_page(
            session, actor, page=page, page_size=page_size, reference_year=reference_year, now=now
        )
        page, pages = found.page, found.pages
        by_group = {group.scope: group for group in found.reports}
        names = dict(
            core_rows(
                session,
                sa.select(col(ResidentialGroup.code), col(ResidentialGroup.name)).where(
                    col(ResidentialGroup.ward_id) == ward_id,
                    col(ResidentialGroup.code).in_(list(by_group)),
                )
            ).all()
        )
        groups = tuple(
            GroupLine(
                code=code,
                name=names.get(code, code),
                households=group.completion.households,
                confirmed=group.completion.confirmed,
                indicators=group.indicators,
                members=group.completion.members,
                confirmed_recent=group.completion.confirmed_recent,
            )
            for code, group in by_group.items()
        )
        scope, scope_label, code = snapshots.WARD_SCOPE, WARD_LABEL, None
    else:
        _, code, name = _group_for(session, actor, group_code)
        report = figures.group_report(session, ward_id, code, reference_year=reference_year,
                                      now=now)
        groups, page = (), 1
        scope, scope_label = code, f"{name} ({code})"
    period = snapshots.snapshot_period(session, ward_id, scope)
    today = clock.vietnam_date(now)
    start, end = period if period is not None else (today, today)
    return PrintableReport(
        title=REPORT_TITLE,
        ward_name=ward.name if (ward := load_ward(session, ward_id)) else "",
        scope_label=scope_label,
        period_start=start,
        period_end=end,
        generated_at=now,
        report=report,
        gaps={result.code: people_gap(result) for result in report.indicators},
        groups=groups,
        group_code=code,
        page=page,
        pages=pages,
    )


def can_print_group(actor: Actor | None, group_id: int) -> bool:
    """Whether ``actor`` may print the report of the group ``group_id``."""
    return can(actor, Action.READ_GROUP_MEMBERS, Target(group_id=group_id))

