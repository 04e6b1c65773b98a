"""Throwaway PostgreSQL and Redis servers on free 127.0.0.1 ports, for tests and benches.

Hand-written rather than pytest-postgresql / pytest-redis: those run ``pg_ctl`` as the
current user, and PostgreSQL refuses to run as root (CI's user). Here the server runs
as the ``postgres`` user when we are root, can be stopped and started again on the
same port (the fault tests restart it), and serves template databases so each test
gets a fresh migrated database in a few milliseconds.
"""

from __future__ import annotations

import glob
import os
import pwd
import shutil
import signal
import socket
import subprocess
import tempfile
import time
from pathlib import Path

# Ports of TEST_PORTS this process reserved: a lock file each, held until it exits, so
# that two runs sharing the range (tests beside a bench) never hand out the same port.
# A free-looking port is not enough: granian listens with SO_REUSEPORT, and a second
# server on the same port would share its connections.
_RESERVED: dict[int, object] = {}
_RESERVATIONS = Path(tempfile.gettempdir()) / "gds-test-ports"


def free_port() -> int:
    """A free 127.0.0.1 port: any, or one of ``TEST_PORTS`` ("4600-4699") when set, so
    that runs sharing a machine can keep to ports of their own."""
    wanted = os.environ.get("TEST_PORTS", "")
    if not wanted:
        with socket.socket() as s:
            s.bind(("127.0.0.1", 0))
            return s.getsockname()[1]
    import fcntl

    low, _, high = wanted.partition("-")
    _RESERVATIONS.mkdir(exist_ok=True)
    for port in range(int(low), int(high or low) + 1):
        if port in _RESERVED:
            continue
        lock = open(_RESERVATIONS / f"{port}.lock", "w")  # noqa: SIM115 - held until exit
        try:
            fcntl.flock(lock, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except OSError:
            lock.close()
            continue  # another run holds it
        with socket.socket() as s:
            try:
                s.bind(("127.0.0.1", port))
            except OSError:
                lock.close()
                continue
        _RESERVED[port] = lock
        return port
    raise RuntimeError(f"no free port in TEST_PORTS={wanted}")


def _wait_for_port(port: int, proc: subprocess.Popen, what: str, log: Path, timeout=60) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if proc.poll() is not None:
            raise RuntimeError(f"{what} exited with {proc.returncode}:\n{_tail(log)}")
        try:
            with socket.create_connection(("127.0.0.1", port), timeout=1):
                return
        except OSError:
            time.sleep(0.05)
    raise RuntimeError(f"{what} did not start in {timeout} s:\n{_tail(log)}")


def _tail(log: Path) -> str:
    try:
        return log.read_text(errors="replace")[-3000:]
    except OSError:
        return ""


def _stop_process(proc: subprocess.Popen | None, sig=signal.SIGTERM, timeout=30) -> None:
    if proc is None or proc.poll() is not None:
        return
    proc.send_signal(sig)
    try:
        proc.wait(timeout=timeout)
    except subprocess.TimeoutExpired:
        proc.kill()
        proc.wait()


class _Server:
    """A server process of ours in a temporary folder: stop, start again, remove."""

    proc: subprocess.Popen | None = None
    dir: Path
    stop_signal = signal.SIGTERM

    def start(self):
        raise NotImplementedError

    def stop(self) -> None:
        _stop_process(self.proc, self.stop_signal)
        self.proc = None

    def restart(self) -> None:
        """Stop and start again on the same port."""
        self.stop()
        self.start()

    def destroy(self) -> None:
        self.stop()
        shutil.rmtree(self.dir, ignore_errors=True)


def postgres_bin() -> Path:
    """The folder holding initdb and postgres (``POSTGRES_BIN`` or Debian's newest)."""
    if os.environ.get("POSTGRES_BIN"):
        return Path(os.environ["POSTGRES_BIN"])
    found = sorted(glob.glob("/usr/lib/postgresql/*/bin"), key=lambda p: int(p.split("/")[-2]))
    if not found:
        raise RuntimeError(
            "PostgreSQL's server binaries are missing: run `bash scripts/ensure-services` "
            "(as root) or set POSTGRES_BIN."
        )
    return Path(found[-1])


class PostgresServer(_Server):
    """A PostgreSQL cluster in a temporary folder, for tests only (fsync off)."""

    stop_signal = signal.SIGINT  # fast shutdown: connections are cut, data is kept

    def __init__(self) -> None:
        self.bin = postgres_bin()
        self.port = free_port()
        self.dir = Path(tempfile.mkdtemp(prefix="gds-pg-"))
        self.data = self.dir / "data"
        self.log = self.dir / "server.log"
        self.proc: subprocess.Popen | None = None
        self._user: dict = {}
        if os.geteuid() == 0:  # PostgreSQL refuses to run as root
            pw = pwd.getpwnam("postgres")
            self._user = {"user": pw.pw_uid, "group": pw.pw_gid, "extra_groups": []}
            os.chown(self.dir, pw.pw_uid, pw.pw_gid)
        subprocess.run(
            [self.bin / "initdb", "-D", self.data, "-U", "postgres", "--auth=trust",
             "--encoding=UTF8", "--locale=C.UTF-8", "--no-sync"],
            check=True, capture_output=True, **self._user,
        )

    def start(self) -> PostgresServer:
        with open(self.log, "ab") as out:
            if self._user:
                os.chown(self.log, self._user["user"], self._user["group"])
            self.proc = subprocess.Popen(
                [self.bin / "postgres", "-D", self.data, "-p", str(self.port),
                 "-c", "listen_addresses=127.0.0.1", "-c", "unix_socket_directories=",
                 "-c", "fsync=off", "-c", "synchronous_commit=off",
                 "-c", "full_page_writes=off", "-c", "max_connections=300",
                 # a server set to the ward's own zone: dates must not depend on it
                 "-c", "timezone=Asia/Ho_Chi_Minh"],
                stdout=out, stderr=subprocess.STDOUT, start_new_session=True, **self._user,
            )
        _wait_for_port(self.port, self.proc, "PostgreSQL", self.log)
        self._wait_ready()
        return self

    def _wait_ready(self, timeout: float = 30) -> None:
        import psycopg

        deadline = time.monotonic() + timeout
        while True:
            try:
                psycopg.connect(self.dsn("postgres"), connect_timeout=2).close()
                return
            except psycopg.OperationalError:  # "the database system is starting up"
                if time.monotonic() > deadline:
                    raise
                time.sleep(0.05)

    def dsn(self, database: str) -> str:
        return f"postgresql://postgres@127.0.0.1:{self.port}/{database}"

    def url(self, database: str) -> str:
        """The SQLAlchemy URL (psycopg 3) of one database."""
        return f"postgresql+psycopg://postgres@127.0.0.1:{self.port}/{database}"

    def execute(self, sql: str) -> None:
        """Run a statement outside a transaction (CREATE/DROP DATABASE)."""
        import psycopg

        with psycopg.connect(self.dsn("postgres"), autocommit=True) as conn:
            conn.execute(sql)

    def create_database(self, name: str, template: str | None = None) -> str:
        self.execute(f'CREATE DATABASE "{name}"' + (f' TEMPLATE "{template}"' if template else ""))
        return self.url(name)

    def drop_database(self, name: str) -> None:
        self.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')


class RedisServer(_Server):
    """redis-server on a free port, nothing saved to disk (a restart forgets everything)."""

    def __init__(self) -> None:
        if shutil.which("redis-server") is None:
            raise RuntimeError(
                "redis-server is missing: run `bash scripts/ensure-services` (as root) "
                "or install Debian's redis-server."
            )
        self.port = free_port()
        self.dir = Path(tempfile.mkdtemp(prefix="gds-redis-"))
        self.log = self.dir / "server.log"
        self.proc: subprocess.Popen | None = None

    @property
    def url(self) -> str:
        return f"redis://127.0.0.1:{self.port}/0"

    def start(self) -> RedisServer:
        with open(self.log, "ab") as out:
            self.proc = subprocess.Popen(
                ["redis-server", "--port", str(self.port), "--bind", "127.0.0.1",
                 "--save", "", "--appendonly", "no", "--dir", str(self.dir)],
                stdout=out, stderr=subprocess.STDOUT, start_new_session=True,
            )
        _wait_for_port(self.port, self.proc, "redis-server", self.log)
        return self



class DatabaseCopies:
    """Fresh copies of a template database, made and dropped by a background thread.

    CREATE DATABASE … TEMPLATE takes ~150 ms and DROP ~60 ms here; a test that takes
    a copy made in advance, and leaves its drop to the thread, waits for neither.
    """

    def __init__(self, server: PostgresServer, template: str, ahead: int = 2) -> None:
        import itertools
        import threading

        self.server, self.template, self.ahead = server, template, ahead
        self._names = (f"{template}_{n}" for n in itertools.count(1))
        self._ready: list[str] = []
        self._to_drop: list[str] = []
        self._error: BaseException | None = None
        self._stopping = False
        self._cond = threading.Condition()
        self._thread = threading.Thread(target=self._work, name="database-copies", daemon=True)
        self._thread.start()

    def _work(self) -> None:
        while True:
            with self._cond:
                self._cond.wait_for(
                    lambda: self._stopping or self._to_drop or len(self._ready) < self.ahead)
                if self._stopping and not self._to_drop:
                    return
                drop = self._to_drop.pop() if self._to_drop else None
                create = None if drop or self._stopping else next(self._names)
            try:
                if drop:
                    self.server.drop_database(drop)
                else:
                    self.server.create_database(create, template=self.template)
            except BaseException as exc:  # surfaced to the test waiting in take()
                with self._cond:
                    self._error = exc
                    self._cond.notify_all()
                return
            if create:
                with self._cond:
                    self._ready.append(create)
                    self._cond.notify_all()

    def take(self) -> str:
        """The name of a fresh copy (waits for one if none is ready)."""
        with self._cond:
            self._cond.wait_for(lambda: self._ready or self._error, timeout=120)
            if self._error:
                raise RuntimeError("could not copy the template database") from self._error
            name = self._ready.pop(0)
            self._cond.notify_all()
            return name

    def give_back(self, name: str) -> None:
        """Drop a copy later, in the background."""
        with self._cond:
            self._to_drop.append(name)
            self._cond.notify_all()

    def close(self) -> None:
        """Drop every copy (used or not) and stop the thread."""
        with self._cond:
            self._to_drop += self._ready
            self._ready.clear()
            self._stopping = True
            self._cond.notify_all()
        self._thread.join(timeout=120)
