"""`make bench`: every benchmark, each printing one JSON object.

    python -m bench [--households 2500000 --database postgresql://…]

Without options everything runs on SQLite with the 30,000-household demo ward.
With ``--database`` the roll-ups benchmark runs a second time in the same run, on
that PostgreSQL database with ``--households`` households (generated with
set-based SQL; see bench/bench_rollups.py), so both databases' figures come out
of one run (``make bench BENCH_ARGS="--households 2500000 --database postgresql://…"``).

With ``--city`` the city benchmark runs too (bench/bench_city.py, PostgreSQL only): a
city of ``--wards`` wards of ``--households-per-ward`` households (default 126 × 20,000,
~2.5 M households), on ``--city-database`` or else a throwaway PostgreSQL server
(``make bench BENCH_ARGS="--city"``; ``make bench-city`` runs it alone).
"""

import argparse

from bench import bench_city, bench_indicators, bench_leader, bench_rollups

if __name__ == "__main__":
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--households", type=int, default=2_500_000,
                        help="households of the PostgreSQL ward (with --database)")
    parser.add_argument("--database", default=None, help="postgresql://… for the roll-ups too")
    parser.add_argument("--city", action="store_true", help="the city benchmark too")
    parser.add_argument("--wards", type=int, default=126, help="the city's wards (with --city)")
    parser.add_argument("--households-per-ward", type=int, default=20_000,
                        help="households of each of the city's wards (with --city)")
    parser.add_argument("--city-database", default=None,
                        help="postgresql://… for the city (default: a throwaway server)")
    args = parser.parse_args()
    bench_indicators.main([])
    bench_leader.main([])
    bench_rollups.main([])
    if args.database:
        bench_rollups.main(["--households", str(args.households), "--database", args.database])
    if args.city:
        bench_city.main(["--wards", str(args.wards),
                         "--households-per-ward", str(args.households_per_ward)]
                        + (["--database", args.city_database] if args.city_database else []))
