"""The household page as a guided flow: the family, then one person at a time,
then a last step that shows what will be confirmed.

- ``state``: the household as shown, and every handler;
- ``steps``: where you are (the URL, read in the browser) and the links between steps;
- ``member``: one person's step (questions, saving marks, help, details);
- ``family``: the overview and the last step;
- ``consent``: the personal data notice, consent and its withdrawal.
- ``classes``: the coming classes, "Đăng ký học" beside each person, the calendar file;
- ``contact``: the household's address and contact phone, and the form that changes them.

Answers go through the phone's outbox (components/outbox.js): shown at once, kept on
the phone until the server acknowledges them, applied exactly once
(``household_changes``), and each acknowledged next to the control that was tapped.
"""

import reflex as rx

from digital_family.base import routes
from digital_family.base.i18n import t
from digital_family.web.components import outbox
from digital_family.web.components.connection import conflicts_panel, waiting_counter
from digital_family.web.components.layout import gated, page_shell
from digital_family.web.pages.household.classes import HouseholdClassesState
from digital_family.web.pages.household.consent import (
    consent_gate,
    consent_renewal,
    consent_section,
)
from digital_family.web.pages.household.family import overview, review
from digital_family.web.pages.household.member import help_dialog, member_step
from digital_family.web.pages.household.state import HouseholdState, MemberCard, RequestCard
from digital_family.web.pages.household.steps import on_member, on_review

__all__ = ["HouseholdState", "MemberCard", "RequestCard", "add_pages", "household_page"]


def status_bar() -> rx.Component:
    """The outcome of the last action, above the bottom edge; it fades by itself and
    the page keeps room below its last control, so it never hides one."""
    return rx.box(
        rx.cond(
            HouseholdState.notice != "",
            rx.hstack(
                rx.match(
                    HouseholdState.notice_tone,
                    ("red", rx.icon("circle-alert", color="var(--red-11)", size=22)),
                    ("amber", rx.icon("refresh-cw", color="var(--amber-11)", size=22)),
                    rx.icon("circle-check", color="var(--green-11)", size=22),
                ),
                rx.text(HouseholdState.notice, size="3", color="var(--gray-12)"),
                key=HouseholdState.notice_seq,
                align="center",
                spacing="2",
                background="white",
                border_left=rx.match(HouseholdState.notice_tone,
                                     ("red", "6px solid var(--red-9)"),
                                     ("amber", "6px solid var(--amber-9)"),
                                     "6px solid var(--green-9)"),
                border_radius="10px",
                padding="10px 14px",
                box_shadow="0 2px 12px rgba(0,0,0,0.2)",
                animation="gds-fade 6s forwards",
                data_testid="status-bar",
            ),
        ),
        role="status",
        aria_live="polite",
        position="fixed",
        bottom="12px",
        left="50%",
        transform="translateX(-50%)",
        width="min(92vw, 480px)",
        pointer_events="none",
        z_index="10",
    )


_PAGE_CSS = """
@keyframes gds-fade { 0%, 85% { opacity: 1; } 100% { opacity: 0; visibility: hidden; } }
[data-testid="help-fold"]::-webkit-details-marker { display: none; }
details[open] > [data-testid="help-fold"] svg:last-child { transform: rotate(180deg); }
.gds-sr { position: absolute; width: 1px; height: 1px; overflow: hidden; clip: rect(0 0 0 0);
          white-space: nowrap; }
"""


def household_page() -> rx.Component:
    return page_shell(
        rx.el.style(_PAGE_CSS),
        # a leader's planned household, from his phone while offline (issue 18 point 4)
        outbox.offline_copy(HouseholdState, "household"),
        # acknowledgements of the answers, from the tap's own update
        outbox.sync(HouseholdState),
        # and the classes its people may join (issue 20 point 2)
        outbox.offline_copy(HouseholdClassesState, "classes"),
        gated(
            HouseholdState,
            rx.vstack(
                # a leader always sees what waits on his phone
                rx.cond(HouseholdState.consent_verbal, waiting_counter()),
                conflicts_panel(HouseholdState.save_changes),
                rx.cond(
                    HouseholdState.consent_needed,
                    consent_gate(),
                    rx.cond(on_member, member_step(),
                            rx.cond(on_review, review(),
                                    rx.fragment(consent_renewal(), overview(),
                                                consent_section()))),
                ),
                help_dialog(),
                status_bar(),
                # room below the last control for the status and the connection banner
                rx.box(height="96px", aria_hidden="true"),
                spacing="4",
                width="100%",
                data_testid="household-ready",
            ),
        ),
    )


def add_pages(app: rx.App) -> None:
    title = f"{t('household.title')} · {t('app.name')}"
    app.add_page(household_page, route=routes.MY_HOUSEHOLD, title=title,
                 on_load=[HouseholdState.load_mine, HouseholdClassesState.load_mine])
    app.add_page(household_page, route=routes.HOUSEHOLD, title=title,
                 on_load=[HouseholdState.load_by_id, HouseholdClassesState.load_by_id])
