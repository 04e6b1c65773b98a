"""`make bench`: every benchmark, each printing one JSON object.

    python -m bench [--households 2500000 --database postgresql://…]

Without options everything runs on SQLite with the 30,000-household demo ward.
With ``--database`` the roll-ups benchmark runs a second time in the same run, on
that PostgreSQL database with ``--households`` households (generated with
set-based SQL; see bench/bench_rollups.py), so both databases' figures come out
of one run (``make bench BENCH_ARGS="--households 2500000 --database postgresql://…"``).
"""

import argparse

from bench import bench_indicators, bench_leader, bench_rollups

if __name__ == "__main__":
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--households", type=int, default=2_500_000,
                        help="households of the PostgreSQL ward (with --database)")
    parser.add_argument("--database", default=None, help="postgresql://… for the roll-ups too")
    args = parser.parse_args()
    bench_indicators.main([])
    bench_leader.main([])
    bench_rollups.main([])
    if args.database:
        bench_rollups.main(["--households", str(args.households), "--database", args.database])
