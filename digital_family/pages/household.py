"""The household page as a guided flow: the family, then one person at a time,
then a last step that shows what will be confirmed.

Where you are lives in the URL (``/ho?nguoi=2``, ``/ho?buoc=xac-nhan``) and is
read in the browser, so moving between people needs no server and survives a
reload or a reconnect. Answers go through the phone's outbox
(components/outbox.js): shown at once, kept on the phone until the server
acknowledges them, applied exactly once (``household_changes``), and each
acknowledged next to the control that was tapped.

Every handler re-checks the signed-in account in the domain layer, whatever ids
the browser sends.
"""

import dataclasses
from datetime import datetime

import reflex as rx
import segno
from reflex.vars import VarData
from reflex_base.utils.imports import ImportVar
from reflex_base.vars.base import Var

from digital_family import help_requests, household_changes, households, invitations, routes
from digital_family.clock import VIETNAM_TIME
from digital_family.codes import OCCUPATIONS, SEXES, SKILLS, TRADER_FLAGS
from digital_family.components import outbox
from digital_family.components.controls import (
    BRAND,
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
from digital_family.indicators import get_skill_threshold
from digital_family.permissions import Action, Target, can
from digital_family.state import PageState, SessionState, T, data_event, ui_event
from digital_family.validation import ValidationError

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
HELP_ICONS = {
    "vneid": "id-card",
    "public_services": "landmark",
    "epayment": "wallet",
    "smartphone": "smartphone",
    "online_safety": "shield-check",
    "selling_online": "store",
}
QUESTIONS_FROM_AGE = 15  # younger children are asked only about learning
REVIEW = "xac-nhan"  # /ho?buoc=xac-nhan: the last step
# The id of a step's heading: links to a step end in #buoc, so React Router's scroll
# restoration puts the heading at the top of the screen.
STEP_TOP = "buoc"


@dataclasses.dataclass
class MemberCard:
    """What the page shows of a member: plain values only."""

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
    checked: bool = False  # gone through since the last confirmation


def _card(m, checked: bool = False) -> MemberCard:
    return MemberCard(
        id=m.id, full_name=m.full_name, birth_year=m.birth_year, age=m.age, sex=m.sex,
        occupation=m.occupation, has_smartphone=m.has_smartphone, has_epayment=m.has_epayment,
        vneid_level=m.vneid_level, skills=list(m.skills), skill_count=m.skill_count,
        has_basic_skills=m.has_basic_skills, learning_status=m.learning_status,
        trader_ecommerce=m.trader_ecommerce, trader_cashless=m.trader_cashless,
        trader_digital_savings=m.trader_digital_savings,
        entered_by_staff=m.updated_by_role not in (None, "resident"),
        checked=checked,
    )


@dataclasses.dataclass
class RequestCard:
    """A help request as the family sees it."""

    id: int = 0
    member_id: int = 0
    member_name: str = ""
    topic: str = ""
    status: str = ""
    outcome: str = ""
    created: str = ""
    helper: str = ""


def _date(moment: datetime | None) -> str:
    return moment.astimezone(VIETNAM_TIME).strftime("%d/%m/%Y") if moment else ""


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
    skill_threshold: int = 5
    skills_needed: str = ""
    editing_id: int = 0
    adding: bool = False
    can_invite: bool = False
    invitation_code: str = ""
    invitation_qr: str = ""
    invitation_expires: str = ""
    requests: list[RequestCard] = []
    help_member: int = 0  # the member and topic of the help request being confirmed
    help_topic: str = ""
    notice_seq: int = 0  # restarts the notice's fade-out

    def _say(self, message: str, tone: str = "green") -> None:
        super()._say(message, tone)
        self.notice_seq += 1

    def _keep(self, **values) -> None:
        """Assign only what changed, so a save sends back only that."""
        for name, value in values.items():
            if getattr(self, name) != value:
                setattr(self, name, value)

    # Loading

    def _progress_lines(self, members: list[MemberCard]) -> list[str]:
        adults = [m for m in members if m.age >= households.ADULT_AGE]
        age16 = [m for m in members if m.age >= households.VNEID_AGE]
        learners = sum(m.learning_status in ("enrolled", "completed") for m in members)
        lines = []
        if adults:
            lines += [
                self._t("progress.vneid", n=sum(m.vneid_level >= 1 for m in age16),
                        total=len(age16)),
                self._t("progress.smartphone", n=sum(m.has_smartphone for m in adults),
                        total=len(adults)),
                self._t("progress.epayment", n=sum(m.has_epayment for m in adults),
                        total=len(adults)),
                self._t("progress.skills", n=sum(m.has_basic_skills for m in adults),
                        total=len(adults)),
            ]
        lines.append(self._t("progress.learning_yes" if learners else "progress.learning_no",
                             n=learners))
        return lines

    def _show(self, view, checked: frozenset[int], threshold: int) -> None:
        members = [_card(m, m.id in checked) for m in view.members]
        self._keep(
            household_id=view.id, code=view.code, address=view.address,
            group_name=view.group_name, version=view.version,
            confirmed_on=_date(view.confirmed_at), members=members,
            progress=self._progress_lines(members), skill_threshold=threshold,
            skills_needed=self._t("member.skills_needed", n=threshold),
        )

    def _show_requests(self, found) -> None:
        self._keep(requests=[
            RequestCard(
                id=r.id, member_id=r.member_id, member_name=r.member_name, topic=r.topic,
                status=r.status, outcome=r.outcome or "", created=_date(r.created_at),
                helper=r.claimed_by_name or "",
            )
            for r in found
        ])

    async def _load(self, actor, household_id) -> None:
        def read(session):
            view = households.load_household(session, actor, household_id)
            checked = household_changes.checked_members(session, actor, view.id,
                                                        since=view.confirmed_at)
            return (view, checked, get_skill_threshold(session),
                    help_requests.household_requests(session, actor, view.id))

        view, checked, threshold, requests = await self._db(read)
        self.can_invite = can(actor, Action.INVITE_HOUSEHOLD,
                              Target(household_id=view.id, group_id=view.group_id))
        self._show(view, checked, threshold)
        self._show_requests(requests)
        self._keep(editing_id=0, adding=False, help_topic="", help_member=0)
        self._page_ready()

    def _send_kept_changes(self):
        """Ask the phone for what it still keeps (after a reload or a reconnect)."""
        return rx.call_script(outbox.pending(), callback=HouseholdState.save_changes)

    @data_event(load=True)
    async def load_mine(self, actor):
        household_id = households.household_id_for(actor)
        if household_id is None:
            return rx.redirect(routes.HOUSEHOLDS)
        await self._load(actor, household_id)
        return self._send_kept_changes()

    @data_event(load=True)
    async def load_by_id(self, actor):
        await self._load(actor, self.ho_id)
        return self._send_kept_changes()

    async def _on_stale(self, actor) -> None:
        await self._load(actor, self.household_id)

    # Answers: kept on the phone, sent until acknowledged, applied once

    @data_event
    async def save_changes(self, actor, changes: list):
        parsed, refused = [], []
        for raw in list(changes)[:household_changes.MAX_CHANGES]:
            try:
                parsed.append(household_changes.parse(raw))
            except ValidationError as exc:
                refused.append(raw.get("id") if isinstance(raw, dict) else None)
                self._say(self._message(exc, "error.bad_request"), "red")
        outcomes = await self._db(
            lambda s: household_changes.apply_changes(s, actor, parsed))
        stale = False
        for outcome in outcomes:
            if outcome.status == "refused":
                refused.append(outcome.change_id)
                stale = stale or isinstance(outcome.error, households.StaleVersionError)
                self._say(self._message(outcome.error, "error.bad_request"), "red")
            else:
                self._take(outcome)
        if stale:
            await self._load(actor, self.household_id)
            self._say(self._t("household.stale"), "amber")
        done = [o.change_id for o in outcomes if o.status != "refused"]
        return rx.call_script(outbox.ack_script(done, refused))

    def _take(self, outcome) -> None:
        """Show what a change did, if this page shows that household."""
        if not self.loaded or outcome.household_id not in (None, self.household_id):
            return
        if outcome.version is not None and outcome.version > self.version:
            self.version = outcome.version
        if outcome.kind == "confirm" and outcome.confirmed_at is not None:
            self.confirmed_on = _date(outcome.confirmed_at)
            # a new round: nobody is "gone through" since this confirmation
            self._keep(members=[dataclasses.replace(m, checked=False) for m in self.members])
            return
        changed = []
        for m in self.members:
            if m.id != outcome.member_id:
                changed.append(m)
            elif outcome.kind == "checked":
                changed.append(dataclasses.replace(m, checked=True))
            elif outcome.member is not None:
                changed.append(_card(outcome.member, m.checked))
            else:
                changed.append(m)
        if changed != self.members:
            self.members = changed
            self._keep(progress=self._progress_lines(changed))

    # A member's name, year, sex and occupation; adding and removing people

    @ui_event
    def start_edit(self, member_id: int):
        self.editing_id, self.errors, self.adding = int(member_id), {}, False

    @ui_event
    def cancel_edit(self):
        self.editing_id, self.adding, self.errors = 0, False, {}

    def _step_of(self, member_id: int) -> str:
        index = next((i for i, m in enumerate(self.members) if m.id == member_id), None)
        return f"?nguoi={index + 1}#{STEP_TOP}" if index is not None else "?"

    async def _write(self, actor, change) -> None:
        """Run ``change(session, actor)`` → HouseholdView and show it."""
        household_id = self.household_id
        view = await self._db(lambda s: change(s, actor))
        checked = await self._db(lambda s: household_changes.checked_members(
            s, actor, household_id, since=view.confirmed_at))
        self._show(view, checked, self.skill_threshold)

    @data_event
    async def save_details(self, actor, form: dict):
        member_id, version = int(self.editing_id), self.version
        await self._write(actor, lambda s, a: households.update_member(
            s, a, member_id, expected_version=version,
            full_name=form.get("full_name", ""), birth_year=form.get("birth_year", ""),
            sex=form.get("sex", ""), occupation=form.get("occupation", ""),
        ))
        self.editing_id = 0
        self._say(self._t("member.saved"))
        # a new birth year can move the person in the list: follow them
        return rx.redirect(self._step_of(member_id), replace=True)

    @ui_event
    def start_add(self):
        self.adding, self.editing_id, self.errors = True, 0, {}

    @data_event
    async def add_member(self, actor, form: dict):
        household_id, version = self.household_id, self.version
        before = {m.id for m in self.members}
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
        added = next((m.id for m in self.members if m.id not in before), 0)
        self._say(self._t("member.added"))
        # the new person's questions straight away
        return rx.redirect(self._step_of(added))

    @data_event
    async def remove_member(self, actor, member_id: int):
        member_id, version = int(member_id), self.version
        self.editing_id = 0
        await self._write(actor, lambda s, a: households.remove_member(
            s, a, member_id, expected_version=version))
        self._say(self._t("member.removed"))
        return rx.redirect("?", replace=True)

    # Help from a Digital Ambassador: choose a topic, then confirm

    @ui_event
    def choose_help(self, member_id: int, topic: str):
        if str(topic) in HELP_ICONS:
            self.help_member, self.help_topic = int(member_id), str(topic)

    @ui_event
    def close_help(self, is_open: bool = False):
        if not is_open:
            self.help_member, self.help_topic = 0, ""

    async def _reload_requests(self, actor) -> None:
        household_id = self.household_id
        self._show_requests(await self._db(
            lambda s: help_requests.household_requests(s, actor, household_id)))

    @data_event
    async def ask_help(self, actor, form: dict):
        member_id, topic = self.help_member, self.help_topic
        note = str(form.get("note", ""))[:300] or None
        when = str(form.get("time", ""))[:100] or None
        await self._db(lambda s: help_requests.create_request(
            s, actor, member_id=member_id, topic=topic, note=note, preferred_time=when))
        self.help_member, self.help_topic = 0, ""
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
        self.invitation_expires = issued.expires_at.astimezone(VIETNAM_TIME).strftime(
            "%H:%M %d/%m/%Y")


# Where you are: read from the URL in the browser

_SEARCH = VarData(imports={"react-router": [ImportVar(tag="useSearchParams")]},
                  hooks={"const [gdsSearch] = useSearchParams();": None})
_index = Var(_js_expr="(parseInt(gdsSearch.get('nguoi') ?? '0', 10) - 1)",
             _var_data=_SEARCH).to(int)
_on_review = Var(_js_expr=f"(gdsSearch.get('buoc') === '{REVIEW}')", _var_data=_SEARCH).to(bool)
_count = HouseholdState.members.length()
_on_member = (_index >= 0) & (_index < _count)
_current = outbox.merged(HouseholdState.members[_index], HouseholdState.skill_threshold)
_family = outbox.merged_all(HouseholdState.members, HouseholdState.skill_threshold)
_first_unchecked = Var(
    _js_expr=f"{_family!s}.findIndex((m) => !m.checked)",
    _var_data=_family._get_all_var_data()).to(int)
# Someone has been gone through since the last confirmation (or there never was one):
# then whoever has not been is pointed out.
_in_round = Var(
    _js_expr=f"{_family!s}.some((m) => m.checked)",
    _var_data=_family._get_all_var_data()).to(bool) | (HouseholdState.confirmed_on == "")


def _member_href(index: Var) -> Var:
    """The link to member ``index`` (0-based)."""
    return "?nguoi=" + (index + 1).to_string() + f"#{STEP_TOP}"


def _step_href(index: Var) -> Var:
    """The link to member ``index`` (0-based), or to the last step past the end."""
    return rx.cond(index < _count, _member_href(index), f"?buoc={REVIEW}#{STEP_TOP}")


# Answers

def _send(member: Var, name: str, value) -> rx.event.EventSpec:
    return HouseholdState.save_changes(outbox.put(
        {"kind": "set", "m": member.id, "f": name, "v": value}))


def _saved_mark(member: Var, name: str, compact: bool = False) -> rx.Component:
    """What became of the last tap on this answer, in a box that never changes size:
    words next to a question, an icon (with the words for screen readers) in a checklist."""
    state = outbox.key_state(member.id.to_string() + ":" + name)

    def say(icon: str, color: str, text) -> rx.Component:
        return rx.hstack(
            rx.icon(icon, size=20 if compact else 18, color=color, flex_shrink="0"),
            rx.text(text, size="2", color=color,
                    **({"class_name": "gds-sr"} if compact else {})),
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


def _question(member: Var, name: str, label_key: str, icon: str, options,
              help_key: str | None = None) -> rx.Component:
    return rx.vstack(
        rx.hstack(
            rx.icon(icon, size=24, flex_shrink="0"),
            rx.text(T(label_key), size="3", weight="bold", flex="1"),
            _saved_mark(member, name),
            align="center",
            width="100%",
        ),
        choice_buttons(options, getattr(member, name), lambda v: _send(member, name, v),
                       label=T(label_key)),
        *([rx.text(T(help_key), size="2", color="var(--gray-11)")] if help_key else []),
        spacing="2",
        width="100%",
        data_testid=f"{name}-control",
    )


def _yes_no(member: Var, name: str, label_key: str, icon: str) -> rx.Component:
    return _question(member, name, label_key, icon,
                     [(True, T("common.yes")), (False, T("common.no"))])


def _skills(member: Var) -> rx.Component:
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
                member.skills.contains(code),
                lambda v, code=code: _send(member, f"skill.{code}", v),
                test_id=f"skill-{code}",
                aside=_saved_mark(member, f"skill.{code}", compact=True),
            )
            for code in SKILLS
        ],
        spacing="1",
        width="100%",
    )


