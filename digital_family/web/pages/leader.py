"""The group leader's home: how the group stands and who to visit next."""

import dataclasses

import reflex as rx

from digital_family.base import paging, routes
from digital_family.base.formatting import format_int, waiting_time
from digital_family.base.i18n import t
from digital_family.base.permissions import PermissionDenied
from digital_family.campaign import leader
from digital_family.campaign.display import indicator_card
from digital_family.households import access
from digital_family.programmes import help_requests
from digital_family.web.components import outbox
from digital_family.web.components.controls import TOUCH, callout, choice_buttons
from digital_family.web.components.indicator_cards import status_badge
from digital_family.web.components.layout import gated, page_shell, pager
from digital_family.web.pages.week import WeekState, week_section
from digital_family.web.state import PageState, SessionState, T, data_event, ui_event

PAGE_SIZE = 10


@dataclasses.dataclass
class VisitCard:
    """A household to visit, as its row shows it."""

    href: str = ""
    code: str = ""
    address: str = ""
    phone: str = ""
    members: int = 0
    score: int = 0
    score_text: str = ""  # what the score counts, with the count
    reasons: list[str] = dataclasses.field(default_factory=list)


@dataclasses.dataclass
class RequestCard:
    """A help request the leader opened from the banner, in plain words."""

    id: int = 0
    href: str = ""  # its household's page
    code: str = ""
    address: str = ""
    topic: str = ""  # in plain words
    member: str = ""
    asked_by: str = ""
    waited: str = ""
    holder: str = ""  # who holds it, or that nobody does
    outcome: str = ""
    note: str = ""
    preferred_time: str = ""
    notes: list[str] = dataclasses.field(default_factory=list)


