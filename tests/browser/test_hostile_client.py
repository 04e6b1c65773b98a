"""What a client that speaks the websocket protocol directly can and cannot do."""

import time
import urllib.error
import urllib.request
import uuid

import pytest
import socketio
import sqlalchemy as sa

from digital_family.web.pages.household import HouseholdState
from digital_family.web.pages.leader import LeaderState
from digital_family.web.pages.sign_in import SignInState
from digital_family.web.state import SessionState
from tests.browser.journeys import (
    DEMO_PASSWORD,
    LEADER_PHONE,
    RESIDENT_PHONE,
    demo_staff,
    session_for,
)
from tests.browser.test_shared_phone import run
from tests.wsclient import ReflexClient, state_name

SESSION = state_name(SessionState)
OTHER_AMBASSADOR_PHONE = "0987650620"  # an ambassador staff have not allowed (made by its test)


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
        return token, tab.client_token

    token, client_token = run(journey())
    time.sleep(3)  # the disk state manager writes its pickles a moment later
    if app_server.scaled:  # Redis: the tab's worker writes it back when its lease ends
        import redis

        client = redis.Redis.from_url(app_server.redis.url)
        deadline = time.monotonic() + 15
        while client.exists(f"{client_token}_lock") and time.monotonic() < deadline:
            time.sleep(0.2)
        client.close()
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


@pytest.mark.parametrize("token", [["a", "b"], {"x": 1}, 12345, None])
def test_a_token_that_is_not_text_signs_nobody_in_and_crashes_nothing(app_server, token):
    async def journey():
        tab = ReflexClient(app_server.url)
        await tab.connect("/ho", storage={f"{SESSION}.token_rx_state_": token})
        await tab.send(f"{SESSION}.refresh_user", path="/ho")
        await tab.send(f"{state_name(HouseholdState)}.load_mine", path="/ho")
        await tab.wait_for(lambda c: c.events)
        await tab.settle()
        await tab.disconnect()
        return tab

    app_server.new_errors()
    tab = run(journey())
    assert tab.get(SESSION, "user_role") in ("", None)
    assert {e["payload"]["path"] for e in tab.events if e["name"] == "_redirect"} == {"/dang-nhap"}
    assert app_server.new_errors() == []


def test_a_page_of_another_site_cannot_open_the_websocket(app_server):
    async def connect(origin: str | None) -> bool:
        client = socketio.AsyncClient(reconnection=False)
        try:
            await client.connect(f"{app_server.url}?token={uuid.uuid4()}", socketio_path="_event",
                                 transports=["websocket"], namespaces=["/_event"],
                                 headers={"Origin": origin} if origin else {}, wait_timeout=10)
        except socketio.exceptions.ConnectionError:
            return False
        await client.disconnect()
        return True

    assert not run(connect("https://evil.example"))
    assert not run(connect("http://127.0.0.1.evil.example"))
    assert run(connect(app_server.url))  # the app's own pages
    assert run(connect(None))  # not a browser's page (no Origin): nothing to forge


def test_an_upload_from_a_tab_nobody_granted_is_refused_before_it_is_kept(app_server):
    from digital_family.base.models import upload_slot
    from digital_family.web.pages.admin import AdminState

    body = (b"--x\r\nContent-Disposition: form-data; name=\"files\"; filename=\"a.csv\"\r\n"
            b"Content-Type: text/csv\r\n\r\n" + b"household_code\n" * 1000 + b"\r\n--x--\r\n")
    for token in (str(uuid.uuid4()), "", "x" * 300):
        request = urllib.request.Request(
            app_server.url + "/_upload", method="POST", data=body,
            headers={"Content-Type": "multipart/form-data; boundary=x",
                     "Reflex-Client-Token": token,
                     "Reflex-Event-Handler": f"{state_name(AdminState)}.upload_register"})
        with pytest.raises(urllib.error.HTTPError) as info:
            urllib.request.urlopen(request, timeout=10)
        assert info.value.code == 403
    with session_for(app_server) as session:
        kept = session.execute(sa.select(sa.func.count()).select_from(upload_slot).where(
            upload_slot.c.data.is_not(None))).scalar_one()
    assert kept == 0
    assert app_server.new_errors() == []


