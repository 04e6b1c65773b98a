"""First-page transfer size of the app's pages, beside the blank Reflex baseline.

    python -m bench.bench_bundle http://localhost:3000 [/ /dang-nhap ...]

Loads each page in a fresh Chromium context (empty cache, service worker blocked)
and adds up the bytes sent over the wire (gzip) for scripts, stylesheets and
the document. Prints one JSON object.
"""

import json
import sys

from playwright.sync_api import sync_playwright

CHROMIUM_ARGS = ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                 "--disable-background-networking", "--disable-component-update",
                 "--disable-sync"]
# ../shared/TOOLCHAIN.md: a blank Reflex 0.10.1 app's first page, gzip, CSS included.
BLANK_REFLEX_FIRST_PAGE_KB = 325


def measure(browser, url: str) -> dict:
    context = browser.new_context(service_workers="block",
                                  viewport={"width": 390, "height": 844})
    page = context.new_page()
    sizes = {"document": 0, "script": 0, "stylesheet": 0, "other": 0}
    count = 0

    def on_finished(request):
        nonlocal count
        if request.url.startswith("data:") or "/_event" in request.url:
            return
        response = request.response()
        if response is None:
            return
        body = request.sizes()["responseBodySize"]
        kind = request.resource_type if request.resource_type in sizes else "other"
        sizes[kind] += body
        count += 1

    page.on("requestfinished", on_finished)
    page.goto(url, wait_until="networkidle")
    context.close()
    total = sum(sizes.values())
    return {
        **{f"{k}_kb": round(v / 1024, 1) for k, v in sizes.items()},
        "total_kb": round(total / 1024, 1),
        "requests": count,
        "vs_blank_reflex": round(total / 1024 / BLANK_REFLEX_FIRST_PAGE_KB, 2),
    }


def main(argv: list[str]) -> None:
    base = argv[0] if argv else "http://localhost:3000"
    paths = argv[1:] or ["/"]
    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path="/usr/bin/chromium", args=CHROMIUM_ARGS)
        result = {path: measure(browser, base.rstrip("/") + path) for path in paths}
        browser.close()
    print(json.dumps({"blank_reflex_first_page_kb": BLANK_REFLEX_FIRST_PAGE_KB,
                      "pages": result}, ensure_ascii=False))


if __name__ == "__main__":
    main(sys.argv[1:])
