"""The group leader's and the ward official's journeys, at phone size."""

import re
import time
from datetime import UTC
from hashlib import md5

import pytest
import reflex as rx
import sqlalchemy as sa
from playwright.sync_api import expect

from digital_family.base.models import Household, Member, ResidentialGroup
from digital_family.campaign import figures
from digital_family.web.pages import ward
from tests.browser.conftest import ARTIFACTS, screenshot, wait_hydrated
from tests.browser.journeys import (
    LEADER_PHONE,
    assert_accessible,
    open_member,
    session_for,
    sign_in,
)
from tests.browser.test_hostile_client import _signed_in
from tests.browser.test_shared_phone import run
from tests.ward import a_ward
from tests.wsclient import state_name

STAFF_PHONE = "0900000002"


def _group_report(app_server, code):
    with session_for(app_server) as session:
        return figures.group_report(session, a_ward(session), code)


def test_leader_journey(page, app_server):
    sign_in(page, LEADER_PHONE)
    expect(page).to_have_url(re.compile(r"/to-truong"))
    wait_hydrated(page, "leader-ready")
    before = _group_report(app_server, "TDP01").indicator("digital_identity_16plus")
    vneid_card = page.get_by_test_id("indicator-digital_identity_16plus")
    expect(vneid_card.get_by_test_id("indicator-people")).to_contain_text(
        f"{before.numerator:,} / {before.denominator:,}".replace(",", "."))
    expect(page.get_by_test_id("indicator-gap").first).to_contain_text("Cần thêm")
    assert_accessible(page)
    screenshot(page, "leader-home-phone")

    # Who to visit for VNeID: the top household has someone 16+ without it.
    page.get_by_role("group", name="Lọc theo lý do", exact=True).get_by_role(
        "button", name="VNeID", exact=True).click()
    top = page.get_by_test_id("visit-row").first
    expect(top).to_contain_text("chưa có VNeID")
    code = top.locator("p").first.inner_text().strip()
    with session_for(app_server) as session:
        _household_id, name = session.execute(
            sa.select(Household.id, Member.full_name)
            .join(Member, Member.household_id == Household.id)
            .where(Household.code == code, Member.vneid_level == 0,
                   Member.birth_year <= before_year(16))
            .limit(1)
        ).one()
    top.click()
    wait_hydrated(page, "family-overview")
    # the family's own actions (withdrawing its consent) are not in the leader's way
    expect(page.get_by_text("Đã đồng ý ngày", exact=False).first).to_be_visible()
    expect(page.get_by_test_id("consent-withdraw")).to_have_count(0)
    step = open_member(page, name)
    # the assisted-entry mark is there from the first frame, so nothing moves (issue 18)
    expect(step.get_by_test_id("assisted-entry")).to_contain_text("Bạn đang nhập giúp")
    level_1 = step.get_by_role("button", name="Mức 1")
    top_before = level_1.bounding_box()["y"]
    level_1.click()
    expect(level_1).to_have_attribute("aria-pressed", "true")
    expect(step.get_by_test_id("saved-vneid_level")).to_contain_text("Đã lưu")
    assert level_1.bounding_box()["y"] == top_before

    # The group's numbers moved.
    page.get_by_test_id("nav-home").click()
    wait_hydrated(page, "leader-ready")
    expect(page.get_by_test_id("indicator-digital_identity_16plus")
           .get_by_test_id("indicator-people")).to_contain_text(
        f"{before.numerator + 1:,} / {before.denominator:,}".replace(",", "."))


def before_year(age: int) -> int:
    from datetime import datetime

    return datetime.now(UTC).year - age


