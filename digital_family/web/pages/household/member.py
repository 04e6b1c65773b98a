"""One person's step: their questions in a fixed order, each answer saved (and said
so) next to it, asking for help as a folded section with a confirm step, and their
name, year, sex and occupation.

Over 500 lines on purpose (a little): one step of the page; its questions, its help
request and its details form all read the same merged member Var and its saved marks
(``_send``, ``_saved_mark``), which would otherwise become public names shared by two
modules."""


from typing import Any

import reflex as rx
from reflex_base.vars.object import ObjectVar

from digital_family.base.codes import OCCUPATIONS, SEXES, SKILLS, TRADER_FLAGS
from digital_family.web.components import outbox
from digital_family.web.components.controls import (
    BRAND,
    TOUCH,
    big_button,
    check_row,
    choice_buttons,
    field,
    native_select,
    text_input,
)
from digital_family.web.pages.household.state import (
    HELP_ICONS,
    STEP_TOP,
    HouseholdState,
    RequestCard,
)
from digital_family.web.pages.household.steps import (
    current_member,
    link_button,
    member_count,
    member_href,
    on_member,
    step_href,
    step_index,
)
from digital_family.web.state import SessionState, T

SKILL_ICONS = {
    "smartphone_use": "smartphone",
    "info_search": "search",
    "messaging": "message-circle",
    "online_public_services": "landmark",
    "cashless_payment": "qr-code",
    "vneid_app": "id-card",
    "online_safety": "shield-check",
    "ecommerce": "shopping-cart",
}
TRADER_ICONS = {"trader_ecommerce": "store", "trader_cashless": "wallet",
                "trader_digital_savings": "piggy-bank"}
QUESTIONS_FROM_AGE = 15  # younger children are asked only about learning


# Answers

def _send(member: ObjectVar, name: str, value, base) -> rx.event.EventSpec:
    """Keep and send an answer, with ``base``, the value the page showed before the tap:
    an answer someone else changed meanwhile comes back as a conflict, not overwritten."""
    return HouseholdState.save_changes(outbox.put(
        {"kind": "set", "m": member.id, "f": name, "v": value, "b": base}))


def _saved_mark(member: ObjectVar, name: str, compact: bool = False) -> rx.Component:
    """What became of the last tap on this answer, in a box that never changes size:
    words next to a question, an icon (with the words for screen readers) in a checklist."""
    state = outbox.key_state(member.id.to_string() + ":" + name)

    hidden: dict[str, Any] = {"class_name": "gds-sr"} if compact else {}

    def say(icon: str, color: str, text) -> rx.Component:
        # the words a shade darker than the icon: they stay on the screen (AA contrast)
        return rx.hstack(
            rx.icon(icon, size=20 if compact else 18, color=color, flex_shrink="0"),
            rx.text(text, size="2", color=color.replace("-11)", "-12)"), **hidden),
            spacing="1", align="center")

    return rx.box(
        rx.match(
            state,
            ("saved", say("circle-check", "var(--green-11)", T("save.saved"))),
            ("refused", say("circle-alert", "var(--red-11)", T("save.refused"))),
            ("waiting", say("clock", "var(--gray-11)",
                            rx.cond(outbox.offline, T("save.offline"), T("save.waiting")))),
            rx.fragment(),
        ),
        role="status",
        width="24px" if compact else "84px",
        height="22px",
        flex_shrink="0",
        display="flex",
        justify_content="flex-end",
        data_testid=f"saved-{name}",
    )


def _question(member: ObjectVar, name: str, label_key: str, icon: str, options,
              help_key: str | None = None) -> rx.Component:
    return rx.vstack(
        rx.hstack(
            rx.icon(icon, size=24, flex_shrink="0"),
            rx.text(T(label_key), size="3", weight="bold", flex="1"),
            _saved_mark(member, name),
            align="center",
            width="100%",
        ),
        choice_buttons(options, getattr(member, name),
                       lambda v: _send(member, name, v, getattr(member, name)),
                       label=T(label_key)),
        *([rx.text(T(help_key), size="2", color="var(--gray-11)")] if help_key else []),
        spacing="2",
        width="100%",
        data_testid=f"{name}-control",
    )


def _yes_no(member: ObjectVar, name: str, label_key: str, icon: str) -> rx.Component:
    return _question(member, name, label_key, icon,
                     [(True, T("common.yes")), (False, T("common.no"))])


