"""The other roles' rough edges (issue 8 points 6 and 7), at phone size: messages in
the reader's language, what a leader, an ambassador and ward staff see, and refusals."""

import re

from playwright.sync_api import expect

from tests.browser.conftest import ARTIFACTS, screenshot, wait_hydrated
from tests.browser.journeys import (
    DEMO_PASSWORD,
    LEADER_PHONE,
    RESIDENT_PHONE,
    assert_accessible,
    sign_in,
    sign_out,
)

ADMIN_PHONE = "0900000001"
STAFF_PHONE = "0900000002"
AMBASSADOR_PHONE = "0900000004"
REGISTER_HEADER = (
    "household_code,group_code,address,full_name,birth_year,sex,occupation,has_smartphone,"
    "has_epayment,vneid_level,skills,learning_status,trader_ecommerce,trader_cashless,"
    "trader_digital_savings\n"
)


def _view(page, locator, name: str) -> None:
    """The 390×844 screen with ``locator`` at its top, as a person sees it."""
    locator.evaluate("e => e.scrollIntoView({block: 'start'})")
    ARTIFACTS.mkdir(exist_ok=True)
    page.screenshot(path=str(ARTIFACTS / f"{name}-screen.png"))


def _english(page) -> None:
    page.goto("/dang-nhap")
    wait_hydrated(page, "sign-in-form")
    with page.expect_navigation():  # the page reloads in the new language
        page.get_by_role("button", name="English").click()
    wait_hydrated(page, "sign-in-form")
    expect(page.get_by_role("heading", name="Sign in")).to_be_visible()


def _sign_in_english(page, phone: str) -> None:
    page.get_by_label(re.compile("^Phone number")).fill(phone)
    page.get_by_label(re.compile("^Password")).fill(DEMO_PASSWORD)
    page.get_by_role("button", name="Sign in", exact=True).last.click()
    expect(page.get_by_test_id("sign-out")).to_be_visible(timeout=15_000)


def test_messages_people_trigger_are_in_english_after_the_switch(page, app_server, tmp_path):
    _english(page)
    # sign-in refusal (auth)
    page.get_by_label(re.compile("^Phone number")).fill("0912345678")
    page.get_by_label(re.compile("^Password")).fill("not the password")
    page.get_by_role("button", name="Sign in", exact=True).last.click()
    expect(page.get_by_text("The phone number or the password is wrong.")).to_be_visible()
    # invitation refusal (invitations)
    page.goto("/moi?ma=ACDE-FHJK")
    wait_hydrated(page, "invitation-form")
    page.get_by_label(re.compile("^Phone number")).fill("0912345679")
    page.get_by_label(re.compile("^New password")).fill("mat khau moi 1")
    page.get_by_label(re.compile("^Password again")).fill("mat khau moi 1")
    page.get_by_role("button", name=re.compile("^Create the account")).click()
    expect(page.get_by_text("The invitation code is wrong.")).to_be_visible()

    # administration: a validation refusal (ward_admin), import row errors (register)
    page.goto("/dang-nhap")
    wait_hydrated(page, "sign-in-form")
    _sign_in_english(page, ADMIN_PHONE)
    page.goto("/quan-tri")
    wait_hydrated(page, "admin-ready")
    form = page.get_by_test_id("threshold-form")
    form.get_by_role("textbox").fill("12")
    form.get_by_role("button", name="Save").click()
    expect(form).to_contain_text("The skill threshold is a whole number from 1 to 8.")
    page.get_by_test_id("tab-groups").click()
    create = page.get_by_test_id("admin-groups").locator("form").first
    create.get_by_role("textbox").first.fill("TDP 01!")
    create.get_by_role("textbox").nth(1).fill("Tổ mới")
    create.get_by_role("button", name="Add a group").click()
    expect(create).to_contain_text("A code has only unaccented letters")
    page.get_by_test_id("tab-register").click()
    bad = tmp_path / "register.csv"
    bad.write_text(REGISTER_HEADER
                   + "TDP03-9001,TDP03,Ngõ 1,Đỗ Văn Tư,1875,male,other,1,0,1,,none,0,0,0\n",
                   encoding="utf-8")
    page.locator("[data-testid=register-upload] input[type=file]").set_input_files(str(bad))
    errors = page.get_by_test_id("import-errors")
    expect(errors).to_contain_text("Row 2, column birth_year: The year of birth is between 1900")
    expect(page.locator("body")).not_to_contain_text("Dòng 2")
    screenshot(page, "roles-admin-english-import-error")
    _view(page, page.get_by_test_id("register-upload"), "roles-admin-english-import-error")


