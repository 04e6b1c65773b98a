"""Benchmark: the city's reads from the live tallies against the full recomputation, and
a tap's cost in the city against a single-ward database (issue 22 point 5).

    python -m bench.bench_city [--wards 126] [--groups-per-ward 70]
                               [--households-per-ward 20000] [--repeat 30]
                               [--recompute-repeat 5] [--writes 300] [--database URL]

The city (``--wards`` × ``--groups-per-ward`` × ``--households-per-ward``, ~3 members a
household) is generated on PostgreSQL with set-based SQL (``INSERT … SELECT`` from
``generate_series``; the members as bench_rollups draws them), its tallies built by
``rollups.rebuild``, and one ward in seven counts basic skills at another threshold
(4 or 6 of 8), so ``figures.wards_sums`` runs one grouped query per threshold. Beside it,
a database of one ward of the same size (the single-ward base of the write's cost).
Without ``--database`` a throwaway PostgreSQL server (tests/services.py) holds both and
is removed at the end; with ``--database postgresql://…`` the city is that database
(reused when its marker matches) and the single ward a database named after it with
``_one_ward`` (created there when missing). At the default size, ~2.5 M households and
~7.6 M members: ~3.5 GB on disk.

Reads, alternating round by round (order rotated), each in its own transaction, median
and p95 over ``--repeat`` rounds of wall time and of database time (the time spent in
the driver's ``execute`` for the call's statements: round trip and server work):

- ``city_page``: ``city.city_page``, the first page of wards furthest behind on the
  campaign's default indicator (all wards' figures, ranked, paged);
- ``ward_report``: ``figures.ward_report`` of one ward (the ward dashboard's read);
- ``ward_detail``: ``city.ward_detail`` (the city's drill-down: a ward's report and its
  first page of groups);
- ``api_ward_indicators``: ``open_data.ward_indicators`` for a city key (the API's ward
  indicators, without the key's check, rate limit and audit entry around it);

each against its full recomputation from the member rows in the same run
(``indicators.indicator_counts_sql`` over the ward's groups, or per threshold over the
city's, summed per ward and ranked as the page does; ``--recompute-repeat`` rounds for
the city's). The figures must be equal (``results_equal``).

Writes: a member's skill answer as the household page makes it (``edits.update_member``:
rights, version, the member and its history entry, the group's tally, the reloaded
household), on random members of a ward of the city and of the single-ward database,
alternating, each rolled back. Prints one JSON object.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import statistics
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from typing import Any

import sqlalchemy as sa
from sqlmodel import Session

from bench.bench_rollups import MEMBERS_TEMPLATE
from digital_family.access.api_keys import ApiClient
from digital_family.base import clock, db
from digital_family.base.models import Household, Member, ResidentialGroup, Setting, Ward
from digital_family.base.permissions import SYSTEM
from digital_family.base.wards import WardRef, all_wards, find_ward
from digital_family.campaign import city, figures, open_data
from digital_family.households import edits
from digital_family.ward import indicators, rollups
from digital_family.ward import settings as ward_settings

TARGETS = {"city_page_db_ms_max": 50, "api_ward_indicators_db_ms_max": 50,
           "write_overhead_p50_max_fraction": 0.10}
MARKER_KEY = "bench_city"  # Setting row of the first ward: what the city was generated with
OTHER_THRESHOLDS = (4, 6)  # one ward in seven counts basic skills at one of these

# ~3 members a household (1-6).
HOUSEHOLD_SIZES = """CASE WHEN r < 0.15 THEN 1 WHEN r < 0.40 THEN 2 WHEN r < 0.65 THEN 3
                                WHEN r < 0.85 THEN 4 WHEN r < 0.95 THEN 5 ELSE 6 END"""

_WARDS = """
    INSERT INTO ward (code, name, created_at, updated_at)
    SELECT 'p' || lpad(w::text, 3, '0'), 'Phường số ' || w, now(), now()
    FROM generate_series(1, :wards) AS w
