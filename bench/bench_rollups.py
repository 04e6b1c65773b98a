"""Benchmark: live roll-ups against the full recomputation, before and after, same run.

    python -m bench.bench_rollups [--households 30000] [--database URL] [--repeat 5]
                                  [--writes 1000] [--base c932ab6]

SQLite (no ``--database``): ``bench/bench.db`` with the demo ward of ``--households``
(``bench_indicators.prepare_db``, reused between runs). PostgreSQL
(``--database postgresql://…``): a ward of ``--households`` generated in that
database with set-based SQL (``generate_series``; the demo's age structure,
occupations and statuses approximated, ~3.5 members per household, ~270
households per group), reused when its marker matches. 2.5 million households
are ~8.7 M members and ~4 GB on disk: drop the database when done.

"before" is the base commit's ``digital_family/ward/indicators.py`` (read from git and
run against the same database): the engine's two grouped queries over every
member, then a report per group. "after" reads the live tallies. The figures
must be equal (``results_equal``) and ``rollups.verify`` green.

Writes: a skill toggle on random members as a page makes it (move the household's
version, then write the member) through ``member_writes.update_member`` (read the
roll-up state with the household's members, update the member, its history entry,
add the delta to the group's tally row) against the same UPDATEs and history entry
without the roll-up work (the member's old values read alone), alternating, each in
its own transaction rolled back (the database stays as it was); the extra cost is
the difference. Prints one JSON object.
"""

from __future__ import annotations

import argparse
import json
import random
import statistics
import subprocess
import sys
import time
import types

import sqlalchemy as sa
from sqlmodel import Session

from bench.bench_indicators import BENCH_DIR, prepare_db
from digital_family.base import clock, db
from digital_family.base.models import Household, Member, ResidentialGroup, Setting
from digital_family.base.permissions import SYSTEM
from digital_family.base.wards import only_ward
from digital_family.campaign import figures
from digital_family.households import edits, member_writes
from digital_family.records import audit
from digital_family.ward import indicators, rollups

ROOT = BENCH_DIR.parent
BASE_COMMIT = "c932ab6"  # the commit issue 11's work started from
TARGETS = {
    "sqlite": {"ward_and_groups_ms_max": 20, "speedup_min": 50, "write_overhead_p95_ms_max": 2},
    "postgresql": {"ward_and_groups_ms_max": 50, "speedup_min": 50, "write_overhead_p95_ms_max": 2},
}
MARKER_KEY = "bench_rollups_ward"  # Setting row: what the PostgreSQL ward was generated with
SORT_BY = "adult_basic_skills"
PAGE_SIZE = 20


# The base commit's engine


def base_indicators(commit: str) -> types.ModuleType:
    """The base commit's indicators module, loaded beside this one (same models)."""
    path = "digital_family/ward/indicators.py"
    shown = subprocess.run(["git", "show", f"{commit}:{path}"], cwd=ROOT, capture_output=True,
                           text=True)
    if shown.returncode != 0:
        # Before the package was grouped (issue 17) the module sat at the top; it imports
        # the modules by their old names, which no longer exist, so such a base cannot be
        # loaded beside this code.
        raise SystemExit(f"{commit} has no {path}: choose a base from after the move")
    source = shown.stdout
    name = f"bench_before_indicators_{commit}"
    module = types.ModuleType(name)
    module.__file__ = f"{commit}:{path}"
    sys.modules[name] = module
    exec(compile(source, module.__file__, "exec"), module.__dict__)
    return module


# The PostgreSQL ward, generated in SQL

_GROUP_SIZE = 270  # households per group on average (the demo: 150-400)

# Members per household drawn from r (mean ~3.5); bench_city draws ~3.
HOUSEHOLD_SIZES = """CASE WHEN r < 0.10 THEN 1 WHEN r < 0.28 THEN 2 WHEN r < 0.50 THEN 3
                                WHEN r < 0.75 THEN 4 WHEN r < 0.89 THEN 5 WHEN r < 0.97 THEN 6
                                ELSE 7 END"""

