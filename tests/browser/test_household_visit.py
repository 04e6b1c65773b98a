""""Ghi lần thăm" on a household's page (issue 18): the group's leader opens the week's
visit form there; the record goes through the phone's outbox, is stored once and reads
in the family's history in plain words."""

import re

import sqlalchemy as sa
from playwright.sync_api import expect

from digital_family.base import clock
from digital_family.base.models import Household, ResidentialGroup, household_visit, visit_help
from digital_family.households import consent
from tests.browser.conftest import screenshot, wait_hydrated
from tests.browser.journeys import LEADER_PHONE, assert_accessible, session_for, sign_in


def _household(app_server) -> int:
    """A household of TDP01 that consented to visits being recorded, not visited yet."""
    with session_for(app_server) as session:
        for (household_id,) in session.execute(
                sa.select(Household.id)
                .join(ResidentialGroup, ResidentialGroup.id == Household.group_id)
                .where(ResidentialGroup.code == "TDP01")
                .order_by(Household.id.desc())).all():
            seen = session.execute(sa.select(sa.func.count()).select_from(household_visit)
                                   .where(household_visit.c.household_id == household_id)
                                   ).scalar_one()
            if not seen and consent.covers(session, household_id, "visits"):
                return household_id
    raise AssertionError("no household of TDP01 to visit")


def test_a_leader_records_a_visit_on_the_household_page(page, app_server):
    household_id = _household(app_server)
    sign_in(page, LEADER_PHONE)
    page.goto(f"/ho/{household_id}")
    wait_hydrated(page, "family-overview")
    box = page.get_by_test_id("household-visit")
    box.get_by_role("button", name="Ghi lần thăm").click()
    form = box.get_by_test_id("visit-form")
    expect(form).to_be_visible()
    form.get_by_role("button", name="Đã gặp gia đình").click()
    helped = form.get_by_role("checkbox").first
    helped_label = helped.get_attribute("aria-label")
    helped.click()
    form.get_by_label("Ghi chú").fill("Đã hướng dẫn tại nhà")
    assert_accessible(page)
    box.evaluate("e => e.scrollIntoView({block: 'start'})")
    screenshot(page, "household-visit-phone")
    page.screenshot(path=str(screenshot(page, "household-visit-phone").with_name(
        "household-visit-phone-screen.png")))
    form.get_by_role("button", name="Lưu lần thăm").click()
    expect(page.get_by_text("Đã ghi lần thăm.").first).to_be_visible(timeout=15_000)
    expect(box.get_by_role("button", name="Ghi lần thăm")).to_be_visible()  # closed
    expect(page.get_by_test_id("visit-kept")).to_have_count(0)  # acknowledged
    with session_for(app_server) as session:
        rows = session.execute(sa.select(household_visit).where(
            household_visit.c.household_id == household_id)).all()
        assert len(rows) == 1, rows  # recorded once
        assert (rows[0].outcome, rows[0].visitor_role, rows[0].note) == (
            "met", "group_leader", "Đã hướng dẫn tại nhà")
        assert session.execute(sa.select(sa.func.count()).select_from(visit_help).where(
            visit_help.c.visit_id == rows[0].id)).scalar_one() == 1
    assert helped_label
    # the family's history says it in words
    page.get_by_role("button", name="Xem lịch sử thay đổi").click()
    day = clock.vietnam_date().strftime("%d/%m/%Y")
    expect(page.get_by_text(re.compile(f"đến thăm gia đình ngày {day}")).first).to_be_visible()
    expect(page.get_by_text(re.compile("Tổ trưởng")).first).to_be_visible()
    assert_accessible(page)
    page.reload()  # the outbox sends nothing again
    wait_hydrated(page, "family-overview")
    page.wait_for_timeout(1500)
    with session_for(app_server) as session:
        assert session.execute(sa.select(sa.func.count()).select_from(household_visit).where(
            household_visit.c.household_id == household_id)).scalar_one() == 1
