"""The household page: each member's statuses, saved one tap at a time.

Every handler re-checks the signed-in account in the domain layer
(``households``), whatever ids the browser sends.
"""

import dataclasses
from datetime import datetime, timedelta, timezone

import reflex as rx
import segno

from digital_family import help_requests, households, invitations, routes
from digital_family.codes import OCCUPATIONS, SEXES, SKILLS, TRADER_FLAGS
from digital_family.components.controls import (
    TOUCH,
    big_button,
    check_row,
    choice_buttons,
    field,
    native_select,
    text_input,
)
from digital_family.components.household_heading import household_heading
from digital_family.components.layout import gated, page_shell
from digital_family.i18n import t
from digital_family.permissions import Action, PermissionDenied, Target, can
from digital_family.state import PageState, SessionState, T, data_event, ui_event
from digital_family.validation import ValidationError

VIETNAM = timezone(timedelta(hours=7))
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
YES_NO_FIELDS = ("has_smartphone", "has_epayment", *TRADER_FLAGS)


@dataclasses.dataclass
class MemberCard:
    """What a member's card shows: plain values only."""

    id: int = 0
    full_name: str = ""
    birth_year: int = 0
    age: int = 0
    sex: str = "other"
    occupation: str = "other"
    has_smartphone: bool = False
    has_epayment: bool = False
    vneid_level: int = 0
    skills: list[str] = dataclasses.field(default_factory=list)
    skill_count: int = 0
    has_basic_skills: bool = False
    learning_status: str = "none"
    trader_ecommerce: bool = False
    trader_cashless: bool = False
    trader_digital_savings: bool = False
    entered_by_staff: bool = False


def _card(m) -> MemberCard:
    return MemberCard(
        id=m.id, full_name=m.full_name, birth_year=m.birth_year, age=m.age, sex=m.sex,
        occupation=m.occupation, has_smartphone=m.has_smartphone, has_epayment=m.has_epayment,
        vneid_level=m.vneid_level, skills=list(m.skills), skill_count=m.skill_count,
        has_basic_skills=m.has_basic_skills, learning_status=m.learning_status,
        trader_ecommerce=m.trader_ecommerce, trader_cashless=m.trader_cashless,
        trader_digital_savings=m.trader_digital_savings,
        entered_by_staff=m.updated_by_role not in (None, "resident"),
    )


@dataclasses.dataclass
class RequestCard:
    """A help request as the family sees it."""

    id: int = 0
    member_name: str = ""
    topic: str = ""
    status: str = ""
    outcome: str = ""
    created: str = ""
    helper: str = ""


