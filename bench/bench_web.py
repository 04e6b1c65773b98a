"""`make bench-web`: Lighthouse mobile on a blank Reflex app and on this app's pages, same run.

    python -m bench.bench_web [--base COMMIT] [--app-dir LABEL=DIR ...] [--runs 3]
                              [--pages / /ho ...] [--no-warm] [--save DIR]

Builds and serves, each in production mode with its own build folder, state folder,
database and port: a blank Reflex app (`reflex init --template blank` in a temporary
folder, the same Reflex and flags), this checkout ("after") and, with ``--base``, a
worktree of that commit ("before"). Then runs Lighthouse 12 (its mobile defaults:
simulated slow 4G, 4x CPU slowdown) ``--runs`` times per page, alternating the apps,
cold (empty cache) and warm (second visit, service worker installed), signed in
through the sign-in page where the page needs it. Prints the medians as one JSON
object; ``score_vs_blank`` is a page's median score minus the blank app's.

Lighthouse is installed from the npm registry into a cache folder (outside git) the
first time. The apps under test share this checkout's virtualenv: a ``--base`` commit
must not need packages this one lacks.
"""

import argparse
import json
import os
import shutil
import signal
import statistics
import subprocess
import sys
import tempfile
import time
import urllib.request
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
BIN = ROOT / ".venv" / "bin"
LIGHTHOUSE_VERSION = "12.8.2"
CACHE = Path(os.environ.get("XDG_CACHE_HOME", Path.home() / ".cache")) / "digital-family"
PAGES = ["/", "/dang-nhap", "/ho", "/to-truong", "/phuong"]
PASSWORD = "demo12345"
# who signs in for which page (the demo accounts of `digital-family demo`)
SIGNED_IN = {"/ho": "0900000005", "/to-truong": "0900000003", "/phuong": "0900000002"}
DEMO_HOUSEHOLDS = 3000
METRICS = ("score", "fcp_ms", "lcp_ms", "tbt_ms", "cls", "si_ms", "bytes", "requests",
           "redirect_ms")
REFLEX_ENV = {
    "REFLEX_USE_NPM": "1",
    "REFLEX_TELEMETRY_ENABLED": "false",
    "REFLEX_CHECK_LATEST_VERSION": "false",
    "REFLEX_HTTP_CLIENT_BIND_ADDRESS": "0.0.0.0",
    "PYTHONUNBUFFERED": "1",
}


def log(message: str) -> None:
    print(f"[bench-web] {message}", file=sys.stderr, flush=True)


def base_env() -> dict[str, str]:
    env = dict(os.environ, **REFLEX_ENV)
    env["PATH"] = f"{BIN}{os.pathsep}{env.get('PATH', '')}"
    if not env.get("NPM_CONFIG_REGISTRY"):
        # the registry npm is configured with: skips Reflex's mirror probe
        registry = subprocess.run(["npm", "config", "get", "registry"], env=env,
                                  capture_output=True, text=True).stdout.strip()
        if registry:
            env["NPM_CONFIG_REGISTRY"] = registry
    return env


def ensure_lighthouse(env: dict[str, str]) -> Path:
    """Lighthouse (and the puppeteer-core it depends on) in the cache folder."""
    folder = CACHE / f"lighthouse-{LIGHTHOUSE_VERSION}"
    if not (folder / "node_modules" / "lighthouse" / "package.json").exists():
        log(f"installing lighthouse@{LIGHTHOUSE_VERSION} into {folder}")
        folder.mkdir(parents=True, exist_ok=True)
        subprocess.run(["npm", "install", "--prefix", str(folder), "--no-audit", "--no-fund",
                        "--loglevel=error", f"lighthouse@{LIGHTHOUSE_VERSION}"],
                       env=env, check=True, stdout=sys.stderr)
    return folder


def free_port() -> int:
    from tests.services import free_port as pick  # TEST_PORTS keeps it to a range

    return pick()


