"""Live roll-ups: the tallies equal the full recomputation after every kind of write."""

import threading
import traceback
from datetime import UTC, datetime, timedelta

import pytest
import sqlalchemy as sa
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlmodel import Session
from typer.testing import CliRunner

from digital_family import demo
from digital_family.base import clock
from digital_family.base.codes import LEARNING_STATUSES, OCCUPATIONS, SKILLS
from digital_family.base.models import (
    SKILL_COLUMNS,
    Household,
    Member,
    ResidentialGroup,
    RollupState,
    UserAccount,
    group_tally,
)
from digital_family.base.permissions import SYSTEM, Actor, PermissionDenied
from digital_family.base.validation import ValidationError
from digital_family.campaign import figures, register, register_export, ward_admin
from digital_family.cli import app
from digital_family.households import edits, member_writes
from digital_family.programmes import help_requests
from digital_family.ward import rollups
from digital_family.ward import settings as ward_settings
from digital_family.ward.indicators import INDICATOR_CODES, SUMS, indicator_counts_sql
from tests.ward import a_ward

YEAR = clock.vietnam_year()
GROUPS = ("TDP01", "TDP02", "TDP03")
CONFIRM_AGES = (None, 0, 10, 179, 181, 400)  # days before "now"; None: never confirmed


def _clear(session):
    demo.clear_database(session)
    session.commit()


def _reference(session, *, now, reference_year=YEAR):
    threshold = ward_settings.skill_threshold(session, a_ward(session))
    return indicator_counts_sql(session, threshold=threshold, reference_year=reference_year, now=now)


def _assert_live(session, now=None):
    """Tallies equal the recomputation, and what readers get equals the reference engine."""
    assert rollups.verify(session) == []
    now = now or clock.utc()
    reference = _reference(session, now=now, reference_year=clock.vietnam_year(now))
    ids = dict(session.execute(sa.select(ResidentialGroup.code, ResidentialGroup.id)).all())
    ward, by_group = figures.ward_and_group_sums(session, a_ward(session), now=now)
    empty = dict.fromkeys(SUMS, 0)
    for code, sums in by_group.items():
        assert sums == {**empty, **reference.get(ids[code], {})}, code
    total = dict(empty)
    for sums in reference.values():
        for name, value in sums.items():
            total[name] += value
    assert ward == total


def _confirmed(days):
    return None if days is None else clock.utc() - timedelta(days=days, hours=1)


def _setup(session, people=()):
    """Three groups, four households with two members each and ``people`` (member values)
    spread over them, and an admin account (for visits)."""
    _clear(session)
    for code in GROUPS:
        session.add(ResidentialGroup(ward_id=a_ward(session), code=code, name=f"Tổ {code}"))
    session.add(UserAccount(phone="0900000001", role="admin", password_hash="x", full_name="A",
                            ward_id=a_ward(session)))
    session.flush()
    group_ids = session.execute(sa.select(ResidentialGroup.id).order_by(ResidentialGroup.code))
    group_ids = list(group_ids.scalars())
    for n in range(4):
        hid = member_writes.add_household(
            session,
            SYSTEM,
            {"code": f"H{n}", "group_id": group_ids[n % 2], "confirmed_at": _confirmed(n * 100)},
        )
        for age in (40, 17 + n):
            member_writes.add_member(
                session, SYSTEM, hid, {"full_name": "An", "birth_year": YEAR - age, "sex": "male"}
            )
    homes = _ids(session, Household)
    for n, values in enumerate(people):
        member_writes.add_member(session, SYSTEM, homes[n % len(homes)],
                                 {"full_name": "Chi", "birth_year": YEAR - 50, "sex": "female",
                                  **_without_traders(values)})
    session.commit()


def _without_traders(values):
    if values.get("occupation", "small_trader") == "small_trader":
        return values
    return {**values, "trader_ecommerce": False, "trader_cashless": False,
            "trader_digital_savings": False}


# Random writes of every kind

