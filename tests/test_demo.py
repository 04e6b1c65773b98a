"""The synthetic ward: shape, realism, determinism, accounts, and the targets it meets."""

import itertools
import re
import statistics
from collections import Counter
from datetime import UTC, datetime, timedelta

import pytest
import sqlalchemy as sa
from sqlmodel import Session

from digital_family import demo
from digital_family.access import accounts
from digital_family.base import db
from digital_family.base.models import (
    HelpRequest,
    HelpRequestChange,
    HelpRequestNote,
    Household,
    IndicatorSnapshot,
    Member,
    ResidentialGroup,
    UserAccount,
    UserGroup,
)
from digital_family.base.permissions import SYSTEM, load_actor
from digital_family.base.validation import (
    validate_address,
    validate_full_name,
    validate_group_code,
    validate_household_code,
)
from digital_family.campaign import figures, register_export, snapshots
from digital_family.ward import indicators
from tests.ward import a_ward

NOW = datetime(2026, 11, 28, 12, 0, tzinfo=UTC)


pytestmark = pytest.mark.usefixtures("fast_hashing")


def generate(engine, **kwargs):
    with db.session_scope(engine) as session:
        return demo.generate_demo(session, now=NOW, **kwargs)


@pytest.fixture(scope="module")
def ward3000(tmp_path_factory):
    """A 3,000-household ward, shared by the read-only tests below."""
    path = tmp_path_factory.mktemp("demo") / "ward.db"
    url = f"sqlite:///{path}"
    db.upgrade(url)
    engine = db.make_engine(url)
    with db.session_scope(engine) as session:
        summary = demo.generate_demo(session, households=3000, seed=1, now=NOW)
    yield engine, summary
    engine.dispose()


def test_shape(ward3000):
    engine, summary = ward3000
    assert summary.households == 3000
    with Session(engine) as session:
        groups = dict(session.execute(sa.select(ResidentialGroup.code, ResidentialGroup.name)).all())
        per_household = session.execute(
            sa.select(sa.func.count()).select_from(Member).group_by(Member.household_id)
        ).scalars().all()
        members = session.execute(sa.select(Member)).scalars().all()
        households = session.execute(sa.select(Household)).scalars().all()

    assert summary.groups == len(groups) == 11
    assert groups["TDP01"] == "Tổ dân phố số 1" and groups["TDP11"] == "Tổ dân phố số 11"
    group_sizes = dict(
        Counter(h.group_id for h in households)
    ).values()
    assert all(150 <= n <= 400 for n in group_sizes) and sum(group_sizes) == 3000
    assert len(per_household) == 3000 and min(per_household) >= 1 and max(per_household) <= 7
    assert 3.3 <= statistics.mean(per_household) <= 3.7
    assert summary.members == len(members) == sum(per_household)

    for household in households:
        assert validate_household_code(household.code) == household.code
        assert validate_address(household.address) == household.address
        assert household.address.startswith(("Ngõ ", "Ngách ", "Số "))

    ages = [NOW.year - m.birth_year for m in members]
    share = lambda test: sum(1 for a in ages if test(a)) / len(ages)  # noqa: E731
    assert 0.10 <= share(lambda a: a < 10) <= 0.18
    assert 0.45 <= share(lambda a: 20 <= a < 60) <= 0.65
    assert 0.003 <= share(lambda a: a >= 80) <= 0.03
    assert max(ages) <= 100

    for member, age in zip(members, ages):
        assert validate_full_name(member.full_name) == member.full_name
        assert len(member.full_name.split()) >= 3
        if member.occupation == "student":
            assert 6 <= age <= 29
        if member.occupation == "retired":
            assert age >= 55
        if age < 6:
            assert member.occupation == "other"
        if 6 <= age < 18:
            assert member.occupation == "student"
        if member.occupation != "small_trader":
            assert not (member.trader_ecommerce or member.trader_cashless or member.trader_digital_savings)

    sexes = Counter(m.sex for m in members)
    assert abs(sexes["male"] - sexes["female"]) < 0.1 * len(members)
    family = Counter(m.full_name.split()[0] for m in members)
    assert family.most_common(1)[0][0] == "Nguyễn"
    assert 0.25 <= family["Nguyễn"] / len(members) <= 0.45
    assert {"Trần", "Lê", "Phạm", "Hoàng", "Vũ", "Đặng", "Bùi", "Đỗ", "Ngô"} <= set(family)
    middles = Counter((m.sex, m.full_name.split()[1]) for m in members)
    assert middles[("female", "Thị")] > middles[("male", "Thị")] == 0
    assert middles[("male", "Văn")] > middles[("female", "Văn")] == 0


