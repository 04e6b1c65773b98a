"""The family's classes on the household page (issue 20 point 2): the coming classes for
its group, and beside each person "Đăng ký học" — one tap (a waiting list when the class
is full), cancelled as easily —, and the class's calendar file for the phone. A sign-up
moves the member's learning status through the answers' write path
(``programmes.classes``), so the household's figures and the page's own answers are
loaded again.

At the door without a signal (a leader's planned household, kept on his phone with these
classes: ``offline_copy``), "Đăng ký học" keeps a "signup" change on the phone, shown at
once as "Chờ gửi" and dropped as easily; the classes' next load (a reconnect) sends it and
says what became of it beside the person: a seat, the waiting list, or why not."""

import dataclasses
from datetime import date

import reflex as rx
from sqlmodel import Session

from digital_family.base import clock, paging, routes
from digital_family.base.i18n import t
from digital_family.base.permissions import Actor
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
    note: str = ""  # why a sign-up kept on the phone was not made


@dataclasses.dataclass
class OfferCard:
    id: int = 0
    title: str = ""
    sessions: list[str] = dataclasses.field(default_factory=list)
    seats: str = ""
    full: bool = False
    people: list[PersonSignup] = dataclasses.field(default_factory=list)


class _Words:
    """Words in one language, for ``session_line`` outside a page state."""

    def __init__(self, lang: str) -> None:
        self.lang = lang

    def _t(self, key: str, **params: object) -> str:
        return t(key, self.lang, **params)


def offer_cards(words: _Words | PageState, found: classes.HouseholdClasses, today: date,
                notes: dict[str, str] | None = None) -> list[OfferCard]:
    """What the card shows of each coming class: its coming sessions, the seats left (or
    that a sign-up waits), each person's sign-up and ``notes`` ("class:member")."""
    notes = notes or {}
    offers: list[OfferCard] = []
    for info in found.classes:
        left = info.capacity - info.signed_up
        offers.append(OfferCard(
            info.id, info.title,
            [session_line(words, s) for s in info.sessions if s.day >= today],
            words._t("classes.seats_left", n=left) if left > 0 else words._t("classes.full"),
            left <= 0,
            [PersonSignup(mid, name, found.signups.get((info.id, mid), ""),
                          notes.get(f"{info.id}:{mid}", ""))
             for mid, name in found.members]))
    return offers


