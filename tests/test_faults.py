"""What the database layer does when the database misbehaves, on SQLite and PostgreSQL.

Each test makes the fault for real (a second writer, a read-only database, a full
disk, a server restart) and checks the outcome: the stale save is refused, nothing is
half-written, the error is named (``db.failure_kind``), and the same engine works
again once the database is back. The app-level journeys are in tests/browser/test_faults.py.
"""

import os
import sqlite3
import subprocess
import threading
import time

import pytest
import sqlalchemy as sa
from sqlmodel import Session

from digital_family.base import db
from digital_family.base.models import Household, Member
from digital_family.households import edits
from tests import ward as wardlib


@pytest.fixture(autouse=True)
def _fast_hashing(monkeypatch):
    yield from wardlib.fast_hashing(monkeypatch)


def _member(engine, ward) -> tuple[int, int]:
    """(a member of household h1, the household's version)."""
    with Session(engine) as s:
        member_id = s.execute(
            sa.select(Member.id).where(Member.household_id == ward.h1).order_by(Member.id)
        ).scalars().first()
        return member_id, s.get(Household, ward.h1).version


def _saved(engine, ward, member_id) -> tuple[int, bool, bool]:
    """(version, has_smartphone, has_epayment) as the database holds them now."""
    with Session(engine) as s:
        member = s.get(Member, member_id)
        return s.get(Household, ward.h1).version, member.has_smartphone, member.has_epayment


def _wait_until_blocked(engine, database_kind: str) -> bool:
    """Give the second writer time to reach the lock the first one holds (on PostgreSQL,
    until it is seen waiting). The outcome checked does not depend on it: a writer that
    comes after the commit sees the new version all the same."""
    if database_kind != "postgresql":
        time.sleep(0.5)
        return True
    deadline = time.monotonic() + 120  # a bound for a loaded machine, not a measure
    with engine.connect() as conn:
        while time.monotonic() < deadline:
            waiting = conn.execute(sa.text(
                "SELECT count(*) FROM pg_stat_activity "
                "WHERE wait_event_type = 'Lock' AND datname = current_database()"
            )).scalar()
            if waiting:
                return True
            conn.rollback()  # pg_stat_activity is a snapshot taken once per transaction
            time.sleep(0.02)
    return False


def test_two_writers_at_once_the_stale_one_is_refused(engine, ward, database_kind):
    """Two workers save the same household from the same version: one wins, the other
    is refused with StaleVersionError and writes nothing, even while it waited on the
    first one's lock (PostgreSQL re-checks the WHERE after the lock is released)."""
    member_id, version = _member(engine, ward)
    outcome = {}

    def second_worker():
        try:
            with db.session_scope(engine) as s:
                edits.update_member(s, ward.leader1, member_id,
                                         expected_version=version, has_epayment=True)
            outcome["second"] = "saved"
        except edits.StaleVersionError:
            outcome["second"] = "stale"
        except Exception as exc:  # reported below, not swallowed
            outcome["second"] = repr(exc)

    with Session(engine) as first:
        edits.update_member(first, ward.resident1, member_id,
                                 expected_version=version, has_smartphone=True)
        first.flush()  # the household row is now locked by this transaction
        other = threading.Thread(target=second_worker)
        other.start()
        assert _wait_until_blocked(engine, database_kind), "the second save never waited"
        first.commit()
    other.join(timeout=60)
    assert outcome == {"second": "stale"}
    assert _saved(engine, ward, member_id) == (version + 1, True, False)


def _read_only_engine(db_url, database_kind, request) -> sa.Engine:
    if database_kind == "sqlite":
        path = sa.engine.make_url(db_url).database
        return db.make_engine(f"sqlite:///file:{path}?mode=ro&uri=true")
    # what a DBA (or a hot standby) does: every new transaction is read-only
    name = sa.engine.make_url(db_url).database
    request.getfixturevalue("postgres").execute(
        f'ALTER DATABASE "{name}" SET default_transaction_read_only = on')
    return db.make_engine(db_url)


def test_a_read_only_database_refuses_the_save_whole(db_url, engine, ward, database_kind,
                                                     request):
    member_id, version = _member(engine, ward)
    read_only = _read_only_engine(db_url, database_kind, request)
    try:
        with pytest.raises(sa.exc.DBAPIError) as refused, db.session_scope(read_only) as s:
            edits.update_member(s, ward.resident1, member_id,
                                     expected_version=version, has_smartphone=True)
        assert db.failure_kind(refused.value) == db.READ_ONLY
        assert db.failure_message_key(refused.value) == "error.database_read_only"
    finally:
        read_only.dispose()
    assert _saved(engine, ward, member_id) == (version, False, False)


@pytest.fixture()
def small_disk(tmp_path):
    """A 4 MB file system of its own (tmpfs): filling it fills a real disk."""
    mount = tmp_path / "disk"
    mount.mkdir()
    done = subprocess.run(["mount", "-t", "tmpfs", "-o", "size=4m", "tmpfs", str(mount)],
                          capture_output=True, text=True)
    if done.returncode != 0:
        pytest.skip(f"needs root to mount a small tmpfs: {done.stderr.strip()}")
    yield mount
    subprocess.run(["umount", "-l", str(mount)], check=False)