class HouseholdState(PageState, SessionState):
    """One household as its page shows it."""

    household_id: int = 0
    code: str = ""
    address: str = ""
    group_name: str = ""
    version: int = 0
    confirmed_on: str = ""
    members: list[MemberCard] = []
    progress: list[str] = []
    editing_id: int = 0
    open_id: int = 0  # the one member whose checklist is open
    adding: bool = False
    can_invite: bool = False
    invitation_code: str = ""
    invitation_qr: str = ""
    invitation_expires: str = ""
    requests: list[RequestCard] = []
    help_note: str = ""
    help_time: str = ""

    # Loading

    def _show(self, view) -> None:
        self.household_id, self.code, self.address = view.id, view.code, view.address
        self.group_name, self.version = view.group_name, view.version
        self.confirmed_on = (
            view.confirmed_at.astimezone(VIETNAM).strftime("%d/%m/%Y") if view.confirmed_at else ""
        )
        self.members = [_card(m) for m in view.members]
        p = view.progress
        lines = []
        if p.adults:
            lines += [
                self._t("progress.vneid", n=p.age16_with_vneid, total=p.age16_plus),
                self._t("progress.smartphone", n=p.adults_with_smartphone, total=p.adults),
                self._t("progress.epayment", n=p.adults_with_epayment, total=p.adults),
                self._t("progress.skills", n=p.adults_with_basic_skills, total=p.adults),
            ]
        lines.append(self._t("progress.learning_yes" if p.learners else "progress.learning_no",
                             n=p.learners))
        self.progress = lines

    def _show_requests(self, found) -> None:
        self.requests = [
            RequestCard(
                id=r.id, member_name=r.member_name, topic=r.topic, status=r.status,
                outcome=r.outcome or "",
                created=r.created_at.astimezone(VIETNAM).strftime("%d/%m/%Y"),
                helper=r.claimed_by_name or "",
            )
            for r in found
        ]

    async def _load(self, actor, household_id: int) -> None:
        def read(session):
            view = households.load_household(session, actor, household_id)
            return view, help_requests.household_requests(session, actor, view.id)

        view, requests = await self._db(read)
        self.can_invite = can(actor, Action.INVITE_HOUSEHOLD,
                              Target(household_id=view.id, group_id=view.group_id))
        self._show(view)
        self._show_requests(requests)
        self._page_ready()

    @data_event(load=True)
    async def load_mine(self, actor):
        self._reset_page()
        household_id = households.household_id_for(actor)
        if household_id is None:
            return rx.redirect(routes.HOUSEHOLDS)
        await self._load(actor, household_id)

    @data_event(load=True)
    async def load_by_id(self, actor):
        self._reset_page()
        await self._load(actor, int(self.ho_id))

    def _reset_page(self) -> None:
        self.loaded = self.denied = self.adding = False
        self.errors, self.editing_id, self.open_id, self.notice = {}, 0, 0, ""
        self.invitation_code = self.invitation_qr = self.invitation_expires = ""

    async def _on_stale(self, actor) -> None:
        household_id = self.household_id
        self._show(await self._db(lambda s: households.load_household(s, actor, household_id)))
        self.editing_id, self.adding = 0, False

    # Writing: one function runs every change the same way

    async def _write(self, actor, change) -> None:
        """Run ``change(session, actor)`` → HouseholdView and show it, with "saved at"."""
        self._show(await self._db(lambda s: change(s, actor)))
        self._say(self._t("household.saved_at",
                          time=datetime.now(VIETNAM).strftime("%H:%M:%S")))

    async def _update(self, actor, member_id, **changes) -> None:
        member_id, version = int(member_id), self.version
        await self._write(actor, lambda s, a: households.update_member(
            s, a, member_id, expected_version=version, **changes))

    @data_event
    async def set_flag(self, actor, member_id: int, name: str, value: bool):
        if name not in YES_NO_FIELDS:
            raise PermissionDenied()
        await self._update(actor, member_id, **{name: bool(value)})

    @data_event
    async def set_vneid(self, actor, member_id: int, level: int):
        await self._update(actor, member_id, vneid_level=level)

    @data_event
    async def set_learning(self, actor, member_id: int, status: str):
        await self._update(actor, member_id, learning_status=status)

    @data_event
    async def set_skill(self, actor, member_id: int, code: str, value: bool):
        await self._update(actor, member_id, skill=(str(code), bool(value)))

    @ui_event
    def open_member(self, member_id: int):
        self.open_id, self.editing_id = int(member_id), 0

    @ui_event
    def start_edit(self, member_id: int):
        self.editing_id, self.errors, self.adding = int(member_id), {}, False

    @ui_event
    def cancel_edit(self):
        self.editing_id, self.adding, self.errors = 0, False, {}

    @data_event
    async def save_details(self, actor, form: dict):
        await self._update(
            actor, self.editing_id,
            full_name=form.get("full_name", ""),
            birth_year=form.get("birth_year", ""),
            sex=form.get("sex", ""),
            occupation=form.get("occupation", ""),
        )
        self.editing_id = 0

    @ui_event
    def start_add(self):
        self.adding, self.editing_id, self.errors = True, 0, {}

    @data_event
    async def add_member(self, actor, form: dict):
        household_id, version = self.household_id, self.version
        try:
            await self._write(actor, lambda s, a: households.add_member(
                s, a, household_id, expected_version=version,
                full_name=form.get("full_name", ""), birth_year=form.get("birth_year", ""),
                sex=form.get("sex", ""), occupation=form.get("occupation", "other"),
            ))
        except ValidationError as exc:
            # the add form's fields, not the edit form's
            raise ValidationError("add." + exc.field, exc.key, **exc.params) from exc
        self.adding = False
        # the new member is the newest: open its checklist straight away
        self.open_id = max((m.id for m in self.members), default=0)

    @data_event
    async def remove_member(self, actor, member_id: int):
        member_id, version = int(member_id), self.version
        self.editing_id = 0
        await self._write(actor, lambda s, a: households.remove_member(
            s, a, member_id, expected_version=version))

    @data_event
    async def confirm(self, actor):
        household_id, version = self.household_id, self.version
        await self._write(actor, lambda s, a: households.confirm_household(
            s, a, household_id, expected_version=version))

    # Help from a Digital Ambassador

    @ui_event
    def set_help_note(self, value: str):
        self.help_note = str(value)[:300]

    @ui_event
    def set_help_time(self, value: str):
        self.help_time = str(value)[:100]

    async def _reload_requests(self, actor) -> None:
        household_id = self.household_id
        self._show_requests(await self._db(
            lambda s: help_requests.household_requests(s, actor, household_id)))

    @data_event
    async def ask_help(self, actor, member_id: int, topic: str):
        member_id, topic = int(member_id), str(topic)
        note, when = self.help_note or None, self.help_time or None
        await self._db(lambda s: help_requests.create_request(
            s, actor, member_id=member_id, topic=topic, note=note, preferred_time=when))
        self.help_note = self.help_time = ""
        await self._reload_requests(actor)
        self._say(self._t("help.sent"))

    @data_event
    async def cancel_help(self, actor, request_id: int):
        request_id = int(request_id)
        await self._db(lambda s: help_requests.cancel_request(s, actor, request_id))
        await self._reload_requests(actor)
        self._say(self._t("help.cancelled"))

    @data_event
    async def issue_invitation(self, actor):
        household_id = self.household_id
        issued = await self._db(lambda s: invitations.issue_invitation(
            s, actor, household_id=household_id))
        origin = self.router.url.origin or ""
        link = origin + invitations.invitation_url_path(issued.code)
        self.invitation_code = issued.code
        self.invitation_qr = segno.make(link, error="m").svg_data_uri(scale=5, border=2)
        self.invitation_expires = issued.expires_at.astimezone(VIETNAM).strftime("%H:%M %d/%m/%Y")


