"""The Digital Ambassador's queue: open help requests of their groups, oldest first."""

import dataclasses

import reflex as rx

from digital_family.base import clock, paging, routes
from digital_family.base.formatting import waiting_time
from digital_family.base.i18n import t
from digital_family.campaign.display import field_label_key
from digital_family.households import visits
from digital_family.programmes import help_requests
from digital_family.web.components.call_links import call_hrefs, call_links
from digital_family.web.components.controls import (
    TOUCH,
    big_button,
    callout,
    choice_buttons,
    text_input,
    tick_row,
)
from digital_family.web.components.layout import gated, page_shell
from digital_family.web.components.visit_form import visit_details
from digital_family.web.pages.walk_in import walk_in_section
from digital_family.web.state import PageState, SessionState, T, data_event, ui_event

OUTCOMES = ("helped", "not_helped", "no_answer")



@dataclasses.dataclass
class QueueCard:
    """A request as the ambassador's list shows it: the member's name and how to reach them."""

    id: int = 0
    topic: str = ""
    group: str = ""
    member_name: str = ""
    address: str = ""
    phone: str = ""
    note: str = ""
    preferred_time: str = ""
    status: str = ""
    mine: bool = False
    waiting: str = ""


@dataclasses.dataclass
class WeekCard:
    """A request the ambassador holds, as their week shows it: whom to see, where, how
    to call, and the visit record."""

    id: int = 0
    topic: str = ""
    member_name: str = ""
    address: str = ""
    phone: str = ""
    tel: str = ""
    zalo: str = ""
    waiting: str = ""
    helped_label: str = ""  # "Nguyễn Văn An: VNeID", the visit form's tick


@dataclasses.dataclass
class Achievable:
    """One thing the visit may have achieved, with the member's current state."""

    key: str = ""
    label_key: str = ""
    done: bool = False