def test_admin_page_is_tabs_with_confirmations_beside_the_control(page, app_server, tmp_path):
    sign_in(page, ADMIN_PHONE)
    page.goto("/quan-tri")
    wait_hydrated(page, "admin-ready")
    tabs = page.get_by_role("tab")
    expect(tabs).to_have_count(8)  # … the audit log, erasing a household, the API's keys
    # one section at a time: the register upload is not on the targets tab
    expect(page.get_by_test_id("register-upload")).to_have_count(0)

    # the skill threshold: the refusal is shown and the refused value does not stay
    form = page.get_by_test_id("threshold-form")
    box = form.get_by_role("textbox")
    stored = box.input_value()
    box.fill("0")
    form.get_by_role("button", name="Lưu").click()
    expect(form).to_contain_text("Ngưỡng kỹ năng phải là số nguyên từ 1 đến 8.")
    expect(form.get_by_role("textbox")).to_have_value(stored)
    screenshot(page, "roles-admin-threshold-refused")
    _view(page, form, "roles-admin-threshold-refused")

    # a saved target is confirmed in its own row, nowhere else
    row = page.get_by_test_id("target-adult_smartphone")
    row.get_by_role("textbox").fill("81")
    row.get_by_role("button", name="Lưu").click()
    expect(row.get_by_test_id("admin-notice")).to_have_text("Đã lưu thay đổi.")
    expect(page.get_by_test_id("admin-notice")).to_have_count(1)
    box_top = row.get_by_role("textbox").bounding_box()["y"]
    notice_top = row.get_by_test_id("admin-notice").bounding_box()["y"]
    assert 0 < notice_top - box_top < 150
    screenshot(page, "roles-admin-target-saved")
    _view(page, row, "roles-admin-target-saved")
    row.get_by_role("button", name="Về mặc định").click()

    # an upload that is not .csv or .xlsx is answered
    page.get_by_test_id("tab-register").click()
    text = tmp_path / "so-nhan-khau.txt"
    text.write_text("không phải bảng tính", encoding="utf-8")
    page.locator("[data-testid=register-upload] input[type=file]").set_input_files(str(text))
    expect(page.get_by_test_id("import-errors")).to_contain_text("Chỉ nhận tệp .csv hoặc .xlsx.")
    screenshot(page, "roles-admin-wrong-file")
    _view(page, page.get_by_test_id("register-upload"), "roles-admin-wrong-file")

    # an account locked: the confirmation is beside that account's button
    page.get_by_test_id("tab-staff").click()
    line = page.get_by_test_id("staff-row").filter(has_text="0900000006")
    line.get_by_role("button", name="Khoá").click()
    expect(line.get_by_test_id("admin-notice")).to_have_text("Đã lưu thay đổi.")
    line.get_by_role("button", name="Mở khoá").click()
    expect(line.get_by_role("button", name="Khoá")).to_be_visible()
    assert_accessible(page)
    screenshot(page, "roles-admin-staff-tab")
    _view(page, line, "roles-admin-staff-tab")


