"""My account: change the password, see my devices, sign the others out."""

import re

from playwright.sync_api import expect

from digital_family.web.signed_in import ACTOR_CACHE_SECONDS
from tests.browser.conftest import screenshot, wait_hydrated
from tests.browser.journeys import DEMO_PASSWORD, assert_accessible, sign_in

PHONE = "0900000006"  # the second ambassador: nobody else's journey signs in as them
NEW_PASSWORD = "mat-khau-moi-2026"


def test_see_devices_sign_out_the_other_phone_and_change_the_password(browser, app_server,
                                                                        browser_context_args):
    mine = browser.new_context(**browser_context_args)
    lost = browser.new_context(**browser_context_args)
    page, other = mine.new_page(), lost.new_page()
    try:
        sign_in(other, PHONE)
        sign_in(page, PHONE)
        page.get_by_test_id("account-link").click()
        wait_hydrated(page, "account-ready")
        devices = page.get_by_test_id("device")
        expect(devices).to_have_count(2)
        expect(page.get_by_text("Thiết bị này", exact=True)).to_have_count(1)
        assert_accessible(page)
        screenshot(page, "account-devices-phone")

        page.get_by_role("button", name="Đăng xuất mọi thiết bị khác").click()
        expect(page.get_by_test_id("account-notice")).to_contain_text("Đã đăng xuất 1 thiết bị")
        expect(devices).to_have_count(1)
        # the other phone is sent to sign in at its next step; with several workers, one
        # that served it a moment ago may know it for ACTOR_CACHE_SECONDS more (as
        # signed_in.py says): its next step after that. The test must not depend on
        # having taken longer than that to get here.
        if app_server.scaled:
            page.wait_for_timeout(ACTOR_CACHE_SECONDS * 1000 + 500)
        other.goto("/dai-su")
        expect(other).to_have_url(re.compile(r"/dang-nhap"), timeout=15_000)

        form = page.get_by_test_id("password-form")
        form.get_by_label("Mật khẩu đang dùng").fill("khong-phai")
        form.get_by_label("Mật khẩu mới").fill(NEW_PASSWORD)
        form.get_by_label("Nhập lại mật khẩu").fill(NEW_PASSWORD)
        form.get_by_role("button", name="Đổi mật khẩu").click()
        expect(page.get_by_text("Mật khẩu đang dùng không đúng.").first).to_be_visible()

        form.get_by_label("Mật khẩu đang dùng").fill(DEMO_PASSWORD)
        form.get_by_label("Mật khẩu mới").fill(NEW_PASSWORD)
        form.get_by_label("Nhập lại mật khẩu").fill(NEW_PASSWORD)
        form.get_by_role("button", name="Đổi mật khẩu").click()
        expect(page.get_by_test_id("account-notice")).to_contain_text("Đã đổi mật khẩu")
        screenshot(page, "account-password-changed-phone")
        sign_in(other, PHONE, NEW_PASSWORD)
    finally:
        mine.close()
        lost.close()
