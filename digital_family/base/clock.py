"""Time in one place: UTC moments, and the date and year in Vietnam (UTC+7, no daylight saving).

Ages count from the year in Vietnam: people turn a year older for the
campaign at midnight on 1 January in Hanoi, which is 17:00 UTC on 31 December.
"""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta, timezone

VIETNAM_TIME = timezone(timedelta(hours=7))


def utc(now: datetime | None = None) -> datetime:
    """``now`` as an aware UTC datetime (naive means UTC); this moment when None."""
    if now is None:
        return datetime.now(UTC)
    if now.tzinfo is None:
        return now.replace(tzinfo=UTC)
    return now.astimezone(UTC)


def in_vietnam(now: datetime | None = None) -> datetime:
    """``now`` (default: this moment) on Vietnam's clock."""
    return utc(now).astimezone(VIETNAM_TIME)


def vietnam_date(now: datetime | None = None) -> date:
    """The calendar date in Vietnam at ``now`` (default: this moment)."""
    return in_vietnam(now).date()


def vietnam_year(now: datetime | None = None) -> int:
    """The year in Vietnam at ``now``: the default reference year of ages (SPEC §3)."""
    return in_vietnam(now).year
