"""The ward's digital-skills classes (issue 20): the list everyone may see within their
scope, plain enough for a resident, with a calendar file for each class; what the
classes achieved, for those who read the ward's figures; and the form that creates a
class (ward staff; an ambassador they allow: taught by himself, for his groups). A
thin layer over ``programmes.classes``."""

import dataclasses

import reflex as rx

from digital_family.access import auth
from digital_family.base import clock, paging, routes
from digital_family.base.formatting import format_percent
from digital_family.base.i18n import t
from digital_family.base.models import CLASS_TOPICS
from digital_family.base.permissions import Action, PermissionDenied, account_id, can
from digital_family.programmes import classes
from digital_family.web.components.controls import (
    TOUCH,
    big_button,
    field,
    text_input,
    tick_row,
)
from digital_family.web.components.layout import gated, page_shell
from digital_family.web.state import PageState, SessionState, T, data_event, ui_event

MAX_FORM_SESSIONS = 8  # sessions the form offers (the domain takes up to MAX_SESSIONS)


@dataclasses.dataclass
class ClassCard:
    """A class as the list shows it: plain words only."""

    id: int = 0
    code: str = ""
    title: str = ""
    topics: list[str] = dataclasses.field(default_factory=list)
    sessions: list[str] = dataclasses.field(default_factory=list)
    seats: str = ""
    full: bool = False
    over: bool = False
    teacher: str = ""
    groups: str = ""
    counts: str = ""
    href: str = ""
    teaches: bool = False  # this account takes its attendance


@dataclasses.dataclass
class Choice:
    """A box or an option of the form: its field name and its words."""

    name: str = ""
    label: str = ""


def session_line(state, s) -> str:
    """One session in words: "Thứ Ba 09/12 lúc 18:30 — Nhà văn hoá TDP01"."""
    return state._t("classes.session", weekday=state._t(f"weekday.{s.day.weekday()}"),
                    day=f"{s.day:%d/%m}", time=f"{s.starts_at:%H:%M}", place=s.place)


def class_card(state, info: classes.ClassInfo, actor, today) -> ClassCard:
    left = info.capacity - info.signed_up
    return ClassCard(
        id=info.id, code=info.code, title=info.title,
        topics=[state._t(f"class.topic.{code}") for code in info.topics],
        sessions=[session_line(state, s) for s in info.sessions],
        seats=(state._t("classes.seats_left", n=left) if left > 0
               else state._t("classes.full")),
        full=left <= 0,
        over=all(s.day < today for s in info.sessions),
        teacher=state._t("classes.teacher", name=info.teacher_name) if info.teacher_name else "",
        groups=(state._t("classes.for_groups", groups=", ".join(info.group_codes))
                if info.group_codes else state._t("classes.whole_ward")),
        counts=state._t("classes.counts", signed=info.signed_up, waiting=info.waiting,
                        came=info.attended, done=info.completed),
        href=routes.class_page(info.id),
        teaches=can(actor, Action.MANAGE_CLASSES) or (
            can(actor, Action.TEACH) and info.teacher_id == account_id(actor)),
    )