class HouseholdClassesState(PageState, SessionState):
    """The classes the household's people may sign up for, and their sign-ups."""

    household_id: rx.Field[int] = rx.field(0)
    offers: rx.Field[list[OfferCard]] = rx.field(default_factory=list)
    open_id: rx.Field[int] = rx.field(0)  # the class whose people are shown
    # "class:member" -> why a sign-up kept on the phone was not made (shown beside them)
    notes: rx.Field[dict[str, str]] = rx.field(default_factory=dict)
    # those notes whose class is no longer offered (it ended): said with the person's name
    lost: rx.Field[list[str]] = rx.field(default_factory=list)
    _people: dict[int, str] = {}  # the household's members (id -> name), on the server only

    def _send_kept_signups(self):
        """Ask the phone for the sign-ups it keeps (made without a signal)."""
        return rx.call_script(outbox.pending("signup"),
                              callback=HouseholdClassesState.save_signups)

    @data_event(load=True)
    async def load_mine(self, actor):
        household_id = access.household_id_for(actor)
        if household_id is None:  # a leader or staff: /ho sends them on
            self.offers = []
            self._page_ready()
            return
        self.notes = {}
        await self._load(actor, household_id)
        return self._send_kept_signups()

    @data_event(load=True)
    async def load_by_id(self, actor):
        self.notes = {}
        # the route's parameter, which Reflex adds to the state (routes.HOUSEHOLD)
        await self._load(actor, getattr(self, "ho_id", ""))
        return self._send_kept_signups()

    async def _load(self, actor, household_id, *, keep_open: bool = False) -> None:
        found = await self._db(lambda s: classes.household_classes(s, actor, household_id))
        offers = offer_cards(self, found, clock.vietnam_date(), self.notes)
        self.household_id = household_id if isinstance(household_id, int) else \
            paging.int_or(household_id, 0)
        self.offers = offers
        self._people = dict(found.members)
        listed = {f"{o.id}:{p.member_id}" for o in offers for p in o.people}
        self.lost = [
            self._t("hclasses.not_sent_for", reason=note,
                    name=self._people.get(paging.int_or(key.rpartition(":")[2], 0), ""))
            for key, note in self.notes.items() if key not in listed]
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
        return self._people.get(member_id, "")

    @ui_event
    def open_class(self, class_id: int):
        self.open_id = int(class_id)

    @data_event
    async def save_signups(self, actor, changes: list):
        """The sign-ups the phone kept, each applied once (``classes.apply_changes``): the
        page says what became of them, and beside a person why one was not made."""
        # this household's people only: another's wait for its page, or the week
        kept = [c for c in changes or [] if outbox.is_kind(c, "signup")
                and paging.int_or(c.get("m"), 0) in self._people]
        if not kept:
            return None
        about = {c.get("id"): f"{paging.int_or(c.get('c'), 0)}:{paging.int_or(c.get('m'), 0)}"
                 for c in kept}
        said_before = (self.notice, self.notice_tone)
        outcomes, ack = await outbox.apply_kept(self, actor, kept)
        if any(o.status == "duplicate" for o in outcomes) and not any(
                o.status == "applied" for o in outcomes):
            # the same kept sign-ups sent again before the phone had the first answer (a
            # reconnect loads the classes twice): what became of them was said then, and
            # a refusal stays beside its person; the status keeps the first answer's words
            self.notice, self.notice_tone = said_before
        said = []
        for outcome in outcomes:
            key = about.get(outcome.change_id, "")
            if outcome.status == "refused" and outcome.error is not None:
                self.notes = {**self.notes, key: self._message(outcome.error,
                                                               "error.bad_request")}
            elif outcome.status == "applied" and outcome.member_id is not None:
                self.notes = {k: v for k, v in self.notes.items() if k != key}
                said.append((outcome.result, outcome.member_id, key))
        if said:
            # the class of one who waits is opened (else the last one's): said beside them
            _, _, key = next((one for one in said if one[0] == "waiting"), said[-1])
            self.open_id = paging.int_or(key.partition(":")[0], self.open_id)
            words = " ".join(self._t("hclasses.done_waiting" if result == "waiting"
                                     else "hclasses.done_signed_up", name=self._name(mid))
                             for result, mid, _ in said)
            # a refusal is said beside its person
            await self._after_change(actor, words)
        elif self.loaded:
            await self._load(actor, self.household_id, keep_open=True)
        return rx.call_script(outbox.ack_script(ack))

    @data_event
    async def sign_up(self, actor, class_id: int, member_id: int):
        cid, mid = paging.int_or(class_id, 0), paging.int_or(member_id, 0)
        today = clock.vietnam_date()
        status = await self._db(lambda s: classes.sign_up(s, actor, cid, mid, open_on=today))
        self.notes = {k: v for k, v in self.notes.items() if k != f"{cid}:{mid}"}
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


def offline_copy(session: Session, actor: Actor, household_id: int, lang: str) -> dict[str, object]:
    """The classes card's update for ``household_id`` as ``actor`` may see it
    (``classes.household_classes``), for a leader's phone to show offline with the
    household's page (``household.state.offline_copy``)."""
    found = classes.household_classes(session, actor, household_id)
    offers = offer_cards(_Words(lang), found, clock.vietnam_date())
    return outbox.delta(
        HouseholdClassesState, household_id=household_id,
        offers=[dataclasses.asdict(o) for o in offers],
        open_id=offers[0].id if offers else 0, notes={}, lost=[], loaded=True, denied=False,
        denied_message="", notice="", notice_tone="green", errors={})


