"""The group leader's home: gaps in people, group overviews, and who to visit next."""

import math
import random
from datetime import UTC, datetime, timedelta
from fractions import Fraction

import pytest
import sqlalchemy as sa
from hypothesis import given, settings
from hypothesis import strategies as st
from sqlmodel import Session, SQLModel

from digital_family import demo
from digital_family.base import clock, db, paging
from digital_family.base.codes import LEARNING_STATUSES, OCCUPATIONS, SKILLS
from digital_family.base.models import (
    Household,
    IndicatorTarget,
    Member,
    ResidentialGroup,
    Setting,
    class_attendance,
    class_session,
    class_signup,
    set_member_skills,
)
from digital_family.base.permissions import SYSTEM, Actor, PermissionDenied
from digital_family.base.validation import ValidationError
from digital_family.campaign import leader
from digital_family.campaign.figures import group_report, group_reports
from digital_family.campaign.leader import (
    REASON_INDICATORS,
    REASONS,
    group_overview,
    leader_groups,
    people_gap,
    reason_label_key,
    reason_labels,
    visit_list,
)
from digital_family.ward import settings as ward_settings
from digital_family.ward.indicators import (
    INDICATOR_CODES,
    RECENT_DAYS,
    get_targets,
    make_result,
)
from tests import ward as wardlib
from tests.indicators_reference import load_register, reference_report
from tests.ward import a_ward

YEAR = 2026
NOW = datetime(2026, 6, 1, 9, 30, tzinfo=UTC)


# people_gap


@pytest.mark.parametrize(
    "numerator, denominator, target, gap",
    [
        (17, 20, 0.85, 0),  # 17/20 is exactly 0.85
        (16, 20, 0.85, 1),
        (93, 100, 1.0, 7),  # "7 more adults need VNeID to reach 100%"
        (100, 100, 1.0, 0),
        (7, 10, 0.7, 0),  # 0.7 * 10 is 7.000000000000001 in floats
        (3, 7, 0.5, 1),  # 3.5 - 3 rounds up to one person
        (0, 3, 0.5, 2),
        (20, 20, 0.0, 0),
        (0, 20, 0.0, 0),
        (5, 5, 0.85, 0),  # above the target: no negative gap
    ],
)
def test_people_gap_exact(numerator, denominator, target, gap):
    assert people_gap(make_result("adult_smartphone", numerator, denominator, target)) == gap


def test_people_gap_none_without_target_or_denominator():
    assert people_gap(make_result("trader_cashless", 3, 10, None)) is None
    assert people_gap(make_result("adult_smartphone", 0, 0, 0.85)) is None
    assert people_gap(make_result("trader_cashless", 0, 0, None)) is None


@settings(max_examples=200, deadline=None)
@given(
    denominator=st.integers(1, 2000),
    share=st.fractions(0, 1),
    target=st.one_of(st.sampled_from([0.5, 0.8, 0.85, 0.95, 1.0]), st.floats(0, 1)),
)
def test_people_gap_closes_exactly(denominator, share, target):
    numerator = math.floor(share * denominator)
    result = make_result("adult_epayment", numerator, denominator, target)
    gap = people_gap(result)
    assert (gap == 0) == result.met
    assert make_result("adult_epayment", numerator + gap, denominator, target).met  # enough ...
    if gap:
        assert Fraction(numerator + gap - 1, denominator) < Fraction(str(target))  # ... and no more


def test_reason_label_keys():
    assert [reason_label_key(r) for r in REASONS] == [
        "visit.reason.vneid",
        "visit.reason.skills",
        "visit.reason.smartphone",
        "visit.reason.epayment",
        "visit.reason.learning",
        "visit.reason.confirmation",
        "visit.reason.never_came",
    ]
    with pytest.raises(ValueError):
        reason_label_key("bogus")
    item = leader.VisitItem(1, "H1", "", None, 2, None, {"confirmation": 1, "vneid": 2}, 3)
    assert reason_labels(item) == (
        ("visit.reason.vneid", {"n": 2}),
        ("visit.reason.confirmation", {"n": 1}),
    )
    assert set(REASON_INDICATORS.values()) <= set(INDICATOR_CODES)


