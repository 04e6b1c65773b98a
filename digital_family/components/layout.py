"""The page shell every screen shares: a header and a narrow, phone-first column."""

import reflex as rx

from digital_family.i18n import t

BRAND = "#0b5d3b"


def header() -> rx.Component:
    return rx.el.header(
        rx.hstack(
            rx.image(src="/icons/icon-192.png", alt="", width="40px", height="40px"),
            rx.vstack(
                rx.text(t("app.name"), weight="bold", size="5", color="white"),
                rx.text(t("app.tagline"), size="2", color="white"),
                spacing="0",
                align="start",
            ),
            spacing="3",
            align="center",
            max_width="960px",
            margin="0 auto",
        ),
        background=BRAND,
        padding="12px 16px",
    )


def page_shell(*children: rx.Component) -> rx.Component:
    return rx.box(
        header(),
        rx.el.main(
            rx.vstack(*children, spacing="4", width="100%"),
            max_width="960px",
            margin="0 auto",
            padding="16px",
        ),
        min_height="100vh",
        background="var(--gray-2)",
    )
