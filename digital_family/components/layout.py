"""The page shell every screen shares: a header and a narrow, phone-first column."""

import reflex as rx

from digital_family import routes
from digital_family.components import outbox
from digital_family.components.controls import BRAND, TOUCH, callout
from digital_family.state import SessionState, T


def language_switch() -> rx.Component:
    """One button offering the other language (keeps the header on one row on a phone)."""
    return rx.button(
        rx.cond(SessionState.lang == "vi", "EN", "VI"),
        on_click=SessionState.set_language(rx.cond(SessionState.lang == "vi", "en", "vi")),
        aria_label=rx.cond(SessionState.lang == "vi", "English", "Tiếng Việt"),
        lang=rx.cond(SessionState.lang == "vi", "en", "vi"),
        variant="outline",
        color="white",
        font_weight="bold",
        min_height="48px",
        min_width="48px",
        size="3",
        data_testid="language-switch",
    )


def account_button() -> rx.Component:
    # Until the server has answered (offline after a reload, say), a phone that holds a
    # session is shown signed in rather than asked to sign in again.
    return rx.cond(
        SessionState.signed_in | (~rx.State.is_hydrated & outbox.has_session),
        rx.hstack(
            rx.link(
                rx.icon("house", size=22, color="white"),
                href=SessionState.home_path,
                aria_label=T("nav.home"),
                display="flex",
                align_items="center",
                justify_content="center",
                min_height="48px",
                min_width="48px",
                border="1px solid rgba(255,255,255,0.6)",
                border_radius="8px",
                data_testid="nav-home",
            ),
            rx.icon_button(
                rx.icon("log-out", size=22),
                on_click=SessionState.sign_out,
                aria_label=T("auth.sign_out"),
                title=T("auth.sign_out"),
                variant="outline", color="white", min_height="48px", min_width="48px", size="3",
                data_testid="sign-out",
            ),
            spacing="2",
        ),
        rx.link(
            rx.button(rx.icon("key-round", size=20), T("auth.sign_in"), variant="outline",
                      color="white", min_height="48px", size="3", as_="span"),
            href=routes.SIGN_IN,
        ),
    )


def header(wide: bool = False) -> rx.Component:
    return rx.el.header(
        rx.flex(
            rx.link(
                rx.hstack(
                    rx.image(src="/icons/icon-192.png", alt="", width="40px", height="40px"),
                    rx.text(T("app.name"), weight="bold", size="5", color="white"),
                    spacing="2",
                    align="center",
                ),
                href=routes.OVERVIEW,
                underline="none",
                min_height=TOUCH,
                display="flex",
                align_items="center",
            ),
            rx.hstack(language_switch(), account_button(), spacing="2", align="center"),
            justify="between",
            align="center",
            wrap="wrap",
            gap="8px",
            max_width="1280px" if wide else "960px",
            margin="0 auto",
        ),
        background=BRAND,
        padding="8px 16px",
    )


def page_shell(*children: rx.Component, wide: bool = False) -> rx.Component:
    """Phone-first column; ``wide`` pages (dashboards) use more of a desktop screen."""
    return rx.box(
        header(wide),
        rx.el.main(
            rx.vstack(*children, spacing="4", width="100%"),
            max_width="1280px" if wide else "960px",
            margin="0 auto",
            padding="16px",
        ),
        min_height="100vh",
        background="var(--gray-2)",
    )


def gated(state, content: rx.Component) -> rx.Component:
    """A page body: "loading" until ``state.loaded``, a refusal when ``state.denied``."""
    return rx.cond(
        ~state.loaded,
        rx.text(rx.cond(outbox.offline, T("offline.not_loaded"), T("overview.loading")),
                size="4"),
        rx.cond(
            state.denied,
            callout(state.denied_message, icon="ban", color_scheme="red", size="3",
                    role="alert", data_testid="access-denied"),
            content,
        ),
    )


def pager(state) -> rx.Component:
    """Previous / next page buttons for a state with ``page``, ``pages`` and ``go_to_page``."""
    return rx.hstack(
        rx.icon_button(rx.icon("chevron-left", size=24), variant="outline", high_contrast=True,
                       size="4", aria_label=T("common.previous"), disabled=state.page <= 1,
                       on_click=state.go_to_page(state.page - 1)),
        rx.text(T("households.page"), " ", state.page, " / ", state.pages, size="4"),
        rx.icon_button(rx.icon("chevron-right", size=24), variant="outline", high_contrast=True,
                       size="4", aria_label=T("common.next"), disabled=state.page >= state.pages,
                       on_click=state.go_to_page(state.page + 1)),
        justify="between",
        align="center",
        width="100%",
    )
