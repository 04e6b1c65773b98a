"""Sign-in by phone number and password, and first sign-in with an invitation code."""

import reflex as rx

from digital_family import auth, invitations, routes
from digital_family.components.controls import big_button, callout, field, text_input
from digital_family.components.layout import page_shell
from digital_family.i18n import t
from digital_family.state import PageState, SessionState, T, data_event, home_for


class SignInState(PageState, SessionState):
    """The sign-in and invitation forms: only their messages live here.

    Signing in needs no account, so these handlers are ``public``; the password
    work runs in the slow pool, off the event loop.
    """

    invitation_code: str = ""

    @data_event(public=True)
    async def load_sign_in(self, actor):
        self.notice = ""
        if actor is not None:
            return rx.redirect(home_for(actor))

    @data_event(public=True)
    async def sign_in(self, actor, form: dict):
        self.notice = ""
        phone, password = str(form.get("phone", "")), str(form.get("password", ""))
        try:
            # throttled per phone and per client address (behind a proxy: the address
            # it forwards, when REFLEX_TRUSTED_PROXY_HOPS says how many proxies to trust)
            client = self.router.session.client_ip or None
            token = await self._db(lambda s: auth.sign_in(s, phone, password, client=client),
                                   slow=True)
        except auth.SignInError as exc:
            self._say(self._message(exc, "error.bad_request"), "red")
            return
        await self._switch_account(token)
        actor = await self._signed_in_actor()
        return rx.redirect(home_for(actor) if actor else routes.OVERVIEW)

    @data_event(public=True)
    async def load_invitation(self, actor):
        self.errors = {}
        self.invitation_code = self.router.url.query_parameters.get("ma", "")[:20]

    @data_event(public=True)
    async def redeem(self, actor, form: dict):
        if str(form.get("password", "")) != str(form.get("password_again", "")):
            self.errors = {"password_again": self._t("invite.passwords_differ")}
            return
        code, phone = str(form.get("code", "")), str(form.get("phone", ""))
        password = str(form.get("password", ""))
        # guesses from one client are slowed down, then refused for a while
        client_key = self.router.session.client_ip or None
        try:
            token = await self._db(lambda s: invitations.redeem_invitation(
                s, code=code, phone=phone, password=password, client_key=client_key,
            ), slow=True)
        except invitations.InvitationError as exc:
            self.errors = {"code": self._message(exc, "error.bad_request")}
            return
        await self._switch_account(token)
        await self._signed_in_actor()
        return rx.redirect(routes.MY_HOUSEHOLD)


def sign_in_page() -> rx.Component:
    return page_shell(
        rx.heading(T("auth.sign_in_title"), size="7", as_="h1"),
        rx.form(
            rx.vstack(
                field(T("auth.phone"), text_input("phone", type="tel", input_mode="tel",
                                                  auto_complete="username",
                                                  placeholder="09xx xxx xxx", required=True)),
                field(T("auth.password"), text_input("password", type="password",
                                                     auto_complete="current-password",
                                                     required=True)),
                rx.cond(SignInState.notice != "",
                        callout(SignInState.notice, color_scheme="red", role="alert",
                                   size="2", width="100%", data_testid="sign-in-error")),
                big_button(rx.icon("log-in", size=22), T("auth.sign_in"), type="submit",
                           width="100%"),
                spacing="4",
                width="100%",
                max_width="420px",
            ),
            on_submit=SignInState.sign_in,
            reset_on_submit=False,
            data_testid="sign-in-form",
        ),
        rx.card(
            rx.vstack(
                rx.text(T("auth.first_time"), size="4", weight="medium"),
                rx.text(T("auth.first_time_help"), size="3"),
                rx.link(big_button(rx.icon("ticket", size=22), T("auth.have_code"),
                                   variant="outline", as_="span"),
                        href=routes.INVITATION),
                spacing="2",
            ),
            max_width="420px",
            width="100%",
        ),
    )


def invitation_page() -> rx.Component:
    errors = SignInState.errors
    return page_shell(
        rx.heading(T("invite.title"), size="7", as_="h1"),
        rx.text(T("invite.help"), size="4"),
        rx.form(
            rx.vstack(
                field(T("invite.code"),
                      text_input("code", default_value=SignInState.invitation_code,
                                 placeholder="ABCD-EFGH", auto_complete="one-time-code",
                                 text_transform="uppercase", required=True,
                                 key=SignInState.invitation_code),
                      errors.get("code", "")),
                field(T("auth.phone"),
                      text_input("phone", type="tel", input_mode="tel", auto_complete="username",
                                 placeholder="09xx xxx xxx", required=True),
                      errors.get("phone", "")),
                field(T("invite.new_password"),
                      text_input("password", type="password", auto_complete="new-password",
                                 required=True),
                      errors.get("password", ""), hint=T("invite.password_hint")),
                field(T("invite.password_again"),
                      text_input("password_again", type="password", auto_complete="new-password",
                                 required=True),
                      errors.get("password_again", "")),
                big_button(rx.icon("user-check", size=22), T("invite.submit"), type="submit",
                           width="100%"),
                spacing="4",
                width="100%",
                max_width="420px",
            ),
            on_submit=SignInState.redeem,
            reset_on_submit=False,
            data_testid="invitation-form",
        ),
    )


def add_pages(app: rx.App) -> None:
    app.add_page(sign_in_page, route=routes.SIGN_IN,
                 title=f"{t('auth.sign_in_title')} · {t('app.name')}",
                 on_load=SignInState.load_sign_in)
    app.add_page(invitation_page, route=routes.INVITATION,
                 title=f"{t('invite.title')} · {t('app.name')}",
                 on_load=SignInState.load_invitation)