class AmbassadorState(PageState, SessionState):
    """The queue, and the one request the ambassador has open."""

    DENIED_KEY = "denied.ambassador"

    items: rx.Field[list[QueueCard]] = rx.field(default_factory=list)
    total: rx.Field[int] = rx.field(0)
    open_id: rx.Field[int] = rx.field(0)
    notes: rx.Field[list[str]] = rx.field(default_factory=list)
    achievable: rx.Field[list[Achievable]] = rx.field(default_factory=list)
    outcome: rx.Field[str] = rx.field("helped")
    ticked: rx.Field[list[str]] = rx.field(default_factory=list)
    # the notice is shown beside what caused it: this request's claim, note or resolve
    # button; at the top of the list once the request has left it
    notice_for: rx.Field[int] = rx.field(0)
    notice_at: rx.Field[str] = rx.field("")
    notice_on_top: rx.Field[bool] = rx.field(False)
    # the week: the requests this ambassador holds, and the one whose visit form is open
    week: rx.Field[list[WeekCard]] = rx.field(default_factory=list)
    recording: rx.Field[int] = rx.field(0)
    visit_outcome: rx.Field[str] = rx.field("")
    today: rx.Field[str] = rx.field("")

    async def _refresh(self, actor) -> None:
        page = await self._db(lambda s: help_requests.ambassador_queue(
            s, actor, page=1, page_size=50))
        self.total = page.total
        self.items = [
            QueueCard(
                id=i.request_id, topic=i.topic, group=i.group_code, member_name=i.member_name,
                address=i.address,
                phone=i.contact_phone or "", note=i.note or "",
                preferred_time=i.preferred_time or "", status=i.status, mine=i.claimed_by_me,
                waiting=waiting_time(int(i.waiting_hours), self.lang),
            )
            for i in page.items
        ]
        self.week = [
            WeekCard(
                id=i.id, topic=i.topic, member_name=i.member_name, address=i.address,
                phone=i.phone, tel=call_hrefs(i.phone)[0], zalo=call_hrefs(i.phone)[1],
                waiting=i.waiting,
                helped_label=f"{i.member_name}: {self._t(f'topic.{i.topic}')}")
            for i in self.items if i.mine
        ]
        self.today = clock.vietnam_date().isoformat()
        self.notice_on_top = all(item.id != self.notice_for for item in self.items)

    @data_event(load=True)
    async def load(self, actor):
        self.open_id, self.notice, self.recording, self.visit_outcome = 0, "", 0, ""
        await self._refresh(actor)
        self._page_ready()

    async def _act(self, actor, change, done_key: str, *, request_id: int, at: str) -> bool:
        """Run ``change(session, actor)``; say how it went beside the control ``at`` of
        ``request_id``; refresh the queue either way."""
        self.notice, self.notice_for, self.notice_at = "", request_id, at
        try:
            await self._db(lambda s: change(s, actor))
        finally:
            await self._refresh(actor)
        self._say(self._t(done_key))
        return True

    @data_event
    async def claim(self, actor, request_id: int):
        request_id = int(request_id)
        await self._act(actor, lambda s, a: help_requests.claim(s, a, request_id),
                        "help.claimed", request_id=request_id, at="claim")

    @data_event
    async def open_request(self, actor, request_id: int):
        await self._open(actor, int(request_id))

    async def _open(self, actor, request_id: int) -> None:
        detail = await self._db(lambda s: help_requests.request_detail(s, actor, request_id))
        self.open_id, self.outcome, self.ticked = detail.request_id, "helped", []
        self.notes = [n.text for n in detail.notes]
        self.achievable = [
            Achievable(key=f.field, label_key=field_label_key(f.field),
                       done=(f.value >= 2) if f.field == "vneid_level" else bool(f.value))
            for f in detail.current
        ]

    @ui_event
    def open_visit(self, request_id: int):
        self.recording, self.visit_outcome, self.errors = paging.int_or(request_id, 0), "", {}

    @ui_event
    def close_visit(self):
        self.recording, self.visit_outcome, self.errors = 0, "", {}

    @ui_event
    def choose_visit_outcome(self, outcome: str):
        self.visit_outcome = outcome if outcome in visits.VISIT_OUTCOMES else ""
        self.errors = {}

    @data_event
    async def save_visit(self, actor, form: dict):
        """The visit to a request this ambassador holds (checked by the domain), which
        may close the request: helped, or declined."""
        request_id, outcome = self.recording, self.visit_outcome
        self.notice, self.notice_for, self.notice_at = "", request_id, "visit"
        if not outcome:
            self.errors = {"outcome": self._t("error.visit.outcome")}
            self._say(self.errors["outcome"], "red")
            return
        form = form if isinstance(form, dict) else {}
        done = await self._db(lambda s: help_requests.record_request_visit(
            s, actor, request_id, outcome=outcome,
            helped=form.get("helped") in ("on", True, "true"),
            visited_on=str(form.get("visited_on") or "") or None,
            follow_up_on=str(form.get("follow_up_on") or "") or None,
            note=str(form.get("note") or "")))
        self.recording, self.visit_outcome, self.errors = 0, "", {}
        await self._refresh(actor)
        if done.resolved:
            self._say(self._t("ambassador.visit_resolved",
                              outcome=self._t(f"help.outcome.{done.resolved}")))
        else:
            self._say(self._t("week.visit_saved"))

    @ui_event
    def close_request(self):
        self.open_id = 0

    @data_event
    async def add_note(self, actor, form: dict):
        request_id, text = self.open_id, str(form.get("note", ""))
        await self._act(actor, lambda s, a: help_requests.add_note(s, a, request_id, text),
                        "help.note_added", request_id=request_id, at="note")
        if request_id:
            await self._open(actor, request_id)

    @ui_event
    def choose_outcome(self, outcome: str):
        self.outcome = outcome if outcome in OUTCOMES else "helped"

    @ui_event
    def tick(self, key: str, value: bool):
        keys = set(self.ticked)
        (keys.add if value else keys.discard)(str(key))
        self.ticked = sorted(keys)

    @data_event
    async def resolve(self, actor):
        request_id, outcome = self.open_id, self.outcome
        achieved = _achieved(self.ticked) if outcome == "helped" else None
        await self._act(actor, lambda s, a: help_requests.resolve(
            s, a, request_id, outcome=outcome, achieved=achieved), "help.resolved",
            request_id=request_id, at="resolve")
        self.open_id = 0


def _achieved(ticked: list[str]) -> dict:
    """The ticked boxes as the domain's ``achieved`` argument (VNeID ticked means level 2)."""
    return {field: 2 if field == "vneid_level" else True for field in ticked}