def _counts(app_server, household_id: int) -> tuple[int, int, int]:
    with session_for(app_server) as session:
        return tuple(session.execute(sa.text(
            f"SELECT count(*) FROM {table} WHERE household_id = :h"), {"h": household_id}
        ).scalar_one() for table in ("household_visit", "visit_help", "week_plan"))


def _outside(app_server, groups: tuple[str, ...]) -> tuple[int, int]:
    """A household outside ``groups`` and one of its members."""
    with session_for(app_server) as session:
        return tuple(session.execute(sa.text(
            "SELECT h.id, m.id FROM household h JOIN residential_group g ON g.id = h.group_id"
            " JOIN member m ON m.household_id = h.id"
            f" WHERE g.code NOT IN ({', '.join(repr(g) for g in groups)})"
            " ORDER BY h.id LIMIT 1")).one())


def test_the_week_and_the_visit_handlers_reach_no_household_outside_ones_groups(app_server):
    """The leader (TDP01, TDP02) and the first ambassador (TDP01) call the week's, the
    visit record's (a change sent through the outbox) and the service point's handlers
    with a household of another group, and a resident calls the leader's: nothing is
    written, the page says no."""
    from digital_family.web.pages.walk_in import WalkInState
    from digital_family.web.pages.week import WeekState

    week, walk_in = state_name(WeekState), state_name(WalkInState)
    household, member = _outside(app_server, ("TDP01", "TDP02"))
    before = _counts(app_server, household)

    def visit() -> dict:
        return {"changes": [{"id": uuid.uuid4().hex, "kind": "visit", "h": household,
                             "o": "met", "n": "x", "hp": [[member, "vneid"]]}]}

    async def journey():
        refusals = []
        for phone, calls in (
            (LEADER_PHONE, [("add", {"household_id": household}),
                            ("save_changes", visit())]),
            ("0900000004", [("open_help", {"household_id": household}, walk_in),
                            ("choose_topic", {"topic": "vneid"}, walk_in),
                            ("save_help", {"form": {f"person:{member}": "on"}}, walk_in),
                            ("add", {"household_id": household}),
                            ("save_changes", visit())]),
            (RESIDENT_PHONE, [("add", {"household_id": household}),
                              ("save_changes", visit())]),
        ):
            tab = await _signed_in(app_server.url, phone)
            for name, args, *state in calls:
                target = state[0] if state else week
                path = "/dai-su" if target == walk_in else "/to-truong"
                await tab.send(f"{target}.{name}", path=path, **args)
                await tab.settle()
            refusals.append((phone, tab.get(week, "notice_tone"), tab.get(walk_in, "notice_tone")))
            await tab.disconnect()
        return refusals

    refusals = run(journey())
    assert _counts(app_server, household) == before
    assert all("red" in tones for _, *tones in refusals), refusals
    assert app_server.new_errors() == []