def test_targets_met_and_not_met(ward3000):
    engine, _ = ward3000
    with Session(engine) as session:
        report = figures.ward_report(session, a_ward(session), now=NOW)
    met = {r.code: r.met for r in report.indicators}
    assert met == {
        "public_sector_skills": True,
        "student_skills": False,
        "adult_basic_skills": False,
        "adult_smartphone": True,
        "adult_epayment": True,
        "enterprise_worker_skills": True,
        "digital_identity_16plus": False,
        "household_learning": False,
        "trader_ecommerce": None,
        "trader_cashless": None,
        "trader_digital_savings": None,
    }
    value = {r.code: r.value for r in report.indicators}
    assert 0.85 <= value["adult_smartphone"] <= 0.93
    assert 0.52 <= value["adult_epayment"] <= 0.68
    assert 0.88 <= value["digital_identity_16plus"] < 1
    assert 0.74 <= value["adult_basic_skills"] < 0.85
    assert 0.65 <= value["household_learning"] <= 0.85
    for code in ("trader_ecommerce", "trader_cashless", "trader_digital_savings"):
        assert 0.3 <= value[code] <= 0.7
    completion = report.completion
    assert 0.62 <= completion.confirmed / completion.households <= 0.78
    assert 0.75 <= completion.confirmed_recent / completion.confirmed < 1


def test_history_rises_to_todays_values(ward3000):
    engine, summary = ward3000
    today = snapshots.vietnam_date(NOW)
    with Session(engine) as session:
        days = session.execute(
            sa.select(IndicatorSnapshot.day).distinct().order_by(IndicatorSnapshot.day)
        ).scalars().all()
        rows = session.execute(sa.select(IndicatorSnapshot)).scalars().all()
        ward_now, groups_now = figures.ward_and_group_reports(session, a_ward(session), now=NOW)
        history = snapshots.series_all_groups(
            session, SYSTEM, code="adult_basic_skills", days=200, now=NOW
        )
    # 16 weekly points, then today.
    assert days == [today - timedelta(weeks=w) for w in range(16, -1, -1)]
    assert summary.snapshots == len(rows) == 17 * 11 * (summary.groups + 1)
    assert all(0 <= r.numerator <= r.denominator for r in rows)

    by_key = {(r.day, r.scope, r.code): r for r in rows}
    # Today's rows are the engine's; the ward's rows are the sums of the groups' every week.
    for scope, report in {"ward": ward_now, **groups_now}.items():
        for result in report.indicators:
            row = by_key[(today, scope, result.code)]
            assert (row.numerator, row.denominator, row.target) == (
                result.numerator, result.denominator, result.target)
    for day in days:
        for code in indicators.INDICATOR_CODES:
            group_rows = [by_key[(day, g, code)] for g in groups_now]
            ward_row = by_key[(day, "ward", code)]
            assert ward_row.numerator == sum(r.numerator for r in group_rows)
            assert ward_row.denominator == sum(r.denominator for r in group_rows)

    # The ward 16 weeks ago: 5-15 points lower on every indicator, rising since.
    for result in ward_now.indicators:
        first = by_key[(days[0], "ward", result.code)]
        drop = result.value - first.numerator / first.denominator
        assert 0.04 <= drop <= 0.16, (result.code, drop)
        path = [by_key[(day, "ward", result.code)].numerator for day in days]
        assert sum(1 for a, b in itertools.pairwise(path) if b < a) <= 3, (result.code, path)
    assert list(history) == ["ward", *groups_now]
    assert [p.day for p in history["ward"]] == days
    assert history["ward"][-1].value == ward_now.indicator("adult_basic_skills").value


