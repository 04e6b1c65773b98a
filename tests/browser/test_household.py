"""The resident journey on a phone, and its failure paths."""

import re

import sqlalchemy as sa
from playwright.sync_api import expect

from digital_family import indicators
from digital_family.models import Household, Member, UserAccount
from tests.browser.conftest import screenshot, wait_hydrated
from tests.browser.journeys import (
    LEADER_PHONE,
    RESIDENT_PHONE,
    assert_accessible,
    session_for,
    sign_in,
    sign_out,
)

NEW_PHONE = "0912345678"
NEW_PASSWORD = "mat-khau-cua-nha"


def _household_without_account(app_server, group_code="TDP01"):
    with session_for(app_server) as session:
        return session.execute(
            sa.text(
                "SELECT h.id, h.code FROM household h JOIN residential_group g ON g.id = h.group_id"
                " WHERE g.code = :g AND NOT EXISTS"
                " (SELECT 1 FROM user_account u WHERE u.household_id = h.id)"
                " ORDER BY h.code LIMIT 1 OFFSET 3"
            ),
            {"g": group_code},
        ).one()


def _members_count(app_server) -> int:
    with session_for(app_server) as session:
        return indicators.ward_report(session).completion.members


def test_resident_journey(page, app_server):
    household_id, household_code = _household_without_account(app_server)
    members_before = _members_count(app_server)

    # A leader issues an invitation code for the household.
    sign_in(page, LEADER_PHONE)
    page.goto(f"/ho/{household_id}")
    wait_hydrated(page, "household-ready")
    page.get_by_role("button", name="Cấp mã mời mới").click()
    code = page.get_by_test_id("invitation-code").inner_text()
    assert re.fullmatch(r"[A-Z0-9]{4}-[A-Z0-9]{4}", code)
    expect(page.get_by_role("img", name="Mã QR mở trang nhập mã mời")).to_be_visible()
    screenshot(page, "leader-invitation-phone")
    sign_out(page)

    # The resident redeems it (the QR code opens /moi?ma=...) and sets a password.
    page.goto(f"/moi?ma={code.replace('-', '')}")
    wait_hydrated(page, "invitation-form")
    expect(page.get_by_label("Mã mời")).to_have_value(code.replace("-", ""))
    page.get_by_label("Số điện thoại").fill(NEW_PHONE)
    page.get_by_label("Mật khẩu mới").fill(NEW_PASSWORD)
    page.get_by_label("Nhập lại mật khẩu").fill(NEW_PASSWORD)
    assert_accessible(page)
    page.get_by_role("button", name="Tạo tài khoản và vào trang gia đình").click()
    wait_hydrated(page, "household-ready")
    expect(page.get_by_text(household_code)).to_be_visible()

    # Add a member.
    page.get_by_role("button", name="Thêm người").click()
    form = page.get_by_test_id("add-member-form")
    form.get_by_label("Họ và tên").fill("Nguyễn Thị Mận")
    form.get_by_label("Năm sinh").fill("1948")
    form.get_by_label("Giới tính").select_option("female")
    form.get_by_label("Công việc").select_option("small_trader")
    form.get_by_role("button", name="Thêm người").click()
    card = page.locator("[data-member='Nguyễn Thị Mận']")
    expect(card).to_be_visible()

    # Change every kind of status, each saved at once.
    card.get_by_test_id("has_smartphone-control").get_by_role("button", name="Có", exact=True).click()
    expect(card.get_by_test_id("has_smartphone-control").get_by_role("button", name="Có", exact=True)) \
        .to_have_attribute("aria-pressed", "true")
    card.get_by_test_id("has_epayment-control").get_by_role("button", name="Có", exact=True).click()
    expect(card.get_by_test_id("has_epayment-control").get_by_role("button", name="Có", exact=True)) \
        .to_have_attribute("aria-pressed", "true")
    card.get_by_role("button", name="Mức 2 (đầy đủ)").click()
    expect(card.get_by_role("button", name="Mức 2 (đầy đủ)")).to_have_attribute("aria-pressed", "true")
    for code_ in ("smartphone_use", "messaging", "cashless_payment", "vneid_app", "online_safety"):
        # the whole row is the target: tap its sentence, not the small box
        card.get_by_test_id(f"skill-{code_}").locator("p").last.click()
        expect(card.get_by_test_id(f"skill-{code_}").get_by_role("checkbox")) \
            .to_have_attribute("aria-checked", "true")
    card.get_by_role("button", name="Đang học").click()
    expect(card.get_by_role("button", name="Đang học")).to_have_attribute("aria-pressed", "true")
    card.get_by_test_id("trader_cashless").get_by_role("checkbox").click()
    expect(card.get_by_test_id("trader_cashless").get_by_role("checkbox")) \
        .to_have_attribute("aria-checked", "true")
    expect(page.get_by_test_id("status-bar")).to_contain_text("Đã lưu lúc")

    page.get_by_test_id("confirm-household").click()
    expect(page.get_by_test_id("confirmed-on")).to_contain_text("Đã xác nhận ngày")
    assert_accessible(page)
    screenshot(page, "household-phone")

    # Sign out, sign in again: everything is kept.
    sign_out(page)
    sign_in(page, NEW_PHONE, NEW_PASSWORD)
    expect(page).to_have_url(re.compile(r"/ho$"))
    wait_hydrated(page, "household-ready")
    card = page.locator("[data-member='Nguyễn Thị Mận']")
    expect(card.get_by_test_id("member-summary")).to_contain_text("Mức 2")
    expect(card.get_by_test_id("member-summary")).to_contain_text("Kỹ năng 5/8")
    card.get_by_test_id("open-member").click()
    expect(card.get_by_role("button", name="Mức 2 (đầy đủ)")).to_have_attribute("aria-pressed", "true")
    expect(card.get_by_test_id("skill-vneid_app").get_by_role("checkbox")) \
        .to_have_attribute("aria-checked", "true")
    expect(page.get_by_test_id("confirmed-on")).to_contain_text("Đã xác nhận ngày")

    with session_for(app_server) as session:
        member = session.execute(
            sa.select(Member).where(Member.household_id == household_id,
                                    Member.full_name == "Nguyễn Thị Mận")
        ).scalar_one()
        assert (member.has_smartphone, member.has_epayment, member.vneid_level) == (True, True, 2)
        assert member.learning_status == "enrolled" and member.trader_cashless
        assert session.get(Household, household_id).confirmed_at is not None

    # The ward overview moved with it.
    page.goto("/")
    wait_hydrated(page, "overview-ready")
    expect(page.get_by_test_id("completion-members").get_by_test_id("completion-value")) \
        .to_have_text(f"{members_before + 1:,}".replace(",", "."))