"""
_GROUPS = """
    INSERT INTO residential_group (ward_id, code, name, created_at, updated_at)
    SELECT w.id, 'TDP' || lpad(g::text, 3, '0'), 'Tổ dân phố số ' || g, now(), now()
    FROM ward AS w CROSS JOIN generate_series(1, :groups) AS g
    ORDER BY w.id, g
"""
# Households in contiguous blocks per group of their ward; 60% confirmed in the last 180
# days, 10% earlier, 30% never.
_HOUSEHOLDS = """
    INSERT INTO household (ward_id, code, group_id, address, confirmed_at, version,
                           created_at, updated_at)
    SELECT s.ward_id, 'HGD' || lpad(s.i::text, 6, '0'), g.id,
           'Ngõ ' || (s.i % 250 + 1) || ', số ' || (s.i % 120 + 1),
           CASE WHEN s.r < 0.6 THEN now() - random() * interval '179 days'
                WHEN s.r < 0.7 THEN now() - interval '181 days' - random() * interval '360 days'
           END,
           1, now(), now()
    FROM (SELECT w.id AS ward_id, i, random() AS r,
                 'TDP' || lpad((1 + (i - 1)::bigint * :groups / :households)::text, 3, '0')
                     AS group_code
          FROM ward AS w CROSS JOIN generate_series(1, :households) AS i) AS s
    JOIN residential_group AS g ON g.ward_id = s.ward_id AND g.code = s.group_code
    ORDER BY s.ward_id, s.i
"""
# One ward in seven at another threshold (4 or 6, alternately), the rest at the default.
_THRESHOLDS = """
    INSERT INTO setting (ward_id, key, value, updated_at)
    SELECT id, :key, CASE WHEN (n / 7) % 2 = 0 THEN :low ELSE :high END, now()
    FROM (SELECT id, row_number() OVER (ORDER BY id) AS n FROM ward) AS w
    WHERE n % 7 = 3
"""


# Generation


def _marker(wards: int, groups: int, households: int) -> str:
    return f"{wards}x{groups}x{households}:v1"


def generate(url: str, *, wards: int, groups: int, households: int) -> dict[str, Any]:
    """The city at ``url`` (reused when its marker matches); the steps' seconds."""
    db.upgrade(url)
    engine = db.make_engine(url)
    marker = _marker(wards, groups, households)
    steps: dict[str, Any] = {}
    try:
        with Session(engine) as session:
            found = session.execute(
                sa.select(Setting.value).where(Setting.key == MARKER_KEY)
            ).scalar_one_or_none()
            count = session.execute(sa.select(sa.func.count()).select_from(Household)).scalar()
        if found == marker and count == wards * households:
            return {"generator": "generate_series (reused)"}
        started = time.perf_counter()

        def step(name: str, sql: str, **params: object) -> None:
            start = time.perf_counter()
            conn.execute(sa.text(sql), params)
            steps[name] = round(time.perf_counter() - start, 2)

        with engine.begin() as conn:
            conn.exec_driver_sql("SET LOCAL synchronous_commit = off")
            conn.exec_driver_sql("SET LOCAL jit = off")  # compiling the generator takes seconds
            conn.exec_driver_sql("SET LOCAL work_mem = '256MB'")
            conn.exec_driver_sql("SET LOCAL maintenance_work_mem = '512MB'")
            conn.exec_driver_sql(
                "TRUNCATE ward, residential_group, household, member, user_account, "
                "group_tally, setting, indicator_target RESTART IDENTITY CASCADE")
            conn.exec_driver_sql("DROP INDEX IF EXISTS ix_member_rollup")
            conn.execute(sa.text("SELECT setseed(0.42)"))
            step("wards_and_groups_s", _WARDS, wards=wards)
            start = time.perf_counter()
            conn.execute(sa.text(_GROUPS), {"groups": groups})
            steps["wards_and_groups_s"] += round(time.perf_counter() - start, 2)
            step("households_s", _HOUSEHOLDS, groups=groups, households=households)
            step("members_s", MEMBERS_TEMPLATE.format(sizes=HOUSEHOLD_SIZES),
                 year=clock.vietnam_year())
            step("member_index_s",
                 "CREATE INDEX ix_member_rollup ON member (household_id, birth_year, occupation)")
            conn.execute(sa.text(_THRESHOLDS), {"key": ward_settings.SKILL_THRESHOLD.key,
                                                "low": str(OTHER_THRESHOLDS[0]),
                                                "high": str(OTHER_THRESHOLDS[1])})
            first = conn.execute(sa.text("SELECT min(id) FROM ward")).scalar()
            conn.execute(sa.insert(Setting.__table__).values(
                ward_id=first, key=MARKER_KEY, value=marker, updated_at=clock.utc()))
        start = time.perf_counter()
        with Session(engine) as session:
            rollups.rebuild(session)
            session.commit()
        steps["rollups_rebuild_s"] = round(time.perf_counter() - start, 2)
        start = time.perf_counter()
        with engine.connect().execution_options(isolation_level="AUTOCOMMIT") as conn:
            conn.exec_driver_sql("VACUUM ANALYZE")
        steps["vacuum_analyze_s"] = round(time.perf_counter() - start, 2)
        total = time.perf_counter() - started
    finally:
        engine.dispose()
    return {"generator": "generate_series", "total_s": round(total, 1), **steps}


