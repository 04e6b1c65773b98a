"""The ward overview at "/": aggregates only, no names."""

import reflex as rx

from digital_family.base import routes
from digital_family.base.clock import vietnam_year
from digital_family.base.i18n import t
from digital_family.base.settings import get_settings
from digital_family.base.wards import home_ward
from digital_family.campaign import display, figures
from digital_family.web.components.indicator_cards import completion_tile, indicator_card
from digital_family.web.components.layout import gated, page_shell
from digital_family.web.state import PageState, SessionState, T, data_event


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
        def read(session):
            ward = home_ward(session, actor, get_settings().ward_code)
            if ward is None:
                return None, get_settings().ward_name
            return figures.ward_report(session, ward.id), ward.name

        report, self.ward_name = await self._db(read)
        if report is None:  # no ward yet (a database before the demo)
            self._page_ready()
            return
        self.year = report.reference_year
        self.completion = display.completion_figures(report)
        self.targets, self.traders = display.indicator_cards(report)
        self._page_ready()


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
