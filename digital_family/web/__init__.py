"""The web layer: everything that imports Reflex (pages, components, page states, the
signed-in cache, event limits, HTTP headers, uploads, the front-end build)."""
