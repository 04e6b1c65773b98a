"""The indicator engine (SQL) against SPEC §3 and its plain-Python reading."""

import json
from datetime import UTC, datetime, timedelta

import pytest
import sqlalchemy as sa
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlmodel import Session, SQLModel

from digital_family.base.codes import LEARNING_STATUSES, OCCUPATIONS, SKILLS
from digital_family.base.models import (
    Household,
    IndicatorTarget,
    Member,
    ResidentialGroup,
    Setting,
    set_member_skills,
)
from digital_family.campaign.figures import (
    group_report,
    group_reports,
    ward_and_group_reports,
    ward_report,
)
from digital_family.households import member_writes
from digital_family.ward import settings as ward_settings
from digital_family.ward.indicators import INDICATORS, RECENT_DAYS, get_targets
from tests.indicators_reference import (
    INDICATOR_ORDER,
    load_register,
    reference_group_reports,
    reference_report,
)
from tests.ward import a_ward

YEAR = 2026
NOW = datetime(2026, 6, 1, 9, 30, tzinfo=UTC)
SPEC_TARGETS = {
    "public_sector_skills": 0.95,
    "student_skills": 1.00,
    "adult_basic_skills": 0.85,
    "adult_smartphone": 0.85,
    "adult_epayment": 0.50,
    "enterprise_worker_skills": 0.80,
    "digital_identity_16plus": 1.00,
    "household_learning": 1.00,
    "trader_ecommerce": None,
    "trader_cashless": None,
    "trader_digital_savings": None,
}


# Helpers


def add_group(session, code="TDP01"):
    group = ResidentialGroup(ward_id=a_ward(session), code=code, name=f"Tổ {code}")
    session.add(group)
    session.flush()
    return group


def add_household(session, group, code=None, confirmed_at=None):
    n = session.execute(sa.select(sa.func.count()).select_from(Household)).scalar()
    household = Household(ward_id=a_ward(session),
        code=code or f"HGD{n + 1:04d}", group_id=group.id, confirmed_at=confirmed_at
    )
    session.add(household)
    session.flush()
    return household


def add_member(session, household, *, age=40, occupation="other", skills=0, **fields):
    member = Member(
        household_id=household.id,
        full_name="Nguyễn Văn An",
        birth_year=YEAR - age,
        sex="male",
        occupation=occupation,
        **fields,
    )
    set_member_skills(member, SKILLS[:skills] if isinstance(skills, int) else skills)
    session.add(member)
    return member


def report(session, **kwargs):
    session.flush()
    return ward_report(session, a_ward(session), reference_year=YEAR, now=NOW, **kwargs)


# Definitions


def test_indicator_table_follows_the_spec():
    assert [d.code for d in INDICATORS] == list(SPEC_TARGETS) == list(INDICATOR_ORDER)
    assert {d.code: d.target_default for d in INDICATORS} == SPEC_TARGETS
    assert ward_settings.SKILL_THRESHOLD.default == 5 and RECENT_DAYS == 180


def test_empty_ward(session):
    result = report(session)
    assert result.scope == "ward" and result.reference_year == YEAR
    for r in result.indicators:
        assert (r.numerator, r.denominator, r.value, r.met) == (0, 0, None, None)
        assert r.target == SPEC_TARGETS[r.code]
    assert result.completion.households == result.completion.members == 0
    assert group_reports(session, a_ward(session), reference_year=YEAR, now=NOW) == {}


def test_age_boundaries(session):
    h = add_household(session, add_group(session))
    for age in (14, 15, 16, 17, 18, 19):
        add_member(session, h, age=age, occupation="student", vneid_level=1, has_smartphone=True)
    r = report(session)
    assert (r.indicator("student_skills").denominator) == 5  # 15..19
    assert r.indicator("digital_identity_16plus").denominator == 4  # 16..19
    assert r.indicator("digital_identity_16plus").numerator == 4
    assert r.indicator("adult_smartphone").denominator == 2  # 18, 19
    assert r.indicator("adult_smartphone").numerator == 2
    # The reference year moves every age.
    r = ward_report(session, a_ward(session), reference_year=YEAR + 1, now=NOW)
    assert r.indicator("student_skills").denominator == 6
    assert r.indicator("adult_smartphone").denominator == 3


