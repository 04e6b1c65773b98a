"""The scaled set-up (PostgreSQL + Redis + 2 workers) under faults, driven from a phone.

Run with ``--database postgresql`` (as `make test` does); on the SQLite set-up they
are skipped. They run after every other browser test (they break the shared server
on purpose, and it must carry on). Outcomes are checked in the database and on the
page, never by timing; the long waits only give a killed worker time to come back.
"""

import re
import subprocess
from pathlib import Path

import pytest
import sqlalchemy as sa
from playwright.sync_api import expect

from digital_family.base.codes import SKILLS
from digital_family.base.i18n import t
from digital_family.base.models import SKILL_COLUMNS, Household, Member, UserAccount
from tests.browser.conftest import wait_hydrated
from tests.browser.journeys import (
    LEADER_PHONE,
    RESIDENT_PHONE,
    open_household,
    open_member,
    session_for,
    sign_in,
)

pytestmark = pytest.mark.faults
RECOVERY = 60_000  # ms: a respawned worker, an expired Redis lock, a reconnect


@pytest.fixture()
def scaled(app_server):
    if not app_server.scaled:
        pytest.skip("the scaled set-up only: pytest -m browser --database postgresql")
    return app_server


def _children(pid: int) -> list[int]:
    found = []
    for stat in Path("/proc").glob("[0-9]*/stat"):
        try:
            fields = stat.read_text().rsplit(")", 1)[1].split()
        except OSError:
            continue
        if int(fields[1]) == pid:
            found.append(int(stat.parent.name))
    return found


def _workers(app) -> list[int]:
    """The granian worker processes (children of the server process)."""
    return sorted(_children(app.proc.pid))


def _serving_workers(app) -> list[int]:
    """The workers holding an open connection on the app's port (the page's websocket)."""
    port = app.url.rsplit(":", 1)[1]
    out = subprocess.run(["ss", "-Htnp", "state", "established", f"( sport = :{port} )"],
                         capture_output=True, text=True).stdout
    pids = {int(p) for p in re.findall(r"pid=(\d+)", out)}
    return sorted(pids & set(_workers(app)))


def _resident(app):
    """The resident's account id, and the first member of their household (id, name)."""
    with session_for(app) as session:
        user = session.execute(
            sa.select(UserAccount).where(UserAccount.phone == RESIDENT_PHONE)).scalar_one()
        member = session.execute(
            sa.select(Member).where(Member.household_id == user.household_id)
            .order_by(Member.id)).scalars().first()
        return user.id, member.id, member.full_name


def _db_skills(app, member_id) -> dict[str, bool]:
    with session_for(app) as session:
        member = session.get(Member, member_id)
        return {code: getattr(member, col) for code, col in SKILL_COLUMNS.items()}


def _step(page, name):
    """The member's step of the household page (where a reload or reconnect keeps you)."""
    step = page.get_by_test_id("member-step")
    if not (step.is_visible() and step.get_attribute("data-member") == name):
        open_household(page)
        step = open_member(page, name)
    expect(step.get_by_test_id(f"skill-{SKILLS[0]}")).to_be_visible(timeout=RECOVERY)
    return step


def _box(step, code):
    return step.get_by_test_id(f"skill-{code}").get_by_role("checkbox")


def _tap(step, code) -> bool:
    """Tap a skill's row; the value the tap asks for."""
    wanted = _box(step, code).get_attribute("aria-checked") != "true"
    step.get_by_test_id(f"skill-{code}").locator("p").last.click()
    return wanted


def _outbox(page) -> int:
    """Answers the phone keeps until the server acknowledges them."""
    return page.evaluate("() => window.gdsOutbox ? window.gdsOutbox.pending().length : -1")


def _all_acknowledged(page, timeout: int = RECOVERY) -> None:
    page.wait_for_function("() => window.gdsOutbox && window.gdsOutbox.pending().length === 0",
                           timeout=timeout)


def _resident_page(page, name):
    sign_in(page, RESIDENT_PHONE)
    open_household(page)
    return open_member(page, name)


@pytest.mark.allow_console(r"WebSocket connection to .* failed")
def test_a_worker_killed_mid_save_loses_no_acknowledged_save(page, scaled):
    """SIGKILL the workers serving the phone right after a tap (its answer in flight):
    every answer ends up acknowledged and in the database, none twice, and the phone
    reconnects and carries on; granian replaces the dead workers."""
    _, member_id, name = _resident(scaled)
    step = _resident_page(page, name)
    workers_before = _workers(scaled)
    assert len(workers_before) == scaled.workers

    wanted: dict[str, bool] = {}
    killed: list[int] = []
    for i, code in enumerate(SKILLS):
        step = _step(page, name)
        wanted[code] = _tap(step, code)
        if i == 3:  # in the middle of this save, before its answer
            killed = _serving_workers(scaled) or workers_before
            for pid in killed:
                subprocess.run(["kill", "-KILL", str(pid)], check=True)
        else:
            _all_acknowledged(page)
    _all_acknowledged(page)

    assert _db_skills(scaled, member_id) == wanted
    # the server replaced the dead workers and is whole again
    assert scaled.proc.poll() is None
    assert killed and set(killed).isdisjoint(_workers(scaled))
    assert len(_workers(scaled)) == scaled.workers
    page.reload()
    step = _step(page, name)
    for code, value in _db_skills(scaled, member_id).items():
        expect(_box(step, code)).to_have_attribute("aria-checked", str(value).lower())


