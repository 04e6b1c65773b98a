"""The ward dashboard: every indicator against its target, groups side by side, progress
over time."""

import reflex as rx

from digital_family.base import paging, routes
from digital_family.base.formatting import format_int, format_percent
from digital_family.base.i18n import t
from digital_family.base.permissions import WARD, Action, can, require
from digital_family.base.wards import ward_of
from digital_family.campaign import display, figures, snapshots, visit_figures
from digital_family.households import access
from digital_family.ward import indicators
from digital_family.web.components.charts import lazy_chart
from digital_family.web.components.controls import TOUCH
from digital_family.web.components.indicator_cards import completion_tile, indicator_card
from digital_family.web.components.layout import BRAND, gated, page_shell, pager
from digital_family.web.state import (
    PageState,
    SessionState,
    T,
    data_event,
    hold_until_left,
    let_go,
    ui_event,
)

TARGETED = tuple(d.code for d in indicators.INDICATORS if d.target_default is not None)
TRADERS = display.TRADER_CODES
GROUP_COLUMNS = TARGETED + TRADERS
PAGE_SIZE = 20  # groups per page of the table (and of the chart)


def _cell(result) -> dict:
    """A table cell: the value and a tone by how far it is from the target."""
    if result.value is None:
        tone = "none"
    elif result.target is None:
        tone = "info"
    elif result.met:
        tone = "met"
    elif result.target - result.value <= 0.05:
        tone = "near"
    else:
        tone = "far"
    return {"text": format_percent(result.value, 0), "tone": tone}


class WardState(PageState, SessionState):
    """The ward's figures for staff (and leaders: numbers only).

    The groups come a page at a time, sorted in SQL over the live tallies; the
    state holds that page only, and forgets everything when the page is left.
    """

    DENIED_KEY = "denied.ward"

    completion: rx.Field[list[dict[str, str]]] = rx.field(default_factory=list)
    targets: rx.Field[list[dict[str, str]]] = rx.field(default_factory=list)
    traders: rx.Field[list[dict[str, str]]] = rx.field(default_factory=list)
    # the page's groups: code, href, "<indicator>.text/.tone"
    rows: rx.Field[list[dict[str, str]]] = rx.field(default_factory=list)
    sort_by: rx.Field[str] = rx.field("code")
    page: rx.Field[int] = rx.field(1)
    pages: rx.Field[int] = rx.field(1)
    _ward: indicators.ScopeReport | None = None  # its targets mark the chart
    _chart_figures: dict[str, dict] = {}  # indicator -> its target and the page's bars
    _open_all: bool = False  # staff open any group from the table
    _openable: list[str] = []  # a leader: their own groups
    chart_code: rx.Field[str] = rx.field("digital_identity_16plus")
    chart_has_target: rx.Field[bool] = rx.field(True)
    bars: rx.Field[list[dict]] = rx.field(default_factory=list)
    history: rx.Field[list[dict]] = rx.field(default_factory=list)
    history_group: rx.Field[str] = rx.field("")
    # the page's groups (to compare over time)
    group_codes: rx.Field[list[str]] = rx.field(default_factory=list)
    # the page's groups: what visits did (issue 18)
    visit_rows: rx.Field[list[dict[str, str]]] = rx.field(default_factory=list)

    @data_event(load=True)
    async def load(self, actor):
        actor = require(actor, Action.READ_AGGREGATES)
        sort_by, page = self.sort_by, self.page

        def read(session):
            snapshots.ensure_daily_snapshot(session)
            # a leader opens only their own groups; staff open any
            open_all = can(actor, Action.READ_GROUP_MEMBERS, WARD)
            openable = () if open_all else access.group_codes_for(session, actor)
            return (figures.ward_report(session, ward_of(session, actor)),
                    _group_page(session, actor, sort_by, page),
                    open_all, openable)

        ward, found, self._open_all, openable = await self._db(read)
        self._openable = list(openable)
        self._ward = ward
        self.completion = display.completion_figures(ward)
        self.targets, self.traders = display.indicator_cards(ward)
        self._show(found)
        await self._visits(actor)
        await self._history(actor)
        self._page_ready()
        hold_until_left(self)

    def _show(self, found: figures.GroupPage) -> None:
        """The page of groups: table rows, the chart's bars, the groups to compare."""
        self.page, self.pages = found.page, found.pages
        groups = {report.scope: report for report in found.reports}
        self.rows = []
        for code, report in groups.items():
            openable = self._open_all or code in self._openable
            row = {"code": code, "href": routes.LEADER_HOME + "?to=" + code if openable else ""}
            for column in GROUP_COLUMNS:
                cell = _cell(report.indicator(column))
                row[f"{column}.text"], row[f"{column}.tone"] = cell["text"], cell["tone"]
            self.rows.append(row)
        self.group_codes = list(groups)
        if self.history_group not in self.group_codes:
            self.history_group = ""
        self._chart_figures = {code: group_bars(self._ward, groups, code)
                               for code in indicators.INDICATOR_CODES}
        self._chart()

    def _chart(self) -> None:
        """The bar chart of one indicator for the page's groups; the figures of every
        indicator are kept with the page, so switching indicator needs no query."""
        figures = self._chart_figures.get(self.chart_code, {"target": None, "bars": []})
        self.chart_has_target = figures["target"] is not None
        self.bars = figures["bars"]

    async def _history(self, actor) -> None:
        code, group = self.chart_code, self.history_group

        def read(session):
            ward_points = snapshots.series(session, actor, code=code, scope="ward")
            group_points = (snapshots.series(session, actor, code=code, scope=group)
                            if group else ())
            return ward_points, group_points

        ward_points, group_points = await self._db(read)
        by_day = {p.day: {"day": p.day.strftime("%d/%m"), "ward": _pct(p.value),
                          "target": _pct(p.target)} for p in ward_points}
        for p in group_points:
            by_day.setdefault(p.day, {"day": p.day.strftime("%d/%m")})["group"] = _pct(p.value)
        self.history = [by_day[d] for d in sorted(by_day)]

    async def _read_page(self, actor, page: int) -> None:
        actor = require(actor, Action.READ_AGGREGATES)
        if self._ward is None:  # not loaded (or left): nothing to page through
            return
        sort_by = self.sort_by
        self._show(await self._db(lambda session: _group_page(session, actor, sort_by, page)))
        await self._visits(actor)

    async def _visits(self, actor) -> None:
        codes = list(self.group_codes)
        found = await self._db(lambda s: visit_figures.visit_figures(s, actor, group_codes=codes))
        self.visit_rows = [
            {"code": f.group_code, "week": format_int(f.households_this_week),
             "month": format_int(f.households_this_month),
             "visits": format_int(f.visits_this_month),
             "answers": format_int(f.answers_changed_after)}
            for f in found]

    @data_event
    async def sort(self, actor, column: str):
        self.sort_by = column if column in GROUP_COLUMNS else "code"
        await self._read_page(actor, 1)

    @data_event
    async def go_to_page(self, actor, page: int):
        await self._read_page(actor, paging.page_number(page))

    @data_event
    async def choose_indicator(self, actor, code: str):
        actor = require(actor, Action.READ_AGGREGATES)
        if code in indicators.INDICATOR_CODES:
            self.chart_code = code
            self._chart()
            await self._history(actor)

    @data_event
    async def choose_history_group(self, actor, code: str):
        actor = require(actor, Action.READ_AGGREGATES)
        self.history_group = code if code in self.group_codes else ""
        await self._history(actor)

    @ui_event
    def leave(self):
        """The browser left the page: hold nothing of it (as when its tab closes)."""
        let_go(self)