# Components

def _yes_no(member: MemberCard, name: str, label_key: str, icon: str) -> rx.Component:
    value = getattr(member, name)
    return rx.vstack(
        rx.hstack(rx.icon(icon, size=24), rx.text(T(label_key), size="4", weight="medium"),
                  align="center"),
        choice_buttons(
            [(True, T("common.yes")), (False, T("common.no"))],
            value,
            lambda v: HouseholdState.set_flag(member.id, name, v),
            label=T(label_key),
        ),
        spacing="2",
        width="100%",
        data_testid=f"{name}-control",
    )


def _vneid(member: MemberCard) -> rx.Component:
    return rx.vstack(
        rx.hstack(rx.icon("id-card", size=24), rx.text(T("member.vneid"), size="4",
                                                       weight="medium"), align="center"),
        choice_buttons(
            [(0, T("vneid.0")), (1, T("vneid.1")), (2, T("vneid.2"))],
            member.vneid_level,
            lambda v: HouseholdState.set_vneid(member.id, v),
            label=T("member.vneid"),
        ),
        rx.text(T("vneid.help"), size="2", color="var(--gray-11)"),
        spacing="2",
        width="100%",
        data_testid="vneid-control",
    )


def _learning(member: MemberCard) -> rx.Component:
    return rx.vstack(
        rx.hstack(rx.icon("graduation-cap", size=24),
                  rx.text(T("member.learning"), size="4", weight="medium"), align="center"),
        choice_buttons(
            [(s, T(f"learning.{s}")) for s in ("none", "enrolled", "completed")],
            member.learning_status,
            lambda v: HouseholdState.set_learning(member.id, v),
            label=T("member.learning"),
        ),
        spacing="2",
        width="100%",
        data_testid="learning-control",
    )


def _skills(member: MemberCard) -> rx.Component:
    return rx.vstack(
        rx.hstack(
            rx.icon("badge-check", size=24),
            rx.text(T("member.skills"), size="4", weight="medium"),
            rx.badge(member.skill_count, " / 8", size="3", variant="soft"),
            align="center",
        ),
        rx.text(T("member.skills_help"), size="2", color="var(--gray-11)"),
        *[
            check_row(
                SKILL_ICONS[code], T(f"skill.{code}"), T(f"skill.{code}.sentence"),
                member.skills.contains(code),
                lambda v, code=code: HouseholdState.set_skill(member.id, code, v),
                test_id=f"skill-{code}",
            )
            for code in SKILLS
        ],
        spacing="1",
        width="100%",
    )


def _traders(member: MemberCard) -> rx.Component:
    return rx.cond(
        member.occupation == "small_trader",
        rx.vstack(
            rx.hstack(rx.icon("store", size=24), rx.text(T("member.4t"), size="4",
                                                         weight="medium"), align="center"),
            *[
                check_row(
                    TRADER_ICONS[flag], T(f"trader.{flag}"), T(f"trader.{flag}.sentence"),
                    getattr(member, flag),
                    lambda v, flag=flag: HouseholdState.set_flag(member.id, flag, v),
                    test_id=flag,
                )
                for flag in TRADER_FLAGS
            ],
            spacing="1",
            width="100%",
            data_testid="trader-checklist",
        ),
    )


HELP_ICONS = {
    "vneid": "id-card",
    "public_services": "landmark",
    "epayment": "wallet",
    "smartphone": "smartphone",
    "online_safety": "shield-check",
    "selling_online": "store",
}