def test_a_leader_sees_which_household_and_the_way_back(page, app_server):
    sign_in(page, LEADER_PHONE)
    page.goto("/to")
    wait_hydrated(page, "households-ready")
    page.get_by_test_id("household-row").first.click()
    wait_hydrated(page, "household-ready")
    heading = page.get_by_role("heading", level=1)
    expect(heading).to_contain_text(re.compile(r"^[A-Z0-9]+-\d{4} · "))
    expect(heading).not_to_contain_text("Gia đình tôi")
    assert_accessible(page)
    screenshot(page, "roles-leader-household-heading")
    _view(page, page.locator("main"), "roles-leader-household-heading")
    page.get_by_test_id("back-to-list").click()
    wait_hydrated(page, "households-ready")
    expect(page).to_have_url(re.compile(r"/to$"))
    sign_out(page)

    sign_in(page, RESIDENT_PHONE)
    page.goto("/ho")
    wait_hydrated(page, "household-ready")
    expect(page.get_by_role("heading", level=1)).to_have_text("Gia đình tôi")
    expect(page.get_by_test_id("back-to-list")).to_have_count(0)


def test_leader_home_shows_the_gaps_first_then_who_to_visit(page, app_server):
    sign_in(page, LEADER_PHONE)
    wait_hydrated(page, "leader-ready")
    gaps, visits = page.get_by_test_id("leader-gaps"), page.get_by_test_id("visit-list")
    expect(gaps.get_by_test_id("indicator-gap").first).to_contain_text("Cần thêm")
    assert gaps.bounding_box()["y"] < visits.bounding_box()["y"]
    expect(visits.get_by_test_id("visit-score").first).to_contain_text(
        re.compile(r"^\d+ việc còn thiếu cho chỉ tiêu$"))
    assert_accessible(page)
    screenshot(page, "roles-leader-home")
    _view(page, page.get_by_role("heading", level=1), "roles-leader-home")
    _view(page, visits, "roles-leader-visits")


def test_links_a_role_cannot_use_are_not_shown(page, app_server):
    sign_in(page, LEADER_PHONE)
    page.goto("/phuong")
    wait_hydrated(page, "ward-ready")
    expect(page.get_by_role("link", name="Quản trị")).to_have_count(0)
    # the leader's own groups open; another group's row is not a link
    expect(page.get_by_role("link", name="TDP01", exact=True)).to_have_count(1)
    expect(page.get_by_role("link", name="TDP03", exact=True)).to_have_count(0)
    expect(page.get_by_test_id("group-row").filter(has_text="TDP03")).to_have_count(1)
    sign_out(page)
    sign_in(page, STAFF_PHONE)
    wait_hydrated(page, "ward-ready")
    expect(page.get_by_role("link", name="Quản trị")).to_have_count(1)
    expect(page.get_by_role("link", name="TDP03", exact=True)).to_have_count(1)


def test_refusals_name_the_page(page, app_server):
    sign_in(page, LEADER_PHONE)
    page.goto("/quan-tri")
    wait_hydrated(page, "access-denied")
    expect(page.get_by_test_id("access-denied")).to_have_text(
        "Trang này chỉ dành cho cán bộ phường.")
    page.goto("/dai-su")
    expect(page.get_by_test_id("access-denied")).to_have_text(
        "Trang này chỉ dành cho Đại sứ số.")
    sign_out(page)
    sign_in(page, RESIDENT_PHONE)
    for path, text in (("/bao-cao", "Trang báo cáo chỉ dành cho cán bộ phường"),
                       ("/phuong", "Trang này chỉ dành cho cán bộ phường"),
                       ("/to-truong", "Trang này dành cho tổ trưởng")):
        page.goto(path)
        denied = page.get_by_test_id("access-denied")
        expect(denied).to_contain_text(text)
        expect(denied).not_to_contain_text("hộ này")
    assert_accessible(page)
    screenshot(page, "roles-refusal-names-the-page")


def test_ambassador_confirmation_is_beside_the_claimed_request(page, app_server):
    sign_in(page, AMBASSADOR_PHONE)
    wait_hydrated(page, "queue-ready")
    unclaimed = page.get_by_test_id("queue-item").filter(has=page.get_by_test_id("claim"))
    if unclaimed.count() == 0:
        return  # the demo's requests are all taken by an earlier test; nothing to claim
    request = unclaimed.first.get_attribute("data-request")  # no name until claimed
    unclaimed.first.get_by_test_id("claim").click()
    card = page.locator(f"[data-testid=queue-item][data-request='{request}']")
    expect(card.get_by_test_id("queue-message")).to_have_text("Bạn đã nhận yêu cầu này.")
    expect(page.get_by_test_id("queue-message")).to_have_count(1)
    assert_accessible(page)
    screenshot(page, "roles-ambassador-claimed")
    _view(page, card, "roles-ambassador-claimed")


