"""The admin page's personal-data tabs: the audit log, filtered by group, account and
dates and paged on the server; and erasing a household, confirmed by typing its code
a second time. Read-only: nothing here edits a log entry."""

import dataclasses

import reflex as rx
from reflex.vars import ObjectVar

from digital_family.base import paging
from digital_family.base.clock import VIETNAM_TIME
from digital_family.base.permissions import Action, require
from digital_family.base.validation import ValidationError, clean_text, validate_phone
from digital_family.base.wards import ward_of
from digital_family.campaign import ward_admin
from digital_family.households import personal_data
from digital_family.records import audit
from digital_family.ward import settings as ward_settings
from digital_family.web.components.controls import TOUCH, big_button, callout, field, text_input
from digital_family.web.signed_in import forget_all
from digital_family.web.state import PageState, SessionState, T, data_event, ui_event

AUDIT_PAGE = 20


@dataclasses.dataclass
class AuditLine:
    """One audit entry as staff read it."""

    id: int = 0
    at: str = ""
    who: str = ""
    household: str = ""
    what: str = ""


class AuditState(PageState, SessionState):
    """The audit tab and the erase tab of the admin page (ward staff, admin)."""

    DENIED_KEY = "denied.admin"

    lines: rx.Field[list[AuditLine]] = rx.field(default_factory=list)
    page: rx.Field[int] = rx.field(1)
    more: rx.Field[bool] = rx.field(False)
    group_codes: rx.Field[list[str]] = rx.field(default_factory=list)
    # the filters as applied (shown back in the form)
    group: rx.Field[str] = rx.field("")
    account: rx.Field[str] = rx.field("")
    since: rx.Field[str] = rx.field("")
    until: rx.Field[str] = rx.field("")
    # erasing: the household awaiting its second confirmation
    erase_code: rx.Field[str] = rx.field("")
    erase_summary: rx.Field[str] = rx.field("")
    erase_done: rx.Field[str] = rx.field("")
    # days the log is kept (the purge's setting)
    retention: rx.Field[int] = rx.field(ward_settings.AUDIT_RETENTION_DAYS.default)

    @data_event(load=True)
    async def load(self, actor):
        actor = require(actor, Action.READ_AUDIT)
        self.group_codes = [g.code for g in await self._db(
            lambda s: ward_admin.list_groups(s, actor))]
        self.retention = await self._db(
            lambda s: ward_settings.audit_retention_days(s, ward_of(s, actor)))
        await self._show(actor, 1)
        self._page_ready()

    def _filters(self) -> audit.Filters:
        return audit.Filters(
            group_code=self.group or None, account_phone=self.account or None,
            since=audit.parse_day(self.since, field="since"),
            until=audit.parse_day(self.until, field="until"))

    async def _show(self, actor, page: int) -> None:
        filters, lang = self._filters(), self.lang
        found = await self._db(lambda s: audit.entries(
            s, actor, filters, limit=AUDIT_PAGE + 1, offset=paging.offset(page, AUDIT_PAGE)))
        self.lines = [
            AuditLine(
                id=e.id, at=e.at.astimezone(VIETNAM_TIME).strftime("%d/%m/%Y %H:%M"),
                who=audit.staff_who(e, lang), household=e.household or "",
                what=audit.staff_says(e, lang))
            for e in found[:AUDIT_PAGE]
        ]
        self.page, self.more = page, len(found) > AUDIT_PAGE

    @data_event
    async def search(self, actor, form: dict):
        group = clean_text(form.get("group", "")).upper()
        account = clean_text(form.get("account", ""))
        since, until = clean_text(form.get("since", "")), clean_text(form.get("until", ""))
        audit.parse_day(since, field="since")  # refused before anything changes
        audit.parse_day(until, field="until")
        if group and group not in self.group_codes:
            raise ValidationError("group", "admin.unknown_group")
        self.group, self.since, self.until = group, since, until
        self.account = validate_phone(account) if account else ""
        await self._show(actor, 1)

    @data_event
    async def go(self, actor, page: int):
        await self._show(actor, min(paging.page_number(page), 100_000))

    @data_event
    async def save_retention(self, actor, form: dict):
        value = form.get("days")
        self.retention = await self._db(
            lambda s: ward_settings.change(s, actor, ward_settings.AUDIT_RETENTION_DAYS, value))
        self._say(self._t("admin.saved"))

    # Erasing a household

    @data_event
    async def ask_erase(self, actor, form: dict):
        code = form.get("code", "")
        self.erase_done, self.notice = "", ""
        found = await self._db(lambda s: personal_data.erasure_preview(s, actor, code))
        self.erase_code = found.code
        self.erase_summary = self._t("erase.summary", code=found.code, address=found.address,
                                     members=found.members, accounts=found.accounts)

    @ui_event
    def cancel_erase(self):
        self.erase_code, self.erase_summary = "", ""

    @data_event
    async def erase(self, actor, form: dict):
        code, self.notice = self.erase_code, ""
        if not code or clean_text(form.get("again", "")).upper() != code:
            raise ValidationError("again", "erase.mismatch")

        def work(session):
            preview = personal_data.erasure_preview(session, actor, code)
            return personal_data.erase_household(session, actor, preview.household_id)

        done = await self._db(work)
        forget_all()  # the family's sessions end at once, in every worker and server
        self.erase_code, self.erase_summary = "", ""
        self.erase_done = self._t("erase.done", code=done.household_code, members=done.members)
        await self._show(actor, 1)