def _ask_help(member: MemberCard) -> rx.Component:
    """One tap per topic asks a Digital Ambassador to come and help this member."""
    return rx.vstack(
        rx.hstack(rx.icon("hand-helping", size=24),
                  rx.text(T("help.ask"), size="4", weight="medium"), align="center"),
        rx.text(T("help.ask_help"), size="2", color="var(--gray-11)"),
        field(T("help.note"), text_input("help_note", on_blur=HouseholdState.set_help_note,
                                         placeholder=T("help.note_hint"), max_length=300)),
        field(T("help.time"), text_input("help_time", on_blur=HouseholdState.set_help_time,
                                         placeholder=T("help.time_hint"), max_length=100)),
        rx.grid(
            *[
                big_button(rx.icon(icon, size=20), T(f"topic.{topic}"), variant="outline",
                           size="3", white_space="normal", height="auto", padding_y="8px",
                           on_click=HouseholdState.ask_help(member.id, topic),
                           data_testid=f"ask-{topic}")
                for topic, icon in HELP_ICONS.items()
            ],
            columns="2",
            spacing="2",
            width="100%",
        ),
        spacing="2",
        width="100%",
        data_testid="ask-help",
    )


def _request_row(request: RequestCard) -> rx.Component:
    return rx.card(
        rx.vstack(
            rx.text(SessionState.tr["topic." + request.topic], " · ", request.member_name,
                    weight="medium", size="3"),
            rx.hstack(
                rx.badge(SessionState.tr["help.status." + request.status], size="3",
                         high_contrast=True,
                         color_scheme=rx.match(request.status, ("resolved", "green"),
                                               ("claimed", "blue"), "orange")),
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
                               on_click=HouseholdState.cancel_help(request.id))),
            spacing="1",
            width="100%",
        ),
        width="100%",
        data_testid="help-request",
    )


def _details_fields(prefix: str, member: MemberCard | None = None) -> list[rx.Component]:
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


def _edit_form(member: MemberCard) -> rx.Component:
    return rx.form(
        rx.vstack(
            *_details_fields("", member),
            rx.hstack(
                big_button(rx.icon("check", size=20), T("common.save"), type="submit"),
                big_button(T("common.cancel"), variant="outline", type="button",
                           on_click=HouseholdState.cancel_edit),
                wrap="wrap",
            ),
            rx.alert_dialog.root(
                rx.alert_dialog.trigger(
                    big_button(rx.icon("trash-2", size=20), T("member.remove"),
                               color_scheme="red", variant="soft", type="button"),
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
            spacing="3",
            width="100%",
        ),
        on_submit=HouseholdState.save_details,
        reset_on_submit=False,
        width="100%",
    )


def _chip(ok, icon: str, text) -> rx.Component:
    """A status in a word and an icon (a tick or a cross), never by colour alone."""
    return rx.badge(
        rx.icon(icon, size=16),
        text,
        rx.cond(ok, rx.icon("check", size=16), rx.icon("x", size=16)),
        color_scheme=rx.cond(ok, "green", "gray"),
        size="3",
        variant="soft",
        high_contrast=True,
    )


def _summary(member: MemberCard) -> rx.Component:
    return rx.flex(
        _chip(member.has_smartphone, "smartphone", T("chip.smartphone")),
        _chip(member.has_epayment, "wallet", T("chip.epayment")),
        _chip(member.vneid_level > 0, "id-card",
              SessionState.tr["vneid." + member.vneid_level.to_string()]),
        _chip(member.has_basic_skills, "badge-check",
              T("chip.skills") + " " + member.skill_count.to_string() + "/8"),
        _chip(member.learning_status != "none", "graduation-cap",
              SessionState.tr["learning." + member.learning_status]),
        wrap="wrap",
        gap="6px",
        data_testid="member-summary",
    )


def member_card(member: MemberCard) -> rx.Component:
    return rx.card(
        rx.vstack(
            rx.hstack(
                rx.icon("user-round", size=28),
                rx.vstack(
                    rx.heading(member.full_name, size="5", as_="h3"),
                    rx.text(T("member.born"), " ", member.birth_year, " · ", member.age, " ",
                            T("member.years_old"), " · ",
                            SessionState.tr["occupation." + member.occupation],
                            size="3", color="var(--gray-11)"),
                    rx.cond(member.entered_by_staff,
                            rx.text(T("member.entered_by_staff"), size="2",
                                    color="var(--gray-11)")),
                    spacing="0",
                    align="start",
                ),
                rx.spacer(),
                rx.cond(
                    HouseholdState.editing_id != member.id,
                    rx.icon_button(rx.icon("pencil", size=22),
                                   on_click=HouseholdState.start_edit(member.id),
                                   variant="soft", size="4", aria_label=T("member.edit"),
                                   min_width=TOUCH, min_height=TOUCH),
                ),
                width="100%",
                align="start",
            ),
            rx.cond(
                HouseholdState.editing_id == member.id,
                _edit_form(member),
                rx.cond(
                    HouseholdState.open_id == member.id,
                    rx.vstack(
                        _yes_no(member, "has_smartphone", "member.smartphone", "smartphone"),
                        _yes_no(member, "has_epayment", "member.epayment", "wallet"),
                        _vneid(member),
                        _skills(member),
                        _learning(member),
                        _traders(member),
                        _ask_help(member),
                        big_button(rx.icon("chevron-up", size=22), T("member.close"),
                                   variant="outline", width="100%",
                                   on_click=HouseholdState.open_member(0)),
                        spacing="5",
                        width="100%",
                    ),
                    rx.vstack(
                        _summary(member),
                        big_button(rx.icon("list-checks", size=22), T("member.open"),
                                   variant="soft", width="100%",
                                   on_click=HouseholdState.open_member(member.id),
                                   data_testid="open-member"),
                        spacing="3",
                        width="100%",
                    ),
                ),
            ),
            spacing="3",
            width="100%",
        ),
        width="100%",
        data_testid="member-card",
        data_member=member.full_name,
    )


def _add_member() -> rx.Component:
    return rx.cond(
        HouseholdState.adding,
        rx.card(
            rx.form(
                rx.vstack(
                    rx.heading(T("member.add"), size="5", as_="h2"),
                    *_details_fields("add."),
                    rx.hstack(
                        big_button(rx.icon("user-plus", size=20), T("member.add"), type="submit"),
                        big_button(T("common.cancel"), variant="outline", type="button",
                                   on_click=HouseholdState.cancel_edit),
                        wrap="wrap",
                    ),
                    spacing="3",
                    width="100%",
                ),
                on_submit=HouseholdState.add_member,
                reset_on_submit=False,
                data_testid="add-member-form",
            ),
            width="100%",
        ),
        big_button(rx.icon("user-plus", size=22), T("member.add"), variant="outline",
                   on_click=HouseholdState.start_add, width="100%"),
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
                           on_click=HouseholdState.issue_invitation, variant="soft"),
                spacing="3",
                width="100%",
            ),
            width="100%",
        ),
    )