def _notice(request_id, at: str) -> rx.Component:
    """The outcome of the last action, where ``at`` of ``request_id`` caused it."""
    S = AmbassadorState
    return rx.cond(
        (S.notice != "") & (S.notice_for == request_id) & (S.notice_at == at)
        & ~S.notice_on_top,
        callout(S.notice, role=rx.cond(S.notice_tone == "green", "status", "alert"),
                data_testid="queue-message",
                color_scheme=rx.cond(S.notice_tone == "green", "green", "red")),
    )


def _detail() -> rx.Component:
    S = AmbassadorState
    return rx.card(
        rx.vstack(
            rx.heading(T("help.visit"), size="5", as_="h2"),
            rx.foreach(S.notes, lambda n: rx.text("• ", n, size="3")),
            rx.form(
                rx.hstack(
                    text_input("note", placeholder=T("help.note_hint"), max_length=500,
                               aria_label=T("help.add_note")),
                    big_button(T("help.add_note"), type="submit", variant="soft", size="3"),
                    width="100%",
                ),
                on_submit=S.add_note,
                reset_on_submit=True,
            ),
            _notice(S.open_id, "note"),
            rx.text(T("help.outcome"), weight="medium", size="4"),
            choice_buttons([(o, T(f"help.outcome.{o}")) for o in OUTCOMES], S.outcome,
                           S.choose_outcome, label=T("help.outcome")),
            rx.cond(
                S.outcome == "helped",
                rx.vstack(
                    rx.text(T("help.achieved"), weight="medium", size="3"),
                    rx.foreach(S.achievable, lambda a: rx.el.label(
                        rx.hstack(
                            rx.checkbox(
                                checked=a.done | S.ticked.contains(a.key),
                                disabled=a.done,
                                on_change=lambda v: S.tick(a.key, v),
                                size="3",
                                aria_label=SessionState.tr[a.label_key],
                            ),
                            rx.text(SessionState.tr[a.label_key], size="3"),
                            rx.cond(a.done, rx.text(T("help.already"), size="2",
                                                    color="var(--gray-11)")),
                            align="center",
                        ),
                        display="block", min_height=TOUCH, padding="8px 0",
                        data_testid="achieved-" + a.key,
                    )),
                    width="100%",
                ),
            ),
            rx.hstack(
                big_button(rx.icon("check", size=20), T("help.resolve"), on_click=S.resolve,
                           data_testid="resolve"),
                big_button(T("common.cancel"), variant="outline", on_click=S.close_request),
                wrap="wrap",
            ),
            _notice(S.open_id, "resolve"),
            spacing="3",
            width="100%",
        ),
        width="100%",
        data_testid="request-detail",
    )


def _visit_form(card: WeekCard) -> rx.Component:
    """"Ghi lần thăm" for a request one holds: the leader's visit record (outcome, the
    person helped with the request's topic, day, follow-up, note)."""
    S = AmbassadorState
    return rx.form(
        rx.vstack(
            rx.heading(T("week.record_title"), size="4", as_="h3"),
            choice_buttons([(o, T(f"visit.outcome.{o}")) for o in visits.VISIT_OUTCOMES],
                           S.visit_outcome, S.choose_visit_outcome, label=T("week.outcome"),
                           equal=False),
            rx.cond(S.errors.contains("outcome"),
                    rx.text(S.errors["outcome"], color="var(--red-11)", role="alert")),
            rx.cond(S.visit_outcome == "met", rx.vstack(
                rx.text(T("week.helped"), weight="medium", size="3"),
                tick_row(card.helped_label, name="helped"),
                rx.text(T("ambassador.helped_closes"), size="2", color="var(--gray-11)"),
                spacing="1", width="100%")),
            *visit_details(S.today, S.close_visit),
            spacing="3", width="100%", align="start"),
        on_submit=S.save_visit,
        reset_on_submit=True,
        width="100%",
        data_testid="visit-form",
    )