# The plain-Python reading of the visit list


def _never_came_by_household(session, now) -> dict[int, int]:
    """Household id -> members signed up for a class that has held a session (on or
    before today in Vietnam) and who came to none of its sessions, read in Python."""
    today = clock.vietnam_date(now)
    sessions = session.execute(sa.select(class_session.c.id, class_session.c.class_id,
                                         class_session.c.day)).all()
    held = {s.class_id for s in sessions if s.day <= today}
    class_of = {s.id: s.class_id for s in sessions}
    came = {(class_of[a.session_id], a.member_id) for a in session.execute(
        sa.select(class_attendance.c.session_id, class_attendance.c.member_id))}
    absent: dict[int, set[int]] = {}
    for u in session.execute(sa.select(class_signup).where(
            class_signup.c.status == "signed_up")):
        if u.class_id in held and (u.class_id, u.member_id) not in came:
            absent.setdefault(u.household_id, set()).add(u.member_id)
    return {household: len(people) for household, people in absent.items()}


def reference_visits(session, group_code, *, reason=None, year=YEAR, now=NOW):
    """Every listed household as visit_list gives it, computed in Python over loaded rows."""
    groups, households, members = load_register(session)
    threshold = ward_settings.skill_threshold(session, a_ward(session))
    report = reference_report(
        groups, households, members, targets=get_targets(session, a_ward(session)), threshold=threshold,
        reference_year=year, now=now, scope=group_code,
    )
    scored = [
        r for r in REASONS
        if r in ("confirmation", "never_came")
        or report.indicator(REASON_INDICATORS[r]).met is False
    ]
    never_came = _never_came_by_household(session, now)
    group_id = next(g["id"] for g in groups if g["code"] == group_code)
    rows = session.execute(
        sa.select(Household.id, Household.code, Household.address, Household.phone,
                  Household.confirmed_at).where(Household.group_id == group_id)
    ).all()
    members_of = {row.id: [] for row in rows}
    for m in members:
        if m["household_id"] in members_of:
            members_of[m["household_id"]].append(m)
    cutoff = now - timedelta(days=RECENT_DAYS)
    listed = []
    for row in rows:
        ms = members_of[row.id]
        adults = [m for m in ms if year - m["birth_year"] >= 18]
        counts = {
            "vneid": sum(1 for m in ms if year - m["birth_year"] >= 16 and m["vneid_level"] == 0),
            "skills": sum(1 for m in adults if len(m["skills"]) < threshold),
            "smartphone": sum(1 for m in adults if not m["has_smartphone"]),
            "epayment": sum(1 for m in adults if not m["has_epayment"]),
            "learning": int(bool(ms) and not any(
                m["learning_status"] in ("enrolled", "completed") for m in ms)),
            "confirmation": int(row.confirmed_at is None or row.confirmed_at < cutoff),
            "never_came": never_came.get(row.id, 0),
        }
        score = sum(counts[r] for r in scored)
        if score == 0 or (reason is not None and counts[reason] == 0):
            continue
        listed.append((
            row.id, row.code, row.address, row.phone, len(ms), row.confirmed_at,
            {r: n for r, n in counts.items() if n}, score,
        ))
    listed.sort(key=lambda v: (-v[7], v[5] is not None, v[5] or now, v[1]))
    return listed, tuple(scored)


def all_pages(session, group_code, *, page_size=20, **kwargs):
    """Every item of every page, checking the page arithmetic on the way."""
    first = visit_list(session, SYSTEM, group_code, page_size=page_size, **kwargs)
    assert first.page == 1
    assert first.pages == max(1, math.ceil(first.total / page_size))
    items = list(first.items)
    for page in range(2, first.pages + 1):
        result = visit_list(session, SYSTEM, group_code, page=page, page_size=page_size, **kwargs)
        assert (result.total, result.page, result.pages) == (first.total, page, first.pages)
        assert len(result.items) == (page_size if page < first.pages
                                     else first.total - page_size * (first.pages - 1))
        items.extend(result.items)
    assert len(items) == first.total
    as_tuples = [(i.household_id, i.code, i.address, i.phone, i.member_count, i.confirmed_at,
                  i.counts, i.score) for i in items]
    return as_tuples, first.scored_reasons