def test_skill_threshold_default_and_setting(session):
    h = add_household(session, add_group(session))
    for n in (4, 5, 6, 8):
        add_member(session, h, occupation="public_sector", skills=n)
    assert ward_settings.skill_threshold(session, a_ward(session)) == 5
    r = report(session).indicator("public_sector_skills")
    assert (r.numerator, r.denominator) == (3, 4)  # 4 skills is not enough, 5 is
    session.add(Setting(ward_id=a_ward(session), key="skill_threshold", value="6"))
    session.flush()
    assert ward_settings.skill_threshold(session, a_ward(session)) == 6
    r = report(session).indicator("public_sector_skills")
    assert (r.numerator, r.denominator) == (2, 4)


def test_which_skills_does_not_matter(session):
    h = add_household(session, add_group(session))
    add_member(session, h, occupation="enterprise_worker", skills=SKILLS[-5:])
    add_member(session, h, occupation="enterprise_worker", skills=SKILLS[1:5])
    r = report(session).indicator("enterprise_worker_skills")
    assert (r.numerator, r.denominator) == (1, 2)


def test_target_override_and_none(session):
    h = add_household(session, add_group(session))
    for i in range(4):
        add_member(session, h, has_epayment=i < 3)
    session.add(IndicatorTarget(ward_id=a_ward(session), code="adult_epayment", target=0.8))
    session.add(IndicatorTarget(ward_id=a_ward(session), code="adult_smartphone", target=None))
    session.add(IndicatorTarget(ward_id=a_ward(session), code="trader_cashless", target=0.5))
    session.flush()
    targets = get_targets(session, a_ward(session))
    assert targets == {**SPEC_TARGETS, "adult_epayment": 0.8, "adult_smartphone": None,
                       "trader_cashless": 0.5}
    r = report(session)
    e = r.indicator("adult_epayment")
    assert (e.numerator, e.denominator, e.value, e.target, e.met) == (3, 4, 0.75, 0.8, False)
    s = r.indicator("adult_smartphone")
    assert (s.value, s.target, s.met) == (0.0, None, None)  # no target: never "met"
    assert r.indicator("trader_cashless").denominator == 0
    assert r.indicator("trader_cashless").met is None  # no data: never "met"


def test_exact_comparison_17_of_20_meets_085(session):
    h = add_household(session, add_group(session))
    for i in range(20):
        add_member(session, h, has_smartphone=i < 17, has_epayment=i < 10)
    r = report(session)
    assert r.indicator("adult_smartphone").value == 0.85
    assert r.indicator("adult_smartphone").met is True
    assert r.indicator("adult_epayment").met is True  # 10/20 meets 0.50
    first = session.execute(sa.select(sa.func.min(Member.id))).scalar()
    member_writes.update_member(session, None, first, {"has_smartphone": False})
    assert report(session).indicator("adult_smartphone").met is False  # 16/20


def test_household_learning_and_completion(session):
    g1, g2 = add_group(session, "TDP01"), add_group(session, "TDP02")
    add_group(session, "TDP03")  # stays empty
    learner = add_household(session, g1, confirmed_at=NOW - timedelta(days=179))
    add_member(session, learner, learning_status="none")
    add_member(session, learner, learning_status="completed")
    idle = add_household(session, g1, confirmed_at=NOW - timedelta(days=181))
    add_member(session, idle)
    add_household(session, g2, confirmed_at=NOW - timedelta(days=RECENT_DAYS))  # no members
    enrolled = add_household(session, g2)
    add_member(session, enrolled, learning_status="enrolled")
    ward = report(session)
    r = ward.indicator("household_learning")
    assert (r.numerator, r.denominator) == (2, 3)  # the empty household does not count
    assert ward.completion.to_dict() == {
        "households": 4, "members": 4, "confirmed": 3, "confirmed_recent": 2}
    groups = group_reports(session, a_ward(session), reference_year=YEAR, now=NOW)
    assert list(groups) == ["TDP01", "TDP02", "TDP03"]  # the empty group too
    assert groups["TDP01"].completion.to_dict() == {
        "households": 2, "members": 3, "confirmed": 2, "confirmed_recent": 1}
    assert groups["TDP02"].indicator("household_learning").denominator == 1
    assert groups["TDP02"].completion.confirmed_recent == 1  # exactly 180 days counts
    empty = groups["TDP03"]
    assert empty.scope == "TDP03" and empty.completion.households == 0
    assert all(i.value is None and i.met is None for i in empty.indicators)
    assert group_report(session, a_ward(session), "TDP01", reference_year=YEAR, now=NOW) == groups["TDP01"]
    assert group_report(session, a_ward(session), "TDP03", reference_year=YEAR, now=NOW) == empty
    both = ward_and_group_reports(session, a_ward(session), reference_year=YEAR, now=NOW)
    assert both == (ward, groups)


