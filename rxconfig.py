"""Reflex settings. The database is configured by digital_family.base.settings, not here.

The scaled set-up is ours to configure in one place: REDIS_URL becomes Reflex's Redis
(which switches its state manager to Redis) and WORKERS the granian worker count.
"""

import os

import reflex as rx
from granian.server import common as _granian

from digital_family.base import settings

if settings.redis_url():
    os.environ.setdefault("GRANIAN_WORKERS", str(settings.workers()))
    # Reflex's opportunistic lock: the worker that answered a tab keeps its state lock
    # (a lease, half the lock's 10 s expiration) and answers the tab's next events from
    # memory, writing the state back to Redis when the lease ends or when another worker
    # or server asks for the tab (handed over at once). Measured on PostgreSQL + Redis:
    # no "lock held too long" warnings left and ~22 % less CPU per tap. A worker killed
    # outright cannot hand over: its tabs wait for the lock to expire (≤ 10 s) and the
    # page state it had not written back is read again by the page's load; what was
    # acknowledged is in the database (tests/browser/test_two_servers.py, test_faults.py).
    # REFLEX_OPLOCK_ENABLED=false turns it off.
    os.environ.setdefault("REFLEX_OPLOCK_ENABLED", "true")
else:
    os.environ["GRANIAN_WORKERS"] = "1"  # state on local disk: one worker only


# Granian stops the whole server when one worker dies (a crash, the OOM killer); a
# worker that died is replaced instead, and the others serve meanwhile. Reflex builds
# the granian Server itself, so its default is changed here.
def _respawning(init):
    def __init__(self, *args, respawn_failed_workers=True, **kwargs):
        init(self, *args, respawn_failed_workers=respawn_failed_workers, **kwargs)

    return __init__


if not getattr(_granian.AbstractServer.__init__, "respawns", False):
    _granian.AbstractServer.__init__ = _respawning(_granian.AbstractServer.__init__)
    _granian.AbstractServer.__init__.respawns = True

from digital_family.web.frontend import FrontendPlugin  # noqa: E402 - after granian is patched

config = rx.Config(
    app_name="digital_family",
    redis_url=settings.redis_url(),
    telemetry_enabled=False,
    show_built_with_reflex=False,
    default_color_mode="light",
    frontend_compression_formats=["gzip"],
    plugins=[
        rx.plugins.RadixThemesPlugin(
            theme=rx.theme(accent_color="green", radius="large", scaling="110%")
        ),
        # trimmed Radix CSS and the service worker's precache list (digital_family/web/frontend.py)
        FrontendPlugin(),
    ],
    disable_plugins=[rx.plugins.SitemapPlugin],
)
