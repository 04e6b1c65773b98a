"""Every route opened as every role, and signed out: a page, a refusal naming the page,
or the sign-in page — never a server error or a console error (the no_errors fixture
fails the test on either)."""

import re

import pytest
import sqlalchemy as sa

from tests.browser.journeys import CITY_PHONE, city_official, session_for, sign_in

ROUTES = ["/", "/dang-nhap", "/moi", "/ho", "/ho/{other}", "/to", "/to-truong", "/phuong",
          "/phuong/chuong-trinh", "/quan-tri", "/bao-cao", "/bao-cao?to=TDP03", "/dai-su",
          "/tai-khoan", "/to-truong/phieu-tuan", "/lop-hoc", "/lop-hoc/{taught}",
          "/lop-hoc/{elsewhere}", "/lop-hoc/999999", "/thanh-pho", "/khong-co-trang-nay"]
ROLES = {"signed out": None, "resident": "0900000005", "group_leader": "0900000003",
         "ambassador": "0900000004", "ward_staff": "0900000002", "admin": "0900000001",
         "city_staff": CITY_PHONE}
# What holds a person: never the city's page (SPEC §6: numbers only)
MEMBER_LEVEL = ("/ho", "/ho/{other}", "/to", "/to-truong", "/phuong", "/phuong/chuong-trinh",
                "/quan-tri", "/bao-cao", "/bao-cao?to=TDP03", "/dai-su", "/to-truong/phieu-tuan",
                "/lop-hoc/{taught}", "/lop-hoc/{elsewhere}")
SETTLED = ("[data-testid$='-ready'], [data-testid='access-denied'], "
           "[data-testid='sign-in-form'], [data-testid='invitation-form']")


def _household_in_tdp03(app_server) -> int:
    """A household of a group the demo leader does not lead."""
    with session_for(app_server) as session:
        return session.execute(sa.text(
            "SELECT h.id FROM household h JOIN residential_group g ON g.id = h.group_id"
            " WHERE g.code = 'TDP03' ORDER BY h.id LIMIT 1")).scalar_one()


def _demo_class(app_server, code: str) -> int:
    """A class of the demo term (demo.classes.TERM): L01 is TDP01's, taught by the demo
    ambassador; L03 is TDP02's, taught by the other one."""
    with session_for(app_server) as session:
        return session.execute(sa.text("SELECT id FROM learning_class WHERE code = :code"),
                               {"code": code}).scalar_one()


@pytest.mark.allow_console(r"status of 404")  # /khong-co-trang-nay
@pytest.mark.parametrize("role", list(ROLES))
def test_every_route_as_every_role(page, app_server, role):
    other = _household_in_tdp03(app_server)
    taught, elsewhere = _demo_class(app_server, "L01"), _demo_class(app_server, "L03")
    if role == "city_staff":
        city_official(app_server)
    if ROLES[role]:
        sign_in(page, ROLES[role])
    outcomes = {}
    for route in ROUTES:
        path = route.format(other=other, taught=taught, elsewhere=elsewhere)
        page.goto(path)
        if path == "/khong-co-trang-nay":
            page.wait_for_load_state("load")
            continue
        try:
            page.locator(SETTLED).first.wait_for(state="visible", timeout=30_000)
        except Exception as exc:
            raise AssertionError(f"{role}: {path} never settled ({page.url})") from exc
        if page.get_by_test_id("access-denied").is_visible():
            denied = page.get_by_test_id("access-denied").inner_text()
            assert "hộ này" not in denied or path.startswith("/ho"), (path, denied)
            outcomes[path] = "refused"
        elif re.search(r"/dang-nhap$", page.url) and path != "/dang-nhap":
            outcomes[path] = "sign in"
        else:
            outcomes[path] = "page"
    _expect(role, outcomes, lambda r: r.format(other=other, taught=taught, elsewhere=elsewhere),
            taught, elsewhere)


def _expect(role: str, outcomes: dict[str, str], path, taught: int, elsewhere: int) -> None:
    """What each role must meet; ``path`` fills a route's ids."""
    if ROLES[role] is None:
        signed_in_only = [r for r in ROUTES if r not in ("/", "/dang-nhap", "/moi",
                                                         "/khong-co-trang-nay")]
        assert {r: outcomes[path(r)]
                for r in signed_in_only} \
            == dict.fromkeys(signed_in_only, "sign in")
    if role == "resident":
        assert outcomes[path("/ho/{other}")] == "refused"
        assert outcomes["/quan-tri"] == outcomes["/dai-su"] == "refused"
    if role == "city_staff":
        assert outcomes["/thanh-pho"] == "page"
        assert {r: outcomes[path(r)]
                for r in MEMBER_LEVEL} == dict.fromkeys(MEMBER_LEVEL, "refused")
    elif ROLES[role]:
        assert outcomes["/thanh-pho"] == "refused"  # a ward's accounts: not the city's page
        _check_classes(role, outcomes, taught, elsewhere)
    if role == "admin":
        assert {outcomes[p] for p in ("/phuong", "/quan-tri", "/bao-cao")} == {"page"}


def _check_classes(role: str, outcomes: dict[str, str], taught: int, elsewhere: int) -> None:
    """The class list is for everyone signed in; a class's page for its teacher, staff
    and the leaders of its groups; no class is no page."""
    assert outcomes["/lop-hoc"] == "page"
    assert outcomes["/lop-hoc/999999"] == "refused"
    expected = {"resident": ("refused", "refused"), "ambassador": ("page", "refused"),
                "group_leader": ("page", "page"), "ward_staff": ("page", "page"),
                "admin": ("page", "page")}[role]
    assert (outcomes[f"/lop-hoc/{taught}"], outcomes[f"/lop-hoc/{elsewhere}"]) == expected
