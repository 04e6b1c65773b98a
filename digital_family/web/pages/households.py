"""Leaders and ward staff: find a household, open it, or add a new one."""

import reflex as rx

from digital_family.base import paging, routes
from digital_family.base.i18n import t
from digital_family.base.permissions import PermissionDenied
from digital_family.households import access, edits, search
from digital_family.web.components import outbox
from digital_family.web.components.controls import TOUCH, big_button, field, text_input
from digital_family.web.components.layout import gated, page_shell, pager
from digital_family.web.state import PageState, SessionState, T, data_event, ui_event

PAGE_SIZE = 20


class HouseholdsState(PageState, SessionState):
    """One page of the households the signed-in leader or official may open."""

    DENIED_KEY = "denied.households"

    query: str = ""
    page: int = 1
    pages: int = 1
    total: int = 0
    rows: list[dict[str, str]] = []
    group_codes: list[str] = []
    adding: bool = False

    async def _search(self, actor) -> None:
        query, page = self.query, self.page

        def read(session):
            found = search.search_households(session, actor, query=query, page=page,
                                                 page_size=PAGE_SIZE)
            return found, access.group_codes_for(session, actor)

        result, group_codes = await self._db(read)
        self.group_codes = list(group_codes)
        self.rows = [
            {
                "id": str(h.id),
                "href": routes.household(h.id),
                "code": h.code,
                "address": h.address,
                "group": h.group_code,
                "members": str(h.members),
                "confirmed": "1" if h.confirmed_at else "",
                "account": "1" if h.has_account else "",
            }
            for h in result.items
        ]
        self.total, self.page, self.pages = result.total, result.page, max(result.pages, 1)
        self._page_ready()

    @data_event(load=True)
    async def load(self, actor):
        self.query, self.page, self.adding, self.errors = "", 1, False, {}
        await self._search(actor)

    @data_event(load=True)
    async def search(self, actor, form: dict):
        self.query = str(form.get("query", ""))[:100]
        self.page = 1
        await self._search(actor)

    @data_event(load=True)
    async def go_to_page(self, actor, page: int):
        self.page = paging.clamp_page(page, self.pages)
        await self._search(actor)

    @ui_event
    def toggle_add(self):
        self.adding, self.errors = not self.adding, {}

    @data_event
    async def create(self, actor, form: dict):
        group_code, code = str(form.get("group_code", "")), str(form.get("code", ""))
        address, phone = str(form.get("address", "")), str(form.get("phone", "")) or None
        try:
            view = await self._db(lambda s: edits.create_household(
                s, actor, group_code=group_code, code=code, address=address, phone=phone))
        except PermissionDenied as exc:
            self.errors = {"group_code": self._message(exc, "error.permission")}
            return
        return rx.redirect(routes.household(view.id))


def household_row(row) -> rx.Component:
    return rx.link(
        rx.card(
            rx.hstack(
                rx.icon("house", size=26),
                rx.vstack(
                    rx.text(row["code"], " · ", row["group"], weight="bold", size="4"),
                    rx.text(row["address"], size="3"),
                    rx.hstack(
                        rx.badge(row["members"], " ", T("unit.people"), size="2"),
                        rx.cond(row["confirmed"] != "",
                                rx.badge(rx.icon("circle-check", size=14),
                                         T("households.confirmed"), color_scheme="green",
                                         size="2"),
                                rx.badge(rx.icon("circle-alert", size=14),
                                         T("households.never_confirmed"),
                                         color_scheme="orange", size="2")),
                        rx.cond(row["account"] == "",
                                rx.badge(T("households.no_account"), color_scheme="gray",
                                         size="2")),
                        wrap="wrap",
                    ),
                    spacing="1",
                    align="start",
                ),
                rx.spacer(),
                rx.icon("chevron-right", size=24),
                align="center",
                width="100%",
            ),
            width="100%",
            min_height=TOUCH,
        ),
        href=row["href"],
        on_click=outbox.remember(row["href"]),  # its back link returns here, scroll included
        underline="none",
        color="inherit",
        width="100%",
        data_testid="household-row",
    )


def _add_form() -> rx.Component:
    errors = HouseholdsState.errors
    return rx.card(
        rx.form(
            rx.vstack(
                rx.heading(T("households.add"), size="5", as_="h2"),
                field(T("households.group"),
                      rx.el.select(
                          rx.foreach(HouseholdsState.group_codes,
                                     lambda c: rx.el.option(c, value=c)),
                          name="group_code", min_height=TOUCH, font_size="18px", width="100%",
                      ),
                      errors.get("group_code", "")),
                field(T("households.code"), text_input("code", required=True,
                                                       placeholder="TDP01-0999"),
                      errors.get("code", "")),
                field(T("households.address"), text_input("address", required=True),
                      errors.get("address", "")),
                field(T("households.phone"), text_input("phone", type="tel", input_mode="tel"),
                      errors.get("phone", "")),
                big_button(rx.icon("house-plus", size=20), T("households.add"), type="submit"),
                spacing="3",
                width="100%",
            ),
            on_submit=HouseholdsState.create,
            reset_on_submit=False,
        ),
        width="100%",
    )


def households_page() -> rx.Component:
    return page_shell(
        outbox.ScrollBack.create(ready=HouseholdsState.loaded),  # back from a household
        gated(
            HouseholdsState,
            rx.vstack(
                rx.form(
                    rx.hstack(
                        text_input("query", placeholder=T("households.search_hint"),
                                   aria_label=T("households.search_hint"), type="search"),
                        big_button(rx.icon("search", size=20), T("households.search"),
                                   type="submit"),
                        width="100%",
                    ),
                    on_submit=HouseholdsState.search,
                    reset_on_submit=False,
                    width="100%",
                ),
                rx.hstack(
                    rx.text(T("households.total"), " ", HouseholdsState.total, size="3"),
                    rx.spacer(),
                    big_button(rx.icon("house-plus", size=20), T("households.add"),
                               variant="outline", on_click=HouseholdsState.toggle_add),
                    width="100%",
                    align="center",
                ),
                rx.cond(HouseholdsState.adding, _add_form()),
                rx.foreach(HouseholdsState.rows, household_row),
                pager(HouseholdsState),
                spacing="3",
                width="100%",
                data_testid="households-ready",
            ),
            title=rx.heading(T("households.title"), size="7", as_="h1"),
        ),
    )


def add_pages(app: rx.App) -> None:
    app.add_page(households_page, route=routes.HOUSEHOLDS,
                 title=f"{t('households.title')} · {t('app.name')}",
                 on_load=HouseholdsState.load)