def test_a_family_cannot_sign_up_read_or_take_attendance_for_others(app_server):
    """The classes' handlers (issue 20) check the account on the server, whatever the
    browser sends: a resident of household A cannot sign up a member of household B, nor
    read B's classes, nor open a class's attendance, tick it or add a walk-in."""
    from digital_family.base.models import class_attendance, class_session, class_signup
    from digital_family.web.pages.class_attendance import AttendanceState
    from digital_family.web.pages.household.classes import HouseholdClassesState

    with session_for(app_server) as session:
        other_household, other_member = session.execute(sa.text(
            "SELECT h.id, m.id FROM household h JOIN residential_group g ON g.id = h.group_id"
            " JOIN member m ON m.household_id = h.id WHERE g.code = 'TDP03'"
            " ORDER BY h.id, m.id LIMIT 1")).one()
        ward_class = session.execute(sa.text(
            "SELECT id FROM learning_class WHERE code = 'L04'")).scalar_one()
        taught = session.execute(sa.text(
            "SELECT id FROM learning_class WHERE code = 'L01'")).scalar_one()
        taught_session = session.execute(sa.select(class_session.c.id).where(
            class_session.c.class_id == taught).order_by(class_session.c.day)).scalars().first()
        learner = session.execute(sa.select(class_signup.c.member_id).where(
            class_signup.c.class_id == taught, class_signup.c.status == "signed_up")
        ).scalars().first()
        attended_before = session.execute(sa.select(sa.func.count()).select_from(
            class_attendance).where(class_attendance.c.session_id == taught_session)
        ).scalar_one()
    family, teacher = state_name(HouseholdClassesState), state_name(AttendanceState)

    async def journey():
        tab = await _signed_in(app_server.url, RESIDENT_PHONE)
        await tab.send(f"{family}.load_mine", path="/ho")
        await tab.wait_for(lambda c: c.get(family, "loaded"))
        await tab.send(f"{family}.sign_up", path="/ho", class_id=ward_class,
                       member_id=other_member)
        await tab.wait_for(lambda c: c.get(family, "notice_tone") == "red")
        path = f"/ho/{other_household}"
        await tab.send(f"{family}.load_by_id", path=path, query={"ho_id": str(other_household)})
        await tab.wait_for(lambda c: c.get(family, "denied"))
        offers = tab.get(family, "offers", [])
        # the class's page refuses her (not its teacher), so no session is chosen; and
        # the page's ids cannot be set by hand (Reflex's setvar needs a setter: none)
        await tab.send(f"{teacher}.load", path=f"/lop-hoc/{taught}",
                       query={"lop_id": str(taught)})
        await tab.wait_for(lambda c: c.get(teacher, "denied"))
        await tab.send(f"{teacher}.set_present", path=f"/lop-hoc/{taught}",
                       member_id=learner, present=False)
        await tab.send(f"{teacher}.add_walk_in", path=f"/lop-hoc/{taught}",
                       member_id=other_member)
        await tab.settle()
        await tab.disconnect()
        # a leader reads his groups' list of the class, but cannot tick it either
        leader = await _signed_in(app_server.url, LEADER_PHONE)
        await leader.send(f"{teacher}.load", path=f"/lop-hoc/{taught}",
                          query={"lop_id": str(taught)})
        await leader.wait_for(lambda c: c.get(teacher, "loaded"))
        assert not leader.get(teacher, "denied") and not leader.get(teacher, "teaches")
        await leader.send(f"{teacher}.set_present", path=f"/lop-hoc/{taught}",
                          member_id=learner, present=False)
        await leader.wait_for(lambda c: c.get(teacher, "notice_tone") == "red")
        await leader.disconnect()
        return offers

    offers = run(journey())
    assert offers == []
    with session_for(app_server) as session:
        assert session.execute(sa.select(sa.func.count()).select_from(class_signup).where(
            class_signup.c.member_id == other_member)).scalar_one() == 0
        assert session.execute(sa.select(sa.func.count()).select_from(class_attendance).where(
            class_attendance.c.session_id == taught_session)).scalar_one() == attended_before
    assert app_server.new_errors() == []


def test_an_ambassador_staff_did_not_allow_cannot_create_a_class(app_server):
    """Issue 20 point 1: only an ambassador ward staff allow may open a class. An ambassador
    of TDP02 (not allowed) calls the classes page's create handler directly, as himself and
    naming another teacher: nothing is written."""
    from digital_family.access import accounts
    from digital_family.web.pages.classes import ClassesState

    page = state_name(ClassesState)
    with session_for(app_server) as session:
        # an ambassador of its own: the demo's second one changes his password in test_account
        accounts.create_user(session, demo_staff(session), phone=OTHER_AMBASSADOR_PHONE,
                             password=DEMO_PASSWORD, role="ambassador",
                             full_name="Đại sứ chưa được phép", group_codes=["TDP02"])
    with session_for(app_server) as session:
        assert session.execute(sa.text(
            "SELECT may_open_classes FROM user_account WHERE phone = :p"),
            {"p": OTHER_AMBASSADOR_PHONE}).scalar_one() in (False, 0)
        teacher = session.execute(sa.text(
            "SELECT id FROM user_account WHERE phone = '0900000004'")).scalar_one()
    form = {"code": "X99", "title": "Lớp không được phép", "topic:messaging": True,
            "day:0": "2030-01-15", "time:0": "18:30", "place:0": "Nhà văn hoá TDP02",
            "capacity": "10", "group:TDP02": True}

    async def journey():
        tab = await _signed_in(app_server.url, OTHER_AMBASSADOR_PHONE)
        await tab.send(f"{page}.load", path="/lop-hoc")
        await tab.wait_for(lambda c: c.get(page, "loaded"))
        offered = tab.get(page, "can_create")
        await tab.send(f"{page}.create", path="/lop-hoc", form=form)
        await tab.wait_for(lambda c: c.get(page, "notice_tone") == "red")
        await tab.send(f"{page}.create", path="/lop-hoc",
                       form={**form, "code": "X98", "teacher": str(teacher)})
        await tab.settle()
        await tab.disconnect()
        return offered

    assert run(journey()) is False
    with session_for(app_server) as session:
        assert session.execute(sa.text(
            "SELECT count(*) FROM learning_class WHERE code IN ('X98', 'X99')")).scalar_one() == 0
    assert app_server.new_errors() == []


