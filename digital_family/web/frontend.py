"""How the production front end is built and served, for cheap phones on mobile data.

- ``FrontendPlugin`` (in rxconfig.py): the build trims Radix Themes' CSS to what the
  pages can use (radix_css_prune.cjs, a PostCSS plugin); puts the libraries and the
  shared components every page needs in two chunks (a page loads ~9 files instead of
  ~25: each is a round trip on slow 4G); and writes the list of the pages' first-load
  files into the service worker, which precaches them at install.
- ``pages_without_redirect``: ``/ho`` is served as it is, not redirected to ``/ho/``.
"""

import hashlib
import json
import re
from functools import lru_cache
from pathlib import Path

import reflex as rx
from reflex_base.constants import Dirs, PageNames

PACKAGE = Path(__file__).resolve().parent
PRUNER = "radix-css-prune.cjs"
VITE_CONFIG = "vite.config.js"
_REFLEX_ENV_GROUP = re.compile(r'name:\s*"reflex-env",\s*\},')
# Modules shared by at least two entries (routes, the root layout, the client entry) go
# into one "vendor" chunk (libraries) and one "app" chunk (Reflex's runtime and this app's
# shared components); what one route alone uses stays in its chunk, and what is imported
# lazily (recharts) stays out of the first load.
_CHUNK_GROUPS = """
            {{ name: "vendor", test: /node_modules/, minShareCount: 2 }},
            {{ name: "app", minShareCount: 2,
              test: /[\\\\/](utils|components|app_components[\\\\/](reflex|{app}[\\\\/]components))[\\\\/]/ }},"""  # noqa: E501 - one JavaScript regex
PRECACHE_MARK = "const PRECACHE = [];"
VERSION_MARK = re.compile(r'const VERSION = "([^"]*)";')
_STYLESHEET = re.compile(r'<link[^>]+href="(/assets/[^"]+\.css)"[^>]*rel="stylesheet"')


def _add_pruner(config_js: str) -> str:
    """Put the CSS pruner right after postcss-import (which inlines Radix's CSS)."""
    if PRUNER in config_js:
        return config_js
    options = json.dumps({"extraSources": [str(PACKAGE)]})
    return config_js.replace('"postcss-import": {},',
                             f'"postcss-import": {{}},\n    "./{PRUNER}": {options},', 1)


def router_manifest(static_dir: Path) -> dict:
    """React Router's manifest of a build: every route's module and static imports."""
    [path] = (static_dir / "assets").glob("manifest-*.js")
    text = path.read_text()
    data = json.loads(text[text.index("{"):text.rindex("}") + 1])
    data["file"] = "/assets/" + path.name
    return data


def _group_chunks(config_js: str) -> str:
    """Add the two chunk groups to Reflex's Vite config (after its own "reflex-env")."""
    if 'name: "vendor"' in config_js:
        return config_js
    app = rx.config.get_config().app_name
    return _REFLEX_ENV_GROUP.sub(lambda m: m.group(0) + _CHUNK_GROUPS.format(app=app),
                                 config_js, count=1)


_RADIX_NAMESPACE = re.compile(r'^import \* as radix_ui_themes from "@radix-ui/themes";?\n'
                              r'|^\s*"@radix-ui/themes": radix_ui_themes,\n', re.M)


def _without_whole_radix(root_jsx: str) -> str:
    """Drop Reflex's ``import * as … from "@radix-ui/themes"`` from the root layout.

    Reflex exposes the whole Radix Themes library on ``window.__reflex`` for components
    built at run time from a state var (``evalReactComponent``); this app has none, and
    the namespace import defeats tree-shaking: every page loaded every Radix component
    (~30 KB gzip more than the ones used).
    """
    return _RADIX_NAMESPACE.sub("", root_jsx)


def first_load(static_dir: Path) -> dict[str, dict[str, set[str]]]:
    """``{"/ho": {"js": urls, "css": urls}, …}``: what each route loads before it runs
    (the entry, the root layout, the route and their static imports; lazily imported
    chunks are not first-load) and the stylesheets the pages link."""
    data = router_manifest(static_dir)
    root = data["routes"]["root"]
    shared_js = {data["file"], data["entry"]["module"], *data["entry"]["imports"],
                 root["module"], *root["imports"]}
    html = (static_dir / "index.html").read_text()
    shared_css = set(_STYLESHEET.findall(html)) | set(root.get("css", []))
    pages = {}
    for route_id, route in data["routes"].items():
        if route_id == "root" or route.get("path") == "*":
            continue
        path = "/" + re.sub(r":(\w+)", r"[\1]", route.get("path") or "")
        pages[path] = {"js": shared_js | {route["module"], *route.get("imports", [])},
                       "css": shared_css | set(route.get("css", []))}
    return dict(sorted(pages.items()))


def write_precache_list(static_dir: Path) -> None:
    """Fill the service worker's precache list; its version follows the list's content."""
    sw = static_dir / "sw.js"
    if not sw.is_file():
        return
    files = sorted({url for page in first_load(static_dir).values() for urls in page.values()
                    for url in urls})
    source = sw.read_text()
    digest = hashlib.sha256("\n".join(files).encode()).hexdigest()[:12]
    source = source.replace(PRECACHE_MARK, f"const PRECACHE = {json.dumps(files)};")
    source = VERSION_MARK.sub(lambda m: f'const VERSION = "{m.group(1)}-{digest}";', source, 1)
    sw.write_text(source)


class FrontendPlugin(rx.plugins.Plugin):
    """Build steps of this app's front end (see the module docstring)."""

    def get_static_assets(self, **context):
        return [(Path(PRUNER), (PACKAGE / "radix_css_prune.cjs").read_text())]

    def pre_compile(self, **context):
        context["add_modify_task"](Dirs.POSTCSS_JS, _add_pruner)
        context["add_modify_task"](VITE_CONFIG, _group_chunks)
        context["add_modify_task"](f"{Dirs.PAGES}/{PageNames.APP_ROOT}", _without_whole_radix)

    def post_build(self, **context):
        write_precache_list(Path(context["static_dir"]))


def _static_dir() -> Path:
    from reflex.utils import prerequisites

    return (prerequisites.get_web_dir() / Dirs.STATIC).resolve()


@lru_cache(maxsize=512)
def _is_page_folder(path: str) -> bool:
    if ".." in path or "." in path.rsplit("/", 1)[-1]:
        return False
    return (_static_dir() / path.strip("/") / "index.html").is_file()


def pages_without_redirect(app):
    """ASGI wrapper: a page requested without its trailing slash is served directly.

    The prerendered ``/ho`` lives in ``ho/index.html``; Starlette's static files would
    answer ``/ho`` with a redirect to ``/ho/`` (one more round trip, ~0.6 s on slow 4G).
    """

    async def serve(scope, receive, send):
        if scope["type"] == "http" and scope["method"] in ("GET", "HEAD"):
            path = scope["path"]
            if path != "/" and not path.endswith("/") and _is_page_folder(path):
                scope = dict(scope, path=path + "/", raw_path=(path + "/").encode())
        await app(scope, receive, send)

    return serve