class LeaderState(PageState, SessionState):
    """One of the leader's groups: its figures and one page of households to visit."""

    DENIED_KEY = "denied.leader"

    groups: rx.Field[list[str]] = rx.field(default_factory=list)
    group_code: rx.Field[str] = rx.field("")
    group_name: rx.Field[str] = rx.field("")
    completion: rx.Field[list[dict[str, str]]] = rx.field(default_factory=list)
    cards: rx.Field[list[dict[str, str]]] = rx.field(default_factory=list)
    visits: rx.Field[list[VisitCard]] = rx.field(default_factory=list)
    # help requests nobody has taken for too long
    flagged: rx.Field[list[dict[str, str]]] = rx.field(default_factory=list)
    # the banner's request opened (id 0: none)
    request: rx.Field[RequestCard] = rx.field(default_factory=RequestCard)
    reason: rx.Field[str] = rx.field("")
    page: rx.Field[int] = rx.field(1)
    pages: rx.Field[int] = rx.field(1)
    total: rx.Field[int] = rx.field(0)

    @data_event(load=True)
    async def load(self, actor):
        # a leader's own groups; ward staff may open any group (from the dashboard)
        groups = list(await self._db(lambda s: access.group_codes_for(s, actor)))
        if not groups:
            raise PermissionDenied()
        self.groups = groups
        wanted = self.router.url.query_parameters.get("to", "")
        if wanted in self.groups:
            self.group_code = wanted
        elif self.group_code not in self.groups:
            self.group_code = self.groups[0]
        self.reason, self.page = "", 1
        await self._show(actor)

    async def _show(self, actor) -> None:
        code, reason, page = self.group_code, self.reason or None, self.page

        def read(session):
            overview = leader.group_overview(session, actor, code)
            visits = leader.visit_list(session, actor, code, reason=reason, page=page,
                                       page_size=PAGE_SIZE, report=overview.report)
            return overview, visits, help_requests.unclaimed_for_leader(session, actor)

        overview, visits, flagged = await self._db(read)
        c = overview.report.completion
        self.group_name = overview.group_name
        self.completion = [
            {"key": "households", "value": format_int(c.households)},
            {"key": "members", "value": format_int(c.members)},
            {"key": "confirmed", "value": format_int(c.confirmed)},
            {"key": "confirmed_recent", "value": format_int(c.confirmed_recent)},
            {"key": "never_confirmed", "value": format_int(overview.never_confirmed)},
        ]
        self.cards = gap_cards(overview, self._t)
        self.visits = [
            VisitCard(
                href=routes.household(v.household_id),
                code=v.code,
                address=v.address,
                phone=v.phone or "",
                members=v.member_count,
                score=v.score,
                score_text=self._t("visit.score_count", n=v.score),
                reasons=[self._t(key, **params) for key, params in leader.reason_labels(v)],
            )
            for v in visits.items
        ]
        self.total, self.page, self.pages = visits.total, visits.page, max(visits.pages, 1)
        self.flagged = [
            {"id": str(f.request_id), "code": f.household_code,
             "member": f.member_name, "topic": f.topic,
             "waited": waiting_time(f.waiting_hours, self.lang)}
            for f in flagged if f.group_code == self.group_code
        ]
        self._page_ready()

    @data_event
    async def open_request(self, actor, request_id: int):
        """The banner's request: who asked for whom, how long it waited, who holds it."""
        self.request = RequestCard()
        rid = paging.int_or(request_id, 0)
        r = await self._db(lambda s: help_requests.leader_request(s, actor, rid))
        if r.asked_by_role == "resident" or not r.asked_by_name:
            asked_by = self._t("leader.request.by_family")
        else:
            asked_by = r.asked_by_name
        if r.status == "open":
            holder = self._t("leader.request.nobody")
        else:
            holder = self._t("leader.request.holder", name=r.claimed_by_name or "")
        self.request = RequestCard(
            id=r.request_id, href=routes.household(r.household_id), code=r.household_code,
            address=r.address, topic=self._t(f"topic.{r.topic}"), member=r.member_name,
            asked_by=asked_by, waited=waiting_time(r.waiting_hours, self.lang), holder=holder,
            outcome=self._t(f"help.outcome.{r.outcome}") if r.outcome else "",
            note=r.note or "", preferred_time=r.preferred_time or "",
            notes=[f"{n.author_name or ''}: {n.text}" if n.author_name else n.text
                   for n in r.notes])

    @ui_event
    def close_request(self):
        self.request = RequestCard()

    @data_event
    async def choose_group(self, actor, code: str):
        if code in self.groups:
            self.group_code, self.reason, self.page = code, "", 1
            await self._show(actor)

    @data_event
    async def filter_reason(self, actor, reason: str):
        self.reason = reason if reason in leader.REASONS else ""
        self.page = 1
        await self._show(actor)

    @data_event
    async def go_to_page(self, actor, page: int):
        self.page = paging.clamp_page(page, self.pages)
        await self._show(actor)


def completion_tile(item) -> rx.Component:
    return rx.card(
        rx.vstack(
            rx.text(item["value"], size="6", weight="bold", data_testid="completion-value"),
            rx.text(SessionState.tr["completion." + item["key"]], size="2",
                    color="var(--gray-11)"),
            spacing="0",
        ),
        data_testid="completion-" + item["key"],
    )


def gap_cards(overview, say) -> list[dict[str, str]]:
    """The group's targeted indicators, those furthest from their target first, each
    with its gap in people ("7 more adults need VNeID") or "target met"."""
    cards: list[tuple[float, dict[str, str]]] = []  # (how far short, the card)
    for result in overview.report.indicators:
        if result.target is None:
            continue
        card = indicator_card(result)
        gap = overview.gaps.get(result.code)
        card["gap"] = say(f"gap.{result.code}", n=format_int(gap)) if gap else ""
        cards.append((max(0.0, result.target - (result.value or 0)), card))
    cards.sort(key=lambda c: -c[0])
    return [card for _, card in cards]


