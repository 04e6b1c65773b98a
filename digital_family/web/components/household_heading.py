"""The household page's heading: "My family" for the family itself; for a leader or
ward staff, the household's code and address, with the way back to where they opened it
(the week, the list), scroll included."""

import reflex as rx

from digital_family.base import routes
from digital_family.web.components import outbox
from digital_family.web.state import SessionState, T


def household_heading(state) -> rx.Component:
    """``state`` has ``code``, ``address`` and ``group_name`` of the shown household."""
    own = SessionState.user_role == "resident"
    return rx.vstack(
        rx.cond(
            own,
            rx.fragment(
                rx.heading(T("household.title"), size="7", as_="h1"),
                rx.text(state.code, " · ", state.address, size="4"),
            ),
            rx.fragment(
                # back where he opened it (his week, the list), scroll included
                outbox.BackLink.create(
                    fallback=routes.HOUSEHOLDS, week_path=routes.LEADER_HOME,
                    week_label=T("household.back_to_week"),
                    list_label=T("household.back_to_list"),
                    # Radix's link, in its high-contrast shade (the default fails WCAG AA)
                    class_name="rt-Text rt-reset rt-Link rt-r-size-4 rt-underline-auto "
                               "rt-high-contrast",
                    data_accent_color="",
                    style={"minHeight": "52px", "display": "flex", "alignItems": "center"},
                    data_testid="back-to-list"),
                rx.heading(state.code, " · ", state.address, size="7", as_="h1"),
            ),
        ),
        rx.text(state.group_name, size="3", color="var(--gray-11)"),
        spacing="1",
        data_testid="household-heading",
    )