def _group_page(session, actor, sort_by: str, page: int) -> figures.GroupPage:
    return figures.group_reports_page(
        session,
        actor,
        sort_by=None if sort_by == "code" else sort_by,
        page=page,
        page_size=PAGE_SIZE,
    )


def group_bars(ward, groups, code: str) -> dict:
    """One indicator's chart: per group, the percentage points to the ward's target
    (``met`` bars at or above it, ``short`` bars below), or the plain value when the
    indicator has no target. Nothing here reads the database."""
    target = ward.indicator(code).target
    bars = []
    for group, report in groups.items():
        value = report.indicator(code).value
        bar = {"group": group, "met": None, "short": None, "value": None}
        if value is None:
            pass
        elif target is None:
            bar["value"] = round(value * 100, 1)
        else:
            points = round((value - target) * 100, 1)
            bar["met" if points >= 0 else "short"] = points
        bars.append(bar)
    return {"target": target, "bars": bars}


def _pct(value):
    return None if value is None else round(value * 100, 1)


_TONES = {"met": ("var(--green-3)", "✓"), "near": ("var(--amber-3)", "≈"),
          "far": ("var(--red-3)", "✗"), "info": ("var(--blue-2)", ""), "none": ("white", "")}


def table_cell(row, column: str) -> rx.Component:
    text, tone = row[f"{column}.text"], row[f"{column}.tone"]
    return rx.el.td(
        rx.match(tone, *[(t_, rx.text(mark, " ", text, size="2", white_space="nowrap"))
                         for t_, (_, mark) in _TONES.items()],
                 rx.text(text)),
        background=rx.match(tone, *[(t_, bg) for t_, (bg, _) in _TONES.items()], "white"),
        padding="8px",
        text_align="right",
        border_bottom="1px solid var(--gray-4)",
    )


