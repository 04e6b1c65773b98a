"""The city's page (issue 22 point 3) on a phone: a city official signs in, lands on the
city's wards ranked against a target with the gap in people, opens a ward to its groups
and comes back; no page with a person on it opens for him."""

from playwright.sync_api import expect

from tests.browser.conftest import screenshot, wait_hydrated
from tests.browser.journeys import assert_accessible, city_official, sign_in


def test_a_city_official_ranks_the_wards_and_opens_one(page, app_server):
    phone = city_official(app_server)
    page.set_viewport_size({"width": 390, "height": 844})
    sign_in(page, phone)
    expect(page).to_have_url(app_server.url + "/thanh-pho", timeout=15_000)
    wait_hydrated(page, "city-ready")
    expect(page.get_by_role("heading", name="Toàn thành phố")).to_be_visible()
    cards = page.get_by_test_id("ward-khuong-dinh"), page.get_by_test_id("ward-phuong-liet")
    for card in cards:
        expect(card).to_contain_text("Còn thiếu")  # VNeID 16+: the target is everyone
    expect(page.get_by_text("Các phường, xã (2)")).to_be_visible()
    assert_accessible(page)
    screenshot(page, "city-wards")

    page.get_by_test_id("open-ward-phuong-liet").click()
    opened = page.get_by_test_id("ward-opened")
    expect(opened).to_contain_text("Phường Phương Liệt")
    expect(opened).to_contain_text("PL01")
    expect(opened).to_contain_text("PL02")
    assert_accessible(page)
    screenshot(page, "city-ward-opened")
    page.get_by_test_id("close-ward").click()
    expect(page.get_by_test_id("ward-khuong-dinh")).to_be_visible()

    for path in ("/phuong", "/to", "/quan-tri"):  # the ward's pages hold people: not his
        page.goto(path)
        expect(page.get_by_test_id("access-denied")).to_be_visible(timeout=15_000)
