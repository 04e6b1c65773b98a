"""Sign-in by phone number and password, and first sign-in with an invitation code.

For people who forget: the phone format is said under the field, a throttle's
wait counts down on the page, and "Quên mật khẩu?" explains the way back (the
group leader gives a new invitation code), naming the leader when the number
belongs to a household.
"""

import dataclasses

import reflex as rx
from reflex.vars import VarData
from reflex_base.utils.imports import ImportVar
from reflex_base.vars.base import Var

from digital_family.access import auth
from digital_family.base import routes
from digital_family.base.i18n import t
from digital_family.households import invitations
from digital_family.web.components.controls import (
    big_button,
    callout,
    field,
    show_password,
    text_input,
)
from digital_family.web.components.layout import page_shell
from digital_family.web.state import PageState, SessionState, T, data_event, home_for, ui_event


@dataclasses.dataclass
class Contact:
    """A group leader who can give a new invitation code."""

    name: str = ""
    phone: str = ""  # as written for people: 0900 000 003
    tel: str = ""  # for the call link


class SignInState(PageState, SessionState):
    """The sign-in and invitation forms: only their messages live here.

    Signing in needs no account, so these handlers are ``public``; the password
    work runs in the slow pool, off the event loop.
    """

    invitation_code: rx.Field[str] = rx.field("")
    wait_seconds: rx.Field[int] = rx.field(0)  # a throttle's wait, counted down in the browser
    wait_seq: rx.Field[int] = rx.field(0)  # restarts the countdown
    forgot_open: rx.Field[bool] = rx.field(False)
    forgot_notice: rx.Field[str] = rx.field("")
    contacts: rx.Field[list[Contact]] = rx.field(default_factory=list)

    def _wait(self, seconds: int | None) -> None:
        self.wait_seconds = int(seconds or 0)
        self.wait_seq += 1

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
            device = self.router.headers.user_agent or None
            token = await self._db(lambda s: auth.sign_in(
                s, phone, password, client=client, device=device), slow=True)
        except auth.SignInError as exc:
            waiting = exc.retry_after_seconds and exc.key != auth.WRONG_CREDENTIALS
            # while a wait runs, the page counts it down instead of a fixed number
            self._say(self._t("auth.too_many") if waiting
                      else self._message(exc, "error.bad_request"), "red")
            self._wait(exc.retry_after_seconds)
            return
        await self._switch_account(token)
        actor = await self._signed_in_actor()
        return rx.redirect(home_for(actor) if actor else routes.OVERVIEW)

    @data_event(public=True)
    async def forgot_password(self, actor, phone: str):
        """Explain the way back; name the group's leader if the number is a household's."""
        self.forgot_open, self.forgot_notice, self.contacts = True, "", []
        client = self.router.session.client_ip or None
        try:
            found = await self._db(lambda s: auth.recovery_contacts(s, str(phone)[:40],
                                                                     client=client))
        except auth.SignInError as exc:
            self.forgot_notice = self._t("auth.forgot_too_many")
            self._wait(exc.retry_after_seconds)
            return
        self.contacts = [Contact(c.full_name, _spaced(c.phone), c.phone) for c in found]

    @ui_event
    def close_forgot(self):
        self.forgot_open = False

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


def _spaced(phone: str) -> str:
    """0900000003 → 0900 000 003 (easier to read out and dial)."""
    return f"{phone[:4]} {phone[4:7]} {phone[7:]}" if len(phone) == 10 else phone


PHONE_INPUT = "sign-in-phone"
PASSWORD_INPUT = "sign-in-password"
NEW_PASSWORD_INPUTS = ("invitation-password", "invitation-password-again")

# Seconds left of a throttle's wait, counted down in the browser from what the
# server said (restarted by wait_seq); the submit button waits with it.
_LEFT_HOOKS = {
    "const [gdsLeft, setGdsLeft] = useState(0);": None,
    f"""useEffect(() => {{
  const wait = {SignInState.wait_seconds!s};
  if (!wait) {{ setGdsLeft(0); return; }}
  const end = Date.now() + wait * 1000;
  setGdsLeft(wait);
  const timer = setInterval(() => {{
    const left = Math.max(0, Math.ceil((end - Date.now()) / 1000));
    setGdsLeft(left);
    if (left === 0) clearInterval(timer);
  }}, 250);
  return () => clearInterval(timer);
}}, [{SignInState.wait_seconds!s}, {SignInState.wait_seq!s}]);""": None,
}
_left = Var(
    _js_expr="gdsLeft",
    _var_data=VarData.merge(
        SignInState.wait_seconds._get_all_var_data(),
        VarData(imports={"react": [ImportVar(tag="useState"), ImportVar(tag="useEffect")]},
                hooks=_LEFT_HOOKS),
    ),
).to(int)
_minutes, _seconds = T("time.minutes"), T("time.seconds")
_left_words = Var(
    _js_expr=(f"({_left!s} >= 60 ? Math.floor({_left!s} / 60) + ' ' + {_minutes!s} + ' '"
              f" + ({_left!s} % 60) + ' ' + {_seconds!s} : {_left!s} + ' ' + {_seconds!s})"),
    _var_data=VarData.merge(_left._get_all_var_data(), _minutes._get_all_var_data()),
).to(str)


