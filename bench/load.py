"""Load: residents tapping answers while leaders and ward staff open their pages.

Starts the app (production build, a demo ward, one resident account per household it
needs) and drives it through Reflex's websocket protocol (tests/wsclient.py):
``--residents`` residents each change one answer about once a second; a few leaders
open their group's page every few seconds; then the same again while ward staff load
the dashboard every second. Every acknowledged answer is checked against the database
afterwards (lost writes) and, where the app records applied changes, against their
record (doubled writes). Prints one JSON object:

    python -m bench.load [--residents 200] [--seconds 30] [--before COMMIT]
    python -m bench.load --scaled --workers 1,2,4     # PostgreSQL + Redis, N workers each

``--before`` measures that commit too (a git worktree), in the same run.
"""

from __future__ import annotations

import argparse
import asyncio
import contextlib
import json
import os
import random
import re
import statistics
import subprocess
import sys
import tempfile
import time
import uuid
from pathlib import Path

from bench.bench_web import BIN, App, base_env, log
from bench.layout import PRELUDE, grouped, state_name
from tests.wsclient import ReflexClient

PROJECT = Path(__file__).resolve().parent.parent

def root(folder: Path) -> str:
    """The session state every page state hangs under, in that checkout."""
    return "reflex___state____state." + state_name(folder, "web.state", "session_state")


def page_state(folder: Path, module: str) -> str:
    """A page's state (``web.pages.<module>``, class <Module>State) in that checkout."""
    return f"{root(folder)}.{state_name(folder, f'web.pages.{module}', f'{module}_state')}"

PASSWORD = "mat-khau-thu-tai"
ACK = re.compile(r'ack\((\[[^\]]*\]), (\[[^\]]*\])\)')
DEMO_PASSWORD = "demo12345"
ADD_RESIDENTS = PRELUDE + """
import inspect, sys
from digital_family.access import accounts
from digital_family.base import db
import sqlalchemy as sa
from digital_family.base.models import Household, UserAccount
from digital_family.base.permissions import SYSTEM
n = int(sys.argv[1])
# older commits' create_user took no actor
who = [SYSTEM] if "actor" in inspect.signature(accounts.create_user).parameters else []
with db.session_scope() as s:
    codes = s.execute(sa.select(Household.code).where(~sa.exists().where(
        UserAccount.household_id == Household.id)).order_by(Household.id).limit(n)).scalars()
    for i, code in enumerate(list(codes)):
        user = accounts.create_user(s, *who, phone="0911%06d" % i, password=sys.argv[2],
                                    role="resident", full_name="", household_code=code)
        try:  # since the notice: the family ticks it itself before it saves anything
            from digital_family.households import consent
            from digital_family.base.permissions import load_actor
        except ImportError:
            continue
        consent.give_consent(s, load_actor(s, user.id), user.household_id,
                             adult_name="Nguyễn Văn An", notice_version=consent.NOTICE_VERSION)
"""
CHECK = PRELUDE + """
import json, sys
import sqlalchemy as sa
from digital_family.base import db
from digital_family.base.models import Member
want, ids = json.load(sys.stdin)
with db.session_scope() as s:
    held = dict(s.execute(sa.select(Member.id, Member.has_smartphone).where(
        Member.id.in_([int(k) for k in want]))).all())
    lost = sum(held[int(k)] != v for k, v in want.items())
    doubled = None
    try:
        from digital_family.base.models import AppliedChange
        rows = s.execute(sa.select(AppliedChange.change_id, sa.func.count()).where(
            AppliedChange.change_id.in_(ids)).group_by(AppliedChange.change_id)).all()
        doubled = sum(c - 1 for _, c in rows) + (len(ids) - len(rows))
    except ImportError:
        pass
print(json.dumps({"lost": lost, "doubled_or_missing": doubled}))
"""


def household_state(folder: Path) -> str:
    """The household page's state name in that checkout (a module, later a package)."""
    web = "web/" if grouped(folder) else ""
    if (folder / "digital_family" / f"{web}pages" / "household" / "state.py").exists():
        module = "web.pages.household.state"
        return f"{root(folder)}.{state_name(folder, module, 'household_state')}"
    return f"{root(folder)}.{state_name(folder, 'web.pages.household', 'household_state')}"