def _traders(member: Var) -> rx.Component:
    return rx.cond(
        member.occupation == "small_trader",
        rx.vstack(
            rx.hstack(rx.icon("store", size=24), rx.text(T("member.4t"), size="3",
                                                         weight="bold"), align="center"),
            *[
                check_row(
                    TRADER_ICONS[flag], T(f"trader.{flag}"), T(f"trader.{flag}.sentence"),
                    getattr(member, flag),
                    lambda v, flag=flag: _send(member, flag, v),
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


def _questions(member: Var) -> rx.Component:
    """The member's questions, always in this order."""
    learning = _question(member, "learning_status", "member.learning", "graduation-cap",
                         [(s, T(f"learning.{s}")) for s in ("none", "enrolled", "completed")])
    return rx.cond(
        member.age >= QUESTIONS_FROM_AGE,
        rx.vstack(
            _yes_no(member, "has_smartphone", "member.smartphone", "smartphone"),
            _yes_no(member, "has_epayment", "member.epayment", "wallet"),
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
                               disabled=outbox.offline,
                               on_click=HouseholdState.cancel_help(request.id))),
            spacing="1",
            width="100%",
        ),
        width="100%",
        data_testid="help-request",
    )


def _ask_help(member: Var) -> rx.Component:
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
                lambda r: rx.cond(r.member_id == member.id, _request_row(r)),
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


def _help_dialog() -> rx.Component:
    """The confirm step: who, what, an optional note and time, then send or not."""
    name = rx.cond(_on_member, _current.full_name, "")
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

def _details_fields(prefix: str, member: Var | None = None) -> list[rx.Component]:
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


def _edit_form(member: Var) -> rx.Component:
    return rx.form(
        rx.vstack(
            *_details_fields("", member),
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
            spacing="3",
            width="100%",
        ),
        on_submit=HouseholdState.save_details,
        reset_on_submit=False,
        width="100%",
        key=member.id,
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
                        big_button(rx.icon("user-plus", size=20), T("member.add"), type="submit",
                                   disabled=outbox.offline),
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
                   on_click=HouseholdState.start_add, width="100%", disabled=outbox.offline),
    )


# Steps

def _link_button(*children, href, primary: bool = True, **props) -> rx.Component:
    """A link that looks like a big button (moving between steps needs no server)."""
    return rx.link(
        big_button(*children, as_="span", width="100%", padding_x="12px",
                   **({} if primary else {"variant": "outline"})),
        href=href,
        underline="none",
        width="100%",
        display="block",
        **props,
    )


def _about(member: Var) -> rx.Component:
    return rx.text(
        T("member.born"), " ", member.birth_year, " · ", member.age, " ", T("member.years_old"),
        " · ", SessionState.tr["occupation." + member.occupation],
        size="3", color="var(--gray-11)",
    )


def _member_step() -> rx.Component:
    member = _current
    return rx.vstack(
        rx.vstack(
            rx.text(T("step.person"), " ", _index + 1, "/", _count, size="3", weight="bold",
                    color=BRAND, data_testid="step-position"),
            rx.hstack(
                rx.heading(member.full_name, size="6", as_="h2", flex="1",
                           data_testid="step-name"),
                rx.cond(
                    HouseholdState.editing_id != member.id,
                    rx.icon_button(rx.icon("pencil", size=22),
                                   on_click=HouseholdState.start_edit(member.id),
                                   variant="soft", size="4", aria_label=T("member.edit"),
                                   min_width=TOUCH, min_height=TOUCH),
                ),
                align="center",
                width="100%",
            ),
            _about(member),
            rx.cond(member.entered_by_staff,
                    rx.text(T("member.entered_by_staff"), size="2", color="var(--gray-11)")),
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
            _link_button(rx.icon("chevron-left", size=22),
                         rx.cond(_index > 0, T("step.back"), T("step.family")),
                         href=rx.cond(_index > 0, _member_href(_index - 1), "?"),
                         primary=False, aria_label=rx.cond(_index > 0, T("step.previous"),
                                                           T("step.family"))),
            _link_button(
                rx.cond(_index + 1 < _count, T("step.next"), T("step.review")),
                rx.icon("chevron-right", size=22),
                href=_step_href(_index + 1),
                on_click=HouseholdState.save_changes(outbox.put({"kind": "checked",
                                                                  "m": member.id})),
                data_testid="step-next",
            ),
            columns="auto 1fr",
            spacing="3",
            width="100%",
            padding_top="8px",
        ),
        spacing="5",
        width="100%",
        data_testid="member-step",
        data_member=member.full_name,
    )


def _status_chip(member: Var) -> rx.Component:
    return rx.cond(
        member.checked,
        rx.badge(rx.icon("check", size=16), T("step.done"), color_scheme="green", size="3",
                 high_contrast=True, variant="soft"),
        rx.cond(
            _in_round,
            rx.badge(T("step.not_done"), color_scheme="orange", size="3", high_contrast=True,
                     variant="soft"),
            rx.badge(T("step.confirmed"), color_scheme="gray", size="3", high_contrast=True,
                     variant="soft"),
        ),
    )


def _family_row(member: Var, index: Var) -> rx.Component:
    return rx.link(
        rx.hstack(
            rx.icon("user-round", size=26, flex_shrink="0"),
            rx.vstack(
                rx.text(member.full_name, size="4", weight="bold"),
                rx.text(member.age, " ", T("member.years_old"), " · ",
                        SessionState.tr["occupation." + member.occupation],
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
        href=_member_href(index),
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


def _overview() -> rx.Component:
    start = rx.cond(_first_unchecked >= 0, _first_unchecked, _count)
    return rx.vstack(
        rx.vstack(
            household_heading(HouseholdState),
            _confirmed_line(),
            spacing="1",
            width="100%",
        ),
        rx.card(
            rx.vstack(
                rx.heading(T("household.members_title"), " (", _count, ")", size="5", as_="h2"),
                rx.text(T("household.overview_help"), size="3"),
                rx.box(rx.foreach(_family, _family_row), width="100%"),
                _link_button(
                    rx.cond(
                        _first_unchecked == 0, T("step.start"),
                        rx.cond(_first_unchecked > 0,
                                T("step.continue") + " " + _family[_first_unchecked].full_name,
                                T("step.review"))),
                    rx.icon("chevron-right", size=22),
                    href=_step_href(start),
                    data_testid="step-start",
                ),
                spacing="3",
                width="100%",
            ),
            width="100%",
        ),
        _add_member(),
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
                rx.foreach(HouseholdState.requests, _request_row),
                spacing="2",
                width="100%",
                data_testid="help-requests",
            ),
        ),
        _invitation(),
        spacing="4",
        width="100%",
        data_testid="family-overview",
    )


def _answer_lines(member: Var) -> rx.Component:
    """A member's answers in words, as they will be confirmed."""
    def line(ok, text) -> rx.Component:
        return rx.hstack(
            rx.cond(ok, rx.icon("check", size=18, color="var(--green-11)", flex_shrink="0"),
                    rx.icon("x", size=18, color="var(--gray-11)", flex_shrink="0")),
            rx.text(text, size="3"),
            align="center",
            spacing="2",
        )

    return rx.vstack(
        rx.cond(
            member.age >= QUESTIONS_FROM_AGE,
            rx.fragment(
                line(member.has_smartphone,
                     rx.cond(member.has_smartphone, T("words.smartphone.yes"),
                             T("words.smartphone.no"))),
                line(member.has_epayment,
                     rx.cond(member.has_epayment, T("words.epayment.yes"),
                             T("words.epayment.no"))),
                line(member.vneid_level > 0,
                     SessionState.tr["words.vneid." + member.vneid_level.to_string()]),
                line(member.has_basic_skills,
                     T("member.skills") + ": " + member.skill_count.to_string() + "/8 ("
                     + HouseholdState.skills_needed + ")"),
            ),
        ),
        line(member.learning_status != "none",
             SessionState.tr["words.learning." + member.learning_status]),
        rx.cond(member.occupation == "small_trader", rx.fragment(*[
            line(getattr(member, flag), T(f"trader.{flag}")) for flag in TRADER_FLAGS])),
        spacing="1",
        width="100%",
    )


def _review_card(member: Var, index: Var) -> rx.Component:
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
                        href=_member_href(index),
                        display="flex", align_items="center", gap="4px",
                        min_height=TOUCH, min_width=TOUCH, justify_content="center"),
                align="center",
                width="100%",
            ),
            rx.cond(~member.checked & _in_round,
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


def _review() -> rx.Component:
    confirm_state = outbox.key_state("h" + HouseholdState.household_id.to_string() + ":confirm")
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
        rx.foreach(_family, _review_card),
        rx.card(
            rx.vstack(
                big_button(
                    rx.icon("circle-check", size=22), T("household.confirm"),
                    on_click=HouseholdState.save_changes(outbox.put({
                        "kind": "confirm", "h": HouseholdState.household_id,
                        "sv": HouseholdState.version})),
                    width="100%", data_testid="confirm-household",
                ),
                rx.box(
                    rx.cond(
                        confirm_state == "waiting",
                        rx.text(rx.cond(outbox.offline, T("household.confirm_offline"),
                                        T("household.confirming")), size="3"),
                        rx.cond(HouseholdState.confirmed_on != "",
                                rx.hstack(rx.icon("circle-check", color="var(--green-11)",
                                                  size=22, flex_shrink="0"),
                                          rx.text(T("household.confirmed_full"), " ",
                                                  HouseholdState.confirmed_on, size="4",
                                                  weight="medium"),
                                          align="center"),
                                rx.text(T("household.never_confirmed"), size="3")),
                    ),
                    min_height="56px",
                    role="status",
                    data_testid="confirmed-on",
                ),
                spacing="3",
                width="100%",
            ),
            width="100%",
        ),
        _link_button(rx.icon("chevron-left", size=22), T("step.family"), href="?",
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
        gated(
            HouseholdState,
            rx.vstack(
                rx.cond(_on_member, _member_step(),
                        rx.cond(_on_review, _review(), _overview())),
                _help_dialog(),
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
                 on_load=HouseholdState.load_mine)
    app.add_page(household_page, route=routes.HOUSEHOLD, title=title,
                 on_load=HouseholdState.load_by_id)
