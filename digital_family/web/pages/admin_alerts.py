"""The admin page's "Cảnh báo" section: signs of a breach (security_alerts), newest
first, above the tabs; admins only (for ward staff it stays empty and hidden)."""

import reflex as rx

from digital_family.base.clock import in_vietnam
from digital_family.base.i18n import CATALOGUES
from digital_family.base.permissions import Action, can
from digital_family.records import security_alerts
from digital_family.web.state import PageState, SessionState, T, data_event


class AlertsState(PageState, SessionState):
    """The alerts of the last days, as lines of text."""

    DENIED_KEY = "denied.admin"

    shown: rx.Field[bool] = rx.field(False)  # the account is an admin
    alerts: rx.Field[list[dict[str, str]]] = rx.field(default_factory=list)

    @data_event(load=True)
    async def load(self, actor):
        # not a refusal for ward staff (that would count as one): the section stays away
        self.shown = can(actor, Action.MANAGE_ADMINS)
        found = await self._db(lambda s: security_alerts.recent_alerts(s, actor)) \
            if self.shown else ()
        self.alerts = [self._line(a) for a in found]
        self._page_ready()

    def _line(self, alert) -> dict[str, str]:
        if alert.account_name or alert.role:
            role = self._t(f"role.{alert.role}") if alert.role else ""
            who = " · ".join(x for x in (alert.account_name, alert.account_phone, role) if x)
        else:
            who = alert.account_phone or self._t("alerts.no_account")
        what_key = f"alerts.what.{alert.detail}"
        what = self._t(what_key) if what_key in CATALOGUES["vi"] else alert.detail
        return {"at": in_vietnam(alert.at).strftime("%d/%m/%Y %H:%M"), "who": who,
                "what": self._t(f"alerts.kind.{alert.kind}", n=alert.detail, what=what)}


def alerts_section() -> rx.Component:
    return rx.cond(
        AlertsState.shown,
        rx.card(
            rx.vstack(
                rx.heading(rx.icon("triangle-alert", size=22, color="var(--red-11)"),
                           T("alerts.title"), size="5", as_="h2", display="flex",
                           align_items="center", gap="8px"),
                rx.text(T("alerts.help"), size="2", color="var(--gray-11)"),
                rx.foreach(AlertsState.alerts, lambda a: rx.vstack(
                    rx.text(a["what"], size="3", weight="bold"),
                    rx.text(a["at"], " · ", a["who"], size="2", color="var(--gray-11)"),
                    spacing="0", width="100%", padding_y="6px",
                    border_bottom="1px solid var(--gray-5)", data_testid="alert-row",
                )),
                rx.cond(AlertsState.alerts.length() == 0,
                        rx.text(T("alerts.none"), size="3")),
                spacing="2",
                width="100%",
            ),
            width="100%",
            role="region",
            aria_label=T("alerts.title"),
            data_testid="admin-alerts",
        ),
    )
