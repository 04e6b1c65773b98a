"""First-load JavaScript and CSS of every page, from a production build, against a budget.

    python -m bench.web_budget [--build DIR] [--write]

Adds up the gzip sizes of what each route loads before it runs
(digital_family.web.frontend.first_load: React Router's manifest and the linked stylesheets).
Prints them as JSON; ``--write`` stores them as the budget (bench/web-budget.json) that
tests/browser/test_frontend.py holds every page to (10% headroom). The default build is
the one the browser tests make (.web-test/), or `make run`'s (.web/) if that is newer.
"""

import argparse
import gzip
import json
import sys
from pathlib import Path

from digital_family.web import frontend

ROOT = Path(__file__).resolve().parent.parent
BUDGET = ROOT / "bench" / "web-budget.json"
TOLERANCE = 0.10


def default_build() -> Path:
    builds = [ROOT / d / "build" / "client" for d in (".web-test", ".web")]
    builds = [b for b in builds if (b / "index.html").exists()]
    if not builds:
        raise SystemExit("no production build: run the browser tests or `make run` first")
    return max(builds, key=lambda b: (b / "index.html").stat().st_mtime)


def gzip_size(static_dir: Path, url: str) -> int:
    path = static_dir / url.lstrip("/")
    sidecar = path.with_name(path.name + ".gz")
    if sidecar.exists():
        return sidecar.stat().st_size
    return len(gzip.compress(path.read_bytes(), 9))


def first_load(static_dir: Path) -> dict[str, dict[str, int]]:
    """``{"/ho": {"js_gzip": bytes, "css_gzip": bytes, "files": n}, …}`` for every route
    (``files``: each is a request, a round trip on a slow connection)."""
    return {path: {**{f"{kind}_gzip": sum(gzip_size(static_dir, u) for u in urls)
                      for kind, urls in page.items()},
                   "files": len(page["js"]) + len(page["css"])}
            for path, page in frontend.first_load(static_dir).items()}


def over_budget(pages: dict, budget: dict, tolerance: float = TOLERANCE) -> list[str]:
    """What grew more than ``tolerance`` over the budget, or has no budget yet."""
    problems = []
    for path, sizes in pages.items():
        if path not in budget:
            problems.append(f"{path} has no budget: run `python -m bench.web_budget --write`")
            continue
        for kind, size in sizes.items():
            allowed = budget[path][kind] * (1 + tolerance)
            if size > allowed:
                unit = "" if kind == "files" else " bytes"
                problems.append(f"{path} {kind}: {size}{unit} > budget {budget[path][kind]} "
                                f"+ {tolerance:.0%}")
    return problems


def load_budget() -> dict:
    return json.loads(BUDGET.read_text())["pages"]


def main(argv: list[str]) -> None:
    parser = argparse.ArgumentParser(prog="python -m bench.web_budget", description=__doc__,
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--build", type=Path, help="a production build's static folder")
    parser.add_argument("--write", action="store_true", help="store these sizes as the budget")
    args = parser.parse_args(argv)
    pages = first_load(args.build or default_build())
    if args.write:
        BUDGET.write_text(json.dumps({
            "note": "First-load gzip bytes and files per page (python -m bench.web_budget "
                    "--write); tests/browser/test_frontend.py fails when a page grows more "
                    "than 10%.",
            "pages": pages}, indent=1) + "\n")
    print(json.dumps(pages, indent=1))


if __name__ == "__main__":
    main(sys.argv[1:])
