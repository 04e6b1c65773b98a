"""The page shell every screen shares: a header and a narrow, phone-first column."""

from typing import Any
from urllib.parse import quote

import reflex as rx
from reflex_base.vars.function import FunctionStringVar

from digital_family.base import routes
from digital_family.base.settings import PROJECT_DIR
from digital_family.web.components import outbox
from digital_family.web.components.controls import BRAND, TOUCH, callout
from digital_family.web.state import SessionState, T


def _icon_word(icon: str, word) -> list[rx.Component]:
    """A header button's face: an icon with its word under it (issue 19 point 7: no
    button is a bare icon or a bare "EN")."""
    return [rx.icon(icon, size=20, color="white", flex_shrink="0"),
            rx.text(word, size="1", weight="medium", color="white", white_space="nowrap",
                    line_height="1.1")]


_HEADER_BUTTON: dict[str, Any] = {
    "display": "flex", "flex_direction": "column", "align_items": "center",
    "justify_content": "center", "gap": "2px", "height": "52px", "min_width": "52px",
    "padding": "2px 6px", "border": "1px solid rgba(255,255,255,0.6)", "border_radius": "8px",
    "background": "transparent", "color": "white", "cursor": "pointer", "flex_shrink": "0",
}


def language_switch() -> rx.Component:
    """One button offering the other language, named in that language (keeps the
    header on one row on a phone)."""
    return rx.el.button(
        *_icon_word("languages", T("lang.other")),
        type="button",
        # The choice lives in the browser: store it and reload, so every text (those made
        # on the server too) follows. Plain JavaScript, not an eval'd script (CSP).
        on_click=FunctionStringVar.create(
            "() => { const next = (localStorage.getItem('gds_lang') || 'vi') === 'vi'"
            " ? 'en' : 'vi'; localStorage.setItem('gds_lang', next);"
            " window.location.reload(); }"
        ),
        lang=rx.cond(SessionState.lang == "vi", "en", "vi"),
        **_HEADER_BUTTON,
        data_testid="language-switch",
    )


# The logo inline (a data: URL): no request, nothing to wait for on the first paint.
LOGO = "data:image/svg+xml," + quote(
    " ".join((PROJECT_DIR / "assets" / "icons" / "icon.svg").read_text().split()))
# Wide enough for either state of the header's right side (language + sign-in, or language +
# home + sign-out), so the header keeps its height when the signed-in state arrives.
ACCOUNT_WIDTH = "236px"


def account_button() -> rx.Component:
    """Home and sign-out for a signed-in phone, else sign-in. Until the server has
    answered, a phone that holds a session is shown signed in (offline after a reload,
    say) and one that does not is shown nothing yet: nobody sees "Đăng nhập" flash before
    their own buttons, and the box keeps its width either way (ACCOUNT_WIDTH)."""
    return rx.cond(
        SessionState.signed_in | (~rx.State.is_hydrated & outbox.has_session),
        signed_in_controls(),
        rx.cond(rx.State.is_hydrated, sign_in_link(), rx.fragment()),
    )


def signed_in_controls() -> rx.Component:
    return rx.hstack(
        rx.link(
            *_icon_word("house", T("nav.home")),
            href=SessionState.home_path,
            underline="none",
            **_HEADER_BUTTON,
            data_testid="nav-home",
        ),
        rx.el.button(
            *_icon_word("log-out", T("auth.sign_out")),
            type="button",
            on_click=SessionState.sign_out,
            **_HEADER_BUTTON,
            data_testid="sign-out",
        ),
        spacing="2",
    )


def sign_in_link() -> rx.Component:
    return rx.link(
        rx.button(T("auth.sign_in"), variant="outline", color="white", min_height="48px",
                  size="2", as_="span"),
        href=routes.SIGN_IN,
    )


def header(wide: bool = False) -> rx.Component:
    return rx.el.header(
        rx.flex(
            rx.link(
                rx.hstack(
                    rx.image(src=LOGO, alt="", width="40px", height="40px", flex_shrink="0"),
                    # below 440 px (a phone) the logo alone, so the buttons' words fit one row
                    rx.text(T("app.name"), weight="bold", size="4", color="white",
                            white_space="nowrap", overflow="hidden", text_overflow="ellipsis",
                            style={"@media (max-width: 439px)": {"display": "none"}}),
                    spacing="2",
                    align="center",
                    min_width="0",
                ),
                href=routes.OVERVIEW,
                aria_label=T("app.name"),
                underline="none",
                min_height=TOUCH,
                min_width=TOUCH,  # the logo alone on a phone: still a full touch target
                display="flex",
                align_items="center",
            ),
            # the language button last: it stays put when the account buttons appear
            rx.hstack(account_button(), language_switch(), spacing="2", align="center",
                      justify="end", min_width=ACCOUNT_WIDTH, flex_shrink="0"),
            justify="between",
            align="center",
            wrap="nowrap",
            gap="8px",
            max_width="1280px" if wide else "960px",
            margin="0 auto",
        ),
        background=BRAND,
        padding="8px 16px",
    )


