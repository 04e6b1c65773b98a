"""The ward overview at "/": aggregates only, no names."""

import reflex as rx

from digital_family import display, indicators, routes
from digital_family.clock import vietnam_year
from digital_family.components.layout import BRAND, gated, page_shell
from digital_family.i18n import t
from digital_family.settings import get_settings
from digital_family.state import PageState, SessionState, T, data_event


class OverviewState(PageState, SessionState):
    """The ward's indicators as display values (public aggregates)."""

    # known before any data arrives, so the prerendered page already shows them
    ward_name: str = get_settings().ward_name
    year: int = vietnam_year()
    completion: list[dict[str, str]] = []
    targets: list[dict[str, str]] = []
    traders: list[dict[str, str]] = []

    @data_event(load=True, public=True)
    async def load(self, actor):
        # signed out too; the actor only sets the header's sign-in / sign-out button
        report = await self._db(indicators.ward_report)
        self.ward_name = get_settings().ward_name
        self.year = report.reference_year
        self.completion = display.completion_figures(report)
        self.targets, self.traders = display.indicator_cards(report)
        self._page_ready()


_STATUS_STYLE = {
    # colour is never the only signal: every badge has an icon and a word
    "met": ("green", "circle-check"),
    "unmet": ("orange", "circle-alert"),
    "no_data": ("gray", "circle-help"),
    "no_target": ("blue", "info"),
}


def status_badge(card) -> rx.Component:
    label = SessionState.tr[card["status_key"]]
    return rx.match(
        card["status"],
        *[
            (status, rx.badge(rx.icon(icon, size=18), label, color_scheme=color,
                              size="3", variant="soft", high_contrast=True))
            for status, (color, icon) in _STATUS_STYLE.items()
        ],
        rx.badge(label),
    )


def progress_bar(card) -> rx.Component:
    """The value as a bar, with a tick at the target (decorative: the text says it all)."""
    return rx.box(
        rx.box(height="100%", width=card["bar"], background=BRAND, border_radius="6px"),
        rx.cond(
            card["target_mark"] != "",
            rx.box(position="absolute", top="-4px", bottom="-4px", left=card["target_mark"],
                   width="3px", background="var(--gray-12)"),
        ),
        position="relative",
        height="12px",
        width="100%",
        background="var(--gray-5)",
        border_radius="6px",
        aria_hidden="true",
    )


def indicator_card(card) -> rx.Component:
    return rx.card(
        rx.vstack(
            rx.text(SessionState.tr[card["label_key"]], size="4", weight="medium"),
            rx.hstack(
                rx.text(card["value"], size="8", weight="bold", data_testid="indicator-value"),
                status_badge(card),
                justify="between",
                align="center",
                width="100%",
            ),
            progress_bar(card),
            rx.hstack(
                rx.text(card["numerator"], " / ", card["denominator"], " ",
                        SessionState.tr[card["unit_key"]],
                        size="3", color="var(--gray-11)", data_testid="indicator-people"),
                rx.text(
                    rx.cond(card["target"] != "", T("overview.target") + " " + card["target"],
                            T("overview.no_target")),
                    size="3", color="var(--gray-11)", data_testid="indicator-target",
                ),
                justify="between",
                width="100%",
            ),
            spacing="2",
            width="100%",
        ),
        data_testid="indicator-" + card["code"],
        width="100%",
    )


def completion_tile(item) -> rx.Component:
    return rx.card(
        rx.vstack(
            rx.text(item["value"], size="7", weight="bold", data_testid="completion-value"),
            rx.text(SessionState.tr[item["label_key"]], size="3", color="var(--gray-11)"),
            spacing="1",
        ),
        data_testid="completion-" + item["key"],
    )


def overview_page() -> rx.Component:
    return page_shell(
        gated(
            OverviewState,
            title=rx.vstack(
                rx.heading(T("overview.title"), size="7", as_="h1"),
                rx.text(OverviewState.ward_name, " · ", T("overview.year"), " ",
                        OverviewState.year, size="4"),
                rx.text(T("app.tagline"), size="3", color="var(--gray-11)"),
                spacing="1",
            ),
            content=rx.vstack(
                rx.heading(T("overview.completion"), size="5", as_="h2"),
                rx.grid(rx.foreach(OverviewState.completion, completion_tile),
                        columns=rx.breakpoints(initial="2", md="4"), spacing="3", width="100%"),
                rx.heading(T("overview.indicators"), size="5", as_="h2"),
                rx.grid(rx.foreach(OverviewState.targets, indicator_card),
                        columns=rx.breakpoints(initial="1", md="2"), spacing="3", width="100%"),
                rx.heading(T("overview.traders"), size="5", as_="h2"),
                rx.grid(rx.foreach(OverviewState.traders, indicator_card),
                        columns=rx.breakpoints(initial="1", md="3"), spacing="3", width="100%"),
                spacing="4",
                width="100%",
                data_testid="overview-ready",
            ),
        ),
    )


def add_pages(app: rx.App) -> None:
    app.add_page(
        overview_page,
        route=routes.OVERVIEW,
        title=f"{t('overview.title')} · {t('app.name')}",
        description=t("app.description"),
        image="/icons/icon-512.png",
        on_load=OverviewState.load,
    )
