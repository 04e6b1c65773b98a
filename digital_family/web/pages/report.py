"""The printable A4 report of the ward or of one group, in Vietnamese."""

import reflex as rx
from reflex_base.vars.function import FunctionStringVar

from digital_family.base import clock, paging, routes
from digital_family.base.formatting import format_int, format_percent
from digital_family.base.i18n import t
from digital_family.base.permissions import PermissionDenied
from digital_family.base.validation import ValidationError
from digital_family.campaign import report
from digital_family.web.components.controls import big_button
from digital_family.web.components.layout import gated, page_shell, pager
from digital_family.web.state import (
    PageState,
    SessionState,
    data_event,
    hold_until_left,
    let_go,
    ui_event,
)

DATE = "%d/%m/%Y"


class ReportState(PageState, SessionState):
    """The report as text; it is printed in Vietnamese whatever the screen language."""

    authority: rx.Field[str] = rx.field("")
    title: rx.Field[str] = rx.field("")
    scope: rx.Field[str] = rx.field("")
    period: rx.Field[str] = rx.field("")
    generated: rx.Field[str] = rx.field("")
    rows: rx.Field[list[dict[str, str]]] = rx.field(default_factory=list)
    completion: rx.Field[list[dict[str, str]]] = rx.field(default_factory=list)
    # one page of the ward's groups: code, name, households, …
    groups: rx.Field[list[dict]] = rx.field(default_factory=list)
    # the values' indicators, as in section I
    group_columns: rx.Field[list[dict[str, str]]] = rx.field(default_factory=list)
    page: rx.Field[int] = rx.field(1)
    pages: rx.Field[int] = rx.field(1)

    DENIED_KEY = "denied.report"

    @data_event(load=True)
    async def load(self, actor):
        await self._read(actor, self.page)
        self._page_ready()
        hold_until_left(self)

    @data_event
    async def go_to_page(self, actor, page: int):
        await self._read(actor, paging.page_number(page))

    @ui_event
    def leave(self):
        """The browser left the page: hold nothing of it (as when its tab closes)."""
        let_go(self)

    async def _read(self, actor, page: int) -> None:
        group = self.router.url.query_parameters.get("to", "")[:20] or None
        try:
            data = await self._db(
                lambda s: report.printable_report(s, actor, group_code=group, page=page),
                slow=True,
            )
        except ValidationError:
            raise PermissionDenied() from None
        self.page, self.pages = data.page, data.pages
        r = data.report
        self.title, self.scope = data.title, data.scope_label
        self.period = f"{data.period_start.strftime(DATE)} – {data.period_end.strftime(DATE)}"
        self.generated = clock.in_vietnam(data.generated_at).strftime("%H:%M " + DATE)
        self.authority = f"{t('report.authority')} {data.ward_name.upper()}"
        self.rows = [
            {
                "label": t(f"indicator.{x.code}"),
                "value": format_percent(x.value),
                "people": f"{format_int(x.numerator)} / {format_int(x.denominator)}",
                "target": format_percent(x.target) if x.target is not None else "—",
                "met": "—" if x.met is None else t("status.met" if x.met else "status.unmet"),
                "gap": format_int(gap) if (gap := data.gaps.get(x.code)) else "",
            }
            for x in r.indicators
        ]
        c = r.completion
        self.completion = [
            {"label": t(f"completion.{k}"), "value": format_int(getattr(c, k))}
            for k in ("households", "members", "confirmed", "confirmed_recent")
        ]
        self.group_columns = [{"short": t(f"short.{x.code}"), "name": t(f"indicator.{x.code}")}
                              for x in r.indicators]
        self.groups = [
            {"code": g.code, "name": g.name, "households": format_int(g.households),
             "confirmed": format_int(g.confirmed),
             "values": [format_percent(x.value, 0) for x in g.indicators]}
            for g in data.groups
        ]


def _scroll(table: rx.Component, label_key: str) -> rx.Component:
    """A wide table that scrolls sideways on a phone, and by keyboard (it takes focus)."""
    return rx.box(table, class_name="scroll", tab_index=0, role="region",
                  aria_label=t(label_key))


