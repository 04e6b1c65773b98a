"""Shared phones: after sign-out, sign-in as someone else or an expired session, no page
state of the tab holds anything of the last account — as a client that speaks the
websocket protocol sees it when it reconnects with the same client token."""

import asyncio
import threading

import pytest
import sqlalchemy as sa

from digital_family.base.models import AuthSession, UserAccount
from digital_family.web.pages.admin import AdminState
from digital_family.web.pages.ambassador import AmbassadorState
from digital_family.web.pages.household import HouseholdState
from digital_family.web.pages.households import HouseholdsState
from digital_family.web.pages.leader import LeaderState
from digital_family.web.pages.overview import OverviewState
from digital_family.web.pages.programme import ProgrammeState
from digital_family.web.pages.report import ReportState
from digital_family.web.pages.sign_in import SignInState
from digital_family.web.pages.ward import WardState
from digital_family.web.pages.week import WeekState
from digital_family.web.pages.week_sheet import WeekSheetState
from digital_family.web.state import SessionState
from tests.browser.journeys import DEMO_PASSWORD, session_for
from tests.wsclient import ReflexClient, state_name

PAGES = {  # path → the page state and its on_load handler
    "/": (OverviewState, "load"),
    "/ho/{household}": (HouseholdState, "load_by_id"),
    "/ho": (HouseholdState, "load_mine"),
    "/to": (HouseholdsState, "load"),
    "/to-truong": (LeaderState, "load"),
    "/phuong": (WardState, "load"),
    "/phuong/chuong-trinh": (ProgrammeState, "load"),
    "/bao-cao": (ReportState, "load"),
    "/quan-tri": (AdminState, "load"),
    "/dai-su": (AmbassadorState, "load"),
    "/to-truong#tuan-nay": (WeekState, "load"),  # the week at the top of the leader's home
    "/to-truong/phieu-tuan": (WeekSheetState, "load"),
}
ROLES = {  # demo account → the pages it may open
    "0900000002": ["/", "/ho/{household}", "/to", "/to-truong", "/phuong",
                   "/phuong/chuong-trinh", "/bao-cao", "/quan-tri"],
    "0900000003": ["/", "/ho/{household}", "/to", "/to-truong", "/phuong",
                   "/phuong/chuong-trinh", "/bao-cao", "/to-truong#tuan-nay",
                   "/to-truong/phieu-tuan"],
    "0900000004": ["/", "/dai-su"],
    "0900000005": ["/", "/ho"],
}
PAGE_STATES = [state_name(cls) for cls, _ in PAGES.values()] + [state_name(SignInState)]
ACCOUNT_VARS = ("user_name_rx_state_", "user_role_rx_state_", "token_rx_state_")


def run(coro):
    """Run a coroutine on a loop of its own (Playwright keeps one running in this thread)."""
    result: dict = {}

    def target():
        try:
            result["value"] = asyncio.run(coro)
        except BaseException as exc:
            result["error"] = exc

    thread = threading.Thread(target=target)
    thread.start()
    thread.join()
    if "error" in result:
        raise result["error"]
    return result.get("value")


def _household_in_tdp01(app_server) -> int:
    with session_for(app_server) as session:
        return session.execute(sa.text(
            "SELECT h.id FROM household h JOIN residential_group g ON g.id = h.group_id"
            " WHERE g.code = 'TDP01' ORDER BY h.id LIMIT 1 OFFSET 5")).scalar_one()


async def _sign_in(client: ReflexClient, phone: str) -> None:
    await client.send(f"{state_name(SignInState)}.sign_in", path="/dang-nhap",
                      form={"phone": phone, "password": DEMO_PASSWORD})
    await client.wait_for(lambda c: c.get(state_name(SessionState), "token"))


async def _open_every_page(client: ReflexClient, phone: str, household: int) -> dict:
    """Open each page the account may open; return what the pages held."""
    for pattern in ROLES[phone]:
        cls, handler = PAGES[pattern]
        path = pattern.format(household=household)
        query = {"ho_id": str(household)} if "{household}" in pattern else None
        await client.send(f"{state_name(cls)}.{handler}", path=path, query=query)
        name = state_name(cls)
        await client.wait_for(lambda c, n=name: c.get(n, "loaded"))
        assert not client.get(state_name(cls), "denied"), f"{phone} refused {path}"
    await client.settle()
    return {name: dict(values) for name, values in client.state.items() if name in PAGE_STATES}


async def _reconnected_pages(base_url: str, client_token: str, storage=None) -> dict:
    """The page states a reconnecting tab is sent at hydrate, with its client token."""
    tab = ReflexClient(base_url, client_token)
    await tab.connect("/dang-nhap", storage=storage)
    await tab.settle()
    await tab.disconnect()
    return tab.state


