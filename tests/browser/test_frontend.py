"""The production build as a phone receives it: no redirects, code precached, within budget."""

import json
import urllib.error
import urllib.request

from bench import web_budget
from digital_family import frontend
from digital_family.settings import PROJECT_DIR

STATIC = PROJECT_DIR / ".web-test" / "build" / "client"  # the build conftest's server serves


class _NoRedirect(urllib.request.HTTPRedirectHandler):
    def redirect_request(self, *args, **kwargs):
        return None


def _get(url: str):
    opener = urllib.request.build_opener(_NoRedirect)
    try:
        with opener.open(url, timeout=10) as response:
            return response.status, response.read().decode(errors="replace")
    except urllib.error.HTTPError as exc:
        return exc.code, ""


def test_pages_answer_without_a_redirect(app_server):
    for path in ("/dang-nhap", "/ho", "/ho/", "/ho/1", "/to-truong", "/phuong",
                 "/phuong/chuong-trinh", "/moi?ma=ABCD-EFGH"):
        status, body = _get(app_server.url + path)
        assert status == 200, path
        assert "<html" in body, path


def test_service_worker_precaches_every_page_first_load_code(app_server):
    status, source = _get(app_server.url + "/sw.js")
    assert status == 200
    precache = set(json.loads(source.split("const PRECACHE = ")[1].split(";")[0]))
    for path, page in frontend.first_load(STATIC).items():
        assert page["js"] | page["css"] <= precache, path
    assert any(url.endswith(".css") for url in precache)
    for url in precache:
        assert _get(app_server.url + url)[0] == 200, url


def test_first_load_javascript_and_css_within_budget(app_server):
    problems = web_budget.over_budget(web_budget.first_load(STATIC), web_budget.load_budget())
    assert not problems, "\n".join(problems)