def _skills(member: ObjectVar) -> rx.Component:
    return rx.vstack(
        rx.hstack(
            rx.icon("badge-check", size=24, flex_shrink="0"),
            rx.text(T("member.skills"), size="3", weight="bold", flex="1"),
            rx.badge(T("member.skills_have"), " ", member.skill_count, "/8", size="3",
                     variant="soft", high_contrast=True,
                     color_scheme=rx.cond(member.has_basic_skills, "green", "gray"),
                     data_testid="skill-count"),
            align="center",
            width="100%",
        ),
        rx.text(HouseholdState.skills_needed, size="3", weight="medium",
                data_testid="skills-needed"),
        *[
            check_row(
                SKILL_ICONS[code], T(f"skill.{code}"), T(f"skill.{code}.sentence"),
                member.skills.to(list).contains(code),
                lambda v, code=code: _send(member, f"skill.{code}", v,
                                            member.skills.to(list).contains(code)),
                test_id=f"skill-{code}",
                aside=_saved_mark(member, f"skill.{code}", compact=True),
            )
            for code in SKILLS
        ],
        spacing="1",
        width="100%",
    )


def _traders(member: ObjectVar) -> rx.Component:
    return rx.cond(
        member.occupation == "small_trader",
        rx.vstack(
            rx.hstack(rx.icon("store", size=24), rx.text(T("member.4t"), size="3",
                                                         weight="bold"), align="center"),
            *[
                check_row(
                    TRADER_ICONS[flag], T(f"trader.{flag}"), T(f"trader.{flag}.sentence"),
                    getattr(member, flag),
                    lambda v, flag=flag: _send(member, flag, v, getattr(member, flag)),
                    test_id=flag,
                    aside=_saved_mark(member, flag, compact=True),
                )
                for flag in TRADER_FLAGS
            ],
            spacing="1",
            width="100%",
            data_testid="trader-checklist",
        ),
    )


def _questions(member: ObjectVar) -> rx.Component:
    """The member's questions, always in this order."""
    learning = _question(member, "learning_status", "member.learning", "graduation-cap",
                         [(s, T(f"learning.{s}")) for s in ("none", "enrolled", "completed")])
    return rx.cond(
        member.age.to(int) >= QUESTIONS_FROM_AGE,
        rx.vstack(
            _yes_no(member, "has_smartphone", "member.smartphone", "smartphone"),
            # an account, not the skill of paying with it (asked below; issue 19)
            _question(member, "has_epayment", "member.epayment", "wallet",
                      [(True, T("common.yes")), (False, T("common.no"))],
                      help_key="member.epayment.help"),
            _question(member, "vneid_level", "member.vneid", "id-card",
                      [(0, T("vneid.0")), (1, T("vneid.1")), (2, T("vneid.2"))],
                      help_key="vneid.help"),
            _skills(member),
            learning,
            _traders(member),
            spacing="3",
            width="100%",
        ),
        rx.vstack(
            rx.text(T("member.child_note"), size="3", color="var(--gray-11)"),
            learning,
            spacing="4",
            width="100%",
        ),
    )


# Help: a folded section per member, a confirm step before anything is sent

def request_row(request: RequestCard) -> rx.Component:
    return rx.card(
        rx.vstack(
            rx.text(SessionState.tr["topic." + request.topic], " · ", request.member_name,
                    weight="medium", size="3"),
            rx.hstack(
                rx.badge(SessionState.tr["help.status." + request.status], size="3",
                         high_contrast=True,
                         # a match of plain values is a Var; Reflex types it Component | Var
                         color_scheme=rx.match(  # pyright: ignore[reportArgumentType]
                             request.status, ("resolved", "green"), ("claimed", "blue"),
                             "orange")),
                rx.cond(request.outcome != "",
                        rx.text(SessionState.tr["help.outcome." + request.outcome], size="2")),
                rx.cond(request.helper != "",
                        rx.text(T("help.helper"), " ", request.helper, size="2")),
                wrap="wrap",
                align="center",
            ),
            rx.text(T("help.asked_on"), " ", request.created, size="2", color="var(--gray-11)"),
            rx.cond(request.status == "open",
                    big_button(T("help.cancel"), variant="outline", size="2",
                               disabled=outbox.offline,
                               on_click=HouseholdState.cancel_help(request.id))),
            spacing="1",
            width="100%",
        ),
        width="100%",
        data_testid="help-request",
    )


