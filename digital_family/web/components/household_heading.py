"""The household page's heading: "My family" for the family itself; for a leader or
ward staff, the household's code and address, with the way back to their list."""

import reflex as rx

from digital_family.base import routes
from digital_family.web.components.controls import TOUCH
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
                rx.link(T("household.back_to_list"), href=routes.HOUSEHOLDS, size="4",
                        min_height=TOUCH, display="flex", align_items="center",
                        data_testid="back-to-list"),
                rx.heading(state.code, " · ", state.address, size="7", as_="h1"),
            ),
        ),
        rx.text(state.group_name, size="3", color="var(--gray-11)"),
        spacing="1",
        data_testid="household-heading",
    )
