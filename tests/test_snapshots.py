"""Daily indicator snapshots: the same numbers as the engine, one set of rows per day, the series."""

import itertools
from datetime import UTC, date, datetime, timedelta

import pytest
import sqlalchemy as sa

from digital_family.base.models import IndicatorSnapshot, Member, ResidentialGroup
from digital_family.base.permissions import PermissionDenied
from digital_family.base.validation import ValidationError
from digital_family.campaign import figures, snapshots
from digital_family.households import member_writes
from digital_family.ward.indicators import INDICATOR_CODES
from tests.ward import a_ward

NOW = datetime(2026, 11, 28, 3, 0, tzinfo=UTC)  # 10:00 in Hà Nội
ROWS_PER_SCOPE = len(INDICATOR_CODES)


pytestmark = pytest.mark.usefixtures("fast_hashing")


def snapshot_rows(session, day=None):
    query = sa.select(IndicatorSnapshot)
    if day is not None:
        query = query.where(IndicatorSnapshot.day == day)
    return session.execute(query).scalars().all()


def engine_values(session, now):
    ward, groups = figures.ward_and_group_reports(session, a_ward(session), now=now)
    reports = {"ward": ward, **groups}
    return {
        (scope, r.code): (r.numerator, r.denominator, r.target)
        for scope, report in reports.items()
        for r in report.indicators
    }


def give_smartphones(session, count):
    """Let ``count`` more members have a smartphone (changes adult_smartphone)."""
    ids = session.execute(
        sa.select(Member.id).where(Member.has_smartphone.is_(False)).order_by(Member.id).limit(count)
    ).scalars().all()
    for member_id in ids:
        member_writes.update_member(session, None, member_id, {"has_smartphone": True})
    session.commit()


def test_vietnam_date():
    assert snapshots.vietnam_date(datetime(2026, 11, 28, 16, 59, tzinfo=UTC)) == date(2026, 11, 28)
    assert snapshots.vietnam_date(datetime(2026, 11, 28, 17, 0, tzinfo=UTC)) == date(2026, 11, 29)
    assert snapshots.vietnam_date(datetime(2026, 11, 28, 17, 0)) == date(2026, 11, 29)  # naive: UTC


def test_snapshot_holds_the_engine_numbers(session, ward):
    written = snapshots.take_snapshot(session, now=NOW)
    session.commit()
    assert written == ROWS_PER_SCOPE * 3  # the ward and two groups
    rows = snapshot_rows(session)
    assert len(rows) == written
    assert {r.day for r in rows} == {date(2026, 11, 28)}
    assert {(r.scope, r.group_id) for r in rows} == {("ward", None), ("TDP01", ward.g1), ("TDP02", ward.g2)}
    assert all(r.taken_at == NOW for r in rows)
    expected = engine_values(session, NOW)
    assert {(r.scope, r.code): (r.numerator, r.denominator, r.target) for r in rows} == expected


def test_same_day_replaces_the_day(session, ward):
    snapshots.take_snapshot(session, now=NOW)
    session.commit()
    give_smartphones(session, 1)
    later = NOW + timedelta(hours=8)  # 18:00 in Hà Nội, the same day
    assert snapshots.take_snapshot(session, now=later) == ROWS_PER_SCOPE * 3
    session.commit()
    rows = snapshot_rows(session)
    assert len(rows) == ROWS_PER_SCOPE * 3
    assert {r.taken_at for r in rows} == {later}
    assert {(r.scope, r.code): (r.numerator, r.denominator, r.target) for r in rows} == engine_values(
        session, later
    )
    # Again: nothing changes.
    snapshots.take_snapshot(session, now=later)
    session.commit()
    assert len(snapshot_rows(session)) == ROWS_PER_SCOPE * 3
    # The next day (in Hà Nội) gets its own rows.
    snapshots.take_snapshot(session, now=NOW + timedelta(hours=14))
    session.commit()
    assert len(snapshot_rows(session, date(2026, 11, 29))) == ROWS_PER_SCOPE * 3
    assert len(snapshot_rows(session)) == ROWS_PER_SCOPE * 6


def test_new_and_deleted_groups(session, ward):
    session.add(ResidentialGroup(ward_id=a_ward(session), code="TDP03", name="Tổ dân phố số 3"))
    session.commit()
    assert snapshots.take_snapshot(session, now=NOW) == ROWS_PER_SCOPE * 4
    session.commit()
    empty = {r.code: (r.numerator, r.denominator) for r in snapshot_rows(session) if r.scope == "TDP03"}
    assert empty == {code: (0, 0) for code in INDICATOR_CODES}
    session.execute(sa.delete(ResidentialGroup).where(ResidentialGroup.code == "TDP03"))
    session.commit()
    assert {r.scope for r in snapshot_rows(session)} == {"ward", "TDP01", "TDP02"}


def test_the_ward_cannot_have_two_rows_for_one_day(session, ward):
    snapshots.take_snapshot(session, now=NOW)
    session.commit()
    session.add(
        IndicatorSnapshot(ward_id=a_ward(session), day=date(2026, 11, 28), scope="ward", code="adult_smartphone",
                          numerator=0, denominator=0)
    )
    with pytest.raises(sa.exc.IntegrityError):
        session.commit()
    session.rollback()
    session.add(
        IndicatorSnapshot(ward_id=a_ward(session), day=date(2026, 11, 27), scope="ward", group_id=ward.g1,
                          code="adult_smartphone", numerator=0, denominator=0)
    )
    with pytest.raises(sa.exc.IntegrityError):  # a group's row must say which group
        session.commit()


