"""Notice and consent in the browser (issue 13 point 2): a family redeems its invitation,
reads the notice, consents and reaches its page; it withdraws, after being told what
follows; a leader records an adult's spoken consent before entering data."""

import re

import sqlalchemy as sa
from playwright.sync_api import expect

from digital_family.base.i18n import t
from digital_family.base.models import Household, HouseholdConsent, UserAccount
from digital_family.households import consent, edits, invitations
from tests.browser.budget import JOURNEY_PASSWORD, create_family
from tests.browser.conftest import screenshot, wait_hydrated
from tests.browser.journeys import (
    LEADER_PHONE,
    assert_accessible,
    demo_staff,
    session_for,
    sign_in,
    sign_out,
)

FAMILY_PHONE = "0912300001"
FAMILY_PASSWORD = "nha-minh-2026"


def _new_household(app_server, code: str) -> int:
    """A household of the demo leader's group, with no consent recorded."""
    with session_for(app_server) as session:
        return edits.create_household(session, demo_staff(session), group_code="TDP01", code=code,
                                           address="Số 9 ngõ 12 Khương Đình").id


def _invitation(app_server, household_id: int) -> str:
    with session_for(app_server) as session:
        return invitations.issue_invitation(session, demo_staff(session), household_id=household_id).code


def _consent_row(app_server, household_id: int):
    with session_for(app_server) as session:
        row = session.get(HouseholdConsent, household_id)
        return None if row is None else (row.status, row.channel, row.adult_name,
                                         row.notice_version)


def test_redeem_notice_consent_household_then_withdraw(page, app_server):
    household_id = _new_household(app_server, "TDP01-8801")
    code = _invitation(app_server, household_id)

    page.goto(f"/moi?ma={code.replace('-', '')}")
    wait_hydrated(page, "invitation-form")
    page.get_by_label("Số điện thoại").fill(FAMILY_PHONE)
    page.get_by_label("Mật khẩu mới").fill(FAMILY_PASSWORD)
    page.get_by_label("Nhập lại mật khẩu").fill(FAMILY_PASSWORD)
    page.get_by_role("button", name="Tạo tài khoản và vào trang gia đình").click()

    # The notice, before anything else of the household page
    gate = page.get_by_test_id("consent-gate")
    expect(gate).to_be_visible(timeout=15_000)
    expect(page.get_by_test_id("family-overview")).to_have_count(0)
    notice = gate.get_by_test_id("consent-notice")
    for title in ("Thu thập gì", "Để làm gì", "Ai được xem", "Giữ bao lâu", "Trẻ em",
                  "Rút lại", "Hỏi ai"):
        expect(notice.get_by_text(title, exact=True)).to_be_visible()
    expect(notice).to_contain_text("dưới 16 tuổi")
    expect(notice).to_contain_text(f"Thông báo phiên bản {consent.NOTICE_VERSION}")
    assert_accessible(page)
    screenshot(page, "consent-notice-phone")

    # Without the tick nothing is sent; then the adult names themself and ticks
    gate.get_by_label("Họ tên người lớn đồng ý").fill("Vũ Thị Hạnh")
    gate.get_by_test_id("consent-submit").click()
    assert _consent_row(app_server, household_id) is None
    gate.get_by_test_id("consent-agree").click()
    gate.get_by_test_id("consent-submit").click()

    wait_hydrated(page, "family-overview")
    section = page.get_by_test_id("consent-section")
    expect(section.get_by_test_id("consent-line")).to_contain_text("Đã đồng ý ngày")
    expect(section.get_by_test_id("consent-line")).to_contain_text("Vũ Thị Hạnh")
    assert _consent_row(app_server, household_id) == (
        "given", "self", "Vũ Thị Hạnh", consent.NOTICE_VERSION)
    # the family saves now
    page.get_by_role("button", name="Thêm người").click()
    form = page.get_by_test_id("add-member-form")
    form.get_by_label("Họ và tên").fill("Vũ Thị Hạnh")
    form.get_by_label("Năm sinh").fill("1985")
    form.get_by_label("Giới tính").select_option("female")
    form.get_by_role("button", name="Thêm người").click()
    expect(page.get_by_test_id("member-step")).to_have_attribute("data-member", "Vũ Thị Hạnh")

    # Withdrawing: one action, what follows said before it is confirmed
    page.goto("/ho")
    wait_hydrated(page, "family-overview")
    page.get_by_test_id("consent-withdraw").click()
    panel = page.get_by_test_id("consent-withdraw-panel")
    expect(panel).to_contain_text("Tổ trưởng không còn thấy hộ")
    expect(panel).to_contain_text("Dữ liệu chưa bị xoá")
    assert _consent_row(app_server, household_id)[0] == "given"
    panel.scroll_into_view_if_needed()
    screenshot(page, "consent-withdraw-phone")
    panel.get_by_test_id("consent-withdraw-confirm").click()

    expect(page.get_by_test_id("consent-gate")).to_be_visible()
    expect(page.get_by_test_id("consent-gate")).to_contain_text("đã rút lại sự đồng ý ngày")
    assert _consent_row(app_server, household_id)[0] == "withdrawn"
    sign_out(page)

    # The leader no longer finds it nor opens it
    sign_in(page, LEADER_PHONE)
    page.goto("/to")
    wait_hydrated(page, "households-ready")
    page.get_by_placeholder(re.compile("mã hộ", re.I)).fill("TDP01-8801")
    page.get_by_role("button", name="Tìm").click()
    expect(page.get_by_text("TDP01-8801")).to_have_count(0)
    page.goto(f"/ho/{household_id}")
    # why, in a plain sentence, not a generic refusal (issue 19)
    denied = page.get_by_test_id("access-denied")
    expect(denied).to_have_text(t("consent.hidden"), timeout=15_000)
    assert_accessible(page)
    screenshot(page, "consent-withdrawn-leader-phone")
    sign_out(page)

    # The family comes back and erases its data for good, after a second confirmation
    sign_in(page, FAMILY_PHONE, FAMILY_PASSWORD)
    gate = page.get_by_test_id("consent-gate")
    expect(gate).to_be_visible(timeout=15_000)
    gate.get_by_test_id("consent-erase").click()
    erase = gate.get_by_test_id("consent-erase-panel")
    expect(erase).to_contain_text("không lấy lại được")
    erase.scroll_into_view_if_needed()
    screenshot(page, "consent-erase-phone")
    assert _consent_row(app_server, household_id) is not None
    erase.get_by_test_id("consent-erase-confirm").click()
    expect(page).to_have_url(re.compile(r"/$"), timeout=15_000)
    with session_for(app_server) as session:
        assert session.get(Household, household_id) is None
        assert session.execute(sa.select(UserAccount.id).where(
            UserAccount.phone == FAMILY_PHONE)).first() is None