class ClassesState(PageState, SessionState):
    """The classes the signed-in account may see, the ward's figures, the new-class form."""

    DENIED_KEY = "denied.classes"

    cards: rx.Field[list[ClassCard]] = rx.field(default_factory=list)
    figures: rx.Field[list[str]] = rx.field(default_factory=list)
    resident: rx.Field[bool] = rx.field(False)
    can_create: rx.Field[bool] = rx.field(False)
    creating: rx.Field[bool] = rx.field(False)
    session_count: rx.Field[int] = rx.field(1)
    topic_choices: rx.Field[list[Choice]] = rx.field(default_factory=list)
    group_choices: rx.Field[list[Choice]] = rx.field(default_factory=list)
    teacher_choices: rx.Field[list[Choice]] = rx.field(default_factory=list)
    teacher_fixed: rx.Field[str] = rx.field("")  # an ambassador's own class: he teaches it

    @data_event(load=True)
    async def load(self, actor):
        self.creating, self.session_count = False, 1
        await self._show(actor)

    async def _show(self, actor) -> None:
        staff = can(actor, Action.MANAGE_CLASSES)
        opens = can(actor, Action.OPEN_CLASS)  # staff, or an ambassador they allow

        def read(session):
            found = classes.list_classes(session, actor)
            try:
                figures = classes.class_figures(session, actor)
            except PermissionDenied:  # a family or an ambassador: no ward figures
                figures = None
            teachers = classes.teachers(session, actor) if staff else ()
            groups = classes.class_group_codes(session, actor) if opens else ()
            self_name = "" if staff or not opens else auth.current_user_summary(
                session, actor).full_name
            return found, figures, (teachers, groups, self_name)

        found, figures, (teachers, groups, self_name) = await self._db(read)
        today = clock.vietnam_date()
        self.cards = [class_card(self, info, actor, today)
                      for info in classes.by_next_session(found, today)]
        self.figures = [] if figures is None else [
            self._t("classes.figures.held", n=figures.classes_held, seats=figures.seats),
            self._t("classes.figures.rate", rate=format_percent(figures.attendance_rate)),
            self._t("classes.figures.completed", n=figures.completed_members),
            self._t("classes.figures.first", n=figures.first_learner_households),
            self._t("classes.figures.never", n=figures.never_came),
        ]
        self.resident = actor.role == "resident"
        self.can_create = opens
        self.teacher_fixed = self._t("newclass.teacher_self", name=self_name) if self_name else ""
        self.topic_choices = [Choice(f"topic:{c}", self._t(f"class.topic.{c}"))
                              for c in CLASS_TOPICS] if opens else []
        self.group_choices = [Choice(f"group:{c}", c) for c in groups]
        self.teacher_choices = [Choice(str(i), name) for i, name in teachers]
        self._page_ready()

    @data_event
    async def calendar(self, actor, class_id: int):
        """The class's sessions as an .ics file, so the phone reminds the family."""
        cid = paging.int_or(class_id, 0)
        data = await self._db(lambda s: classes.class_calendar(s, actor, cid))
        self._say(self._t("classes.calendar_done"))
        return rx.download(data=data, filename=f"lop-hoc-{cid}.ics", mime_type="text/calendar")

    @ui_event
    def open_form(self):
        self.creating, self.session_count, self.errors = True, 1, {}

    @ui_event
    def close_form(self):
        self.creating, self.errors = False, {}

    @ui_event
    def more_sessions(self):
        self.session_count = min(self.session_count + 1, MAX_FORM_SESSIONS)

    @ui_event
    def fewer_sessions(self):
        self.session_count = max(self.session_count - 1, 1)

    @data_event
    async def create(self, actor, form: dict):
        form = dict(form)
        count = min(max(paging.int_or(self.session_count, 1), 1), MAX_FORM_SESSIONS)
        topics = [key.split(":", 1)[1] for key, value in form.items()
                  if str(key).startswith("topic:") and value]
        groups = [key.split(":", 1)[1] for key, value in form.items()
                  if str(key).startswith("group:") and value]
        sessions = [(form.get(f"day:{i}", ""), form.get(f"time:{i}", ""),
                     form.get(f"place:{i}", "")) for i in range(count)]
        teacher = paging.int_or(form.get("teacher"), 0) or None
        info = await self._db(lambda s: classes.create_class(
            s, actor, code=form.get("code", ""), title=form.get("title", ""), topics=topics,
            capacity=form.get("capacity", ""), sessions=sessions, teacher_id=teacher,
            group_codes=groups))
        self.creating = False
        await self._show(actor)
        self._say(self._t("newclass.saved", code=info.code))


def _line(icon: str, *children, **props) -> rx.Component:
    return rx.hstack(rx.icon(icon, size=20, flex_shrink="0", margin_top="2px"),
                     rx.text(*children, size="3", **props), align="start", spacing="2")


