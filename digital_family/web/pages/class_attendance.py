"""One class (issue 20 point 3): its teacher (or ward staff) takes a session's attendance
on a phone — one tap per name, saved at once —, adds a walk-in found by name, phone or
household, and marks who completed (the skills they can now do only with the learner's
agreement). A group leader sees his groups' people on the list. A thin layer over
``programmes.classes``."""

import dataclasses

import reflex as rx

from digital_family.base import clock, paging, routes
from digital_family.base.i18n import t
from digital_family.base.permissions import Action, account_id, can
from digital_family.programmes import classes
from digital_family.web.components.controls import TOUCH, big_button, tick_row
from digital_family.web.components.layout import gated, page_shell
from digital_family.web.pages.classes import Choice, session_line
from digital_family.web.state import PageState, SessionState, T, data_event, ui_event


@dataclasses.dataclass
class LearnerRow:
    member_id: int = 0
    name: str = ""
    code: str = ""
    waiting: bool = False
    here: bool = False  # came to the chosen session
    completed: bool = False


@dataclasses.dataclass
class FoundRow:
    member_id: int = 0
    name: str = ""
    code: str = ""


class AttendanceState(PageState, SessionState):
    """The class, the chosen session and who came to it."""

    DENIED_KEY = "denied.classes"

    class_id: rx.Field[int] = rx.field(0)
    title: rx.Field[str] = rx.field("")
    teaches: rx.Field[bool] = rx.field(False)
    session_id: rx.Field[str] = rx.field("")  # the chosen session (a choice button's value)
    session_choices: rx.Field[list[Choice]] = rx.field(default_factory=list)
    learners: rx.Field[list[LearnerRow]] = rx.field(default_factory=list)
    came: rx.Field[int] = rx.field(0)
    signed: rx.Field[int] = rx.field(0)
    waiting: rx.Field[int] = rx.field(0)
    came_line: rx.Field[str] = rx.field("")
    found: rx.Field[list[FoundRow]] = rx.field(default_factory=list)
    searched: rx.Field[bool] = rx.field(False)
    completing: rx.Field[int] = rx.field(0)  # the learner whose completion form is open
    agree: rx.Field[bool] = rx.field(False)
    skill_choices: rx.Field[list[Choice]] = rx.field(default_factory=list)
    _attended: dict[int, list[int]] = {}  # member id -> sessions they came to

    @data_event(load=True)
    async def load(self, actor):
        # the route's parameter, which Reflex adds to the state (routes.CLASS)
        class_id = paging.int_or(getattr(self, "lop_id", ""), 0)

        def read(session):
            return (classes.get_class(session, actor, class_id),
                    classes.roster(session, actor, class_id))

        info, people = await self._db(read)
        today = clock.vietnam_date()
        held = [s for s in info.sessions if s.day <= today]
        chosen = held[-1] if held else info.sessions[0]
        self.class_id, self.title = info.id, info.title
        self.teaches = can(actor, Action.MANAGE_CLASSES) or info.teacher_id == account_id(actor)
        self.session_choices = [Choice(str(s.id), session_line(self, s))
                                for s in info.sessions]
        self.session_id = str(chosen.id)
        self.skill_choices = [Choice(f"skill:{classes.TOPIC_SKILLS[c]}",
                                     self._t(f"skill.{classes.TOPIC_SKILLS[c]}"))
                              for c in info.topics if c in classes.TOPIC_SKILLS]
        self.found, self.searched, self.completing, self.agree = [], False, 0, False
        self._show_roster(people)
        self._page_ready()

    def _show_roster(self, people) -> None:
        self._attended = {p.member_id: list(p.attended) for p in people}
        session_id = paging.int_or(self.session_id, 0)
        self.learners = [
            LearnerRow(p.member_id, p.full_name, p.household_code, p.status == "waiting",
                       session_id in p.attended, p.completed)
            for p in sorted(people, key=lambda p: (p.status != "signed_up", p.full_name))]
        self._count()

    def _count(self) -> None:
        present = [row for row in self.learners if not row.waiting]
        self.signed, self.came = len(present), sum(row.here for row in present)
        self.waiting = len(self.learners) - len(present)
        self.came_line = self._t("attend.came", n=self.came, total=self.signed)

    async def _reload(self, actor) -> None:
        class_id = self.class_id
        self._show_roster(await self._db(lambda s: classes.roster(s, actor, class_id)))

    @ui_event
    def choose_session(self, session_id: str):
        if any(c.name == session_id for c in self.session_choices):
            self.session_id = session_id
            chosen = int(session_id)
            for row in self.learners:
                row.here = chosen in self._attended.get(row.member_id, [])
            self.learners = list(self.learners)
            self._count()

    @data_event
    async def set_present(self, actor, member_id: int, present: bool):
        mid, sid, here = paging.int_or(member_id, 0), paging.int_or(self.session_id, 0), \
            present is True
        await self._db(lambda s: classes.set_attendance(s, actor, sid, mid, here))
        came = self._attended.setdefault(mid, [])
        if here and sid not in came:
            came.append(sid)
        elif not here and sid in came:
            came.remove(sid)
        self.learners = [dataclasses.replace(row, here=here) if row.member_id == mid else row
                         for row in self.learners]
        self._count()

    @data_event
    async def search(self, actor, form: dict):
        query, class_id = str(dict(form).get("query", ""))[:100], self.class_id
        found = await self._db(lambda s: classes.find_walk_ins(s, actor, class_id, query))
        on_list = {row.member_id for row in self.learners if not row.waiting}
        self.found = [FoundRow(f.member_id, f.full_name, f.household_code) for f in found
                      if f.member_id not in on_list]
        self.searched = True

    @data_event
    async def add_walk_in(self, actor, member_id: int):
        mid, sid = paging.int_or(member_id, 0), paging.int_or(self.session_id, 0)
        name = next((f.name for f in self.found if f.member_id == mid), "")
        await self._db(lambda s: classes.add_walk_in(s, actor, sid, mid))
        self.found, self.searched = [], False
        await self._reload(actor)
        self._say(self._t("attend.added", name=name))

    @ui_event
    def open_complete(self, member_id: int):
        self.completing, self.agree, self.errors = int(member_id), False, {}

    @ui_event
    def close_complete(self):
        self.completing, self.agree = 0, False

    @ui_event
    def set_agree(self, value: bool):
        self.agree = value is True

    @data_event
    async def complete(self, actor, form: dict):
        mid, class_id, agree = self.completing, self.class_id, self.agree
        skills = [str(key).split(":", 1)[1] for key, value in dict(form).items()
                  if str(key).startswith("skill:") and value] if agree else None
        await self._db(lambda s: classes.complete(s, actor, class_id, mid,
                                                  consent_skills=agree, skills=skills))
        name = next((row.name for row in self.learners if row.member_id == mid), "")
        self.completing, self.agree = 0, False
        await self._reload(actor)
        self._say(self._t("attend.completed_saved", name=name))


