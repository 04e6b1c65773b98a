"""The indicator cards the overview, the ward dashboard and the leader's page share:
a card per indicator (value, status, bar with the target's tick), a completion tile,
a status badge. Each takes one row of ``display.indicator_cards`` (a dict of texts)."""

import reflex as rx
from reflex_components_radix.themes.base import LiteralAccentColor

from digital_family.web.components.layout import BRAND
from digital_family.web.state import SessionState, T

_STATUS_STYLE: dict[str, tuple[LiteralAccentColor, str]] = {
    # colour is never the only signal: every badge has an icon and a word
    "met": ("green", "circle-check"),
    "unmet": ("orange", "circle-alert"),
    "no_data": ("gray", "circle-help"),
    "no_target": ("blue", "info"),
}


def status_badge(card) -> rx.Component | rx.Var:
    label = SessionState.tr[card["status_key"]]
    return rx.match(
        card["status"],
        *[
            (status, rx.badge(rx.icon(icon, size=18), label, color_scheme=color,
                              size="3", variant="soft", high_contrast=True))
            for status, (color, icon) in _STATUS_STYLE.items()
        ],
        rx.badge(label),
    )


def progress_bar(card) -> rx.Component:
    """The value as a bar, with a tick at the target (decorative: the text says it all)."""
    return rx.box(
        rx.box(height="100%", width=card["bar"], background=BRAND, border_radius="6px"),
        rx.cond(
            card["target_mark"] != "",
            rx.box(position="absolute", top="-4px", bottom="-4px", left=card["target_mark"],
                   width="3px", background="var(--gray-12)"),
        ),
        position="relative",
        height="12px",
        width="100%",
        background="var(--gray-5)",
        border_radius="6px",
        aria_hidden="true",
    )


def indicator_card(card) -> rx.Component:
    return rx.card(
        rx.vstack(
            rx.text(SessionState.tr[card["label_key"]], size="4", weight="medium"),
            rx.hstack(
                rx.text(card["value"], size="8", weight="bold", data_testid="indicator-value"),
                status_badge(card),
                justify="between",
                align="center",
                width="100%",
            ),
            progress_bar(card),
            rx.hstack(
                rx.text(card["numerator"], " / ", card["denominator"], " ",
                        SessionState.tr[card["unit_key"]],
                        size="3", color="var(--gray-11)", data_testid="indicator-people"),
                rx.text(
                    rx.cond(card["target"] != "", T("overview.target") + " " + card["target"],
                            T("overview.no_target")),
                    size="3", color="var(--gray-11)", data_testid="indicator-target",
                ),
                justify="between",
                width="100%",
            ),
            spacing="2",
            width="100%",
        ),
        data_testid="indicator-" + card["code"],
        width="100%",
    )


def completion_tile(item) -> rx.Component:
    return rx.card(
        rx.vstack(
            rx.text(item["value"], size="7", weight="bold", data_testid="completion-value"),
            rx.text(SessionState.tr[item["label_key"]], size="3", color="var(--gray-11)"),
            spacing="1",
        ),
        data_testid="completion-" + item["key"],
    )
