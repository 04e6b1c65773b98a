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
from tests.browser.conftest import wait_hydrated

JOURNEY_PHONE = "0987650001"
VNEID = {0: "Chưa có", 1: "Mức 1", 2: "Mức 2 (đầy đủ)"}
LEARNING = {"none": "Chưa học", "enrolled": "Đang học", "completed": "Đã học xong"}


def _answer(journey: Journey, card, key: str, value) -> None:
    if key in ("has_smartphone", "has_epayment"):
        button = card.get_by_test_id(f"{key}-control").get_by_role("button", name="Có", exact=True)
        journey.tap(button, changes_value=True)
        expect(button).to_have_attribute("aria-pressed", "true")
    elif key == "vneid_level":
        button = card.get_by_test_id("vneid-control").get_by_role("button", name=VNEID[value])
        journey.tap(button, changes_value=True)
        expect(button).to_have_attribute("aria-pressed", "true")
    elif key == "learning_status":
        button = card.get_by_test_id("learning-control").get_by_role(
            "button", name=LEARNING[value])
        journey.tap(button, changes_value=True)
        expect(button).to_have_attribute("aria-pressed", "true")
    else:
        row = card.get_by_test_id(f"skill-{value}" if key == "skill" else key)
        journey.tap(row.locator("p").first, changes_value=True)
        expect(row.get_by_role("checkbox")).to_have_attribute("aria-checked", "true")


def test_a_family_of_four_is_updated_within_budget(page, app_server):
    household_id = create_family(app_server, JOURNEY_PHONE)
    page.add_init_script(INSTRUMENT)
    journey = Journey(page)

    page.goto("/dang-nhap")
    wait_hydrated(page, "sign-in-form")
    page.get_by_label("Số điện thoại").fill(JOURNEY_PHONE)
    page.get_by_label("Mật khẩu").fill(JOURNEY_PASSWORD)
    journey.tap(page.get_by_role("button", name="Đăng nhập", exact=True).last)
    wait_hydrated(page, "household-ready")
    journey.start_answering()

    for name, *_ in FAMILY:
        card = page.locator(f"[data-member='{name}']")
        journey.tap(card.get_by_test_id("open-member"))
        for key, value in ANSWERS[name]:
            _answer(journey, card, key, value)
        journey.tap(card.get_by_role("button", name="Thu gọn"))

    journey.tap(page.get_by_test_id("confirm-household"))
    expect(page.get_by_test_id("confirmed-on")).to_contain_text("Đã xác nhận")

    figures = journey.figures(members=len(FAMILY))
    report("journey", figures)
    assert family_answers(app_server, household_id) == expected_answers()
    assert figures["value_taps"] == sum(len(a) for a in ANSWERS.values())