def test_demo_accounts(ward3000):
    engine, summary = ward3000
    assert [a.role for a in summary.accounts] == [
        "admin", "ward_staff", "group_leader", "ambassador", "resident", "ambassador",
        "city_staff"]  # the city's official, in no ward: /thanh-pho
    assert [a.phone for a in summary.accounts] == [f"090000000{i}" for i in range(1, 8)]
    assert {a.password for a in summary.accounts} == {demo.DEMO_PASSWORD}
    with Session(engine) as session:
        for account in summary.accounts:
            user = accounts.authenticate(session, account.phone, demo.DEMO_PASSWORD)
            assert user is not None and user.role == account.role
        users = {u.role: u for u in accounts.list_users(session, SYSTEM)}
        by_phone = {u.phone: u for u in accounts.list_users(session, SYSTEM)}
        first = session.execute(
            sa.select(Household).order_by(Household.code).limit(1)
        ).scalar_one()
        head = session.execute(
            sa.select(Member.full_name).where(Member.household_id == first.id).order_by(Member.id).limit(1)
        ).scalar_one()
    assert users["group_leader"].group_codes == ("TDP01", "TDP02")
    assert by_phone["0900000004"].group_codes == ("TDP01",)
    assert by_phone["0900000006"].group_codes == ("TDP02",)
    assert by_phone["0900000006"].role == "ambassador"
    assert users["resident"].household_code == first.code == "TDP01-0001"
    assert users["resident"].full_name == head
    assert users["admin"].group_codes == () and users["admin"].household_code is None


def test_help_requests(ward3000):
    """~3% of households asked over ten weeks, in the groups the two ambassadors serve."""
    from digital_family.programmes import help_requests as hr

    engine, summary = ward3000
    with Session(engine) as session:
        requests = session.execute(sa.select(HelpRequest)).scalars().all()
        groups = dict(session.execute(sa.select(ResidentialGroup.id, ResidentialGroup.code)).all())
        users = {u.phone: u for u in accounts.list_users(session, SYSTEM)}
        ids = dict(session.execute(sa.select(UserAccount.phone, UserAccount.id)).all())
        changes = session.execute(sa.select(HelpRequestChange)).scalars().all()
        notes = session.execute(sa.select(sa.func.count()).select_from(HelpRequestNote)).scalar_one()
        members = {m.id: m for m in session.execute(
            sa.select(Member).where(Member.id.in_({c.member_id for c in changes}))).scalars()}
        households = {h.id: h for h in session.execute(
            sa.select(Household).where(Household.id.in_({r.household_id for r in requests}))).scalars()}
        leader = load_actor(session, ids["0900000003"])
        flagged = hr.unclaimed_for_leader(session, leader, now=NOW)
        queue = hr.ambassador_queue(session, load_actor(session, ids["0900000004"]), now=NOW)
        stats = hr.programme_stats(session, SYSTEM, now=NOW)

    assert summary.help_requests == len(requests)
    asked = {r.household_id for r in requests}
    assert 0.025 * 3000 <= len(asked) <= 0.035 * 3000
    assert len(requests) <= 2 * len(asked)
    assert {groups[r.group_id] for r in requests} == {"TDP01", "TDP02"}
    status = Counter(r.status for r in requests)
    assert 0.6 <= status["resolved"] / len(requests) <= 0.8
    assert status["claimed"] and status["open"] and status["cancelled"]
    resolved = [r for r in requests if r.status == "resolved"]
    assert Counter(r.outcome for r in resolved).most_common(1)[0][0] == "helped"
    holder_groups = {ids["0900000004"]: "TDP01", ids["0900000006"]: "TDP02"}
    for r in requests:
        assert NOW - timedelta(weeks=10) <= r.created_at <= NOW
        assert households[r.household_id].group_id == r.group_id
        if r.status in ("claimed", "resolved"):
            assert holder_groups[r.claimed_by_id] == groups[r.group_id]
            assert r.created_at < r.claimed_at <= NOW
            assert timedelta(minutes=5) <= r.claimed_at - r.created_at <= timedelta(days=3)
        else:
            assert r.claimed_by_id is None and r.claimed_at is None
        if r.status == "resolved":
            assert r.claimed_at < r.resolved_at <= NOW
        else:
            assert r.resolved_at is None and r.outcome is None
    # Helped visits raised members, recorded as entered by the ambassador.
    helped = {r.id: r for r in resolved if r.outcome == "helped"}
    assert changes and {c.request_id for c in changes} <= set(helped)
    for c in changes:
        request, member = helped[c.request_id], members[c.member_id]
        assert c.member_id == request.member_id and c.at == request.resolved_at
        assert int(c.new_value) > int(c.old_value)
        assert int(getattr(member, c.field)) >= int(c.new_value)
        assert member.updated_by_id in holder_groups
    assert notes > 0
    assert sum(1 for h in households.values() if h.phone) >= 0.8 * len(households)
    # The leader's flag and the queue have something to show.
    assert 1 <= len(flagged) <= 10
    assert all(f.waiting_hours >= 48 for f in flagged)
    assert queue.total >= 1 and all(i.group_code == "TDP01" for i in queue.items)
    assert stats.overall.opened == len(requests)
    assert 2 <= stats.overall.median_response_hours <= 24
    assert stats.overall.median_resolution_hours > stats.overall.median_response_hours
    assert [a.label for a in stats.by_ambassador] == ["Lê Minh Anh", "Phạm Thu Trang"]
    assert users["0900000006"].full_name == "Phạm Thu Trang"