def outbox_saves(folder: Path) -> bool:
    """Whether answers go through the phone's outbox (save_changes) or set_flag."""
    web = "web/" if grouped(folder) else ""
    state = folder / "digital_family" / f"{web}pages" / "household" / "state.py"
    return state.exists() and "def save_changes" in state.read_text()


def percentiles(values: list[float]) -> dict:
    if not values:
        return {"n": 0}
    ordered = sorted(values)

    def at(q: float) -> float:
        return round(ordered[min(len(ordered) - 1, int(q * len(ordered)))] * 1000, 1)

    return {"n": len(values), "p50_ms": at(0.50), "p95_ms": at(0.95), "p99_ms": at(0.99),
            "mean_ms": round(statistics.fmean(values) * 1000, 1)}


class Resident:
    """A resident's tab that changes the first member's smartphone answer, back and forth."""

    def __init__(self, url: str, index: int, folder: Path):
        self.tab = ReflexClient(url)
        self.phone = f"0911{index:06d}"
        self.state, self.outbox = household_state(folder), outbox_saves(folder)
        self.sign_in = page_state(folder, "sign_in")
        self.latencies: dict[str, list[float]] = {}
        self.timeouts = self.refusals = 0
        self.acknowledged: list[bool] = []
        self.change_ids: list[str] = []
        self.member_id, self.value = 0, False

    async def start(self) -> None:
        await self.tab.connect("/dang-nhap")
        await self.tab.send(f"{self.sign_in}.sign_in", path="/dang-nhap",
                            form={"phone": self.phone, "password": PASSWORD})
        await self.tab.wait_for(lambda c: c.events, timeout=300)
        await self.tab.send(f"{self.state}.load_mine", path="/ho")
        await self.tab.wait_for(lambda c: c.get(self.state, "members"), timeout=300)
        member = self.tab.get(self.state, "members")[0]
        self.member_id, self.value = member["id"], member["has_smartphone"]

    async def tap(self, phase: str) -> None:
        self.value = not self.value
        started = time.perf_counter()
        if self.outbox:
            change = uuid.uuid4().hex
            seen = len(self.tab.events)
            await self.tab.send(f"{self.state}.save_changes", path="/ho", changes=[{
                "id": change, "kind": "set", "m": self.member_id, "f": "has_smartphone",
                "v": self.value}])

            # acknowledged in the page state's outbox_ack (the tap's own update), or,
            # before that, by a script sent after it (ack(done, refused))
            def acknowledged(c) -> bool:
                ack = c.get(self.state, "outbox_ack") or {}
                return (change in ack.get("done", []) or change in ack.get("refused", [])
                        or any(change in json.dumps(e) for e in c.events[seen:]))

            def refused(c) -> bool:
                if change in (c.get(self.state, "outbox_ack") or {}).get("refused", []):
                    return True
                return any(change in m.group(2) for e in c.events[seen:]
                           for m in ACK.finditer(json.dumps(e)))
        else:
            before = self.tab.get(self.state, "version")
            change = None
            await self.tab.send(f"{self.state}.set_flag", path="/ho", member_id=self.member_id,
                                name="has_smartphone", value=self.value)

            def acknowledged(c) -> bool:
                return c.get(self.state, "version") != before

            def refused(c) -> bool:
                return False
        try:
            await self.tab.wait_for(acknowledged, timeout=30)
        except TimeoutError:
            self.timeouts += 1
            self.value = not self.value  # not acknowledged: the phone still shows the old one
            return
        if refused(self.tab):
            self.refusals += 1
            self.value = not self.value
            return
        self.latencies.setdefault(phase, []).append(time.perf_counter() - started)
        self.acknowledged.append(self.value)
        if change:
            self.change_ids.append(change)

    async def run(self, phase: str, seconds: float) -> None:
        await asyncio.sleep(random.random())
        deadline = time.monotonic() + seconds
        while time.monotonic() < deadline:
            started = time.monotonic()
            await self.tap(phase)
            await asyncio.sleep(max(0.0, random.uniform(0.8, 1.2) - (time.monotonic() - started)))