VISIT_COLUMNS = ("week", "month", "visits", "answers")


def visits_table() -> rx.Component:
    """What the leaders' and ambassadors' visits did, for the page's groups."""
    return rx.box(
        rx.el.table(
            rx.el.thead(rx.el.tr(
                rx.el.th(T("ward.group"), scope="col", padding="8px", text_align="left"),
                *[rx.el.th(T(f"ward.visits.{c}"), scope="col", padding="8px",
                           text_align="right", vertical_align="bottom")
                  for c in VISIT_COLUMNS],
            )),
            rx.el.tbody(rx.foreach(
                WardState.visit_rows,
                lambda row: rx.el.tr(
                    rx.el.th(row["code"], scope="row", padding="8px", text_align="left",
                             border_bottom="1px solid var(--gray-4)"),
                    *[rx.el.td(row[c], padding="8px", text_align="right",
                               border_bottom="1px solid var(--gray-4)")
                      for c in VISIT_COLUMNS],
                    data_testid="visit-figures-row",
                ),
            )),
            border_collapse="collapse", font_size="15px", background="white",
        ),
        overflow_x="auto", width="100%", data_testid="visit-figures",
    )


def groups_table() -> rx.Component:
    def header(code: str) -> rx.Component:
        return rx.el.th(
            rx.button(
                T(f"short.{code}"), rx.cond(WardState.sort_by == code, " ▲", ""),
                on_click=WardState.sort(code), variant="ghost", high_contrast=True, size="2",
                min_height="48px", white_space="normal", height="auto",
                aria_label=T("ward.sort_by") + " " + T(f"indicator.{code}"),
            ),
            scope="col",
            padding="4px",
            vertical_align="bottom",
        )

    return rx.box(
        rx.el.table(
            rx.el.thead(rx.el.tr(
                rx.el.th(rx.button(T("ward.group"), on_click=WardState.sort("code"),
                                   variant="ghost", high_contrast=True, size="2",
                                   min_height="48px"), scope="col",
                         position="sticky", left="0", background="white", z_index="1"),
                *[header(code) for code in GROUP_COLUMNS],
            )),
            rx.el.tbody(rx.foreach(
                WardState.rows,
                lambda row: rx.el.tr(
                    # the group's name stays in view while the table scrolls sideways
                    rx.el.th(rx.cond(row["href"] != "",
                                     rx.link(row["code"], href=row["href"], weight="bold"),
                                     rx.text(row["code"], weight="bold")),
                             scope="row", padding="8px", text_align="left",
                             border_bottom="1px solid var(--gray-4)",
                             position="sticky", left="0", background="white", z_index="1"),
                    *[table_cell(row, code) for code in GROUP_COLUMNS],
                    data_testid="group-row",
                ),
            )),
            border_collapse="collapse",
            font_size="14px",
            background="white",
        ),
        overflow_x="auto",
        width="100%",
        data_testid="groups-table",
    )


def indicator_picker() -> rx.Component:
    return rx.el.select(
        *[rx.el.option(T(f"indicator.{code}"), value=code) for code in indicators.INDICATOR_CODES],
        value=WardState.chart_code,
        on_change=WardState.choose_indicator,
        aria_label=T("ward.chart_indicator"),
        min_height=TOUCH, font_size="16px", width="100%", padding="0 8px",
        border="1px solid var(--gray-8)", border_radius="8px", background="white",
    )


MET_GREEN, SHORT_RED = "#15803d", "#b91c1c"


def gap_chart() -> rx.Component:
    """Each group's distance to the target in percentage points: the target is the
    zero line, green bars reach it, red bars fall short (and say by how much)."""
    return rx.vstack(
        lazy_chart(
            kind="bar", data=WardState.bars, x_key="group",
            series=[{"key": "met", "name": T("status.met"), "color": MET_GREEN, "stack": "gap",
                     "labels": "top"},
                    {"key": "short", "name": T("status.unmet"), "color": SHORT_RED,
                     "stack": "gap", "labels": "bottom"}],
            reference={"y": 0, "color": "var(--gray-12)"}, y_domain=["auto", "auto"],
            y_width=36, tooltip=True, legend=True, height=260,
            margin={"top": 20, "bottom": 20, "left": 0, "right": 8}, label=T("ward.by_group"),
        ),
        rx.text(T("ward.gap_help"), size="2", color="var(--gray-11)"),
        width="100%",
        data_testid="gap-chart",
    )