def test_traders_and_vneid(session):
    h = add_household(session, add_group(session))
    add_member(session, h, occupation="small_trader", trader_ecommerce=True, trader_cashless=True)
    add_member(session, h, occupation="small_trader", trader_digital_savings=True, vneid_level=2)
    add_member(session, h, occupation="retired", trader_ecommerce=True, vneid_level=1)
    r = report(session)
    counts = {c: (r.indicator(c).numerator, r.indicator(c).denominator)
              for c in ("trader_ecommerce", "trader_cashless", "trader_digital_savings",
                        "digital_identity_16plus")}
    assert counts == {"trader_ecommerce": (1, 2), "trader_cashless": (1, 2),
                      "trader_digital_savings": (1, 2), "digital_identity_16plus": (2, 3)}


def test_to_dict_is_the_spec_json_object(session):
    g = add_group(session, "TDP07")
    h = add_household(session, g, confirmed_at=NOW)
    add_member(session, h, occupation="public_sector", skills=8, has_smartphone=True)
    data = json.loads(json.dumps(
        group_report(session, a_ward(session), "TDP07", reference_year=YEAR, now=NOW).to_dict()))
    assert list(data) == ["scope", "reference_year", "indicators", "completion"]
    assert data["scope"] == "TDP07" and data["reference_year"] == YEAR
    assert [i["code"] for i in data["indicators"]] == list(SPEC_TARGETS)
    for item in data["indicators"]:
        assert list(item) == ["code", "numerator", "denominator", "value", "target", "met"]
        assert type(item["numerator"]) is int and type(item["denominator"]) is int
        assert item["value"] is None or (type(item["value"]) is float and 0 <= item["value"] <= 1)
        assert item["target"] is None or type(item["target"]) is float
        assert item["met"] is None or type(item["met"]) is bool
    by_code = {i["code"]: i for i in data["indicators"]}
    assert by_code["public_sector_skills"] == {
        "code": "public_sector_skills", "numerator": 1, "denominator": 1,
        "value": 1.0, "target": 0.95, "met": True}
    assert by_code["trader_ecommerce"] == {
        "code": "trader_ecommerce", "numerator": 0, "denominator": 0,
        "value": None, "target": None, "met": None}
    assert data["completion"] == {
        "households": 1, "members": 1, "confirmed": 1, "confirmed_recent": 1}
    assert ward_report(session, a_ward(session), reference_year=YEAR, now=NOW).to_dict()["scope"] == "ward"


def test_unknown_group_raises_lookup_error(session):
    add_group(session, "TDP01")
    with pytest.raises(LookupError):
        group_report(session, a_ward(session), "TDP99")


def test_defaults_use_the_current_year(session):
    h = add_household(session, add_group(session))
    add_member(session, h, age=YEAR - 2000)
    r = ward_report(session, a_ward(session))
    assert r.reference_year == datetime.now(UTC).year
    assert ward_report(session, a_ward(session), now=datetime(2031, 1, 1, tzinfo=UTC)).reference_year == 2031
    assert r.indicator("adult_smartphone").denominator == 1


def test_load_register_feeds_the_reference(session):
    g = add_group(session)
    h = add_household(session, g, confirmed_at=NOW - timedelta(days=3))
    add_member(session, h, occupation="student", age=16, skills=6, learning_status="enrolled")
    add_member(session, h, occupation="small_trader", trader_cashless=True)
    session.flush()
    groups, households, members = load_register(session)
    assert members[0]["skills"] == frozenset(SKILLS[:6])
    kwargs = dict(targets=get_targets(session, a_ward(session)), threshold=5, reference_year=YEAR, now=NOW)
    assert reference_report(groups, households, members, **kwargs) == report(session)


# Property: engine == reference on random registers

AGES = st.one_of(st.sampled_from([14, 15, 16, 17, 18, 19]), st.integers(0, 100))
SKILL_COUNTS = st.one_of(st.sampled_from([4, 5, 6]), st.integers(0, 8))
CONFIRMED_DAYS = st.one_of(
    st.none(), st.sampled_from([0, 179, 180, 181]), st.floats(0, 400, allow_nan=False))
TARGET_VALUES = st.one_of(
    st.none(), st.sampled_from([0.0, 0.5, 0.85, 0.95, 1.0]), st.floats(0, 1, allow_nan=False))

