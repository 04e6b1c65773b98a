"""The production build as a phone receives it: its first paint, no redirects, code precached
or loaded when needed, within budget."""

import json
import re
import urllib.error
import urllib.request

import pytest
from playwright.sync_api import expect

from bench import web_budget
from digital_family.base.settings import PROJECT_DIR
from digital_family.web import frontend
from digital_family.web.components.controls import TOUCH
from tests.browser.conftest import screenshot, wait_hydrated
from tests.browser.journeys import RESIDENT_PHONE, STAFF_PHONE, sign_in

STATIC = PROJECT_DIR / ".web-test" / "build" / "client"  # the build conftest's server serves


class _NoRedirect(urllib.request.HTTPRedirectHandler):
    def redirect_request(self, *args, **kwargs):
        return None


def _get(url: str):
    opener = urllib.request.build_opener(_NoRedirect)
    try:
        with opener.open(url, timeout=10) as response:
            return response.status, response.read().decode(errors="replace")
    except urllib.error.HTTPError as exc:
        return exc.code, ""


def test_pages_answer_without_a_redirect(app_server):
    for path in ("/dang-nhap", "/ho", "/ho/", "/ho/1", "/to-truong", "/phuong",
                 "/phuong/chuong-trinh", "/moi?ma=ABCD-EFGH"):
        status, body = _get(app_server.url + path)
        assert status == 200, path
        assert "<html" in body, path


def test_service_worker_precaches_every_page_first_load_code(app_server):
    status, source = _get(app_server.url + "/sw.js")
    assert status == 200
    precache = set(json.loads(source.split("const PRECACHE = ")[1].split(";")[0]))
    for path, page in frontend.first_load(STATIC).items():
        assert page["js"] | page["css"] <= precache, path
    assert any(url.endswith(".css") for url in precache)
    for url in precache:
        assert _get(app_server.url + url)[0] == 200, url


def test_first_load_javascript_and_css_within_budget(app_server):
    problems = web_budget.over_budget(web_budget.first_load(STATIC), web_budget.load_budget())
    assert not problems, "\n".join(problems)


def test_prerendered_pages_show_their_heading_before_any_data(app_server):
    # the first paint (before any script runs) is the page itself, not "loading…"
    for path, heading in (("/", "Tổng quan phường"), ("/to-truong", "Tổ dân phố"),
                          ("/phuong", "Bảng điều hành phường"), ("/quan-tri", "Quản trị"),
                          ("/dai-su", "Yêu cầu giúp đỡ")):
        status, body = _get(app_server.url + path)
        assert status == 200
        assert re.search(rf"<h1[^>]*>{heading}", body), path


@pytest.mark.parametrize("width", [360, 412])
def test_signed_in_page_does_not_shift_when_its_data_arrives(page, width):
    page.set_viewport_size({"width": width, "height": 823})
    sign_in(page, RESIDENT_PHONE)
    page.add_init_script("""
        window.__shift = 0;
        new PerformanceObserver((list) => {
          for (const e of list.getEntries()) if (!e.hadRecentInput) window.__shift += e.value;
        }).observe({type: "layout-shift", buffered: true});
    """)
    page.goto("/ho")
    wait_hydrated(page, "household-ready")
    page.wait_for_timeout(500)  # let a late shift, if any, be reported
    assert page.evaluate("window.__shift") <= 0.01


def test_dashboard_charts_load_their_code_when_scrolled_to(page):
    sign_in(page, STAFF_PHONE)
    page.goto("/phuong")
    wait_hydrated(page, "ward-ready")
    assert page.locator(".recharts-wrapper").count() == 0  # no chart (nor its code) yet
    chart = page.get_by_role("img", name="So sánh các tổ")
    chart.scroll_into_view_if_needed()
    expect(chart.locator(".recharts-wrapper")).to_be_visible()


@pytest.mark.parametrize("width", [360, 390, 412])
def test_signed_in_header_is_one_row_on_a_phone(page, width):
    # a wrapped header costs a screen row on every page and shifts when the sign-in arrives
    page.set_viewport_size({"width": width, "height": 844})
    sign_in(page, RESIDENT_PHONE)
    page.goto("/ho")
    wait_hydrated(page, "household-ready")
    header = page.locator("header")
    controls = [header.get_by_role("link", name="Gia Đình Số"), page.get_by_test_id("nav-home"),
                page.get_by_test_id("sign-out"), page.get_by_test_id("language-switch")]
    tops = [c.bounding_box()["y"] for c in controls]
    assert max(tops) - min(tops) <= 4, tops
    assert header.bounding_box()["height"] <= 8 + int(TOUCH.removesuffix("px")) + 8 + 1
    if width == 390:
        screenshot(page, "header-signed-in-phone")
