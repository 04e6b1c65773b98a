"""Personal data in the browser (issue 13): the family's history and its download, erasing
one person from the household page, and staff filtering the audit and erasing a household
from the admin page with a second confirmation."""

import json
import re
from pathlib import Path

import sqlalchemy as sa
from playwright.sync_api import expect

from digital_family.ward import rollups
from tests.browser.conftest import screenshot, wait_hydrated
from tests.browser.journeys import (
    LEADER_PHONE,
    RESIDENT_PHONE,
    STAFF_PHONE,
    open_household,
    open_member,
    session_for,
    sign_in,
    sign_out,
)

ERASED_NAME = "Phạm Thị Xoáthử"
ADMIN_PHONE = "0900000001"


def _holding(app_server, needle: str) -> list[str]:
    """Every table.column whose text holds ``needle``."""
    from sqlmodel import SQLModel
    from sqlmodel.sql.sqltypes import AutoString

    found = []
    with session_for(app_server) as session:
        for table in SQLModel.metadata.sorted_tables:
            for column in table.c:
                if isinstance(column.type, sa.String | sa.Text | AutoString):
                    hit = session.execute(
                        sa.select(sa.func.count()).select_from(table)
                        .where(column.contains(needle, autoescape=True))).scalar_one()
                    if hit:
                        found.append(f"{table.name}.{column.name}")
    return found


def test_the_family_reads_its_history_downloads_it_and_erases_a_person(page, app_server):
    sign_in(page, RESIDENT_PHONE)
    open_household(page)
    wait_hydrated(page, "household-ready")

    # a person added, then erased for good
    page.get_by_role("button", name="Thêm người").click()
    form = page.get_by_test_id("add-member-form")
    form.get_by_label("Họ và tên").fill(ERASED_NAME)
    form.get_by_label("Năm sinh").fill("1999")
    form.get_by_role("button", name="Thêm người").click()
    expect(page.get_by_test_id("member-step")).to_have_attribute("data-member", ERASED_NAME)
    open_household(page)

    page.get_by_test_id("show-history").click()
    lines = page.get_by_test_id("history-line")
    expect(lines.first).to_contain_text(f"thêm {ERASED_NAME}")
    expect(lines.first).to_contain_text("Gia đình")
    page.get_by_test_id("your-data").scroll_into_view_if_needed()
    screenshot(page, "privacy-history-phone")
    if page.get_by_test_id("history-older").count():
        page.get_by_test_id("history-older").click()
        expect(page.get_by_role("button", name="Mới hơn")).to_be_visible()

    with page.expect_download() as download:
        page.get_by_test_id("download-data").click()
    data = json.loads(Path(download.value.path()).read_text(encoding="utf-8"))
    assert data["format"] == "gia-dinh-so/household-data"
    assert ERASED_NAME in [m["full_name"] for m in data["members"]]
    assert "password_hash" not in json.dumps(data)

    step = open_member(page, ERASED_NAME)
    step.get_by_role("button", name="Sửa thông tin").click()
    page.get_by_test_id("erase-member").click()
    dialog = page.get_by_role("alertdialog")
    expect(dialog).to_contain_text(ERASED_NAME)
    screenshot(page, "privacy-erase-member-phone")
    dialog.get_by_test_id("erase-member-confirm").click()
    expect(page.get_by_test_id("family-overview")).to_be_visible()
    expect(page.get_by_test_id("family-member").and_(
        page.locator(f"[data-member='{ERASED_NAME}']"))).to_have_count(0)
    assert _holding(app_server, ERASED_NAME) == []
    page.get_by_test_id("show-history").click()
    expect(page.get_by_test_id("history-line").first).to_contain_text(
        "xoá toàn bộ thông tin của một người")
    screenshot(page, "privacy-history-after-erasure-phone")
    sign_out(page)


