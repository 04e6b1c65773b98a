"""A breach is noticed (issue 13 point 5): an account refused again and again shows up
in the admin page's "Cảnh báo" section."""

import sqlalchemy as sa
from playwright.sync_api import expect

from digital_family.base.models import Household, UserAccount
from digital_family.records.security_alerts import REFUSALS_PER_HOUR
from tests.browser.conftest import screenshot, wait_hydrated
from tests.browser.journeys import RESIDENT_PHONE, session_for, sign_in, sign_out

ADMIN_PHONE = "0900000001"


def test_repeated_refusals_are_flagged_to_admins(page, app_server):
    with session_for(app_server) as session:
        own = session.execute(sa.select(UserAccount.household_id)
                              .where(UserAccount.phone == RESIDENT_PHONE)).scalar_one()
        others = session.execute(sa.select(Household.id).where(Household.id != own)
                                 .order_by(Household.id).limit(REFUSALS_PER_HOUR)).scalars().all()

    # a resident's account tries other families' pages
    sign_in(page, RESIDENT_PHONE)
    for household_id in others:
        page.goto(f"/ho/{household_id}")
        expect(page.get_by_test_id("access-denied")).to_be_visible(timeout=15_000)
    sign_out(page)

    sign_in(page, ADMIN_PHONE)
    page.goto("/quan-tri")
    wait_hydrated(page, "admin-ready")
    alerts = page.get_by_test_id("admin-alerts")
    expect(alerts.get_by_role("heading", name="Cảnh báo")).to_be_visible()
    row = alerts.get_by_test_id("alert-row").first
    expect(row).to_contain_text(f"{REFUSALS_PER_HOUR} lần bị từ chối truy cập trong một giờ")
    expect(row).to_contain_text(RESIDENT_PHONE)
    expect(row).to_contain_text("Hộ gia đình")
    alerts.scroll_into_view_if_needed()
    screenshot(page, "admin-alerts-phone")
    sign_out(page)