def week_card(card: WeekCard) -> rx.Component:
    S = AmbassadorState
    return rx.card(
        rx.vstack(
            rx.hstack(
                rx.badge(SessionState.tr["topic." + card.topic], size="3", high_contrast=True),
                rx.spacer(),
                rx.text(card.waiting, size="2"),
                width="100%", align="center"),
            rx.text(card.member_name, weight="bold", size="4"),
            rx.text(card.address, size="3"),
            rx.cond(
                card.phone != "",
                call_links(card.phone, card.tel, card.zalo),
                rx.text(T("week.no_phone"), size="3", color="var(--gray-11)"),
            ),
            rx.cond(
                S.recording == card.id,
                _visit_form(card),
                big_button(rx.icon("clipboard-check", size=20), T("week.record"), size="3",
                           on_click=S.open_visit(card.id), data_testid="record-visit"),
            ),
            _notice(card.id, "visit"),
            spacing="2", width="100%"),
        width="100%", data_testid="week-item", data_request=card.id)


def week_section() -> rx.Component:
    S = AmbassadorState
    return rx.vstack(
        rx.heading(T("week.title"), size="6", as_="h2"),
        rx.cond(S.week.length() == 0,
                rx.text(T("ambassador.week_empty"), size="3", color="var(--gray-11)"),
                rx.text(T("ambassador.week_help"), size="3", color="var(--gray-11)")),
        rx.foreach(S.week, week_card),
        spacing="3", width="100%", data_testid="ambassador-week")


def queue_card(item: QueueCard) -> rx.Component:
    S = AmbassadorState
    return rx.card(
        rx.vstack(
            rx.hstack(
                rx.badge(SessionState.tr["topic." + item.topic], size="3", high_contrast=True),
                rx.spacer(),
                rx.text(item.waiting, size="2"),
                width="100%",
                align="center",
            ),
            rx.cond(item.mine,
                    rx.fragment(rx.text(item.member_name, weight="bold", size="4"),
                                rx.text(item.address, size="3")),
                    rx.text(T("help.someone_in_group"), " ", item.group, size="3",
                            color="var(--gray-11)")),
            rx.cond(item.phone != "",
                    rx.link(rx.icon("phone", size=18), " ", item.phone, href="tel:" + item.phone,
                            size="4", min_height=TOUCH, display="flex", align_items="center")),
            rx.cond(item.preferred_time != "",
                    rx.text(T("help.time_short"), ": ", item.preferred_time, size="3")),
            rx.cond(item.note != "", rx.text("“", item.note, "”", size="3")),
            rx.cond(
                item.mine,
                rx.cond(S.open_id == item.id, _detail(),
                        big_button(T("help.open"), on_click=S.open_request(item.id),
                                   width="100%", data_testid="open-request")),
                big_button(rx.icon("hand", size=20), T("help.claim"),
                           on_click=S.claim(item.id), width="100%", data_testid="claim"),
            ),
            _notice(item.id, "claim"),
            spacing="2",
            width="100%",
        ),
        width="100%",
        data_testid="queue-item",
        data_member=item.member_name,
        data_request=item.id,
    )


def ambassador_page() -> rx.Component:
    S = AmbassadorState
    return page_shell(
        gated(
            S,
            title=rx.heading(T("help.queue"), size="7", as_="h1"),
            content=rx.vstack(
                    week_section(),
                    rx.heading(T("ambassador.queue"), size="6", as_="h2"),
                    rx.text(T("help.queue_help"), size="3", color="var(--gray-11)"),
                    rx.link(rx.hstack(rx.icon("graduation-cap", size=20), T("classes.link"),
                                      align="center", spacing="1"),
                            href=routes.CLASSES, size="4", min_height=TOUCH,
                            display="inline-flex", align_items="center",
                            data_testid="link-classes"),
                    rx.cond((S.notice != "") & S.notice_on_top, callout(
                        S.notice, role="status", data_testid="queue-message",
                        color_scheme=rx.cond(S.notice_tone == "green", "green", "red"))),
                    rx.text(T("help.total"), " ", S.total, size="3"),
                    rx.foreach(S.items, queue_card),
                    walk_in_section(),
                    spacing="3",
                    width="100%",
                    data_testid="queue-ready",
                ),
        ),
    )


def add_pages(app: rx.App) -> None:
    app.add_page(ambassador_page, route=routes.AMBASSADOR,
                 title=f"{t('help.queue')} · {t('app.name')}", on_load=AmbassadorState.load)
