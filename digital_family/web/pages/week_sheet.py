"""The week's plan on paper (issue 18 point 5): one block per household on an A4 sheet
(people and what each lacks as tick boxes, the phone, boxes for how the visit went, lines
for a day to come back and a note), for leaders who prefer paper at the door. The ticks
are entered afterwards with "Ghi lần thăm" on the week, one household at a time."""

import reflex as rx
from reflex_base.vars.function import FunctionStringVar

from digital_family.base import clock, routes
from digital_family.base.i18n import t
from digital_family.campaign import week_plan
from digital_family.households import visits
from digital_family.web.components.controls import big_button
from digital_family.web.components.layout import gated, page_shell
from digital_family.web.state import PageState, SessionState, data_event

BOX = "☐"


class WeekSheetState(PageState, SessionState):
    """The signed-in leader's plan as plain text blocks (printed in Vietnamese)."""

    DENIED_KEY = "denied.leader"

    week: rx.Field[str] = rx.field("")
    blocks: rx.Field[list[dict]] = rx.field(default_factory=list)

    @data_event(load=True)
    async def load(self, actor):
        lines = await self._db(lambda s: week_plan.plan(s, actor))
        monday = week_plan.week_of(clock.vietnam_date())
        self.week = t("sheet.week", monday=f"{monday:%d/%m/%Y}")
        self.blocks = [_block(line) for line in lines]
        self._page_ready()


def _block(line: week_plan.PlanLine) -> dict:
    people = []
    for person in line.people:
        kin, given = week_plan.called(person)
        who = f"{t(kin)} {given}".strip()
        people.append({
            "who": t("sheet.person", who=who, age=person.age),
            "boxes": "   ".join(f"{BOX} {t(f'visit.topic.{code}')}" for code in person.lacks),
        })
    return {
        "title": f"{line.code} — {line.address}",
        "phone": line.phone or t("week.no_phone"),
        "people": people,
        "learning": t("week.no_learner") if line.no_learner else "",
        "outcomes": "   ".join(f"{BOX} {t(f'visit.outcome.{o}')}" for o in visits.VISIT_OUTCOMES),
    }


def block(b) -> rx.Component:
    return rx.box(
        rx.text(b["title"], weight="bold", size="4"),
        rx.text(t("sheet.phone"), ": ", b["phone"], size="3"),
        rx.foreach(b["people"].to(list[dict]), lambda p: rx.box(
            rx.text(p["who"], weight="medium", size="3"),
            rx.text(p["boxes"], size="3", padding_left="1em"),
            margin_top="4px")),
        rx.cond(b["learning"] != "", rx.text(BOX, " ", b["learning"], size="3")),
        rx.text(t("sheet.outcome"), ": ", b["outcomes"], size="3", margin_top="6px"),
        rx.text(t("sheet.follow_up"), ": ____/____", size="3"),
        rx.text(t("sheet.note"), ": ", "_" * 32, size="3"),
        border="1px solid #333", border_radius="6px", padding="10px", margin_bottom="10px",
        break_inside="avoid", data_testid="sheet-block",
    )


def sheet_page() -> rx.Component:
    S = WeekSheetState
    return page_shell(
        gated(
            S,
            rx.box(
                rx.hstack(
                    big_button(rx.icon("printer", size=20), t("sheet.print"),
                               on_click=FunctionStringVar.create("() => window.print()")),
                    rx.link(t("sheet.back"), href=routes.LEADER_HOME, size="4"),
                    class_name="no-print", align="center", spacing="4", wrap="wrap"),
                rx.text(S.week, size="3", margin_top="8px"),
                rx.cond(S.blocks.length() == 0, rx.text(t("week.empty"), size="3")),
                rx.foreach(S.blocks, block),
                rx.text(t("sheet.enter_after"), size="3", class_name="no-print"),
                width="100%", data_testid="sheet-ready"),
            title=rx.heading(t("sheet.title"), size="6", as_="h1"),
        ),
    )


def add_pages(app: rx.App) -> None:
    app.add_page(sheet_page, route=routes.WEEK_SHEET,
                 title=f"{t('sheet.title')} · {t('app.name')}", on_load=WeekSheetState.load)
