"""A resident asks for VNeID help; the ambassador comes, helps and records it."""

import re

import sqlalchemy as sa
from playwright.sync_api import expect

from digital_family.base.models import HelpRequest, Household, Member, UserAccount
from digital_family.campaign import figures
from digital_family.households import member_writes
from digital_family.programmes import help_requests
from tests.browser.conftest import screenshot, wait_hydrated
from tests.browser.journeys import (
    RESIDENT_PHONE,
    assert_accessible,
    demo_staff,
    open_household,
    open_member,
    session_for,
    sign_in,
    sign_out,
)
from tests.ward import a_ward

AMBASSADOR_PHONE = "0900000004"
STAFF_PHONE = "0900000002"


def _prepare_member(app_server):
    """An adult of the demo resident's household, without VNeID for this test."""
    with session_for(app_server) as session:
        household_id = session.execute(
            sa.select(UserAccount.household_id).where(UserAccount.phone == RESIDENT_PHONE)
        ).scalar_one()
        member = session.execute(
            sa.select(Member).where(Member.household_id == household_id)
            .order_by(Member.birth_year).limit(1)
        ).scalar_one()
        member.vneid_level = 0
        household = session.get(Household, household_id)
        household.version += 1
        session.flush()
        # written around member_writes, so the group's roll-up is recounted here
        member_writes.bulk_written(session, None, [household.group_id])
        return member.id, member.full_name


def _vneid_numerator(app_server) -> int:
    with session_for(app_server) as session:
        return figures.group_report(session, a_ward(session), "TDP01").indicator(
            "digital_identity_16plus").numerator


def _opened(app_server) -> int:
    with session_for(app_server) as session:
        return help_requests.programme_stats(session, demo_staff(session), weeks=12).overall.opened


def test_vneid_help_from_request_to_indicator(page, app_server):
    member_id, name = _prepare_member(app_server)
    numerator_before, opened_before = _vneid_numerator(app_server), _opened(app_server)

    # The resident asks for help with VNeID for that member: open the folded section,
    # choose the topic, confirm.
    sign_in(page, RESIDENT_PHONE)
    open_household(page)
    step = open_member(page, name)
    expect(step.get_by_test_id("ask-vneid")).to_be_hidden()  # folded until opened
    step.get_by_test_id("help-fold").click()
    step.get_by_test_id("ask-vneid").click()
    dialog = page.get_by_role("dialog")
    expect(dialog).to_contain_text("Cài và kích hoạt VNeID")
    expect(dialog).to_contain_text(name)
    dialog.get_by_label("Ghi chú (không bắt buộc)").fill("Gọi cho con gái")
    assert_accessible(page)
    screenshot(page, "household-help-confirm-phone")
    dialog.get_by_test_id("help-send").click()
    expect(page.get_by_test_id("status-bar")).to_contain_text("Đã gửi yêu cầu")
    request = step.get_by_test_id("help-request").filter(has_text=name).first
    expect(request).to_contain_text("Đang chờ")
    assert_accessible(page)
    sign_out(page)

    # The ambassador claims it, helps, ticks VNeID level 2 and closes it.
    sign_in(page, AMBASSADOR_PHONE)
    expect(page).to_have_url(re.compile(r"/dai-su"))
    wait_hydrated(page, "queue-ready")
    with session_for(app_server) as session:
        request_id = session.execute(
            sa.select(sa.func.max(HelpRequest.id)).where(HelpRequest.member_id == member_id)
        ).scalar_one()
    item = page.locator(f"[data-testid=queue-item][data-request='{request_id}']")
    expect(item).to_contain_text("Cài và kích hoạt VNeID")
    expect(item).not_to_contain_text(name)  # who asked shows only once it is taken
    item.get_by_test_id("claim").click()
    expect(item).to_contain_text(name)
    expect(page.get_by_test_id("queue-message")).to_contain_text("Bạn đã nhận")
    item.get_by_test_id("open-request").click()
    detail = page.get_by_test_id("request-detail")
    expect(detail).to_be_visible()
    detail.get_by_test_id("achieved-vneid_level").click()
    assert_accessible(page)
    screenshot(page, "ambassador-request-phone")
    detail.get_by_test_id("resolve").click()
    expect(page.get_by_test_id("queue-message")).to_contain_text("Đã ghi kết quả")
    sign_out(page)

    # The member, the household page and the group's indicator all show it.
    with session_for(app_server) as session:
        member = session.get(Member, member_id)
        ambassador = session.execute(
            sa.select(UserAccount.id).where(UserAccount.phone == AMBASSADOR_PHONE)
        ).scalar_one()
        assert member.vneid_level == 2 and member.updated_by_id == ambassador
    assert _vneid_numerator(app_server) == numerator_before + 1
    sign_in(page, RESIDENT_PHONE)
    open_household(page)
    expect(page.get_by_test_id("help-request").filter(has_text=name).first) \
        .to_contain_text("Đã giúp được")
    step = open_member(page, name)
    expect(step.get_by_test_id("vneid_level-control").get_by_role("button", name="Mức 2")) \
        .to_have_attribute("aria-pressed", "true")
    sign_out(page)

    # The ward's view of the programme counts the request.
    assert _opened(app_server) == opened_before + 1
    sign_in(page, STAFF_PHONE)
    page.goto("/phuong/chuong-trinh")
    wait_hydrated(page, "programme-ready")
    expect(page.get_by_test_id("programme-overall")).to_contain_text(str(opened_before + 1))
    assert_accessible(page)
    screenshot(page, "programme-phone")
