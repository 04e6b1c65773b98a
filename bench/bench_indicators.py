"""Benchmark: the SQL indicator engine against the plain-Python reading of SPEC §3.

    python -m bench.bench_indicators [--households 30000] [--seed 1] [--fresh] [--repeat 5]

Seeds (or reuses) ``bench/bench.db`` with the demo ward (digital_family.demo), checks that
engine and
reference agree, and prints one JSON object with the timings in milliseconds.
"""

from __future__ import annotations

import argparse
import json
import statistics
import time
from datetime import UTC, datetime
from pathlib import Path

import sqlalchemy as sa
from sqlmodel import Session, select

from digital_family.base import db
from digital_family.base.models import Household, Member, ResidentialGroup, Setting
from digital_family.base.wards import only_ward
from digital_family.campaign.figures import (
    group_report,
    group_reports,
    ward_and_group_reports,
    ward_report,
)
from digital_family.demo import generate_demo
from digital_family.ward import settings as ward_settings
from digital_family.ward.indicators import get_targets
from tests.indicators_reference import (
    load_register,
    reference_group_reports,
    reference_report,
)

BENCH_DIR = Path(__file__).resolve().parent
TARGETS = {"group_reports_ms_max": 250, "speedup_min": 20}
SEED_KEY = "bench_seed"  # Setting row recording what was seeded

def prepare_db(path: Path, *, households: int, seed: int, fresh: bool) -> tuple[str, str]:
    """The bench database URL, seeded with ``households`` households; and the generator."""
    url = f"sqlite:///{path}"
    marker = f"{households}:{seed}"
    if path.exists() and not fresh:
        engine = db.make_engine(url)
        try:
            with Session(engine) as session:
                value = session.execute(
                    sa.select(Setting.value).where(Setting.key == SEED_KEY)
                ).scalar_one_or_none()
                count = session.execute(sa.select(sa.func.count()).select_from(Household)).scalar()
            if value and value.split("|")[0] == marker and count == households:
                return url, value.split("|")[1] + " (reused)"
        except sa.exc.DatabaseError:
            pass
        finally:
            engine.dispose()
    for suffix in ("", "-wal", "-shm", "-journal"):
        Path(str(path) + suffix).unlink(missing_ok=True)
    db.upgrade(url)
    engine = db.make_engine(url)
    now = datetime.now(UTC)
    with Session(engine) as session:
        generate_demo(session, households=households, seed=seed, now=now)
        used = "digital_family.demo.generate_demo"
        session.add(Setting(key=SEED_KEY, value=f"{marker}|{used}"))
        session.commit()
    with engine.connect() as conn:
        conn.exec_driver_sql("ANALYZE")
        # Fold the bulk load out of the WAL file: reads through a large WAL are slower.
        conn.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")
        conn.commit()
    engine.dispose()
    return url, used


def load_register_orm(session: Session) -> tuple[list, list, list]:
    """Every group, household and member as ORM objects (the naive way)."""
    session.expunge_all()  # no help from objects loaded by an earlier run
    return (
        session.exec(select(ResidentialGroup)).all(),
        session.exec(select(Household)).all(),
        session.exec(select(Member)).all(),
    )


def _time(fn, repeat: int) -> tuple[dict, object]:
    times, result = [], None
    for _ in range(repeat):
        start = time.perf_counter()
        result = fn()
        times.append((time.perf_counter() - start) * 1000)
    figures = {"best_ms": round(min(times), 2), "median_ms": round(statistics.median(times), 2)}
    return figures, result


