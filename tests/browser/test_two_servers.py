"""More than one machine (issue 22 point 6): two app servers, each with its workers,
behind nginx, on the run's one PostgreSQL and one Redis (tests/two_servers.py, what
`make run-two-servers` starts).

A phone moves from one server to the other in the middle of its answers (the first is
stopped) and loses nothing: its sign-in, its answers, the answer its outbox kept, sent
once. A lock made through one server refuses the account's tab on the other at its next
tap: the servers run with a ten-minute signed-in cache, so only the drop published
through Redis can explain the refusal.

Run with ``--database postgresql`` (as `make test` does); skipped on the SQLite set-up.
"""

import re
import shutil
import time

import pytest
import sqlalchemy as sa
from playwright.sync_api import expect

from digital_family.access import accounts
from digital_family.base.models import AppliedChange, Member
from digital_family.base.permissions import SYSTEM
from digital_family.base.settings import PROJECT_DIR
from tests.browser.budget import JOURNEY_PASSWORD, create_family
from tests.browser.conftest import ARTIFACTS, SERVER_ERROR, wait_hydrated
from tests.browser.journeys import session_for, sign_in
from tests.two_servers import TwoServers, nginx_binary

ADMIN_PHONE = "0900000001"
RESIDENT_PHONE = "0987652202"
AMBASSADOR_PHONE = "0987652201"
MOVE = 45_000  # ms: a stopped server's tabs reconnect through nginx to the other
# Chromium logs the socket that broke when its server stopped and the failed retries
RECONNECT_CONSOLE = (r"WebSocket connection to .* failed", r"net::ERR_INTERNET_DISCONNECTED",
                     r"Failed to load resource")


@pytest.fixture(scope="module")
def two(app_server):
    if not app_server.scaled:
        pytest.skip("the scaled set-up only: pytest -m browser --database postgresql")
    try:
        nginx_binary()
    except RuntimeError as missing:
        pytest.skip(str(missing))
    # The run's own build serves here too: its websocket address is "localhost" on the
    # app's port, which a page opened from 127.0.0.2 on that port reaches, so nginx
    # listens there (all of 127.0.0.0/8 is this machine) and nothing is built again.
    port = int(app_server.url.rsplit(":", 1)[1])
    servers = TwoServers(app_server.db_url, app_server.redis.url, port=port,
                         host="127.0.0.2", workers=2, web_dir=PROJECT_DIR / ".web-test",
                         build=False, extra_env={"ACTOR_CACHE_SECONDS": "600"})
    try:
        servers.start()
        print(f"\ntwo servers: serving through nginx after {servers.start_seconds:.1f} s")
        yield servers
    finally:
        servers.stop()
        ARTIFACTS.mkdir(exist_ok=True)
        for server in servers.servers:
            if server.log.exists():
                (ARTIFACTS / f"two-servers-{server.name}.log").write_bytes(
                    server.log.read_bytes())
        shutil.rmtree(servers.work, ignore_errors=True)


@pytest.fixture()
def phones(browser, browser_context_args, two):
    """New phones (browser contexts) on nginx's address, closed after the test."""
    made = []

    def new_phone():
        page, errors = _phone(browser, browser_context_args, two)
        made.append(page.context)
        return page, errors

    yield new_phone
    for context in made:
        context.close()


def _phone(browser, browser_context_args, two):
    context = browser.new_context(**{**browser_context_args, "base_url": two.url})
    page = context.new_page()
    errors: list[str] = []
    page.on("pageerror", lambda exc: errors.append(f"page error: {exc}"))
    page.on("console", lambda msg: errors.append(f"console: {msg.text}")
            if msg.type == "error" and not any(re.search(p, msg.text)
                                               for p in RECONNECT_CONSOLE) else None)
    return page, errors


def _sockets(two) -> dict[str, int]:
    return {s.name: s.open_sockets() for s in two.servers if s.running}


def _held_by(two, before: dict[str, int]):
    """The one server holding a websocket that was not there ``before``."""
    deadline = time.monotonic() + 10
    counts = before
    while time.monotonic() < deadline:
        counts = _sockets(two)
        grown = [name for name, n in counts.items() if n > before.get(name, 0)]
        if len(grown) == 1:
            return next(s for s in two.servers if s.name == grown[0]), counts
        time.sleep(0.1)
    raise AssertionError(f"no single server took the tab's socket: {counts}")


def _server_errors(two) -> list[str]:
    return [line for server in two.servers
            for line in server.log.read_text(errors="replace").splitlines()
            if SERVER_ERROR.search(line)]


