"""The help-request banner on the leader's home opens the request (issue 18, point 6):
its topic in plain words, for whom, who asked, how long it has waited, who holds it;
from there one tap to the household's page."""

import re
from datetime import timedelta

import sqlalchemy as sa
from playwright.sync_api import expect

from digital_family.base import clock
from digital_family.base.models import HelpRequest, Household, Member, ResidentialGroup, UserAccount
from digital_family.base.permissions import load_actor
from digital_family.programmes import help_requests
from tests.browser.conftest import screenshot, wait_hydrated
from tests.browser.journeys import LEADER_PHONE, assert_accessible, session_for, sign_in


def _unclaimed_request(app_server) -> tuple[int, int, str]:
    """A request of the leader's first group nobody has claimed for three days."""
    with session_for(app_server) as session:
        leader_id = session.execute(sa.select(UserAccount.id).where(
            UserAccount.phone == LEADER_PHONE)).scalar_one()
        actor = load_actor(session, leader_id)
        members = session.execute(
            sa.select(Member.id, Member.full_name, Member.household_id)
            .join(Household, Household.id == Member.household_id)
            .join(ResidentialGroup, ResidentialGroup.id == Household.group_id)
            .where(ResidentialGroup.code == "TDP01", Member.birth_year < 1970)
            .order_by(Member.id.desc())).all()  # (not the demo family test_help uses)
        for member_id, name, household_id in members:
            try:
                with session.begin_nested():
                    view = help_requests.create_request(
                        session, actor, member_id=member_id, topic="online_safety",
                        now=clock.utc() - timedelta(hours=75))
            except Exception:  # no consent, a request already waiting: the next one
                continue
            return view.id, household_id, name
    raise AssertionError("no member of TDP01 could ask for help")


def test_the_banners_request_opens_the_request(page, app_server):
    request_id, household_id, name = _unclaimed_request(app_server)
    with session_for(app_server) as session:
        assert session.get(HelpRequest, request_id).status == "open"
    sign_in(page, LEADER_PHONE)
    page.goto("/to-truong?to=TDP01")
    wait_hydrated(page, "week-ready")
    banner = page.get_by_test_id("flagged-requests")
    item = banner.get_by_test_id("flagged-request").filter(has_text=name)
    expect(item).to_contain_text("An toàn trên mạng")
    item.click()
    view = page.get_by_test_id("request-view")
    expect(view).to_be_visible()
    expect(view.get_by_role("heading", level=2)).to_have_text(re.compile("An toàn"))
    expect(view.get_by_test_id("request-member")).to_have_text(name)
    expect(view).to_contain_text("chờ 3 ngày")
    expect(view).to_contain_text("Chưa có đại sứ số nào nhận giúp.")
    expect(item).to_have_attribute("aria-expanded", "true")
    assert_accessible(page)
    view.evaluate("e => e.scrollIntoView({block: 'end'})")
    screenshot(page, "leader-request-phone")
    page.screenshot(path=str(screenshot(page, "leader-request-phone").with_name(
        "leader-request-phone-screen.png")))
    # one tap to the household
    view.get_by_test_id("request-household").click()
    expect(page).to_have_url(re.compile(rf"/ho/{household_id}$"), timeout=15_000)
    wait_hydrated(page, "family-overview")
    with session_for(app_server) as session:  # reading it wrote nothing
        assert session.get(HelpRequest, request_id).status == "open"
        leader_id = session.execute(sa.select(UserAccount.id).where(
            UserAccount.phone == LEADER_PHONE)).scalar_one()
        # withdrawn again: the other tests of this server see the ward as it was
        help_requests.cancel_request(session, load_actor(session, leader_id), request_id)