def test_reflex_setvar_and_unknown_handlers_are_dropped_before_they_run(app_server):
    """No page sends Reflex's built-in setvar; sent by hand (for a var without a setter) it
    logged an AttributeError traceback per call, and an event naming no handler a KeyError
    traceback. Now both are dropped at the socket, with a warning, and nothing changes."""
    household = state_name(HouseholdState)

    async def journey():
        tab = await _signed_in(app_server.url, RESIDENT_PHONE)
        await tab.send(f"{household}.load_mine", path="/ho")
        await tab.wait_for(lambda c: c.get(household, "loaded"))
        for name, value in (("members", []), ("household_id", 1), ("user_role", "admin")):
            await tab.send(f"{household}.setvar", path="/ho", var_name=name, value=value)
        await tab.send(f"{household}.no_such_handler", path="/ho")  # a KeyError traceback
        await tab.settle()
        await tab.disconnect()
        return tab

    tab = run(journey())
    assert tab.get(household, "members")  # still the family's members
    assert tab.get(SESSION, "user_role") == "resident"
    assert app_server.new_errors() == []
    assert any("setvar" in line and "dropping events" in line
               for line in app_server.log.read_text().splitlines())


def _request_outside(app_server, groups: tuple[str, ...]) -> int:
    """A help request of a household outside ``groups`` (asked now if there is none)."""
    from digital_family.programmes import help_requests

    _household, member = _outside(app_server, groups)
    with session_for(app_server) as session:
        found = session.execute(sa.text(
            "SELECT r.id FROM help_request r JOIN residential_group g ON g.id = r.group_id"
            f" WHERE g.code NOT IN ({', '.join(repr(g) for g in groups)})"
            " ORDER BY r.id LIMIT 1")).scalar()
        if found is None:
            found = help_requests.create_request(session, demo_staff(session), member_id=member,
                                                 topic="online_safety").id
        return found


def _request_rows(app_server, request_id: int) -> tuple:
    with session_for(app_server) as session:
        return (tuple(session.execute(sa.text(
            "SELECT status, claimed_by_id, outcome, resolved_at FROM help_request"
            " WHERE id = :r"), {"r": request_id}).one()),
            *(session.execute(sa.text(f"SELECT count(*) FROM {table}")).scalar_one()
              for table in ("help_request_note", "household_visit", "visit_help")))


def test_the_leader_cannot_open_another_groups_help_request(app_server):
    """The banner's request (issue 18): a leader of TDP01 and TDP02 asking for a request
    of another group reads nothing of it, and is told no."""
    leader = state_name(LeaderState)
    request_id = _request_outside(app_server, ("TDP01", "TDP02"))
    before = _request_rows(app_server, request_id)

    async def journey():
        tab = await _signed_in(app_server.url, LEADER_PHONE)
        await tab.send(f"{leader}.load", path="/to-truong")
        await tab.wait_for(lambda c: c.get(leader, "loaded"))
        for rid in (request_id, str(request_id), -1, 10**12):
            tab.state[leader]["notice_tone_rx_state_"] = ""
            await tab.send(f"{leader}.open_request", path="/to-truong", request_id=rid)
            await tab.wait_for(lambda c: c.get(leader, "notice_tone") == "red")
        await tab.settle()
        shown = tab.get(leader, "request")
        await tab.disconnect()
        return shown

    shown = run(journey())
    assert not shown or shown.get("id", 0) == 0, shown
    assert _request_rows(app_server, request_id) == before