def test_staff_filter_the_audit_and_erase_a_household_with_a_second_confirmation(
        page, app_server):
    with session_for(app_server) as session:
        household_id, code, address = session.execute(sa.text(
            "SELECT h.id, h.code, h.address FROM household h WHERE NOT EXISTS"
            " (SELECT 1 FROM user_account u WHERE u.household_id = h.id)"
            " ORDER BY h.code DESC LIMIT 1")).one()
        names = session.execute(sa.text("SELECT full_name FROM member WHERE household_id = :h"),
                                {"h": household_id}).scalars().all()
    group = code.split("-")[0]
    sign_in(page, STAFF_PHONE)
    page.goto(f"/ho/{household_id}")  # a staff read, logged
    wait_hydrated(page, "household-ready")
    page.goto("/quan-tri")
    wait_hydrated(page, "admin-ready")

    # an export limited to the group, logged
    page.get_by_test_id("tab-register").click()
    page.get_by_test_id("export-group").select_option(group)
    with page.expect_download() as download:
        page.get_by_role("button", name="CSV").click()
    assert download.value.suggested_filename == f"so-nhan-khau-{group}.csv"

    page.get_by_test_id("tab-audit").click()
    audit = page.get_by_test_id("admin-audit")
    audit.get_by_label("Tổ dân phố").select_option(group)
    audit.get_by_label("Số điện thoại của tài khoản").fill(STAFF_PHONE)
    audit.get_by_role("button", name="Lọc").click()
    expect(audit).to_contain_text("Giữ nhật ký (ngày, 90–3650): 730")  # staff read it
    lines = page.get_by_test_id("audit-line")
    expect(lines.first).to_contain_text(f"xuất sổ nhân khẩu (csv, {group},")
    expect(lines.nth(1)).to_contain_text("mở xem thông tin của gia đình")
    expect(lines.nth(1)).to_contain_text(code)
    screenshot(page, "privacy-audit-filter-phone")

    page.get_by_test_id("tab-erase").click()
    erase = page.get_by_test_id("admin-erase")
    erase.get_by_label("Mã hộ").fill(code)
    erase.get_by_role("button", name="Tiếp tục").click()
    expect(erase).to_contain_text(address)
    erase.get_by_label("Gõ lại mã hộ để xác nhận").fill(code + "X")
    erase.get_by_test_id("erase-confirm").click()
    expect(erase).to_contain_text("không khớp")
    screenshot(page, "privacy-erase-household-confirm-phone")
    erase.get_by_label("Gõ lại mã hộ để xác nhận").fill(code)
    erase.get_by_test_id("erase-confirm").click()
    expect(page.get_by_test_id("erase-done")).to_contain_text(code)
    screenshot(page, "privacy-erase-household-done-phone")

    with session_for(app_server) as session:
        assert session.execute(sa.text("SELECT count(*) FROM household WHERE id = :h"),
                               {"h": household_id}).scalar_one() == 0
        assert rollups.verify(session) == []
        # (demo names repeat across the ward: what was this family's is checked by id)
        assert session.execute(sa.text(
            "SELECT count(*) FROM audit_log WHERE household_id = :h AND"
            " (old_value IS NOT NULL OR new_value IS NOT NULL OR key IS NOT NULL)"),
            {"h": household_id}).scalar_one() == 0
        assert session.execute(sa.text("SELECT count(*) FROM member WHERE household_id = :h"),
                               {"h": household_id}).scalar_one() == 0
    assert names
    page.get_by_test_id("tab-audit").click()
    expect(page.get_by_test_id("audit-line").first).to_contain_text(
        "xoá toàn bộ thông tin của gia đình")


def test_the_admin_sets_how_long_the_log_is_kept(page, app_server):
    sign_in(page, ADMIN_PHONE)
    page.goto("/quan-tri")
    wait_hydrated(page, "admin-ready")
    page.get_by_test_id("tab-audit").click()
    form = page.get_by_test_id("retention-form")
    form.get_by_role("textbox").fill("30")
    form.get_by_role("button", name="Lưu").click()
    expect(form).to_contain_text("Thời gian lưu nhật ký phải từ 90 đến 3650 ngày.")
    form.get_by_role("textbox").fill("400")
    form.get_by_role("button", name="Lưu").click()
    expect(form.get_by_role("status")).to_be_visible()
    with session_for(app_server) as session:
        assert session.execute(sa.text("SELECT value FROM setting WHERE key = :k"),
                               {"k": "audit_retention_days"}).scalar_one() == "400"
        session.execute(sa.text("DELETE FROM setting WHERE key = :k"),
                        {"k": "audit_retention_days"})


