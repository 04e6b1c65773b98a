"""The family overview (who is done, who still has questions) and the last step
(what will be confirmed, then the confirmation)."""


import reflex as rx
from reflex_base.vars.base import Var
from reflex_base.vars.object import ObjectVar

from digital_family.base.codes import TRADER_FLAGS
from digital_family.web.components import outbox
from digital_family.web.components.controls import (
    BRAND,
    TOUCH,
    big_button,
)
from digital_family.web.components.household_heading import household_heading
from digital_family.web.components.visit_form import visit_form
from digital_family.web.pages.household.classes import classes_section
from digital_family.web.pages.household.contact import contact_section
from digital_family.web.pages.household.member import (
    QUESTIONS_FROM_AGE,
    details_fields,
    request_row,
)
from digital_family.web.pages.household.privacy import your_data
from digital_family.web.pages.household.state import STEP_TOP, HouseholdState
from digital_family.web.pages.household.steps import (
    family,
    first_unchecked,
    in_round,
    link_button,
    member_count,
    member_href,
    step_href,
)
from digital_family.web.state import SessionState, T


def _status_chip(member: ObjectVar) -> rx.Component:
    return rx.cond(
        member.checked,
        rx.badge(rx.icon("check", size=16), T("step.done"), color_scheme="green", size="3",
                 high_contrast=True, variant="soft"),
        rx.cond(
            in_round,
            rx.badge(T("step.not_done"), color_scheme="orange", size="3", high_contrast=True,
                     variant="soft"),
            rx.badge(T("step.confirmed"), color_scheme="gray", size="3", high_contrast=True,
                     variant="soft"),
        ),
    )

def _family_row(member: ObjectVar, index: Var) -> rx.Component:
    return rx.link(
        rx.hstack(
            rx.icon("user-round", size=26, flex_shrink="0"),
            rx.vstack(
                rx.text(member.full_name, size="4", weight="bold"),
                rx.text(member.age, " ", T("member.years_old"), " · ",
                        SessionState.tr["occupation." + member.occupation.to(str)],
                        size="2", color="var(--gray-11)"),
                _status_chip(member),
                spacing="1",
                align="start",
                flex="1",
            ),
            rx.icon("chevron-right", size=22, flex_shrink="0"),
            align="center",
            width="100%",
        ),
        href=member_href(index),
        underline="none",
        color="var(--gray-12)",
        display="block",
        padding="10px 4px",
        min_height=TOUCH,
        border_bottom="1px solid var(--gray-5)",
        data_testid="family-member",
        data_member=member.full_name,
    )

def _confirmed_line() -> rx.Component:
    return rx.text(
        rx.cond(HouseholdState.confirmed_on != "",
                T("household.confirmed_full") + " " + HouseholdState.confirmed_on,
                T("household.never_confirmed")),
        size="3", data_testid="confirmed-on",
    )

def _visit() -> rx.Component:
    """"Ghi lần thăm" for the group's leader: the week's visit form, through the outbox."""
    S = HouseholdState
    return rx.cond(S.can_visit, rx.card(
        rx.vstack(
            rx.cond(outbox.waiting_visits.contains(S.household_id),
                    rx.badge(rx.icon("clock", size=14), T("week.visit_kept"),
                             color_scheme="amber", size="2", high_contrast=True,
                             data_testid="visit-kept")),
            rx.cond(S.recording == S.household_id,
                    visit_form(S.visit_choices, S),
                    big_button(rx.icon("clipboard-check", size=20), T("week.record"),
                               size="3", width="100%", data_testid="record-visit",
                               on_click=outbox.local(S, recording=S.household_id,
                                                     outcome="", errors={}))),
            spacing="2", width="100%"),
        width="100%", data_testid="household-visit"))


def overview() -> rx.Component:
    start = rx.cond(first_unchecked >= 0, first_unchecked, member_count)
    return rx.vstack(
        rx.vstack(
            household_heading(HouseholdState),
            _confirmed_line(),
            spacing="1",
            width="100%",
        ),
        contact_section(),
        _visit(),
        rx.card(
            rx.vstack(
                rx.heading(
                    T("household.members_title"), " (", member_count, ")", size="5", as_="h2"
                ),
                rx.text(T("household.overview_help"), size="3"),
                rx.box(rx.foreach(family, _family_row), width="100%"),
                link_button(
                    rx.cond(
                        first_unchecked == 0,
                        T("step.start"),
                        rx.cond(
                            first_unchecked > 0,
                            T("step.continue") + " " + family[first_unchecked].full_name,
                            T("step.review"),
                        ),
                    ),
                    rx.icon("chevron-right", size=22),
                    href=step_href(start),
                    data_testid="step-start",
                ),
                spacing="3",
                width="100%",
            ),
            width="100%",
        ),
        _add_member(),
        classes_section(),
        rx.card(
            rx.vstack(
                rx.heading(T("household.progress"), size="5", as_="h2"),
                rx.foreach(HouseholdState.progress, lambda line: rx.text("• ", line, size="3")),
                spacing="1",
            ),
            width="100%",
            data_testid="family-progress",
        ),
        rx.cond(
            HouseholdState.requests.length() > 0,
            rx.vstack(
                rx.heading(T("help.requests"), size="5", as_="h2"),
                rx.foreach(HouseholdState.requests, request_row),
                spacing="2",
                width="100%",
                data_testid="help-requests",
            ),
        ),
        _invitation(),
        your_data(),
        spacing="4",
        width="100%",
        data_testid="family-overview",
    )