# Members: 1-7 per household (the size drawn by HOUSEHOLD_SIZES from r), ages of an
# urban ward, then occupation and statuses by age as the demo generator draws them
# (approximately). A template: format it with ``sizes`` (bench_city draws ~3 a household).
MEMBERS_TEMPLATE = """
    INSERT INTO member (household_id, full_name, birth_year, sex, occupation,
                        has_smartphone, has_epayment, vneid_level,
                        skill_smartphone_use, skill_info_search, skill_messaging,
                        skill_online_public_services, skill_cashless_payment, skill_vneid_app,
                        skill_online_safety, skill_ecommerce, learning_status,
                        trader_ecommerce, trader_cashless, trader_digital_savings,
                        created_at, updated_at)
    SELECT household_id, 'Nguyễn Thị ' || chr(65 + (household_id % 26)) || k, :year - age,
           CASE WHEN r_sex < 0.5 THEN 'male' ELSE 'female' END,
           occupation,
           basic OR r_phone < p_phone,
           (basic OR r_phone < p_phone) AND r_pay < p_pay,
           CASE WHEN age >= 14 AND r_id < 0.93 THEN CASE WHEN r_id < 0.84 THEN 2 ELSE 1 END
                WHEN age < 14 AND r_id < 0.3 THEN 2 ELSE 0 END,
           skills >= 1, skills >= 2, skills >= 3, skills >= 4,
           skills >= 5, skills >= 6, skills >= 7, skills >= 8,
           CASE WHEN age < 10 OR r_learn >= 0.2 THEN 'none'
                WHEN r_learn < 0.12 THEN 'completed' ELSE 'enrolled' END,
           occupation = 'small_trader' AND r_t1 < 0.45,
           occupation = 'small_trader' AND r_t2 < 0.6,
           occupation = 'small_trader' AND r_t3 < 0.5,
           now(), now()
    FROM (
        SELECT *,
               r_basic < CASE occupation WHEN 'public_sector' THEN 0.97
                                         WHEN 'enterprise_worker' THEN 0.83
                                         WHEN 'small_trader' THEN 0.65
                                         WHEN 'student' THEN CASE WHEN age >= 15 THEN 0.95
                                                              ELSE greatest(0, (age - 7) * 0.1) END
                                         ELSE CASE WHEN age < 6 THEN 0 WHEN age < 60 THEN 0.86
                                                   WHEN age < 70 THEN 0.7 WHEN age < 80 THEN 0.45
                                                   ELSE 0.15 END END AS basic,
               CASE WHEN age < 10 THEN 0 WHEN age < 15 THEN 0.55 WHEN age < 60 THEN 0.6
                    WHEN age < 70 THEN 0.45 ELSE 0.25 END AS p_phone,
               CASE WHEN age < 15 THEN 0 WHEN age < 40 THEN 0.76 WHEN age < 60 THEN 0.62
                    WHEN age < 70 THEN 0.4 ELSE 0.2 END AS p_pay
        FROM (
            SELECT *,
                   CASE WHEN age < 6 THEN 'other'
                        WHEN age < 18 THEN 'student'
                        WHEN age < 23 THEN CASE WHEN r_occ < 0.68 THEN 'student'
                                                WHEN r_occ < 0.86 THEN 'enterprise_worker'
                                                WHEN r_occ < 0.89 THEN 'small_trader'
                                                WHEN r_occ < 0.90 THEN 'public_sector'
                                                ELSE 'other' END
                        WHEN age >= 60 THEN CASE WHEN r_occ < 0.8 THEN 'retired'
                                                 WHEN r_occ < 0.88 THEN 'small_trader'
                                                 ELSE 'other' END
                        ELSE CASE WHEN r_occ < 0.45 THEN 'enterprise_worker'
                                  WHEN r_occ < 0.61 THEN 'public_sector'
                                  WHEN r_occ < 0.76 THEN 'small_trader'
                                  ELSE 'other' END
                   END AS occupation
            FROM (
              SELECT *,
                     CASE WHEN r_age < 0.17 THEN floor(r_within * 15)::int
                          WHEN r_age < 0.22 THEN 15 + floor(r_within * 3)::int
                          WHEN r_age < 0.80 THEN 18 + floor(r_within * 42)::int
                          ELSE 60 + floor(r_within * 35)::int END AS age
              FROM (
                SELECT h.household_id, k, random() AS r_age, random() AS r_within,
                       random() AS r_sex, random() AS r_occ, random() AS r_basic,
                       random() AS r_phone, random() AS r_pay, random() AS r_id,
                       random() AS r_learn, random() AS r_t1, random() AS r_t2,
                       random() AS r_t3, random() AS r_skills
                FROM (
                    SELECT id AS household_id,
                           {sizes} AS size
                    FROM (SELECT id, random() AS r FROM household) AS x
                ) AS h
                CROSS JOIN LATERAL generate_series(1, h.size) AS k
              ) AS draws
            ) AS people
        ) AS with_occupation
    ) AS p
    CROSS JOIN LATERAL (
        SELECT CASE WHEN p.basic THEN 5 + floor(p.r_skills * 4)::int
                    ELSE floor(p.r_skills * 5)::int END AS skills
    ) AS s
"""