def _ask_help(member: ObjectVar) -> rx.Component:
    """Folded: a plain line until opened; then the member's requests and the topics."""
    return rx.el.details(
        rx.el.summary(
            rx.hstack(rx.icon("hand-helping", size=24, flex_shrink="0"),
                      rx.text(T("help.fold"), size="4", weight="medium"),
                      rx.spacer(), rx.icon("chevron-down", size=22),
                      align="center", width="100%"),
            min_height=TOUCH,
            display="flex",
            align_items="center",
            cursor="pointer",
            list_style="none",
            data_testid="help-fold",
        ),
        rx.vstack(
            rx.foreach(
                HouseholdState.requests,
                lambda r: rx.cond(r.member_id == member.id, request_row(r)),
            ),
            rx.text(T("help.ask_help"), size="3"),
            rx.cond(outbox.offline, rx.text(T("offline.needs_network"), size="3",
                                            color="var(--red-11)")),
            rx.grid(
                *[
                    big_button(rx.icon(icon, size=20), T(f"topic.{topic}"), variant="outline",
                               size="3", white_space="normal", height="auto", padding_y="8px",
                               disabled=outbox.offline,
                               on_click=HouseholdState.choose_help(member.id, topic),
                               data_testid=f"ask-{topic}")
                    for topic, icon in HELP_ICONS.items()
                ],
                columns="2",
                spacing="2",
                width="100%",
            ),
            spacing="3",
            width="100%",
            padding_top="8px",
        ),
        key=member.id,
        width="100%",
        border_top="1px solid var(--gray-6)",
        border_bottom="1px solid var(--gray-6)",
        data_testid="ask-help",
    )


def help_dialog() -> rx.Component:
    """The confirm step: who, what, an optional note and time, then send or not."""
    name = rx.cond(on_member, current_member.full_name, "")
    return rx.dialog.root(
        rx.dialog.content(
            rx.form(
                rx.vstack(
                    rx.dialog.title(T("help.confirm_title")),
                    rx.dialog.description(
                        SessionState.tr["topic." + HouseholdState.help_topic], " — ", name,
                        size="4"),
                    field(T("help.note"), text_input("note", placeholder=T("help.note_hint"),
                                                     max_length=300)),
                    field(T("help.time"), text_input("time", placeholder=T("help.time_hint"),
                                                     max_length=100)),
                    rx.hstack(
                        rx.dialog.close(big_button(T("common.cancel"), variant="outline",
                                                   type="button")),
                        big_button(rx.icon("send", size=20), T("help.send"), type="submit",
                                   disabled=outbox.offline, data_testid="help-send"),
                        justify="end",
                        spacing="3",
                        width="100%",
                        wrap="wrap",
                    ),
                    spacing="3",
                    width="100%",
                ),
                on_submit=HouseholdState.ask_help,
                reset_on_submit=True,
            ),
            max_width="440px",
        ),
        open=HouseholdState.help_topic != "",
        on_open_change=HouseholdState.close_help,
    )


# Name, year, sex, occupation

def details_fields(prefix: str, member: ObjectVar | None = None) -> list[rx.Component]:
    errors = HouseholdState.errors
    return [
        field(T("member.full_name"),
              text_input("full_name", default_value=member.full_name if member is not None else "",
                         auto_complete="off", required=True),
              errors.get(f"{prefix}full_name", "")),
        field(T("member.birth_year"),
              text_input("birth_year", input_mode="numeric", placeholder="1970",
                         default_value=member.birth_year.to_string() if member is not None else "",
                         required=True),
              errors.get(f"{prefix}birth_year", "")),
        field(T("member.sex"),
              native_select("sex", [(s, T(f"sex.{s}")) for s in SEXES],
                            value=member.sex if member is not None else "female")),
        field(T("member.occupation"),
              native_select("occupation", [(o, T(f"occupation.{o}")) for o in OCCUPATIONS],
                            value=member.occupation if member is not None else "other"),
              errors.get(f"{prefix}occupation", "")),
    ]


def _edit_form(member: ObjectVar) -> rx.Component:
    return rx.form(
        rx.vstack(
            *details_fields("", member),
            rx.hstack(
                big_button(rx.icon("check", size=20), T("common.save"), type="submit",
                           disabled=outbox.offline),
                big_button(T("common.cancel"), variant="outline", type="button",
                           on_click=HouseholdState.cancel_edit),
                wrap="wrap",
            ),
            rx.alert_dialog.root(
                rx.alert_dialog.trigger(
                    big_button(rx.icon("trash-2", size=20), T("member.remove"),
                               color_scheme="red", variant="soft", type="button",
                               disabled=outbox.offline),
                ),
                rx.alert_dialog.content(
                    rx.alert_dialog.title(T("member.remove_title")),
                    rx.alert_dialog.description(member.full_name),
                    rx.hstack(
                        rx.alert_dialog.cancel(big_button(T("common.cancel"), variant="outline")),
                        rx.alert_dialog.action(
                            big_button(T("member.remove"), color_scheme="red",
                                       on_click=HouseholdState.remove_member(member.id)),
                        ),
                        spacing="3",
                        justify="end",
                        margin_top="16px",
                    ),
                ),
            ),
            _erase_dialog(member),
            spacing="3",
            width="100%",
        ),
        on_submit=HouseholdState.save_details,
        reset_on_submit=False,
        width="100%",
        key=member.id,
    )


