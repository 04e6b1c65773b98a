"""Sign-in floods against residents' taps: does one client's flood slow everyone else?

Starts the app (production build, a demo ward, 20 resident accounts) and has 20
residents toggle a status about once a second through Reflex's websocket protocol,
first alone, then while 3 clients flood sign-in with made-up phone numbers (password
spraying: ~1,000 events queued at once). Prints one JSON object: the residents' toggle
latency (p50/p95/p99) without and with the flood, the ratio, and the writes lost.

    python -m bench.bench_flood [--before COMMIT] [--seconds 15]

``--before`` measures that commit too (a git worktree), in the same run.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import random
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from bench.bench_web import BIN, App, base_env, log
from tests.wsclient import ReflexClient

PROJECT = Path(__file__).resolve().parent.parent
ROOT = "reflex___state____state.digital_family___state____session_state"
SIGN_IN = f"{ROOT}.digital_family___pages___sign_in____sign_in_state"
HOUSEHOLD = f"{ROOT}.digital_family___pages___household____household_state"
PASSWORD = "mat-khau-thu-tai"
RESIDENT_PHONE = "0911{:06d}"
ADD_RESIDENTS = """
import inspect, sys
from digital_family import accounts, db
import sqlalchemy as sa
from digital_family.models import Household, UserAccount
from digital_family.permissions import SYSTEM
n = int(sys.argv[1])
# older commits' create_user took no actor
who = [SYSTEM] if "actor" in inspect.signature(accounts.create_user).parameters else []
with db.session_scope() as s:
    codes = s.execute(sa.select(Household.code).where(~sa.exists().where(
        UserAccount.household_id == Household.id)).order_by(Household.id).limit(n)).scalars()
    for i, code in enumerate(codes):
        accounts.create_user(s, *who, phone="0911%06d" % i, password=sys.argv[2],
                             role="resident", full_name="", household_code=code)
"""


def percentiles(values: list[float]) -> dict:
    if not values:
        return {"n": 0}
    ordered = sorted(values)

    def at(q: float) -> float:
        return round(ordered[min(len(ordered) - 1, int(q * len(ordered)))] * 1000, 1)

    return {"n": len(values), "p50_ms": at(0.50), "p95_ms": at(0.95), "p99_ms": at(0.99),
            "mean_ms": round(statistics.fmean(values) * 1000, 1)}


class Resident:
    """A resident's tab that toggles the first member's smartphone answer."""

    def __init__(self, url: str, index: int):
        self.tab = ReflexClient(url)
        self.phone = RESIDENT_PHONE.format(index)
        self.latencies: dict[str, list[float]] = {}
        self.acknowledged: list[bool] = []
        self.member_id = 0
        self.value = False

    async def start(self) -> None:
        await self.tab.connect("/dang-nhap")
        await self.tab.send(f"{SIGN_IN}.sign_in", path="/dang-nhap",
                            form={"phone": self.phone, "password": PASSWORD})
        await self.tab.wait_for(lambda c: c.events, timeout=120)
        await self.tab.send(f"{HOUSEHOLD}.load_mine", path="/ho")
        await self.tab.wait_for(lambda c: c.get(HOUSEHOLD, "members"), timeout=120)
        member = self.tab.get(HOUSEHOLD, "members")[0]
        self.member_id, self.value = member["id"], member["has_smartphone"]

    async def tap(self, phase: str) -> None:
        self.value = not self.value
        before = self.tab.get(HOUSEHOLD, "version")
        started = time.perf_counter()
        await self.tab.send(f"{HOUSEHOLD}.set_flag", path="/ho", member_id=self.member_id,
                            name="has_smartphone", value=self.value)
        try:
            await self.tab.wait_for(lambda c: c.get(HOUSEHOLD, "version") != before,
                                    timeout=60)
        except TimeoutError:
            self.latencies.setdefault(phase, []).append(60.0)
            return
        self.latencies.setdefault(phase, []).append(time.perf_counter() - started)
        self.acknowledged.append(self.value)

    async def run(self, phase: str, seconds: float) -> None:
        await asyncio.sleep(random.random())
        deadline = time.monotonic() + seconds
        while time.monotonic() < deadline:
            started = time.monotonic()
            await self.tap(phase)
            await asyncio.sleep(max(0.0, 1.0 - (time.monotonic() - started)))


async def flood(url: str, events: int, stop: asyncio.Event) -> int:
    """One client spraying sign-ins with made-up numbers; returns how many it sent."""
    tab = ReflexClient(url)
    await tab.connect("/dang-nhap")
    sent = 0
    for _ in range(events):
        phone = "09" + "".join(random.choices("0123456789", k=8))
        await tab.send(f"{SIGN_IN}.sign_in", path="/dang-nhap",
                       form={"phone": phone, "password": "123456789"})
        sent += 1
    await stop.wait()
    await tab.disconnect()
    return sent


async def measure(url: str, residents: int, seconds: float, flooders: int,
                  flood_events: int, profile=None) -> dict:
    tabs = [Resident(url, i) for i in range(residents)]
    await asyncio.gather(*(t.start() for t in tabs))
    await asyncio.gather(*(t.run("alone", seconds) for t in tabs))
    stop = asyncio.Event()
    floods = [asyncio.create_task(flood(url, flood_events, stop)) for _ in range(flooders)]
    await asyncio.sleep(1)  # let the flood queue up
    if profile is not None:
        profile()
    await asyncio.gather(*(t.run("flood", seconds) for t in tabs))
    stop.set()
    sent = sum(await asyncio.gather(*floods))
    result = {phase: percentiles([x for t in tabs for x in t.latencies.get(phase, [])])
              for phase in ("alone", "flood")}
    alone, flooded = result["alone"].get("p95_ms"), result["flood"].get("p95_ms")
    result["flood_p95_over_alone"] = round(flooded / alone, 2) if alone and flooded else None
    result["flood_events_sent"] = sent
    result["timeouts"] = sum(1 for t in tabs for v in t.latencies.get("flood", []) if v >= 60)
    for t in tabs:
        await t.tab.disconnect()
    result["_final_values"] = {t.member_id: t.acknowledged[-1] for t in tabs if t.acknowledged}
    return result


def lost_writes(app: App, final_values: dict) -> int:
    """Toggled members whose last acknowledged answer is not what the database holds."""
    code = """
