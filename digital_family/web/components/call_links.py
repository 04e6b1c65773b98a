"""A family's phone as two links: a call and a Zalo chat (the leader's week, the
ambassador's claimed requests)."""

import reflex as rx

from digital_family.web.components.controls import link_button
from digital_family.web.state import T


def call_links(phone: rx.Var[str] | str, tel: rx.Var[str] | str,
               zalo: rx.Var[str] | str) -> rx.Component:
    """"Gọi <phone>" (``tel``) and "Zalo" (``zalo``), 52 px each, wrapping on a narrow
    screen."""
    return rx.hstack(
        link_button(rx.icon("phone", size=20), T("week.call"), " ", phone, href=tel,
                    data_testid="call-link"),
        link_button(rx.icon("message-circle", size=20), "Zalo", href=zalo, is_external=True,
                    data_testid="zalo-link"),
        wrap="wrap", spacing="2")


def call_hrefs(phone: str | None) -> tuple[str, str]:
    """The call's and the Zalo chat's addresses for ``phone`` ("" without one)."""
    return (f"tel:{phone}", f"https://zalo.me/{phone}") if phone else ("", "")