@pytest.mark.allow_console(r".*")
def test_postgresql_restarted_the_app_says_so_and_carries_on(page, scaled):
    _, member_id, name = _resident(scaled)
    step = _resident_page(page, name)
    before = _db_skills(scaled, member_id)

    scaled.postgres.stop()
    try:
        wanted = _tap(step, SKILLS[0])
        expect(page.get_by_text(t("error.database")).first).to_be_visible(timeout=RECOVERY)
        assert _outbox(page) == 1  # kept on the phone, not lost
    finally:
        scaled.postgres.start()
    assert _db_skills(scaled, member_id) == before

    # the same server, no restart: the next tap sends both, and both are saved
    other = _tap(_step(page, name), SKILLS[1])
    _all_acknowledged(page)
    saved = _db_skills(scaled, member_id)
    assert (saved[SKILLS[0]], saved[SKILLS[1]]) == (wanted, other)
    assert scaled.proc.poll() is None


@pytest.mark.allow_console(r".*")
def test_a_read_only_database_is_said_plainly_and_nothing_is_written(page, scaled):
    _, member_id, name = _resident(scaled)
    step = _resident_page(page, name)
    before = _db_skills(scaled, member_id)
    with session_for(scaled) as session:
        version = session.execute(sa.select(Household.version).join(Member).where(
            Member.id == member_id)).scalar_one()

    scaled.postgres.execute("ALTER SYSTEM SET default_transaction_read_only = on")
    scaled.postgres.execute("SELECT pg_reload_conf()")
    try:
        wanted = _tap(step, SKILLS[1])
        expect(page.get_by_test_id("status-bar")).to_contain_text(
            t("error.database_read_only"), timeout=RECOVERY)
        assert _outbox(page) == 1
    finally:
        scaled.postgres.execute("ALTER SYSTEM RESET default_transaction_read_only")
        scaled.postgres.execute("SELECT pg_reload_conf()")
    assert _db_skills(scaled, member_id) == before
    with session_for(scaled) as session:
        assert session.execute(sa.select(Household.version).join(Member).where(
            Member.id == member_id)).scalar_one() == version
    # writable again: the kept answer goes through on the next load
    page.reload()
    _step(page, name)
    _all_acknowledged(page)
    assert _db_skills(scaled, member_id)[SKILLS[1]] is wanted


@pytest.mark.allow_console(r".*")
def test_redis_restarted_nobody_is_someone_else_and_nothing_is_lost(browser, scaled,
                                                                     browser_context_args):
    """Two phones signed in (a resident, a leader); Redis loses every page state. Each
    may have to reload, but each is still who they were, and every answer is saved."""
    resident_id, member_id, name = _resident(scaled)
    resident = browser.new_context(**browser_context_args).new_page()
    leader = browser.new_context(**browser_context_args).new_page()
    step = _resident_page(resident, name)
    sign_in(leader, LEADER_PHONE)
    leader.goto("/to-truong")
    wait_hydrated(leader, "leader-ready")
    with session_for(scaled) as session:
        household_code = session.execute(sa.select(Household.code).join(Member).where(
            Member.id == member_id)).scalar_one()

    first = _tap(step, SKILLS[2])
    _all_acknowledged(resident)

    scaled.redis.restart()

    second = _tap(_step(resident, name), SKILLS[3])
    try:
        _all_acknowledged(resident, timeout=15_000)
    except Exception:  # the phone may have to reload: its outbox sends what it kept
        resident.reload()
        _step(resident, name)
        _all_acknowledged(resident)
    leader.reload()
    wait_hydrated(leader, "leader-ready")

    # Who is who has not changed (the resident's own household; the leader's own page,
    # not a sign-in page nor a household), and both answers are the resident's.
    open_household(resident)
    expect(resident.get_by_text(household_code).first).to_be_visible()
    expect(leader).to_have_url(re.compile(r"/to-truong/?$"))
    expect(leader.get_by_test_id("family-overview")).to_have_count(0)
    saved = _db_skills(scaled, member_id)
    assert (saved[SKILLS[2]], saved[SKILLS[3]]) == (first, second)
    with session_for(scaled) as session:
        assert session.get(Member, member_id).updated_by_id == resident_id
    resident.context.close()
    leader.context.close()


def test_the_health_endpoint_tells_a_load_balancer(scaled):
    import json
    import urllib.error
    import urllib.request

    with urllib.request.urlopen(scaled.url + "/healthz", timeout=10) as r:
        assert r.status == 200
        assert json.load(r) == {"healthy": True, "database": "ok", "migrations": "ok",
                                "redis": "ok"}
    scaled.redis.stop()
    try:
        with pytest.raises(urllib.error.HTTPError) as down:
            urllib.request.urlopen(scaled.url + "/healthz", timeout=10)
        assert down.value.code == 503
        body = json.load(down.value)
        assert body["healthy"] is False and body["database"] == "ok" and body["redis"] != "ok"
    finally:
        scaled.redis.start()
