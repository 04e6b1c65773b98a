"""The demo's indicator history: weekly snapshots back-filled for DEMO_WEEKS weeks,
each group's indicators rising to today's values, then today's snapshot."""

from __future__ import annotations

import random
from datetime import datetime, timedelta
from typing import Any

import sqlalchemy as sa
from sqlmodel import Session, col

from digital_family.base.clock import utc, vietnam_date
from digital_family.base.db import core_rows
from digital_family.base.models import IndicatorSnapshot, ResidentialGroup, table_of
from digital_family.campaign import figures, snapshots
from digital_family.campaign.snapshots import WARD_SCOPE
from digital_family.ward.indicators import INDICATOR_CODES

DEMO_WEEKS = 16

_S = table_of(IndicatorSnapshot)


def trajectory(rng: random.Random, numerator: int, denominator: int, weeks: int) -> list[int]:
    """Numerators for ``weeks`` weeks ago … 1 week ago, rising towards ``numerator``.

    The value ``weeks`` weeks ago is 5–15 points lower; the path bends a little,
    wobbles by a fraction of a point and never passes today's value.
    """
    if denominator == 0:
        return [0] * weeks
    final = numerator / denominator
    start = max(0.0, final - rng.uniform(0.05, 0.15))
    bend = rng.uniform(0.7, 1.4)
    path: list[int] = []
    for weeks_ago in range(weeks, 0, -1):
        progress = ((weeks - weeks_ago) / weeks) ** bend
        value = start + (final - start) * progress + rng.gauss(0, 0.004)
        path.append(min(numerator, max(0, round(value * denominator))))
    return path


def write_history(
    session: Session,
    ward_id: int,
    *,
    now: datetime | None = None,
    weeks: int = DEMO_WEEKS,
    seed: int | str = 1,
) -> int:
    """Back-fill weekly snapshots for ``weeks`` weeks and take today's; returns rows written.

    Each group's indicators start 5–15 points below today's and rise to them;
    denominators stay today's. The ward's rows are the sums of the groups', as
    the engine's are. Uses the targets in force now.
    """
    now = utc(now)
    today = vietnam_date(now)
    ward, by_group = figures.ward_and_group_reports(session, ward_id, reference_year=today.year,
                                                    now=now)
    group_ids = dict(
        core_rows(session, sa.select(col(ResidentialGroup.code), col(ResidentialGroup.id))
                  .where(col(ResidentialGroup.ward_id) == ward_id)).all()
    )
    rng = random.Random(f"history-{seed}")
    targets = {result.code: result.target for result in ward.indicators}
    taken = [now - timedelta(weeks=weeks_ago) for weeks_ago in range(weeks, 0, -1)]
    ward_numerators = {code: [0] * weeks for code in INDICATOR_CODES}
    rows: list[dict[str, Any]] = []
    for scope, report in by_group.items():
        if scope not in group_ids:
            continue
        for result in report.indicators:
            path = trajectory(rng, result.numerator, result.denominator, weeks)
            for i, numerator in enumerate(path):
                ward_numerators[result.code][i] += numerator
                rows.append(
                    {
                        "day": vietnam_date(taken[i]),
                        "ward_id": ward_id,
                        "scope": scope,
                        "group_id": group_ids[scope],
                        "code": result.code,
                        "numerator": numerator,
                        "denominator": result.denominator,
                        "target": targets[result.code],
                        "taken_at": taken[i],
                    }
                )
    for result in ward.indicators:
        for i, numerator in enumerate(ward_numerators[result.code]):
            rows.append(
                {
                    "day": vietnam_date(taken[i]),
                    "ward_id": ward_id,
                    "scope": WARD_SCOPE,
                    "group_id": None,
                    "code": result.code,
                    "numerator": numerator,
                    "denominator": result.denominator,
                    "target": targets[result.code],
                    "taken_at": taken[i],
                }
            )
    days = {row["day"] for row in rows}
    if days:
        session.exec(sa.delete(_S).where(_S.c.ward_id == ward_id, _S.c.day.in_(days)))
    for start in range(0, len(rows), 10000):
        session.exec(sa.insert(_S), params=rows[start : start + 10000])
    return len(rows) + snapshots.take_snapshot(session, now=now, ward_ids=[ward_id])