def gap_row(card) -> rx.Component:
    """One target: the gap first (what to do), then the figures it comes from."""
    return rx.card(
        rx.vstack(
            rx.hstack(
                rx.text(SessionState.tr[card["label_key"]], size="3", weight="medium"),
                rx.spacer(),
                status_badge(card),
                width="100%",
                align="start",
            ),
            rx.cond(
                card["gap"] != "",
                rx.text(card["gap"], size="4", weight="bold", color="#9a3412",
                        data_testid="indicator-gap"),
            ),
            rx.text(
                rx.text.span(card["value"], weight="bold", data_testid="indicator-value"),
                " (", rx.text.span(card["numerator"], " / ", card["denominator"],
                                   data_testid="indicator-people"),
                " ", SessionState.tr[card["unit_key"]], ") · ", T("overview.target"), " ",
                card["target"],
                size="2", color="var(--gray-11)",
            ),
            spacing="1",
            width="100%",
        ),
        width="100%",
        data_testid="indicator-" + card["code"],
    )


def visit_row(visit) -> rx.Component:
    return rx.link(
        rx.card(
            rx.vstack(
                rx.hstack(
                    rx.icon("house", size=24),
                    rx.text(visit.code, weight="bold", size="4", white_space="nowrap"),
                    width="100%",
                    align="center",
                ),
                rx.badge(visit.score_text, size="3", color_scheme="orange",
                         high_contrast=True, white_space="normal",
                         data_testid="visit-score"),
                rx.text(visit.address, size="3"),
                rx.cond(visit.phone != "",
                        rx.text(rx.icon("phone", size=14), " ", visit.phone, size="3")),
                rx.foreach(visit.reasons,
                           lambda r: rx.text("• ", r, size="3")),
                spacing="1",
                width="100%",
            ),
            width="100%",
        ),
        href=visit.href,
        on_click=outbox.remember(visit.href),
        underline="none",
        color="inherit",
        width="100%",
        data_testid="visit-row",
    )


def request_view() -> rx.Component:
    """The banner's request opened: topic, for whom, who asked, how long it has waited,
    who holds it, its notes and outcome; one tap to the household."""
    r = LeaderState.request
    return rx.card(
        rx.vstack(
            rx.hstack(
                rx.heading(r.topic, size="5", as_="h2"),
                rx.spacer(),
                rx.text(r.waited, size="3"),
                width="100%", align="center", wrap="wrap"),
            rx.text(T("leader.request.for"), " ",
                    rx.text.span(r.member, weight="bold", data_testid="request-member"),
                    size="4"),
            rx.text(T("leader.request.asked_by"), " ", r.asked_by, size="3"),
            rx.text(r.code, " · ", r.address, size="3"),
            rx.cond(r.preferred_time != "",
                    rx.text(T("help.time_short"), ": ", r.preferred_time, size="3")),
            rx.cond(r.note != "", rx.text("“", r.note, "”", size="3")),
            rx.text(r.holder, size="3", weight="medium"),
            rx.cond(r.outcome != "", rx.text(T("leader.request.outcome"), " ", r.outcome,
                                              size="3", weight="medium")),
            rx.cond(r.notes.length() > 0, rx.vstack(
                rx.text(T("leader.request.notes"), weight="medium", size="3"),
                rx.foreach(r.notes, lambda n: rx.text("• ", n, size="3")),
                spacing="1")),
            rx.hstack(
                rx.link(rx.hstack(rx.icon("house", size=20), T("leader.request.household"),
                                  " ", r.code, align="center", spacing="1"),
                        href=r.href, on_click=outbox.remember(r.href),
                        display="inline-flex", align_items="center", min_height=TOUCH,
                        padding_x="14px", border="1px solid var(--gray-12)",
                        border_radius="10px", color="var(--gray-12)", underline="none",
                        font_size="17px", data_testid="request-household"),
                rx.button(T("leader.request.close"), variant="outline", high_contrast=True,
                          size="3", min_height=TOUCH, on_click=LeaderState.close_request),
                wrap="wrap", spacing="2", align="center"),
            spacing="2", width="100%", align="start"),
        width="100%", data_testid="request-view")