def test_a_leader_records_spoken_consent_before_entering_data(page, app_server):
    household_id = _new_household(app_server, "TDP01-8802")
    sign_in(page, LEADER_PHONE)
    page.goto(f"/ho/{household_id}")
    gate = page.get_by_test_id("consent-gate")
    expect(gate).to_be_visible(timeout=15_000)
    expect(gate.get_by_role("heading", level=1)).to_have_text(
        "Đọc thông báo này cho người lớn trong hộ")
    expect(gate).to_contain_text("họ đồng ý bằng lời")
    screenshot(page, "consent-leader-phone")
    gate.get_by_label("Họ tên người lớn đồng ý").fill("Đinh Văn Quý")
    gate.get_by_test_id("consent-agree").click()
    gate.get_by_role("button", name="Ghi nhận sự đồng ý").click()
    wait_hydrated(page, "family-overview")
    assert _consent_row(app_server, household_id) == (
        "given", "verbal", "Đinh Văn Quý", consent.NOTICE_VERSION)
    with session_for(app_server) as session:
        assert session.execute(
            sa.select(HouseholdConsent.given_by_id).where(
                HouseholdConsent.household_id == household_id)
        ).scalar_one() is not None
    sign_out(page)


def test_a_family_that_consented_to_the_old_notice_is_asked_again(page, app_server):
    """Issue 19: a new notice (leaders' visits, class sign-ups and attendance). The family
    is told what changed and asked again; meanwhile its page works as before."""
    phone = "0987650011"
    household_id = create_family(app_server, phone)
    with session_for(app_server) as session:
        session.execute(sa.update(HouseholdConsent)
                        .where(HouseholdConsent.household_id == household_id)
                        .values(notice_version=consent.NOTICE_HISTORY[0]))
    sign_in(page, phone, JOURNEY_PASSWORD)
    wait_hydrated(page, "family-overview")
    renewal = page.get_by_test_id("consent-renewal")
    expect(renewal).to_contain_text(t("consent.renew_title"))
    for key in consent.changes_since(consent.NOTICE_HISTORY[0]):
        expect(renewal.get_by_test_id("consent-changes")).to_contain_text(t(key))
    expect(renewal).to_contain_text(t("consent.renew_meanwhile"))
    # the adult who consented before is already filled in
    expect(renewal.get_by_label(t("consent.adult_name"))).to_have_value("Nguyễn Văn Hùng")
    assert_accessible(page)
    screenshot(page, "consent-renewal-phone")

    # meanwhile nothing is locked: an answer is saved as before
    page.get_by_test_id("step-start").click()
    step = page.get_by_test_id("member-step")
    step.get_by_role("group", name=t("member.smartphone")).get_by_role(
        "button", name=t("common.yes"), exact=True).click()
    expect(step.get_by_test_id("saved-has_smartphone")).to_contain_text(t("save.saved"))
    step.get_by_test_id("step-to-family").click()

    renewal = page.get_by_test_id("consent-renewal")
    renewal.get_by_test_id("consent-agree").click()
    renewal.get_by_role("button", name=t("consent.renew_submit")).click()
    expect(page.get_by_test_id("consent-renewal")).to_have_count(0)
    assert _consent_row(app_server, household_id) == (
        "given", "self", "Nguyễn Văn Hùng", consent.NOTICE_VERSION)