def test_a_lock_through_one_server_refuses_the_tab_on_the_other(two, phones):
    with session_for(two) as session:
        if accounts.get_user_by_phone(session, AMBASSADOR_PHONE) is None:
            accounts.create_user(session, SYSTEM, phone=AMBASSADOR_PHONE,
                                 password=JOURNEY_PASSWORD, role="ambassador",
                                 full_name="Lê Văn Khoá", group_codes=["TDP03"])
    before = _sockets(two)
    admin, admin_errors = phones()
    sign_in(admin, ADMIN_PHONE)
    admin.goto("/quan-tri")
    wait_hydrated(admin, "admin-ready")
    admin_server, counts = _held_by(two, before)

    # least_conn: the second phone's socket goes to the server without one
    ambassador, ambassador_errors = phones()
    sign_in(ambassador, AMBASSADOR_PHONE, JOURNEY_PASSWORD)
    ambassador_server, _ = _held_by(two, counts)
    assert ambassador_server is not admin_server, "both phones on one server"

    admin.get_by_test_id("tab-staff").click()
    line = admin.get_by_test_id("staff-row").filter(has_text=AMBASSADOR_PHONE)
    line.get_by_role("button", name="Khoá").click()
    expect(line.get_by_test_id("admin-notice")).to_have_text("Đã lưu thay đổi.")

    # the ambassador's next tap, on the other server, whose cache held him for 10 minutes
    ambassador.get_by_test_id("account-link").click()
    expect(ambassador).to_have_url(re.compile(r"/dang-nhap/?$"), timeout=10_000)
    expect(ambassador.get_by_test_id("sign-out")).to_have_count(0)
    assert ambassador_server.running and admin_server.running
    assert not admin_errors + ambassador_errors
    assert not _server_errors(two)


def _answers(two, household_id: int) -> tuple:
    with session_for(two) as session:
        hung = session.execute(sa.select(Member).where(
            Member.household_id == household_id, Member.full_name == "Nguyễn Văn Hùng")
        ).scalar_one()
        applied = session.execute(sa.select(sa.func.count()).select_from(AppliedChange).where(
            AppliedChange.household_id == household_id, AppliedChange.kind == "set")
        ).scalar_one()
        return hung.has_smartphone, hung.has_epayment, applied


def _answer(step, control: str, name: str):
    button = step.get_by_test_id(f"{control}-control").get_by_role("button", name=name,
                                                                    exact=True)
    button.click()
    expect(button).to_have_attribute("aria-pressed", "true")
    return button


def test_a_phone_moves_to_the_other_server_and_loses_nothing(two, phones):
    household_id = create_family(two, RESIDENT_PHONE)
    assert _answers(two, household_id) == (False, False, 0)
    before = _sockets(two)
    page, page_errors = phones()
    page.goto("/dang-nhap")
    wait_hydrated(page, "sign-in-form")
    page.get_by_label("Số điện thoại").fill(RESIDENT_PHONE)
    page.get_by_label("Mật khẩu", exact=True).fill(JOURNEY_PASSWORD)
    page.get_by_role("button", name="Đăng nhập", exact=True).last.click()
    wait_hydrated(page, "family-overview")
    page.get_by_test_id("step-start").click()
    step = page.get_by_test_id("member-step")
    expect(step).to_have_attribute("data-member", "Nguyễn Văn Hùng")

    # an answer saved on the server that holds the tab
    _answer(step, "has_smartphone", "Có")
    expect(step.get_by_test_id("saved-has_smartphone")).to_contain_text("Đã lưu")
    first, _ = _held_by(two, before)
    other = next(s for s in two.servers if s is not first)
    assert _answers(two, household_id) == (True, False, 1)

    # an answer the phone keeps (no signal), then the server that held the tab stops
    page.context.set_offline(True)
    _answer(step, "has_epayment", "Có")
    expect(step.get_by_test_id("saved-has_epayment")).to_contain_text("Chờ gửi")
    first.stop()
    assert _answers(two, household_id) == (True, False, 1)

    # the signal is back: nginx sends the tab to the other server, which takes the kept
    # answer once, knows who the phone is and what it answered before
    page.context.set_offline(False)
    expect(step.get_by_test_id("saved-has_epayment")).to_contain_text("Đã lưu", timeout=MOVE)
    page.wait_for_function("() => window.gdsOutbox && window.gdsOutbox.pending().length === 0",
                           timeout=MOVE)
    assert not first.running and other.open_sockets() > 0
    assert _answers(two, household_id) == (True, True, 2)
    expect(page.get_by_test_id("sign-out")).to_be_visible()

    page.reload()
    wait_hydrated(page, "member-step")
    step = page.get_by_test_id("member-step")
    for control in ("has_smartphone", "has_epayment"):
        expect(step.get_by_test_id(f"{control}-control").get_by_role(
            "button", name="Có", exact=True)).to_have_attribute("aria-pressed", "true")
    assert page.evaluate("localStorage.getItem('gds_outbox')") == "[]"
    assert _answers(two, household_id) == (True, True, 2)  # nothing sent twice
    assert not page_errors
    errors = [line for line in other.log.read_text(errors="replace").splitlines()
              if SERVER_ERROR.search(line)]
    assert not errors, "\n".join(errors)
