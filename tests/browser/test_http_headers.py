"""Security headers on every response, a Content Security Policy the app runs under,
and uploads over the limit refused before they are read."""

import urllib.error
import urllib.request

import pytest
from playwright.sync_api import expect

from digital_family.web.http_headers import MAX_UPLOAD_BYTES
from tests.browser.conftest import wait_hydrated
from tests.browser.journeys import sign_in

PATHS = ["/", "/dang-nhap", "/ho", "/ho/", "/ho/12", "/sw.js", "/manifest.webmanifest",
         "/offline.html", "/ping", "/api/v1/openapi.json"]


def _headers(url: str) -> dict:
    with urllib.request.urlopen(url, timeout=10) as response:
        return {k.lower(): v for k, v in response.headers.items()}


@pytest.mark.parametrize("path", PATHS)
def test_every_response_carries_the_security_headers(app_server, path):
    headers = _headers(app_server.url + path)
    assert headers["x-content-type-options"] == "nosniff"
    assert headers["x-frame-options"] == "DENY"
    assert headers["referrer-policy"] == "same-origin"
    assert "camera=()" in headers["permissions-policy"]
    policy = dict(part.strip().split(" ", 1) for part in headers["content-security-policy"].split(";"))
    assert policy["frame-ancestors"] == "'none'"
    assert policy["object-src"] == "'none'"
    scripts = policy["script-src"].split()
    assert "'unsafe-inline'" not in scripts  # (Reflex's call_script needs 'unsafe-eval')
    assert scripts[:3] == ["'self'", "'unsafe-eval'", "'report-sample'"]
    assert scripts[3:] and all(s.startswith("'sha256-") for s in scripts[3:])


def test_the_app_runs_under_its_policy(page, app_server):
    violations = []
    page.on("console", lambda m: violations.append(m.text)
            if "Content Security Policy" in m.text else None)
    page.goto("/")
    wait_hydrated(page, "overview-ready")
    sign_in(page, "0900000002")
    for path, marker in (("/phuong", "ward-ready"), ("/bao-cao", "report-ready"),
                         ("/quan-tri", "admin-ready")):
        page.goto(path)
        wait_hydrated(page, marker)
    # the language switch and the print button are plain functions, not eval'd scripts
    page.goto("/")
    wait_hydrated(page, "overview-ready")
    page.get_by_test_id("language-switch").click()
    expect(page.locator("html")).to_contain_text("Ward overview", timeout=15_000)
    assert violations == []


def test_an_upload_over_the_limit_is_refused_before_it_is_read(app_server):
    request = urllib.request.Request(
        app_server.url + "/_upload", method="POST", data=b"x" * 1024,
        headers={"Content-Length": str(MAX_UPLOAD_BYTES + 1),
                 "Content-Type": "multipart/form-data; boundary=x"})
    with pytest.raises(urllib.error.HTTPError) as info:
        urllib.request.urlopen(request, timeout=10)
    assert info.value.code == 413


def test_the_api_answers_beside_the_app(app_server):
    """The read-only API is mounted in the real app: its document, and a JSON 401."""
    import json

    with urllib.request.urlopen(app_server.url + "/api/v1/openapi.json", timeout=10) as answer:
        assert "/wards/{ward}/indicators" in json.loads(answer.read())["paths"]
    with pytest.raises(urllib.error.HTTPError) as refused:
        urllib.request.urlopen(app_server.url + "/api/v1/wards", timeout=10)
    assert refused.value.code == 401
    assert json.loads(refused.value.read())["error"]["code"] == "unauthorized"