# Against the reference: random registers (in memory) ...

members_st = st.fixed_dictionaries({
    "age": st.one_of(st.sampled_from([15, 16, 17, 18]), st.integers(0, 90)),
    "occupation": st.sampled_from(OCCUPATIONS),
    "skills": st.integers(0, 8),
    "has_smartphone": st.booleans(),
    "has_epayment": st.booleans(),
    "vneid_level": st.sampled_from([0, 0, 1, 2]),
    "learning_status": st.sampled_from(LEARNING_STATUSES),
})
households_st = st.fixed_dictionaries({
    "group": st.integers(0, 2),
    "confirmed_days": st.one_of(st.none(), st.sampled_from([0, 179, 180, 181, 400])),
    "members": st.lists(members_st, max_size=4),
    "phone": st.one_of(st.none(), st.just("0912345678")),
})
register_st = st.fixed_dictionaries({
    "households": st.lists(households_st, min_size=1, max_size=14),
    "targets": st.dictionaries(
        st.sampled_from(list(REASON_INDICATORS.values())),
        st.one_of(st.none(), st.sampled_from([0.0, 0.5, 0.85, 1.0]))),
    "threshold": st.one_of(st.none(), st.sampled_from([3, 5, 8])),
})


def store(session, register):
    groups = [ResidentialGroup(ward_id=a_ward(session), code=f"TDP{i:02d}", name=f"Tổ {i}") for i in range(3)]
    session.add_all(groups)
    session.flush()
    for i, h in enumerate(register["households"]):
        days = h["confirmed_days"]
        household = Household(ward_id=a_ward(session),
            code=f"H{i:03d}", group_id=groups[h["group"]].id, address=f"Số {i} Khương Đình",
            phone=h["phone"], confirmed_at=None if days is None else NOW - timedelta(days=days))
        session.add(household)
        session.flush()
        for m in h["members"]:
            fields = {k: v for k, v in m.items() if k not in ("age", "skills")}
            member = Member(household_id=household.id, full_name="Lê Văn Cường",
                            birth_year=YEAR - m["age"], sex="male", **fields)
            set_member_skills(member, SKILLS[: m["skills"]])
            session.add(member)
    for code, target in register["targets"].items():
        session.add(IndicatorTarget(ward_id=a_ward(session), code=code, target=target))
    if register["threshold"] is not None:
        session.add(Setting(ward_id=a_ward(session), key="skill_threshold", value=str(register["threshold"])))
    session.flush()
    return [g.code for g in groups]


@pytest.fixture(scope="module")
def memory_engine():
    """An in-memory database reused by every example (each rolls back what it wrote)."""
    engine = sa.create_engine("sqlite://")
    SQLModel.metadata.create_all(engine)
    yield engine
    engine.dispose()


@settings(max_examples=40, deadline=None)
@given(register=register_st, page_size=st.integers(1, 4))
def test_visit_list_matches_reference_on_random_registers(memory_engine, register, page_size):
    with Session(memory_engine) as session:
        try:
            for code in store(session, register):
                got = all_pages(session, code, page_size=page_size,
                                reference_year=YEAR, now=NOW)
                assert got == reference_visits(session, code)
                for reason in REASONS:
                    got = all_pages(session, code, page_size=100, reason=reason,
                                    reference_year=YEAR, now=NOW)
                    assert got[0] == reference_visits(session, code, reason=reason)[0]
        finally:
            session.rollback()


# ... and the demo ward


@pytest.fixture(scope="module")
def demo_ward(tmp_path_factory):
    """A 300-household demo ward (read-only: tests roll back what they add)."""
    url = f"sqlite:///{tmp_path_factory.mktemp('leader') / 'ward.db'}"
    db.upgrade(url)
    engine = db.make_engine(url)
    with pytest.MonkeyPatch.context() as mp:
        mp.setattr(wardlib.accounts, "pwd_context", wardlib.FAST_CONTEXT)
        with db.session_scope(engine) as session:
            demo.generate_demo(session, households=300, seed=7, now=NOW)
    yield engine
    engine.dispose()