def status_bar() -> rx.Component:
    """The outcome of the last change, pinned above the bottom edge; taps pass through it."""
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


def household_page() -> rx.Component:
    return page_shell(
        gated(
            HouseholdState,
            rx.vstack(
                    household_heading(HouseholdState),
                    rx.card(
                        rx.vstack(
                            rx.heading(T("household.progress"), size="5", as_="h2"),
                            rx.foreach(HouseholdState.progress,
                                       lambda line: rx.text("• ", line, size="4")),
                            spacing="1",
                        ),
                        width="100%",
                        data_testid="family-progress",
                    ),
                    rx.foreach(HouseholdState.members, member_card),
                    _add_member(),
                    rx.cond(
                        HouseholdState.requests.length() > 0,
                        rx.vstack(
                            rx.heading(T("help.requests"), size="5", as_="h2"),
                            rx.foreach(HouseholdState.requests, _request_row),
                            spacing="2",
                            width="100%",
                            data_testid="help-requests",
                        ),
                    ),
                    rx.card(
                        rx.vstack(
                            rx.text(
                                rx.cond(HouseholdState.confirmed_on != "",
                                        T("household.confirmed_on") + " "
                                        + HouseholdState.confirmed_on,
                                        T("household.never_confirmed")),
                                size="3", data_testid="confirmed-on",
                            ),
                            big_button(rx.icon("circle-check", size=22), T("household.confirm"),
                                       on_click=HouseholdState.confirm, width="100%",
                                       data_testid="confirm-household"),
                            spacing="2",
                            width="100%",
                        ),
                        width="100%",
                    ),
                    _invitation(),
                    status_bar(),
                    spacing="4",
                    width="100%",
                    data_testid="household-ready",
                ),
        ),
    )


def add_pages(app: rx.App) -> None:
    title = f"{t('household.title')} · {t('app.name')}"
    app.add_page(household_page, route=routes.MY_HOUSEHOLD, title=title,
                 on_load=HouseholdState.load_mine)
    app.add_page(household_page, route=routes.HOUSEHOLD, title=title,
                 on_load=HouseholdState.load_by_id)