def _database_beside(url: str, suffix: str) -> str:
    """The URL of a database named after ``url``'s with ``suffix``, created if missing."""
    parsed = sa.make_url(url)
    name = f"{parsed.database}{suffix}"
    engine = sa.create_engine(parsed, isolation_level="AUTOCOMMIT")
    try:
        with engine.connect() as conn:
            exists = conn.execute(sa.text("SELECT 1 FROM pg_database WHERE datname = :n"),
                                  {"n": name}).first()
            if not exists:
                conn.exec_driver_sql(f'CREATE DATABASE "{name}"')
    finally:
        engine.dispose()
    return parsed.set(database=name).render_as_string(hide_password=False)


# Timing


class StatementClock:
    """Time spent in the driver's execute on an engine (the database time), on or off."""

    def __init__(self, engine: sa.Engine) -> None:
        self.total = 0.0
        self.statements = 0
        self._started: list[float] = []
        sa.event.listen(engine, "before_cursor_execute", self._before)
        sa.event.listen(engine, "after_cursor_execute", self._after)

    def _before(self, *_: object) -> None:
        self._started.append(time.perf_counter())

    def _after(self, *_: object) -> None:
        self.total += time.perf_counter() - self._started.pop()
        self.statements += 1

    @contextmanager
    def measure(self, into: dict[str, list[float]]) -> Iterator[None]:
        total, statements = self.total, self.statements
        start = time.perf_counter()
        yield
        into["wall"].append((time.perf_counter() - start) * 1000)
        into["db"].append((self.total - total) * 1000)
        into["statements"].append(self.statements - statements)


def _percentile(values: list[float], q: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(q * (len(ordered) - 1)))]


def _summary(times: dict[str, list[float]]) -> dict[str, Any]:
    def two(values: list[float]) -> dict[str, float]:
        return {"p50_ms": round(statistics.median(values), 2),
                "p95_ms": round(_percentile(values, 0.95), 2)}

    return {"n": len(times["wall"]), "wall": two(times["wall"]), "db": two(times["db"]),
            "statements": round(statistics.median(times["statements"]))}


def _new_times() -> dict[str, list[float]]:
    return {"wall": [], "db": [], "statements": []}


# The full recomputation from the member rows


def _groups_of(session: Session, ward_ids: list[int]) -> list[int]:
    g = ResidentialGroup.__table__
    return list(session.execute(
        sa.select(g.c.id).where(g.c.ward_id.in_(ward_ids))).scalars())