def test_ward_chart_shows_points_to_the_target(page, app_server):
    sign_in(page, STAFF_PHONE)
    wait_hydrated(page, "ward-ready")
    chart = page.get_by_test_id("gap-chart")
    chart.scroll_into_view_if_needed()
    bars = chart.locator(".recharts-bar-rectangle path")
    expect(bars.first).to_be_visible()
    fills = set(bars.evaluate_all("els => els.map(e => e.getAttribute('fill'))"))
    assert fills <= {"#15803d", "#b91c1c"} and fills, fills
    # every bar is labelled with its points to the target
    labels = [t for t in chart.locator(".recharts-label-list text").evaluate_all(
        "els => els.map(e => e.textContent.trim())") if t]
    assert labels and all(re.fullmatch(r"-?\d+(\.\d)?", t) for t in labels), labels
    expect(chart).to_contain_text("điểm phần trăm")
    assert_accessible(page)
    screenshot(page, "roles-ward-gap-chart")
    _view(page, page.get_by_role("heading", name="So sánh các tổ"), "roles-ward-gap-chart")


def test_report_groups_have_column_headings_and_scroll_by_keyboard(page, app_server):
    sign_in(page, STAFF_PHONE)
    page.goto("/bao-cao")
    wait_hydrated(page, "report-ready")
    groups = page.get_by_role("region", name="Bảng các tổ dân phố")
    headings = groups.get_by_role("columnheader")
    expect(headings).to_have_count(3 + 11)
    expect(headings.nth(3)).to_contain_text("(%)")
    expect(groups.get_by_role("row").nth(1).get_by_role("cell")).to_have_count(2 + 11)
    _view(page, page.get_by_role("heading", name=re.compile("^III")), "roles-report-groups")
    groups.focus()
    assert groups.evaluate("e => e.scrollLeft") == 0
    page.keyboard.press("ArrowRight")
    page.keyboard.press("ArrowRight")
    # (the browser may scroll smoothly: wait for it)
    page.wait_for_function("e => e.scrollLeft > 0", arg=groups.element_handle(), timeout=5000)
    assert_accessible(page)
    screenshot(page, "roles-report-groups")


def test_only_the_admin_is_offered_the_admin_role(page, app_server):
    """The role lists come from permissions: ward staff may manage accounts but not
    admins, so "admin" is not offered and admin rows have no lock button (and
    ward_admin refuses both on the server, tests/test_ward_admin.py)."""
    sign_in(page, STAFF_PHONE)
    page.goto("/quan-tri")
    wait_hydrated(page, "admin-ready")
    page.get_by_test_id("tab-staff").click()
    staff_tab = page.get_by_test_id("admin-staff")
    expect(staff_tab.locator("select[name=role]").first.locator("option")).to_have_count(3)
    expect(staff_tab.locator("option[value=admin]")).to_have_count(0)
    admin_row = page.get_by_test_id("staff-row").filter(has_text=ADMIN_PHONE)
    expect(admin_row).to_have_count(1)
    expect(admin_row.get_by_role("button")).to_have_count(0)
    expect(page.get_by_test_id("staff-row").filter(has_text="0900000006")
           .get_by_role("button", name="Khoá")).to_be_visible()
    screenshot(page, "roles-staff-no-admin-role")
    _view(page, staff_tab.locator("select[name=role]").first, "roles-staff-no-admin-role")
    sign_out(page)
    sign_in(page, ADMIN_PHONE)
    page.goto("/quan-tri")
    wait_hydrated(page, "admin-ready")
    page.get_by_test_id("tab-staff").click()
    expect(page.get_by_test_id("admin-staff").locator("option[value=admin]")).to_have_count(2)
