"""The ward's view of its two outreach programmes: Digital Ambassadors and the Digital Market."""

import tempfile
from pathlib import Path

import reflex as rx

from digital_family.base import paging, routes
from digital_family.base.codes import TRADER_FLAGS
from digital_family.base.i18n import t
from digital_family.base.permissions import PermissionDenied
from digital_family.base.validation import ValidationError
from digital_family.campaign.display import field_label_key
from digital_family.programmes import help_requests, traders
from digital_family.web.components.charts import lazy_chart
from digital_family.web.components.controls import TOUCH, big_button, choice_buttons
from digital_family.web.components.layout import gated, page_shell, pager
from digital_family.web.state import PageState, SessionState, T, data_event

PAGE_SIZE = 20



def _flag_cell(flag: str):
    """A trader row's 4T flag as a tick or a cross."""
    return lambda r: rx.cond(r[flag] != "", "✓", "✗")

def _hours(value: float | None) -> str:
    return "—" if value is None else f"{value:.0f}"


class ProgrammeState(PageState, SessionState):
    """Request figures per week, group and ambassador; the small traders to coach."""

    DENIED_KEY = "denied.programme"

    weeks: list[dict[str, str]] = []
    overall: dict[str, str] = {}
    by_group: list[dict[str, str]] = []
    by_ambassador: list[dict[str, str]] = []
    topics: list[dict[str, str]] = []
    changes: list[dict[str, str]] = []
    trader_rows: list[dict[str, str]] = []
    missing: str = ""
    page: int = 1
    pages: int = 1
    total: int = 0

    @data_event(load=True)
    async def load(self, actor):
        stats = await self._db(lambda s: help_requests.programme_stats(s, actor, weeks=12),
                              slow=True)

        def line(r) -> dict[str, str]:
            return {"label": r.label, "opened": str(r.opened), "resolved": str(r.resolved),
                    "helped": str(r.helped), "response": _hours(r.median_response_hours),
                    "resolution": _hours(r.median_resolution_hours)}

        self.weeks = [{"week": w.week_start.strftime("%d/%m"), "opened": str(w.opened),
                       "resolved": str(w.resolved)} for w in stats.weeks]
        self.overall = line(stats.overall)
        self.by_group = [line(r) for r in stats.by_group]
        self.by_ambassador = [line(r) for r in stats.by_ambassador]
        self.topics = [{"topic": c.topic, "count": str(c.count)} for c in stats.topics]
        self.changes = [{"label_key": field_label_key(c.field), "count": str(c.count)}
                        for c in stats.changes]
        self.missing, self.page = "", 1
        await self._traders(actor)
        self._page_ready()

    async def _traders(self, actor) -> None:
        missing, page = self.missing or None, self.page
        try:
            result = await self._db(lambda s: traders.trader_list(
                s, actor, missing=missing, page=page, page_size=PAGE_SIZE))
        except (PermissionDenied, ValidationError):
            self.trader_rows, self.total, self.pages = [], 0, 1
            return
        self.trader_rows = [
            {"name": r.full_name, "household": r.household_code, "group": r.group_code,
             "address": r.address, "phone": r.phone or "",
             **{flag: "1" if getattr(r, flag) else "" for flag in TRADER_FLAGS}}
            for r in result.items
        ]
        self.total, self.page, self.pages = result.total, result.page, max(result.pages, 1)

    @data_event
    async def filter_missing(self, actor, flag: str):
        self.missing, self.page = (flag if flag in TRADER_FLAGS else ""), 1
        await self._traders(actor)

    @data_event
    async def go_to_page(self, actor, page: int):
        self.page = paging.clamp_page(page, self.pages)
        await self._traders(actor)

    @data_event
    async def export(self, actor, fmt: str):
        fmt = "xlsx" if fmt == "xlsx" else "csv"
        missing = self.missing or None

        def write(session) -> bytes:
            with tempfile.TemporaryDirectory() as tmp:
                path = Path(tmp) / f"tieu-thuong.{fmt}"
                traders.export_traders(session, actor, path, fmt=fmt, missing=missing)
                return path.read_bytes()

        data = await self._db(write, slow=True)
        return rx.download(data=data, filename=f"tieu-thuong.{fmt}")


def _table(label, headers: list, rows, cells) -> rx.Component:
    """A table that scrolls sideways on a phone (a focusable region, for keyboards)."""
    return rx.box(
        rx.el.table(
            rx.el.thead(rx.el.tr(*[rx.el.th(h, scope="col", padding="6px", text_align="left")
                                   for h in headers])),
            rx.el.tbody(rx.foreach(rows, lambda r: rx.el.tr(
                *[rx.el.td(c(r), padding="6px", border_top="1px solid var(--gray-4)")
                  for c in cells]))),
            border_collapse="collapse",
            font_size="15px",
            background="white",
            width="100%",
        ),
        overflow_x="auto",
        width="100%",
        tab_index=0,
        role="region",
        aria_label=label,
    )


