"""Browser tests: the real production app in a subprocess, driven by Debian's Chromium.

One server per test session on a free port, with its own build folder, state
folder and database, so it never cross-wires with a `make run` beside it.
"""

import os
import re
import shutil
import signal
import subprocess
import time
import urllib.request
from pathlib import Path

import pytest

from digital_family.base import db
from digital_family.base.settings import PROJECT_DIR
from tests.services import free_port

CHROMIUM = os.environ.get("CHROMIUM_PATH", "/usr/bin/chromium")
CHROMIUM_ARGS = [
    "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
    "--disable-background-networking", "--disable-component-update", "--disable-sync",
]
PHONE = {"width": 390, "height": 844}
ARTIFACTS = PROJECT_DIR / "test-artifacts"
SERVER_ERROR = re.compile(r"\bERROR\b|Traceback \(most recent call last\)")
DEMO_HOUSEHOLDS = 900  # three groups: the leader has TDP01 and TDP02, not TDP03


def pytest_collection_modifyitems(items):
    here = Path(__file__).parent
    for item in items:
        if here in Path(item.fspath).parents:
            item.add_marker(pytest.mark.browser)
    # the fault tests break the shared server on purpose: after every other journey
    items.sort(key=lambda item: item.get_closest_marker("faults") is not None)


def _wait_until_up(url: str, proc: subprocess.Popen, log: Path, timeout: float = 600) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if proc.poll() is not None:
            raise RuntimeError(f"the app exited with {proc.returncode}:\n{log.read_text()[-4000:]}")
        try:
            with urllib.request.urlopen(url + "/ping", timeout=2):
                pass
            with urllib.request.urlopen(url + "/", timeout=5) as r:
                if r.status == 200:
                    return
        except OSError:
            time.sleep(0.5)
    raise RuntimeError(f"the app did not start in {timeout:.0f} s:\n{log.read_text()[-4000:]}")


def _stop(proc: subprocess.Popen) -> None:
    try:
        os.killpg(proc.pid, signal.SIGTERM)
        proc.wait(timeout=20)
    except ProcessLookupError:
        pass
    except subprocess.TimeoutExpired:
        os.killpg(proc.pid, signal.SIGKILL)


class AppServer:
    """The running app: its URL, database and log; in the scaled set-up (PostgreSQL +
    Redis + several workers) also the servers it uses and its process."""

    def __init__(self, url: str, db_url: str, log: Path, states: Path, *,
                 proc: subprocess.Popen | None = None, postgres=None, redis=None,
                 workers: int = 1):
        self.url, self.db_url, self.log, self.states = url, db_url, log, states
        self.proc, self.postgres, self.redis, self.workers = proc, postgres, redis, workers
        self._log_offset = 0

    @property
    def scaled(self) -> bool:
        return self.redis is not None

    def state_store_blobs(self) -> list[bytes]:
        """Everything the state manager has stored (Redis values, or the files on disk)."""
        if self.redis is None:
            return [p.read_bytes() for p in self.states.rglob("*") if p.is_file()]
        import redis

        client = redis.Redis.from_url(self.redis.url)
        blobs = []
        try:
            for key in client.scan_iter():
                kind = client.type(key)
                if kind == b"string":
                    blobs.append(client.get(key) or b"")
                elif kind == b"hash":
                    blobs.append(b"\0".join(k + b"\0" + v for k, v in client.hgetall(key).items()))
                else:  # not what Reflex stores states in; DUMP may compress, so show it whole
                    blobs.append(client.dump(key) or b"")
        finally:
            client.close()
        return blobs

    def new_errors(self) -> list[str]:
        """Error lines the server logged since the last call."""
        text = self.log.read_text(errors="replace")
        fresh, self._log_offset = text[self._log_offset:], len(text)
        return [line for line in fresh.splitlines() if SERVER_ERROR.search(line)]


SCALED_WORKERS = 2


