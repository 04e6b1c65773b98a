"""What a client that speaks the websocket protocol directly can and cannot do."""

import time

from digital_family.web.pages.household import HouseholdState
from digital_family.web.pages.leader import LeaderState
from digital_family.web.pages.sign_in import SignInState
from digital_family.web.state import SessionState
from tests.browser.journeys import DEMO_PASSWORD, LEADER_PHONE, RESIDENT_PHONE
from tests.browser.test_shared_phone import run
from tests.wsclient import ReflexClient, state_name

SESSION = state_name(SessionState)


async def _signed_in(base_url: str, phone: str) -> ReflexClient:
    tab = ReflexClient(base_url)
    await tab.connect("/dang-nhap")
    await tab.send(f"{state_name(SignInState)}.sign_in", path="/dang-nhap",
                   form={"phone": phone, "password": DEMO_PASSWORD})
    await tab.wait_for(lambda c: c.get(SESSION, "token"))
    return tab


def test_the_state_store_holds_no_session_token(app_server):
    async def journey():
        tab = await _signed_in(app_server.url, LEADER_PHONE)
        await tab.send(f"{state_name(LeaderState)}.load", path="/to-truong")
        await tab.wait_for(lambda c: c.get(state_name(LeaderState), "loaded"))
        token = tab.get(SESSION, "token")
        await tab.disconnect()
        return token

    token = run(journey())
    time.sleep(3)  # the disk state manager writes its pickles a moment later
    stored = app_server.state_store_blobs()  # files on disk, or Redis values
    assert stored, "no state was written: the test would prove nothing"
    assert not [blob for blob in stored if token.encode() in blob]


def test_reconnecting_with_someone_elses_client_token_signs_nobody_in(app_server):
    async def journey():
        tab = await _signed_in(app_server.url, RESIDENT_PHONE)
        await tab.send(f"{state_name(HouseholdState)}.load_mine", path="/ho")
        await tab.wait_for(lambda c: c.get(state_name(HouseholdState), "loaded"))
        await tab.disconnect()
        # someone who learnt the tab's client token connects with it, without the token
        thief = ReflexClient(app_server.url, tab.client_token)
        await thief.connect("/ho")
        await thief.send(f"{state_name(HouseholdState)}.load_mine", path="/ho")
        await thief.wait_for(lambda c: c.events)
        await thief.settle()
        await thief.disconnect()
        return thief

    thief = run(journey())
    redirects = {e["payload"]["path"] for e in thief.events if e["name"] == "_redirect"}
    assert redirects == {"/dang-nhap"}
    household = thief.state.get(state_name(HouseholdState), {})
    assert household.get("members_rx_state_", []) == []
    assert thief.get(SESSION, "user_role") == ""


def test_malformed_arguments_get_a_message_not_a_crash(app_server):
    async def journey():
        tab = await _signed_in(app_server.url, RESIDENT_PHONE)
        await tab.send(f"{state_name(HouseholdState)}.load_mine", path="/ho")
        await tab.wait_for(lambda c: c.get(state_name(HouseholdState), "loaded"))
        change = {"id": "a" * 32, "kind": "set", "f": "has_smartphone", "v": True}
        for payload in ({"changes": [{**change, "m": "abc"}]},
                        {"changes": [{**change, "m": [1], "f": {"x": 1}, "v": "yes"}]},
                        {"changes": [{**change, "m": 10**30}]},
                        {"changes": [{**change, "m": 1, "v": "maybe"}]}):
            await tab.send(f"{state_name(HouseholdState)}.save_changes", path="/ho", **payload)
            await tab.wait_for(lambda c: c.get(state_name(HouseholdState), "notice_tone") == "red")
            tab.state[state_name(HouseholdState)]["notice_tone_rx_state_"] = ""
        for payload in ({"changes": "all of them"}, {"changes": [None, 7, "x"]}, {}):
            await tab.send(f"{state_name(HouseholdState)}.save_changes", path="/ho", **payload)
        await tab.settle()
        await tab.disconnect()

    run(journey())
    assert app_server.new_errors() == []


def test_one_socket_cannot_queue_a_flood(app_server):
    from digital_family.web import event_limits

    flood = 10 * event_limits.BURST

    async def journey():
        tab = ReflexClient(app_server.url)
        await tab.connect("/ho")
        await tab.settle()
        answered = tab.messages
        for i in range(flood):  # each one changes a var, so each one run is answered
            await tab.send(f"{state_name(HouseholdState)}.start_edit", path="/ho",
                           member_id=1 + i % 2)
        await tab.settle(quiet=1.0, timeout=60)
        other = ReflexClient(app_server.url)
        await other.connect("/ho")
        await other.send(f"{state_name(HouseholdState)}.start_edit", path="/ho", member_id=7)
        await other.wait_for(lambda c: c.get(state_name(HouseholdState), "editing_id") == 7)
        await tab.disconnect()
        await other.disconnect()
        return tab.messages - answered

    ran = run(journey())
    assert 0 < ran < flood / 2
    warnings = [line for line in app_server.log.read_text().splitlines()
                if "dropping events from socket" in line]
    assert warnings
