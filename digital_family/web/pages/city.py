"""The city's page (/thanh-pho): the city's figures, its wards ranked against one target
with the gap in people, a page at a time, and a ward opened to its groups (numbers only:
the city's accounts never see a person)."""

import reflex as rx

from digital_family.base import paging, routes
from digital_family.base.formatting import format_int, format_percent
from digital_family.base.i18n import t
from digital_family.base.permissions import Action, require
from digital_family.campaign import city, display
from digital_family.ward import indicators
from digital_family.web.components.controls import big_button, native_select
from digital_family.web.components.indicator_cards import completion_tile, indicator_card
from digital_family.web.components.layout import gated, page_shell, pager
from digital_family.web.state import PageState, SessionState, T, data_event, let_go, ui_event

TARGETED = tuple(d.code for d in indicators.INDICATORS if d.target_default is not None)


def _percent(value: float | None) -> str:
    return "—" if value is None else format_percent(value, 0)


class CityState(PageState, SessionState):
    """One page of wards (and, opened, one ward's page of groups); nothing else is held."""

    DENIED_KEY = "denied.city"

    completion: rx.Field[list[dict[str, str]]] = rx.field(default_factory=list)
    targets: rx.Field[list[dict[str, str]]] = rx.field(default_factory=list)
    sort_by: rx.Field[str] = rx.field(city.DEFAULT_SORT)
    behind_first: rx.Field[bool] = rx.field(True)
    wards: rx.Field[list[dict[str, str]]] = rx.field(default_factory=list)
    total: rx.Field[str] = rx.field("")
    page: rx.Field[int] = rx.field(1)
    pages: rx.Field[int] = rx.field(1)
    # the ward opened: its name, its cards and a page of its groups
    ward_code: rx.Field[str] = rx.field("")
    ward_name: rx.Field[str] = rx.field("")
    ward_targets: rx.Field[list[dict[str, str]]] = rx.field(default_factory=list)
    groups: rx.Field[list[dict[str, str]]] = rx.field(default_factory=list)
    group_page: rx.Field[int] = rx.field(1)
    group_pages: rx.Field[int] = rx.field(1)

    @data_event(load=True)
    async def load(self, actor):
        actor = require(actor, Action.READ_CITY)
        self.ward_code = ""
        await self._read(actor, 1)
        self._page_ready()

    async def _read(self, actor, page: int) -> None:
        sort_by, behind = self.sort_by, self.behind_first
        found = await self._db(lambda s: city.city_page(s, actor, sort_by=sort_by,
                                                        behind_first=behind, page=page))
        self.completion = display.completion_figures(found.city)
        self.targets, _ = display.indicator_cards(found.city)
        self.sort_by, self.page, self.pages = found.sort_by, found.page, found.pages
        self.total = format_int(found.total)
        self.wards = [
            {"code": line.code, "name": line.name, "value": _percent(line.value),
             "target": _percent(line.report.indicator(found.sort_by).target),
             "gap": "" if line.gap is None else format_int(line.gap),
             "rank": f"{line.rank}/{found.total}",
             "met": "1" if line.report.indicator(found.sort_by).met else ""}
            for line in found.lines]

    @data_event
    async def sort(self, actor, code: str):
        self.sort_by = code if code in indicators.INDICATOR_CODES else city.DEFAULT_SORT
        await self._read(actor, 1)

    @data_event
    async def flip_order(self, actor):
        self.behind_first = not self.behind_first
        await self._read(actor, 1)

    @data_event
    async def go_to_page(self, actor, page: int):
        await self._read(actor, paging.page_number(page))

    @data_event
    async def open_ward(self, actor, code: str):
        await self._open(actor, code, 1)

    @data_event
    async def go_to_group_page(self, actor, page: int):
        await self._open(actor, self.ward_code, paging.page_number(page))

    async def _open(self, actor, code: str, page: int) -> None:
        actor = require(actor, Action.READ_CITY)
        sort_by = self.sort_by
        found = await self._db(lambda s: city.ward_detail(s, actor, code, sort_by=sort_by,
                                                          page=page))
        if found is None:
            self.ward_code = ""
            return
        self.ward_code, self.ward_name = found.code, found.name
        self.ward_targets, _ = display.indicator_cards(found.report)
        self.group_page, self.group_pages = found.groups.page, found.groups.pages
        self.groups = [
            {"code": r.scope, "value": _percent(r.indicator(sort_by).value),
             "households": format_int(r.completion.households)}
            for r in found.groups.reports]

    @ui_event
    def close_ward(self):
        self.ward_code = ""

    @ui_event
    def leave(self):
        let_go(self)