def run(households: int, seed: int, fresh: bool, repeat: int) -> dict:
    path = BENCH_DIR / "bench.db"
    start = time.perf_counter()
    url, used = prepare_db(path, households=households, seed=seed, fresh=fresh)
    prepare_s = time.perf_counter() - start
    engine = db.make_engine(url)
    now = datetime.now(UTC)
    year = now.year
    with Session(engine) as session:
        n_members = session.execute(sa.select(sa.func.count()).select_from(Member)).scalar()
        n_groups = session.execute(
            sa.select(sa.func.count()).select_from(ResidentialGroup)
        ).scalar()
        kwargs = dict(reference_year=year, now=now)
        ward_id = only_ward(session)  # the benchmark's one ward
        ward_report(session, ward_id, **kwargs)  # warm the page cache and the statement cache

        t_ward, ward = _time(lambda: ward_report(session, ward_id, **kwargs), repeat)
        t_groups, groups = _time(lambda: group_reports(session, ward_id, **kwargs), repeat)
        t_both, both = _time(lambda: ward_and_group_reports(session, ward_id, **kwargs), repeat)
        some_group = next(iter(groups))
        t_one, one = _time(lambda: group_report(session, ward_id, some_group, **kwargs), repeat)

        def settings():
            return dict(
                targets=get_targets(session, ward_id),
                threshold=ward_settings.skill_threshold(session, ward_id),
                **kwargs
            )

        t_load, register = _time(lambda: load_register(session), repeat)
        t_ref_ward, ref_ward = _time(lambda: reference_report(*register, **settings()), repeat)
        t_ref_groups, ref_groups = _time(
            lambda: reference_group_reports(*register, **settings()), repeat
        )
        t_ref_ward_load, _ = _time(
            lambda: reference_report(*load_register(session), **settings()), repeat
        )
        t_ref_groups_load, _ = _time(
            lambda: reference_group_reports(*load_register(session), **settings()), repeat
        )
        # What an ORM-minded page would do: load every row as objects, loop in Python.
        orm_repeat = max(1, min(repeat, 3))
        t_orm_load, _orm_register = _time(lambda: load_register_orm(session), orm_repeat)
        t_orm_groups, orm_groups = _time(
            lambda: reference_group_reports(*load_register_orm(session), **settings()), orm_repeat
        )
    engine.dispose()

    equal = (
        ward == ref_ward
        and groups == ref_groups
        and list(groups) == list(ref_groups)
        and both == (ward, groups)
        and one == groups[some_group]
        and orm_groups == groups
    )

    def ratio(slow, fast):
        return round(slow["median_ms"] / fast["median_ms"], 1)

    speedups = {
        "ward_incl_loading": ratio(t_ref_ward_load, t_ward),
        "ward_excl_loading": ratio(t_ref_ward, t_ward),
        "groups_incl_loading": ratio(t_ref_groups_load, t_groups),
        "groups_excl_loading": ratio(t_ref_groups, t_groups),
        "groups_vs_orm_incl_loading": ratio(t_orm_groups, t_groups),
    }
    return {
        "database": "sqlite",
        "generator": used,
        "prepare_s": round(prepare_s, 2),
        "households": households,
        "members": n_members,
        "groups": n_groups,
        "repeat": repeat,
        "results_equal": equal,
        "sql": {
            "ward_report": t_ward,
            "group_reports": t_groups,
            "ward_and_group_reports": t_both,
            "group_report_one_group": t_one,
        },
        "python": {
            "load_rows": t_load,
            "ward_excl_loading": t_ref_ward,
            "groups_excl_loading": t_ref_groups,
            "ward_incl_loading": t_ref_ward_load,
            "groups_incl_loading": t_ref_groups_load,
            "orm_load_rows": t_orm_load,
            "orm_groups_incl_loading": t_orm_groups,
        },
        "speedup_vs_python": speedups,
        "targets": TARGETS,
        "met": {
            "group_reports_ms_max": t_groups["median_ms"] <= TARGETS["group_reports_ms_max"],
            "speedup_min_incl_loading": min(
                speedups["ward_incl_loading"], speedups["groups_incl_loading"]
            ) >= TARGETS["speedup_min"],
            "speedup_min_excl_loading": min(
                speedups["ward_excl_loading"], speedups["groups_excl_loading"]
            ) >= TARGETS["speedup_min"],
            "speedup_min_vs_orm": speedups["groups_vs_orm_incl_loading"] >= TARGETS["speedup_min"],
        },
    }


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--households", type=int, default=30_000)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--repeat", type=int, default=5)
    parser.add_argument("--fresh", action="store_true", help="re-seed the database")
    args = parser.parse_args(argv)
    result = run(args.households, args.seed, args.fresh, args.repeat)
    print(json.dumps(result, ensure_ascii=False))


if __name__ == "__main__":
    main()
