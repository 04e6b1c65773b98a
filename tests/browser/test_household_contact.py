"""A leader changes a household's address and contact phone from its page."""

import sqlalchemy as sa
from playwright.sync_api import expect

from tests.browser.conftest import screenshot
from tests.browser.journeys import (
    LEADER_PHONE,
    STAFF_PHONE,
    assert_accessible,
    open_household,
    session_for,
    sign_in,
    sign_out,
)


def _household(app_server) -> tuple[int, str]:
    with session_for(app_server) as session:
        return tuple(session.execute(sa.text(
            "SELECT h.id, h.code FROM household h JOIN residential_group g ON g.id = h.group_id"
            " WHERE g.code = 'TDP01' ORDER BY h.code LIMIT 1 OFFSET 7")).one())


def _stored(app_server, household_id: int) -> tuple[str, str | None]:
    with session_for(app_server) as session:
        return tuple(session.execute(sa.text(
            "SELECT address, phone FROM household WHERE id = :id"), {"id": household_id}).one())


def test_a_leader_changes_the_address_and_phone(page, app_server):
    household_id, code = _household(app_server)
    sign_in(page, LEADER_PHONE)
    open_household(page, f"/ho/{household_id}")
    page.get_by_test_id("contact-edit").click()
    form = page.get_by_test_id("contact-form")
    address = form.get_by_label("Địa chỉ")
    expect(address).to_have_value(_stored(app_server, household_id)[0])

    # a wrong phone number is said under its box, and nothing is saved
    address.fill("Số 12, ngõ 34 Khương Đình")
    form.get_by_label("Số điện thoại liên hệ (không bắt buộc)").fill("123")
    form.get_by_test_id("contact-save").click()
    expect(form.get_by_role("alert")).to_be_visible()
    assert _stored(app_server, household_id)[0] != "Số 12, ngõ 34 Khương Đình"
    assert_accessible(page)
    screenshot(page, "household-contact-refused")

    form.get_by_label("Số điện thoại liên hệ (không bắt buộc)").fill("0987 654 321")
    form.get_by_test_id("contact-save").click()
    expect(page.get_by_test_id("status-bar")).to_contain_text("Đã lưu địa chỉ và số điện thoại.")
    expect(page.get_by_role("heading", level=1)).to_contain_text("Số 12, ngõ 34 Khương Đình")
    expect(form).to_have_count(0)
    assert _stored(app_server, household_id) == ("Số 12, ngõ 34 Khương Đình", "0987654321")
    assert page.get_by_test_id("contact-edit").bounding_box()["height"] >= 48
    screenshot(page, "household-contact-saved")

    # ward staff read the household but are not offered the form
    sign_out(page)
    sign_in(page, STAFF_PHONE)
    open_household(page, f"/ho/{household_id}")
    expect(page.get_by_role("heading", level=1)).to_contain_text(code)
    expect(page.get_by_test_id("contact-edit")).to_have_count(0)
