"""Render assets/icons/icon.svg to the PNG icons the web manifest lists.

Run once after changing the SVG: python scripts/make_icons.py
"""

from pathlib import Path

from playwright.sync_api import sync_playwright

ICONS = Path(__file__).resolve().parent.parent / "assets" / "icons"
CHROMIUM_ARGS = ["--no-sandbox", "--disable-gpu", "--no-first-run",
                 "--disable-background-networking", "--disable-component-update"]


def render(page, svg: str, size: int, padding: float, out: Path) -> None:
    inset = int(size * padding)
    page.set_viewport_size({"width": size, "height": size})
    page.set_content(
        f"<html><body style='margin:0;background:#0b5d3b'>"
        f"<div style='padding:{inset}px'><img src='data:image/svg+xml;utf8,{svg}' "
        f"style='width:{size - 2 * inset}px;height:{size - 2 * inset}px;display:block'></div>"
        f"</body></html>"
    )
    page.screenshot(path=str(out), omit_background=False)


def main() -> None:
    svg = (ICONS / "icon.svg").read_text().replace("#", "%23").replace("\n", " ")
    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path="/usr/bin/chromium", args=CHROMIUM_ARGS)
        page = browser.new_page()
        render(page, svg, 192, 0, ICONS / "icon-192.png")
        render(page, svg, 512, 0, ICONS / "icon-512.png")
        # Maskable icons keep their content inside the central 80% safe zone.
        render(page, svg, 512, 0.1, ICONS / "icon-maskable-512.png")
        browser.close()


if __name__ == "__main__":
    main()
