"""The ward overview on a phone shows exactly the engine's figures."""

import json
import struct
import urllib.request

import pytest
from playwright.sync_api import expect

from digital_family.base import db
from digital_family.base.formatting import format_int, format_percent
from digital_family.base.i18n import t
from digital_family.campaign import figures
from tests.browser.conftest import screenshot, wait_hydrated
from tests.ward import a_ward


def _engine_report(app_server):
    engine = db.make_engine(app_server.db_url)
    try:
        with db.session_scope(engine) as session:
            return figures.ward_report(session, a_ward(session))
    finally:
        engine.dispose()


def test_overview_numbers_equal_the_engine(page, app_server):
    page.goto("/")
    wait_hydrated(page, "overview-ready")
    report = _engine_report(app_server)

    for result in report.indicators:
        card = page.get_by_test_id(f"indicator-{result.code}")
        expect(card).to_contain_text(t(f"indicator.{result.code}"))
        expect(card.get_by_test_id("indicator-value")).to_have_text(format_percent(result.value))
        expect(card.get_by_test_id("indicator-people")).to_contain_text(
            f"{format_int(result.numerator)} / {format_int(result.denominator)} "
        )
        if result.target is None:
            expect(card).to_contain_text(t("status.no_target"))
        else:
            expect(card.get_by_test_id("indicator-target")).to_contain_text(
                format_percent(result.target)
            )
            expect(card).to_contain_text(t("status.met" if result.met else "status.unmet"))

    for key in ("households", "members", "confirmed", "confirmed_recent"):
        expect(page.get_by_test_id(f"completion-{key}").get_by_test_id("completion-value")) \
            .to_have_text(format_int(getattr(report.completion, key)))

    # Fits a 390 px phone: nothing wider than the screen.
    assert page.evaluate("document.documentElement.scrollWidth") <= 390
    assert page.evaluate("document.documentElement.lang") == "vi"
    screenshot(page, "overview-phone")


def test_overview_shows_no_names(page, app_server):
    """Until sign-in exists the public page holds aggregates only."""
    from sqlmodel import select

    from digital_family.base.models import Member

    engine = db.make_engine(app_server.db_url)
    with db.session_scope(engine) as session:
        names = session.exec(select(Member.full_name).limit(20)).all()
    engine.dispose()
    page.goto("/")
    wait_hydrated(page, "overview-ready")
    body = page.locator("body").inner_text()
    assert not [n for n in names if n in body]


def _png_size(data: bytes) -> tuple[int, int]:
    assert data[:8] == b"\x89PNG\r\n\x1a\n"
    return struct.unpack(">II", data[16:24])


def test_manifest_is_valid_and_its_icons_are_served(app_server):
    with urllib.request.urlopen(app_server.url + "/manifest.webmanifest") as r:
        assert r.status == 200
        manifest = json.load(r)
    assert manifest["lang"] == "vi"
    assert manifest["start_url"] == "/" and manifest["display"] == "standalone"
    assert manifest["theme_color"].startswith("#")
    assert manifest["name"] and manifest["short_name"]
    sizes = set()
    for icon in manifest["icons"]:
        with urllib.request.urlopen(app_server.url + icon["src"]) as r:
            width, height = _png_size(r.read())
        assert icon["sizes"] == f"{width}x{height}"
        sizes.add(width)
    assert {192, 512} <= sizes
    assert any(i.get("purpose") == "maskable" for i in manifest["icons"])


@pytest.mark.allow_console(r"ERR_INTERNET_DISCONNECTED", r"WebSocket", r"websocket")
def test_service_worker_serves_the_offline_page(page, context, app_server):
    page.goto("/")
    wait_hydrated(page, "overview-ready")
    assert page.locator("link[rel=manifest]").get_attribute("href") == "/manifest.webmanifest"
    # (ready resolves once a worker is active; wait_for_function would take the
    # promise itself as a truthy answer and race the worker's install)
    script_url = page.evaluate("navigator.serviceWorker.ready.then(r => r.active.scriptURL)")
    assert script_url == app_server.url + "/sw.js"
    # Wait until the worker controls the page, then cut the network.
    page.reload()
    page.wait_for_function("navigator.serviceWorker.controller !== null", timeout=15_000)
    context.set_offline(True)
    try:
        page.goto("/khong-co-trang-nay", wait_until="domcontentloaded")
        expect(page.get_by_role("heading", name=t("offline.title"))).to_be_visible()
        expect(page.get_by_text(t("offline.body"))).to_be_visible()
        screenshot(page, "offline-phone")
    finally:
        context.set_offline(False)