def _add_member() -> rx.Component:
    return rx.cond(
        HouseholdState.adding,
        rx.card(
            rx.form(
                rx.vstack(
                    rx.heading(T("member.add"), size="5", as_="h2"),
                    *details_fields("add."),
                    rx.hstack(
                        # offline too: the person is kept on the phone (outbox.js)
                        big_button(rx.icon("user-plus", size=20), T("member.add"), type="submit"),
                        big_button(T("common.cancel"), variant="outline", type="button",
                                   on_click=outbox.local(HouseholdState, adding=False,
                                                         errors={})),
                        wrap="wrap",
                    ),
                    spacing="3",
                    width="100%",
                ),
                on_submit=lambda form_data: HouseholdState.add_member(outbox.add_member_form(
                    HouseholdState, HouseholdState.household_id, form_data,
                    HouseholdState.members)),
                reset_on_submit=False,
                data_testid="add-member-form",
            ),
            width="100%",
        ),
        big_button(rx.icon("user-plus", size=22), T("member.add"), variant="outline",
                   on_click=outbox.local(HouseholdState, adding=True, editing_id=0, errors={}),
                   width="100%"),
    )

def _skill_lines(member: ObjectVar) -> rx.Component:
    """The skills a member has, by name, and what counts as basic skills: no mark that
    looks like an error (issue 19 point 9)."""
    count = member.skill_count.to_string()
    threshold = HouseholdState.skill_threshold.to_string()
    return rx.vstack(
        rx.hstack(
            rx.icon("badge-check", size=18, color=rx.cond(member.has_basic_skills,
                                                          "var(--green-11)", "var(--gray-11)"),
                    flex_shrink="0"),
            rx.text(T("review.skills_list").replace("{n}", count), size="3", weight="medium"),
            align="center",
            spacing="2",
        ),
        rx.cond(
            member.skill_count.to(int) > 0,
            rx.el.ul(
                rx.foreach(member.skills,
                           lambda code: rx.el.li(SessionState.tr["skill." + code])),
                padding_left="48px", list_style_type="disc", font_size="16px",
                line_height="1.5", width="100%", data_testid="review-skills",
            ),
            rx.text(T("review.skills_none"), size="3", padding_left="26px"),
        ),
        rx.text(rx.cond(member.has_basic_skills, T("review.skills_enough"),
                        T("review.skills_short")).to(str).replace("{n}", threshold),
                size="2", color="var(--gray-11)", padding_left="26px"),
        spacing="1",
        width="100%",
    )


def _answer_lines(member: ObjectVar) -> rx.Component:
    """A member's answers in words, as they will be confirmed: a green tick for what
    they have, a plain empty circle (not a cross, which reads as an error) for "not yet"."""
    def line(ok, text) -> rx.Component:
        return rx.hstack(
            rx.cond(ok, rx.icon("check", size=18, color="var(--green-11)", flex_shrink="0"),
                    rx.icon("circle", size=14, color="var(--gray-9)", flex_shrink="0",
                            margin_x="2px")),
            rx.text(text, size="3"),
            align="center",
            spacing="2",
        )

    return rx.vstack(
        rx.cond(
            member.age.to(int) >= QUESTIONS_FROM_AGE,
            rx.fragment(
                line(member.has_smartphone,
                     rx.cond(member.has_smartphone, T("words.smartphone.yes"),
                             T("words.smartphone.no"))),
                line(member.has_epayment,
                     rx.cond(member.has_epayment, T("words.epayment.yes"),
                             T("words.epayment.no"))),
                line(member.vneid_level.to(int) > 0,
                     SessionState.tr["words.vneid." + member.vneid_level.to_string()]),
                _skill_lines(member),
            ),
        ),
        line(member.learning_status != "none",
             SessionState.tr["words.learning." + member.learning_status.to(str)]),
        rx.cond(member.occupation == "small_trader", rx.fragment(*[
            line(getattr(member, flag), rx.cond(getattr(member, flag), T(f"words.{flag}.yes"),
                                                T(f"words.{flag}.no")))
            for flag in TRADER_FLAGS])),
        spacing="1",
        width="100%",
    )

def _review_card(member: ObjectVar, index: Var) -> rx.Component:
    return rx.card(
        rx.vstack(
            rx.hstack(
                rx.vstack(
                    rx.text(member.full_name, size="4", weight="bold"),
                    rx.text(member.age, " ", T("member.years_old"), size="2",
                            color="var(--gray-11)"),
                    spacing="0",
                    flex="1",
                ),
                rx.link(rx.icon("pencil", size=18), T("step.change"),
                        href=member_href(index),
                        display="flex", align_items="center", gap="4px",
                        min_height=TOUCH, min_width=TOUCH, justify_content="center"),
                align="center",
                width="100%",
            ),
            rx.cond(~member.checked & in_round,
                    rx.text(T("step.not_checked_yet"), size="2", color="var(--orange-11)",
                            weight="medium")),
            _answer_lines(member),
            spacing="2",
            width="100%",
        ),
        width="100%",
        data_testid="review-member",
        data_member=member.full_name,
    )