def report_page() -> rx.Component:
    S = ReportState
    return page_shell(
        gated(
            S,
            rx.box(
                    rx.hstack(
                        big_button(rx.icon("printer", size=20), t("report.print"),
                                   on_click=FunctionStringVar.create("() => window.print()")),
                        class_name="no-print",
                    ),
                    rx.text(S.authority, weight="bold", size="3", margin_top="12px"),
                    rx.heading(S.title, size="6", as_="h1", margin_y="8px"),
                    rx.text(t("report.scope"), ": ", S.scope, size="3"),
                    rx.text(t("report.period"), ": ", S.period, size="3"),
                    rx.text(t("report.generated"), ": ", S.generated, size="3"),
                    rx.heading(t("report.indicators"), size="4", as_="h2", margin_top="16px"),
                    _scroll(rx.el.table(
                        rx.el.thead(rx.el.tr(*[rx.el.th(t(k), scope="col") for k in (
                            "report.col.indicator", "report.col.value", "report.col.people",
                            "report.col.target", "report.col.met", "report.col.gap")])),
                        rx.el.tbody(rx.foreach(S.rows, lambda r: rx.el.tr(
                            rx.el.td(r["label"]), rx.el.td(r["value"], class_name="num"),
                            rx.el.td(r["people"], class_name="num"),
                            rx.el.td(r["target"], class_name="num"), rx.el.td(r["met"]),
                            rx.el.td(r["gap"], class_name="num"),
                        ))),
                    ), "report.indicators_table"),
                    rx.heading(t("report.completion"), size="4", as_="h2", margin_top="16px"),
                    rx.el.table(rx.el.tbody(rx.foreach(S.completion, lambda c: rx.el.tr(
                        rx.el.td(c["label"]), rx.el.td(c["value"], class_name="num"))))),
                    rx.cond(
                        S.groups.length() > 0,
                        rx.box(
                            rx.heading(t("report.groups"), size="4", as_="h2", margin_top="16px"),
                            rx.text(t("report.groups_help"), size="2"),
                            _scroll(rx.el.table(
                                rx.el.thead(rx.el.tr(
                                    *[rx.el.th(t(k), scope="col") for k in (
                                        "report.col.group", "report.col.households",
                                        "report.col.confirmed")],
                                    # one column per indicator, named as in section I
                                    rx.foreach(S.group_columns, lambda c: rx.el.th(
                                        rx.el.abbr(c["short"], title=c["name"]), " (%)",
                                        scope="col")),
                                )),
                                rx.el.tbody(rx.foreach(S.groups, lambda g: rx.el.tr(
                                    # the group stays in view while the table scrolls
                                    rx.el.th(g["code"], " – ", g["name"], scope="row",
                                             position="sticky", left="0",
                                             background="white", min_width="8em"),
                                    rx.el.td(g["households"], class_name="num"),
                                    rx.el.td(g["confirmed"], class_name="num"),
                                    rx.foreach(g["values"].to(list[str]),
                                               lambda v: rx.el.td(v, class_name="num")),
                                ))),
                            ), "report.groups_table"),
                            rx.cond(S.pages > 1, rx.box(pager(S), class_name="no-print")),
                        ),
                    ),
                    rx.hstack(
                        rx.vstack(rx.text(t("report.prepared_by"), weight="bold"),
                                  rx.box(height="60px"), align="center"),
                        rx.vstack(rx.text(t("report.approved_by"), weight="bold"),
                                  rx.box(height="60px"), align="center"),
                        justify="between", width="100%", margin_top="24px",
                    ),
                    class_name="report",
                    data_testid="report-ready",
                    width="100%",
                    on_unmount=S.leave,
                ),
        ),
    )


def add_pages(app: rx.App) -> None:
    app.add_page(report_page, route=routes.REPORT, title=f"{t('report.title')} · {t('app.name')}",
                 on_load=ReportState.load)