def test_same_seed_same_ward(engine, tmp_path):
    generate(engine, households=200, seed=5)
    other_url = f"sqlite:///{tmp_path / 'other.db'}"
    db.upgrade(other_url)
    other = db.make_engine(other_url)
    generate(other, households=200, seed=5)
    with Session(engine) as a, Session(other) as b:
        rows_a, rows_b = list(register_export.export_rows(a, SYSTEM)), list(register_export.export_rows(b, SYSTEM))
        confirmed_a = a.execute(sa.select(Household.code, Household.confirmed_at).order_by(Household.code)).all()
        confirmed_b = b.execute(sa.select(Household.code, Household.confirmed_at).order_by(Household.code)).all()
    other.dispose()
    assert rows_a == rows_b and len(rows_a) > 500
    assert confirmed_a == confirmed_b

    with db.session_scope(engine) as session:
        demo.generate_demo(session, households=200, seed=6, now=NOW, reset=True)
    with Session(engine) as session:
        assert list(register_export.export_rows(session, SYSTEM)) != rows_a


def test_refuses_a_database_with_households_unless_reset(engine):
    summary = generate(engine, households=50, seed=2)
    assert summary.groups == 1 and summary.households == 50
    with pytest.raises(demo.DemoError, match="--reset"):
        generate(engine, households=50, seed=2)
    with Session(engine) as session:
        assert session.execute(sa.select(sa.func.count()).select_from(Household)).scalar_one() == 50

    # reset deletes everything first, accounts included.
    with db.session_scope(engine) as session:
        accounts.create_user(session, SYSTEM, phone="0912345678", password="12345678", role="admin")
    summary = generate(engine, households=20, seed=3, reset=True)
    with Session(engine) as session:
        count = lambda model: session.execute(sa.select(sa.func.count()).select_from(model)).scalar_one()  # noqa: E731
        assert count(Household) == 20 and count(ResidentialGroup) == 1
        assert count(Member) == summary.members
        # TDP01 only: the leader and both ambassadors serve it.
        assert count(UserAccount) == 7 and count(UserGroup) == 3
        assert accounts.get_user_by_phone(session, "0912345678") is None


def test_refuses_when_demo_phones_are_taken(engine):
    with db.session_scope(engine) as session:
        accounts.create_user(session, SYSTEM, phone="0900000001", password="12345678", role="admin")
    with pytest.raises(demo.DemoError, match="0900000001"):
        generate(engine, households=10)
    with Session(engine) as session:
        assert session.execute(sa.select(sa.func.count()).select_from(Household)).scalar_one() == 0


def test_group_sizes():
    import random

    for households in (1, 149, 400, 401, 1000, 5000, 30000, 45000):
        sizes = demo.group_sizes(random.Random(1), households)
        assert sum(sizes) == households
        if households > 400:
            assert all(150 <= n <= 400 for n in sizes), (households, sizes)
    assert len(demo.group_sizes(random.Random(1), 30000)) == 111