def value_chart() -> rx.Component:
    """An indicator without a target: each group's share, from 0 to 100%."""
    return rx.vstack(
        lazy_chart(
            kind="bar", data=WardState.bars, x_key="group",
            series=[{"key": "value", "name": "%", "color": BRAND}],
            y_domain=[0, 100], y_width=32, tooltip=True, height=240, label=T("ward.by_group"),
        ),
        rx.text(T("ward.value_help"), size="2", color="var(--gray-11)"),
        width="100%",
    )


def charts() -> rx.Component:
    return rx.vstack(
        rx.heading(T("ward.by_group"), size="5", as_="h2"),
        rx.text(T("ward.chart_page"), size="2", color="var(--gray-11)"),
        indicator_picker(),
        rx.cond(WardState.chart_has_target, gap_chart(), value_chart()),
        rx.heading(T("ward.over_time"), size="5", as_="h2"),
        rx.el.select(
            rx.el.option(T("ward.ward_only"), value=""),
            rx.foreach(WardState.group_codes, lambda c: rx.el.option(c, value=c)),
            value=WardState.history_group,
            on_change=WardState.choose_history_group,
            aria_label=T("ward.compare_group"),
            min_height=TOUCH, font_size="16px", width="100%", padding="0 8px",
            border="1px solid var(--gray-8)", border_radius="8px", background="white",
        ),
        lazy_chart(
            kind="line", data=WardState.history, x_key="day",
            series=[
                # no drawing animation: cheap phones, and screenshots show the whole line
                {"key": "ward", "name": T("ward.ward"), "color": BRAND, "width": 3},
                {"key": "group", "name": WardState.history_group, "color": "#7c3aed"},
                {"key": "target", "name": T("overview.target"), "color": "#c2410c",
                 "dash": "6 3"},
            ],
            y_domain=[0, 100], y_width=32, legend=True, tooltip=True, height=260,
            label=T("ward.over_time"),
        ),
        spacing="3",
        width="100%",
    )


def ward_page() -> rx.Component:
    return page_shell(
        gated(
            WardState,
            title=rx.heading(T("ward.title"), size="7", as_="h1"),
            content=rx.vstack(
                    rx.flex(
                        rx.link(T("ward.report"), href=routes.REPORT, size="4",
                                min_height=TOUCH, display="flex", align_items="center"),
                        rx.cond(
                            (SessionState.user_role == "ward_staff")
                            | (SessionState.user_role == "admin"),
                            rx.link(T("ward.admin"), href=routes.ADMIN, size="4",
                                    min_height=TOUCH, display="flex", align_items="center",
                                    data_testid="link-admin"),
                        ),
                        rx.link(T("households.title"), href=routes.HOUSEHOLDS, size="4",
                                min_height=TOUCH, display="flex", align_items="center"),
                        rx.link(T("programme.title"), href=routes.PROGRAMME, size="4",
                                min_height=TOUCH, display="flex", align_items="center"),
                        rx.link(T("classes.link"), href=routes.CLASSES, size="4",
                                min_height=TOUCH, display="flex", align_items="center",
                                data_testid="link-classes"),
                        gap="16px", wrap="wrap",
                    ),
                    rx.grid(rx.foreach(WardState.completion, completion_tile),
                            columns=rx.breakpoints(initial="2", md="4"), spacing="3",
                            width="100%"),
                    rx.heading(T("overview.indicators"), size="5", as_="h2"),
                    rx.grid(rx.foreach(WardState.targets, indicator_card),
                            columns=rx.breakpoints(initial="1", md="2", lg="3"), spacing="3",
                            width="100%"),
                    rx.heading(T("ward.groups"), size="5", as_="h2"),
                    rx.text(T("ward.groups_help"), size="3", color="var(--gray-11)"),
                    groups_table(),
                    pager(WardState),
                    rx.heading(T("ward.visits.title"), size="5", as_="h2"),
                    rx.text(T("ward.visits.help"), size="3", color="var(--gray-11)"),
                    visits_table(),
                    charts(),
                    rx.heading(T("overview.traders"), size="5", as_="h2"),
                    rx.grid(rx.foreach(WardState.traders, indicator_card),
                            columns=rx.breakpoints(initial="1", md="3"), spacing="3",
                            width="100%"),
                    spacing="4",
                    width="100%",
                    data_testid="ward-ready",
                    on_unmount=WardState.leave,
                ),
        ),
        wide=True,
    )


def add_pages(app: rx.App) -> None:
    app.add_page(ward_page, route=routes.WARD, title=f"{t('ward.title')} · {t('app.name')}",
                 on_load=WardState.load)
