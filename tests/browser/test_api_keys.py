"""An admin gives the city's data system a key (issue 22 point 4): created on the admin
page's "API" tab, shown once, working against /api/v1, then revoked."""

import json
import urllib.error
import urllib.request

import sqlalchemy as sa
from playwright.sync_api import expect

from digital_family.base.models import api_key
from tests.browser.conftest import screenshot, wait_hydrated
from tests.browser.journeys import assert_accessible, session_for, sign_in, sign_out

ADMIN_PHONE = "0900000001"


def _call(app_server, key: str) -> int:
    request = urllib.request.Request(app_server.url + "/api/v1/wards",
                                     headers={"Authorization": f"Bearer {key}"})
    try:
        with urllib.request.urlopen(request, timeout=10) as answer:
            assert json.loads(answer.read())["wards"][0]["code"] == "khuong-dinh"
            return answer.status
    except urllib.error.HTTPError as refused:
        return refused.code


def test_an_admin_creates_a_key_shown_once_and_revokes_it(page, app_server):
    sign_in(page, ADMIN_PHONE)
    page.goto("/quan-tri")
    wait_hydrated(page, "admin-ready")
    page.get_by_role("tab", name="API").click()
    tab = page.get_by_test_id("admin-api-keys")
    tab.get_by_label("Tên khoá (hệ thống nào dùng)").fill("Kho dữ liệu thành phố")
    tab.get_by_role("button", name="Tạo khoá").click()
    box = tab.get_by_test_id("api-key-new")
    expect(box).to_be_visible()
    page.wait_for_function(
        "document.getElementById('new-api-key')?.value?.startsWith('gds_')")
    key = box.input_value()
    expect(tab.get_by_test_id("api-key-row").first).to_contain_text("Kho dữ liệu thành phố")
    expect(tab.get_by_test_id("api-key-row").first).to_contain_text("chưa dùng")
    assert_accessible(page)
    screenshot(page, "admin-api-key-made")
    with session_for(app_server) as session:  # the key itself is nowhere on the server
        stored = session.execute(sa.select(api_key)).all()
        assert key not in str(stored)
    assert _call(app_server, key) == 200

    tab.get_by_role("button", name="Đã sao chép xong").click()
    expect(box).to_have_count(0)
    tab.get_by_test_id("api-key-revoke").first.click()
    tab.get_by_role("button", name="Thu hồi khoá này").click()
    expect(tab).to_contain_text("Đã thu hồi khoá")
    expect(tab.get_by_test_id("api-key-row").first).to_contain_text("đã thu hồi ngày")
    screenshot(page, "admin-api-key-revoked")
    assert _call(app_server, key) == 401
    sign_out(page)