def _sign_up_button(offer, person) -> rx.Component:
    """"Đăng ký học": at once with a signal; without one, kept on the phone."""
    S = HouseholdClassesState
    label = f"{T('hclasses.sign_up')}: {person.name}"
    return rx.cond(
        outbox.offline,
        big_button(rx.icon("pencil-line", size=18), T("hclasses.sign_up"), size="3",
                   type="button", padding_x="14px",
                   on_click=outbox.sign_up_kept(offer.id, person.member_id),
                   aria_label=label, data_testid="sign-up-kept"),
        big_button(rx.icon("pencil-line", size=18), T("hclasses.sign_up"), size="3",
                   type="button", padding_x="14px",
                   on_click=S.sign_up(offer.id, person.member_id), aria_label=label))


def _kept(offer, person) -> rx.Component:
    """A sign-up kept on the phone, not yet sent: "Chờ gửi", and a way to drop it."""
    return rx.hstack(
        rx.badge(rx.icon("clock", size=14), T("hclasses.kept"), color_scheme="amber",
                 size="2", high_contrast=True, data_testid="signup-kept"),
        rx.button(T("hclasses.cancel"), type="button", variant="ghost", high_contrast=True,
                  size="3", min_height=TOUCH,
                  on_click=outbox.unsign_kept(offer.id, person.member_id),
                  aria_label=f"{T('hclasses.kept_cancel')}: {person.name}"),
        align="center", spacing="2")


def _person(offer, person) -> rx.Component:
    S = HouseholdClassesState
    kept = outbox.key_state("c" + offer.id.to_string() + ":" + person.member_id.to_string())
    return rx.vstack(rx.hstack(
        rx.icon("user-round", size=22, flex_shrink="0"),
        rx.text(person.name, size="3", weight="medium", flex="1"),
        rx.cond(kept == "waiting", _kept(offer, person), rx.cond(
            person.status == "",
            _sign_up_button(offer, person),
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
        )),
        align="center", width="100%", min_height=TOUCH, spacing="2"),
        rx.cond(person.note != "", rx.text(
            rx.text.strong(T("hclasses.not_sent")), " ", person.note, size="3",
            color="var(--red-12)", data_testid="signup-note")),
        width="100%", spacing="1", border_bottom="1px solid var(--gray-4)", padding_y="4px",
        data_testid="class-person", data_member=person.name, data_status=person.status)


def _show_button(offer, on_click) -> rx.Component:
    return big_button(T("hclasses.show"), size="3", variant="outline", type="button",
                      on_click=on_click, aria_label=f"{T('hclasses.show')}: {offer.title}")


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
                # without a signal the card opens on the phone
                rx.cond(outbox.offline,
                        _show_button(offer, outbox.local(S, open_id=offer.id)),
                        _show_button(offer, S.open_class(offer.id)))),
            big_button(rx.icon("calendar-plus", size=20), T("classes.calendar"), size="3",
                       variant="outline", type="button", on_click=S.calendar(offer.id),
                       disabled=outbox.offline,
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
                rx.cond(outbox.offline & (S.offers.length() > 0),
                        rx.text(T("hclasses.kept_help"), size="3", weight="medium",
                                data_testid="classes-offline")),
                rx.foreach(S.lost, lambda line: rx.text(
                    line, size="3", weight="medium", color="var(--red-12)",
                    data_testid="signup-note")),
                rx.foreach(S.offers, _offer),
                rx.link(rx.hstack(rx.icon("list", size=20), T("hclasses.all"), align="center",
                                  spacing="1"),
                        href=routes.CLASSES, min_height=TOUCH, display="inline-flex",
                        align_items="center", size="3"),
                spacing="3", width="100%"),
            width="100%", data_testid="family-classes"),
    )