_GENERATE = [
    "SELECT setseed(0.42)",
    """
    INSERT INTO residential_group (ward_id, code, name, created_at, updated_at)
    SELECT :ward, 'TDP' || lpad(g::text, 5, '0'), 'Tổ dân phố số ' || g, now(), now()
    FROM generate_series(1, :groups) AS g
    """,
    # Households in contiguous blocks per group; 60% confirmed in the last 180 days,
    # 10% earlier, 30% never.
    """
    INSERT INTO household (ward_id, code, group_id, address, confirmed_at, version, created_at,
                           updated_at)
    SELECT :ward, 'HGD' || lpad(i::text, 8, '0'),
           :first_group + ((i - 1)::bigint * :groups / :households),
           'Ngõ ' || (i % 250 + 1) || ' phố Khương Đình, số ' || (i % 120 + 1),
           CASE WHEN r < 0.6 THEN now() - random() * interval '179 days'
                WHEN r < 0.7 THEN now() - interval '181 days' - random() * interval '360 days'
           END,
           1, now(), now()
    FROM (SELECT i, random() AS r FROM generate_series(1, :households) AS i) AS s
    """,
    # Members: 1-7 per household (mean ~3.5), ages of an urban ward, then occupation
    # and statuses by age as the demo generator draws them (approximately).
    MEMBERS_TEMPLATE.format(sizes=HOUSEHOLD_SIZES),
]


