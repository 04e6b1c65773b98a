"""Saving you can see and never lose (issue 8 point 3), with Playwright's offline mode.

Answers given while offline stay on the phone, are shown at once, and are sent
exactly once when the connection is back: after a dropped connection, and after a
reload while offline. Nothing English or developer-facing reaches the resident.
"""

import re

import pytest
import sqlalchemy as sa
from playwright.sync_api import expect

from digital_family.base.models import AppliedChange, Household, Member
from tests.browser.budget import JOURNEY_PASSWORD, create_family
from tests.browser.conftest import screenshot, wait_hydrated
from tests.browser.journeys import assert_accessible, session_for

# Chromium itself logs the failed reconnection attempts; they never reach the page.
OFFLINE_CONSOLE = (r"WebSocket connection to .* failed", r"net::ERR_INTERNET_DISCONNECTED",
                   r"Failed to load resource")
DEVELOPER_TEXT = re.compile(r"Cannot connect|server|websocket|reachable|Reconnect|Error",
                            re.IGNORECASE)


def _sign_in_to_first_member(page, phone: str) -> None:
    page.goto("/dang-nhap")
    wait_hydrated(page, "sign-in-form")
    page.get_by_label("Số điện thoại").fill(phone)
    page.get_by_label("Mật khẩu", exact=True).fill(JOURNEY_PASSWORD)
    page.get_by_role("button", name="Đăng nhập", exact=True).last.click()
    wait_hydrated(page, "family-overview")
    page.get_by_test_id("step-start").click()
    expect(page.get_by_test_id("step-position")).to_have_text("Người 1/4")


def _stored(app_server, household_id: int) -> dict:
    with session_for(app_server) as session:
        hung = session.execute(sa.select(Member).where(
            Member.household_id == household_id, Member.full_name == "Nguyễn Văn Hùng")
        ).scalar_one()
        lan = session.execute(sa.select(Member).where(
            Member.household_id == household_id, Member.full_name == "Trần Thị Lan")
        ).scalar_one()
        return {
            "hung": (hung.has_smartphone, hung.has_epayment, hung.vneid_level,
                     hung.skill_messaging),
            "lan": lan.has_smartphone,
            "version": session.get(Household, household_id).version,
            "applied": session.execute(sa.select(sa.func.count()).select_from(AppliedChange)
                                       .where(AppliedChange.household_id == household_id,
                                              AppliedChange.kind == "set")).scalar_one(),
        }


def _tap_answer(step, control: str, name: str) -> None:
    button = step.get_by_test_id(f"{control}-control").get_by_role("button", name=name,
                                                                    exact=True)
    button.click()
    expect(button).to_have_attribute("aria-pressed", "true")


def _no_developer_text(page) -> None:
    body = page.locator("body").inner_text()
    assert not DEVELOPER_TEXT.search(body), body
    expect(page.locator("[data-sonner-toaster] li")).to_have_count(0)