async def _blank_pages(base_url: str) -> dict:
    return await _reconnected_pages(base_url, client_token=None)


def _held(values: dict, blank: dict) -> dict:
    """The vars of ``values`` that differ from a fresh tab's."""
    return {
        f"{name}.{key}": value
        for name, state in values.items()
        for key, value in state.items()
        if blank.get(name, {}).get(key) != value
    }


def _leftovers(before: dict, after: dict, blank: dict) -> dict:
    """Page vars that still hold what they held for the previous account."""
    held = _held(before, blank)
    return {key: value for key, value in _held(after, blank).items()
            if key in held and held[key] == value}


@pytest.mark.parametrize("phone", sorted(ROLES))
def test_sign_out_leaves_nothing_in_page_state(app_server, phone):
    household = _household_in_tdp01(app_server)

    async def journey():
        blank = await _blank_pages(app_server.url)
        tab = ReflexClient(app_server.url)
        await tab.connect("/dang-nhap")
        await _sign_in(tab, phone)
        before = await _open_every_page(tab, phone, household)
        assert _held(before, blank), "the pages showed nothing: the test would prove nothing"
        await tab.send(f"{state_name(SessionState)}.sign_out", path="/to")
        await tab.wait_for(lambda c: not c.get(state_name(SessionState), "token"))
        await tab.settle()
        live = {name: dict(values) for name, values in tab.state.items()}
        await tab.disconnect()
        after = await _reconnected_pages(app_server.url, tab.client_token)
        session_vars = after.get(state_name(SessionState), {})
        return before, live, after, blank, {k: session_vars.get(k) for k in ACCOUNT_VARS}

    before, live, after, blank, account = run(journey())
    # the tab that signed out was told to forget it all …
    assert _leftovers(before, live, blank) == {}
    # … and the server kept nothing of it for the same client token
    assert _leftovers(before, after, blank) == {}
    assert _held({k: v for k, v in after.items() if k in PAGE_STATES}, blank) == {}
    assert account == {"user_name_rx_state_": "", "user_role_rx_state_": "",
                       "token_rx_state_": ""}


def test_signing_in_as_someone_else_forgets_the_last_account(app_server):
    household = _household_in_tdp01(app_server)

    async def journey():
        blank = await _blank_pages(app_server.url)
        tab = ReflexClient(app_server.url)
        await tab.connect("/dang-nhap")
        await _sign_in(tab, "0900000003")
        before = await _open_every_page(tab, "0900000003", household)
        # the next person on the same phone signs in without signing the leader out
        token_before = tab.get(state_name(SessionState), "token")
        await tab.send(f"{state_name(SignInState)}.sign_in", path="/dang-nhap",
                       form={"phone": "0900000005", "password": DEMO_PASSWORD})
        await tab.wait_for(lambda c: c.get(state_name(SessionState), "token") != token_before)
        await tab.settle()
        storage = {f"{state_name(SessionState)}.token_rx_state_":
                   tab.get(state_name(SessionState), "token")}
        await tab.disconnect()
        after = await _reconnected_pages(app_server.url, tab.client_token, storage)
        return before, after, blank

    before, after, blank = run(journey())
    assert _leftovers(before, after, blank) == {}
    assert _held({k: v for k, v in after.items() if k in PAGE_STATES}, blank) == {}


def test_an_expired_session_forgets_the_pages(app_server):
    household = _household_in_tdp01(app_server)

    async def journey():
        blank = await _blank_pages(app_server.url)
        tab = ReflexClient(app_server.url)
        await tab.connect("/dang-nhap")
        await _sign_in(tab, "0900000003")
        before = await _open_every_page(tab, "0900000003", household)
        with session_for(app_server) as session:
            leader = session.execute(sa.select(UserAccount.id).where(
                UserAccount.phone == "0900000003")).scalar_one()
            session.execute(sa.update(AuthSession).where(AuthSession.user_id == leader)
                            .values(expires_at=sa.func.current_timestamp()))
        await asyncio.sleep(6)  # longer than the actor cache keeps an account
        await tab.send(f"{state_name(LeaderState)}.go_to_page", path="/to-truong", page=2)
        await tab.wait_for(lambda c: c.events)  # sent to the sign-in page
        await tab.settle()
        await tab.disconnect()
        after = await _reconnected_pages(app_server.url, tab.client_token)
        return before, after, blank, tab.events

    before, after, blank, events = run(journey())
    assert any(e.get("name") == "_redirect" and e["payload"]["path"] == "/dang-nhap"
               for e in events)
    assert _leftovers(before, after, blank) == {}