def prepare_postgresql(url: str, households: int) -> tuple[str, float]:
    """The PostgreSQL ward of ``households`` at ``url`` (generated unless already there)."""
    db.upgrade(url)
    engine = db.make_engine(url)
    marker = f"{households}:v3"
    started = time.perf_counter()
    try:
        with Session(engine) as session:
            found = session.execute(
                sa.select(Setting.value).where(Setting.key == MARKER_KEY)
            ).scalar_one_or_none()
            count = session.execute(sa.select(sa.func.count()).select_from(Household)).scalar()
            if found == marker and count == households:
                return "generate_series (reused)", 0.0
        groups = max(1, round(households / _GROUP_SIZE))
        with engine.begin() as conn:
            conn.exec_driver_sql("SET LOCAL synchronous_commit = off")
            conn.exec_driver_sql("SET LOCAL jit = off")  # compiling the generator takes seconds
            conn.exec_driver_sql("SET LOCAL work_mem = '256MB'")
            # The city of one ward (its settings, targets, accounts … go with it).
            conn.exec_driver_sql(
                "TRUNCATE ward, residential_group, household, member, user_account, group_tally "
                "RESTART IDENTITY CASCADE"
            )
            ward = conn.execute(sa.text(
                "INSERT INTO ward (code, name, created_at, updated_at) "
                "VALUES ('khuong-dinh', 'Phường Khương Đình', now(), now()) RETURNING id"
            )).scalar_one()
            # Build the member index after the load, not row by row.
            conn.exec_driver_sql("DROP INDEX IF EXISTS ix_member_rollup")
            conn.execute(sa.text(_GENERATE[0]))
            conn.execute(sa.text(_GENERATE[1]), {"groups": groups, "ward": ward})
            first = conn.execute(sa.text("SELECT min(id) FROM residential_group")).scalar()
            conn.execute(
                sa.text(_GENERATE[2]),
                {"groups": groups, "households": households, "first_group": first,
                 "ward": ward},
            )
            conn.execute(sa.text(_GENERATE[3]), {"year": clock.vietnam_year()})
            conn.exec_driver_sql(
                "CREATE INDEX ix_member_rollup ON member (household_id, birth_year, occupation)"
            )
            conn.execute(
                sa.insert(Setting.__table__).values(
                    ward_id=ward, key=MARKER_KEY, value=marker, updated_at=clock.utc()
                )
            )
        with Session(engine) as session:
            rollups.rebuild(session)
            session.commit()
        with engine.connect().execution_options(isolation_level="AUTOCOMMIT") as conn:
            conn.exec_driver_sql("VACUUM ANALYZE")
    finally:
        engine.dispose()
    return "generate_series", time.perf_counter() - started


# Timing


def _time(fn, repeat: int) -> tuple[dict, object]:
    times, result = [], None
    for _ in range(repeat):
        start = time.perf_counter()
        result = fn()
        times.append((time.perf_counter() - start) * 1000)
    return {
        "best_ms": round(min(times), 2),
        "median_ms": round(statistics.median(times), 2),
    }, result


def _percentile(values: list[float], q: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(q * (len(ordered) - 1)))]


def _summary(values: list[float]) -> dict:
    return {
        "n": len(values),
        "p50_ms": round(_percentile(values, 0.5), 3),
        "p95_ms": round(_percentile(values, 0.95), 3),
        "max_ms": round(max(values), 3),
    }


