"""Reflex settings. The database is configured by digital_family.settings, not here."""

import reflex as rx

from digital_family.frontend import FrontendPlugin

config = rx.Config(
    app_name="digital_family",
    telemetry_enabled=False,
    show_built_with_reflex=False,
    default_color_mode="light",
    frontend_compression_formats=["gzip"],
    plugins=[
        rx.plugins.RadixThemesPlugin(
            theme=rx.theme(accent_color="green", radius="large", scaling="110%")
        ),
        # trimmed Radix CSS and the service worker's precache list (digital_family/frontend.py)
        FrontendPlugin(),
    ],
    disable_plugins=[rx.plugins.SitemapPlugin],
)
