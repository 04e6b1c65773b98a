"""Sign-in for people who forget (issue 8 point 5): the phone format, a live countdown
while a throttle wait runs, and "Quên mật khẩu?" naming the group leader."""

import re

from playwright.sync_api import expect

from tests.browser.conftest import screenshot, wait_hydrated
from tests.browser.journeys import RESIDENT_PHONE, assert_accessible

DEMO_LEADER = "Trần Văn Hùng"  # TDP01's leader in the demo ward, 0900000003


def _open(page):
    page.goto("/dang-nhap")
    wait_hydrated(page, "sign-in-form")


def _seconds(text: str) -> int:
    return int(re.search(r"(\d+) giây", text).group(1))


def test_the_phone_format_is_said_and_a_wait_counts_down(page, app_server):
    _open(page)
    expect(page.get_by_text("Số điện thoại 10 số, ví dụ 0912 345 678")).to_be_visible()
    assert_accessible(page)
    submit = page.get_by_role("button", name="Đăng nhập", exact=True).last
    for _ in range(3):  # the third wrong password starts a wait
        page.get_by_label("Số điện thoại").fill("0999999998")
        page.get_by_label("Mật khẩu", exact=True).fill("khong-dung-mat-khau")
        submit.click()
        expect(page.get_by_test_id("sign-in-error")).to_contain_text("không đúng")
    countdown = page.get_by_test_id("retry-countdown")
    expect(countdown).to_contain_text(re.compile(r"Có thể thử lại sau \d giây"))
    expect(submit).to_be_disabled()
    first = _seconds(countdown.inner_text())
    expect(countdown).not_to_contain_text(f"{first} giây")  # it counts down
    assert _seconds(countdown.inner_text()) < first
    assert_accessible(page)
    screenshot(page, "sign-in-countdown-phone")
    expect(countdown).to_have_text("Bây giờ bạn có thể thử lại.", timeout=15_000)
    expect(submit).to_be_enabled()

    # Trying again now is refused as wrong, with a longer wait, counted down again.
    page.get_by_label("Mật khẩu", exact=True).fill("khong-dung-mat-khau")
    submit.click()
    expect(countdown).to_contain_text(re.compile(r"Có thể thử lại sau \d+ giây"))
    expect(submit).to_be_disabled()


def test_forgot_password_names_the_leader_of_a_household_number(page, app_server):
    _open(page)
    page.get_by_label("Số điện thoại").fill(RESIDENT_PHONE[:4] + " " + RESIDENT_PHONE[4:])
    page.get_by_test_id("forgot-password").click()
    panel = page.get_by_test_id("forgot-panel")
    expect(panel).to_contain_text("mã mời mới")
    leader = panel.get_by_test_id("forgot-leader").filter(has_text=DEMO_LEADER)
    expect(leader).to_contain_text("0900 000 003")
    expect(leader.get_by_role("link")).to_have_attribute("href", "tel:0900000003")
    expect(panel.get_by_role("link", name="Tôi có mã mời")).to_be_visible()
    assert_accessible(page)
    screenshot(page, "sign-in-forgot-phone")

    # A number that is no household's says only what to do: nothing about accounts.
    page.get_by_label("Số điện thoại").fill("0999 111 222")
    page.get_by_test_id("forgot-password").click()
    expect(panel.get_by_test_id("forgot-leader")).to_have_count(0)
    expect(panel).to_contain_text("Hãy gặp hoặc gọi tổ trưởng")
    assert "tài khoản" not in panel.inner_text()