def measure_writes(engine: sa.Engine, count: int, seed: int = 7) -> dict:
    """Per-write time of a skill toggle with and without the roll-up work (see the module doc)."""
    rng = random.Random(seed)
    with Session(engine) as session:
        low, high = session.execute(sa.select(sa.func.min(Member.id), sa.func.max(Member.id))).one()
    with_tallies, without, paired, page_toggle = [], [], [], []
    m, h = Member.__table__, Household.__table__
    done = 0
    while done < count:
        member_id = rng.randint(low, high)
        timings = {}
        for way in (("with", "without") if done % 2 else ("without", "with")):
            with Session(engine) as session:
                found = session.execute(
                    sa.select(m.c.household_id, m.c.skill_messaging).where(m.c.id == member_id)
                ).first()  # (not timed; starts the transaction)
                if found is None:
                    break
                household_id, held = found
                start = time.perf_counter()
                # As a page's write does: move the household's version (this locks it) ...
                session.execute(
                    h.update().where(h.c.id == household_id).values(version=h.c.version + 1)
                )
                # ... then write the member, with or without the roll-up work.
                if way == "with":
                    member_writes.update_member(
                        session, None, member_id, {"skill_messaging": not held},
                        locked_household=household_id,
                    )
                else:  # the same write and its history entry, without the roll-up work
                    values = {"skill_messaging": not held}
                    old = session.execute(
                        sa.select(*(m.c[c] for c in member_writes.MEMBER_COLUMNS))
                        .where(m.c.id == member_id)
                    ).one()._asdict()
                    now = clock.utc()
                    session.execute(
                        m.update().where(m.c.id == member_id)
                        .values(updated_by_id=None, updated_at=now, **values)
                    )
                    audit.record(session, None, member_writes._field_changes(
                        audit.MEMBER_UPDATE, household_id, member_id, old, values), at=now)
                timings[way] = (time.perf_counter() - start) * 1000
                session.rollback()
        if len(timings) != 2:
            continue
        with_tallies.append(timings["with"])
        without.append(timings["without"])
        paired.append(timings["with"] - timings["without"])
        done += 1
    # The household page's whole toggle (rights, version, write, tallies, reload), for context.
    for _ in range(max(50, count // 10)):
        member_id = rng.randint(low, high)
        with Session(engine) as session:
            row = session.execute(
                sa.select(m.c.skill_messaging, Household.version)
                .join(Household, Household.id == m.c.household_id)
                .where(m.c.id == member_id)
            ).first()
            if row is None:
                continue
            start = time.perf_counter()
            edits.update_member(
                session, SYSTEM, member_id, expected_version=row[1],
                skill=("messaging", not row[0]),
            )
            page_toggle.append((time.perf_counter() - start) * 1000)
            session.rollback()
    return {
        "write_with_rollups": _summary(with_tallies),
        "write_without_rollups": _summary(without),
        "overhead_paired": _summary(paired),
        "overhead_p95_ms": round(_percentile(with_tallies, 0.95) - _percentile(without, 0.95), 3),
        "household_page_toggle": _summary(page_toggle),
    }


def _as_dicts(reports) -> tuple:
    """The reports as plain data (the base commit's classes are other classes)."""
    ward, by_group = reports
    return ward.to_dict(), {code: r.to_dict() for code, r in by_group.items()}


def _same_figures(sums: dict, report) -> bool:
    """Whether the sums give ``report``'s numerators, denominators and completion."""
    figures = [(sums[d.numerator], sums[d.denominator]) for d in indicators.INDICATORS]
    completion = report.completion
    return figures == [(r.numerator, r.denominator) for r in report.indicators] and (
        sums["households"], sums["members"], sums["confirmed"], sums["confirmed_recent"]
    ) == (completion.households, completion.members, completion.confirmed,
          completion.confirmed_recent)


def run(*, households: int, database: str | None, repeat: int, writes: int, base: str) -> dict:
    kind = "postgresql" if database else "sqlite"
    started = time.perf_counter()
    if database:
        url = db.make_engine(database).url.render_as_string(hide_password=False)
        generator, _ = prepare_postgresql(url, households)
    else:
        url, generator = prepare_db(BENCH_DIR / "bench.db", households=households, seed=1,
                                    fresh=False)
        db.upgrade(url)  # a database seeded before the roll-ups existed gets their tables
    prepare_s = time.perf_counter() - started
    before = base_indicators(base)
    engine = db.make_engine(url)
    now = clock.utc()
    year = clock.vietnam_year(now)
    when = dict(reference_year=year, now=now)
    with Session(engine) as session:
        rollups.ensure_current(session)  # built and current, as after any first reader
        session.commit()
        n_members = session.execute(sa.select(sa.func.count()).select_from(Member)).scalar()
        n_groups = session.execute(
            sa.select(sa.func.count()).select_from(ResidentialGroup)
        ).scalar()
        some_group = session.execute(
            sa.select(ResidentialGroup.code).order_by(ResidentialGroup.code).limit(1)
        ).scalar_one()
        slow_repeat = max(1, min(repeat, 3)) if kind == "postgresql" else repeat

        # before: the base commit's engine
        ward_id = only_ward(session)  # the benchmark's one ward
        b_both, b_result = _time(
            lambda: before.ward_and_group_reports(session, **when), slow_repeat
        )
        b_ward, _ = _time(lambda: before.ward_report(session, **when), slow_repeat)

        def base_sums():
            return before.indicator_counts_sql(
                session, threshold=before.get_skill_threshold(session), **when
            )

        b_sums, _ = _time(base_sums, slow_repeat)
        b_one, _ = _time(lambda: before.group_report(session, some_group, **when), repeat)

        # after: the live tallies
        a_sums, a_sums_result = _time(
            lambda: figures.ward_and_group_sums(session, ward_id, **when), repeat
        )
        a_both, a_result = _time(
            lambda: figures.ward_and_group_reports(session, ward_id, **when), repeat)
        a_ward, _ = _time(lambda: figures.ward_report(session, ward_id, **when), repeat)

        def dashboard():
            return (
                figures.ward_report(session, ward_id, **when),
                figures.group_reports_page(
                    session, SYSTEM, sort_by=SORT_BY, page=1, page_size=PAGE_SIZE, **when
                ),
            )

        a_dash, _ = _time(dashboard, repeat)
        a_one, _ = _time(lambda: figures.group_report(session, ward_id, some_group, **when), repeat)
        t_rebuild, _ = _time(lambda: rollups.recompute(session, rollups.read_state(session)), 1)
        differences = rollups.verify(session)
        session.rollback()
    write_figures = measure_writes(engine, writes)
    with Session(engine) as session:
        differences_after_writes = rollups.verify(session)
    engine.dispose()

    ward_sums, group_sums = a_sums_result
    equal = (
        _as_dicts(a_result) == _as_dicts(b_result)
        and _same_figures(ward_sums, b_result[0])
        and list(group_sums) == list(b_result[1])
        and all(_same_figures(sums, b_result[1][code]) for code, sums in group_sums.items())
    )
    target = TARGETS[kind]

    def ratio(slow, fast):
        return round(slow["median_ms"] / fast["median_ms"], 1)

    speedups = {
        "ward_and_groups_figures": ratio(b_sums, a_sums),
        "ward_and_group_reports": ratio(b_both, a_both),
        "ward_report": ratio(b_ward, a_ward),
        "dashboard_vs_before_all_groups": ratio(b_both, a_dash),
        "group_report_one_group": ratio(b_one, a_one),
    }
    return {
        "benchmark": "rollups",
        "database": kind,
        "generator": generator,
        "prepare_s": round(prepare_s, 1),
        "households": households,
        "members": n_members,
        "groups": n_groups,
        "repeat": repeat,
        "base_commit": base,
        "results_equal": equal,
        "verify_differences": len(differences) + len(differences_after_writes),
        "before": {
            "ward_and_groups_figures (engine sums)": b_sums,
            "ward_and_group_reports": b_both,
            "ward_report": b_ward,
            "group_report_one_group": b_one,
        },
        "after": {
            "ward_and_groups_figures (tally sums)": a_sums,
            "ward_and_group_reports": a_both,
            "ward_report": a_ward,
            f"dashboard (ward + page of {PAGE_SIZE} groups sorted by {SORT_BY})": a_dash,
            "group_report_one_group": a_one,
            "full_recompute (rebuild's query)": t_rebuild,
        },
        "speedup": speedups,
        "writes": write_figures,
        "targets": target,
        "met": {
            "ward_and_groups_ms_max": a_sums["median_ms"] <= target["ward_and_groups_ms_max"],
            "speedup_min": speedups["ward_and_groups_figures"] >= target["speedup_min"],
            "write_overhead_p95_ms_max": write_figures["overhead_paired"]["p95_ms"]
            <= target["write_overhead_p95_ms_max"],
        },
    }


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--households", type=int, default=30_000)
    parser.add_argument("--database", default=None, help="postgresql://… (default: SQLite)")
    parser.add_argument("--repeat", type=int, default=5)
    parser.add_argument("--writes", type=int, default=1000)
    parser.add_argument("--base", default=BASE_COMMIT, help="the commit to compare with")
    args = parser.parse_args(argv)
    result = run(households=args.households, database=args.database, repeat=args.repeat,
                 writes=args.writes, base=args.base)
    print(json.dumps(result, ensure_ascii=False))


if __name__ == "__main__":
    main()
