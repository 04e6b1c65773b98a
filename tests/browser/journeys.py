"""Steps the browser tests share: signing in and out, reading the database."""

import re

from playwright.sync_api import expect

from digital_family.base import db
from tests.browser.conftest import wait_hydrated

DEMO_PASSWORD = "demo12345"
LEADER_PHONE = "0900000003"
RESIDENT_PHONE = "0900000005"
STAFF_PHONE = "0900000002"
WCAG_AA = {"runOnly": {"type": "tag", "values": ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]}}


def sign_in(page, phone: str, password: str = DEMO_PASSWORD) -> None:
    page.goto("/dang-nhap")
    wait_hydrated(page, "sign-in-form")
    page.get_by_label("Số điện thoại").fill(phone)
    page.get_by_label("Mật khẩu", exact=True).fill(password)
    page.get_by_role("button", name="Đăng nhập", exact=True).last.click()
    expect(page.get_by_test_id("sign-out")).to_be_visible(timeout=15_000)


def sign_out(page) -> None:
    page.get_by_test_id("sign-out").click()
    expect(page).to_have_url(re.compile(r"/dang-nhap$"), timeout=15_000)


def demo_staff(session):
    """The command line acting in the demo's ward (the app's first ward): a test that
    writes to it names it, since the city may hold another ward (``city_official``)."""
    from digital_family.base.permissions import SYSTEM
    from digital_family.base.wards import find_ward, in_ward

    ward = find_ward(session, "khuong-dinh")
    assert ward is not None
    return in_ward(SYSTEM, ward.id)


def session_for(app_server):
    """A database session on the app's database (commits on exit)."""
    return db.session_scope(db.make_engine(app_server.db_url))


def assert_accessible(page) -> None:
    from axe_playwright_python.sync_playwright import Axe

    results = Axe().run(page, options=WCAG_AA)
    violations = results.response["violations"]
    assert not violations, results.generate_report()


def open_household(page, path: str = "/ho") -> None:
    """The household page's family overview, hydrated."""
    page.goto(path)
    wait_hydrated(page, "family-overview")


def open_member(page, name: str):
    """From the family overview, the step of the member called ``name``."""
    page.get_by_test_id("family-member").and_(page.locator(f"[data-member='{name}']")).click()
    step = page.get_by_test_id("member-step")
    expect(step).to_have_attribute("data-member", name)
    return step


CITY_PHONE = "0920000009"  # a city official (city_staff), made by ``city_official``


def city_official(app_server) -> str:
    """A second ward beside the demo's (phones 093…) and a city official; his phone."""
    from digital_family.access import accounts
    from digital_family.base.permissions import SYSTEM
    from digital_family.ward import rollups
    from tests import ward as wardlib

    with session_for(app_server) as session:
        if accounts.get_user_by_phone(session, CITY_PHONE) is None:
            other = wardlib.build_ward(session, "phuong-liet", phone_prefix="093",
                                       ward_name="Phường Phương Liệt", groups=("PL01", "PL02"))
            rollups.rebuild(session, group_ids=[other.g1, other.g2])
            accounts.create_user(session, SYSTEM, phone=CITY_PHONE, password=DEMO_PASSWORD,
                                 role="city_staff", full_name="Nguyễn Thị Thành")
    return CITY_PHONE
