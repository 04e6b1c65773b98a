"""The family's classes on the household page (issue 20 point 2): the coming classes for
its group, and beside each person "Đăng ký học" — one tap (a waiting list when the class
is full), cancelled as easily —, and the class's calendar file for the phone. A sign-up
moves the member's learning status through the answers' write path
(``programmes.classes``), so the household's figures and the page's own answers are
loaded again."""

import dataclasses

import reflex as rx

from digital_family.base import clock, paging, routes
from digital_family.households import access
from digital_family.programmes import classes
from digital_family.web.components import outbox
from digital_family.web.components.controls import TOUCH, big_button
from digital_family.web.pages.classes import session_line
from digital_family.web.pages.household.state import HouseholdState
from digital_family.web.state import PageState, SessionState, T, data_event, ui_event


@dataclasses.dataclass
class PersonSignup:
    member_id: int = 0
    name: str = ""
    status: str = ""  # "", "signed_up" or "waiting"


@dataclasses.dataclass
class OfferCard:
    id: int = 0
    title: str = ""
    sessions: list[str] = dataclasses.field(default_factory=list)
    seats: str = ""
    full: bool = False
    people: list[PersonSignup] = dataclasses.field(default_factory=list)


class HouseholdClassesState(PageState, SessionState):
    """The classes the household's people may sign up for, and their sign-ups."""

    household_id: rx.Field[int] = rx.field(0)
    offers: rx.Field[list[OfferCard]] = rx.field(default_factory=list)
    open_id: rx.Field[int] = rx.field(0)  # the class whose people are shown

    @data_event(load=True)
    async def load_mine(self, actor):
        household_id = access.household_id_for(actor)
        if household_id is None:  # a leader or staff: /ho sends them on
            self.offers = []
            self._page_ready()
            return
        await self._load(actor, household_id)

    @data_event(load=True)
    async def load_by_id(self, actor):
        # the route's parameter, which Reflex adds to the state (routes.HOUSEHOLD)
        await self._load(actor, getattr(self, "ho_id", ""))

    async def _load(self, actor, household_id, *, keep_open: bool = False) -> None:
        found = await self._db(lambda s: classes.household_classes(s, actor, household_id))
        today = clock.vietnam_date()
        offers = []
        for info in found.classes:
            left = info.capacity - info.signed_up
            offers.append(OfferCard(
                info.id, info.title,
                [session_line(self, s) for s in info.sessions if s.day >= today],
                self._t("classes.seats_left", n=left) if left > 0 else self._t("classes.full"),
                left <= 0,
                [PersonSignup(mid, name, found.signups.get((info.id, mid), ""))
                 for mid, name in found.members]))
        self.household_id = household_id if isinstance(household_id, int) else \
            paging.int_or(household_id, 0)
        self.offers = offers
        ids = [o.id for o in offers]
        if not (keep_open and self.open_id in ids):
            self.open_id = ids[0] if ids else 0
        self._page_ready()

    async def _after_change(self, actor, message: str) -> None:
        household_id = self.household_id
        await self._load(actor, household_id, keep_open=True)
        # the member's learning status moved: the family's answers and figures too
        household = await self.get_state(HouseholdState)
        if household.household_id == household_id:
            await household._load(actor, household_id)
        self._say(message)

    def _name(self, member_id: int) -> str:
        for offer in self.offers:
            for person in offer.people:
                if person.member_id == member_id:
                    return person.name
        return ""

    @ui_event
    def open_class(self, class_id: int):
        self.open_id = int(class_id)

    @data_event
    async def sign_up(self, actor, class_id: int, member_id: int):
        cid, mid = paging.int_or(class_id, 0), paging.int_or(member_id, 0)
        status = await self._db(lambda s: classes.sign_up(s, actor, cid, mid))
        key = "hclasses.done_waiting" if status == "waiting" else "hclasses.done_signed_up"
        await self._after_change(actor, self._t(key, name=self._name(mid)))

    @data_event
    async def cancel(self, actor, class_id: int, member_id: int):
        cid, mid = paging.int_or(class_id, 0), paging.int_or(member_id, 0)
        await self._db(lambda s: classes.cancel(s, actor, cid, mid))
        await self._after_change(actor, self._t("hclasses.done_cancelled",
                                                name=self._name(mid)))

    @data_event
    async def calendar(self, actor, class_id: int):
        cid = paging.int_or(class_id, 0)
        data = await self._db(lambda s: classes.class_calendar(s, actor, cid))
        self._say(self._t("classes.calendar_done"))
        return rx.download(data=data, filename=f"lop-hoc-{cid}.ics", mime_type="text/calendar")