def account_footer() -> rx.Component:
    """Below every page, for whoever is signed in: the way to their password and devices."""
    return rx.cond(
        SessionState.signed_in,
        rx.el.footer(
            rx.link(rx.icon("user-cog", size=20), T("account.link"), href=routes.ACCOUNT,
                    display="flex", align_items="center", gap="8px", min_height=TOUCH,
                    size="3", data_testid="account-link"),
            max_width="960px",
            margin="0 auto",
            padding="0 16px 24px",
            class_name="no-print",
        ),
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
            # the footer starts below the fold: content arriving never pushes it away
            min_height="100vh",
            # "true" once the page is connected and its on_load handlers ran: the forms
            # are prerendered, so a test that fills one first waits for this
            data_hydrated=rx.cond(rx.State.is_hydrated, "true", "false"),
        ),
        account_footer(),
        min_height="100vh",
        background="var(--gray-2)",
    )


class Deferred(rx.Component):
    """Children mounted in a React transition (in small slices): assets/deferred.js."""

    library = "$/public/deferred.js"
    tag = "Deferred"
    fallback: rx.Var[rx.Component]


def gated(state, content: rx.Component, *, title: rx.Component | None = None,
          skeleton: rx.Component | None = None,
          offline: rx.Component | None = None) -> rx.Component:
    """A page body whose first paint (the prerendered HTML) already shows the page:
    ``title`` (its heading) at once, ``skeleton`` (boxes sized like the content) until
    ``state.loaded``, then ``content``, or a refusal when ``state.denied``. Offline and not
    loaded: ``offline`` (what the phone keeps) above the words that say so."""
    skeleton = skeleton if skeleton is not None else placeholder()
    not_loaded = rx.text(T("offline.not_loaded"), size="4")
    body = rx.cond(
        ~state.loaded,
        rx.cond(outbox.offline,
                not_loaded if offline is None else rx.vstack(offline, not_loaded, spacing="4",
                                                             width="100%"),
                skeleton),
        rx.cond(
            state.denied,
            callout(state.denied_message, icon="ban", color_scheme="red", size="3",
                    role="alert", data_testid="access-denied"),
            Deferred.create(content, fallback=skeleton),
        ),
    )
    if title is None:
        return body
    return rx.vstack(title, body, spacing="4", width="100%")


_VISUALLY_HIDDEN = {"position": "absolute", "width": "1px", "height": "1px", "overflow": "hidden",
                    "clip": "rect(0 0 0 0)", "white_space": "nowrap"}


def placeholder(*heights: int) -> rx.Component:
    """Grey boxes where the content will appear (nothing moves when it does), and the
    word "loading" for screen readers."""
    return rx.vstack(
        rx.text(T("overview.loading"), role="status", style=_VISUALLY_HIDDEN),
        *[rx.box(height=f"{h}px", width="100%", background="var(--gray-4)",
                 border_radius="12px", aria_hidden="true")
          for h in heights or (96, 180, 180)],
        spacing="4",
        width="100%",
        data_testid="loading",
    )


def pager(state, page=None, pages=None, go_to=None) -> rx.Component:
    """Previous / next page buttons for a state with ``page``, ``pages`` and ``go_to_page``
    (or the page, page count and handler given: a second list on the same page)."""
    page = state.page if page is None else page
    pages = state.pages if pages is None else pages
    go_to = state.go_to_page if go_to is None else go_to
    return rx.hstack(
        rx.icon_button(rx.icon("chevron-left", size=24), variant="outline", high_contrast=True,
                       size="4", aria_label=T("common.previous"), disabled=page <= 1,
                       on_click=go_to(page - 1)),
        rx.text(T("households.page"), " ", page, " / ", pages, size="4"),
        rx.icon_button(rx.icon("chevron-right", size=24), variant="outline", high_contrast=True,
                       size="4", aria_label=T("common.next"), disabled=page >= pages,
                       on_click=go_to(page + 1)),
        justify="between",
        align="center",
        width="100%",
    )