def test_wrong_password_is_refused_then_slowed_down(page, app_server):
    page.goto("/dang-nhap")
    wait_hydrated(page, "sign-in-form")
    assert_accessible(page)
    for _ in range(4):
        page.get_by_label("Số điện thoại").fill("0999999999")
        page.get_by_label("Mật khẩu").fill("khong-dung-mat-khau")
        page.get_by_role("button", name="Đăng nhập", exact=True).last.click()
        expect(page.get_by_test_id("sign-in-error")).to_be_visible()
    expect(page.get_by_test_id("sign-in-error")).to_contain_text("sai nhiều lần")
    screenshot(page, "sign-in-throttled-phone")


def test_a_resident_cannot_open_another_household_by_url(page, app_server):
    with session_for(app_server) as session:
        own = session.execute(
            sa.select(UserAccount.household_id).where(UserAccount.phone == RESIDENT_PHONE)
        ).scalar_one()
        other = session.execute(
            sa.select(Household.id).where(Household.id != own).limit(1)
        ).scalar_one()
    sign_in(page, RESIDENT_PHONE)
    page.goto(f"/ho/{other}")
    expect(page.get_by_test_id("access-denied")).to_be_visible()
    expect(page.get_by_test_id("member-card")).to_have_count(0)
    page.goto(f"/ho/{own}")
    wait_hydrated(page, "household-ready")


def test_bad_input_gets_a_message_and_changes_nothing(page, app_server):
    sign_in(page, RESIDENT_PHONE)
    page.goto("/ho")
    wait_hydrated(page, "household-ready")
    before = page.get_by_test_id("member-card").count()
    page.get_by_role("button", name="Thêm người").click()
    form = page.get_by_test_id("add-member-form")
    form.get_by_label("Họ và tên").fill("Trần Văn Bình")
    form.get_by_label("Năm sinh").fill("1800")
    form.get_by_role("button", name="Thêm người").click()
    expect(form.get_by_role("alert")).to_contain_text("1900")
    expect(page.get_by_test_id("member-card")).to_have_count(before)


def test_a_stale_edit_is_refused_and_the_page_reloads(browser, app_server, base_url):
    phone_a = browser.new_context(base_url=base_url, viewport={"width": 390, "height": 844},
                                  locale="vi-VN")
    phone_b = browser.new_context(base_url=base_url, viewport={"width": 390, "height": 844},
                                  locale="vi-VN")
    try:
        a, b = phone_a.new_page(), phone_b.new_page()
        for page in (a, b):
            sign_in(page, RESIDENT_PHONE)
            page.goto("/ho")
            wait_hydrated(page, "household-ready")
        first_a = a.get_by_test_id("member-card").first
        name = first_a.get_attribute("data-member")
        first_a.get_by_test_id("open-member").click()
        card_b = b.locator(f"[data-member='{name}']")
        card_b.get_by_test_id("open-member").click()
        # Phone A changes the learning status; phone B still shows the old version.
        target = "Đã học xong" if first_a.get_by_role("button", name="Đã học xong") \
            .get_attribute("aria-pressed") == "false" else "Chưa học"
        first_a.get_by_role("button", name=target).click()
        expect(first_a.get_by_role("button", name=target)).to_have_attribute("aria-pressed", "true")
        # Phone B's edit is refused and B reloads A's change.
        card_b.get_by_role("button", name="Mức 1").click()
        expect(b.get_by_text("vừa được người khác cập nhật")).to_be_visible()
        expect(card_b.get_by_role("button", name=target)).to_have_attribute("aria-pressed", "true")
    finally:
        phone_a.close()
        phone_b.close()
