"""The leader's week, at the top of his home (issue 18): the households he chose for this
week with who lacks what, a call and a Zalo link, the last visit, "Ghi lần thăm"; then
suggestions across all his groups, one tap each to add.

Door to door without a signal (point 4): each time the plan is shown the phone keeps a
copy of the week and of every planned household's page (``outbox.keep_script``;
``OfflineCopy`` shows them while offline), the visit form opens, chooses and closes on the
phone (``outbox.local``), and a visit record goes through the phone's outbox like an
answer: kept, sent until acknowledged, recorded once (``household_changes``)."""

import dataclasses

import reflex as rx

from digital_family.base import clock, paging, routes
from digital_family.base.permissions import PermissionDenied
from digital_family.campaign import leader, week_plan
from digital_family.web.components import outbox
from digital_family.web.components.call_links import call_hrefs, call_links
from digital_family.web.components.connection import conflicts_panel, waiting_counter
from digital_family.web.components.controls import (
    TOUCH,
    big_button,
    choice_buttons,
    link_button,
)
from digital_family.web.components.layout import pager
from digital_family.web.components.visit_form import HelpChoice, visit_form
from digital_family.web.pages.household import classes as household_classes
from digital_family.web.pages.household import state as household_state
from digital_family.web.state import PageState, SessionState, T, data_event


@dataclasses.dataclass
class PlanCard:
    household_id: int = 0
    href: str = ""
    code: str = ""
    address: str = ""
    phone: str = ""
    tel: str = ""
    zalo: str = ""
    people: list[str] = dataclasses.field(default_factory=list)
    last_visit: str = ""
    follow_up: str = ""
    visited: bool = False
    choices: list[HelpChoice] = dataclasses.field(default_factory=list)


@dataclasses.dataclass
class SuggestionCard:
    household_id: int = 0
    code: str = ""
    group_code: str = ""
    address: str = ""
    phone: str = ""
    reasons: list[str] = dataclasses.field(default_factory=list)
    due: str = ""


def _day(value) -> str:
    return f"{value:%d/%m}" if value else ""


