"""The connection banner every page shows instead of Reflex's own (English) toasts.

It appears at once when the phone goes offline or the server stops answering,
says in the reader's language that changes are not saved yet and how many are
kept on the phone, and when the connection is back, how many were sent (until the
next answer is tapped).

It sits at the top of the screen, over the header (whose buttons need the network
anyway), never at the bottom: a person answering moves down the page, so what she
taps next is below what she just did, and the banner covers only what is behind her
(issue 19 point 6).
"""

import reflex as rx

from digital_family.web.components import outbox
from digital_family.web.state import T


def _count(key: str, n) -> rx.Var:
    return T(key).replace("{n}", n.to_string())


def _bar(*children, tone: str, **props) -> rx.Component:
    return rx.box(
        rx.hstack(
            *children,
            align="center",
            spacing="2",
            max_width="960px",
            margin="0 auto",
        ),
        position="fixed",
        top="0",
        left="0",
        right="0",
        min_height="68px",  # the header's height: at the top of the page it covers only it
        padding="8px 16px",
        background="white",
        color="var(--gray-12)",
        border_bottom=f"5px solid var(--{tone}-9)",
        box_shadow="0 2px 12px rgba(0,0,0,0.25)",
        display="flex",
        flex_direction="column",
        justify_content="center",
        z_index="20",
        **props,
    )


def banner() -> rx.Component:
    return rx.cond(
        outbox.offline,
        _bar(
            # a step opened while offline starts below the banner, not under it
            rx.el.style("html { scroll-padding-top: 140px; }"),
            rx.icon("wifi-off", size=24, color="var(--red-11)", flex_shrink="0"),
            rx.vstack(
                rx.text(T("offline.banner"), size="3", weight="bold"),
                rx.text(rx.cond(outbox.kept > 0, _count("offline.kept", outbox.kept),
                                T("offline.reconnect")), size="2"),
                spacing="0",
            ),
            tone="red",
            role="alert",
            data_testid="offline-banner",
        ),
        rx.cond(
            outbox.flushed > 0,
            _bar(
                rx.icon("wifi", size=24, color="var(--green-11)", flex_shrink="0"),
                rx.text(_count("offline.sent", outbox.flushed), size="3"),
                tone="green",
                role="status",
                data_testid="reconnected-banner",
            ),
        ),
    )
