"""The connection banner every page shows instead of Reflex's own (English) toasts.

It appears at once when the phone goes offline or the server stops answering,
says in the reader's language that changes are not saved yet and how many are
kept on the phone, and when the connection is back, briefly, how many were sent.
It sits above the bottom edge; pages keep room there so it hides no control.
"""

import reflex as rx

from digital_family.web.components import outbox
from digital_family.web.state import T


def _count(key: str, n) -> rx.Var:
    return T(key).replace("{n}", n.to_string())


def _bar(*children, tone: str, **props) -> rx.Component:
    return rx.hstack(
        *children,
        align="center",
        spacing="2",
        position="fixed",
        bottom="12px",
        left="50%",
        transform="translateX(-50%)",
        width="min(94vw, 480px)",
        padding="10px 14px",
        border_radius="10px",
        background="white",
        color="var(--gray-12)",
        border_left=f"6px solid var(--{tone}-9)",
        box_shadow="0 2px 12px rgba(0,0,0,0.25)",
        z_index="20",
        **props,
    )


def banner() -> rx.Component:
    return rx.cond(
        outbox.offline,
        _bar(
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