@pytest.fixture()
def demo_session(demo_ward):
    with Session(demo_ward) as session:
        yield session
        session.rollback()


def demo_groups(session):
    return session.execute(sa.select(ResidentialGroup.code).order_by(ResidentialGroup.code)).scalars().all()


def test_visit_list_matches_reference_on_the_demo_ward(demo_session):
    codes = demo_groups(demo_session)
    assert codes
    for code in codes:
        for reason in (None, *REASONS):
            got, scored = all_pages(demo_session, code, page_size=25, reason=reason,
                                    reference_year=YEAR, now=NOW)
            expected, expected_scored = reference_visits(demo_session, code, reason=reason)
            assert scored == expected_scored
            assert got == expected
            assert all(item[7] > 0 for item in got)
            if reason is not None:
                assert all(item[6].get(reason) for item in got)


def test_met_reasons_do_not_count_toward_the_score(demo_session):
    code = demo_groups(demo_session)[0]
    before = all_items(demo_session, code)
    scored = visit_list(demo_session, SYSTEM, code, now=NOW, reference_year=YEAR).scored_reasons
    assert {"vneid", "learning"} <= set(scored)  # the demo ward is short of both
    # Ward staff lower the VNeID target to 0 (met) and drop the learning target (none).
    demo_session.add(IndicatorTarget(ward_id=a_ward(demo_session), code="digital_identity_16plus", target=0.0))
    demo_session.add(IndicatorTarget(ward_id=a_ward(demo_session), code="household_learning", target=None))
    demo_session.flush()
    after = all_items(demo_session, code)
    scored = visit_list(demo_session, SYSTEM, code, now=NOW, reference_year=YEAR).scored_reasons
    assert "vneid" not in scored and "learning" not in scored and scored[-2:] == ("confirmation", "never_came")
    old = {i.household_id: i for i in before}
    for item in after:
        assert item.score == sum(n for r, n in item.counts.items() if r in scored) > 0
        assert item.counts == old[item.household_id].counts  # the counts do not change
    # A household whose only reasons are VNeID and learning is no longer listed.
    dropped = {i.household_id for i in before if set(i.counts) <= {"vneid", "learning"}}
    assert dropped and not dropped & {i.household_id for i in after}
    got, _ = all_pages(demo_session, code, reference_year=YEAR, now=NOW)
    assert got == reference_visits(demo_session, code)[0]


def all_items(session, code):
    result = visit_list(session, SYSTEM, code, page_size=100, now=NOW, reference_year=YEAR)
    items = list(result.items)
    for page in range(2, result.pages + 1):
        items += visit_list(session, SYSTEM, code, page=page, page_size=100, now=NOW,
                            reference_year=YEAR).items
    return items


def test_pagination_edges(demo_session):
    code = demo_groups(demo_session)[0]
    kwargs = dict(now=NOW, reference_year=YEAR)
    full = visit_list(demo_session, SYSTEM, code, page_size=10, **kwargs)
    assert full.total > 10
    last = visit_list(demo_session, SYSTEM, code, page=9999, page_size=10, **kwargs)
    assert (last.page, last.pages, last.total) == (full.pages, full.pages, full.total)
    assert len(last.items) == full.total - 10 * (full.pages - 1)
    for page in (0, -3, "abc", None, True):
        assert visit_list(demo_session, SYSTEM, code, page=page, page_size=10, **kwargs).page == 1
    assert len(visit_list(demo_session, SYSTEM, code, page_size=10_000, **kwargs).items) == min(
        paging.MAX_PAGE_SIZE, full.total)
    assert visit_list(demo_session, SYSTEM, code, page="2", page_size="10", **kwargs).items == (
        visit_list(demo_session, SYSTEM, code, page=2, page_size=10, **kwargs).items)
    filtered = visit_list(demo_session, SYSTEM, code, reason="learning", page_size=10, **kwargs)
    assert 0 < filtered.total < full.total
    assert visit_list(demo_session, SYSTEM, code, reason=" learning ", **kwargs).total == (
        filtered.total)
    assert visit_list(demo_session, SYSTEM, code, reason="", **kwargs).total == full.total
    with pytest.raises(ValidationError):
        visit_list(demo_session, SYSTEM, code, reason="bogus", **kwargs)