import json, sys
import sqlalchemy as sa
from digital_family import db
from digital_family.models import Member
want = json.loads(sys.argv[1])
with db.session_scope() as s:
    held = dict(s.execute(sa.select(Member.id, Member.has_smartphone).where(
        Member.id.in_([int(k) for k in want]))).all())
print(sum(held[int(k)] != v for k, v in want.items()))
"""
    out = subprocess.run([str(BIN / "python"), "-c", code, json.dumps(final_values)],
                         cwd=app.folder, env=app.env, check=True, capture_output=True,
                         text=True)
    return int(out.stdout.strip())


def bench_app(app: App, work: Path, args) -> dict:
    app.prepare(work, base_env(), args.households)
    subprocess.run([str(BIN / "python"), "-c", ADD_RESIDENTS, str(args.residents), PASSWORD],
                   cwd=app.folder, env=app.env, check=True)
    app.start(work)
    profile = None
    if args.profile:
        # what the server does during the flood, as a flame graph (py-spy from PyPI)
        def profile():
            subprocess.Popen(["py-spy", "record", "--subprocesses", "--pid", str(app.proc.pid),
                              "--duration", str(int(args.seconds)), "--output",
                              f"{args.profile}-{app.label[:6]}.svg"],
                             stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        result = asyncio.run(measure(app.url, args.residents, args.seconds, args.flooders,
                                     args.flood_events, profile))
    finally:
        app.stop()
    result["lost_writes"] = lost_writes(app, result.pop("_final_values"))
    return result


def main(argv: list[str]) -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--before", help="also measure this commit, in the same run")
    parser.add_argument("--residents", type=int, default=20)
    parser.add_argument("--flooders", type=int, default=3)
    parser.add_argument("--flood-events", type=int, default=350, help="per flooding client")
    parser.add_argument("--seconds", type=float, default=15.0, help="per phase")
    parser.add_argument("--households", type=int, default=900)
    parser.add_argument("--profile", help="record the server with py-spy during the flood "
                        "into PROFILE-<app>.svg")
    args = parser.parse_args(argv)
    results = {}
    with tempfile.TemporaryDirectory(prefix="bench-flood-") as tmp:
        work = Path(tmp)
        apps = [App("after", PROJECT)]
        if args.before:
            before = work / "before-src"
            subprocess.run(["git", "worktree", "add", "--detach", str(before), args.before],
                           cwd=PROJECT, check=True, capture_output=True)
            apps.insert(0, App(f"before ({args.before})", before))
        try:
            for app in apps:
                log(f"measuring {app.label}")
                (work / app.label[:6]).mkdir()
                results[app.label] = bench_app(app, work / app.label[:6], args)
        finally:
            if args.before:
                subprocess.run(["git", "worktree", "remove", "--force", str(work / "before-src")],
                               cwd=PROJECT, capture_output=True)
    print(json.dumps({"benchmark": "sign_in_flood", "residents": args.residents,
                      "flooders": args.flooders, "results": results}, indent=2))


if __name__ == "__main__":
    main(sys.argv[1:])