def class_row(card) -> rx.Component:
    S = ClassesState
    return rx.card(
        rx.vstack(
            rx.hstack(
                rx.icon("graduation-cap", size=26, flex_shrink="0"),
                rx.heading(card.title, size="4", as_="h2"),
                align="center", spacing="2"),
            rx.text(rx.foreach(card.topics, lambda topic: rx.badge(
                topic, size="2", variant="soft", high_contrast=True, margin_right="4px",
                margin_bottom="4px"))),
            rx.foreach(card.sessions, lambda line: _line("calendar-days", line)),
            rx.cond(card.teacher != "", _line("user-round", card.teacher)),
            _line("map-pin", card.groups),
            rx.cond(card.over,
                    _line("circle-check", T("classes.over")),
                    rx.cond(card.full,
                            _line("hourglass", card.seats, weight="medium"),
                            _line("armchair", card.seats, weight="medium"))),
            rx.cond(~S.resident, rx.text(card.counts, size="2", color="var(--gray-11)")),
            rx.flex(
                rx.cond(~card.over, big_button(
                    rx.icon("calendar-plus", size=20), T("classes.calendar"), size="3",
                    variant="outline", type="button", on_click=S.calendar(card.id),
                    aria_label=f"{T('classes.calendar')}: {card.title}")),
                rx.cond(card.teaches,
                        rx.link(rx.hstack(rx.icon("clipboard-check", size=20),
                                          T("classes.attendance"), align="center",
                                          spacing="1"),
                                href=card.href, display="inline-flex", align_items="center",
                                min_height=TOUCH, padding_x="14px", border_radius="10px",
                                background="#0b5d3b", color="white", underline="none",
                                font_size="17px",
                                aria_label=f"{T('classes.attendance')}: {card.title}"),
                        rx.cond(~S.resident,
                                rx.link(T("classes.see_list"), href=card.href, size="3",
                                        min_height=TOUCH, display="inline-flex",
                                        align_items="center"))),
                rx.cond(S.resident & ~card.over,
                        rx.link(T("classes.sign_up_at_home"), href=routes.MY_HOUSEHOLD,
                                size="3", min_height=TOUCH, display="inline-flex",
                                align_items="center")),
                gap="8px", wrap="wrap"),
            spacing="2", width="100%", align="start"),
        width="100%", data_testid="class-card", data_class=card.code)


def _checkbox(choice) -> rx.Component:
    return tick_row(choice.label, name=choice.name)


def _session_fields(index: int) -> rx.Component:
    return rx.cond(
        ClassesState.session_count > index,
        rx.vstack(
            rx.text(T("newclass.session_n"), f" {index + 1}", weight="bold", size="3"),
            # one under the other: side by side, the phone's time field ran past the box
            field(T("newclass.day"), text_input(f"day:{index}", type="date")),
            field(T("newclass.time"), text_input(f"time:{index}", type="time",
                                                 default_value="18:30")),
            field(T("newclass.place"), text_input(f"place:{index}", max_length=200)),
            spacing="1", width="100%", padding="8px", border="1px solid var(--gray-6)",
            border_radius="10px", data_testid="session-fields"),
    )