def _countdown() -> rx.Component:
    """"You can try again in 12 seconds", live; then "you can try again now"."""
    return rx.cond(
        SignInState.wait_seconds > 0,
        rx.text(rx.cond(_left > 0, T("auth.retry_in").replace("{n}", _left_words),
                        T("auth.retry_now")),
                size="3", weight="bold", aria_live="polite", data_testid="retry-countdown"),
    )


def _forgot() -> rx.Component:
    """How to get back in: a new invitation code from the group's leader."""
    return rx.cond(
        SignInState.forgot_open,
        rx.card(
            rx.vstack(
                rx.heading(T("auth.forgot_title"), size="5", as_="h2"),
                rx.text(T("auth.forgot_help"), size="3"),
                rx.foreach(
                    SignInState.contacts,
                    lambda c: rx.vstack(
                        rx.text(T("auth.forgot_leader"), size="3"),
                        rx.link(rx.icon("phone", size=20), c.name, " · ", c.phone,
                                href="tel:" + c.tel, size="4", weight="bold",
                                display="flex", align_items="center", gap="8px",
                                min_height="48px"),
                        spacing="1",
                        data_testid="forgot-leader",
                    ),
                ),
                rx.cond(SignInState.contacts.length() == 0,
                        rx.text(T("auth.forgot_no_leader"), size="3")),
                rx.cond(SignInState.forgot_notice != "",
                        rx.text(SignInState.forgot_notice, size="3", color="var(--red-11)")),
                rx.link(big_button(rx.icon("ticket", size=22), T("auth.have_code"),
                                   variant="outline", as_="span"),
                        href=routes.INVITATION),
                spacing="3",
                width="100%",
            ),
            max_width="420px",
            width="100%",
            role="region",
            aria_label=T("auth.forgot_title"),
            data_testid="forgot-panel",
        ),
    )


def sign_in_page() -> rx.Component:
    return page_shell(
        rx.heading(T("auth.sign_in_title"), size="7", as_="h1"),
        rx.form(
            rx.vstack(
                field(T("auth.phone"), text_input("phone", type="tel", input_mode="tel",
                                                  auto_complete="username", id=PHONE_INPUT,
                                                  placeholder="0912 345 678", required=True),
                      hint=T("auth.phone_format")),
                field(T("auth.password"), text_input("password", type="password",
                                                     auto_complete="current-password",
                                                     id=PASSWORD_INPUT, required=True)),
                show_password(T("auth.show_password"), PASSWORD_INPUT,
                              check_id="show-password-sign-in"),
                rx.cond(SignInState.notice != "",
                        callout(rx.vstack(rx.text(SignInState.notice), _countdown(),
                                          spacing="1"),
                                color_scheme="red", role="alert",
                                size="2", width="100%", data_testid="sign-in-error")),
                big_button(rx.icon("log-in", size=22), T("auth.sign_in"), type="submit",
                           width="100%", disabled=_left > 0),
                rx.button(
                    T("auth.forgot"), type="button", variant="ghost", size="3",
                    high_contrast=True, min_height="48px", text_decoration="underline",
                    on_click=SignInState.forgot_password(
                        Var(_js_expr=f"(document.getElementById('{PHONE_INPUT}')?.value ?? '')"
                            ).to(str)),
                    data_testid="forgot-password",
                ),
                spacing="4",
                width="100%",
                max_width="420px",
            ),
            on_submit=SignInState.sign_in,
            reset_on_submit=False,
            data_testid="sign-in-form",
        ),
        _forgot(),
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
                                 placeholder="0912 345 678", required=True),
                      errors.get("phone", ""), hint=T("auth.phone_format")),
                field(T("invite.new_password"),
                      text_input("password", type="password", auto_complete="new-password",
                                 id=NEW_PASSWORD_INPUTS[0], required=True),
                      errors.get("password", ""), hint=T("invite.password_hint")),
                field(T("invite.password_again"),
                      text_input("password_again", type="password", auto_complete="new-password",
                                 id=NEW_PASSWORD_INPUTS[1], required=True),
                      errors.get("password_again", "")),
                show_password(T("auth.show_password"), *NEW_PASSWORD_INPUTS,
                              check_id="show-password-invitation"),
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

