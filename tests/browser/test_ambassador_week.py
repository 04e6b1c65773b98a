"""An ambassador's claimed requests are their week (issue 18, point 6): whom to see,
the address, a call and a Zalo link, and "Ghi lần thăm", the leader's visit record, which
closes the request when the person was helped.

The taps are what the page received (a trusted pointer-down, counted in the page)."""

import re
from datetime import timedelta

import sqlalchemy as sa
from playwright.sync_api import expect

from digital_family.base import clock
from digital_family.base.models import (
    HelpRequest,
    Household,
    Member,
    ResidentialGroup,
    UserAccount,
    household_visit,
    visit_help,
)
from digital_family.base.permissions import load_actor
from digital_family.households import consent
from digital_family.programmes import help_requests
from tests.browser.conftest import screenshot, wait_hydrated
from tests.browser.journeys import LEADER_PHONE, assert_accessible, session_for, sign_in

AMBASSADOR_PHONE = "0900000004"  # the demo ambassador of TDP01
VISIT_BUDGET = 4  # taps from /dai-su to a request's visit recorded: open, met, helped, save

_COUNT_TAPS = """
document.addEventListener('pointerdown', e => {
  if (!e.isTrusted) return;
  sessionStorage.setItem('gds-taps', String(Number(sessionStorage.getItem('gds-taps') || 0) + 1));
}, true);
"""


def _actor(session, phone):
    return load_actor(session, session.execute(
        sa.select(UserAccount.id).where(UserAccount.phone == phone)).scalar_one())


def _claimed_request(app_server) -> tuple[int, int, int, str, str | None]:
    """A request of TDP01 (asked by its leader for a consenting household with a phone),
    claimed by the demo ambassador."""
    with session_for(app_server) as session:
        leader, ambassador = _actor(session, LEADER_PHONE), _actor(session, AMBASSADOR_PHONE)
        members = session.execute(
            sa.select(Member.id, Member.full_name, Member.household_id)
            .join(Household, Household.id == Member.household_id)
            .join(ResidentialGroup, ResidentialGroup.id == Household.group_id)
            .where(ResidentialGroup.code == "TDP01", Member.birth_year < 1975,
                   Household.phone.is_not(None))
            .order_by(Member.id.desc())).all()
        for member_id, name, household_id in members:
            if not consent.covers(session, household_id, "visits"):
                continue
            try:
                with session.begin_nested():
                    view = help_requests.create_request(
                        session, leader, member_id=member_id, topic="epayment",
                        now=clock.utc() - timedelta(hours=30))
                    help_requests.claim(session, ambassador, view.id)
            except Exception:  # a request already waiting: the next one
                continue
            phone = session.get(Household, household_id).phone
            return view.id, household_id, member_id, name, phone
    raise AssertionError("no member of TDP01 could ask for help")


def test_an_ambassadors_claimed_requests_are_their_week(page, app_server):
    request_id, household_id, member_id, name, phone = _claimed_request(app_server)
    sign_in(page, AMBASSADOR_PHONE)
    page.goto("/dai-su")
    wait_hydrated(page, "queue-ready")
    week = page.get_by_test_id("ambassador-week")
    expect(week.get_by_role("heading", name="Tuần này", exact=True)).to_be_visible()
    card = week.locator(f"[data-request='{request_id}']")
    expect(card).to_contain_text(name)
    expect(card.get_by_test_id("call-link")).to_have_attribute("href", f"tel:{phone}")
    expect(card.get_by_test_id("zalo-link")).to_have_attribute(
        "href", f"https://zalo.me/{phone}")
    assert_accessible(page)
    page.context.add_init_script(_COUNT_TAPS)
    page.evaluate(_COUNT_TAPS)
    page.evaluate("sessionStorage.setItem('gds-taps', '0')")

    card.get_by_test_id("record-visit").click()
    form = card.get_by_test_id("visit-form")
    expect(form).to_be_visible()
    form.get_by_role("button", name="Đã gặp gia đình").click()
    helped = form.get_by_role("checkbox", name=re.compile(re.escape(name)))
    expect(helped).to_be_visible()
    helped.click()
    form.get_by_label("Ghi chú").fill("Đã mở ví điện tử cùng bác")  # typing, not a tap
    assert_accessible(page)
    card.evaluate("e => e.scrollIntoView({block: 'start'})")
    screenshot(page, "ambassador-week-phone")
    page.screenshot(path=str(screenshot(page, "ambassador-week-phone").with_name(
        "ambassador-week-phone-screen.png")))
    form.get_by_role("button", name="Lưu lần thăm").click()
    expect(page.get_by_test_id("queue-message").first).to_contain_text(
        "Yêu cầu đã xong: Đã giúp được")
    taps = int(page.evaluate("Number(sessionStorage.getItem('gds-taps') || 0)"))
    assert taps <= VISIT_BUDGET, taps  # (typing the note is no tap)
    expect(week.locator(f"[data-request='{request_id}']")).to_have_count(0)
    assert_accessible(page)
    with session_for(app_server) as session:
        request = session.get(HelpRequest, request_id)
        assert (request.status, request.outcome) == ("resolved", "helped")
        visit = session.execute(sa.select(household_visit).where(
            household_visit.c.household_id == household_id,
            household_visit.c.visitor_role == "ambassador")).one()
        assert (visit.outcome, visit.note) == ("met", "Đã mở ví điện tử cùng bác")
        assert session.execute(sa.select(visit_help.c.member_id, visit_help.c.topic).where(
            visit_help.c.visit_id == visit.id)).all() == [(member_id, "epayment")]
    print(f"taps from /dai-su to the visit recorded: {taps}")
