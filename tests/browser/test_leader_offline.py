"""Door to door without a signal (issue 18 point 4), with Playwright's offline mode.

A leader plans five households; the phone keeps them. Offline he opens three, answers two
questions in each and records a visit at each, reloads without a signal (the week and a
household come from the phone), then the signal comes back: every answer and visit is in
the database exactly once, and an answer the family changed meanwhile is shown beside his,
not overwritten, until he chooses.

Every tap the page requires is counted through ``Taps`` (found by its visible words)."""

import json
import re

import pytest
import sqlalchemy as sa
from playwright.sync_api import expect

from digital_family.access import accounts
from digital_family.base.models import (
    AppliedChange,
    Household,
    Member,
    household_visit,
    week_plan,
)
from digital_family.base.permissions import load_actor
from digital_family.households import consent, edits
from tests.browser.conftest import screenshot, wait_hydrated
from tests.browser.journeys import (
    LEADER_PHONE,
    assert_accessible,
    demo_staff,
    session_for,
    sign_in,
    sign_out,
)
from tests.browser.test_offline import OFFLINE_CONSOLE
from tests.browser.test_week import Taps

# open, start, two answers, the phone's back button twice (the offline banner covers the
# header's home button), record, outcome, save
VISIT_BUDGET = 9
VNEID = {0: "Chưa có", 1: "Mức 1", 2: "Mức 2"}
NEW_PERSON = "Đỗ Thị Nguyệt"


def _view(page, name: str) -> None:
    """The full page and what the 390×844 screen shows."""
    path = screenshot(page, name)
    page.screenshot(path=str(path.with_name(f"{name}-screen.png")))


def _kept(page) -> dict:
    return json.loads(page.evaluate("localStorage.getItem('gds_pack') || '{}'"))


def _cached_household_pages(page) -> int:
    return page.evaluate("""async () => {
        let n = 0;
        for (const name of await caches.keys()) {
            for (const r of await (await caches.open(name)).keys())
                if (/^\\/ho\\/\\d+$/.test(new URL(r.url).pathname)) n += 1;
        }
        return n;
    }""")


def _first_member(session, code: str) -> Member:
    return session.execute(
        sa.select(Member).join(Household, Household.id == Member.household_id)
        .where(Household.code == code).order_by(Member.birth_year, Member.id)).scalars().first()


def _answer_two(page, taps: Taps) -> tuple[bool, int]:
    """The first person's smartphone and VNeID answers, each changed: what was tapped."""
    step = page.get_by_test_id("member-step")
    phone = step.get_by_test_id("has_smartphone-control")
    had_phone = phone.get_by_role("button", name="Có", exact=True).get_attribute(
        "aria-pressed") == "true"
    new_phone = not had_phone
    taps.tap(phone.get_by_role("button", name="Có" if new_phone else "Chưa có", exact=True))
    vneid = step.get_by_test_id("vneid_level-control")
    level = next(n for n, word in VNEID.items() if vneid.get_by_role(
        "button", name=word, exact=True).get_attribute("aria-pressed") == "true")
    new_level = 2 if level != 2 else 1
    taps.tap(vneid.get_by_role("button", name=VNEID[new_level], exact=True))
    expect(vneid.get_by_role("button", name=VNEID[new_level], exact=True)).to_have_attribute(
        "aria-pressed", "true")
    expect(step.get_by_test_id("saved-vneid_level")).to_contain_text("Chờ gửi")
    return new_phone, new_level


def _record_visit(page, taps: Taps, code: str) -> None:
    row = page.get_by_test_id("plan-row").filter(has_text=code)
    taps.tap(row.get_by_role("button", name="Ghi lần thăm"))
    form = page.get_by_test_id("visit-form")
    taps.tap(form.get_by_role("button", name="Đã gặp gia đình"))
    expect(form.get_by_role("button", name="Đã gặp gia đình")).to_have_attribute(
        "aria-pressed", "true")
    taps.tap(form.get_by_role("button", name="Lưu lần thăm"))
    expect(row.get_by_test_id("visit-kept")).to_have_text("Đã ghi, chờ gửi")