async def visitor(url: str, folder: Path, phone: str, path: str, page: str, every: float,
                  stop: asyncio.Event, durations: list[float]) -> None:
    """A leader or official opening their page (``web.pages.<page>``) every ``every`` seconds."""
    state = page_state(folder, page)
    for _attempt in range(3):  # a sign-in under load is sometimes never answered: again
        tab = ReflexClient(url)
        await tab.connect("/dang-nhap")
        await tab.send(f"{page_state(folder, 'sign_in')}.sign_in", path="/dang-nhap",
                       form={"phone": phone, "password": DEMO_PASSWORD})
        try:
            await tab.wait_for(lambda c: c.events, timeout=60)
            break
        except TimeoutError:
            log(f"{phone}: the sign-in was not answered in 60 s, signing in again")
            await tab.disconnect()
    else:
        durations.append(float("nan"))
        return
    while not stop.is_set():
        seen = tab.messages
        started = time.perf_counter()
        await tab.send(f"{state}.load", path=path)
        try:
            await tab.wait_for(
                lambda c, seen=seen: c.messages > seen and c.get(state, "loaded"), 60)
            await tab.settle(quiet=0.05, timeout=60)
            durations.append(time.perf_counter() - started)
        except TimeoutError:
            durations.append(60.0)
        with contextlib.suppress(TimeoutError):
            await asyncio.wait_for(stop.wait(), every)
    await tab.disconnect()


def server_rss_kb(app: App) -> int:
    """Resident memory of the app's processes (the reflex command and its workers)."""
    out = subprocess.run(["ps", "-o", "rss=", "--ppid", str(app.proc.pid), "-p",
                          str(app.proc.pid)], capture_output=True, text=True).stdout
    children = subprocess.run(["pgrep", "-P", str(app.proc.pid)], capture_output=True,
                              text=True).stdout.split()
    for child in children:
        out += subprocess.run(["ps", "-o", "rss=", "--ppid", child], capture_output=True,
                              text=True).stdout
    return sum(int(x) for x in out.split())


async def measure(app: App, args) -> dict:
    rss_before = server_rss_kb(app)
    tabs = [Resident(app.url, i, app.folder) for i in range(args.residents)]
    for start in range(0, len(tabs), 20):  # sign in 20 at a time
        await asyncio.gather(*(t.start() for t in tabs[start:start + 20]))
    rss_after = server_rss_kb(app)
    result: dict = {"memory_per_client_kb": round((rss_after - rss_before) / len(tabs), 1)}
    for phase, dashboard in (("residents", False), ("with_dashboard", True)):
        stop, pages = asyncio.Event(), {"leader": [], "dashboard": []}
        others = [asyncio.create_task(visitor(app.url, app.folder, "0900000003", "/to-truong",
                                              "leader", 5, stop, pages["leader"]))
                  for _ in range(3)]
        if dashboard:
            others.append(asyncio.create_task(visitor(
                app.url, app.folder, "0900000002", "/phuong", "ward", 1, stop,
                pages["dashboard"])))
        started = time.monotonic()
        await asyncio.gather(*(t.run(phase, args.seconds) for t in tabs))
        elapsed = time.monotonic() - started
        stop.set()
        await asyncio.gather(*others)
        taps = [x for t in tabs for x in t.latencies.get(phase, [])]
        result[phase] = {"toggle": percentiles(taps),
                         "toggles_per_second": round(len(taps) / elapsed, 1),
                         "leader_page": percentiles(pages["leader"]),
                         "dashboard": percentiles(pages["dashboard"]) if dashboard else None}
    alone = result["residents"]["toggle"].get("p95_ms")
    busy = result["with_dashboard"]["toggle"].get("p95_ms")
    result["dashboard_p95_over_alone"] = round(busy / alone, 2) if alone and busy else None
    result["timeouts"] = sum(t.timeouts for t in tabs)
    result["refused"] = sum(t.refusals for t in tabs)
    result["_final"] = {t.member_id: t.acknowledged[-1] for t in tabs if t.acknowledged}
    result["_ids"] = [i for t in tabs for i in t.change_ids]
    for t in tabs:
        await t.tab.disconnect()
    return result