def recompute_ward(session: Session, ward: WardRef, year: int, now: Any
                   ) -> indicators.ScopeReport:
    """The ward's report from its member rows (the reference engine over its groups)."""
    counts = indicators.indicator_counts_sql(
        session, threshold=ward_settings.skill_threshold(session, ward.id), reference_year=year,
        now=now, group_ids=_groups_of(session, [ward.id]))
    return indicators.build_report(indicators.WARD_SCOPE, year,
                                   figures.add_sums(counts.values()),
                                   indicators.get_targets(session, ward.id))


def recompute_city_sums(session: Session, year: int, now: Any) -> dict[int, dict[str, int]]:
    """Every ward's sums from the member rows: the reference engine once per threshold
    over those wards' groups, summed per ward."""
    wards = [w.id for w in all_wards(session)]
    thresholds = ward_settings.read_every_ward(session, ward_settings.SKILL_THRESHOLD, wards)
    by_threshold: dict[int, list[int]] = {}
    for ward_id, threshold in thresholds.items():
        by_threshold.setdefault(threshold, []).append(ward_id)
    g = ResidentialGroup.__table__
    ward_of_group = dict(session.execute(sa.select(g.c.id, g.c.ward_id)).all())
    per_ward: dict[int, list[dict[str, int]]] = {w: [] for w in wards}
    for threshold, ids in sorted(by_threshold.items()):
        counts = indicators.indicator_counts_sql(
            session, threshold=threshold, reference_year=year, now=now,
            group_ids=_groups_of(session, ids))
        for group_id, sums in counts.items():
            per_ward[ward_of_group[group_id]].append(sums)
    return {w: figures.add_sums(found) for w, found in per_ward.items()}


def recompute_city_page(session: Session, year: int, now: Any) -> list[tuple[str, Any]]:
    """The city page's lines (ward code, value) from the member rows, ordered as
    ``city.city_page`` orders them (furthest behind first, nobody to count last)."""
    sums = recompute_city_sums(session, year, now)
    code = city.DEFAULT_SORT
    lines = []
    for ward in all_wards(session):
        report = indicators.build_report(ward.code, year, sums[ward.id],
                                         indicators.get_targets(session, ward.id))
        lines.append((ward.code, report.indicator(code).value))
    lines.sort(key=lambda line: (line[1] is None, line[1] or 0.0, line[0]))
    return lines[:city.PAGE_SIZE]


# Writes


def _members_of(session: Session, ward_id: int) -> tuple[int, int]:
    m, h = Member.__table__, Household.__table__
    low, high = session.execute(
        sa.select(sa.func.min(m.c.id), sa.func.max(m.c.id))
        .join(h, h.c.id == m.c.household_id).where(h.c.ward_id == ward_id)).one()
    return int(low), int(high)


def _tap(session: Session, member_id: int, clock_: StatementClock,
         into: dict[str, list[float]]) -> bool:
    """A skill answer on member ``member_id`` (rolled back); False when there is none."""
    m = Member.__table__
    row = session.execute(
        sa.select(m.c.skill_messaging, Household.version)
        .join(Household, Household.id == m.c.household_id).where(m.c.id == member_id)).first()
    if row is None:
        session.rollback()
        return False
    with clock_.measure(into):
        edits.update_member(session, SYSTEM, member_id, expected_version=row[1],
                            skill=("messaging", not row[0]))
    session.rollback()
    return True