def _person(offer, person) -> rx.Component:
    S = HouseholdClassesState
    return rx.hstack(
        rx.icon("user-round", size=22, flex_shrink="0"),
        rx.text(person.name, size="3", weight="medium", flex="1"),
        rx.cond(
            person.status == "",
            big_button(rx.icon("pencil-line", size=18), T("hclasses.sign_up"), size="3",
                       type="button", padding_x="14px",
                       on_click=S.sign_up(offer.id, person.member_id),
                       disabled=outbox.offline,
                       aria_label=f"{T('hclasses.sign_up')}: {person.name}"),
            rx.hstack(
                rx.cond(person.status == "waiting",
                        rx.badge(rx.icon("hourglass", size=14), T("hclasses.waiting"),
                                 color_scheme="orange", size="2", high_contrast=True),
                        rx.badge(rx.icon("check", size=14), T("hclasses.signed_up"),
                                 color_scheme="green", size="2", high_contrast=True)),
                rx.button(T("hclasses.cancel"), type="button", variant="ghost",
                          high_contrast=True, size="3", min_height=TOUCH,
                          on_click=S.cancel(offer.id, person.member_id),
                          disabled=outbox.offline,
                          aria_label=f"{T('hclasses.cancel')}: {person.name}"),
                align="center", spacing="2"),
        ),
        align="center", width="100%", min_height=TOUCH, spacing="2",
        border_bottom="1px solid var(--gray-4)", padding_y="4px",
        data_testid="class-person", data_member=person.name, data_status=person.status)


def _offer(offer) -> rx.Component:
    S = HouseholdClassesState
    return rx.box(
        rx.vstack(
            rx.hstack(rx.icon("graduation-cap", size=24, flex_shrink="0"),
                      rx.heading(offer.title, size="4", as_="h3"), align="center",
                      spacing="2"),
            rx.foreach(offer.sessions, lambda line: rx.hstack(
                rx.icon("calendar-days", size=18, flex_shrink="0", margin_top="2px"),
                rx.text(line, size="3"), align="start", spacing="2")),
            rx.text(offer.seats, size="3", weight="medium"),
            rx.cond(
                S.open_id == offer.id,
                rx.vstack(rx.foreach(offer.people, lambda p: _person(offer, p)),
                          spacing="0", width="100%"),
                big_button(T("hclasses.show"), size="3", variant="outline", type="button",
                           on_click=S.open_class(offer.id),
                           aria_label=f"{T('hclasses.show')}: {offer.title}")),
            big_button(rx.icon("calendar-plus", size=20), T("classes.calendar"), size="3",
                       variant="outline", type="button", on_click=S.calendar(offer.id),
                       aria_label=f"{T('classes.calendar')}: {offer.title}"),
            spacing="2", width="100%", align="start"),
        width="100%", padding="12px", border="1px solid var(--gray-6)", border_radius="12px",
        data_testid="class-offer")


def classes_section() -> rx.Component:
    """The household overview's card of classes (nothing until loaded, or if refused)."""
    S = HouseholdClassesState
    return rx.cond(
        S.loaded & ~S.denied,
        rx.card(
            rx.vstack(
                rx.heading(T("hclasses.title"), size="5", as_="h2"),
                rx.box(rx.cond(S.notice != "", rx.text(
                    S.notice, size="3", weight="medium",
                    color=rx.cond(S.notice_tone == "green", "#0b5d3b",
                                  "var(--red-12)"))),
                       role="status", width="100%", data_testid="classes-status"),
                rx.cond(S.offers.length() > 0,
                        rx.text(T("hclasses.help"), size="3"),
                        rx.text(T("hclasses.none"), size="3")),
                rx.foreach(S.offers, _offer),
                rx.link(rx.hstack(rx.icon("list", size=20), T("hclasses.all"), align="center",
                                  spacing="1"),
                        href=routes.CLASSES, min_height=TOUCH, display="inline-flex",
                        align_items="center", size="3"),
                spacing="3", width="100%"),
            width="100%", data_testid="family-classes"),
    )