def check_writes(app: App, final: dict, ids: list[str]) -> dict:
    # on standard input: a run's change ids are more than a command line takes
    out = subprocess.run([str(BIN / "python"), "-c", CHECK], input=json.dumps([final, ids]),
                         cwd=app.folder, env=app.env, capture_output=True, text=True)
    if out.returncode:
        raise RuntimeError(f"checking the writes failed: {out.stderr[-2000:]}")
    return json.loads(out.stdout.strip().splitlines()[-1])


def bench_app(app: App, work: Path, args, extra_env: dict | None = None) -> dict:
    app.prepare(work, base_env(), args.households, extra_env=extra_env)
    subprocess.run([str(BIN / "python"), "-c", ADD_RESIDENTS, str(args.residents), PASSWORD],
                   cwd=app.folder, env=app.env, check=True)
    app.start(work)
    try:
        result = asyncio.run(measure(app, args))
    except Exception:
        log(f"{app.label} failed; the server's log ends with:\n{app.log.read_text()[-4000:]}")
        raise
    finally:
        app.stop()
    writes = check_writes(app, result.pop("_final"), result.pop("_ids"))
    result["lost_writes"], result["doubled_writes"] = writes["lost"], writes["doubled_or_missing"]
    return result


def before_and_after(work: Path, before: str | None, measure_app) -> dict:
    """``measure_app(app, folder)`` for a worktree of commit ``before`` (if given), then
    for this checkout, in the same run."""
    apps = [App("after", PROJECT)]
    if before:
        source = work / "before-src"
        subprocess.run(["git", "worktree", "add", "--detach", str(source), before],
                       cwd=PROJECT, check=True, capture_output=True)
        apps.insert(0, App(f"before ({before})", source))
    results = {}
    try:
        for app in apps:
            log(f"measuring {app.label}")
            folder = work / app.label[:6]
            folder.mkdir()
            results[app.label] = measure_app(app, folder)
    finally:
        if before:
            subprocess.run(["git", "worktree", "remove", "--force", str(work / "before-src")],
                           cwd=PROJECT, capture_output=True)
    return results


def scaled(args, work: Path) -> dict:
    """PostgreSQL + Redis (throwaway servers), the current checkout with N workers each."""
    from tests.services import PostgresServer, RedisServer

    results = {}
    postgres, redis = PostgresServer().start(), RedisServer().start()
    try:
        for workers in [int(w) for w in args.workers.split(",")]:
            label = f"postgresql+redis, {workers} worker{'s' * (workers > 1)}"
            log(f"measuring {label}")
            folder = work / f"w{workers}"
            folder.mkdir()
            database = postgres.create_database(f"load_w{workers}")
            try:
                results[label] = bench_app(App(label, PROJECT), folder, args, extra_env={
                    "DATABASE_URL": database, "REDIS_URL": redis.url, "WORKERS": str(workers)})
            except (TimeoutError, RuntimeError) as exc:  # one size failing keeps the others
                results[label] = {"failed": repr(exc)}
    finally:
        postgres.destroy()
        redis.destroy()
    results["note"] = "the throwaway PostgreSQL of the tests runs with fsync off"
    return results


def main(argv: list[str]) -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--residents", type=int, default=200)
    parser.add_argument("--seconds", type=float, default=30.0, help="per phase")
    parser.add_argument("--households", type=int, default=3000)
    parser.add_argument("--before", help="also measure this commit, in the same run")
    parser.add_argument("--scaled", action="store_true",
                        help="PostgreSQL + Redis with --workers workers instead of SQLite")
    parser.add_argument("--workers", default="1,2,4")
    args = parser.parse_args(argv)
    with tempfile.TemporaryDirectory(prefix="bench-load-") as tmp:
        work = Path(tmp)
        if args.scaled:
            results = scaled(args, work)
        else:
            results = before_and_after(work, args.before, lambda app, folder: bench_app(
                app, folder, args))
    print(json.dumps({"benchmark": "load", "residents": args.residents,
                      "seconds_per_phase": args.seconds, "cores": os.cpu_count(),
                      "results": results}, indent=2))


if __name__ == "__main__":
    main(sys.argv[1:])