member_values = st.fixed_dictionaries(
    {},
    optional={
        "birth_year": st.sampled_from([YEAR - a for a in (0, 14, 15, 16, 17, 18, 19, 40, 80)]),
        "occupation": st.sampled_from(OCCUPATIONS),
        "has_smartphone": st.booleans(),
        "has_epayment": st.booleans(),
        "vneid_level": st.sampled_from((0, 1, 2)),
        "learning_status": st.sampled_from(LEARNING_STATUSES),
        **{column: st.booleans() for column in SKILL_COLUMNS.values()},
        **{flag: st.booleans() for flag in ("trader_ecommerce", "trader_cashless",
                                            "trader_digital_savings")},
    },
)
pick = st.integers(0, 1000)
operations = st.one_of(
    st.tuples(st.just("add_member"), pick, member_values),
    st.tuples(st.just("update_member"), pick, member_values),
    st.tuples(st.just("toggle_skill"), pick, st.sampled_from(SKILLS), st.booleans()),
    st.tuples(st.just("trader"), pick, st.booleans(), st.booleans()),
    st.tuples(st.just("remove_member"), pick),
    st.tuples(st.just("move_member"), pick, pick),
    st.tuples(st.just("add_household"), pick, st.sampled_from(CONFIRM_AGES)),
    st.tuples(st.just("confirm"), pick, st.sampled_from(CONFIRM_AGES[1:])),
    st.tuples(st.just("move_household"), pick, pick),
    st.tuples(st.just("remove_household"), pick),
    st.tuples(st.just("import"), pick, st.lists(member_values, min_size=1, max_size=3)),
    st.tuples(st.just("visit"), pick),
    st.tuples(st.just("threshold"), st.integers(1, 8)),
)


def _ids(session, table):
    return list(session.execute(sa.select(table.id).order_by(table.id)).scalars())


def _chosen(items, n):
    return items[n % len(items)] if items else None


def _household_of(session, member_id):
    found = session.execute(sa.select(Member.household_id).where(Member.id == member_id)).first()
    if found is None:  # another writer removed it
        raise LookupError(member_id)
    return found[0]


def _version(session, household_id):
    return session.execute(
        sa.select(Household.version).where(Household.id == household_id)
    ).scalar_one()


def _apply(session, op, counter):  # noqa: C901 - one branch per kind of random write
    kind, *args = op
    members, homes = _ids(session, Member), _ids(session, Household)
    groups = _ids(session, ResidentialGroup)
    member, home = _chosen(members, args[0]) if args else None, _chosen(homes, args[0]) if args else None
    if kind == "add_member" and home is not None:
        values = {"full_name": "Bình", "birth_year": YEAR - 30, "sex": "female",
                  **_without_traders(args[1])}
        member_writes.add_member(session, SYSTEM, home, values)
    elif kind == "update_member" and member is not None and args[1]:
        member_writes.update_member(session, SYSTEM, member, _without_traders(args[1]))
    elif kind == "toggle_skill" and member is not None:  # the household page's path
        hid = _household_of(session, member)
        edits.update_member(session, SYSTEM, member, expected_version=_version(session, hid),
                                 skill=(args[1], args[2]))
    elif kind == "trader" and member is not None:
        hid = _household_of(session, member)
        edits.update_member(session, SYSTEM, member, expected_version=_version(session, hid),
                                 occupation="small_trader", trader_ecommerce=args[1],
                                 trader_cashless=args[2])
    elif kind == "remove_member" and member is not None:
        member_writes.remove_member(session, SYSTEM, member)
    elif kind == "move_member" and member is not None:
        member_writes.move_member(session, SYSTEM, member, _chosen(homes, args[1]))
    elif kind == "add_household":
        code = f"N{next(counter)}"
        member_writes.add_household(session, SYSTEM, {
            "code": code, "group_id": _chosen(groups, args[0]), "confirmed_at": _confirmed(args[1]),
        })
    elif kind == "confirm" and home is not None:
        edits.confirm_household(session, SYSTEM, home, expected_version=_version(session, home),
                                     now=_confirmed(args[1]))
    elif kind == "move_household" and home is not None:
        member_writes.update_household(session, SYSTEM, home, {"group_id": _chosen(groups, args[1])})
    elif kind == "remove_household" and home is not None:
        member_writes.remove_household(session, SYSTEM, home)
    elif kind == "import":
        codes = session.execute(sa.select(Household.code, ResidentialGroup.code).join(
            ResidentialGroup)).all()
        household_code, group_code = _chosen(codes, args[0]) or ("IMP1", "TDP03")
        rows = []
        for i, values in enumerate(args[1]):
            row = dict.fromkeys(register.COLUMNS, 0)
            row.update(household_code=household_code, group_code=group_code, address="Số 1",
                       full_name=("Nhập Một", "Nhập Hai", "Nhập Ba")[i], birth_year=YEAR - 20,
                       sex="male",
                       occupation="other", learning_status="none", skills="")
            row.update({k: v for k, v in values.items()
                        if k in register.COLUMNS and not k.startswith("trader")})
            row["skills"] = ";".join(code for code, column in SKILL_COLUMNS.items()
                                     if values.get(column))
            rows.append([row[c] for c in register.COLUMNS])
        table = list(enumerate([list(register.COLUMNS), *rows], start=1))
        register.import_table(session, SYSTEM, table)
    elif kind == "visit" and member is not None:  # an ambassador's visit raises the member
        admin_id = session.execute(sa.select(UserAccount.id)).scalar_one()
        admin = Actor(user_id=admin_id, role="admin")
        request = help_requests.create_request(session, SYSTEM, member_id=member, topic="vneid")
        help_requests.claim(session, admin, request.id)
        help_requests.resolve(session, admin, request.id, outcome="helped",
                              achieved={"vneid_level": 2, "has_smartphone": True,
                                        "skills": ["vneid_app", "messaging"]})
    elif kind == "threshold":
        ward_admin.set_skill_threshold(session, SYSTEM, args[0])


