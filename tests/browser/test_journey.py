"""The resident's whole journey with a 4-member household, measured (issue 8 point 2).

Prints the budget figures as JSON (and writes test-artifacts/journey.json).
"""

from playwright.sync_api import expect

from tests.browser.budget import (
    ANSWERS,
    FAMILY,
    INSTRUMENT,
    JOURNEY_PASSWORD,
    Journey,
    create_family,
    expected_answers,
    family_answers,
    report,
)
from tests.browser.conftest import screenshot, wait_hydrated
from tests.browser.journeys import assert_accessible

JOURNEY_PHONE = "0987650001"
VNEID = {0: "Chưa có", 1: "Mức 1", 2: "Mức 2"}
LEARNING = {"none": "Chưa học", "enrolled": "Đang học", "completed": "Đã học xong"}


def _answer(journey: Journey, step, key: str, value) -> None:
    """One tap that changes one answer, then wait until the server has it."""
    if key in ("has_smartphone", "has_epayment", "vneid_level", "learning_status"):
        name = {"vneid_level": VNEID, "learning_status": LEARNING}.get(key, {True: "Có"})[value]
        control = step.get_by_test_id(f"{key}-control")
        button = control.get_by_role("button", name=name, exact=True)
        journey.tap(button, changes_value=True)
        expect(button).to_have_attribute("aria-pressed", "true")
        expect(control.get_by_test_id(f"saved-{key}")).to_contain_text("Đã lưu")
    else:
        test_id = f"skill-{value}" if key == "skill" else key
        row = step.get_by_test_id(test_id)
        journey.tap(row.locator("p").first, changes_value=True)
        expect(row.get_by_role("checkbox")).to_have_attribute("aria-checked", "true")
        mark = f"saved-skill.{value}" if key == "skill" else f"saved-{key}"
        expect(row.get_by_test_id(mark)).to_contain_text("Đã lưu")


def test_a_family_of_four_is_updated_within_budget(page, app_server):
    household_id = create_family(app_server, JOURNEY_PHONE)
    page.add_init_script(INSTRUMENT)
    journey = Journey(page)

    page.goto("/dang-nhap")
    wait_hydrated(page, "sign-in-form")
    page.get_by_label("Số điện thoại").fill(JOURNEY_PHONE)
    page.get_by_label("Mật khẩu").fill(JOURNEY_PASSWORD)
    journey.tap(page.get_by_role("button", name="Đăng nhập", exact=True).last)
    wait_hydrated(page, "family-overview")
    journey.start_answering()
    journey.tap(page.get_by_test_id("step-start"))

    for number, (name, *_) in enumerate(FAMILY, start=1):
        step = page.get_by_test_id("member-step")
        expect(step).to_have_attribute("data-member", name)
        expect(step.get_by_test_id("step-position")).to_have_text(f"Người {number}/4")
        # the person's name is at the top of the screen
        top = page.get_by_test_id("step-name").bounding_box()["y"]
        assert 0 <= top < 100, f"{name}'s name is {top:.0f} px from the top"
        for key, value in ANSWERS[name]:
            _answer(journey, step, key, value)
        journey.tap(step.get_by_test_id("step-next"))

    review = page.get_by_test_id("review-step")
    expect(review).to_be_visible()
    for name, *_ in FAMILY:
        expect(review.locator(f"[data-member='{name}']")).to_be_visible()
    expect(review).not_to_contain_text("Chưa xem người này")
    journey.tap(page.get_by_test_id("confirm-household"))
    expect(review.get_by_test_id("confirmed-on")).to_contain_text(
        "Đã xác nhận thông tin gia đình ngày")

    figures = journey.figures(members=len(FAMILY))
    report("journey", figures)
    assert family_answers(app_server, household_id) == expected_answers()
    assert figures["value_taps"] == sum(len(a) for a in ANSWERS.values())
    assert figures["taps"] <= figures["tap_budget"]
    assert figures["screens_scrolled"] <= figures["scroll_budget"]
    assert figures["cls_answering"] < 0.05


def test_every_step_looks_right_at_phone_size(page, app_server):
    """Each step and state the journey visits: axe finds nothing, and a screenshot."""
    create_family(app_server, "0987650004")
    page.goto("/dang-nhap")
    wait_hydrated(page, "sign-in-form")
    page.get_by_label("Số điện thoại").fill("0987650004")
    page.get_by_label("Mật khẩu").fill(JOURNEY_PASSWORD)
    page.get_by_role("button", name="Đăng nhập", exact=True).last.click()
    wait_hydrated(page, "family-overview")
    expect(page.get_by_test_id("family-member")).to_have_count(4)
    expect(page.get_by_test_id("family-member").first).to_contain_text("Chưa xem")
    assert_accessible(page)
    screenshot(page, "household-overview-phone")

    page.get_by_test_id("step-start").click()
    step = page.get_by_test_id("member-step")
    expect(step.get_by_test_id("step-position")).to_have_text("Người 1/4")
    # a member's questions fit in about two screens
    assert page.evaluate("document.documentElement.scrollHeight") < 2.5 * 844
    assert_accessible(page)
    screenshot(page, "household-step-phone")
    step.get_by_role("button", name="Sửa thông tin").click()
    expect(step.get_by_label("Năm sinh")).to_have_value("1951")
    assert_accessible(page)
    screenshot(page, "household-step-edit-phone")
    step.get_by_role("button", name="Thôi").click()

    step.get_by_test_id("step-next").click()
    expect(page.get_by_test_id("step-position")).to_have_text("Người 2/4")
    page.get_by_test_id("step-next").click()
    page.get_by_test_id("step-next").click()
    page.get_by_test_id("step-next").click()
    review = page.get_by_test_id("review-step")
    expect(review).to_contain_text("Cần 5 trên 8 kỹ năng")
    expect(review).to_contain_text("Chưa có định danh điện tử VNeID")
    assert_accessible(page)
    screenshot(page, "household-review-step-phone")
    page.get_by_test_id("confirm-household").click()
    expect(review.get_by_test_id("confirmed-on")).to_contain_text(
        "Đã xác nhận thông tin gia đình ngày")
    assert_accessible(page)

    page.get_by_role("link", name="Cả nhà").click()
    overview = page.get_by_test_id("family-overview")
    expect(overview.get_by_test_id("confirmed-on")).to_contain_text(
        "Đã xác nhận thông tin gia đình ngày")
    expect(page.get_by_test_id("family-member").first).to_contain_text("Đã xác nhận")
    page.get_by_role("button", name="Thêm người").click()
    expect(page.get_by_test_id("add-member-form")).to_be_visible()
    assert_accessible(page)
    screenshot(page, "household-overview-confirmed-phone")