def _ward_card(ward) -> rx.Component:
    return rx.card(
        rx.vstack(
            rx.hstack(
                rx.text(ward["name"], size="5", weight="bold"),
                rx.badge("#", ward["rank"], size="3", variant="soft", high_contrast=True),
                justify="between", align="center", width="100%",
            ),
            rx.hstack(
                rx.text(ward["value"], size="7", weight="bold"),
                rx.text(T("overview.target"), " ", ward["target"], size="3",
                        color="var(--gray-11)"),
                justify="between", align="center", width="100%",
            ),
            rx.cond(ward["met"] == "1",
                    rx.text("✓ ", T("city.met"), size="3", color="var(--green-11)"),
                    rx.cond(ward["gap"] != "",
                            rx.text(T("city.gap"), " ", ward["gap"], " ", T("city.people"),
                                    size="3", color="var(--red-11)"))),
            big_button(rx.icon("chevron-right", size=20), T("city.open"), variant="outline",
                       on_click=CityState.open_ward(ward["code"]),
                       data_testid="open-ward-" + ward["code"]),
            spacing="2", width="100%",
        ),
        width="100%",
        data_testid="ward-" + ward["code"],
    )


def _group_row(group) -> rx.Component:
    return rx.hstack(
        rx.text(group["code"], size="4", weight="medium"),
        rx.text(group["households"], " ", T("city.households"), size="3", color="var(--gray-11)"),
        rx.text(group["value"], size="4", weight="bold"),
        justify="between", width="100%", padding_y="8px",
        border_bottom="1px solid var(--gray-4)",
    )


def _ward_opened() -> rx.Component:
    return rx.vstack(
        rx.hstack(
            rx.heading(CityState.ward_name, size="6", as_="h2"),
            rx.button(rx.icon("x", size=20), T("city.back"), variant="outline", size="3",
                      high_contrast=True,
                      on_click=CityState.close_ward, data_testid="close-ward"),
            justify="between", align="center", width="100%",
        ),
        rx.grid(rx.foreach(CityState.ward_targets, indicator_card),
                columns=rx.breakpoints(initial="1", md="2"), spacing="3", width="100%"),
        rx.heading(T("city.groups"), size="5", as_="h3"),
        rx.foreach(CityState.groups, _group_row),
        pager(CityState, CityState.group_page, CityState.group_pages,
              CityState.go_to_group_page),
        spacing="3", width="100%", data_testid="ward-opened",
    )


def _wards() -> rx.Component:
    return rx.vstack(
        rx.heading(T("city.wards"), " (", CityState.total, ")", size="5", as_="h2"),
        native_select("sort", [(code, T(f"indicator.{code}")) for code in TARGETED],
                      value=CityState.sort_by, on_change=CityState.sort,
                      aria_label=T("city.sort")),
        rx.button(rx.cond(CityState.behind_first, T("city.behind_first"), T("city.ahead_first")),
                  rx.icon("arrow-up-down", size=20), variant="outline", size="3",
                  high_contrast=True, on_click=CityState.flip_order, data_testid="flip-order"),
        rx.foreach(CityState.wards, _ward_card),
        pager(CityState),
        spacing="3", width="100%",
    )


def city_page() -> rx.Component:
    return page_shell(
        gated(
            CityState,
            title=rx.heading(T("city.title"), size="7", as_="h1"),
            content=rx.vstack(
                rx.cond(CityState.ward_code != "", _ward_opened(), rx.vstack(
                    _wards(),
                    rx.heading(T("city.figures"), size="5", as_="h2"),
                    rx.grid(rx.foreach(CityState.completion, completion_tile),
                            columns=rx.breakpoints(initial="2", md="4"), spacing="3",
                            width="100%"),
                    rx.grid(rx.foreach(CityState.targets, indicator_card),
                            columns=rx.breakpoints(initial="1", md="2"), spacing="3",
                            width="100%"),
                    spacing="4", width="100%",
                )),
                spacing="4", width="100%", data_testid="city-ready",
                on_unmount=CityState.leave,
            ),
        ),
    )


def add_pages(app: rx.App) -> None:
    app.add_page(city_page, route=routes.CITY, title=f"{t('city.title')} · {t('app.name')}",
                 on_load=CityState.load)