@dataclass
class App:
    """One app under test: a blank Reflex app or a checkout of this one."""

    label: str
    folder: Path
    blank: bool = False
    url: str = ""
    proc: subprocess.Popen | None = None
    log: Path | None = None
    env: dict[str, str] = field(default_factory=dict)

    def prepare(self, work: Path, env: dict[str, str], households: int,
                extra_env: dict[str, str] | None = None) -> None:
        """Its own build folder, state folder and (for this app) a demo database
        (``extra_env`` may point it at another database, Redis, more workers)."""
        self.env = dict(env, REFLEX_WEB_WORKDIR=str(work / "web"),
                        REFLEX_STATES_WORKDIR=str(work / "states"))
        if self.blank:
            return
        # PYTHONPATH first: the checkout's own package, not the editable install
        self.env.update({"PYTHONPATH": str(self.folder),
                         "DATABASE_URL": f"sqlite:///{work / 'app.db'}", **(extra_env or {})})
        cli = [str(BIN / "python"), "-c", "from digital_family.cli import main; main()"]
        for args in (["db", "upgrade"], ["demo", "--households", str(households)]):
            subprocess.run(cli + args, cwd=self.folder, env=self.env, check=True,
                           stdout=subprocess.DEVNULL)

    def start(self, work: Path) -> None:
        port = free_port()
        self.log = work / "server.log"
        with open(self.log, "wb") as out:
            self.proc = subprocess.Popen(
                [str(BIN / "reflex"), "run", "--env", "prod", "--frontend-port", str(port),
                 "--backend-port", str(port), "--backend-host", "127.0.0.1"],
                cwd=self.folder, env=self.env, stdout=out, stderr=subprocess.STDOUT,
                start_new_session=True)
        self.url = f"http://127.0.0.1:{port}"
        deadline = time.monotonic() + 900
        while time.monotonic() < deadline:
            if self.proc.poll() is not None:
                raise RuntimeError(f"{self.label} exited:\n{self.log.read_text()[-3000:]}")
            try:
                with urllib.request.urlopen(self.url + "/ping", timeout=2):
                    pass
                with urllib.request.urlopen(self.url + "/", timeout=5) as r:
                    if r.status == 200:
                        return
            except OSError:
                time.sleep(1)
        raise RuntimeError(f"{self.label} did not start:\n{self.log.read_text()[-3000:]}")

    def stop(self) -> None:
        if self.proc is None:
            return
        try:
            os.killpg(self.proc.pid, signal.SIGTERM)
            self.proc.wait(timeout=20)
        except ProcessLookupError:
            pass
        except subprocess.TimeoutExpired:
            os.killpg(self.proc.pid, signal.SIGKILL)
        self.proc = None


def make_blank_app(work: Path, env: dict[str, str]) -> App:
    folder = work / "blank"
    folder.mkdir(parents=True)
    subprocess.run([str(BIN / "reflex"), "init", "--name", "blank", "--template", "blank",
                    "--no-agents"], cwd=folder, env=env, check=True, stdout=subprocess.DEVNULL)
    return App("blank", folder, blank=True)


def job(app: App, path: str, warm: bool, run: int) -> dict:
    phone = None if app.blank else SIGNED_IN.get(path)
    sign_in = None
    if phone:
        sign_in = {"url": app.url + "/dang-nhap", "phone": phone, "password": PASSWORD,
                   "home": path}
    kind = "warm" if warm else "cold"
    name = "blank" if app.blank else f"{app.label}{path.replace('/', '_')}"
    return {"id": f"{name}-{kind}-{run}", "app": app.label, "path": path, "url": app.url + path,
            "sign_in": sign_in, "warm": warm}


def plan(blank: App, apps: list[App], pages: list[str], runs: int, warm: bool) -> list[dict]:
    """Every run visits the blank app, then each page on each app in turn; the order of
    the apps rotates between runs so none always goes first."""
    jobs = []
    for run in range(runs):
        order = apps[run % len(apps):] + apps[:run % len(apps)]
        for kind in (False, True) if warm else (False,):
            jobs.append(job(blank, "/", kind, run))
            for path in pages:
                jobs += [job(app, path, kind, run) for app in order]
    return jobs