def create_form() -> rx.Component:
    S = ClassesState
    return rx.cond(
        S.creating,
        rx.card(
            rx.form(
                rx.vstack(
                    rx.heading(T("newclass.title"), size="5", as_="h2"),
                    field(T("newclass.code"), text_input("code", max_length=20)),
                    field(T("newclass.name"), text_input("title", max_length=200)),
                    rx.el.fieldset(
                        rx.el.legend(rx.text(T("newclass.topics"), weight="medium", size="3")),
                        rx.foreach(S.topic_choices, _checkbox), border="none", padding="0",
                        margin="0", width="100%"),
                    rx.text(T("newclass.sessions"), weight="medium", size="3"),
                    *[_session_fields(i) for i in range(MAX_FORM_SESSIONS)],
                    rx.hstack(
                        big_button(rx.icon("plus", size=20), T("newclass.add_session"),
                                   type="button", variant="outline", size="3",
                                   on_click=S.more_sessions),
                        rx.cond(S.session_count > 1, big_button(
                            rx.icon("minus", size=20), T("newclass.remove_session"),
                            type="button", variant="outline", size="3",
                            on_click=S.fewer_sessions)),
                        wrap="wrap", spacing="2"),
                    field(T("newclass.capacity"), text_input("capacity", type="number",
                                                             min=1, max=500,
                                                             default_value="20")),
                    rx.cond(S.teacher_fixed != "", rx.text(
                        S.teacher_fixed, size="3", weight="medium",
                        data_testid="teacher-fixed"), field(T("newclass.teacher"), rx.el.select(
                            rx.el.option(T("newclass.no_teacher"), value=""),
                            rx.foreach(S.teacher_choices,
                                       lambda c: rx.el.option(c.label, value=c.name)),
                            name="teacher", min_height=TOUCH, font_size="18px",
                            width="100%", padding="0 8px", border="1px solid var(--gray-8)",
                            border_radius="8px", background="white"))),
                    rx.el.fieldset(
                        rx.el.legend(rx.text(
                            rx.cond(S.teacher_fixed != "", T("newclass.groups_own"),
                                    T("newclass.groups")), weight="medium", size="3")),
                        rx.flex(rx.foreach(S.group_choices, _checkbox), gap="0 16px",
                                wrap="wrap"),
                        border="none", padding="0", margin="0", width="100%"),
                    rx.cond((S.notice != "") & (S.notice_tone == "red"),
                            rx.text(S.notice, color="var(--red-11)", size="3", role="alert")),
                    rx.hstack(
                        big_button(rx.icon("check", size=22), T("newclass.save"),
                                   type="submit", flex="1"),
                        big_button(T("common.cancel"), variant="outline", type="button",
                                   on_click=S.close_form),
                        width="100%", spacing="2"),
                    spacing="3", width="100%", align="start"),
                on_submit=S.create, reset_on_submit=False, width="100%",
                data_testid="class-form"),
            width="100%"),
        big_button(rx.icon("plus", size=22), T("newclass.open"), on_click=S.open_form,
                   width="100%", data_testid="open-class-form"),
    )


def classes_page() -> rx.Component:
    S = ClassesState
    return page_shell(
        gated(
            S,
            title=rx.heading(T("classes.title"), size="7", as_="h1"),
            content=rx.vstack(
                rx.text(T("classes.intro"), size="3"),
                rx.cond((S.notice != "") & ~S.creating, rx.box(
                    rx.hstack(
                        rx.cond(S.notice_tone == "green", rx.icon("circle-check", size=22),
                                rx.icon("circle-alert", size=22)),
                        rx.text(S.notice, size="3"), align="center", spacing="2"),
                    padding="10px 14px", border_radius="10px", width="100%", role="status",
                    background=rx.cond(S.notice_tone == "green", "var(--green-3)",
                                       "var(--red-3)"))),
                rx.cond(S.can_create, create_form()),
                rx.cond(S.cards.length() == 0, rx.text(T("classes.none"), size="3")),
                rx.foreach(S.cards, class_row),
                rx.cond(S.figures.length() > 0, rx.card(
                    rx.vstack(rx.heading(T("classes.figures"), size="5", as_="h2"),
                              rx.foreach(S.figures, lambda line: rx.text("• ", line, size="3")),
                              spacing="1"),
                    width="100%", data_testid="class-figures")),
                spacing="3", width="100%", data_testid="classes-ready"),
        ),
    )


def add_pages(app: rx.App) -> None:
    app.add_page(classes_page, route=routes.CLASSES,
                 title=f"{t('classes.title')} · {t('app.name')}", on_load=ClassesState.load)
