"""A walk-in at the ward's public-service point (issue 18 point 6), on the ambassador's page:
find the citizen's household by phone, name or address within his groups (names only),
tick who was helped and with what, save: a visit at the service point."""

import dataclasses

import reflex as rx

from digital_family.households import visits, walk_ins
from digital_family.web.components.controls import (
    TOUCH,
    big_button,
    callout,
    choice_buttons,
    tick_row,
)
from digital_family.web.state import PageState, SessionState, T, data_event, ui_event

TOPICS = visits.TOPICS


@dataclasses.dataclass
class Person:
    name: str = ""  # form field: person:<member id>
    label: str = ""


@dataclasses.dataclass
class Found:
    household_id: int = 0
    code: str = ""
    address: str = ""
    names: str = ""  # "Lê Đức Duy · Lê Nhật Khoa"
    people: list[Person] = dataclasses.field(default_factory=list)


class WalkInState(PageState, SessionState):
    """The look-up's results (names only) and the help being recorded."""

    DENIED_KEY = "denied.ambassador"

    found: rx.Field[list[Found]] = rx.field(default_factory=list)
    searched: rx.Field[bool] = rx.field(False)
    helping: rx.Field[int] = rx.field(0)  # the household whose help form is open
    topic: rx.Field[str] = rx.field("")

    @data_event
    async def search(self, actor, form: dict):
        query = str(form.get("query", ""))
        found = await self._db(lambda s: walk_ins.find_walk_in(s, actor, query))
        self.found = [Found(w.household_id, w.code, w.address,
                            " · ".join(name for _, name in w.people),
                            [Person(f"person:{mid}", name) for mid, name in w.people])
                      for w in found]
        self.searched, self.helping, self.topic = True, 0, ""

    @ui_event
    def open_help(self, household_id: int):
        self.helping, self.topic, self.errors = int(household_id), "", {}

    @ui_event
    def choose_topic(self, topic: str):
        self.topic = topic if topic in TOPICS else ""

    @data_event
    async def save_help(self, actor, form: dict):
        hid, topic = self.helping, self.topic
        if not topic:
            self.errors = {"topic": self._t("walk_in.choose_topic")}
            return
        people = [int(key.split(":")[1]) for key, value in dict(form).items()
                  if str(key).startswith("person:") and str(key).split(":")[1].isdigit()
                  and value]
        if not people:
            self.errors = {"topic": self._t("walk_in.choose_person")}
            return
        await self._db(lambda s: visits.record_visit(
            s, actor, hid, outcome="met", place="service_point",
            helped=[[m, topic] for m in people], note=form.get("note", "")))
        self.helping, self.topic, self.found, self.searched = 0, "", [], False
        self._say(self._t("walk_in.saved"))


def _help_form(found) -> rx.Component:
    return rx.form(
        rx.vstack(
            rx.text(T("walk_in.who"), weight="medium", size="3"),
            rx.foreach(found.people, lambda p: tick_row(p.label, name=p.name)),
            rx.text(T("walk_in.what"), weight="medium", size="3"),
            choice_buttons([(t, T(f"visit.topic.{t}")) for t in TOPICS], WalkInState.topic,
                           WalkInState.choose_topic, label=T("walk_in.what"), equal=False),
            rx.cond(WalkInState.errors.contains("topic"),
                    rx.text(WalkInState.errors["topic"], color="var(--red-11)", role="alert")),
            rx.el.label(rx.text(T("visit.note"), weight="medium", size="3"),
                        rx.text_area(name="note", max_length=500, rows="2", font_size="18px",
                                     width="100%"), width="100%"),
            big_button(rx.icon("check", size=22), T("walk_in.save"), type="submit",
                       width="100%"),
            spacing="2", width="100%", align="start"),
        on_submit=WalkInState.save_help, reset_on_submit=True, width="100%",
        data_testid="walk-in-form")


def _found(found) -> rx.Component:
    return rx.card(
        rx.vstack(
            rx.text(found.code, " — ", found.address, weight="bold", size="3"),
            rx.text(found.names, size="3"),
            rx.cond(WalkInState.helping == found.household_id, _help_form(found),
                    big_button(T("walk_in.record"), size="3", variant="outline",
                               on_click=WalkInState.open_help(found.household_id))),
            spacing="2", width="100%"),
        width="100%", data_testid="walk-in-found")


def walk_in_section() -> rx.Component:
    return rx.vstack(
        rx.heading(T("walk_in.title"), size="5", as_="h2"),
        rx.text(T("walk_in.help"), size="3", color="var(--gray-11)"),
        rx.cond(WalkInState.notice != "", callout(WalkInState.notice, icon="check",
                                                  color_scheme=rx.cond(
                                                      WalkInState.notice_tone == "green",
                                                      "green", "red"), role="status")),
        rx.form(
            rx.hstack(
                rx.input(name="query", placeholder=T("walk_in.placeholder"),
                         aria_label=T("walk_in.placeholder"), min_height=TOUCH,
                         font_size="18px", flex="1"),
                big_button(rx.icon("search", size=20), T("walk_in.search"), type="submit",
                           size="3"),
                width="100%", spacing="2"),
            on_submit=WalkInState.search, reset_on_submit=False, width="100%"),
        rx.cond(WalkInState.errors.contains("query"),
                rx.text(WalkInState.errors["query"], color="var(--red-11)", role="alert")),
        rx.cond(WalkInState.searched & (WalkInState.found.length() == 0),
                rx.text(T("walk_in.none"), size="3")),
        rx.foreach(WalkInState.found, _found),
        spacing="3", width="100%", data_testid="walk-in")
