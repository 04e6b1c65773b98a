"""Benchmark: what personal-data work costs (issue 13), before and after in one run.

    python -m bench.bench_privacy [--households 3000] [--repeat 200]

On the demo ward of ``--households`` (SQLite, ``bench/privacy.db``, reused):

- the audit log's cost on a write: ``member_writes.update_member`` (a skill toggle on
  a random member) with its history entry ("after") against the same call with
  ``audit.record`` made a no-op ("before"), alternating, each in a transaction rolled
  back; the difference is what the history costs per write;
- a family's history page (10 entries), a staff audit page (20, filtered by group),
  a household's export, and erasing a household (rolled back: the ward stays as it was).

Prints one JSON object.
"""

from __future__ import annotations

import argparse
import json
import random
import statistics
import time

import sqlalchemy as sa
from sqlmodel import Session

from bench.bench_indicators import BENCH_DIR, prepare_db
from digital_family.base import db
from digital_family.base.models import Household, Member, ResidentialGroup
from digital_family.base.permissions import SYSTEM
from digital_family.households import history, member_writes, personal_data
from digital_family.records import audit


def _ms(samples: list[float]) -> dict:
    ordered = sorted(samples)
    return {"p50_ms": round(statistics.median(ordered), 3),
            "p95_ms": round(ordered[int(len(ordered) * 0.95) - 1], 3), "n": len(ordered)}


def _timed(engine, work) -> float:
    with Session(engine) as session:
        start = time.perf_counter()
        work(session)
        session.flush()
        elapsed = (time.perf_counter() - start) * 1000
        session.rollback()
    return elapsed


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--households", type=int, default=3000)
    parser.add_argument("--repeat", type=int, default=200)
    args = parser.parse_args()
    url, generator = prepare_db(BENCH_DIR / "privacy.db", households=args.households, seed=1,
                                fresh=False)
    engine = db.make_engine(url)
    rng = random.Random(7)
    with Session(engine) as session:
        members = session.execute(sa.select(Member.id)).scalars().all()
        households = session.execute(sa.select(Household.id)).scalars().all()
        group = session.execute(sa.select(ResidentialGroup.code).limit(1)).scalar_one()
        entries = session.execute(sa.select(sa.func.count()).select_from(audit.AuditEntry)
                                  ).scalar_one()

    real_record = audit.record
    with_audit, without = [], []
    for n in range(args.repeat * 2):
        member = rng.choice(members)
        value = {"skill_messaging": bool(n % 4 < 2)}

        def write(session, member=member, value=value):
            member_writes.update_member(session, SYSTEM, member, value)

        if n % 2:
            with_audit.append(_timed(engine, write))
        else:
            audit.record = lambda *a, **k: 0
            try:
                without.append(_timed(engine, write))
            finally:
                audit.record = real_record

    def sample(work) -> dict:
        return _ms([_timed(engine, lambda s: work(s, rng.choice(households)))
                    for _ in range(args.repeat // 4 or 1)])

    result = {
        "bench": "privacy",
        "database": "sqlite",
        "households": len(households),
        "members": len(members),
        "audit_entries": entries,
        "generator": generator,
        "write_without_audit": _ms(without),
        "write_with_audit": _ms(with_audit),
        "family_history_page": sample(lambda s, h: history.household_history(
            s, SYSTEM, h, lang="vi", limit=10)),
        "staff_audit_page": sample(lambda s, h: audit.entries(
            s, SYSTEM, audit.Filters(group_code=group), limit=20, offset=40)),
        "export_household": sample(lambda s, h: personal_data.export_household(s, SYSTEM, h)),
        "erase_household": sample(lambda s, h: personal_data.erase_household(s, SYSTEM, h)),
    }
    result["audit_cost_per_write_p50_ms"] = round(
        result["write_with_audit"]["p50_ms"] - result["write_without_audit"]["p50_ms"], 3)
    engine.dispose()
    print(json.dumps(result, ensure_ascii=False))


if __name__ == "__main__":
    main()