def _open(page, taps: Taps, code: str) -> None:
    row = page.get_by_test_id("plan-row").filter(has_text=code)
    taps.tap(row.get_by_role("link", name="Mở hộ"))
    expect(page.get_by_test_id("family-overview")).to_be_visible()
    expect(page.get_by_role("heading", name=re.compile(code))).to_be_visible()
    taps.tap(page.get_by_test_id("step-start"))
    expect(page.get_by_test_id("member-step")).to_be_visible()


@pytest.mark.allow_console(*OFFLINE_CONSOLE)
def test_a_leader_works_his_week_offline_and_everything_arrives_once(page, app_server):
    with session_for(app_server) as session:
        session.execute(week_plan.delete())
    sign_in(page, LEADER_PHONE)
    page.goto("/to-truong")
    wait_hydrated(page, "week-ready")
    # the app as a leader opens it from his home screen: the service worker in control
    page.evaluate("navigator.serviceWorker.ready")
    page.reload()
    wait_hydrated(page, "week-ready")
    assert page.evaluate("!!navigator.serviceWorker.controller")
    counter = page.get_by_test_id("waiting-counter")
    expect(counter).to_have_text("Mọi thay đổi đã được gửi")

    plan_taps = Taps(page)
    codes = []
    for _ in range(5):
        first = page.get_by_test_id("suggestion-row").first
        code = first.locator("text=/^TDP\\d+-\\d+$/").first.inner_text()
        plan_taps.tap(first.get_by_role("button", name=re.compile("^Thêm vào tuần này")))
        expect(page.get_by_test_id("plan-row").filter(has_text=code)).to_be_visible()
        codes.append(code)
    assert plan_taps.count == 5
    # the phone keeps the five households and their pages
    page.wait_for_function("Object.keys(JSON.parse(localStorage.getItem('gds_pack') || '{}')"
                           ".households || {}).length === 5")
    for _ in range(60):
        if _cached_household_pages(page) >= 5:
            break
        page.wait_for_timeout(250)
    assert _cached_household_pages(page) >= 5
    assert len(_kept(page)["week"]["lines_rx_state_"]) == 5
    visited = codes[:3]
    with session_for(app_server) as session:
        visits_before = session.execute(
            sa.select(sa.func.count()).select_from(household_visit)).scalar_one()
        visit_changes_before = session.execute(sa.select(sa.func.count()).select_from(
            AppliedChange).where(AppliedChange.kind == "visit")).scalar_one()
        before = {code: _first_member(session, code) for code in visited}
        before = {code: (m.id, m.has_smartphone, m.vneid_level) for code, m in before.items()}

    page.context.set_offline(True)
    expect(page.get_by_test_id("offline-banner")).to_be_visible()
    taps_per_visit, answers = [], {}
    for i, code in enumerate(visited):
        taps = Taps(page)
        _open(page, taps, code)
        if i == 2:
            # a reload without a signal: the household comes from the phone
            page.reload()
            expect(page.get_by_test_id("member-step")).to_be_visible(timeout=20_000)
            expect(page.get_by_test_id("offline-banner")).to_contain_text("6 thay đổi")
            assert_accessible(page)
            _view(page, "leader-household-reloaded-offline")
        answers[code] = _answer_two(page, taps)
        if i == 0:
            expect(page.get_by_test_id("waiting-counter")).to_have_text("2 thay đổi chờ gửi")
            assert_accessible(page)
            _view(page, "leader-household-offline")
        for _ in range(2):  # the phone's back button: to the family, then to the week
            page.go_back()
            taps.count += 1
        expect(page.get_by_test_id("plan-row")).to_have_count(5, timeout=20_000)
        _record_visit(page, taps, code)
        taps_per_visit.append(taps.count)
        expect(counter).to_have_text(f"{3 * (i + 1)} thay đổi chờ gửi")
    assert taps_per_visit == [VISIT_BUDGET] * 3, taps_per_visit
    assert_accessible(page)
    page.evaluate("window.scrollTo(0, 0)")
    _view(page, "leader-week-offline")

    # At the second household a grandmother lives there now: added offline, and answered.
    add_taps = Taps(page)
    add_taps.tap(page.get_by_test_id("plan-row").filter(has_text=visited[1]).get_by_role(
        "link", name="Mở hộ"))
    add_taps.tap(page.get_by_role("button", name="Thêm người"))
    form = page.get_by_test_id("add-member-form")
    form.get_by_label("Họ và tên").fill(NEW_PERSON)
    form.get_by_label("Năm sinh").fill("1946")
    form.get_by_label("Giới tính").select_option("female")
    form.get_by_label("Công việc").select_option("retired")
    add_taps.tap(form.get_by_role("button", name="Thêm người"))
    person = page.get_by_test_id("family-member").and_(
        page.locator(f"[data-member='{NEW_PERSON}']"))
    expect(person).to_be_visible()
    assert_accessible(page)
    _view(page, "leader-household-person-added-offline")
    add_taps.tap(person)
    step = page.get_by_test_id("member-step")
    expect(step).to_have_attribute("data-member", NEW_PERSON)
    add_taps.tap(step.get_by_test_id("has_smartphone-control").get_by_role(
        "button", name="Có", exact=True))
    expect(step.get_by_test_id("saved-has_smartphone")).to_contain_text("Chờ gửi")
    assert add_taps.count == 5  # open, "Thêm người", send the form, the person, one answer
    for _ in range(2):  # back: the family, then the week
        page.go_back()
    expect(page).to_have_url(re.compile(r"/to-truong$"))
    expect(page.get_by_test_id("plan-row")).to_have_count(5, timeout=20_000)
    expect(counter).to_have_text("11 thay đổi chờ gửi")

    # Meanwhile the family changes the same VNeID answer of its first person, to what
    # neither the leader's phone showed nor he chose.
    code = visited[0]
    member_id, _, old_level = before[code]
    family_level = ({0, 1, 2} - {old_level, answers[code][1]}).pop()
    with session_for(app_server) as session:
        user = accounts.create_user(session, demo_staff(session), phone="0987659001", password="gia-dinh-2026",
                                    role="resident", full_name="Gia đình", household_code=code)
        family = load_actor(session, user.id)
        household_id = session.get(Member, member_id).household_id
        # the family ticks the notice on its own page, then answers
        consent.give_consent(session, family, household_id, adult_name="Gia đình",
                             notice_version=consent.NOTICE_VERSION)
        edits.set_member_fields(session, family, member_id, vneid_level=family_level)
    with session_for(app_server) as session:
        assert session.execute(sa.select(sa.func.count()).select_from(household_visit)
                               ).scalar_one() == visits_before  # nothing arrived yet

    # reload without a signal: the week comes from the phone, with its counter
    page.reload()
    expect(page.get_by_test_id("plan-row")).to_have_count(5, timeout=20_000)
    expect(counter).to_have_text("11 thay đổi chờ gửi")
    expect(page.get_by_test_id("visit-kept")).to_have_count(3)
    assert_accessible(page)
    _view(page, "leader-week-reloaded-offline")

    page.context.set_offline(False)
    wait_hydrated(page, "leader-ready")
    expect(counter).to_have_text("Mọi thay đổi đã được gửi", timeout=20_000)
    conflict = page.get_by_test_id("conflict")
    expect(conflict).to_have_count(1)
    expect(conflict).to_contain_text(f"Gia đình chọn: {VNEID[family_level]}")
    expect(conflict).to_contain_text(f"Bạn chọn: {VNEID[answers[code][1]]}")
    expect(page.get_by_test_id("visit-kept")).to_have_count(0)
    expect(page.get_by_test_id("plan-row").filter(has_text="Đã thăm tuần này")).to_have_count(3)
    assert_accessible(page)
    page.evaluate("window.scrollTo(0, 0)")
    _view(page, "leader-week-conflict")

    with session_for(app_server) as session:
        for c in visited:
            member = session.get(Member, before[c][0])
            phone, level = answers[c]
            assert member.has_smartphone is phone
            # the family's answer is kept, not overwritten by the phone's
            assert member.vneid_level == (family_level if c == code else level)
        ids = [before[c][0] for c in visited]
        assert session.execute(sa.select(sa.func.count()).select_from(AppliedChange).where(
            AppliedChange.member_id.in_(ids), AppliedChange.kind == "set")).scalar_one() == 5
        assert session.execute(sa.select(sa.func.count()).select_from(household_visit)
                               ).scalar_one() == visits_before + 3
        assert session.execute(sa.select(sa.func.count()).select_from(AppliedChange).where(
            AppliedChange.kind == "visit")).scalar_one() == visit_changes_before + 3
        added = session.execute(sa.select(Member).where(Member.full_name == NEW_PERSON)
                                ).scalars().all()
        assert len(added) == 1 and added[0].has_smartphone and added[0].birth_year == 1946
        assert session.get(Household, added[0].household_id).code == visited[1]

    # he chooses his own answer: one tap, sent at once
    choose = Taps(page)
    choose.tap(conflict.get_by_role("button", name="Dùng câu trả lời của tôi"))
    expect(conflict).to_have_count(0)
    expect(counter).to_have_text("Mọi thay đổi đã được gửi", timeout=20_000)
    with session_for(app_server) as session:
        assert session.get(Member, member_id).vneid_level == answers[code][1]

    # a reload sends nothing twice
    page.reload()
    wait_hydrated(page, "leader-ready")
    expect(counter).to_have_text("Mọi thay đổi đã được gửi")
    assert page.evaluate("localStorage.getItem('gds_outbox')") == "[]"
    with session_for(app_server) as session:
        assert session.execute(sa.select(sa.func.count()).select_from(household_visit)
                               ).scalar_one() == visits_before + 3
        assert session.execute(sa.select(sa.func.count()).select_from(AppliedChange).where(
            AppliedChange.member_id.in_(ids), AppliedChange.kind == "set")).scalar_one() == 6

    # a shared phone: signing out forgets the copy of the planned households
    assert page.evaluate("localStorage.getItem('gds_pack')") is not None
    sign_out(page)
    page.wait_for_function("localStorage.getItem('gds_pack') === null", timeout=10_000)