def _fill(folder) -> None:
    """Write until the file system says it is full."""
    with open(folder / "filler", "wb", buffering=0) as out:
        for size in (65536, 4096, 512, 1):
            try:
                while out.write(b"\0" * size):
                    pass
            except OSError:  # ENOSPC: try smaller scraps
                pass


def test_a_full_disk_refuses_the_save_whole_and_the_next_one_works(db_url, engine, ward,
                                                                   database_kind, small_disk):
    if database_kind != "sqlite":
        pytest.skip("the SQLite file on a full disk; PostgreSQL's read-only refusal is above")
    member_id, version = _member(engine, ward)
    path = small_disk / "full.db"
    source, copy = sqlite3.connect(sa.engine.make_url(db_url).database), sqlite3.connect(path)
    source.backup(copy)  # the ward as committed, WAL included
    source.close(), copy.close()
    full = db.make_engine(f"sqlite:///{path}")
    try:
        assert _saved(full, ward, member_id) == (version, False, False)  # opens WAL and shm
        _fill(small_disk)
        with pytest.raises(sa.exc.OperationalError) as refused, db.session_scope(full) as s:
            edits.update_member(s, ward.resident1, member_id,
                                     expected_version=version, has_smartphone=True)
            edits.add_member(s, ward.resident1, ward.h1, expected_version=version + 1,
                                  full_name="Nguyễn Thị Mới " + "x" * 60, birth_year=1990,
                                  sex="female")
        assert db.failure_kind(refused.value) == db.FULL
        assert db.failure_message_key(refused.value) == "error.database_full"
        assert _saved(full, ward, member_id) == (version, False, False)

        (small_disk / "filler").unlink()
        with db.session_scope(full) as s:
            edits.update_member(s, ward.resident1, member_id,
                                     expected_version=version, has_smartphone=True)
        assert _saved(full, ward, member_id) == (version + 1, True, False)
        with full.connect() as conn:
            assert conn.exec_driver_sql("PRAGMA integrity_check").scalar() == "ok"
    finally:
        full.dispose()


def test_after_a_postgresql_restart_the_same_engine_carries_on(database_kind):
    """Down: the error says so (no crash, nothing else); up again: the app's engine works
    without being recreated (stale pooled connections are replaced on checkout)."""
    if database_kind != "postgresql":
        pytest.skip("restarts a PostgreSQL server")
    from tests.services import PostgresServer

    server = PostgresServer().start()
    try:
        url = server.create_database("restart")
        db.upgrade(url)
        engine = db.make_engine(url)
        with Session(engine) as s:
            ward = wardlib.build_ward(s)
        member_id, version = _member(engine, ward)

        server.stop()
        with pytest.raises(sa.exc.DBAPIError) as down, db.session_scope(engine) as s:
            edits.update_member(s, ward.resident1, member_id,
                                     expected_version=version, has_smartphone=True)
        assert db.failure_kind(down.value) == db.UNAVAILABLE
        assert db.failure_message_key(down.value) == "error.database"

        server.start()
        with db.session_scope(engine) as s:
            edits.update_member(s, ward.resident1, member_id,
                                     expected_version=version, has_smartphone=True)
        assert _saved(engine, ward, member_id) == (version + 1, True, False)
        engine.dispose()
    finally:
        server.destroy()


@pytest.mark.parametrize("error, kind", [
    ("DiskFull", db.FULL),
    ("ReadOnlySqlTransaction", db.READ_ONLY),
    ("AdminShutdown", db.UNAVAILABLE),
    ("CannotConnectNow", db.UNAVAILABLE),
    ("UniqueViolation", None),
    ("CheckViolation", None),
])
def test_postgresql_errors_are_named_by_their_sqlstate(error, kind):
    import psycopg.errors

    orig = getattr(psycopg.errors, error)()
    wrapped = sa.exc.DBAPIError.instance("UPDATE …", {}, orig, psycopg.Error)
    assert db.failure_kind(wrapped) == kind


def test_errors_that_are_not_the_databases_state_are_not_named():
    assert db.failure_kind(ValueError("x")) is None
    assert db.failure_kind(edits.StaleVersionError()) is None


def test_a_forked_worker_opens_its_own_connections(engine):
    """The server forks its workers after importing the app: a child must not reuse a
    pooled connection of its parent (two processes on one PostgreSQL socket)."""
    with engine.connect() as conn:
        conn.execute(sa.text("SELECT 1"))
        parents = conn.connection.dbapi_connection  # held, so its id is never reused
    assert engine.pool.checkedin() == 1
    pid = os.fork()
    if pid == 0:  # the child: exit 0 only if it got a connection of its own that works
        code = 1
        try:
            with engine.connect() as conn:
                conn.execute(sa.text("SELECT 1"))
                code = 0 if conn.connection.dbapi_connection is not parents else 3
        finally:
            os._exit(code)
    _, status = os.waitpid(pid, 0)
    assert os.waitstatus_to_exitcode(status) == 0
    with engine.connect() as conn:  # and the parent's connection still works
        assert conn.execute(sa.text("SELECT 1")).scalar() == 1
