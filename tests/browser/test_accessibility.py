"""Touch targets, the language switch and the staff household list, at phone size."""

from playwright.sync_api import expect

from tests.browser.conftest import screenshot, wait_hydrated
from tests.browser.journeys import (
    LEADER_PHONE,
    RESIDENT_PHONE,
    assert_accessible,
    open_household,
    sign_in,
)

# Every control's tappable box (a checkbox's is its whole row label), smaller than 48 px.
SMALL_TARGETS = """
() => {
  const seen = new Set(), small = [];
  for (const el of document.querySelectorAll(
      'button, a[href], input:not([type=hidden]), select, [role=checkbox]')) {
    let target = el;  // the outermost label around a control is what people tap
    for (let p = el; p; p = p.parentElement) if (p.tagName === 'LABEL') target = p;
    if (seen.has(target)) continue;
    seen.add(target);
    const r = target.getBoundingClientRect();
    if (r.width === 0 || r.height === 0) continue;  // not shown
    if (r.height < 48 || r.width < 48) small.push(`${el.outerHTML.slice(0, 80)} ${r.width}x${r.height}`);
  }
  return small;
}
"""


def test_touch_targets_are_at_least_48px(page, app_server):
    page.goto("/dang-nhap")
    wait_hydrated(page, "sign-in-form")
    assert page.evaluate(SMALL_TARGETS) == []
    sign_in(page, RESIDENT_PHONE)
    open_household(page)
    assert page.evaluate(SMALL_TARGETS) == []
    page.get_by_test_id("step-start").click()
    expect(page.get_by_test_id("skill-messaging").first).to_be_visible()
    page.get_by_test_id("help-fold").click()
    expect(page.get_by_test_id("ask-vneid")).to_be_visible()
    assert page.evaluate(SMALL_TARGETS) == []
    assert page.evaluate("document.documentElement.scrollWidth") <= 390
    screenshot(page, "household-member-open-phone")


def test_english_is_a_switch_remembered_on_the_device(page, app_server):
    page.goto("/dang-nhap")
    wait_hydrated(page, "sign-in-form")
    with page.expect_navigation():  # the switch reloads the page itself
        page.get_by_role("button", name="English").click()
    expect(page.get_by_role("heading", name="Sign in")).to_be_visible()
    page.reload()
    wait_hydrated(page, "sign-in-form")
    expect(page.get_by_role("heading", name="Sign in")).to_be_visible()
    page.goto("/")
    wait_hydrated(page, "overview-ready")
    expect(page.get_by_text("Adults with a smartphone")).to_be_visible()
    page.get_by_role("button", name="Tiếng Việt").click()
    expect(page.get_by_text("Người trưởng thành có điện thoại thông minh")).to_be_visible()


def test_a_leader_finds_and_opens_a_household_of_their_group(page, app_server):
    sign_in(page, LEADER_PHONE)
    page.goto("/to")
    wait_hydrated(page, "households-ready")
    rows = page.get_by_test_id("household-row")
    expect(rows).to_have_count(20)
    page.get_by_role("searchbox").fill("TDP02-0007")
    page.get_by_role("button", name="Tìm").click()
    expect(rows).to_have_count(1)
    assert_accessible(page)
    screenshot(page, "leader-households-phone")
    rows.first.click()
    wait_hydrated(page, "family-overview")
    expect(page.get_by_text("TDP02-0007")).to_be_visible()
    # Another group's household is not in the leader's list.
    page.goto("/to")
    wait_hydrated(page, "households-ready")
    page.get_by_role("searchbox").fill("TDP03-0001")
    page.get_by_role("button", name="Tìm").click()
    expect(rows).to_have_count(0)