def _line(line: ObjectVar[AuditLine]) -> rx.Component:
    return rx.box(
        rx.text(rx.text.strong(line.at), " · ", line.who,
                rx.cond(line.household != "", " · " + line.household.to(str), ""),
                size="2", color="var(--gray-11)"),
        rx.text(line.what, size="3"),
        padding_y="6px",
        border_bottom="1px solid var(--gray-4)",
        width="100%",
        data_testid="audit-line",
    )


def audit_tab() -> rx.Component:
    S = AuditState
    errors = S.errors
    return rx.card(
        rx.vstack(
            rx.heading(T("audit.title"), size="5", as_="h2"),
            rx.text(T("audit.help"), size="3"),
            rx.form(
                rx.grid(
                    field(T("audit.group"), rx.el.select(
                        rx.el.option(T("audit.any_group"), value=""),
                        rx.foreach(S.group_codes, lambda c: rx.el.option(c, value=c)),
                        name="group", default_value=S.group, min_height=TOUCH,
                        font_size="18px", width="100%", padding="0 8px",
                        border="1px solid var(--gray-8)", border_radius="8px",
                        background="white"), errors.get("group", "")),
                    field(T("audit.account"), text_input("account", input_mode="tel",
                                                         default_value=S.account,
                                                         placeholder="09xxxxxxxx"),
                          errors.get("phone", "")),
                    field(T("audit.since"), text_input("since", type="date",
                                                       default_value=S.since),
                          errors.get("since", "")),
                    field(T("audit.until"), text_input("until", type="date",
                                                       default_value=S.until),
                          errors.get("until", "")),
                    columns=rx.breakpoints(initial="1", sm="2"),
                    spacing="3",
                    width="100%",
                ),
                big_button(rx.icon("search", size=20), T("audit.filter"), type="submit",
                           variant="soft", margin_top="12px"),
                on_submit=S.search,
                reset_on_submit=False,
                data_testid="audit-filter",
            ),
            rx.cond(S.lines.length() > 0,
                    rx.box(rx.foreach(S.lines, _line), width="100%", data_testid="audit-lines"),
                    rx.text(T("audit.none"), size="3")),
            _retention(),
            rx.hstack(
                rx.cond(S.page > 1, big_button(rx.icon("chevron-left", size=20),
                                               T("privacy.newer"), variant="outline", size="3",
                                               on_click=S.go(S.page - 1))),
                rx.text(T("audit.page"), " ", S.page, size="3"),
                rx.cond(S.more, big_button(T("privacy.older"), rx.icon("chevron-right", size=20),
                                           variant="outline", size="3",
                                           on_click=S.go(S.page + 1),
                                           data_testid="audit-older")),
                align="center",
                wrap="wrap",
            ),
            spacing="3",
            width="100%",
        ),
        width="100%",
        data_testid="admin-audit",
    )


def _retention() -> rx.Component:
    """How long the log is kept: said to staff, set by the admin (the purge applies it)."""
    S = AuditState
    return rx.cond(
        SessionState.user_role == "admin",
        rx.form(
            rx.hstack(
                field(T("audit.retention"), text_input(
                    "days", input_mode="numeric", default_value=S.retention.to_string(),
                    key=S.retention.to_string(), width="120px"),
                    S.errors.get(ward_settings.AUDIT_RETENTION_DAYS.key, "")),
                big_button(T("common.save"), type="submit", variant="soft"),
                align="end",
            ),
            rx.cond((S.notice != "") & (S.notice_tone == "green"),
                    rx.text(S.notice, size="2", color="var(--green-11)", role="status")),
            on_submit=S.save_retention,
            reset_on_submit=False,
            data_testid="retention-form",
        ),
        rx.text(T("audit.retention"), ": ", S.retention, size="2", color="var(--gray-11)"),
    )


def erase_tab() -> rx.Component:
    S = AuditState
    errors = S.errors
    return rx.card(
        rx.vstack(
            rx.heading(T("erase.title"), size="5", as_="h2"),
            rx.text(T("erase.help"), size="3"),
            rx.cond(S.erase_done != "",
                    callout(S.erase_done, color_scheme="green", role="status",
                            data_testid="erase-done")),
            rx.cond(
                S.erase_code == "",
                rx.form(
                    field(T("erase.code"), text_input("code", auto_complete="off",
                                                      placeholder="TDP01-0001"),
                          errors.get("code", "")),
                    big_button(T("erase.next"), type="submit", variant="soft",
                               margin_top="12px"),
                    on_submit=S.ask_erase,
                    reset_on_submit=True,
                    data_testid="erase-ask",
                ),
                rx.form(
                    callout(rx.vstack(rx.text(T("erase.confirm_title"), weight="bold"),
                                      rx.text(S.erase_summary),
                                      rx.text(T("erase.cannot_undo"))),
                            color_scheme="red", role="alert"),
                    field(T("erase.again"), text_input("again", auto_complete="off"),
                          errors.get("again", "")),
                    rx.flex(
                        big_button(rx.icon("eraser", size=20), T("erase.confirm"), type="submit",
                                   color_scheme="red", data_testid="erase-confirm"),
                        big_button(T("common.cancel"), type="button", variant="outline",
                                   on_click=S.cancel_erase),
                        gap="12px", wrap="wrap", margin_top="12px",
                    ),
                    on_submit=S.erase,
                    reset_on_submit=True,
                    data_testid="erase-form",
                ),
            ),
            rx.cond((S.notice != "") & (S.notice_tone == "red") & (errors.get("again", "") == "")
                    & (errors.get(ward_settings.AUDIT_RETENTION_DAYS.key, "") == ""),
                    callout(S.notice, color_scheme="red", role="alert")),
            spacing="3",
            width="100%",
        ),
        width="100%",
        data_testid="admin-erase",
    )