def median(values: list) -> float | None:
    values = [v for v in values if v is not None]
    return statistics.median(values) if values else None


def summarise(results: list[dict]) -> dict:
    """Medians of every metric, plus what a reader needs to trust them."""
    ok = [r for r in results if "error" not in r]
    out = {m: median([r.get(m) for r in ok]) for m in METRICS}
    for m in ("fcp_ms", "lcp_ms", "tbt_ms", "si_ms", "redirect_ms"):
        if out[m] is not None:
            out[m] = round(out[m])
    if out["cls"] is not None:
        out["cls"] = round(out["cls"], 3)
    out["runs"] = len(ok)
    lcp = [r.get("lcp_element") for r in ok if r.get("lcp_element")]
    out["lcp_element"] = max(set(lcp), key=lcp.count) if lcp else None
    failures = [r.get("error") for r in results if "error" in r]
    wrong = [r["final_url"] for r in ok if r.get("expected_path")
             and not r["final_url"].rstrip("/").endswith(r["expected_path"].rstrip("/"))]
    if failures:
        out["errors"] = failures
    if wrong:
        out["ended_elsewhere"] = wrong
    return out


def targets(pages: dict, blank_cold: dict) -> dict:
    """Issue 10's targets, checked on the medians of one app."""
    def get(path, kind, metric):
        return pages.get(path, {}).get(kind, {}).get(metric)

    checks = {"score_at_least_blank": all(
        p["cold"]["score"] is not None and p["cold"]["score"] >= blank_cold["score"]
        for p in pages.values())}
    for path in ("/", "/ho"):
        if path in pages:
            checks[f"score_{path}_at_least_0.90"] = get(path, "cold", "score") >= 0.90
    checks["cls_at_most_0.05"] = all(
        (k.get("cls") or 0) <= 0.05 for p in pages.values() for k in p.values())
    checks["no_redirect"] = all(
        not (k.get("redirect_ms") or 0) for p in pages.values() for k in p.values())
    if "/ho" in pages:
        checks["tbt_/ho_at_most_200ms"] = get("/ho", "cold", "tbt_ms") <= 200
        checks["lcp_/ho_cold_at_most_2.5s"] = get("/ho", "cold", "lcp_ms") <= 2500
        if get("/ho", "warm", "lcp_ms") is not None:
            checks["lcp_/ho_warm_at_most_1.2s"] = get("/ho", "warm", "lcp_ms") <= 1200
    return checks


def report(jobs: list[dict], results: list[dict], apps: list[App]) -> dict:
    by_id = {r["id"]: r for r in results}
    grouped: dict[tuple, list] = {}
    for j in jobs:
        r = dict(by_id.get(j["id"], {"id": j["id"], "error": "no result"}))
        r["expected_path"] = j["path"] if j["sign_in"] else None
        grouped.setdefault((j["app"], j["path"], "warm" if j["warm"] else "cold"), []).append(r)
    blank = {kind: summarise(grouped.get(("blank", "/", kind), [])) for kind in ("cold", "warm")
             if ("blank", "/", kind) in grouped}
    out = {"lighthouse": LIGHTHOUSE_VERSION,
           "settings": "mobile defaults: simulated slow 4G (150 ms RTT, 1.6 Mbps), 4x CPU",
           "load_average": [round(x, 1) for x in os.getloadavg()],
           "blank": blank, "apps": {}, "targets": {}}
    for app in apps:
        pages: dict[str, dict] = {}
        for (label, path, kind), rs in grouped.items():
            if label != app.label:
                continue
            summary = summarise(rs)
            if summary["score"] is not None and blank.get(kind, {}).get("score") is not None:
                summary["score_vs_blank"] = round(summary["score"] - blank[kind]["score"], 2)
            pages.setdefault(path, {})[kind] = summary
        out["apps"][app.label] = pages
        if blank.get("cold"):
            out["targets"][app.label] = targets(pages, blank["cold"])
    return out