def measure_writes(city_engine: sa.Engine, city_clock: StatementClock, city_ward: int,
                   one_engine: sa.Engine, one_clock: StatementClock, count: int,
                   seed: int = 7) -> dict[str, Any]:
    rng = random.Random(seed)
    in_city, alone = _new_times(), _new_times()
    with Session(city_engine) as a, Session(one_engine) as b:
        city_range = _members_of(a, city_ward)
        one_ward = b.execute(sa.select(Ward.id)).scalar_one()
        one_range = _members_of(b, one_ward)
        a.rollback()
        b.rollback()
        for _ in range(5):  # warm both
            _tap(a, rng.randint(*city_range), city_clock, _new_times())
            _tap(b, rng.randint(*one_range), one_clock, _new_times())
        done = 0
        while done < count:
            ways = [(a, city_range, city_clock, in_city), (b, one_range, one_clock, alone)]
            if done % 2:
                ways.reverse()
            for session, (low, high), clock_, into in ways:
                while not _tap(session, rng.randint(low, high), clock_, into):
                    pass
            done += 1
    city_s, one_s = _summary(in_city), _summary(alone)
    overhead = {k: round(city_s[k]["p50_ms"] - one_s[k]["p50_ms"], 3) for k in ("wall", "db")}
    overhead_p95 = {k: round(city_s[k]["p95_ms"] - one_s[k]["p95_ms"], 3) for k in ("wall", "db")}
    return {"city_ward": city_s, "single_ward": one_s, "overhead_p50_ms": overhead,
            "overhead_p95_ms": overhead_p95,
            "overhead_p50_fraction": round(overhead["wall"] / one_s["wall"]["p50_ms"], 3)}


# The run