def _complete_form(row) -> rx.Component:
    S = AttendanceState
    return rx.form(
        rx.vstack(
            rx.text(row.name, " ", T("attend.complete_title"), weight="bold", size="3"),
            tick_row(T("attend.agree"), checked=S.agree, on_change=S.set_agree),
            rx.cond(S.agree, rx.vstack(
                rx.text(T("attend.skills"), weight="medium", size="3"),
                rx.foreach(S.skill_choices, lambda c: tick_row(c.label, name=c.name,
                                                                default_checked=True)),
                spacing="1", width="100%")),
            rx.hstack(
                big_button(rx.icon("check", size=20), T("attend.confirm_complete"),
                           type="submit", size="3", flex="1"),
                big_button(T("common.cancel"), type="button", variant="outline", size="3",
                           on_click=S.close_complete),
                width="100%", spacing="2"),
            spacing="2", width="100%", align="start"),
        on_submit=S.complete, reset_on_submit=True, width="100%",
        data_testid="complete-form")


def learner_row(row) -> rx.Component:
    S = AttendanceState
    tick = rx.el.label(
        rx.hstack(
            rx.checkbox(checked=row.here, size="3", aria_label=f"{row.name} · {row.code}",
                        on_change=lambda value: S.set_present(row.member_id, value),
                        disabled=~S.teaches),
            rx.vstack(rx.text(row.name, size="4", weight="medium"),
                      rx.text(row.code, size="2", color="var(--gray-11)"), spacing="0"),
            align="center", spacing="3", flex="1"),
        display="flex", align_items="center", min_height=TOUCH, flex="1", min_width="0",
        cursor="pointer", padding_y="4px")
    return rx.box(
        rx.hstack(
            tick,
            rx.cond(row.completed,
                    rx.badge(rx.icon("badge-check", size=16), T("attend.completed"),
                             color_scheme="green", size="2", high_contrast=True),
                    rx.cond(S.teaches & (S.completing != row.member_id),
                            rx.button(T("attend.complete"), type="button", size="3",
                                      variant="outline", high_contrast=True,
                                      min_height=TOUCH,
                                      aria_label=f"{T('attend.complete')}: {row.name}",
                                      on_click=S.open_complete(row.member_id)))),
            align="center", width="100%", spacing="2"),
        rx.cond(S.completing == row.member_id, _complete_form(row)),
        width="100%", border_bottom="1px solid var(--gray-5)",
        data_testid="learner-row", data_member=row.name)