class WeekState(PageState, SessionState):
    """The signed-in leader's plan for this week and suggestions."""

    DENIED_KEY = "denied.leader"

    lines: rx.Field[list[PlanCard]] = rx.field(default_factory=list)
    suggestions: rx.Field[list[SuggestionCard]] = rx.field(default_factory=list)
    reason: rx.Field[str] = rx.field("")
    page: rx.Field[int] = rx.field(1)
    pages: rx.Field[int] = rx.field(1)
    total: rx.Field[int] = rx.field(0)
    # the household whose visit form is open (set on the phone)
    recording: rx.Field[int] = rx.field(0)
    outcome: rx.Field[str] = rx.field("")  # chosen on the phone
    today: rx.Field[str] = rx.field("")
    mine: rx.Field[bool] = rx.field(False)  # a leader's own week (staff have none)

    @data_event(load=True)
    async def load(self, actor):
        if actor.role != "group_leader":
            self._page_ready()  # staff see the group pages, not a week of their own
            return
        self.reason, self.page, self.recording, self.outcome = "", 1, 0, ""
        self.mine = True
        await self._show(actor)
        # what the phone still keeps goes out now; the planned pages are kept on it
        return [rx.call_script(outbox.pending(), callback=WeekState.save_changes),
                await self._keep_offline(actor)]

    async def _keep_offline(self, actor):
        """The week and its planned households' pages, for the phone to keep."""
        ids, lang = [line.household_id for line in self.lines], self.lang

        def read(session):
            copies, offers = {}, {}
            for hid in ids:
                try:
                    copies[str(hid)] = household_state.offline_copy(session, actor, hid, lang)
                    # the classes its people may join, for "Đăng ký học" at the door
                    offers[str(hid)] = household_classes.offline_copy(session, actor, hid, lang)
                except (PermissionDenied, LookupError):
                    continue  # withdrawn consent, moved: not kept
            return copies, offers

        copies, offers = await self._db(read)
        week = outbox.delta(WeekState, lines=[dataclasses.asdict(c) for c in self.lines],
                            suggestions=[], reason="", page=1, pages=1, total=0, recording=0,
                            outcome="", today=self.today, mine=True, loaded=True,
                            denied=False, notice="")
        session = {"name": SessionState.get_full_name(),
                   "delta": outbox.delta(SessionState, home_path=routes.LEADER_HOME,
                                              user_role="group_leader")}
        return rx.call_script(outbox.keep_script({"week": week, "households": copies,
                                                  "classes": offers, "session": session}))

    @data_event
    async def save_changes(self, actor, changes: list):
        """What the phone kept (visit records, answers), applied once each."""
        if not changes:
            return None
        outcomes, ack = await outbox.apply_kept(self, actor, changes)
        if any(o.kind == "visit" and o.status == "applied" for o in outcomes) and not any(
                o.status == "conflict" for o in outcomes):
            self._say(self._t("week.visit_saved"))
        signed = [o for o in outcomes if o.kind == "signup" and o.status == "applied"]
        waiting = sum(o.result == "waiting" for o in signed)
        if signed and not any(o.status in ("conflict", "refused") for o in outcomes):
            # class sign-ups kept at the door (issue 20): a seat or the waiting list
            self._say(self._t("week.signups_waiting", n=len(signed), waiting=waiting)
                      if waiting else self._t("week.signups_sent", n=len(signed)))
        events = [rx.call_script(outbox.ack_script(ack))]
        if actor.role == "group_leader" and any(o.status == "applied" for o in outcomes):
            await self._show(actor)
            events.append(await self._keep_offline(actor))
        return events

    async def _show(self, actor) -> None:
        reason, page = self.reason or None, self.page

        def read(session):
            return (week_plan.plan(session, actor),
                    week_plan.suggestions(session, actor, reason=reason, page=page))

        lines, found = await self._db(read)
        self.today = clock.vietnam_date().isoformat()
        self.lines = [self._card(line) for line in lines]
        self.suggestions = [
            SuggestionCard(
                s.household_id, s.code, s.group_code, s.address, s.phone or "",
                [self._t(key, **params) for key, params in leader.reason_labels(
                    leader.VisitItem(s.household_id, s.code, s.address, s.phone, 0, None,
                                     s.counts, 0))],
                _day(s.follow_up_on))
            for s in found.items]
        self.total, self.page, self.pages = found.total, found.page, max(found.pages, 1)
        self._page_ready()

    def _card(self, line: week_plan.PlanLine) -> PlanCard:
        people, choices = [], []
        for person in line.people:
            kin, given = week_plan.called(person)
            who = f"{self._t(kin)} {given}".strip()
            lacks = ", ".join(self._t(f"week.lacks.{code}") for code in person.lacks)
            people.append(self._t("week.person", who=who, age=person.age, lacks=lacks))
            for code in person.lacks:
                choices.append(HelpChoice(f"helped:{person.member_id}:{code}",
                                          f"{who}: {self._t(f'visit.topic.{code}')}"))
        if line.no_learner:
            people.append(self._t("week.no_learner"))
        phone = line.phone or ""
        last = ""
        if line.last_visit_on is not None:
            last = self._t("week.last_visit", day=_day(line.last_visit_on),
                           outcome=self._t(f"visit.outcome.{line.last_outcome}"))
        return PlanCard(
            line.household_id, routes.household(line.household_id), line.code, line.address,
            phone, *call_hrefs(phone),
            people, last, _day(line.follow_up_on), line.visited_this_week, choices)

    @data_event
    async def add(self, actor, household_id: int):
        hid = paging.int_or(household_id, 0)
        await self._db(lambda s: week_plan.add_to_plan(s, actor, hid))
        await self._show(actor)
        self._say(self._t("week.added"))
        return await self._keep_offline(actor)

    @data_event
    async def remove(self, actor, household_id: int):
        hid = paging.int_or(household_id, 0)
        await self._db(lambda s: week_plan.remove_from_plan(s, actor, hid))
        await self._show(actor)
        return await self._keep_offline(actor)

    @data_event
    async def filter_reason(self, actor, reason: str):
        self.reason = reason if reason in leader.REASONS else ""
        self.page = 1
        await self._show(actor)

    @data_event
    async def go_to_page(self, actor, page: int):
        self.page = paging.clamp_page(page, self.pages)
        await self._show(actor)

def plan_row(card) -> rx.Component:
    return rx.card(
        rx.vstack(
            rx.hstack(
                rx.icon("house", size=22),
                rx.text(card.code, weight="bold", size="4", white_space="nowrap"),
                rx.cond(card.visited, rx.badge(T("week.visited"), color_scheme="green",
                                               size="2", high_contrast=True)),
                rx.cond(outbox.waiting_visits.contains(card.household_id),
                        rx.badge(rx.icon("clock", size=14), T("week.visit_kept"),
                                 color_scheme="amber", size="2", high_contrast=True,
                                 data_testid="visit-kept")),
                align="center", width="100%", wrap="wrap"),
            rx.text(card.address, size="3"),
            rx.foreach(card.people, lambda p: rx.text("• ", p, size="3")),
            rx.cond(card.last_visit != "", rx.text(card.last_visit, size="2",
                                                   color="var(--gray-11)")),
            rx.cond(card.follow_up != "", rx.text(T("week.follow_up"), " ", card.follow_up,
                                                  size="3", weight="medium")),
            rx.cond(
                card.phone != "",
                call_links(card.phone, card.tel, card.zalo),
                rx.hstack(
                    rx.text(T("week.no_phone"), size="3", color="var(--gray-11)"),
                    rx.link(T("week.add_phone"), href=card.href, size="3",
                            on_click=outbox.remember(card.household_id)),
                    align="center", min_height=TOUCH, spacing="2"),
            ),
            rx.cond(
                WeekState.recording == card.household_id,
                visit_form(card.choices, WeekState),
                rx.hstack(
                    link_button(rx.icon("house", size=20), T("week.open"), href=card.href,
                                on_click=outbox.remember(card.household_id)),
                    big_button(rx.icon("clipboard-check", size=20), T("week.record"),
                               size="3", on_click=outbox.local(
                                   WeekState, recording=card.household_id, outcome="",
                                   errors={})),
                    rx.button(rx.icon("x", size=18), T("week.remove"), variant="ghost",
                              high_contrast=True, size="3", min_height=TOUCH,
                              disabled=outbox.offline,
                              on_click=WeekState.remove(card.household_id)),
                    wrap="wrap", spacing="2", align="center"),
            ),
            spacing="2", width="100%"),
        width="100%", data_testid="plan-row")


