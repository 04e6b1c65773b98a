"""The state every page shares: the sign-in token, the language and the texts.

The browser holds only an opaque token; who is signed in is re-derived from the
session table on the server at every event (``_actor``). Page states are
substates of ``SessionState`` so their handlers reach the token directly.
"""

import reflex as rx

from digital_family import auth, routes
from digital_family.db import session_scope
from digital_family.i18n import CATALOGUES, DEFAULT_LANGUAGE, t
from digital_family.permissions import Actor


class SessionState(rx.State):
    """Token, language and the signed-in person's name and role (display only)."""

    token: str = rx.LocalStorage("", name="gds_token", sync=True)
    lang: str = rx.LocalStorage(DEFAULT_LANGUAGE, name="gds_lang")
    user_name: str = ""
    user_role: str = ""

    @rx.var
    def tr(self) -> dict[str, str]:
        """Every text of the chosen language (pages read ``tr[key]``)."""
        return CATALOGUES.get(self.lang, CATALOGUES[DEFAULT_LANGUAGE])

    @rx.var
    def signed_in(self) -> bool:
        return self.user_role != ""

    @rx.var
    def home_path(self) -> str:
        """The signed-in account's own start page (display only; pages check access)."""
        return _HOMES.get(self.user_role, routes.OVERVIEW)

    def _t(self, key: str, **params) -> str:
        return t(key, self.lang, **params)

    def _actor(self) -> Actor | None:
        """The signed-in account, checked against the session table now."""
        if not self.token:
            return None
        with session_scope() as session:
            actor = auth.resolve_session(session, self.token)
            if actor is None:
                self.token = ""
                self.user_name = self.user_role = ""
                return None
            summary = auth.current_user_summary(session, actor)
        self.user_name, self.user_role = summary.full_name, actor.role
        return actor

    @rx.event
    def set_language(self, lang: str):
        """Switch language; the page reloads so texts made on the server follow too."""
        if lang in CATALOGUES and lang != self.lang:
            self.lang = lang
            # after the browser has stored the choice (local storage is written on render)
            return rx.call_script("setTimeout(() => window.location.reload(), 400)")

    @rx.event
    def refresh_user(self):
        """Load who is signed in (for headers on any page)."""
        self._actor()

    @rx.event
    def sign_out(self):
        if self.token:
            with session_scope() as session:
                auth.sign_out(session, self.token)
        self.token = ""
        self.user_name = self.user_role = ""
        return rx.redirect(routes.SIGN_IN)


_HOMES = {
    "resident": routes.MY_HOUSEHOLD,
    "group_leader": routes.LEADER_HOME,
    "ambassador": routes.AMBASSADOR,
    "ward_staff": routes.WARD,
    "admin": routes.WARD,
}


def home_for(actor: Actor) -> str:
    """Where an account lands after signing in."""
    return _HOMES.get(actor.role, routes.OVERVIEW)


def T(key: str) -> rx.Var:
    """A text of the chosen language, for use in components."""
    return SessionState.tr[key]