def _erase_dialog(member: ObjectVar) -> rx.Component:
    """Erasing the person: unlike removing, nothing of them stays, not even in the history."""
    return rx.alert_dialog.root(
        rx.alert_dialog.trigger(
            big_button(rx.icon("eraser", size=20), T("privacy.erase_member"),
                       color_scheme="red", variant="outline", type="button",
                       disabled=outbox.offline, data_testid="erase-member"),
        ),
        rx.alert_dialog.content(
            rx.alert_dialog.title(T("privacy.erase_member_title")),
            rx.alert_dialog.description(rx.text.strong(member.full_name), rx.el.br(),
                                        T("privacy.erase_member_body")),
            rx.flex(
                rx.alert_dialog.cancel(big_button(T("common.cancel"), variant="outline")),
                rx.alert_dialog.action(
                    big_button(T("privacy.erase_member_confirm"), color_scheme="red",
                               on_click=HouseholdState.erase_member(member.id),
                               data_testid="erase-member-confirm"),
                ),
                gap="12px",
                justify="end",
                wrap="wrap",
                margin_top="16px",
            ),
        ),
    )


def _about(member: ObjectVar) -> rx.Component:
    return rx.text(
        T("member.born"), " ", member.birth_year, " · ", member.age, " ", T("member.years_old"),
        " · ", SessionState.tr["occupation." + member.occupation.to(str)],
        size="3", color="var(--gray-11)",
    )


def member_step() -> rx.Component:
    member = current_member
    return rx.vstack(
        rx.vstack(
            rx.hstack(
                rx.text(
                    T("step.person"),
                    " ",
                    step_index + 1,
                    "/",
                    member_count,
                    size="3",
                    weight="bold",
                    color=BRAND,
                    data_testid="step-position",
                ),
                # always a way back to the whole family, in words (issue 19 point 5)
                rx.link(rx.icon("users", size=20), T("step.family"), href="?",
                        display="flex", align_items="center", gap="6px", min_height="48px",
                        padding_x="8px", size="3", weight="medium",
                        data_testid="step-to-family"),
                justify="between",
                align="center",
                width="100%",
            ),
            rx.hstack(
                rx.heading(member.full_name, size="6", as_="h2", flex="1", data_testid="step-name"),
                rx.cond(
                    HouseholdState.editing_id != member.id,
                    rx.icon_button(
                        rx.icon("pencil", size=22),
                        on_click=HouseholdState.start_edit(member.id),
                        variant="soft",
                        size="4",
                        aria_label=T("member.edit"),
                        min_width=TOUCH,
                        min_height=TOUCH,
                        disabled=outbox.offline,
                    ),
                ),
                align="center",
                width="100%",
            ),
            _about(member),
            # for a leader or staff it is there from the first frame (nothing moves when
            # the first answer is saved); the family reads it once someone entered for it
            rx.cond(
                SessionState.user_role != "resident",
                rx.text(T("member.entering_for_family"), size="2", color="var(--gray-11)",
                        data_testid="assisted-entry"),
                rx.cond(
                    member.entered_by_staff,
                    rx.text(T("member.entered_by_staff"), size="2", color="var(--gray-11)",
                            data_testid="assisted-entry"),
                ),
            ),
            spacing="1",
            width="100%",
            id=STEP_TOP,
            scroll_margin_top="8px",
        ),
        rx.cond(
            HouseholdState.editing_id == member.id,
            _edit_form(member),
            rx.vstack(_questions(member), _ask_help(member), spacing="5", width="100%"),
        ),
        rx.grid(
            link_button(
                rx.icon("chevron-left", size=22),
                rx.cond(step_index > 0, T("step.back"), T("step.family")),
                href=rx.cond(step_index > 0, member_href(step_index - 1), "?"),
                primary=False,
                aria_label=rx.cond(step_index > 0, T("step.previous"), T("step.family")),
            ),
            link_button(
                rx.cond(step_index + 1 < member_count, T("step.next"), T("step.review")),
                rx.icon("chevron-right", size=22),
                href=step_href(step_index + 1),
                on_click=HouseholdState.save_changes(
                    outbox.put({"kind": "checked", "m": member.id})
                ),
                data_testid="step-next",
            ),
            columns="auto 1fr",
            spacing="3",
            width="100%",
            padding_top="8px",
        ),
        # before the last person: straight to the review as well (issue 19 point 5)
        rx.cond(
            step_index + 1 < member_count,
            link_button(rx.icon("list-checks", size=22), T("step.review"),
                        href=step_href(member_count), primary=False,
                        data_testid="step-to-review"),
        ),
        spacing="5",
        width="100%",
        data_testid="member-step",
        data_member=member.full_name,
    )