def test_overview_is_the_group_report_with_gaps(demo_session):
    codes = demo_groups(demo_session)
    kwargs = dict(reference_year=YEAR, now=NOW)
    reports = group_reports(demo_session, a_ward(demo_session), **kwargs)
    for code in codes:
        overview = group_overview(demo_session, SYSTEM, code, **kwargs)
        assert overview.group_code == code and overview.group_name
        assert overview.report == reports[code] == group_report(demo_session, a_ward(demo_session), code, **kwargs)
        completion = overview.report.completion
        assert overview.never_confirmed == completion.households - completion.confirmed > 0
        assert overview.gaps == {r.code: people_gap(r) for r in overview.report.indicators}
        assert list(overview.gaps) == list(INDICATOR_CODES)
        assert all((gap == 0) == r.met for r in overview.report.indicators
                   if (gap := overview.gaps[r.code]) is not None)
    ids = demo_session.execute(sa.select(ResidentialGroup.id)).scalars().all()
    leader = Actor(user_id=99, role="group_leader", group_ids=frozenset([*ids, 10_000]),
                   ward_id=a_ward(demo_session))
    overviews = leader_groups(demo_session, leader, **kwargs)
    assert [o.group_code for o in overviews] == codes  # one pass; unknown ids are ignored
    assert [o.report for o in overviews] == [reports[c] for c in codes]


def test_engine_group_ids_filter(demo_session):
    kwargs = dict(reference_year=YEAR, now=NOW)
    everything = group_reports(demo_session, a_ward(demo_session), **kwargs)
    ids = dict(demo_session.execute(sa.select(ResidentialGroup.code, ResidentialGroup.id)).all())
    some = sorted(everything)[-1:]
    assert group_reports(demo_session, a_ward(demo_session), group_ids=[ids[c] for c in some], **kwargs) == {
        c: everything[c] for c in some}
    assert group_reports(demo_session, a_ward(demo_session), group_ids=[], **kwargs) == {}
    assert group_reports(demo_session, a_ward(demo_session), group_ids=[10_000], **kwargs) == {}


# Ranking on a hand-made group


def test_ranking_order(session):
    group = ResidentialGroup(ward_id=a_ward(session), code="TDP01", name="Tổ 1")
    session.add(group)
    session.flush()

    def household(code, days, vneid_missing, *, learner=True):
        h = Household(ward_id=a_ward(session), code=code, group_id=group.id, address=f"{code} Khương Đình",
                      confirmed_at=None if days is None else NOW - timedelta(days=days))
        session.add(h)
        session.flush()
        for i in range(2):
            member = Member(household_id=h.id, full_name="Phạm Thị Dung", birth_year=YEAR - 40,
                            sex="female", has_smartphone=True, has_epayment=True,
                            vneid_level=0 if i < vneid_missing else 2,
                            learning_status="completed" if learner and i == 0 else "none")
            set_member_skills(member, SKILLS)
            session.add(member)
        return code

    household("H-A", 10, 2, learner=False)  # 2 + learning: 3
    household("H-C", None, 1)  # 1 + never confirmed: 2
    household("H-B", None, 1)  # the same: by code
    household("H-E", 181, 1)  # 2, confirmed less long ago
    household("H-D", 300, 1)  # 2, confirmed long ago
    household("H-F", 5, 2)  # 2, confirmed recently
    household("H-G", 180, 0)  # nothing missing, confirmed exactly 180 days ago: 0
    empty = Household(ward_id=a_ward(session), code="H-Z", group_id=group.id, address="Số 9")  # no members yet
    session.add(empty)
    session.flush()
    result = visit_list(session, SYSTEM, "TDP01", now=NOW, reference_year=YEAR)
    assert [i.code for i in result.items] == ["H-A", "H-B", "H-C", "H-D", "H-E", "H-F", "H-Z"]
    assert [i.score for i in result.items] == [3, 2, 2, 2, 2, 2, 1]
    by_code = {i.code: i for i in result.items}
    assert by_code["H-A"].counts == {"vneid": 2, "learning": 1}
    assert by_code["H-B"].counts == {"vneid": 1, "confirmation": 1}
    assert by_code["H-Z"].counts == {"confirmation": 1} and by_code["H-Z"].member_count == 0
    assert by_code["H-D"].confirmed_at == NOW - timedelta(days=300)
    assert "H-G" not in by_code
    assert result.scored_reasons == ("vneid", "learning", "confirmation", "never_came")