def _walk_ins() -> rx.Component:
    S = AttendanceState
    return rx.card(
        rx.vstack(
            rx.heading(T("attend.walk_in"), size="4", as_="h2"),
            rx.text(T("attend.walk_in_help"), size="3", color="var(--gray-11)"),
            rx.form(
                rx.hstack(
                    rx.input(name="query", placeholder=T("attend.placeholder"),
                             aria_label=T("attend.placeholder"), min_height=TOUCH,
                             font_size="18px", flex="1"),
                    big_button(rx.icon("search", size=20), T("attend.search"), type="submit",
                               size="3"),
                    width="100%", spacing="2"),
                on_submit=S.search, reset_on_submit=False, width="100%"),
            rx.cond(S.searched & (S.found.length() == 0),
                    rx.text(T("attend.none_found"), size="3")),
            rx.foreach(S.found, lambda f: rx.hstack(
                rx.vstack(rx.text(f.name, size="3", weight="medium"),
                          rx.text(f.code, size="2", color="var(--gray-11)"), spacing="0",
                          flex="1"),
                big_button(rx.icon("user-plus", size=20), T("attend.add"), size="3",
                           type="button", on_click=S.add_walk_in(f.member_id),
                           aria_label=f"{T('attend.add')}: {f.name}"),
                align="center", width="100%", data_testid="walk-in-result")),
            spacing="2", width="100%"),
        width="100%")


def attendance_page() -> rx.Component:
    S = AttendanceState
    return page_shell(
        gated(
            S,
            title=rx.link(rx.hstack(rx.icon("chevron-left", size=20), T("attend.back"),
                                    align="center", spacing="1"),
                          href=routes.CLASSES, min_height=TOUCH, display="inline-flex",
                          align_items="center", size="3"),
            content=rx.vstack(
                rx.heading(S.title, size="6", as_="h1"),
                rx.cond(S.teaches,
                        rx.text(T("attend.help"), size="3"),
                        rx.text(T("attend.read_only"), size="3")),
                rx.flex(
                    rx.foreach(S.session_choices, lambda c: rx.button(
                        c.label, type="button", on_click=S.choose_session(c.name),
                        variant=rx.cond(S.session_id == c.name, "solid", "outline"),
                        aria_pressed=rx.cond(S.session_id == c.name, "true", "false"),
                        high_contrast=True, size="3", min_height=TOUCH, height="auto",
                        white_space="normal", padding_y="8px", text_align="left",
                        max_width="100%")),
                    role="group", aria_label=T("attend.session"), gap="8px", wrap="wrap",
                    width="100%", data_testid="session-choices"),
                rx.text(S.came_line, size="4", weight="bold", role="status",
                        data_testid="came-count"),
                rx.cond(S.notice != "", rx.text(S.notice, size="3", role="status",
                                                color=rx.cond(S.notice_tone == "green",
                                                              "#0b5d3b",
                                                              "var(--red-12)"))),
                rx.cond(S.learners.length() == 0, rx.text(T("attend.no_one"), size="3")),
                rx.box(rx.foreach(S.learners, lambda row: rx.cond(~row.waiting,
                                                                  learner_row(row))),
                       width="100%", data_testid="learners"),
                rx.cond(S.waiting > 0, rx.vstack(
                    rx.heading(T("attend.waiting_list"), size="4", as_="h2"),
                    rx.foreach(S.learners, lambda row: rx.cond(
                        row.waiting, rx.text("• ", row.name, " (", row.code, ")", size="3"))),
                    spacing="1", width="100%")),
                rx.cond(S.teaches, _walk_ins()),
                rx.box(height="48px", aria_hidden="true"),
                spacing="3", width="100%", data_testid="attendance-ready"),
        ),
    )


def add_pages(app: rx.App) -> None:
    app.add_page(attendance_page, route=routes.CLASS,
                 title=f"{t('attend.title')} · {t('app.name')}", on_load=AttendanceState.load)
