"""`make bench`: every benchmark, each printing one JSON object."""

from bench import bench_indicators, bench_leader

if __name__ == "__main__":
    bench_indicators.main()
    bench_leader.main()