def leader_page() -> rx.Component:
    return page_shell(
        # back from a household: where he was, once the week and the groups are there
        outbox.ScrollBack.create(ready=LeaderState.loaded & WeekState.loaded),
        gated(
            LeaderState,
            # "Tổ dân phố" until the group's own name arrives, on the same line
            title=rx.heading(rx.cond(LeaderState.group_name != "", LeaderState.group_name,
                                     T("leader.title")), size="7", as_="h1"),
            # without a signal: his week as the phone keeps it (issue 18 point 4)
            offline=week_section(),
            content=rx.vstack(
                    week_section(),
                    rx.cond(
                        LeaderState.groups.length() > 1,
                        rx.flex(
                            rx.foreach(
                                LeaderState.groups,
                                lambda code: rx.button(
                                    code, on_click=LeaderState.choose_group(code),
                                    variant=rx.cond(LeaderState.group_code == code, "solid",
                                                    "outline"),
                                    high_contrast=True, size="3", min_height=TOUCH,
                                    aria_pressed=rx.cond(LeaderState.group_code == code,
                                                         "true", "false"),
                                ),
                            ),
                            gap="8px", wrap="wrap", role="group", aria_label=T("leader.groups"),
                        ),
                    ),
                    rx.cond(
                        LeaderState.flagged.length() > 0,
                        callout(
                            rx.vstack(
                                rx.text(T("leader.flagged"), weight="bold"),
                                rx.foreach(LeaderState.flagged, lambda f: rx.el.button(
                                    f["code"], " · ", f["member"], " · ",
                                    SessionState.tr["topic." + f["topic"]], " · ", f["waited"],
                                    on_click=LeaderState.open_request(f["id"]),
                                    aria_expanded=rx.cond(
                                        LeaderState.request.id.to_string() == f["id"], "true",
                                        "false"),
                                    min_height=TOUCH, text_align="left", font_size="16px",
                                    text_decoration="underline", background="none",
                                    border="none", padding="4px 0", cursor="pointer",
                                    color="inherit", data_testid="flagged-request")),
                                spacing="1",
                            ),
                            icon="bell-ring", color_scheme="orange", role="status",
                            data_testid="flagged-requests",
                        ),
                    ),
                    rx.cond(LeaderState.request.id.to(int) > 0, request_view()),
                    rx.cond((LeaderState.notice != "") & (LeaderState.notice_tone == "red"),
                            callout(LeaderState.notice, role="alert", color_scheme="red",
                                    data_testid="leader-message")),
                    # what the group still needs first, then who to visit for it
                    rx.heading(T("leader.gaps"), size="5", as_="h2"),
                    rx.vstack(rx.foreach(LeaderState.cards, gap_row), spacing="2",
                              width="100%", data_testid="leader-gaps"),
                    rx.heading(T("visit.title"), size="5", as_="h2"),
                    rx.text(T("visit.help"), size="3", color="var(--gray-11)"),
                    choice_buttons(
                        [("", T("visit.all"))]
                        + [(r, T(f"visit.filter.{r}")) for r in leader.REASONS],
                        LeaderState.reason,
                        LeaderState.filter_reason,
                        label=T("visit.filter"), equal=False,
                    ),
                    rx.text(T("visit.total"), " ", LeaderState.total, size="3"),
                    rx.vstack(rx.foreach(LeaderState.visits, visit_row), spacing="3",
                              width="100%", data_testid="visit-list"),
                    pager(LeaderState),
                    rx.link(rx.text(T("leader.find_household"), size="4"), href=routes.HOUSEHOLDS,
                            min_height=TOUCH, display="flex", align_items="center"),
                    rx.link(rx.text(T("classes.link"), size="4"), href=routes.CLASSES,
                            min_height=TOUCH, display="flex", align_items="center",
                            data_testid="link-classes"),
                    rx.heading(T("overview.completion"), size="5", as_="h2"),
                    rx.grid(rx.foreach(LeaderState.completion, completion_tile),
                            columns=rx.breakpoints(initial="2", md="5"), spacing="3",
                            width="100%"),
                    spacing="4",
                    width="100%",
                    data_testid="leader-ready",
                ),
        ),
    )


def add_pages(app: rx.App) -> None:
    app.add_page(leader_page, route=routes.LEADER_HOME,
                 title=f"{t('leader.title')} · {t('app.name')}",
                 on_load=[LeaderState.load, WeekState.load])