@pytest.fixture(scope="session")
def app_server(request, tmp_path_factory, database_kind):
    """The app, once per run: SQLite and one worker, or with ``--database postgresql``
    the scaled set-up: PostgreSQL + Redis + SCALED_WORKERS workers."""
    from digital_family.demo import generate_demo

    work = tmp_path_factory.mktemp("app")
    postgres = redis = None
    if database_kind == "postgresql":
        postgres = request.getfixturevalue("postgres")
        redis = request.getfixturevalue("redis_server")
        db_url = postgres.create_database("app")
    else:
        db_url = f"sqlite:///{work / 'app.db'}"
    db.upgrade(db_url)
    engine = db.make_engine(db_url)
    with db.session_scope(engine) as session:
        generate_demo(session, households=DEMO_HOUSEHOLDS, seed=7)
    engine.dispose()

    port = free_port()
    env = dict(os.environ)
    env.update(
        DATABASE_URL=db_url,
        # A build folder of its own (kept between runs: warm builds are faster).
        REFLEX_WEB_WORKDIR=str(PROJECT_DIR / ".web-test"),
        REFLEX_STATES_WORKDIR=str(work / "states"),
        REFLEX_USE_NPM="1",
        REFLEX_TELEMETRY_ENABLED="false",
        REFLEX_CHECK_LATEST_VERSION="false",
        REFLEX_HTTP_CLIENT_BIND_ADDRESS="0.0.0.0",
        PYTHONUNBUFFERED="1",
    )
    for name in ("REDIS_URL", "REFLEX_REDIS_URL", "WORKERS", "GRANIAN_WORKERS"):
        env.pop(name, None)
    if redis is not None:
        env.update(REDIS_URL=redis.url, WORKERS=str(SCALED_WORKERS))
    env["PATH"] = f"{PROJECT_DIR / '.venv' / 'bin'}{os.pathsep}{env.get('PATH', '')}"
    reflex = shutil.which("reflex", path=env["PATH"])
    log = work / "server.log"
    with open(log, "wb") as out:
        proc = subprocess.Popen(
            [reflex, "run", "--env", "prod", "--frontend-port", str(port),
             "--backend-port", str(port), "--backend-host", "127.0.0.1"],
            cwd=PROJECT_DIR, env=env, stdout=out, stderr=subprocess.STDOUT,
            start_new_session=True,
        )
    url = f"http://127.0.0.1:{port}"
    try:
        _wait_until_up(url, proc, log)
        server = AppServer(url, db_url, log, work / "states", proc=proc, postgres=postgres,
                           redis=redis, workers=SCALED_WORKERS if redis else 1)
        server.new_errors()  # the build's own output is not the tests' concern
        yield server
    finally:
        _stop(proc)
        ARTIFACTS.mkdir(exist_ok=True)
        shutil.copy(log, ARTIFACTS / "server.log")


@pytest.fixture(scope="session")
def base_url(app_server):
    return app_server.url


@pytest.fixture(scope="session")
def browser_type_launch_args(browser_type_launch_args):
    return {**browser_type_launch_args, "executable_path": CHROMIUM, "args": CHROMIUM_ARGS}


@pytest.fixture(scope="session")
def browser_context_args(browser_context_args):
    return {
        **browser_context_args,
        "viewport": PHONE,
        "is_mobile": True,
        "has_touch": True,
        "locale": "vi-VN",
        "timezone_id": "Asia/Ho_Chi_Minh",
    }


@pytest.fixture(autouse=True)
def no_errors(request, app_server):
    """Fail a test during which the app or the page logged an error."""
    app_server.new_errors()
    page_errors: list[str] = []
    if "page" in request.fixturenames:
        page = request.getfixturevalue("page")
        page.on("pageerror", lambda exc: page_errors.append(f"page error: {exc}"))
        page.on(
            "console",
            lambda msg: page_errors.append(f"console {msg.type}: {msg.text}")
            if msg.type == "error" else None,
        )
    yield
    allowed = [re.compile(p) for m in request.node.iter_markers("allow_console") for p in m.args]
    page_errors = [e for e in page_errors if not any(a.search(e) for a in allowed)]
    server_errors = app_server.new_errors()
    if request.node.get_closest_marker("faults"):
        server_errors = []  # a killed worker or a stopped database is logged, as it should be
    errors = server_errors + page_errors
    assert not errors, "the app logged errors:\n" + "\n".join(errors)


def wait_hydrated(page, marker: str) -> None:
    """Wait for ``marker`` and for the page to be connected with its on_load run.

    Forms are prerendered: their marker shows before the page is connected, and a
    submit tapped then raced the page's connection (a CI run once lost it)."""
    page.get_by_test_id(marker).wait_for(state="visible", timeout=30_000)
    page.locator("main[data-hydrated='true']").wait_for(state="attached", timeout=30_000)


def screenshot(page, name: str) -> Path:
    """Save a full-page screenshot; the page must fit the screen's width."""
    width = page.viewport_size["width"]
    assert page.evaluate("document.documentElement.scrollWidth") <= width, f"{name} overflows"
    ARTIFACTS.mkdir(exist_ok=True)
    path = ARTIFACTS / f"{name}.png"
    page.screenshot(path=str(path), full_page=True)
    return path