@pytest.mark.allow_console(*OFFLINE_CONSOLE)
def test_answers_given_offline_are_kept_and_sent_once(page, app_server):
    household_id = create_family(app_server, "0987650002")
    before = _stored(app_server, household_id)
    _sign_in_to_first_member(page, "0987650002")
    step = page.get_by_test_id("member-step")

    page.context.set_offline(True)
    banner = page.get_by_test_id("offline-banner")
    expect(banner).to_contain_text("Mất kết nối — thay đổi chưa được lưu")
    expect(page.get_by_test_id("sign-out")).to_be_visible()  # still signed in

    # Four taps on Hùng (e-payment yes, then no again), shown at once and kept.
    _tap_answer(step, "has_smartphone", "Có")
    _tap_answer(step, "has_epayment", "Có")
    _tap_answer(step, "vneid_level", "Mức 2")
    _tap_answer(step, "has_epayment", "Chưa có")
    step.get_by_test_id("skill-messaging").locator("p").first.click()
    expect(step.get_by_test_id("skill-messaging").get_by_role("checkbox")) \
        .to_have_attribute("aria-checked", "true")
    expect(step.get_by_test_id("skill-count")).to_contain_text("1/8")
    expect(step.get_by_test_id("saved-has_smartphone")).to_contain_text("Chờ gửi")
    # Moving on works offline too, and so does answering there.
    step.get_by_test_id("step-next").click()
    expect(page.get_by_test_id("step-position")).to_have_text("Người 2/4")
    _tap_answer(page.get_by_test_id("member-step"), "has_smartphone", "Có")
    expect(banner).to_contain_text("7 thay đổi đang được giữ trên máy")
    _no_developer_text(page)
    assert_accessible(page)
    screenshot(page, "household-offline-phone")
    assert _stored(app_server, household_id) == before  # nothing reached the server

    page.context.set_offline(False)
    expect(banner).to_be_hidden(timeout=20_000)
    expect(page.get_by_test_id("reconnected-banner")).to_contain_text("Đã có mạng trở lại")
    expect(page.get_by_test_id("member-step").get_by_test_id("saved-has_smartphone")) \
        .to_contain_text("Đã lưu")
    _no_developer_text(page)

    after = _stored(app_server, household_id)
    assert after["hung"] == (True, False, 2, True)
    assert after["lan"] is True
    # Six answers were set once each (e-payment twice: yes, then no); the seventh change
    # is "Hùng was gone through", which changes no answer.
    assert after["applied"] - before["applied"] == 6
    assert after["version"] - before["version"] == 6
    assert page.evaluate("localStorage.getItem('gds_outbox')") == "[]"

    # A reload shows what the server has.
    page.reload()
    wait_hydrated(page, "member-step")
    expect(page.get_by_test_id("step-position")).to_have_text("Người 2/4")
    assert _stored(app_server, household_id) == after


@pytest.mark.allow_console(*OFFLINE_CONSOLE)
def test_answers_survive_a_reload_while_offline(page, app_server):
    household_id = create_family(app_server, "0987650003")
    before = _stored(app_server, household_id)
    _sign_in_to_first_member(page, "0987650003")
    # The page as a resident opens it from the home screen: loaded, so the phone keeps it.
    page.evaluate("navigator.serviceWorker.ready")
    page.reload()
    wait_hydrated(page, "member-step")
    assert page.evaluate("!!navigator.serviceWorker.controller")
    step = page.get_by_test_id("member-step")

    page.context.set_offline(True)
    _tap_answer(step, "has_smartphone", "Có")
    step.get_by_test_id("skill-messaging").locator("p").first.click()
    expect(page.get_by_test_id("offline-banner")).to_contain_text("2 thay đổi")

    page.reload()
    banner = page.get_by_test_id("offline-banner")
    expect(banner).to_contain_text("Mất kết nối — thay đổi chưa được lưu")
    expect(banner).to_contain_text("2 thay đổi đang được giữ trên máy")
    expect(page.get_by_text("Chưa tải được thông tin vì mất kết nối")).to_be_visible()
    expect(page.get_by_test_id("sign-out")).to_be_visible()  # the header stays signed in
    _no_developer_text(page)
    assert_accessible(page)
    screenshot(page, "household-reloaded-offline-phone")
    assert _stored(app_server, household_id) == before

    page.context.set_offline(False)
    wait_hydrated(page, "member-step")
    expect(page.get_by_test_id("step-position")).to_have_text("Người 1/4")
    expect(banner).to_be_hidden(timeout=20_000)
    expect(page.get_by_test_id("reconnected-banner")).to_contain_text("đã gửi 2 thay đổi")
    screenshot(page, "household-back-online-phone")
    step = page.get_by_test_id("member-step")
    expect(step.get_by_test_id("has_smartphone-control").get_by_role(
        "button", name="Có", exact=True)).to_have_attribute("aria-pressed", "true")
    _no_developer_text(page)

    after = _stored(app_server, household_id)
    assert after["hung"] == (True, False, 0, True)
    assert after["applied"] - before["applied"] == 2
    assert after["version"] - before["version"] == 2
    assert page.evaluate("localStorage.getItem('gds_outbox')") == "[]"