def test_group_codes_sort_in_order():
    assert demo.group_codes(3) == ["TDP01", "TDP02", "TDP03"]
    codes = demo.group_codes(111)
    assert codes[0] == "TDP001" and codes[-1] == "TDP111" and sorted(codes) == codes
    assert all(validate_group_code(c) == c for c in codes)


def test_contact_phones_and_visits_make_a_lived_in_ward(ward3000):
    """Most households (not all) have a contact phone; the demo leader and ambassadors
    visited households of their groups over the last weeks, some follow-ups still ahead,
    and the families' histories say so (issue 18)."""
    from digital_family.base.models import household_visit, visit_help
    from digital_family.campaign import visit_figures, week_plan
    from digital_family.households import history

    engine, summary = ward3000
    with Session(engine) as session:
        phones = session.execute(sa.select(Household.phone)).scalars().all()
        rows = session.execute(sa.select(household_visit)).all()
        helped = session.execute(sa.select(sa.func.count()).select_from(visit_help)).scalar_one()
        ids = dict(session.execute(sa.select(UserAccount.phone, UserAccount.id)).all())
        leader = load_actor(session, ids["0900000003"])
        lines = history.household_history(session, leader, rows[0].household_id, lang="vi")
        suggested = week_plan.suggestions(session, leader, now=NOW)
        figures_ = visit_figures.visit_figures(session, leader, now=NOW)
    with_phone = [p for p in phones if p]
    assert 0.75 < len(with_phone) / len(phones) < 0.95
    assert all(re.fullmatch(r"0[3789]\d{8}", p) for p in with_phone)
    assert summary.visits == len(rows) == 3 * 42
    assert {r.visitor_id for r in rows} == {ids[p] for p in ("0900000003", "0900000004",
                                                              "0900000006")}
    assert {r.outcome for r in rows} == {"met", "nobody_home", "come_back", "declined"}
    assert helped > len(rows) / 2
    today = NOW.date()
    assert all(r.visited_on < today for r in rows)
    assert any(r.follow_up_on and r.follow_up_on >= today for r in rows)
    assert any(line.what.startswith("đến thăm") for line in lines)
    assert suggested.total > 0 and suggested.items
    assert sum(f.visits_this_month for f in figures_) > 0


def test_a_term_of_classes_that_agrees_with_the_learning_statuses(ward3000):
    """Classes ran over the last weeks and more are coming (issue 20): sign-ups, a waiting
    list, attendance and completions, written through the classes' own write path, so
    every member a class holds is learning, the completed completed, and the tallies
    equal a full recomputation."""
    from digital_family.base.models import (
        class_attendance,
        class_completion,
        class_signup,
        learning_class,
    )
    from digital_family.programmes import classes
    from digital_family.ward import rollups

    engine, summary = ward3000
    with Session(engine) as session:
        assert summary.classes == len(demo.classes.TERM) == session.execute(
            sa.select(sa.func.count()).select_from(learning_class)).scalar_one()
        status = dict(session.execute(sa.select(Member.id, Member.learning_status)).all())
        signups = session.execute(sa.select(class_signup)).all()
        completed = set(session.execute(sa.select(class_completion.c.member_id)).scalars())
        assert {s.status for s in signups} == {"signed_up", "waiting"}
        assert all(status[s.member_id] in ("enrolled", "completed")
                   for s in signups if s.status == "signed_up")
        assert completed and all(status[m] == "completed" for m in completed)
        assert session.execute(sa.select(sa.func.count()).select_from(class_attendance)
                               ).scalar_one() > 20
        first = session.execute(sa.select(Household.id).order_by(Household.id)).scalar()
        assert not [s for s in signups if s.household_id == first]  # left for the visitor
        figures_ = classes.class_figures(session, SYSTEM, today=NOW.date())
        assert figures_.classes_held == 3 and figures_.completed_members == len(completed)
        assert 0.6 < figures_.attendance_rate < 0.95 and figures_.never_came >= 0
        assert rollups.verify(session) == []