_STATS_HEADERS = [T("programme.opened"), T("programme.resolved"), T("help.outcome.helped"),
                  T("programme.response"), T("programme.resolution")]
_STATS_CELLS = [lambda r: r["label"], lambda r: r["opened"], lambda r: r["resolved"],
                lambda r: r["helped"], lambda r: r["response"], lambda r: r["resolution"]]


def programme_page() -> rx.Component:
    S = ProgrammeState
    return page_shell(
        gated(
            S,
            title=rx.heading(T("programme.title"), size="7", as_="h1"),
            content=rx.vstack(
                rx.grid(
                    *[
                        rx.card(
                            rx.vstack(
                                rx.text(value, " ", unit, size="7", weight="bold"),
                                rx.text(label, size="2", color="var(--gray-11)"),
                                spacing="0",
                            )
                        )
                        for value, unit, label in (
                            (S.overall["opened"], "", T("programme.opened")),
                            (S.overall["resolved"], "", T("programme.resolved")),
                            (S.overall["response"], T("programme.hours"), T("programme.response")),
                            (
                                S.overall["resolution"],
                                T("programme.hours"),
                                T("programme.resolution"),
                            ),
                        )
                    ],
                    columns=rx.breakpoints(initial="2", md="4"),
                    spacing="3",
                    width="100%",
                    data_testid="programme-overall",
                ),
                rx.heading(T("programme.weeks"), size="5", as_="h2"),
                lazy_chart(
                    kind="bar",
                    data=S.weeks,
                    x_key="week",
                    series=[
                        {"key": "opened", "name": T("programme.opened"), "color": "#c2410c"},
                        {"key": "resolved", "name": T("programme.resolved"), "color": "#0b5d3b"},
                    ],
                    y_width=28,
                    allow_decimals=False,
                    legend=True,
                    height=220,
                    label=T("programme.weeks"),
                ),
                rx.heading(T("programme.by_group"), size="5", as_="h2"),
                _table(
                    T("programme.by_group"),
                    [T("ward.group"), *_STATS_HEADERS],
                    S.by_group,
                    _STATS_CELLS,
                ),
                rx.heading(T("programme.by_ambassador"), size="5", as_="h2"),
                _table(
                    T("programme.by_ambassador"),
                    [T("role.ambassador"), *_STATS_HEADERS],
                    S.by_ambassador,
                    _STATS_CELLS,
                ),
                rx.heading(T("programme.topics"), size="5", as_="h2"),
                rx.foreach(
                    S.topics,
                    lambda c: rx.text(
                        SessionState.tr["topic." + c["topic"]],
                        ": ",
                        c["count"],
                        " ",
                        T("programme.requests"),
                        size="3",
                    ),
                ),
                rx.heading(T("programme.changes"), size="5", as_="h2"),
                rx.foreach(
                    S.changes,
                    lambda c: rx.text(SessionState.tr[c["label_key"]], ": ", c["count"], size="3"),
                ),
                rx.heading(T("programme.traders"), size="5", as_="h2"),
                rx.text(T("programme.traders_help"), size="3"),
                choice_buttons(
                    [("", T("visit.all"))] + [(f, T(f"trader.{f}")) for f in TRADER_FLAGS],
                    S.missing,
                    S.filter_missing,
                    label=T("programme.missing"),
                    equal=False,
                ),
                rx.text(T("households.total"), " ", S.total, size="3"),
                _table(
                    T("programme.traders"),
                    [
                        T("member.full_name"),
                        T("households.code"),
                        T("households.address"),
                        T("auth.phone"),
                        *[T(f"short.{f}") for f in TRADER_FLAGS],
                    ],
                    S.trader_rows,
                    [
                        lambda r: r["name"],
                        lambda r: r["household"],
                        lambda r: r["address"],
                        lambda r: r["phone"],
                        *[
                            _flag_cell(f)
                            for f in TRADER_FLAGS
                        ],
                    ],
                ),
                pager(S),
                rx.flex(
                    big_button(
                        rx.icon("download", size=20),
                        "CSV",
                        variant="outline",
                        on_click=S.export("csv"),
                    ),
                    big_button(
                        rx.icon("download", size=20),
                        "XLSX",
                        variant="outline",
                        on_click=S.export("xlsx"),
                    ),
                    gap="8px",
                ),
                spacing="3",
                width="100%",
                min_height=TOUCH,
                data_testid="programme-ready",
            ),
        ),
        wide=True,
    )


def add_pages(app: rx.App) -> None:
    app.add_page(programme_page, route=routes.PROGRAMME,
                 title=f"{t('programme.title')} · {t('app.name')}", on_load=ProgrammeState.load)
