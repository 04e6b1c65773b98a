"""What one answer tapped on the household page costs on the wire (issue 21): the
server answers a tap with one message, the acknowledgement inside the page's update."""

import json

from digital_family.web.pages.household import HouseholdState
from digital_family.web.pages.sign_in import SignInState
from digital_family.web.state import SessionState
from tests.browser.budget import JOURNEY_PASSWORD, create_family
from tests.browser.test_shared_phone import run
from tests.wsclient import ReflexClient, state_name

HOUSEHOLD, SESSION = state_name(HouseholdState), state_name(SessionState)
PHONE = "0987652204"
CHANGE = "a1b2c3d4e5f60718293a4b5c6d7e8f90"


async def _signed_in_household(url: str) -> ReflexClient:
    tab = ReflexClient(url, keep=True)
    await tab.connect("/dang-nhap")
    await tab.send(f"{state_name(SignInState)}.sign_in", path="/dang-nhap",
                   form={"phone": PHONE, "password": JOURNEY_PASSWORD})
    await tab.wait_for(lambda c: c.get(SESSION, "token"), timeout=30)
    await tab.send(f"{HOUSEHOLD}.load_mine", path="/ho")
    await tab.wait_for(lambda c: c.get(HOUSEHOLD, "loaded"), timeout=30)
    await tab.settle()
    return tab


def _tap_messages(app_server, change_id: str) -> list[dict]:
    """What the server sent back for one answer (the outbox's change ``change_id``)."""
    async def journey():
        tab = await _signed_in_household(app_server.url)
        member = tab.get(HOUSEHOLD, "members")[0]
        assert tab.received is not None
        seen = len(tab.received)
        await tab.send(f"{HOUSEHOLD}.save_changes", path="/ho", changes=[{
            "id": change_id, "kind": "set", "m": member["id"], "f": "has_smartphone",
            "v": not member["has_smartphone"]}])
        await tab.wait_for(lambda c: change_id in json.dumps(c.received[seen:]), timeout=30)
        await tab.settle(quiet=1.0)
        messages = tab.received[seen:]
        await tab.disconnect()
        return messages

    return run(journey())


def test_a_tap_is_answered_in_one_message_with_its_acknowledgement(app_server):
    create_family(app_server, PHONE)
    messages = _tap_messages(app_server, CHANGE)
    size = sum(len(json.dumps(m, ensure_ascii=False).encode()) for m in messages)
    print(f"\na tap's answer: {len(messages)} message(s), {size} bytes")
    assert len(messages) == 1, [list(m) for m in messages]
    (message,) = messages
    assert not message.get("events")  # no script sent after the update
    update = message["delta"][HOUSEHOLD]
    assert CHANGE in update["outbox_ack_rx_state_"]["done"]


def test_a_tap_sends_the_person_it_changed_not_the_family(app_server):
    """The update carries the one person the answer changed (``member_updates``, which
    the phone puts into its list), not the family's list; the server's own list has the
    change too: the page's next load finds nothing to send."""
    create_family(app_server, PHONE)

    async def journey():
        tab = await _signed_in_household(app_server.url)
        assert tab.received is not None
        family = tab.get(HOUSEHOLD, "members")
        member = family[1]
        seen = len(tab.received)
        await tab.send(f"{HOUSEHOLD}.save_changes", path="/ho", changes=[{
            "id": "b1b2c3d4e5f60718293a4b5c6d7e8f90", "kind": "set", "m": member["id"],
            "f": "has_epayment", "v": not member["has_epayment"]}])
        await tab.wait_for(lambda c: len(c.received) > seen, timeout=30)
        await tab.settle(quiet=1.0)
        tapped = tab.received[seen:]
        seen = len(tab.received)
        await tab.send(f"{HOUSEHOLD}.load_mine", path="/ho")
        await tab.wait_for(lambda c: len(c.received) > seen, timeout=30)
        await tab.settle(quiet=1.0)
        reloaded = tab.received[seen:]
        await tab.disconnect()
        return family, member, tapped, reloaded

    family, member, tapped, reloaded = run(journey())
    update = tapped[0]["delta"][HOUSEHOLD]
    size = len(json.dumps(tapped[0], ensure_ascii=False).encode())
    whole = len(json.dumps(family, ensure_ascii=False).encode())
    print(f"\na tap's update: {size} bytes (the family's list alone: {whole} bytes);"
          f" sent: {sorted(update)}")
    assert "members_rx_state_" not in update
    (card,) = update["member_updates_rx_state_"]
    assert card["id"] == member["id"] and card["has_epayment"] is not member["has_epayment"]
    assert {k: v for k, v in card.items() if k not in ("has_epayment", "checked")} == {
        k: v for k, v in member.items() if k not in ("has_epayment", "checked")}
    assert size < whole
    # the server's list already has it: loading the page again sends no list
    assert all("members_rx_state_" not in (m.get("delta") or {}).get(HOUSEHOLD, {})
               for m in reloaded)