def _confirmed_success() -> rx.Component:
    """Success that cannot be missed (issue 19 point 10): a big green box."""
    return rx.hstack(
        rx.icon("circle-check-big", size=40, color="var(--green-11)", flex_shrink="0"),
        rx.vstack(
            rx.text(T("household.confirmed_title"), size="5", weight="bold",
                    color="var(--green-12)"),
            rx.text(T("household.confirmed_full"), " ", HouseholdState.confirmed_on, size="3"),
            spacing="1",
        ),
        align="center",
        spacing="3",
        width="100%",
        padding="14px",
        background="var(--green-3)",
        border="2px solid var(--green-9)",
        border_radius="12px",
        data_testid="confirmed-success",
    )


def _missing_person() -> rx.Component:
    """The last step asks whether anyone in the home is missing, and adds them here
    (issue 19 point 3)."""
    return rx.card(
        rx.vstack(
            rx.hstack(rx.icon("user-plus", size=24, flex_shrink="0"),
                      rx.heading(T("step.missing_title"), size="4", as_="h3"),
                      align="center"),
            rx.text(T("step.missing_help"), size="3", color="var(--gray-11)"),
            _add_member(),
            spacing="2",
            width="100%",
        ),
        width="100%",
        data_testid="missing-person",
    )


def review() -> rx.Component:
    confirm_state = outbox.key_state("h" + HouseholdState.household_id.to_string() + ":confirm")
    # confirmed from this page and nothing gone through since
    done = (confirm_state == "saved") & (HouseholdState.confirmed_on != "") & ~in_round
    return rx.vstack(
        rx.vstack(
            rx.text(T("step.last"), size="3", weight="bold", color=BRAND),
            rx.heading(T("step.review_title"), size="7", as_="h2"),
            rx.text(T("step.review_help"), size="3"),
            spacing="1",
            width="100%",
            id=STEP_TOP,
            scroll_margin_top="8px",
        ),
        rx.foreach(family, _review_card),
        _missing_person(),
        rx.card(
            rx.vstack(
                rx.cond(
                    done,
                    # no longer a button (nothing to do), not greyed out either: a status
                    rx.hstack(rx.icon("circle-check-big", size=24, flex_shrink="0"),
                              rx.text(T("household.confirmed_done"), size="4", weight="bold"),
                              justify="center", align="center", width="100%",
                              min_height=TOUCH, border_radius="8px", color="white",
                              background="var(--green-11)",
                              data_testid="confirm-household"),
                    big_button(
                        rx.icon("circle-check", size=22), T("household.confirm"),
                        on_click=HouseholdState.save_changes(outbox.put({
                            "kind": "confirm", "h": HouseholdState.household_id,
                            "sv": HouseholdState.version})),
                        width="100%", data_testid="confirm-household",
                    ),
                ),
                rx.box(
                    rx.cond(
                        confirm_state == "waiting",
                        rx.text(rx.cond(outbox.offline, T("household.confirm_offline"),
                                        T("household.confirming")), size="3"),
                        rx.cond(
                            done,
                            _confirmed_success(),
                            rx.cond(HouseholdState.confirmed_on != "",
                                    rx.text(T("household.confirmed_full"), " ",
                                            HouseholdState.confirmed_on, size="3"),
                                    rx.text(T("household.never_confirmed"), size="3")),
                        ),
                    ),
                    # room for the success box: nothing below moves when it appears
                    min_height="128px",
                    role="status",
                    data_testid="confirmed-on",
                ),
                spacing="3",
                width="100%",
            ),
            width="100%",
        ),
        link_button(rx.icon("chevron-left", size=22), T("step.family"), href="?",
                     primary=False),
        spacing="4",
        width="100%",
        data_testid="review-step",
    )

def _invitation() -> rx.Component:
    return rx.cond(
        HouseholdState.can_invite,
        rx.card(
            rx.vstack(
                rx.heading(T("invite.issue_title"), size="5", as_="h2"),
                rx.text(T("invite.issue_help"), size="3"),
                rx.cond(
                    HouseholdState.invitation_code != "",
                    rx.vstack(
                        rx.text(HouseholdState.invitation_code, size="8", weight="bold",
                                font_family="monospace", letter_spacing="0.1em",
                                data_testid="invitation-code"),
                        rx.image(src=HouseholdState.invitation_qr, alt=T("invite.qr_alt"),
                                 width="200px", height="200px"),
                        rx.text(T("invite.expires"), " ", HouseholdState.invitation_expires,
                                size="3"),
                        align="center",
                        width="100%",
                    ),
                ),
                big_button(rx.icon("ticket", size=22), T("invite.issue"),
                           on_click=HouseholdState.issue_invitation, variant="soft",
                           disabled=outbox.offline),
                spacing="3",
                width="100%",
            ),
            width="100%",
        ),
    )
