"""The build steps in digital_family/web/frontend.py and the first-load budget's arithmetic."""

import asyncio
import json

from bench import web_budget
from digital_family.web import frontend

POSTCSS = """export default {
  plugins: {
    "postcss-import": {},
    autoprefixer: {},
  },
};"""


def test_css_pruner_goes_after_postcss_import_once():
    once = frontend._add_pruner(POSTCSS)
    assert frontend._add_pruner(once) == once
    lines = [line.strip() for line in once.splitlines()]
    at = lines.index('"postcss-import": {},')
    assert lines[at + 1].startswith(f'"./{frontend.PRUNER}"')
    assert "autoprefixer" in lines[at + 2]


def test_shared_code_goes_into_two_chunks_once():
    vite = """        codeSplitting: {
          groups: [
            {
              test: /env.json/,
              name: "reflex-env",
            },
          ],"""
    once = frontend._group_chunks(vite)
    assert frontend._group_chunks(once) == once
    assert once.index('"reflex-env"') < once.index('name: "vendor"') < once.index('name: "app"')
    assert "digital_family[\\\\/]components" in once


def _build(tmp_path):
    static = tmp_path / "client"
    (static / "assets").mkdir(parents=True)
    (static / "ho").mkdir()
    for name in ("entry-1.js", "route-2.js", "styles-3.css", "lazy-4.js", "root-5.js",
                 "react-6.js", "house-7.js"):
        (static / "assets" / name).write_text("x")
    routes = {
        "root": {"path": "", "module": "/assets/root-5.js", "imports": [], "css": []},
        "routes/[ho]._index": {"path": "ho", "module": "/assets/route-2.js",
                               "imports": ["/assets/react-6.js"], "css": []},
        "routes/[ho].$[ho_id]._index": {"path": "ho/:ho_id", "module": "/assets/house-7.js",
                                        "imports": ["/assets/react-6.js"], "css": []},
    }
    (static / "assets" / "manifest-0.js").write_text("window.__reactRouterManifest=" + json.dumps(
        {"entry": {"module": "/assets/entry-1.js", "imports": [], "css": []},
         "routes": routes}) + ";")
    page = ('<html><head><link rel="modulepreload" href="/assets/entry-1.js"/>'
            '<link href="/assets/styles-3.css" rel="stylesheet"/></head><body></body></html>')
    (static / "index.html").write_text(page)
    (static / "ho" / "index.html").write_text(page)
    (static / "sw.js").write_text(f'const VERSION = "gds-v2";\n{frontend.PRECACHE_MARK}\n')
    return static


def test_service_worker_precaches_the_pages_first_load_files(tmp_path):
    static = _build(tmp_path)
    frontend.write_precache_list(static)
    source = (static / "sw.js").read_text()
    listed = json.loads(source.split("const PRECACHE = ")[1].split(";")[0])
    # every route's code, the dynamic /ho/[ho_id] included; not what is loaded lazily
    assert listed == ["/assets/entry-1.js", "/assets/house-7.js", "/assets/manifest-0.js",
                      "/assets/react-6.js", "/assets/root-5.js", "/assets/route-2.js",
                      "/assets/styles-3.css"]
    assert 'const VERSION = "gds-v2-' in source  # a new list, a new worker and cache


def _served_path(path, method="GET", kind="http"):
    seen = {}

    async def app(scope, receive, send):
        seen.update(scope)

    asyncio.run(frontend.pages_without_redirect(app)(
        {"type": kind, "method": method, "path": path, "raw_path": path.encode()}, None, None))
    return seen["path"]


def test_a_page_folder_is_served_without_the_trailing_slash_redirect(tmp_path, monkeypatch):
    static = _build(tmp_path)
    monkeypatch.setattr(frontend, "_static_dir", lambda: static)
    frontend._is_page_folder.cache_clear()
    try:
        assert _served_path("/ho") == "/ho/"
        assert _served_path("/ho/") == "/ho/"
        assert _served_path("/") == "/"
        assert _served_path("/assets") == "/assets"  # no index.html there
        assert _served_path("/ho/7") == "/ho/7"
        assert _served_path("/ho", method="POST") == "/ho"
        assert _served_path("/ho", kind="websocket") == "/ho"
        assert _served_path("/../ho") == "/../ho"
    finally:
        frontend._is_page_folder.cache_clear()


def test_budget_flags_growth_over_ten_percent_and_pages_without_budget():
    budget = {"/": {"js_gzip": 1000, "css_gzip": 100}}
    assert web_budget.over_budget({"/": {"js_gzip": 1100, "css_gzip": 100}}, budget) == []
    assert len(web_budget.over_budget({"/": {"js_gzip": 1101, "css_gzip": 100}}, budget)) == 1
    assert len(web_budget.over_budget({"/": {"js_gzip": 900, "css_gzip": 111}}, budget)) == 1
    [problem] = web_budget.over_budget({"/new": {"js_gzip": 1, "css_gzip": 1}}, budget)
    assert "/new has no budget" in problem
