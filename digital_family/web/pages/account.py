"""My account: change my password, see where I am signed in and sign out other devices."""

import dataclasses

import reflex as rx

from digital_family.access import auth
from digital_family.base import routes
from digital_family.base.clock import in_vietnam
from digital_family.base.i18n import t
from digital_family.web.components.controls import big_button, callout, field, text_input
from digital_family.web.components.layout import gated, page_shell
from digital_family.web.signed_in import actors
from digital_family.web.state import PageState, SessionState, T, data_event

WHEN = "%H:%M %d/%m/%Y"


@dataclasses.dataclass
class DeviceRow:
    """An open session as the list shows it."""

    id: int = 0
    device: str = ""
    signed_in: str = ""
    last_used: str = ""
    current: bool = False


class AccountState(PageState, SessionState):
    """The signed-in account's sessions; the password form keeps nothing typed."""

    devices: rx.Field[list[DeviceRow]] = rx.field(default_factory=list)

    async def _show_devices(self, actor) -> None:
        token = self._raw_token()
        found = await self._db(lambda s: auth.own_sessions(s, actor, current_token=token))
        self.devices = [
            DeviceRow(id=v.id, device=v.device or "",
                      signed_in=in_vietnam(v.created_at).strftime(WHEN),
                      last_used=in_vietnam(v.last_seen_at).strftime(WHEN), current=v.current)
            for v in found
        ]

    @data_event(load=True)
    async def load(self, actor):
        self.notice, self.errors = "", {}
        await self._show_devices(actor)
        self._page_ready()

    @data_event
    async def change_password(self, actor, form: dict):
        if str(form.get("new_password", "")) != str(form.get("new_password_again", "")):
            self.errors = {"new_password_again": self._t("invite.passwords_differ")}
            return
        token = self._raw_token()
        current, new = form.get("current_password", ""), form.get("new_password", "")
        ended = await self._db(lambda s: auth.change_password(
            s, actor, current_password=current, new_password=new, current_token=token),
            slow=True)
        actors.drop_account(actor.user_id, keep=token)
        self._say(self._t("account.password_changed", n=ended))
        await self._show_devices(actor)

    @data_event
    async def end_session(self, actor, session_id: int):
        await self._db(lambda s: auth.end_own_session(s, actor, session_id))
        actors.drop_account(actor.user_id, keep=self._raw_token())
        self._say(self._t("account.device_signed_out"))
        await self._show_devices(actor)

    @data_event
    async def end_other_sessions(self, actor):
        token = self._raw_token()
        ended = await self._db(lambda s: auth.end_other_sessions(s, actor, current_token=token))
        actors.drop_account(actor.user_id, keep=token)
        self._say(self._t("account.others_signed_out", n=ended))
        await self._show_devices(actor)


def _device(row: DeviceRow) -> rx.Component:
    return rx.card(
        rx.hstack(
            rx.icon("smartphone", size=26, flex_shrink="0"),
            rx.vstack(
                rx.text(rx.cond(row.device != "", row.device, T("account.unknown_device")),
                        weight="bold", size="4"),
                rx.text(T("account.signed_in_at"), " ", row.signed_in, size="3"),
                rx.text(T("account.last_used"), " ", row.last_used, size="3",
                        color="var(--gray-11)"),
                rx.cond(
                    row.current,
                    rx.badge(rx.icon("check", size=16), T("account.this_device"), size="3",
                             color_scheme="green", high_contrast=True),
                    big_button(rx.icon("log-out", size=20), T("account.sign_out_device"),
                               variant="outline", size="3",
                               on_click=AccountState.end_session(row.id)),
                ),
                spacing="1",
                align="start",
            ),
            align="start",
            spacing="3",
            width="100%",
        ),
        width="100%",
        data_testid="device",
    )


def account_page() -> rx.Component:
    S = AccountState
    errors = S.errors
    return page_shell(
        rx.heading(T("account.title"), size="7", as_="h1"),
        gated(
            S,
            rx.vstack(
                rx.text(SessionState.user_name, size="4"),
                rx.cond(S.notice != "", callout(
                    S.notice, role="status", data_testid="account-notice",
                    color_scheme=rx.cond(S.notice_tone == "green", "green", "red"))),
                rx.card(
                    rx.form(
                        rx.vstack(
                            rx.heading(T("account.change_password"), size="5", as_="h2"),
                            field(T("account.current_password"),
                                  text_input("current_password", type="password",
                                             auto_complete="current-password", required=True),
                                  errors.get("current_password", "")),
                            field(T("invite.new_password"),
                                  text_input("new_password", type="password",
                                             auto_complete="new-password", required=True),
                                  errors.get("new_password", ""), hint=T("invite.password_hint")),
                            field(T("invite.password_again"),
                                  text_input("new_password_again", type="password",
                                             auto_complete="new-password", required=True),
                                  errors.get("new_password_again", "")),
                            rx.text(T("account.password_help"), size="2",
                                    color="var(--gray-11)"),
                            big_button(rx.icon("key-round", size=20),
                                       T("account.change_password"), type="submit",
                                       width="100%"),
                            spacing="3",
                            width="100%",
                        ),
                        on_submit=S.change_password,
                        reset_on_submit=True,
                        data_testid="password-form",
                    ),
                    width="100%",
                ),
                rx.heading(T("account.devices"), size="5", as_="h2"),
                rx.text(T("account.devices_help"), size="3"),
                rx.foreach(S.devices, _device),
                rx.cond(
                    S.devices.length() > 1,
                    big_button(rx.icon("shield-off", size=20), T("account.sign_out_others"),
                               color_scheme="red", variant="soft", width="100%",
                               on_click=S.end_other_sessions),
                ),
                spacing="4",
                width="100%",
                data_testid="account-ready",
            ),
        ),
    )


def add_pages(app: rx.App) -> None:
    app.add_page(account_page, route=routes.ACCOUNT,
                 title=f"{t('account.title')} · {t('app.name')}", on_load=AccountState.load)
