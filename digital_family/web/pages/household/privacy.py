"""The family's own data on its page: who changed what (its history, in words, by pages)
and a copy of everything held about it, to download."""

import reflex as rx
from reflex.vars import ObjectVar

from digital_family.web.components import outbox
from digital_family.web.components.controls import big_button
from digital_family.web.pages.household.state import HistoryLine, HouseholdState
from digital_family.web.state import SessionState, T


def _history_line(line: ObjectVar[HistoryLine]) -> rx.Component:
    return rx.box(
        rx.text(rx.text.strong(line.when), " — ", line.who, size="2", color="var(--gray-11)"),
        rx.text(line.what, size="3"),
        padding_y="6px",
        border_bottom="1px solid var(--gray-5)",
        width="100%",
        data_testid="history-line",
    )


def _history() -> rx.Component:
    S = HouseholdState
    return rx.cond(
        S.history_page > 0,
        rx.vstack(
            rx.cond(S.history.length() > 0,
                    rx.box(rx.foreach(S.history, _history_line), width="100%"),
                    rx.text(T("privacy.history_empty"), size="3")),
            rx.hstack(
                rx.cond(S.history_page > 1,
                        big_button(rx.icon("chevron-left", size=20), T("privacy.newer"),
                                   variant="outline", size="3",
                                   on_click=S.show_history(S.history_page - 1))),
                rx.cond(S.history_more,
                        big_button(T("privacy.older"), rx.icon("chevron-right", size=20),
                                   variant="outline", size="3",
                                   on_click=S.show_history(S.history_page + 1),
                                   data_testid="history-older")),
                rx.spacer(),
                big_button(T("privacy.hide_history"), variant="ghost", size="3",
                           on_click=S.hide_history),
                width="100%",
                wrap="wrap",
            ),
            spacing="2",
            width="100%",
            data_testid="history",
        ),
        big_button(rx.icon("history", size=20), T("privacy.show_history"), variant="outline",
                   on_click=S.show_history(1), width="100%", disabled=outbox.offline,
                   data_testid="show-history"),
    )


def your_data() -> rx.Component:
    """The card at the foot of the family overview."""
    return rx.card(
        rx.vstack(
            rx.heading(T("privacy.title"), size="5", as_="h2"),
            rx.text(rx.cond(SessionState.user_role == "resident", T("privacy.help"),
                            T("privacy.help_other")), size="3"),
            _history(),
            big_button(rx.icon("download", size=20), T("privacy.download"), variant="outline",
                       on_click=HouseholdState.download_data, width="100%",
                       disabled=outbox.offline, data_testid="download-data"),
            rx.text(T("privacy.erase_help"), size="2", color="var(--gray-11)"),
            spacing="3",
            width="100%",
        ),
        width="100%",
        data_testid="your-data",
    )