# Who may see what


@pytest.fixture()
def ward(session):
    with pytest.MonkeyPatch.context() as mp:
        mp.setattr(wardlib.accounts, "pwd_context", wardlib.FAST_CONTEXT)
        return wardlib.build_ward(session)


def test_scope(session, ward):
    for actor in (ward.leader1, ward.staff, ward.admin):
        assert visit_list(session, actor, "TDP01").total == 2  # h1 and h2 (not confirmed)
        assert group_overview(session, actor, "tdp01").group_id == ward.g1
    for actor in (ward.staff, ward.admin, ward.leader2):
        assert group_overview(session, actor, "TDP02").report.completion.households == 1
        assert visit_list(session, actor, "TDP02").total == 1
    for actor in (ward.leader1, ward.ambassador1, ward.resident1, ward.resident3, None):
        with pytest.raises(PermissionDenied):
            visit_list(session, actor, "TDP02")
        with pytest.raises(PermissionDenied):
            group_overview(session, actor, "TDP02")
    for actor in (ward.ambassador1, ward.resident1, None):
        with pytest.raises(PermissionDenied):
            visit_list(session, actor, "TDP01")
    for actor in (ward.leader1, ward.staff):
        for code in ("TDP99", "!!", "", None, 7):
            with pytest.raises(LookupError):
                visit_list(session, actor, code)
            with pytest.raises(LookupError):
                group_overview(session, actor, code)
    with pytest.raises(PermissionDenied):
        visit_list(session, None, "TDP99")
    assert [o.group_code for o in leader_groups(session, ward.leader1)] == ["TDP01"]
    assert [o.group_code for o in leader_groups(session, ward.leader2)] == ["TDP02"]
    for actor in (ward.staff, ward.admin, ward.ambassador1, ward.resident1):
        assert leader_groups(session, actor) == ()
    with pytest.raises(PermissionDenied):
        leader_groups(session, None)


def test_seeded_random_group_against_reference(session):
    """A denser random group than hypothesis draws, with a skill threshold setting."""
    rng = random.Random(2026)
    group = ResidentialGroup(ward_id=a_ward(session), code="TDP05", name="Tổ 5")
    session.add(group)
    session.add(Setting(ward_id=a_ward(session), key="skill_threshold", value="4"))
    session.flush()
    for n in range(120):
        days = rng.choice([None, None, 3, 100, 179, 180, 181, 365])
        h = Household(ward_id=a_ward(session), code=f"TDP05-{n:04d}", group_id=group.id, address=f"Ngõ {n}",
                      phone=rng.choice([None, f"09{n:08d}"]),
                      confirmed_at=None if days is None else NOW - timedelta(days=days))
        session.add(h)
        session.flush()
        for _ in range(rng.choice([0, 1, 2, 3, 3, 4, 5])):
            member = Member(household_id=h.id, full_name="Hoàng Văn Em",
                            birth_year=YEAR - rng.choice([5, 15, 16, 17, 18, 30, 70]),
                            sex="male", occupation=rng.choice(OCCUPATIONS),
                            has_smartphone=rng.random() < 0.7, has_epayment=rng.random() < 0.5,
                            vneid_level=rng.choice([0, 1, 2, 2]),
                            learning_status=rng.choice(LEARNING_STATUSES))
            set_member_skills(member, rng.sample(SKILLS, rng.randint(0, 8)))
            session.add(member)
    session.flush()
    for reason in (None, *REASONS):
        got = all_pages(session, "TDP05", page_size=9, reason=reason,
                        reference_year=YEAR, now=NOW)
        assert got == reference_visits(session, "TDP05", reason=reason)
