"""The visit record, "Ghi lần thăm" (issue 18): the leader's week and a household's page
open the same form. It opens, chooses and closes on the phone (``outbox.local``) and its
record goes through the phone's outbox like an answer: kept, sent until acknowledged,
recorded once (``households.household_changes``).

The page state given needs ``recording`` (the household whose form is open), ``outcome``,
``today`` (ISO day), ``errors`` and a ``save_changes`` data_event applying kept changes."""

import dataclasses

import reflex as rx

from digital_family.households import visits
from digital_family.web.components import outbox
from digital_family.web.components.controls import (
    TOUCH,
    big_button,
    choice_buttons,
    field,
    tick_row,
)
from digital_family.web.state import T


@dataclasses.dataclass
class HelpChoice:
    """One "who was helped with what" box of the visit form."""

    name: str = ""  # form field: helped:<member id>:<topic>
    label: str = ""


def _outcomes():
    return [(o, T(f"visit.outcome.{o}")) for o in visits.VISIT_OUTCOMES]


def visit_details(today, on_cancel) -> list[rx.Component]:
    """The visit form's day, follow-up, note and buttons (the week's, the household
    page's and the ambassador's forms)."""
    return [
        field(T("week.visited_on"), rx.input(type="date", name="visited_on",
                                             default_value=today, max=today,
                                             min_height=TOUCH, font_size="18px",
                                             width="100%")),
        field(T("week.follow_up_on"), rx.input(type="date", name="follow_up_on",
                                               min=today, min_height=TOUCH,
                                               font_size="18px", width="100%"),
              hint=T("week.follow_up_hint")),
        field(T("visit.note"), rx.text_area(name="note", max_length=500, rows="3",
                                            font_size="18px", width="100%")),
        rx.hstack(
            big_button(rx.icon("check", size=22), T("week.save_visit"), type="submit",
                       flex="1"),
            big_button(T("common.cancel"), variant="outline", type="button",
                       on_click=on_cancel),
            width="100%", spacing="2"),
    ]


def visit_form(choices, state) -> rx.Component:
    """The form for ``state.recording``'s household; ``choices`` (HelpChoice Vars) are
    the people and what each lacks."""
    return rx.form(
        rx.vstack(
            rx.heading(T("week.record_title"), size="4", as_="h3"),
            choice_buttons(_outcomes(), state.outcome,
                           lambda o: outbox.local(state, outcome=o, errors={}),
                           label=T("week.outcome"), equal=False),
            rx.cond(state.errors.contains("outcome"),
                    rx.text(state.errors["outcome"], color="var(--red-11)", role="alert")),
            rx.cond(
                choices.length() > 0,
                rx.vstack(
                    rx.text(T("week.helped"), weight="medium", size="3"),
                    rx.foreach(choices, lambda c: tick_row(c.label, name=c.name)),
                    spacing="1", width="100%"),
            ),
            *visit_details(state.today,
                           outbox.local(state, recording=0, outcome="", errors={})),
            spacing="3", width="100%", align="start",
        ),
        # kept on the phone and sent (offline too); the form closes on the phone
        on_submit=lambda form_data: state.save_changes(outbox.put_visit(
            state.get_full_name(), state.recording, state.outcome, form_data,
            T("error.visit.outcome"))),
        reset_on_submit=True,
        width="100%",
        data_testid="visit-form",
    )