def test_ward_journey(page, app_server, tmp_path):
    with session_for(app_server) as session:  # 21 groups: two pages of the table
        for n in range(50, 68):
            session.add(ResidentialGroup(ward_id=a_ward(session), code=f"TDP{n}", name=f"Tổ dân phố số {n}"))
        session.commit()
    sign_in(page, STAFF_PHONE)
    expect(page).to_have_url(re.compile(r"/phuong"))
    wait_hydrated(page, "ward-ready")
    rows = page.get_by_test_id("group-row")
    expect(rows).to_have_count(ward.PAGE_SIZE)
    expect(rows.first).to_contain_text("TDP01")
    page.get_by_role("button", name="Trang sau").click()
    expect(rows).to_have_count(1)
    expect(rows.first).to_contain_text("TDP67")
    # Sort by VNeID: the lagging group first (on page 1 again), empty groups last.
    page.get_by_role("button", name=re.compile("Xếp theo Công dân từ 16 tuổi")).click()
    with session_for(app_server) as session:
        _, groups = figures.ward_and_group_reports(session, a_ward(session))
    counted = {c: r for c, r in groups.items() if r.completion.members}
    slowest = min(counted, key=lambda c: counted[c].indicator("digital_identity_16plus").value)
    expect(rows).to_have_count(ward.PAGE_SIZE)
    expect(rows.first).to_contain_text(slowest)
    # Leaving the page forgets it: back again, it starts from page 1 by group code.
    page.get_by_role("link", name="Báo cáo in").click()  # in-app navigation
    wait_hydrated(page, "report-ready")
    page.go_back()
    wait_hydrated(page, "ward-ready")
    expect(rows.first).to_contain_text("TDP01")
    page.get_by_role("button", name=re.compile("Xếp theo Công dân từ 16 tuổi")).click()
    expect(rows.first).to_contain_text(slowest)
    # Switching the chart's indicator works from the figures loaded with the page.
    page.get_by_label("Chỉ tiêu cho biểu đồ").select_option("adult_epayment")
    expect(page.get_by_label("Chỉ tiêu cho biểu đồ")).to_have_value("adult_epayment")
    screenshot(page, "ward-dashboard-phone")
    page.set_viewport_size({"width": 1280, "height": 900})
    page.reload()
    wait_hydrated(page, "ward-ready")
    screenshot(page, "ward-dashboard-desktop")
    page.set_viewport_size({"width": 390, "height": 844})

    # Drill into a group.
    page.get_by_role("link", name=slowest, exact=True).click()
    wait_hydrated(page, "leader-ready")
    expect(page.get_by_role("button", name=slowest, exact=True)).to_have_attribute(
        "aria-pressed", "true")

    # Change a target and see "met" change.
    page.goto("/quan-tri")
    wait_hydrated(page, "admin-ready")
    row = page.get_by_test_id("target-adult_epayment")
    row.get_by_role("textbox").fill("99")
    row.get_by_role("button", name="Lưu").click()
    expect(page.get_by_text("Đã lưu thay đổi.")).to_be_visible()
    page.goto("/phuong")
    wait_hydrated(page, "ward-ready")
    expect(page.get_by_test_id("indicator-adult_epayment")).to_contain_text("Chưa đạt")
    expect(page.get_by_test_id("indicator-adult_epayment")).to_contain_text("99%")
    page.goto("/quan-tri")
    wait_hydrated(page, "admin-ready")
    page.get_by_test_id("target-adult_epayment").get_by_role("button", name="Về mặc định").click()
    expect(page.get_by_test_id("target-adult_epayment").get_by_test_id("admin-notice")
           ).to_be_visible()
    page.get_by_test_id("tab-history").click()
    expect(page.get_by_test_id("admin-history")).to_contain_text("adult_epayment")
    page.get_by_test_id("tab-register").click()

    # A register with a bad row is refused and changes nothing.
    with session_for(app_server) as session:
        members_before = session.execute(sa.select(sa.func.count()).select_from(Member)).scalar()
    bad = tmp_path / "so-nhan-khau.csv"
    bad.write_text(
        "household_code,group_code,address,full_name,birth_year,sex,occupation,has_smartphone,"
        "has_epayment,vneid_level,skills,learning_status,trader_ecommerce,trader_cashless,"
        "trader_digital_savings\n"
        "TDP03-9001,TDP03,Ngõ 1,Đỗ Văn Tư,1970,male,other,1,0,1,,none,0,0,0\n"
        "TDP03-9001,TDP03,Ngõ 1,Đỗ Thị Năm,1875,female,other,1,0,1,,none,0,0,0\n",
        encoding="utf-8",
    )
    page.locator("[data-testid=register-upload] input[type=file]").set_input_files(str(bad))
    expect(page.get_by_test_id("import-errors")).to_contain_text("Dòng 3")
    with session_for(app_server) as session:
        assert session.execute(sa.select(sa.func.count()).select_from(Member)).scalar() \
            == members_before

    # Export the register and import it again: nothing changes.
    with page.expect_download() as download:
        page.get_by_role("button", name="CSV").click()
    exported = tmp_path / "export.csv"
    download.value.save_as(exported)
    assert exported.read_text(encoding="utf-8-sig").startswith("household_code,group_code")
    page.locator("[data-testid=register-upload] input[type=file]").set_input_files(str(exported))
    expect(page.get_by_test_id("import-summary")).to_contain_text("0 hộ mới, 0 người mới, 0 người")
    assert_accessible(page)
    screenshot(page, "ward-admin-phone")


def test_printable_report(page, app_server):
    sign_in(page, STAFF_PHONE)
    page.goto("/bao-cao")
    wait_hydrated(page, "report-ready")
    with session_for(app_server) as session:
        ward = figures.ward_report(session, a_ward(session))
    expect(page.get_by_test_id("report-ready")).to_contain_text(
        f"{ward.completion.households:,}".replace(",", "."))
    page.emulate_media(media="print")
    expect(page.locator("header")).to_be_hidden()
    ARTIFACTS.mkdir(exist_ok=True)
    page.pdf(path=str(ARTIFACTS / "report-ward.pdf"), format="A4")
    page.emulate_media(media="screen")
    screenshot(page, "report-phone")



def test_a_closed_tab_lets_go_of_the_dashboard(app_server):
    """The ward page's state is freed when its tab's socket closes, not an hour later."""
    if app_server.scaled:
        pytest.skip("reads the disk state store")
    name = state_name(ward.WardState)

    async def journey():
        tab = await _signed_in(app_server.url, STAFF_PHONE)
        await tab.send(f"{name}.load", path="/phuong")
        await tab.wait_for(lambda c: c.get(name, "loaded"))
        rows = tab.get(name, "rows")
        await tab.disconnect()
        return tab.client_token, rows

    token, rows = run(journey())
    assert rows
    code = rows[0]["code"].encode()
    # the disk state manager: one file per tab and state, written a moment after a change
    key = md5(str(rx.BaseStateToken(ident=token, cls=ward.WardState)).encode()).hexdigest()

    def stored():
        return [p.read_bytes() for p in app_server.states.rglob(f"{key}.pkl")]

    deadline = time.monotonic() + 10
    while time.monotonic() < deadline and (not stored() or any(code in b for b in stored())):
        time.sleep(0.5)
    assert stored(), "the ward state was never stored: the test would prove nothing"
    assert not [b for b in stored() if code in b], "the closed tab's dashboard is still held"