@settings(max_examples=40, deadline=None, suppress_health_check=list(HealthCheck))
@given(people=st.lists(member_values, max_size=12),
       ops=st.lists(operations, min_size=1, max_size=12))
def test_random_writes_keep_the_tallies_live(engine, people, ops):
    counter = iter(range(10**6))
    with Session(engine, expire_on_commit=False) as session:
        _setup(session, people)
        rollups.ensure_current(session)
        session.commit()
        _assert_live(session)
        for op in ops:
            _apply(session, op, counter)
            session.commit()
            _assert_live(session)


def test_writes_before_the_first_build_are_counted(session):
    _setup(session)  # written while the tallies were never built
    assert rollups.read_state(session).built is False
    assert rollups.verify(session)  # says they are not built
    figures.ward_report(session, a_ward(session))  # the first reader builds them
    _assert_live(session)


# Time: the 180-day window and the reference year


def test_readers_are_exact_at_any_moment(session):
    _setup(session)
    homes = _ids(session, Household)
    for n, days in enumerate((1, 178, 179.5, 180.5, 181, 365)):
        member_writes.update_household(session, SYSTEM, homes[n % len(homes)], {
            "confirmed_at": clock.utc() - timedelta(days=days)})
    rollups.rebuild(session)
    session.commit()
    for shift in (-200, -3, -0.5, 0, 0.4, 1, 2.5, 30, 400):
        when = clock.utc() + timedelta(days=shift)
        _assert_live(session, now=when)


def test_the_window_slides_once_a_day(session):
    _setup(session)
    start = clock.utc()
    rollups.rebuild(session, now=start)
    homes = _ids(session, Household)
    member_writes.update_household(session, SYSTEM, homes[0], {
        "confirmed_at": start - timedelta(days=179, hours=12)})
    session.commit()
    assert rollups.ensure_current(session, now=start + timedelta(hours=23)).window_as_of == start
    later = start + timedelta(days=2)
    assert rollups.ensure_current(session, now=later).window_as_of == later
    assert rollups.verify(session) == []
    found = figures.read(session, ward_id=a_ward(session), threshold=5, reference_year=YEAR,
                         now=later, ward=True)
    assert found.ward["confirmed_recent"] == sum(
        c["confirmed_recent"] for c in _reference(session, now=later).values())


def test_new_year_in_vietnam_rolls_the_ages_forward(session):
    _clear(session)
    group = ResidentialGroup(ward_id=a_ward(session), code="TDP01", name="Tổ 1")
    session.add(group)
    session.flush()
    hid = member_writes.add_household(session, SYSTEM, {"code": "H1", "group_id": group.id})
    # Born so that on 1/1/2027 they turn 15, 16, 18 (and one stays 17, one 14).
    for born, occupation in ((2012, "student"), (2011, "student"), (2009, "other"),
                             (2010, "student"), (2013, "student")):
        member_writes.add_member(session, SYSTEM, hid, {
            "full_name": "Em", "birth_year": born, "sex": "female", "occupation": occupation,
            "has_smartphone": True, "vneid_level": 1, "skill_messaging": True})
    eve = datetime(2026, 12, 31, 16, 59, tzinfo=UTC)  # 23:59 in Hanoi
    rollups.rebuild(session, now=eve)
    assert rollups.read_state(session).reference_year == 2026
    before = _stored(session, group.id)
    new_year = datetime(2026, 12, 31, 17, 0, tzinfo=UTC)  # midnight in Hanoi
    state = rollups.ensure_current(session, now=new_year)
    assert state.reference_year == 2027
    assert rollups.verify(session) == []
    after = _stored(session, group.id)
    assert (before["adult"], after["adult"]) == (0, 1)
    assert (before["age_16"], after["age_16"]) == (2, 3)
    assert (before["student_15"], after["student_15"]) == (2, 3)
    assert (before["adult_smartphone"], after["adult_smartphone"]) == (0, 1)
    # A report for another year asks the reference engine.
    report = figures.ward_report(session, a_ward(session), reference_year=2026, now=eve)
    assert report.indicator("adult_smartphone").denominator == 0
    assert report.reference_year == 2026


