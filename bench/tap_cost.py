"""`make bench-load`: what one tap costs the server, beside a blank Reflex app, round by round.

Three apps run side by side (production builds, one port each): a blank Reflex app (same
Reflex, same flags: one int var and one handler that increments it), this checkout, and
with ``--before COMMIT`` that commit (a git worktree). Each app gets its clients once
(residents signed in to their household page; for the blank app, tabs on its page) and
then, round after round, each app in turn (the order rotates every round) is measured
while the others sit idle:

- *fixed rate*: ``--clients`` clients each send one event about once a second (a resident
  changes one answer; a blank tab increments): p95 of the time until the answer arrives,
  and the worker's CPU per event (utime + stime of every process of the app, read from
  ``/proc``, over the events answered);
- *saturation*: ``--saturating`` clients send events back to back: events answered per
  second.

Prints one JSON object: per app the median of the rounds and each figure as a ratio to the
blank app and to the base, plus the load average at the start and the end. Every
acknowledged answer is checked against the database afterwards (lost or doubled writes).

    python -m bench.tap_cost [--rounds 3] [--clients 80] [--saturating 20]
                             [--seconds 20] [--before COMMIT] [--scaled] [--profile DIR]

``--profile DIR`` samples each measured app's processes with py-spy during the last
round's fixed-rate phase (``pip install py-spy``): DIR gets the collapsed stacks, and the
JSON gets the share of samples by layer (a sample counts for every layer on its stack).

``--scaled`` measures this checkout on PostgreSQL + Redis with 1 and 2 workers instead
(the throwaway servers of the tests), alternating the same way, and counts the
"held too long" lock warnings in each server's log.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from bench.bench_web import BIN, App, base_env, log, make_blank_app
from bench.load import ADD_RESIDENTS, PASSWORD, Resident, check_writes, percentiles
from tests.wsclient import ReflexClient

PROJECT = Path(__file__).resolve().parent.parent
TICKS = os.sysconf("SC_CLK_TCK")
BLANK_STATE = "reflex___state____state.blank___blank____state"
BLANK_APP = '''"""A blank Reflex app: one int var and one handler that changes it."""

import reflex as rx


class State(rx.State):
    count: int = 0

    @rx.event
    def increment(self):
        self.count += 1


def index() -> rx.Component:
    return rx.text(State.count)


app = rx.App()
app.add_page(index)
'''
LOCK_WARNING = "held too long"


def cpu_seconds(app: App) -> float:
    """utime + stime of every live process of the app (its process group)."""
    total = 0
    for stat in Path("/proc").glob("[0-9]*/stat"):
        try:
            fields = stat.read_text().rsplit(")", 1)[1].split()
        except (OSError, IndexError):
            continue
        if int(fields[2]) == app.proc.pid:  # the process group (start_new_session)
            total += int(fields[11]) + int(fields[12])
    return total / TICKS


class BlankTab:
    """A tab of the blank app, incrementing its counter."""

    def __init__(self, url: str):
        self.tab = ReflexClient(url)
        self.latencies: dict[str, list[float]] = {}
        self.timeouts = 0

    async def start(self) -> None:
        await self.tab.connect("/")
        await self.tab.settle()

    async def tap(self, phase: str) -> None:
        seen = self.tab.messages
        started = time.perf_counter()
        await self.tab.send(f"{BLANK_STATE}.increment", path="/")
        try:
            await self.tab.wait_for(lambda c: c.messages > seen, timeout=30)
        except TimeoutError:
            self.timeouts += 1
            return
        self.latencies.setdefault(phase, []).append(time.perf_counter() - started)


# What one socket of this app may send (digital_family/web/event_limits.RATE, 20 events a
# second after a burst of 60): faster, its events are dropped unanswered, and a resident
# tapping back to back against a server that answers in under 50 ms got there (each drop
# a 30 s timeout in the saturation figure). A resident's tab keeps under it; the blank
# app has no such limit.
SOCKET_INTERVAL = 1 / 19


async def drive(tabs: list, phase: str, seconds: float, paced: bool) -> tuple[int, float]:
    """Each tab taps for ``seconds`` (about once a second when ``paced``, else back to back,
    a resident no faster than its socket may send); returns the taps answered and the
    time it took."""
    async def run(tab) -> None:
        if paced:
            await asyncio.sleep(random_start(tab))
        interval = 1.0 if paced else 0.0 if isinstance(tab, BlankTab) else SOCKET_INTERVAL
        deadline = time.monotonic() + seconds
        while time.monotonic() < deadline:
            started = time.monotonic()
            await tab.tap(phase)
            await asyncio.sleep(max(0.0, interval - (time.monotonic() - started)))

    started = time.monotonic()
    await asyncio.gather(*(run(t) for t in tabs))
    return sum(len(t.latencies.get(phase, [])) for t in tabs), time.monotonic() - started


def random_start(tab) -> float:
    return (hash(id(tab)) % 1000) / 1000  # spread over the first second, no thundering herd


# Layers of a sampled stack, by the first folder of a frame's file (py-spy writes
# "function (folder/file.py:line)"); the first listed wins when several folders match.
LAYERS = {
    "digital_family": ("digital_family/",),
    "reflex": ("reflex/", "reflex_base/"),
    "sqlmodel": ("sqlmodel/",),
    "sqlalchemy": ("sqlalchemy/",),
    "psycopg": ("psycopg/",),
    "redis": ("redis/",),
    "pydantic": ("pydantic/", "pydantic_core/"),
    "socketio": ("socketio/", "engineio/"),
    "granian": ("granian/", "starlette/"),
    "asyncio": ("asyncio/", "concurrent/", "threading.py", "selectors.py"),
    "json/pickle": ("json/", "pickle.py", "copyreg.py"),
}


def _layer(frame: str) -> str:
    where = frame.rpartition(" (")[2]
    for layer, folders in LAYERS.items():
        if any(where.startswith(f) for f in folders):
            return layer
    return "other"


def profile_shares(path: Path) -> dict:
    """From py-spy's collapsed stacks (busy samples only): ``within``, the share of samples
    whose stack runs through each layer, and ``self``, the share by the innermost frame's
    layer (these add up to 1)."""
    within = dict.fromkeys([*LAYERS, "other"], 0)
    own = dict.fromkeys([*LAYERS, "other"], 0)
    samples = 0
    for line in path.read_text(errors="replace").splitlines():
        stack, _, count = line.rpartition(" ")
        if not count.isdigit():
            continue
        frames = [f for f in stack.split(";") if not f.startswith("process ")]
        if not frames:
            continue
        n = int(count)
        samples += n
        layers = [_layer(f) for f in frames]
        for layer in set(layers):
            within[layer] += n
        own[layers[-1]] += n
    share = lambda d: {k: round(v / samples, 3) for k, v in d.items() if v}  # noqa: E731
    return {"samples": samples, "within": share(within), "self": share(own)} if samples else {}


def start_profile(app: App, out: Path, seconds: float) -> subprocess.Popen:
    return subprocess.Popen(
        ["py-spy", "record", "--subprocesses", "--nonblocking", "--format", "raw",
         "--rate", "200", "--duration", str(int(seconds)), "--output", str(out),
         "--pid", str(app.proc.pid)],
        stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)


class Subject:
    """One app under measurement, its clients connected for the whole run."""

    def __init__(self, app: App, clients: int, saturating: int, profile: Path | None = None):
        self.app, self.clients, self.saturating = app, clients, saturating
        self.tabs: list = []
        self.rounds: list[dict] = []
        self.profile = profile  # where the last round's samples go
        self.profiled: dict | None = None

    async def connect(self) -> None:
        count = max(self.clients, self.saturating)
        if self.app.blank:
            self.tabs = [BlankTab(self.app.url) for _ in range(count)]
        else:
            self.tabs = [Resident(self.app.url, i, self.app.folder) for i in range(count)]
        for start in range(0, count, 20):
            await asyncio.gather(*(t.start() for t in self.tabs[start:start + 20]))

    async def round(self, number: int, seconds: float, last: bool = False) -> None:
        fixed, saturating = self.tabs[:self.clients], self.tabs[:self.saturating]
        sampler = None
        if last and self.profile is not None:
            sampler = start_profile(self.app, self.profile, seconds)
        cpu = cpu_seconds(self.app)
        answered, _ = await drive(fixed, f"fixed{number}", seconds, paced=True)
        cpu = cpu_seconds(self.app) - cpu
        if sampler is not None:
            sampler.wait()
            if self.profile is not None and self.profile.exists():
                self.profiled = profile_shares(self.profile)
        latencies = [x for t in fixed for x in t.latencies.get(f"fixed{number}", [])]
        await asyncio.sleep(1)
        saturated, elapsed = await drive(saturating, f"sat{number}", seconds, paced=False)
        self.rounds.append({
            "cpu_ms_per_event": round(cpu * 1000 / max(answered, 1), 2),
            "p95_ms": percentiles(latencies).get("p95_ms"),
            "events_per_second_saturated": round(saturated / elapsed, 1),
            "events": answered,
        })

    async def close(self) -> None:
        for t in self.tabs:
            await t.tab.disconnect()

    def summary(self) -> dict:
        out = {key: round(statistics.median(r[key] for r in self.rounds if r[key] is not None), 2)
               for key in ("cpu_ms_per_event", "p95_ms", "events_per_second_saturated")}
        out["rounds"] = self.rounds
        if self.profiled is not None:
            out["profile"] = self.profiled
        out["timeouts"] = sum(t.timeouts for t in self.tabs)
        if self.app.log is not None:
            out["lock_warnings"] = self.app.log.read_text(errors="replace").count(LOCK_WARNING)
        return out


def ratios(results: dict, to: str) -> dict:
    """Each app's figures over ``to``'s (cost: >1 is dearer; throughput: >1 is more)."""
    base = results[to]
    return {label: {key: round(r[key] / base[key], 2) if base[key] else None
                    for key in ("cpu_ms_per_event", "p95_ms", "events_per_second_saturated")}
            for label, r in results.items() if label != to}


def prepare(app: App, work: Path, args, extra_env: dict | None = None) -> None:
    folder = work / app.label.split()[0].strip("()")
    folder.mkdir(parents=True, exist_ok=True)
    if app.blank:
        (app.folder / "blank" / "blank.py").write_text(BLANK_APP)
        app.prepare(folder, dict(base_env(), GRANIAN_WORKERS="1"), 0)
    else:
        app.prepare(folder, base_env(), args.households, extra_env=extra_env)
        count = max(args.clients, args.saturating)
        subprocess.run([str(BIN / "python"), "-c", ADD_RESIDENTS, str(count), PASSWORD],
                       cwd=app.folder, env=app.env, check=True)
    log(f"starting {app.label}")
    app.start(folder)


async def measure(subjects: list[Subject], rounds: int, seconds: float) -> None:
    for subject in subjects:
        await subject.connect()
    for number in range(rounds):
        order = subjects[number % len(subjects):] + subjects[:number % len(subjects)]
        for subject in order:
            log(f"round {number + 1}/{rounds}: {subject.app.label}")
            await subject.round(number, seconds, last=number == rounds - 1)
    for subject in subjects:
        await subject.close()


def _profile_path(args, app: App) -> Path | None:
    if not args.profile:
        return None
    folder = Path(args.profile)
    folder.mkdir(parents=True, exist_ok=True)
    name = "".join(c if c.isalnum() else "-" for c in app.label).strip("-")
    return folder / f"{name}.txt"


def run(apps: list[App], work: Path, args, extra_env: dict | None = None) -> dict:
    subjects = [Subject(app, args.clients, args.saturating, _profile_path(args, app))
                for app in apps]
    try:
        for app in apps:
            prepare(app, work, args, None if app.blank else (extra_env or {}).get(app.label))
        load_before = os.getloadavg()
        asyncio.run(measure(subjects, args.rounds, args.seconds))
        load_after = os.getloadavg()
    finally:
        for app in apps:
            app.stop()
    results = {s.app.label: s.summary() for s in subjects}
    for subject in subjects:
        if subject.app.blank:
            continue
        final = {t.member_id: t.acknowledged[-1] for t in subject.tabs if t.acknowledged}
        ids = [i for t in subject.tabs for i in t.change_ids]
        writes = check_writes(subject.app, final, ids)
        results[subject.app.label]["lost_writes"] = writes["lost"]
        results[subject.app.label]["doubled_writes"] = writes["doubled_or_missing"]
    return {"results": results, "load_average_start": [round(x, 2) for x in load_before],
            "load_average_end": [round(x, 2) for x in load_after]}


def main(argv: list[str]) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--clients", type=int, default=80, help="at one event a second each")
    parser.add_argument("--saturating", type=int, default=20, help="back to back")
    parser.add_argument("--seconds", type=float, default=20.0, help="per phase and round")
    parser.add_argument("--households", type=int, default=3000)
    parser.add_argument("--before", help="also measure this commit (a git worktree)")
    parser.add_argument("--scaled", action="store_true",
                        help="this checkout on PostgreSQL + Redis, 1 and 2 workers")
    parser.add_argument("--profile", help="a folder: py-spy samples of the last round")
    args = parser.parse_args(argv)
    with tempfile.TemporaryDirectory(prefix="bench-tap-") as tmp:
        work = Path(tmp)
        if args.scaled:
            out = scaled(args, work)
        else:
            apps = [make_blank_app(work, base_env()), App("this checkout", PROJECT)]
            if args.before:
                source = work / "before-src"
                subprocess.run(["git", "worktree", "add", "--detach", str(source), args.before],
                               cwd=PROJECT, check=True, capture_output=True)
                apps.append(App(f"before ({args.before})", source))
            try:
                out = run(apps, work, args)
            finally:
                if args.before:
                    subprocess.run(["git", "worktree", "remove", "--force", str(source)],
                                   cwd=PROJECT, capture_output=True)
            out["vs_blank"] = ratios(out["results"], "blank")
            if args.before:
                out["vs_before"] = ratios(out["results"], f"before ({args.before})")
    print(json.dumps({"benchmark": "tap_cost", "rounds": args.rounds, "clients": args.clients,
                      "saturating": args.saturating, "seconds": args.seconds,
                      "cores": os.cpu_count(), **out}, indent=2))


def scaled(args, work: Path) -> dict:
    """This checkout on one PostgreSQL and one Redis, with 1 and 2 workers, alternating."""
    from tests.services import PostgresServer, RedisServer

    postgres, redis = PostgresServer().start(), RedisServer().start()
    try:
        apps, env = [], {}
        for workers in (1, 2):
            label = f"{workers} worker{'s' * (workers > 1)}"
            apps.append(App(label, PROJECT))
            # each app its own Redis database number: their page states never mix
            env[label] = {"DATABASE_URL": postgres.create_database(f"tap_w{workers}"),
                          "REDIS_URL": redis.url.rsplit("/", 1)[0] + f"/{workers}",
                          "WORKERS": str(workers)}
        out = run(apps, work, args, extra_env=env)
    finally:
        postgres.destroy()
        redis.destroy()
    one, two = out["results"]["1 worker"], out["results"]["2 workers"]
    out["two_over_one"] = {
        "cpu_ms_per_event": round(two["cpu_ms_per_event"] / one["cpu_ms_per_event"], 2),
        "events_per_second_saturated": round(
            two["events_per_second_saturated"] / one["events_per_second_saturated"], 2)}
    out["note"] = "the throwaway PostgreSQL of the tests runs with fsync off"
    return out


if __name__ == "__main__":
    main(sys.argv[1:])