def test_an_ambassador_cannot_record_a_visit_on_a_request_not_theirs(app_server):
    """The ambassador's week (issue 18): the demo ambassador of TDP01 records a visit on
    another group's request, and on a request of his group he does not hold: nothing is
    written, the page says no."""
    from digital_family.web.pages.ambassador import AmbassadorState

    ambassador = state_name(AmbassadorState)
    other_group = _request_outside(app_server, ("TDP01",))
    with session_for(app_server) as session:  # one of TDP01 nobody holds
        own_group = session.execute(sa.text(
            "SELECT r.id FROM help_request r JOIN residential_group g ON g.id = r.group_id"
            " WHERE g.code = 'TDP01' AND r.status = 'open' ORDER BY r.id LIMIT 1")).scalar()
    ids = [r for r in (other_group, own_group) if r is not None]
    before = [_request_rows(app_server, r) for r in ids]
    form = {"helped": "on", "note": "x", "visited_on": "", "follow_up_on": ""}

    async def journey():
        tab = await _signed_in(app_server.url, "0900000004")
        await tab.send(f"{ambassador}.load", path="/dai-su")
        await tab.wait_for(lambda c: c.get(ambassador, "loaded"))
        for rid in ids:
            tab.state[ambassador]["notice_tone_rx_state_"] = ""
            await tab.send(f"{ambassador}.open_visit", path="/dai-su", request_id=rid)
            await tab.send(f"{ambassador}.choose_visit_outcome", path="/dai-su", outcome="met")
            await tab.send(f"{ambassador}.save_visit", path="/dai-su", form=form)
            await tab.wait_for(lambda c: c.get(ambassador, "notice_tone") == "red")
        await tab.settle()
        await tab.disconnect()

    run(journey())
    assert [_request_rows(app_server, r) for r in ids] == before


def test_the_household_pages_visit_record_reaches_no_household_outside_ones_groups(app_server):
    """"Ghi lần thăm" on a household's page (issue 18) sends a visit change through the
    page's save_changes: the leader (TDP01, TDP02) sending one for another group's
    household writes nothing and is told no."""
    household, member = _outside(app_server, ("TDP01", "TDP02"))
    before = _counts(app_server, household)
    page = state_name(HouseholdState)
    change = {"id": uuid.uuid4().hex, "kind": "visit", "h": household, "o": "met",
              "hp": [[member, "vneid"]], "n": "x"}

    async def journey():
        tab = await _signed_in(app_server.url, LEADER_PHONE)
        await tab.send(f"{page}.save_changes", path=f"/ho/{household}", changes=[change])
        await tab.wait_for(lambda c: c.get(page, "notice_tone") == "red")
        await tab.settle()
        await tab.disconnect()

    run(journey())
    assert _counts(app_server, household) == before


def test_a_kept_class_sign_up_reaches_no_household_outside_ones_groups(app_server):
    """A class sign-up kept on a leader's phone (issue 20) goes out through the classes'
    save_signups (only for the people of the household its page loaded) and the week's
    save_changes: the leader (TDP01, TDP02) sending one for a person of another group signs
    nobody up (the week's page tells him no), and "signup" changes sent to the household
    page's own save_changes are left for the classes."""
    from digital_family.web.pages.household.classes import HouseholdClassesState
    from digital_family.web.pages.week import WeekState

    household, member = _outside(app_server, ("TDP01", "TDP02"))
    with session_for(app_server) as session:
        ward_class = session.execute(sa.text(
            "SELECT id FROM learning_class WHERE code = 'L04'")).scalar_one()

    def signups() -> tuple[int, int]:
        with session_for(app_server) as session:
            return tuple(session.execute(sa.text(
                f"SELECT count(*) FROM {table} WHERE household_id = :h"), {"h": household}
            ).scalar_one() for table in ("class_signup", "applied_change"))

    before = signups()
    classes_page, week, family = (state_name(HouseholdClassesState), state_name(WeekState),
                                  state_name(HouseholdState))

    def change() -> dict:
        return {"id": uuid.uuid4().hex, "kind": "signup", "m": member, "c": ward_class}

    async def journey():
        tab = await _signed_in(app_server.url, LEADER_PHONE)
        await tab.send(f"{classes_page}.load_by_id", path=f"/ho/{household}",
                       query={"ho_id": str(household)})
        await tab.wait_for(lambda c: c.get(classes_page, "denied"))
        await tab.send(f"{classes_page}.save_signups", path=f"/ho/{household}",
                       changes=[change()])
        await tab.send(f"{week}.save_changes", path="/to-truong", changes=[change()])
        await tab.wait_for(lambda c: c.get(week, "notice_tone") == "red")
        await tab.send(f"{family}.save_changes", path=f"/ho/{household}", changes=[change()])
        await tab.settle()
        await tab.disconnect()

    run(journey())
    assert signups() == before