def suggestion_row(card) -> rx.Component:
    return rx.card(
        rx.vstack(
            rx.hstack(rx.text(card.code, weight="bold", size="4", white_space="nowrap"),
                      rx.badge(card.group_code, size="2", variant="outline",
                               high_contrast=True), align="center"),
            rx.cond(card.due != "", rx.text(T("week.due"), " ", card.due, size="3",
                                            weight="bold", color="#9a3412")),
            rx.text(card.address, size="3"),
            rx.foreach(card.reasons, lambda r: rx.text("• ", r, size="3")),
            big_button(rx.icon("plus", size=20), T("week.add"), size="3", width="100%",
                       on_click=WeekState.add(card.household_id),
                       aria_label=T("week.add") + " " + card.code),
            spacing="1", width="100%", align="start"),
        width="100%", data_testid="suggestion-row")


def week_status() -> rx.Component:
    """What the last action did, above the bottom edge: it never pushes the week's lines
    (layout shift while working stays near 0) and fades by itself."""
    return rx.box(
        rx.cond(
            WeekState.notice != "",
            rx.hstack(
                # two fixed icons: an icon named by a Var would load every icon (58 KB)
                rx.cond(WeekState.notice_tone == "green", rx.icon("circle-check", size=22),
                        rx.icon("circle-alert", size=22)),
                rx.text(WeekState.notice, size="3", color="var(--gray-12)"),
                key=WeekState.notice, align="center", spacing="2", background="white",
                border_left=rx.cond(WeekState.notice_tone == "green",
                                    "6px solid var(--green-9)", "6px solid var(--red-9)"),
                border_radius="10px", padding="10px 14px",
                box_shadow="0 2px 12px rgba(0,0,0,0.2)", animation="gds-fade 6s forwards"),
        ),
        role="status", aria_live="polite", position="fixed", bottom="12px", left="50%",
        transform="translateX(-50%)", width="min(92vw, 480px)", pointer_events="none",
        z_index="20", data_testid="week-status")


def week_section() -> rx.Component:
    """The week's plan and the suggestions; nothing for staff (who have no week). Offline
    (the phone's copy), the plan without suggestions."""
    return rx.fragment(offline_copy_of_week(), rx.cond(
        WeekState.mine,
        rx.vstack(
            rx.heading(T("week.title"), size="6", as_="h2"),
            waiting_counter(),
            conflicts_panel(WeekState.save_changes),
            week_status(),
            rx.cond(WeekState.lines.length() == 0,
                    rx.text(T("week.empty"), size="3", color="var(--gray-11)")),
            rx.vstack(rx.foreach(WeekState.lines, plan_row), spacing="3", width="100%",
                      data_testid="week-plan"),
            rx.cond(WeekState.lines.length() > 0,
                    link_button(rx.icon("printer", size=20), T("week.print"),
                                href=routes.WEEK_SHEET)),
            rx.cond(WeekState.lines.length() > 0,
                    rx.text(T("week.kept_offline"), size="2", color="var(--gray-11)")),
            rx.heading(T("week.suggestions"), size="5", as_="h2"),
            choice_buttons([("", T("visit.all"))]
                           + [(r, T(f"visit.filter.{r}")) for r in leader.REASONS],
                           WeekState.reason, WeekState.filter_reason, label=T("week.filter"),
                           equal=False),
            rx.vstack(rx.foreach(WeekState.suggestions, suggestion_row), spacing="2",
                      width="100%", data_testid="suggestions"),
            rx.cond(WeekState.pages > 1, pager(WeekState)),
            spacing="3", width="100%", data_testid="week-ready"),
    ))


def offline_copy_of_week() -> rx.Component:
    return outbox.offline_copy(WeekState, "week")