# Signing people up for classes at the door, without a signal (issue 20 point 2)

SIGNUP_BUDGET = 2  # from the week: open the household, "Đăng ký học" beside the person


def _signup_household(session):
    """A household of TDP02 (the leader's second group, away from the demo family of
    TDP01 the other tests use) whose consent covers classes, with two people learning
    nothing and signed up for nothing: (id, code, group id, [(member id, name)])."""
    from digital_family.base.models import ResidentialGroup, class_signup

    candidates = session.execute(
        sa.select(Household.id, Household.code, Household.group_id)
        .join(ResidentialGroup, ResidentialGroup.id == Household.group_id)
        .where(ResidentialGroup.code == "TDP02").order_by(Household.id.desc())).all()
    for household_id, code, group_id in candidates:
        if not consent.covers(session, household_id, "classes"):
            continue
        people = session.execute(
            sa.select(Member.id, Member.full_name, Member.learning_status)
            .where(Member.household_id == household_id)
            .order_by(Member.birth_year, Member.id)).all()
        free = [(p.id, p.full_name) for p in people if p.learning_status == "none"]
        signed = session.execute(sa.select(sa.func.count()).select_from(class_signup).where(
            class_signup.c.household_id == household_id)).scalar_one()
        if len(free) >= 2 and not signed and len({name for _, name in free}) == len(free):
            return household_id, code, group_id, free[:2]
    raise AssertionError("no household to sign up")


