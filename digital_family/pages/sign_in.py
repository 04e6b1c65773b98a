"""Sign-in by phone number and password, and first sign-in with an invitation code."""

import reflex as rx

from digital_family import auth, invitations, routes
from digital_family.components.controls import big_button, callout, field, text_input
from digital_family.components.layout import page_shell
from digital_family.db import session_scope
from digital_family.i18n import t
from digital_family.state import SessionState, T, home_for
from digital_family.validation import ValidationError


class SignInState(SessionState):
    """The sign-in and invitation forms: only their messages live here."""

    error: str = ""
    errors: dict[str, str] = {}
    invitation_code: str = ""

    @rx.event
    def load_sign_in(self):
        self.error = ""
        actor = self._actor()
        if actor is not None:
            return rx.redirect(home_for(actor))

    @rx.event
    def sign_in(self, form: dict):
        self.error = ""
        phone, password = str(form.get("phone", "")), str(form.get("password", ""))
        try:
            with session_scope() as session:
                self.token = auth.sign_in(session, phone, password)
        except auth.SignInError as exc:
            self.error = exc.message
            return
        actor = self._actor()
        return rx.redirect(home_for(actor) if actor else routes.OVERVIEW)

    @rx.event
    def load_invitation(self):
        self.errors = {}
        self.invitation_code = self.router.url.query_parameters.get("ma", "")[:20]

    @rx.event
    def redeem(self, form: dict):
        self.errors = {}
        if str(form.get("password", "")) != str(form.get("password_again", "")):
            self.errors = {"password_again": self._t("invite.passwords_differ")}
            return
        try:
            with session_scope() as session:
                self.token = invitations.redeem_invitation(
                    session,
                    code=str(form.get("code", "")),
                    phone=str(form.get("phone", "")),
                    password=str(form.get("password", "")),
                    # guesses from one client are slowed down, then refused for a while
                    client_key=self.router.session.client_ip or None,
                )
        except invitations.InvitationError as exc:
            self.errors = {"code": exc.message}
            return
        except ValidationError as exc:
            self.errors = {exc.field: exc.message}
            return
        self._actor()
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
                rx.cond(SignInState.error != "",
                        callout(SignInState.error, color_scheme="red", role="alert",
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

