"""The resident journey on a phone, and its failure paths."""

import re

import sqlalchemy as sa
from playwright.sync_api import expect

from digital_family.base.models import Household, Member, UserAccount
from digital_family.campaign import figures
from tests.browser.conftest import screenshot, wait_hydrated
from tests.browser.journeys import (
    LEADER_PHONE,
    RESIDENT_PHONE,
    assert_accessible,
    open_household,
    open_member,
    session_for,
    sign_in,
    sign_out,
)
from tests.ward import a_ward

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
        return figures.ward_report(session, a_ward(session)).completion.members


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
    # the notice first: the family ticks it itself before it saves anything
    gate = page.get_by_test_id("consent-gate")
    expect(gate).to_be_visible(timeout=15_000)
    gate.get_by_label("Họ tên người lớn đồng ý").fill("Nguyễn Văn Hộ")
    gate.get_by_test_id("consent-agree").click()
    gate.get_by_test_id("consent-submit").click()
    wait_hydrated(page, "family-overview")
    expect(page.get_by_text(household_code)).to_be_visible()

    # Add a member: their questions come straight away.
    page.get_by_role("button", name="Thêm người").click()
    form = page.get_by_test_id("add-member-form")
    form.get_by_label("Họ và tên").fill("Nguyễn Thị Mận")
    form.get_by_label("Năm sinh").fill("1948")
    form.get_by_label("Giới tính").select_option("female")
    form.get_by_label("Công việc").select_option("small_trader")
    form.get_by_role("button", name="Thêm người").click()
    step = page.get_by_test_id("member-step")
    expect(step).to_have_attribute("data-member", "Nguyễn Thị Mận")

    # Change every kind of answer, each saved at once and said so next to it.
    for control, name in (("has_smartphone", "Có"), ("has_epayment", "Có"),
                          ("vneid_level", "Mức 2"), ("learning_status", "Đang học")):
        button = step.get_by_test_id(f"{control}-control").get_by_role("button", name=name,
                                                                        exact=True)
        button.click()
        expect(button).to_have_attribute("aria-pressed", "true")
        expect(step.get_by_test_id(f"saved-{control}")).to_contain_text("Đã lưu")
    for code_ in ("smartphone_use", "messaging", "cashless_payment", "vneid_app", "online_safety"):
        # the whole row is the target: tap its sentence, not the small box
        step.get_by_test_id(f"skill-{code_}").locator("p").last.click()
        expect(step.get_by_test_id(f"skill-{code_}").get_by_role("checkbox")) \
            .to_have_attribute("aria-checked", "true")
    expect(step.get_by_test_id("skill-count")).to_contain_text("5/8")
    expect(step.get_by_test_id("skills-needed")).to_have_text("Cần 5 trên 8 kỹ năng")
    step.get_by_test_id("trader_cashless").get_by_role("checkbox").click()
    expect(step.get_by_test_id("trader_cashless").get_by_role("checkbox")) \
        .to_have_attribute("aria-checked", "true")
    expect(step.get_by_test_id("saved-trader_cashless")).to_contain_text("Đã lưu")

    page.goto("/ho?buoc=xac-nhan")
    review = page.get_by_test_id("review-step")
    card = review.locator("[data-member='Nguyễn Thị Mận']")
    expect(card).to_contain_text("Định danh điện tử VNeID mức 2")
    page.get_by_test_id("confirm-household").click()
    expect(review.get_by_test_id("confirmed-on")).to_contain_text(
        "Đã xác nhận thông tin gia đình ngày")
    assert_accessible(page)
    screenshot(page, "household-review-phone")

    # Sign out, sign in again: everything is kept.
    sign_out(page)
    sign_in(page, NEW_PHONE, NEW_PASSWORD)
    expect(page).to_have_url(re.compile(r"/ho$"))
    wait_hydrated(page, "family-overview")
    expect(page.get_by_test_id("confirmed-on")).to_contain_text(
        "Đã xác nhận thông tin gia đình ngày")
    step = open_member(page, "Nguyễn Thị Mận")
    expect(step.get_by_role("button", name="Mức 2", exact=True)) \
        .to_have_attribute("aria-pressed", "true")
    expect(step.get_by_test_id("skill-vneid_app").get_by_role("checkbox")) \
        .to_have_attribute("aria-checked", "true")

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
    expect(page.get_by_test_id("family-member")).to_have_count(0)
    open_household(page, f"/ho/{own}")


def test_bad_input_gets_a_message_and_changes_nothing(page, app_server):
    sign_in(page, RESIDENT_PHONE)
    open_household(page)
    before = page.get_by_test_id("family-member").count()
    page.get_by_role("button", name="Thêm người").click()
    form = page.get_by_test_id("add-member-form")
    form.get_by_label("Họ và tên").fill("Trần Văn Bình")
    form.get_by_label("Năm sinh").fill("1800")
    form.get_by_role("button", name="Thêm người").click()
    expect(form.get_by_role("alert")).to_contain_text("1900")
    expect(page.get_by_test_id("family-member")).to_have_count(before)


def test_two_phones_answering_keep_both_answers_and_a_stale_confirmation_reloads(
        browser, app_server, base_url):
    phone_a = browser.new_context(base_url=base_url, viewport={"width": 390, "height": 844},
                                  locale="vi-VN")
    phone_b = browser.new_context(base_url=base_url, viewport={"width": 390, "height": 844},
                                  locale="vi-VN")
    try:
        a, b = phone_a.new_page(), phone_b.new_page()
        for page in (a, b):
            sign_in(page, RESIDENT_PHONE)
            open_household(page)
        name = a.get_by_test_id("family-member").first.get_attribute("data-member")
        step_a, step_b = open_member(a, name), open_member(b, name)
        # Phone A changes the learning status, phone B (showing the old page) the VNeID
        # level of the same person: answers are "set this to that", both are kept.
        learning = step_a.get_by_test_id("learning_status-control")
        target = "Đã học xong" if learning.get_by_role("button", name="Đã học xong") \
            .get_attribute("aria-pressed") == "false" else "Chưa học"
        learning.get_by_role("button", name=target).click()
        expect(step_a.get_by_test_id("saved-learning_status")).to_contain_text("Đã lưu")
        vneid = step_b.get_by_test_id("vneid_level-control")
        level = "Mức 1" if vneid.get_by_role("button", name="Mức 1") \
            .get_attribute("aria-pressed") == "false" else "Mức 2"
        vneid.get_by_role("button", name=level).click()
        expect(step_b.get_by_test_id("saved-vneid_level")).to_contain_text("Đã lưu")
        # B's page now shows A's answer too (the saved person comes back whole).
        expect(step_b.get_by_test_id("learning_status-control").get_by_role(
            "button", name=target)).to_have_attribute("aria-pressed", "true")
        # A confirms the family on data someone else has changed since: refused, and
        # A's page reloads the latest; confirming that goes through.
        a.goto("/ho?buoc=xac-nhan")
        a.get_by_test_id("review-step").wait_for()
        with session_for(app_server) as session:
            household = session.execute(
                sa.select(UserAccount.household_id).where(UserAccount.phone == RESIDENT_PHONE)
            ).scalar_one()
            session.get(Household, household).version += 1  # someone else's change
        a.get_by_test_id("confirm-household").click()
        expect(a.get_by_test_id("status-bar")).to_contain_text("vừa được người khác cập nhật")
        a.get_by_test_id("confirm-household").click()
        expect(a.get_by_test_id("review-step").get_by_test_id("confirmed-on")).to_contain_text(
            "Đã xác nhận thông tin gia đình ngày")
    finally:
        phone_a.close()
        phone_b.close()
