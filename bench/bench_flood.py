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
import subprocess
import sys
import tempfile
from pathlib import Path

from bench.bench_web import BIN, App, base_env
from bench.load import (
    ADD_RESIDENTS,
    PASSWORD,
    Resident,
    before_and_after,
    check_writes,
    page_state,
    percentiles,
)
from tests.wsclient import ReflexClient

PROJECT = Path(__file__).resolve().parent.parent


async def flood(url: str, sign_in: str, events: int, stop: asyncio.Event) -> int:
    """One client spraying sign-ins with made-up numbers; returns how many it sent."""
    tab = ReflexClient(url)
    await tab.connect("/dang-nhap")
    sent = 0
    for _ in range(events):
        phone = "09" + "".join(random.choices("0123456789", k=8))
        await tab.send(f"{sign_in}.sign_in", path="/dang-nhap",
                       form={"phone": phone, "password": "123456789"})
        sent += 1
    await stop.wait()
    await tab.disconnect()
    return sent


async def measure(app: App, residents: int, seconds: float, flooders: int,
                  flood_events: int, profile=None) -> dict:
    tabs = [Resident(app.url, i, app.folder) for i in range(residents)]
    await asyncio.gather(*(t.start() for t in tabs))
    await asyncio.gather(*(t.run("alone", seconds) for t in tabs))
    stop = asyncio.Event()
    sign_in = page_state(app.folder, "sign_in")
    floods = [asyncio.create_task(flood(app.url, sign_in, flood_events, stop))
              for _ in range(flooders)]
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
    result["timeouts"] = sum(t.timeouts for t in tabs)
    result["refused"] = sum(t.refusals for t in tabs)
    for t in tabs:
        await t.tab.disconnect()
    result["_final"] = {t.member_id: t.acknowledged[-1] for t in tabs if t.acknowledged}
    result["_ids"] = [i for t in tabs for i in t.change_ids]
    return result


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
        result = asyncio.run(measure(app, args.residents, args.seconds, args.flooders,
                                     args.flood_events, profile))
    finally:
        app.stop()
    writes = check_writes(app, result.pop("_final"), result.pop("_ids"))
    result["lost_writes"], result["doubled_writes"] = writes["lost"], writes["doubled_or_missing"]
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
    with tempfile.TemporaryDirectory(prefix="bench-flood-") as tmp:
        results = before_and_after(Path(tmp), args.before,
                                   lambda app, folder: bench_app(app, folder, args))
    print(json.dumps({"benchmark": "sign_in_flood", "residents": args.residents,
                      "flooders": args.flooders, "results": results}, indent=2))


if __name__ == "__main__":
    main(sys.argv[1:])