def run(*, url: str, one_ward_url: str, wards: int, groups: int, households: int,
        repeat: int, recompute_repeat: int, writes: int) -> dict[str, Any]:
    load_before = os.getloadavg()
    city_prepare = generate(url, wards=wards, groups=groups, households=households)
    one_prepare = generate(one_ward_url, wards=1, groups=groups, households=households)
    engine, one_engine = db.make_engine(url), db.make_engine(one_ward_url)
    clock_, one_clock = StatementClock(engine), StatementClock(one_engine)
    now = clock.utc()
    year = clock.vietnam_year(now)
    api = ApiClient(key_id=0, scope=open_data.CITY, ward_code=None)
    times = {name: _new_times() for name in (
        "city_page", "ward_report", "ward_detail", "api_ward_indicators",
        "recompute_city_page", "recompute_ward")}
    with Session(engine) as session:
        rollups.ensure_current(session)
        session.commit()
        count = lambda table: session.execute(  # noqa: E731
            sa.select(sa.func.count()).select_from(table)).scalar_one()
        sizes = {"wards": count(Ward), "groups": count(ResidentialGroup),
                 "households": count(Household), "members": count(Member)}
        ward_ids = [w.id for w in all_wards(session)]
        thresholds = ward_settings.read_every_ward(session, ward_settings.SKILL_THRESHOLD,
                                                   ward_ids)
        codes = [w.code for w in all_wards(session)]
        # The ward read: the middle one, at another threshold when there is one.
        others = [c for c, w in zip(codes, ward_ids, strict=True)
                  if thresholds[w] != ward_settings.SKILL_THRESHOLD.default]
        ward = find_ward(session, (others or codes)[len(others or codes) // 2])
        assert ward is not None
        session.rollback()

        calls: dict[str, Callable[[], Any]] = {
            "city_page": lambda: city.city_page(session, SYSTEM, now=now),
            "ward_report": lambda: figures.ward_report(session, ward.id, now=now),
            "ward_detail": lambda: city.ward_detail(session, SYSTEM, ward.code, now=now),
            "api_ward_indicators": lambda: open_data.ward_indicators(session, api, ward.code),
            "recompute_ward": lambda: recompute_ward(session, ward, year, now),
            "recompute_city_page": lambda: recompute_city_page(session, year, now),
        }
        results: dict[str, Any] = {}
        for name, call in calls.items():  # warm the caches (not counted)
            results[name] = call()
            session.rollback()
        every = max(1, repeat // max(1, recompute_repeat))  # the city's recompute: sometimes
        for n in range(repeat):
            names = [k for k in calls if k != "recompute_city_page" or n % every == 0]
            shift = n % len(names)
            for name in names[shift:] + names[:shift]:
                with clock_.measure(times[name]):
                    results[name] = calls[name]()
                session.rollback()
        page = results["city_page"]
        equal = (
            [(line.code, line.value) for line in page.lines] == results["recompute_city_page"]
            and figures.wards_sums(session, reference_year=year, now=now)
            == recompute_city_sums(session, year, now)
            and results["ward_report"] == results["recompute_ward"]
            and results["ward_detail"].report == results["recompute_ward"]
            and results["api_ward_indicators"]["indicators"]
            == results["recompute_ward"].to_dict()["indicators"]
        )
        differences = len(rollups.verify(session))
        session.rollback()
    write_figures = measure_writes(engine, clock_, ward.id, one_engine, one_clock, writes)
    engine.dispose()
    one_engine.dispose()
    summary = {name: _summary(t) for name, t in times.items()}

    def ratio(slow: str, fast: str) -> float:
        return round(summary[slow]["wall"]["p50_ms"] / summary[fast]["wall"]["p50_ms"], 1)

    return {
        "benchmark": "city",
        "database": "postgresql",
        "prepare": {"city": city_prepare, "single_ward": one_prepare},
        "sizes": {**sizes, "groups_per_ward": groups, "households_per_ward": households,
                  "thresholds": {str(t): list(thresholds.values()).count(t)
                                 for t in sorted(set(thresholds.values()))}},
        "ward_read": {"code": ward.code, "threshold": thresholds[ward.id]},
        "repeat": repeat,
        "results_equal": equal,
        "verify_differences": differences,
        "reads": summary,
        "speedup_vs_recompute (wall p50)": {
            "city_page": ratio("recompute_city_page", "city_page"),
            "ward_report": ratio("recompute_ward", "ward_report"),
            "api_ward_indicators": ratio("recompute_ward", "api_ward_indicators"),
        },
        "writes": write_figures,
        "load_average": {"before": [round(x, 2) for x in load_before],
                         "after": [round(x, 2) for x in os.getloadavg()]},
        "cpus": os.cpu_count(),
        "targets": TARGETS,
        "met": {
            "city_page_db_ms_max":
                summary["city_page"]["db"]["p50_ms"] <= TARGETS["city_page_db_ms_max"],
            "api_ward_indicators_db_ms_max": summary["api_ward_indicators"]["db"]["p50_ms"]
                <= TARGETS["api_ward_indicators_db_ms_max"],
            "write_overhead_p50_max_fraction": write_figures["overhead_p50_fraction"]
                <= TARGETS["write_overhead_p50_max_fraction"],
        },
    }


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--wards", type=int, default=126)
    parser.add_argument("--groups-per-ward", type=int, default=70)
    parser.add_argument("--households-per-ward", type=int, default=20_000)
    parser.add_argument("--repeat", type=int, default=30)
    parser.add_argument("--recompute-repeat", type=int, default=5,
                        help="rounds that also recompute the whole city")
    parser.add_argument("--writes", type=int, default=300)
    parser.add_argument("--database", default=None,
                        help="postgresql://… (default: a throwaway server)")
    args = parser.parse_args(argv)
    sizes = dict(wards=args.wards, groups=args.groups_per_ward,
                 households=args.households_per_ward, repeat=args.repeat,
                 recompute_repeat=args.recompute_repeat, writes=args.writes)
    server = None
    if args.database:
        url = db.make_engine(args.database).url.render_as_string(hide_password=False)
    else:
        from tests.services import PostgresServer

        server = PostgresServer().start()
        server.execute("ALTER SYSTEM SET max_wal_size = '4GB'")
        server.execute("SELECT pg_reload_conf()")
        url = server.create_database("bench_city")
    try:
        result = run(url=url, one_ward_url=_database_beside(url, "_one_ward"), **sizes)
    finally:
        if server is not None:
            server.destroy()
    print(json.dumps(result, ensure_ascii=False))


if __name__ == "__main__":
    main()