def _view_at(page, name: str, locator) -> None:
    """The full page, and the 390×844 screen with ``locator`` in its upper part."""
    path = screenshot(page, name)
    locator.scroll_into_view_if_needed()
    page.evaluate("window.scrollBy(0, -200)")
    page.screenshot(path=str(path.with_name(f"{name}-screen.png")))


def _count_taps(page) -> None:
    """Taps counted by a listener in the page (trusted pointer-downs), across navigations."""
    from tests.browser.test_classes import _start_counting

    _start_counting(page)


@pytest.mark.allow_console(*OFFLINE_CONSOLE)
def test_a_leader_signs_people_up_for_classes_at_the_door_without_a_signal(page, app_server):
    from datetime import timedelta

    from digital_family.base import clock
    from digital_family.base.models import UserAccount, class_session, class_signup
    from digital_family.campaign import week_plan as plans
    from digital_family.programmes import classes
    from digital_family.ward import rollups
    from tests.browser.test_classes import _taps

    today = clock.vietnam_date()
    with session_for(app_server) as session:
        session.execute(week_plan.delete())
        household_id, code, _group_id, people = _signup_household(session)
        (first_id, first), (second_id, second) = people
        # three classes of TDP02 this morning, before the demo's: one with seats, one full,
        # one that ends while the leader is offline
        def new_class(suffix: str, title: str, capacity: int, minute: int):
            return classes.create_class(
                session, demo_staff(session), code=f"OFF{suffix}", title=title, topics=["messaging"],
                capacity=capacity, group_codes=["TDP02"],
                sessions=[(today.isoformat(), f"05:0{minute}", "Nhà văn hoá TDP02"),
                          ((today + timedelta(days=7)).isoformat(), f"05:0{minute}",
                           "Nhà văn hoá TDP02")])
        seats = new_class("1", "Tập gọi video qua Zalo", 20, 0)
        full = new_class("2", "Quét mã QR để trả tiền", 1, 1)
        ending = new_class("3", "Nộp hồ sơ trên Cổng dịch vụ công", 10, 2)
        someone = session.execute(
            sa.select(Member.id).join(Household, Household.id == Member.household_id)
            .where(Household.group_id == _group_id, Household.id != household_id,
                   Member.id.not_in(sa.select(class_signup.c.member_id)))
            .order_by(Member.id.desc())).scalars().first()
        assert classes.sign_up(session, demo_staff(session), full.id, someone) == "signed_up"
        leader = load_actor(session, session.execute(sa.select(UserAccount.id).where(
            UserAccount.phone == LEADER_PHONE)).scalar_one())
        plans.add_to_plan(session, leader, household_id)
        signups_before = session.execute(
            sa.select(sa.func.count()).select_from(class_signup)).scalar_one()

    sign_in(page, LEADER_PHONE)
    page.goto("/to-truong")
    wait_hydrated(page, "week-ready")
    page.evaluate("navigator.serviceWorker.ready")
    page.reload()
    wait_hydrated(page, "week-ready")
    assert page.evaluate("!!navigator.serviceWorker.controller")
    # the phone keeps the household's page and the classes its people may join
    page.wait_for_function(
        f"((JSON.parse(localStorage.getItem('gds_pack') || '{{}}').classes || {{}})"
        f"['{household_id}'] || {{}}).offers_rx_state_?.length >= 3")
    kept = _kept(page)["classes"][str(household_id)]["offers_rx_state_"]
    titles = [o["title"] for o in kept]
    assert titles[:3] == [seats.title, full.title, ending.title], titles
    assert kept[0]["sessions"][0].endswith("05:00 — Nhà văn hoá TDP02")
    assert kept[0]["seats"] == "Còn 20 chỗ"
    assert kept[1]["seats"].startswith("Hết chỗ") and "danh sách chờ" in kept[1]["seats"]

    page.context.set_offline(True)
    expect(page.get_by_test_id("offline-banner")).to_be_visible()
    _count_taps(page)
    row = page.get_by_test_id("plan-row").filter(has_text=code)
    row.get_by_role("link", name="Mở hộ").click()
    expect(page.get_by_role("heading", name=re.compile(code))).to_be_visible()
    section = page.get_by_test_id("family-classes")
    expect(section).to_be_visible(timeout=15_000)
    expect(section.get_by_test_id("classes-offline")).to_be_visible()
    offers = section.get_by_test_id("class-offer")
    seats_card = offers.filter(has_text=seats.title)
    seats_card.get_by_role("button", name=f"Đăng ký học: {first}", exact=True).click()
    person = seats_card.get_by_test_id("class-person").and_(
        page.locator(f"[data-member='{first}']"))
    expect(person.get_by_test_id("signup-kept")).to_have_text("Chờ gửi")
    assert _taps(page) == SIGNUP_BUDGET, _taps(page)
    # the second person: on the full class's list (opened on the phone), and in the
    # first class too, then dropped again before it is sent
    full_card = offers.filter(has_text=full.title)
    full_card.get_by_role("button", name=f"Xem và đăng ký: {full.title}", exact=True).click()
    full_card.get_by_role("button", name=f"Đăng ký học: {second}", exact=True).click()
    expect(full_card.get_by_test_id("signup-kept")).to_have_count(1)
    ending_card = offers.filter(has_text=ending.title)
    ending_card.get_by_role("button", name=f"Xem và đăng ký: {ending.title}", exact=True).click()
    ending_card.get_by_role("button", name=f"Đăng ký học: {first}", exact=True).click()
    seats_card.get_by_role("button", name=f"Xem và đăng ký: {seats.title}", exact=True).click()
    seats_card.get_by_role("button", name=f"Đăng ký học: {second}", exact=True).click()
    expect(seats_card.get_by_test_id("signup-kept")).to_have_count(2)
    assert len(json.loads(page.evaluate("localStorage.getItem('gds_outbox')"))) == 4
    seats_card.get_by_role("button", name=f"Bỏ đăng ký chờ gửi: {second}", exact=True).click()
    expect(seats_card.get_by_test_id("signup-kept")).to_have_count(1)
    kept_changes = json.loads(page.evaluate("localStorage.getItem('gds_outbox')"))
    assert sorted((c["kind"], c["c"], c["m"]) for c in kept_changes) == sorted([
        ("signup", seats.id, first_id), ("signup", full.id, second_id),
        ("signup", ending.id, first_id)])
    assert _taps(page) == SIGNUP_BUDGET + 7, _taps(page)
    expect(person.get_by_test_id("signup-kept")).to_be_visible()
    assert_accessible(page)
    _view_at(page, "leader-signup-offline", person)

    # meanwhile the third class is moved to yesterday (it is over), and nothing arrived
    with session_for(app_server) as session:
        session.execute(class_session.update().where(class_session.c.class_id == ending.id)
                        .values(day=today - timedelta(days=1)))
        assert session.execute(sa.select(sa.func.count()).select_from(class_signup)
                               ).scalar_one() == signups_before

    page.context.set_offline(False)
    wait_hydrated(page, "family-overview")
    expect(page.get_by_test_id("signup-kept")).to_have_count(0, timeout=20_000)
    # said plainly: the full class's list is opened on the one who waits
    waiting = full_card.get_by_test_id("class-person").and_(
        page.locator(f"[data-member='{second}']"))
    expect(waiting).to_have_attribute("data-status", "waiting", timeout=20_000)
    expect(waiting).to_contain_text("Đang chờ chỗ")
    status = section.get_by_test_id("classes-status")
    expect(status).to_contain_text(f"Đã đăng ký học cho {first}.")
    expect(status).to_contain_text(f"Lớp đã đủ người: {second} ở danh sách chờ")
    note = section.get_by_test_id("signup-note")
    expect(note).to_have_count(1)
    expect(note).to_contain_text(f"Chưa đăng ký được cho {first}")
    expect(note).to_contain_text(f"Lớp “{ending.title}” đã kết thúc")
    expect(offers.filter(has_text=ending.title)).to_have_count(0)  # no longer offered
    expect(page.get_by_test_id("waiting-counter")).to_have_text("Mọi thay đổi đã được gửi")
    assert_accessible(page)
    _view_at(page, "leader-signup-sent", note)
    seats_card.get_by_role("button", name=f"Xem và đăng ký: {seats.title}", exact=True).click()
    expect(person).to_have_attribute("data-status", "signed_up")
    expect(person).to_contain_text("Đã đăng ký")

    with session_for(app_server) as session:
        rows = session.execute(sa.select(class_signup.c.class_id, class_signup.c.member_id,
                                         class_signup.c.status)
                               .where(class_signup.c.household_id == household_id)).all()
        assert sorted(rows) == sorted([(seats.id, first_id, "signed_up"),
                                       (full.id, second_id, "waiting")])
        assert session.get(Member, first_id).learning_status == "enrolled"
        assert session.get(Member, second_id).learning_status == "none"
        assert session.execute(sa.select(sa.func.count()).select_from(AppliedChange).where(
            AppliedChange.kind == "signup", AppliedChange.household_id == household_id)
        ).scalar_one() == 2
        assert rollups.verify(session) == []

    # a reload sends nothing twice
    page.reload()
    wait_hydrated(page, "family-overview")
    expect(section.get_by_test_id("class-offer").first).to_be_visible(timeout=20_000)
    expect(person).to_have_attribute("data-status", "signed_up", timeout=20_000)
    assert page.evaluate("localStorage.getItem('gds_outbox')") == "[]"
    with session_for(app_server) as session:
        assert session.execute(sa.select(sa.func.count()).select_from(class_signup).where(
            class_signup.c.household_id == household_id)).scalar_one() == 2
