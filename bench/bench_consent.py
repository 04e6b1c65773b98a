"""Benchmark: what consent and the security alerts cost (issue 13 points 2 and 5),
with and without, alternating in one run.

    python -m bench.bench_consent [--households 3000] [--repeat 200]

On the demo ward of ``--households`` (SQLite, ``bench/consent.db``, rebuilt), with 5%
of the leader's households set to "withdrawn":

- the consent gate on a write's permission check: ``access.household_target``
  (EDIT, a leader, a random household of their groups) with ``consent_rules.gate`` against
  the same call with the gate made a no-op;
- a leader's household list (``search_households``, page 1, and a name search) and
  visit list (``leader.visit_list``) with the "withdrew" filter against without it;
- counting one refused request (``security_alerts.note_refusal``: an upsert and a read).

Each sample runs in a transaction rolled back. Prints one JSON object.
"""

from __future__ import annotations

import argparse
import json
import random

import sqlalchemy as sa
from sqlmodel import Session

from bench.bench_indicators import BENCH_DIR, prepare_db
from bench.bench_privacy import _ms, _timed
from digital_family.base import db
from digital_family.base.models import Household, HouseholdConsent, ResidentialGroup, UserAccount
from digital_family.base.permissions import Action, load_actor
from digital_family.campaign import leader
from digital_family.households import access, consent, consent_rules, search
from digital_family.records import security_alerts

LEADER_PHONE = "0900000003"  # the demo leader (two groups)


def _alternate(engine, repeat: int, work, patch) -> tuple[list[float], list[float]]:
    """``work`` timed ``repeat`` times as it is and ``repeat`` times under ``patch``
    (a context manager), alternating."""
    real, patched = [], []
    for n in range(repeat * 2):
        if n % 2:
            real.append(_timed(engine, work))
        else:
            with patch():
                patched.append(_timed(engine, work))
    return real, patched


class _Swap:
    def __init__(self, module, name, value):
        self.module, self.name, self.value = module, name, value

    def __call__(self):
        return self

    def __enter__(self):
        self.saved = getattr(self.module, self.name)
        setattr(self.module, self.name, self.value)

    def __exit__(self, *exc):
        setattr(self.module, self.name, self.saved)


def main(argv=None) -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--households", type=int, default=3000)
    parser.add_argument("--repeat", type=int, default=200)
    args = parser.parse_args(argv)
    url, generator = prepare_db(BENCH_DIR / "consent.db", households=args.households, seed=1,
                                fresh=True)
    engine = db.make_engine(url)
    rng = random.Random(7)
    with Session(engine) as session:
        user_id = session.execute(sa.select(UserAccount.id)
                                  .where(UserAccount.phone == LEADER_PHONE)).scalar_one()
        actor = load_actor(session, user_id)
        mine = session.execute(sa.select(Household.id).where(
            Household.group_id.in_(actor.group_ids))).scalars().all()
        withdrawn = rng.sample(mine, len(mine) // 20)
        session.execute(sa.update(HouseholdConsent)
                        .where(HouseholdConsent.household_id.in_(withdrawn))
                        .values(status=consent_rules.WITHDRAWN))
        session.commit()
        group_code = session.execute(
            sa.select(ResidentialGroup.code).where(ResidentialGroup.id.in_(actor.group_ids))
            .order_by(ResidentialGroup.code).limit(1)).scalar_one()
    visible = sorted(set(mine) - set(withdrawn))

    def edit_check(session):
        access.household_target(session, actor, rng.choice(visible),
                                    Action.EDIT_HOUSEHOLD)

    no_gate = _Swap(consent, "gate", lambda *a, **k: None)
    no_filter = _Swap(consent, "hidden_from_leaders", lambda column: sa.false())
    gate_on, gate_off = _alternate(engine, args.repeat, edit_check, no_gate)
    lists = {
        "leader_list": lambda s: search.search_households(s, actor, page=1),
        "leader_search": lambda s: search.search_households(s, actor, query="Nguyễn"),
        "visit_list": lambda s: leader.visit_list(s, actor, group_code),
    }
    result = {
        "bench": "consent",
        "database": "sqlite",
        "households": args.households,
        "leader_households": len(mine),
        "withdrawn": len(withdrawn),
        "generator": generator,
        "edit_check_with_gate": _ms(gate_on),
        "edit_check_without_gate": _ms(gate_off),
    }
    for name, work in lists.items():
        on, off = _alternate(engine, args.repeat // 4 or 1, work, no_filter)
        result[f"{name}_with_filter"] = _ms(on)
        result[f"{name}_without_filter"] = _ms(off)
    result["note_refusal"] = _ms([
        _timed(engine, lambda s: security_alerts.note_refusal(s, actor))
        for _ in range(args.repeat)])
    engine.dispose()
    print(json.dumps(result, ensure_ascii=False))


if __name__ == "__main__":
    main()