def test_ensure_daily_snapshot(session, ward):
    assert snapshots.ensure_daily_snapshot(session, now=NOW) is True
    session.commit()
    assert snapshots.ensure_daily_snapshot(session, now=NOW + timedelta(hours=5)) is False
    assert {r.taken_at for r in snapshot_rows(session)} == {NOW}
    assert snapshots.ensure_daily_snapshot(session, now=NOW + timedelta(days=1)) is True
    session.commit()
    assert len(snapshot_rows(session)) == ROWS_PER_SCOPE * 6


def test_series_follow_the_engine_over_time(session, ward):
    expected = []
    for day in range(4):
        now = NOW + timedelta(days=day)
        if day:
            give_smartphones(session, 1)
        snapshots.take_snapshot(session, now=now)
        session.commit()
        expected.append((now, engine_values(session, now)))
    end = NOW + timedelta(days=3)
    for scope in ("ward", "TDP01", "TDP02"):
        points = snapshots.series(session, ward.staff, code="adult_smartphone", scope=scope, now=end)
        assert [p.day for p in points] == [date(2026, 11, 28) + timedelta(days=i) for i in range(4)]
        for point, (_, values) in zip(points, expected):
            num, den, target = values[(scope, "adult_smartphone")]
            assert (point.numerator, point.denominator, point.target) == (num, den, target)
            assert point.value == (num / den if den else None)
    ward_values = [p.value for p in snapshots.series(session, ward.staff, code="adult_smartphone", now=end)]
    assert ward_values == sorted(ward_values) and ward_values[0] < ward_values[-1]
    # The window: the last two days only; nothing after ``now``.
    assert len(snapshots.series(session, ward.staff, code="adult_smartphone", days=2, now=end)) == 2
    assert len(snapshots.series(session, ward.staff, code="adult_smartphone", now=NOW)) == 1
    # A group without members: value None, never a division by zero.
    points = snapshots.series(session, ward.staff, code="student_skills", scope="tdp02", now=end)
    assert {(p.value, p.denominator) for p in points} == {(None, 0)}

    everything = snapshots.series_all_groups(session, ward.leader2, code="adult_smartphone", now=end)
    assert list(everything) == ["ward", "TDP01", "TDP02"]
    for scope, points in everything.items():
        assert points == snapshots.series(session, ward.staff, code="adult_smartphone", scope=scope, now=end)


@pytest.mark.parametrize(
    "kwargs, field",
    [
        ({"code": "nope"}, "code"),
        ({"code": "adult_smartphone", "scope": "TDP99"}, "scope"),
        ({"code": "adult_smartphone", "scope": "bad code!"}, "scope"),
        ({"code": "adult_smartphone", "days": 0}, "days"),
        ({"code": "adult_smartphone", "days": "120"}, "days"),
    ],
)
def test_series_refuses_bad_arguments(session, ward, kwargs, field):
    with pytest.raises(ValidationError) as error:
        snapshots.series(session, ward.staff, **kwargs)
    assert error.value.field == field


@pytest.mark.parametrize("who", ["resident1", "ambassador1", None])
def test_series_are_for_aggregate_readers(session, ward, who):
    actor = getattr(ward, who) if who else None
    with pytest.raises(PermissionDenied):
        snapshots.series(session, actor, code="adult_smartphone")
    with pytest.raises(PermissionDenied):
        snapshots.series_all_groups(session, actor, code="adult_smartphone")


@pytest.mark.parametrize("who", ["leader1", "staff", "admin"])
def test_series_readers(session, ward, who):
    snapshots.take_snapshot(session, now=NOW)
    session.commit()
    actor = getattr(ward, who)
    # A leader reads numbers of any scope (aggregates only), not just their own group.
    assert len(snapshots.series(session, actor, code="adult_smartphone", scope="TDP02", now=NOW)) == 1
    assert len(snapshots.series_all_groups(session, actor, code="adult_smartphone", now=NOW)) == 3


def test_snapshot_period(session, ward):
    assert snapshots.snapshot_period(session, a_ward(session)) is None
    snapshots.take_snapshot(session, now=NOW)
    snapshots.take_snapshot(session, now=NOW + timedelta(days=9))
    session.commit()
    assert snapshots.snapshot_period(session, a_ward(session)) == (date(2026, 11, 28), date(2026, 12, 7))
    assert snapshots.snapshot_period(session, a_ward(session), "TDP01") == (date(2026, 11, 28), date(2026, 12, 7))
    assert snapshots.snapshot_period(session, a_ward(session), "TDP09") is None


def test_demo_trajectory_rises_to_today():
    import random

    from digital_family.demo import history as demo_history

    rng = random.Random(3)
    for numerator, denominator in ((0, 0), (0, 10), (5, 5), (40, 57), (900, 1000)):
        path = demo_history.trajectory(rng, numerator, denominator, 16)
        assert len(path) == 16
        assert all(0 <= n <= numerator for n in path)
        if denominator >= 100:
            drop = (numerator - path[0]) / denominator
            assert 0.03 <= drop <= 0.17
            assert sum(1 for a, b in itertools.pairwise(path) if b < a) <= 4
