"""Benchmark: the group leader's home (campaign.leader) on the 30,000-household demo ward.

    python -m bench.bench_leader [--households 30000] [--seed 1] [--fresh] [--repeat 5]

Reuses ``bench/bench.db`` (bench_indicators.prepare_db). Times, for the largest
group, the leader's overview and the first page of "who to visit next", beside the
ward dashboard's queries; checks the visit list against a plain-Python ranking of
the same group's rows (loaded with core selects) and prints one JSON object.
"""

from __future__ import annotations

import argparse
import json
from datetime import UTC, datetime, timedelta
from itertools import compress

import sqlalchemy as sa
from sqlmodel import Session

from bench.bench_indicators import BENCH_DIR, _time, prepare_db
from digital_family.base import db
from digital_family.base.models import SKILL_COLUMNS, Household, Member, ResidentialGroup
from digital_family.base.permissions import Actor
from digital_family.base.wards import only_ward
from digital_family.campaign.figures import group_reports, ward_report
from digital_family.campaign.leader import REASON_INDICATORS, REASONS, group_overview, visit_list
from digital_family.ward import settings as ward_settings
from digital_family.ward.indicators import RECENT_DAYS, get_targets
from tests.indicators_reference import MEMBER_FIELDS, reference_report

TARGET_MS = 300
PAGE_SIZE = 20


def largest_group(session: Session) -> tuple[int, str, int]:
    """(id, code, households) of the group with the most households."""
    return session.execute(
        sa.select(ResidentialGroup.id, ResidentialGroup.code, sa.func.count(Household.id))
        .join(Household, Household.group_id == ResidentialGroup.id)
        .group_by(ResidentialGroup.id, ResidentialGroup.code)
        .order_by(sa.func.count(Household.id).desc(), ResidentialGroup.code)
        .limit(1)
    ).one()


def python_visit_page(session: Session, group_id: int, code: str, *, reference_year, now):
    """Page 1 of the visit list and its total, the plain way: load the group, loop in Python."""
    conn = session.connection()
    households = [
        dict(zip(("id", "group_id", "code", "address", "phone", "confirmed_at"), row))
        for row in conn.execute(
            sa.select(Household.id, Household.group_id, Household.code, Household.address,
                      Household.phone, Household.confirmed_at)
            .where(Household.group_id == group_id)
        )
    ]
    plain = MEMBER_FIELDS[: -len(SKILL_COLUMNS)]
    skill_codes = tuple(SKILL_COLUMNS)
    members = []
    for row in conn.execute(
        sa.select(*(Member.__table__.c[n] for n in MEMBER_FIELDS))
        .join(Household, Household.id == Member.household_id)
        .where(Household.group_id == group_id)
    ):
        member = dict(zip(plain, row))
        member["skills"] = frozenset(compress(skill_codes, row[len(plain):]))
        members.append(member)
    ward_id = only_ward(session)  # the benchmark's one ward
    threshold = ward_settings.skill_threshold(session, ward_id)
    report = reference_report(
        [{"id": group_id, "code": code}], households, members,
        targets=get_targets(session, ward_id),
        threshold=threshold, reference_year=reference_year, now=now, scope=code,
    )
    scored = [r for r in REASONS
              if r == "confirmation" or report.indicator(REASON_INDICATORS[r]).met is False]
    members_of = {h["id"]: [] for h in households}
    for m in members:
        members_of[m["household_id"]].append(m)
    cutoff = now - timedelta(days=RECENT_DAYS)
    listed = []
    for h in households:
        ms = members_of[h["id"]]
        adults = [m for m in ms if reference_year - m["birth_year"] >= 18]
        counts = {
            "vneid": sum(1 for m in ms
                         if reference_year - m["birth_year"] >= 16 and m["vneid_level"] == 0),
            "skills": sum(1 for m in adults if len(m["skills"]) < threshold),
            "smartphone": sum(1 for m in adults if not m["has_smartphone"]),
            "epayment": sum(1 for m in adults if not m["has_epayment"]),
            "learning": int(bool(ms) and not any(
                m["learning_status"] in ("enrolled", "completed") for m in ms)),
            "confirmation": int(h["confirmed_at"] is None or h["confirmed_at"] < cutoff),
        }
        score = sum(counts[r] for r in scored)
        if score:
            listed.append((score, h, len(ms), {r: n for r, n in counts.items() if n}))
    listed.sort(key=lambda v: (-v[0], v[1]["confirmed_at"] is not None,
                               v[1]["confirmed_at"] or now, v[1]["code"]))
    page = [(h["id"], h["code"], h["address"], h["phone"], n, h["confirmed_at"], counts, score)
            for score, h, n, counts in listed[:PAGE_SIZE]]
    return page, len(listed)


def run(households: int, seed: int, fresh: bool, repeat: int) -> dict:
    url, used = prepare_db(BENCH_DIR / "bench.db", households=households, seed=seed, fresh=fresh)
    engine = db.make_engine(url)
    now = datetime.now(UTC)
    kwargs = dict(reference_year=now.year, now=now)
    with Session(engine) as session:
        group_id, code, group_households = largest_group(session)
        group_members = session.execute(
            sa.select(sa.func.count()).select_from(Member)
            .join(Household, Household.id == Member.household_id)
            .where(Household.group_id == group_id)
        ).scalar_one()
        ward_id = only_ward(session)  # the benchmark's one ward
        leader = Actor(user_id=1, role="group_leader", group_ids=frozenset({group_id}),
                       ward_id=ward_id)
        ward_report(session, ward_id, **kwargs)  # warm the page cache and the statement cache
        visit_list(session, leader, code, **kwargs)

        t_overview, overview = _time(lambda: group_overview(session, leader, code, **kwargs),
                                     repeat)
        t_visits, visits = _time(
            lambda: visit_list(session, leader, code, page_size=PAGE_SIZE, **kwargs), repeat)
        t_groups, _ = _time(lambda: group_reports(session, ward_id, **kwargs), repeat)
        t_ward, _ = _time(lambda: ward_report(session, ward_id, **kwargs), repeat)
        t_python, (py_page, py_total) = _time(
            lambda: python_visit_page(session, group_id, code, **kwargs), repeat)
    engine.dispose()

    sql_page = [(i.household_id, i.code, i.address, i.phone, i.member_count, i.confirmed_at,
                 i.counts, i.score) for i in visits.items]
    figures = {
        "group_overview": t_overview,
        "visit_list_page1": t_visits,
        "group_reports": t_groups,
        "ward_report": t_ward,
        "visit_list_page1_python": t_python,
    }
    return {
        "bench": "leader",
        "database": "sqlite",
        "generator": used,
        "households": households,
        "repeat": repeat,
        "group": code,
        "group_households": group_households,
        "group_members": group_members,
        "visit_total": visits.total,
        "scored_reasons": list(visits.scored_reasons),
        "never_confirmed": overview.never_confirmed,
        "figures_ms": figures,
        "results_equal": sql_page == py_page and visits.total == py_total,
        "python_over_sql": round(t_python["median_ms"] / t_visits["median_ms"], 1),
        "target_ms": TARGET_MS,
        "met": {
            name: figures[name]["median_ms"] <= TARGET_MS
            for name in ("group_overview", "visit_list_page1", "group_reports", "ward_report")
        },
    }


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--households", type=int, default=30_000)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--repeat", type=int, default=5)
    parser.add_argument("--fresh", action="store_true", help="re-seed the database")
    args = parser.parse_args(argv)
    print(json.dumps(run(args.households, args.seed, args.fresh, args.repeat), ensure_ascii=False))


if __name__ == "__main__":
    main()
