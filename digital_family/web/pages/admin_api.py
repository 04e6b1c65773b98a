"""The admin page's "API" tab: keys of the read-only API (``access.api_keys``), created,
shown once and revoked by an admin.

A new key reaches the page by a script that fills a read-only box, never through a
state variable: page states are kept in Redis or on disk between taps, and the key is
a secret the server keeps only as its hash.
"""

import json

import reflex as rx

from digital_family.access import api_keys
from digital_family.base.clock import in_vietnam
from digital_family.base.permissions import Action, can, require
from digital_family.web.components.controls import (
    big_button,
    callout,
    field,
    text_input,
)
from digital_family.web.state import PageState, SessionState, T, data_event

NEW_KEY_ID = "new-api-key"


class ApiKeysState(PageState, SessionState):
    """The keys (never the keys themselves), and the one just made (its prefix)."""

    DENIED_KEY = "denied.admin"

    shown: bool = False  # an admin: the tab is there
    keys: rx.Field[list[dict[str, str]]] = rx.field(default_factory=list)
    made_prefix: str = ""  # the key just created: its box is filled by a script
    revoking: str = ""  # the id of the key awaiting its confirmation

    @data_event(load=True)
    async def load(self, actor):
        self.shown = can(actor, Action.MANAGE_API_KEYS)
        self.made_prefix, self.revoking = "", ""
        await self._list(actor)
        self._page_ready()

    async def _list(self, actor) -> None:
        found = await self._db(lambda s: api_keys.list_keys(s, actor)) if self.shown else []
        self.keys = [self._line(k) for k in found]

    def _line(self, key: api_keys.KeyInfo) -> dict[str, str]:
        scope = self._t("api_keys.scope.city") if key.scope == "city" else \
            self._t("api_keys.scope.ward")
        if key.revoked_at:
            state = self._t("api_keys.revoked_on",
                            day=in_vietnam(key.revoked_at).strftime("%d/%m/%Y"))
        elif key.last_used_at:
            state = self._t("api_keys.used_on",
                            at=in_vietnam(key.last_used_at).strftime("%d/%m/%Y %H:%M"))
        else:
            state = self._t("api_keys.never_used")
        return {"id": str(key.id), "label": key.label, "prefix": key.prefix + "…",
                "scope": scope, "state": state, "live": "" if key.revoked_at else "1"}

    @data_event
    async def create(self, actor, form: dict):
        actor = require(actor, Action.MANAGE_API_KEYS)
        label, scope = form.get("label"), form.get("scope") or "ward"
        info, key = await self._db(lambda s: api_keys.create(s, actor, label, scope))
        self.made_prefix, self.revoking, self.errors = info.prefix, "", {}
        await self._list(actor)
        return rx.call_script(
            f"document.getElementById({json.dumps(NEW_KEY_ID)}).value = {json.dumps(key)}")

    @data_event
    def hide_key(self, actor):
        self.made_prefix = ""

    @data_event
    def ask_revoke(self, actor, key_id: str):
        self.revoking = str(key_id)

    @data_event
    def cancel_revoke(self, actor):
        self.revoking = ""

    @data_event
    async def revoke(self, actor):
        actor = require(actor, Action.MANAGE_API_KEYS)
        key_id = int(self.revoking) if self.revoking.isdigit() else None
        self.revoking = ""
        await self._db(lambda s: api_keys.revoke(s, actor, key_id))
        self._say(self._t("api_keys.revoked"))
        await self._list(actor)


def _key_row(key) -> rx.Component:
    S = ApiKeysState
    return rx.vstack(
        rx.text(key["label"], size="3", weight="bold"),
        rx.text(key["prefix"], " · ", key["scope"], " · ", key["state"], size="2",
                color="var(--gray-11)"),
        rx.cond(
            key["live"] != "",
            rx.cond(
                S.revoking == key["id"],
                rx.flex(
                    big_button(T("api_keys.revoke_confirm"), color_scheme="red",
                               on_click=S.revoke, data_testid="api-key-revoke-confirm"),
                    big_button(T("common.cancel"), variant="outline",
                               on_click=S.cancel_revoke),
                    gap="12px", wrap="wrap",
                ),
                big_button(rx.icon("ban", size=18), T("api_keys.revoke"), variant="outline",
                           color_scheme="red", size="3",
                           on_click=S.ask_revoke(key["id"]), data_testid="api-key-revoke"),
            ),
        ),
        spacing="2", width="100%", padding_y="8px", border_bottom="1px solid var(--gray-5)",
        data_testid="api-key-row",
    )


def api_tab() -> rx.Component:
    S = ApiKeysState
    errors = S.errors
    return rx.cond(
        S.shown,
        rx.card(
            rx.vstack(
                rx.heading(T("api_keys.title"), size="5", as_="h2"),
                rx.text(T("api_keys.help"), size="3"),
                rx.cond(
                    S.made_prefix != "",
                    callout(
                        rx.vstack(
                            rx.text(T("api_keys.made"), weight="bold"),
                            rx.el.input(id=NEW_KEY_ID, read_only=True, aria_label=T(
                                "api_keys.made"), style={"width": "100%", "fontSize": "16px",
                                                         "padding": "10px",
                                                         "fontFamily": "monospace",
                                                         "background": "white",
                                                         "border": "1px solid var(--gray-8)",
                                                         "borderRadius": "8px"},
                                on_focus=rx.call_script(
                                    f"document.getElementById('{NEW_KEY_ID}').select()"),
                                data_testid="api-key-new"),
                            big_button(T("api_keys.done"), variant="outline", size="3",
                                       on_click=S.hide_key),
                            width="100%",
                        ),
                        color_scheme="amber", role="status", width="100%",
                    ),
                ),
                rx.cond(S.notice != "", callout(S.notice, color_scheme="green", role="status")),
                rx.form(
                    field(T("api_keys.label"), text_input("label", auto_complete="off",
                                                          max_length=api_keys.MAX_LABEL),
                          errors.get("label", "")),
                    big_button(rx.icon("key-round", size=20), T("api_keys.create"),
                               type="submit", margin_top="12px", data_testid="api-key-create"),
                    on_submit=S.create,
                    reset_on_submit=True,
                    width="100%",
                ),
                rx.foreach(S.keys, _key_row),
                rx.cond(S.keys.length() == 0, rx.text(T("api_keys.none"), size="3")),
                spacing="3",
                width="100%",
            ),
            width="100%",
            data_testid="admin-api-keys",
        ),
        rx.text(T("api_keys.admins_only"), size="3"),
    )