def run_lighthouse(lighthouse: Path, jobs: list[dict], env: dict, work: Path,
                   save: Path | None, nice: int = 0) -> list[dict]:
    jobs_file = work / "jobs.json"
    jobs_file.write_text(json.dumps(jobs))
    cmd = [str(BIN / "node"), str(ROOT / "bench" / "lighthouse_runs.mjs"), str(lighthouse),
           str(jobs_file)] + ([str(save)] if save else [])
    if nice:
        cmd = ["nice", "-n", str(nice), *cmd]
    env = dict(env, CHROME_PATH=os.environ.get("CHROMIUM_PATH", "/usr/bin/chromium"))
    results = []
    with subprocess.Popen(cmd, env=env, stdout=subprocess.PIPE, text=True) as proc:
        for n, line in enumerate(proc.stdout, 1):
            result = json.loads(line)
            results.append(result)
            log(f"{n}/{len(jobs)} {result['id']}: score {result.get('score')} "
                f"LCP {round(result.get('lcp_ms') or 0)} TBT {round(result.get('tbt_ms') or 0)}"
                + (f" ERROR {result['error'][:200]}" if "error" in result else ""))
    return results


def parse_args(argv: list[str]) -> argparse.Namespace:
    parser = argparse.ArgumentParser(prog="python -m bench.bench_web", description=__doc__,
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--base", help="also measure this commit (a temporary git worktree), "
                        "labelled 'before'")
    parser.add_argument("--app-dir", action="append", default=[], metavar="LABEL=DIR",
                        help="measure the app in DIR (a checkout of this repository) "
                        "instead of / besides this checkout; repeatable")
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--pages", nargs="+", default=PAGES)
    parser.add_argument("--no-warm", action="store_true", help="cold runs only")
    parser.add_argument("--households", type=int, default=DEMO_HOUSEHOLDS)
    parser.add_argument("--save", type=Path, help="keep every Lighthouse report (JSON) here")
    parser.add_argument("--nice", type=int, default=0,
                        help="run Lighthouse and Chromium at this niceness (e.g. -5 as root): on "
                        "a shared, busy machine the CPU-bound metrics (TBT) then depend less "
                        "on the neighbours; every app gets the same")
    return parser.parse_args(argv)


def main(argv: list[str]) -> None:
    args = parse_args(argv)
    env = base_env()
    lighthouse = ensure_lighthouse(env)
    work = Path(tempfile.mkdtemp(prefix="bench-web-"))
    worktree = None
    apps: list[App] = []
    if args.base:
        worktree = work / "before"
        subprocess.run(["git", "worktree", "add", "--detach", str(worktree), args.base],
                       cwd=ROOT, check=True, stdout=subprocess.DEVNULL)
        apps.append(App("before", worktree))
    for spec in args.app_dir:
        label, _, folder = spec.rpartition("=")
        apps.append(App(label or Path(folder).name, Path(folder).resolve()))
    if not args.app_dir:
        apps.append(App("after", ROOT))
    blank = make_blank_app(work, env)
    try:
        for app in [blank, *apps]:
            app_work = work / f"run-{app.label}"
            app_work.mkdir()
            log(f"preparing and building {app.label} ({app.folder})")
            app.prepare(app_work, env, args.households)
            started = time.monotonic()
            app.start(app_work)
            took = time.monotonic() - started
            log(f"{app.label} serving at {app.url} (build and start {took:.0f} s)")
        jobs = plan(blank, apps, args.pages, args.runs, warm=not args.no_warm)
        log(f"{len(jobs)} Lighthouse runs")
        results = run_lighthouse(lighthouse, jobs, env, work, args.save, args.nice)
    finally:
        for app in [blank, *apps]:
            app.stop()
        if worktree is not None:
            subprocess.run(["git", "worktree", "remove", "--force", str(worktree)], cwd=ROOT,
                           stdout=subprocess.DEVNULL)
        shutil.rmtree(work, ignore_errors=True)
    print(json.dumps(report(jobs, results, apps), ensure_ascii=False, indent=1))


if __name__ == "__main__":
    main(sys.argv[1:])