def _stored(session, group_id):
    """The group's tally row as stored, with the histograms' totals."""
    row = session.execute(sa.select(group_tally).where(group_tally.c.group_id == group_id)).one()
    row = row._asdict()
    for category in ("student_15", "adult"):
        row[category] = sum(row[f"{category}_s{k}"] for k in range(len(SKILLS) + 1))
    return row


def test_a_write_for_a_household_the_member_left_is_refused(session):
    """A page writes the member it loaded in household A, having moved A's version; if the
    member has moved to B meanwhile (B is not locked), the write is refused, not
    counted against B's members as they were before B's own writers committed."""
    _setup(session)
    rollups.ensure_current(session)
    first, second = _ids(session, Household)[:2]
    member = session.execute(
        sa.select(Member.id).where(Member.household_id == first)
    ).scalars().first()
    member_writes.move_member(session, SYSTEM, member, second)
    session.commit()
    with pytest.raises(LookupError):
        member_writes.update_member(session, SYSTEM, member, {"skill_messaging": True},
                                    locked_household=first)
    with pytest.raises(LookupError):
        member_writes.remove_member(session, SYSTEM, member, locked_household=first)
    session.rollback()
    member_writes.update_member(session, SYSTEM, member, {"skill_messaging": True},
                                locked_household=second)
    session.commit()
    _assert_live(session)


def test_a_long_jump_rebuilds(session):
    _setup(session)
    rollups.rebuild(session, now=datetime(2020, 6, 1, tzinfo=UTC))
    state = rollups.ensure_current(session)
    assert state.reference_year == YEAR
    _assert_live(session)


def test_threshold_and_targets_need_no_rebuild(session):
    _setup(session)
    rollups.ensure_current(session)
    tallies = session.execute(sa.select(group_tally)).all()
    for threshold in (1, 3, 8):
        ward_admin.set_skill_threshold(session, SYSTEM, threshold)
        ward_admin.set_target(session, SYSTEM, "adult_basic_skills", "40%")
        _assert_live(session)
    assert session.execute(sa.select(group_tally)).all() == tallies


# Bulk paths and the command


def test_demo_and_import_leave_them_live(session):
    demo.generate_demo(session, households=300, seed=3)
    session.commit()
    _assert_live(session)
    rows = [list(row) for row in register_export.export_rows(session, SYSTEM, "TDP01")]
    for row in rows[::3]:  # some learn now, and a new household joins
        row[register.COLUMNS.index("learning_status")] = "enrolled"
    rows.append(["TDP01-NEW", "TDP01", "Số 9", "Lê Văn Mới", YEAR - 30, "male", "other",
                 1, 0, 1, "messaging", "none", 0, 0, 0])
    table = list(enumerate([list(register.COLUMNS), *rows], start=1))
    summary = register.import_table(session, SYSTEM, table)
    assert summary.members_updated > 0
    session.commit()
    _assert_live(session)


def test_cli_verify_names_the_groups_that_differ(engine):
    runner = CliRunner()
    with Session(engine) as session:
        demo.generate_demo(session, households=200, seed=2)
        session.commit()
    result = runner.invoke(app, ["rollups", "verify"])
    assert result.exit_code == 0, result.output
    with Session(engine) as session:  # a write that goes around member_writes
        target = session.execute(
            sa.select(Member.id).join(Household).join(ResidentialGroup)
            .where(ResidentialGroup.code == "TDP01", Member.birth_year < YEAR - 30).limit(1)
        ).scalar_one()
        session.execute(sa.update(Member).where(Member.id == target).values(birth_year=YEAR - 5))
        session.commit()
    result = runner.invoke(app, ["rollups", "verify"])
    assert result.exit_code == 1
    assert "TDP01" in result.output and "TDP02" not in result.output
    result = runner.invoke(app, ["rollups", "rebuild"])
    assert result.exit_code == 0, result.output
    assert runner.invoke(app, ["rollups", "verify"]).exit_code == 0


# Paging the dashboard