# What the browser is sent (issue 13 point 4): a page's state deltas hold nothing
# personal beyond what the page shows of the households its reader may see.

PHONE_PATTERN = re.compile(r"(?<!\d)0\d{9}(?!\d)")


def _strings(value) -> list[str]:
    if isinstance(value, str):
        return [value]
    if isinstance(value, dict):
        return [s for v in value.values() for s in _strings(v)]
    if isinstance(value, list | tuple):
        return [s for v in value for s in _strings(v)]
    return []


def _personal(app_server, where: str, params: dict) -> tuple[set[str], set[str]]:
    """(names and addresses, phones) held about the households ``where`` selects."""
    with session_for(app_server) as session:
        rows = session.execute(sa.text(
            "SELECT h.address, h.phone, m.full_name, u.phone FROM household h"
            " JOIN residential_group g ON g.id = h.group_id"
            " LEFT JOIN member m ON m.household_id = h.id"
            f" LEFT JOIN user_account u ON u.household_id = h.id WHERE {where}"), params).all()
    words = {r[0] for r in rows if r[0]} | {r[2] for r in rows if r[2]}
    phones = {r[1] for r in rows if r[1]} | {r[3] for r in rows if r[3]}
    return words, phones


def _sent(app_server, phone: str, state, load: str, path: str) -> list[str]:
    from tests.browser.test_hostile_client import _signed_in
    from tests.browser.test_shared_phone import run
    from tests.wsclient import state_name

    async def journey():
        tab = await _signed_in(app_server.url, phone)
        await tab.send(f"{state_name(state)}.{load}", path=path)
        await tab.wait_for(lambda c: c.get(state_name(state), "loaded"))
        await tab.settle()
        await tab.disconnect()
        return tab.state

    sent = run(journey())
    return [s for name, values in sent.items() for key, value in values.items()
            if key != "token_rx_state_" for s in _strings(value)]


def test_a_residents_page_is_sent_its_own_household_and_no_phone(app_server):
    from digital_family.web.pages.household import HouseholdState

    sent = _sent(app_server, RESIDENT_PHONE, HouseholdState, "load_mine", "/ho")
    text = "\n".join(sent)
    own, _own_phones = _personal(app_server, "u.phone = :p OR h.id = (SELECT household_id FROM"
                                " user_account WHERE phone = :p)", {"p": RESIDENT_PHONE})
    others, _other_phones = _personal(app_server, "h.id <> (SELECT household_id FROM"
                                     " user_account WHERE phone = :p)", {"p": RESIDENT_PHONE})
    assert [w for w in own if w in sent], "the test would prove nothing"
    assert PHONE_PATTERN.findall(text) == []  # the page shows no phone, its own neither
    leaked = {w for w in others - own if w in sent}
    assert leaked == set()


def test_a_leaders_page_is_sent_phones_of_its_groups_only(app_server):
    from digital_family.web.pages.leader import LeaderState

    with session_for(app_server) as session:  # every household has a phone for a while
        bare = session.execute(sa.text("SELECT id FROM household WHERE phone IS NULL")
                               ).scalars().all()
        for household_id in bare:
            session.execute(sa.text("UPDATE household SET phone = :p WHERE id = :h"),
                            {"p": f"097{household_id:07d}", "h": household_id})
    groups = "g.id IN (SELECT group_id FROM user_group ug JOIN user_account a ON a.id = ug.user_id"
    try:
        sent = _sent(app_server, LEADER_PHONE, LeaderState, "load", "/to-truong")
        _, mine = _personal(app_server, groups + " WHERE a.phone = :p)", {"p": LEADER_PHONE})
        words, theirs = _personal(app_server, "NOT " + groups + " WHERE a.phone = :p)",
                                  {"p": LEADER_PHONE})
    finally:
        with session_for(app_server) as session:
            session.execute(sa.text("UPDATE household SET phone = NULL WHERE phone LIKE '097%'"))
    text = "\n".join(sent)
    phones = set(PHONE_PATTERN.findall(text))
    assert phones, "the test would prove nothing"
    assert phones <= mine | {LEADER_PHONE}
    assert not phones & (theirs - mine)
    assert not {a for a in words if a in sent}  # no address or name of another group