members_st = st.fixed_dictionaries({
    "age": AGES,
    "occupation": st.sampled_from(OCCUPATIONS),
    "skills": SKILL_COUNTS.flatmap(
        lambda k: st.permutations(SKILLS).map(lambda p: frozenset(p[:k]))),
    "has_smartphone": st.booleans(),
    "has_epayment": st.booleans(),
    "vneid_level": st.sampled_from([0, 1, 2]),
    "learning_status": st.sampled_from(LEARNING_STATUSES),
    "trader_ecommerce": st.booleans(),
    "trader_cashless": st.booleans(),
    "trader_digital_savings": st.booleans(),
})
households_st = st.fixed_dictionaries({
    "group": st.integers(0, 4),
    "confirmed_days": CONFIRMED_DAYS,
    "members": st.lists(members_st, max_size=5),
})
register_st = st.fixed_dictionaries({
    "n_groups": st.integers(1, 5),
    "households": st.lists(households_st, max_size=12),
    "targets": st.dictionaries(st.sampled_from(list(SPEC_TARGETS)), TARGET_VALUES),
    "threshold": st.one_of(st.none(), st.sampled_from([4, 5, 6]), st.integers(0, 9)),
    "year": st.integers(2020, 2035),
})


def _store(session, register) -> tuple[list, list, list]:
    """Write ``register`` to the database; return it as the reference's plain rows."""
    n = register["n_groups"]
    groups = [ResidentialGroup(ward_id=a_ward(session), code=f"TDP{i:02d}", name=f"Tổ {i}") for i in range(n)][::-1]
    session.add_all(groups)
    session.flush()
    group_ids = {g.code: g.id for g in groups}
    plain_groups = [{"id": g.id, "code": g.code} for g in groups]
    plain_households, plain_members = [], []
    for i, h in enumerate(register["households"]):
        days = h["confirmed_days"]
        household = Household(ward_id=a_ward(session),
            code=f"H{i}",
            group_id=group_ids[f"TDP{h['group'] % n:02d}"],
            confirmed_at=None if days is None else NOW - timedelta(days=days),
        )
        session.add(household)
        session.flush()
        plain_households.append(
            {"id": household.id, "group_id": household.group_id,
             "confirmed_at": household.confirmed_at})
        for m in h["members"]:
            fields = {k: v for k, v in m.items() if k not in ("age", "skills")}
            member = Member(household_id=household.id, full_name="Trần Thị Bình",
                            birth_year=register["year"] - m["age"], sex="female", **fields)
            set_member_skills(member, m["skills"])
            session.add(member)
            plain_members.append({**fields, "household_id": household.id,
                                  "birth_year": member.birth_year, "skills": m["skills"]})
    for code, target in register["targets"].items():
        session.add(IndicatorTarget(ward_id=a_ward(session), code=code, target=target))
    if register["threshold"] is not None:
        session.add(Setting(ward_id=a_ward(session), key="skill_threshold", value=str(register["threshold"])))
    session.flush()
    return plain_groups, plain_households, plain_members


def _threshold_read(stored: int | None) -> int:
    """What the engine counts with: a stored threshold outside the setting's bounds (0, 9:
    a row edited by hand) is read as the default, like none."""
    setting = ward_settings.SKILL_THRESHOLD
    return stored if stored is not None and setting.low <= stored <= setting.high else (
        setting.default)


@settings(max_examples=60, deadline=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(register=register_st)
def test_engine_matches_reference(register):
    engine = sa.create_engine("sqlite://")
    SQLModel.metadata.create_all(engine)
    try:
        with Session(engine) as session:
            rows = _store(session, register)
            year = register["year"]
            kwargs = dict(
                targets={**SPEC_TARGETS, **register["targets"]},
                threshold=_threshold_read(register["threshold"]),
                reference_year=year,
                now=NOW,
            )
            ward, groups = ward_and_group_reports(session, a_ward(session), reference_year=year, now=NOW)
            assert ward == reference_report(*rows, **kwargs)
            assert ward_report(session, a_ward(session), reference_year=year, now=NOW) == ward
            expected = reference_group_reports(*rows, **kwargs)
            assert list(expected) == sorted(expected)
            assert group_reports(session, a_ward(session), reference_year=year, now=NOW) == expected
            assert groups == expected
            for code, expected_report in expected.items():
                assert group_report(session, a_ward(session), code, reference_year=year, now=NOW) == expected_report
                assert reference_report(*rows, scope=code, **kwargs) == expected_report
    finally:
        engine.dispose()