def test_pages_sorted_in_sql_match_the_reference_order(session):
    demo.generate_demo(session, households=1200, seed=5)
    ward_admin.create_group(session, SYSTEM, code="TDP00", name="Tổ mới")  # nobody to count
    session.commit()
    everything = figures.group_reports(session, a_ward(session))
    for code in (None, *INDICATOR_CODES):
        def key(report, code=code):
            value = report.indicator(code).value
            return (2.0 if value is None else value, report.scope)  # nothing to count: last

        expected = sorted(everything.values(), key=key) if code else list(everything.values())
        page = figures.group_reports_page(session, SYSTEM, sort_by=code, page=1, page_size=3)
        assert [r.scope for r in page.reports] == [r.scope for r in expected[:3]]
        last = figures.group_reports_page(session, SYSTEM, sort_by=code, page=99, page_size=3)
        assert last.page == last.pages and list(last.reports) == expected[(last.page - 1) * 3:]
        # another reference year: the reference engine, sorted the same way
        other = figures.group_reports_page(session, SYSTEM, sort_by=code, page_size=3,
                                              reference_year=YEAR - 1)
        assert [r.reference_year for r in other.reports] == [YEAR - 1] * 3
        assert last.total == len(everything) > 3
        if code is not None:
            assert last.reports[-1].scope == "TDP00"
    with pytest.raises(ValueError):
        figures.group_reports_page(session, SYSTEM, sort_by="nope")
    # the dashboard's table is for those who may read the ward's figures
    resident = Actor(user_id=-1, role="resident", household_id=None, group_ids=frozenset())
    with pytest.raises(PermissionDenied):
        figures.group_reports_page(session, resident)
    with pytest.raises(PermissionDenied):
        figures.group_reports_page(session, None)


# Several writers at once (PostgreSQL)


def test_concurrent_writers_keep_the_tallies_live(request, engine):
    if _database_kind(request) != "postgresql":
        pytest.skip("several writers at once: PostgreSQL (SQLite serialises writers)")
    with Session(engine, expire_on_commit=False) as session:
        _setup(session)
        rollups.ensure_current(session)
        session.commit()
    errors = []

    def writer(seed):
        import random

        rng = random.Random(seed)
        counter = iter(range(seed * 10**6, (seed + 1) * 10**6))
        try:
            with Session(engine, expire_on_commit=False) as session:
                for _ in range(40):
                    op = _random_op(rng)
                    try:
                        _apply(session, op, counter)
                        session.commit()
                    except (LookupError, edits.StaleVersionError,
                            ValidationError):
                        session.rollback()  # a row another writer removed or changed
        except Exception:
            errors.append(traceback.format_exc())

    def roller():  # slides the window 20 days at a time, and crosses a New Year
        try:
            for step in range(1, 12):
                with Session(engine, expire_on_commit=False) as session:
                    rollups.ensure_current(session, now=clock.utc() + timedelta(days=20 * step))
                    session.commit()
        except Exception:
            errors.append(traceback.format_exc())

    threads = [threading.Thread(target=writer, args=(n,)) for n in range(4)]
    threads.append(threading.Thread(target=roller))
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert not errors, "\n".join(errors)
    with Session(engine) as session:
        differences = rollups.verify(session)
        assert differences == [], "\n".join(map(repr, differences))


def _database_kind(request) -> str:
    try:
        return request.getfixturevalue("database_kind")
    except pytest.FixtureLookupError:  # a conftest without PostgreSQL runs
        return "sqlite"


def _random_op(rng):
    kind = rng.choice(["add_member", "update_member", "remove_member", "move_member",
                       "add_household", "confirm", "move_household", "toggle_skill"])
    n = rng.randrange(1000)
    if kind in ("add_member", "update_member"):
        return (kind, n, {"birth_year": YEAR - rng.choice((14, 15, 16, 18, 40)),
                          "occupation": rng.choice(("student", "public_sector", "other")),
                          "skill_messaging": rng.random() < 0.5,
                          "learning_status": rng.choice(LEARNING_STATUSES)})
    if kind in ("move_member", "move_household"):
        return (kind, n, rng.randrange(1000))
    if kind == "add_household":
        return (kind, n, rng.choice(CONFIRM_AGES))
    if kind == "confirm":
        return (kind, n, rng.choice(CONFIRM_AGES[1:]))
    if kind == "toggle_skill":
        return (kind, n, rng.choice(SKILLS), rng.random() < 0.5)
    return (kind, n)


def test_state_row_is_single(session):
    session.add(RollupState(id=2))
    with pytest.raises(sa.exc.IntegrityError):
        session.flush()
