"""The household journey's budget figures, before and after, in one run.

    python -m bench.bench_journey [--base COMMIT] [--journey here]

Runs the journey test (tests/browser/test_journey.py: a resident updates a 4-member
household from sign-in to confirmation) in a temporary git worktree of ``--base`` —
that commit's page driven by that commit's journey test — and in this checkout, one
after the other, and prints both figures as one JSON object. The default base is the
commit that added the journey test to the page as it was before issue 8's flow.
Both runs use this checkout's virtualenv and Chromium; each builds its own front end.

``--journey here`` drives the base commit's page with THIS checkout's journey
(tests/browser/test_journey.py and budget.py copied into the worktree): the same user,
finding her way by the words on the screen, on the page before and after. The journey
reads its words from the catalogue of the checkout it runs in, so it needs a base whose
catalogue has the keys it uses (issue 19's journey: d3a09f6 or later).
"""

import argparse
import json
import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

from bench.bench_web import base_env

ROOT = Path(__file__).resolve().parent.parent
BEFORE = "09e2585"  # the journey test on the household page of issue 3
TEST = "tests/browser/test_journey.py::test_a_family_of_four_is_updated_within_budget"
JOURNEY_FILES = ("tests/browser/test_journey.py", "tests/browser/budget.py")


def run_journey(folder: Path, env: dict[str, str]) -> dict:
    """Run the journey test in ``folder`` (a checkout) and return what it reported."""
    env = dict(env, PYTHONPATH=str(folder))
    report = folder / "test-artifacts" / "journey.json"
    report.unlink(missing_ok=True)
    done = subprocess.run(
        [sys.executable, "-m", "pytest", "-m", "browser", "-q", "-p", "no:cacheprovider",
         # the base's budgets may be exceeded: that is what is being measured
         "-o", "addopts=", TEST],
        cwd=folder, env=env, capture_output=True, text=True,
    )
    if not report.exists():
        raise SystemExit(f"the journey did not finish in {folder}:\n{done.stdout[-3000:]}")
    figures = json.loads(report.read_text())
    figures["within_budget"] = (figures["taps"] <= figures["tap_budget"]
                                and figures["screens_scrolled"] <= figures["scroll_budget"]
                                and figures["cls_answering"] < 0.05)
    return figures


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(prog="python -m bench.bench_journey", description=__doc__,
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--base", default=BEFORE, help=f"the 'before' commit (default {BEFORE})")
    parser.add_argument("--journey", choices=("base", "here"), default="base",
                        help="whose journey test drives the base commit's page (default: its own)")
    args = parser.parse_args(argv)
    env = base_env()
    work = Path(tempfile.mkdtemp(prefix="bench-journey-"))
    worktree = work / "before"
    subprocess.run(["git", "worktree", "add", "--detach", str(worktree), args.base],
                   cwd=ROOT, check=True, stdout=subprocess.DEVNULL)
    if args.journey == "here":
        for name in JOURNEY_FILES:
            shutil.copyfile(ROOT / name, worktree / name)
    try:
        print(f"[bench-journey] before: {args.base}", file=sys.stderr, flush=True)
        before = run_journey(worktree, env)
        print("[bench-journey] after: this checkout", file=sys.stderr, flush=True)
        after = run_journey(ROOT, env)
    finally:
        subprocess.run(["git", "worktree", "remove", "--force", str(worktree)], cwd=ROOT,
                       stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    print(json.dumps({"base": args.base, "journey": args.journey, "before": before,
                      "after": after},
                     ensure_ascii=False))


if __name__ == "__main__":
    os.environ.setdefault("PYTHONUNBUFFERED", "1")
    main()
