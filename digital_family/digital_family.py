"""The Reflex app: pages, the PWA head tags, the schema gate and the daily purge."""

import asyncio
import logging
import sys

import reflex as rx
from reflex.app import default_backend_exception_handler

from digital_family.base import db
from digital_family.base.i18n import t
from digital_family.upkeep import health, retention
from digital_family.web import api, disk_states, event_limits, state
from digital_family.web.components import connection
from digital_family.web.components.layout import BRAND
from digital_family.web.frontend import pages_without_redirect
from digital_family.web.http_headers import secure_headers
from digital_family.web.offloop import run_in_session
from digital_family.web.pages import (
    account,
    admin,
    ambassador,
    city,
    class_attendance,
    classes,
    household,
    households,
    leader,
    overview,
    programme,
    report,
    sign_in,
    ward,
    week_sheet,
)

try:
    db.require_current_schema()
except db.SchemaBehindError as exc:
    print(exc, file=sys.stderr)
    raise SystemExit(2) from None



def _on_backend_error(exception: Exception):
    """A database that is down, full or read-only is said in plain words, in Vietnamese
    with English below (no state here to know the reader's language); any other error
    as Reflex shows it. Page handlers say it on the page themselves (state._refusal):
    this catches the rest, e.g. the sign-in check that runs before a handler."""
    key = db.failure_message_key(exception)
    if key is None:
        return default_backend_exception_handler(exception)
    logging.getLogger(__name__).warning("database: %s", str(exception).splitlines()[0])
    return rx.toast.error(
        t(key), description=t(key, "en"), id="database", position="top-center", duration=15000,
    )


event_limits.install()
disk_states.install()  # the disk state manager's folder scanned once a minute, not per write
state.free_on_disconnect()  # a closed tab's page states let go of their data

PURGE_EVERY_SECONDS = 24 * 3600


async def purge_daily() -> None:
    """Delete what has expired (retention.purge) at start and then once a day."""
    while True:
        try:
            summary = await run_in_session(retention.purge, slow=True)
            logging.getLogger(__name__).info("purged %d expired rows", summary.total)
        except Exception as exc:
            logging.getLogger(__name__).warning("daily purge failed: %r", exc)
        await asyncio.sleep(PURGE_EVERY_SECONDS)


app = rx.App(
    html_lang="vi",
    backend_exception_handler=_on_backend_error,
    # GET /healthz for a load balancer, beside Reflex's own routes; the outermost wrapper
    # last: security headers on every response, redirects and health included
    api_transformer=[pages_without_redirect, health.api(), api.mounted(), secure_headers],
    # Radix's accent text is just under WCAG AA on grey: links use the darker brand green
    style={rx.link: {"color": BRAND}},
    stylesheets=["/print.css"],
    head_components=[
        rx.el.link(rel="manifest", href="/manifest.webmanifest"),
        rx.el.meta(name="theme-color", content=BRAND),
        rx.el.link(rel="apple-touch-icon", href="/icons/icon-192.png"),
        rx.el.link(rel="icon", type="image/png", href="/icons/icon-192.png"),
        # a file, not an inline script: the Content Security Policy runs no inline code
        rx.el.script(src="/register-sw.js", defer=True),
    ],
)
# Reflex's own connection toasts are English and developer-facing: ours replace them.
app.app_wraps[(5, "Overlay")] = lambda stateful: connection.banner() if stateful else None
overview.add_pages(app)
sign_in.add_pages(app)
household.add_pages(app)
households.add_pages(app)
leader.add_pages(app)
ward.add_pages(app)
city.add_pages(app)
admin.add_pages(app)
report.add_pages(app)
ambassador.add_pages(app)
programme.add_pages(app)
account.add_pages(app)
week_sheet.add_pages(app)
classes.add_pages(app)
class_attendance.add_pages(app)
app.register_lifespan_task(purge_daily)
