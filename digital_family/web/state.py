"""The state every page shares: who is signed in, the language, and the one way
page handlers reach people's data.

Signing in. The browser keeps an opaque session token in local storage and sends
it each time its websocket (re)connects. On the server the raw token lives only in
this process's memory, bound to that socket (``live_tokens``); it is
never written with the state (``.states/`` on disk, or Redis), so a copy of the
database plus the state store signs nobody in, and a client that reconnects with
someone else's client token gets nobody's session. Who is signed in is re-derived
from the session table, cached for a few seconds per token.

Handlers. Every page state derives from ``PageState``; every handler that reads or
writes people's data is a ``@data_event``: it gets the signed-in ``Actor`` as its
first argument (or the browser is sent to sign in), runs its database work off the
event loop (``await self._db(...)``) and has domain errors turned into messages in
the reader's language, whatever arguments the browser sent.

Shared phones. When the account behind a tab changes (sign-out, sign-in as someone
else, an expired session, a reconnect), every page state is reset, so nothing of
one account stays in the page state another one sees.
"""

from __future__ import annotations

import asyncio
import functools
import hashlib
import inspect
import logging
from collections.abc import Callable
from typing import TYPE_CHECKING, Any, ClassVar, TypeVar, overload

import reflex as rx
from reflex.event import EventHandler
from reflex.vars import StringVar
from sqlmodel import Session

from digital_family.access import auth
from digital_family.base import routes
from digital_family.base.db import failure_message_key
from digital_family.base.i18n import CATALOGUES, DEFAULT_LANGUAGE, CatalogueError, t
from digital_family.base.permissions import Actor, PermissionDenied
from digital_family.base.validation import ValidationError
from digital_family.households.edits import StaleVersionError
from digital_family.records import security_alerts
from digital_family.web.offloop import run_in_session
from digital_family.web.signed_in import actors, live_tokens, resolve

log = logging.getLogger(__name__)
R = TypeVar("R")

def _owner_digest(token: str) -> str:
    """Which account page data belongs to, without keeping the token (not a credential)."""
    return hashlib.sha256(b"page-owner\0" + token.encode()).hexdigest() if token else ""


class SessionState(rx.State):
    """Token, language and the signed-in person's name and role (display only)."""

    token: str = rx.LocalStorage("", name="gds_token", sync=True)
    lang: str = rx.LocalStorage(DEFAULT_LANGUAGE, name="gds_lang")
    user_name: str = ""
    user_role: str = ""
    # The account (as _owner_digest of its token) whose data the page states hold.
    _owner: str = ""

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

    # The raw token never leaves this process's memory

    def __getstate__(self):
        fields = dict(super().__getstate__())
        if "token" in fields:
            fields["token"] = ""
        return fields

    def __setattr__(self, name: str, value: Any) -> None:
        if name == "token" and not isinstance(value, str):
            value = ""  # a client sent a list or an object as its token: nobody, no crash
        super().__setattr__(name, value)
        # Reflex sets browser-storage vars here at every (re)connect and when another
        # tab changes them. (A page state's ``self.token = …`` would bypass this hook:
        # pages call _switch_account instead.)
        if name == "token" and type(self) is SessionState:
            self._token_changed(value)

    def _token_changed(self, token: str) -> None:
        """Bind the token to this socket, and forget the pages' data: whoever the tab
        now is, its pages load afresh (the header follows at the next actor check)."""
        session = self.router.session
        if not session.client_token:
            return  # the state is being built, not used by a client
        if token and live_tokens.get(session.client_token, session.session_id) == token:
            # the same token on the same socket: Reflex sends browser storage again at
            # every page navigation; the account and the connection are unchanged
            return
        live_tokens.bind(session.client_token, session.session_id, token)
        for substate in self.substates.values():
            substate.reset()

    def _session_state(self) -> SessionState:
        state = self
        while type(state) is not SessionState:
            parent = state.parent_state
            if parent is None:
                raise RuntimeError(f"{type(self).__name__} is not below SessionState")
            state = parent
        return state

    async def _switch_account(self, token: str) -> None:
        """Sign this tab in with ``token``, or out with "": every page state of the tab
        is reset, loaded or not, so nothing of the last account stays in any of them."""
        session = self._session_state()
        session.token = token  # binds it to this socket (or drops it); tells the browser
        session._owner = _owner_digest(token)
        session.user_name = session.user_role = ""
        for page_state in SessionState.get_substates():
            (await session.get_state(page_state)).reset()

    def _raw_token(self) -> str:
        session = self.router.session
        return live_tokens.get(session.client_token, session.session_id)

    # Who is signed in

    async def _signed_in_actor(self) -> Actor | None:
        """The signed-in account, checked against the session table (cached briefly)."""
        token = self._raw_token()
        if not token:
            if self.user_role or self._owner:
                await self._switch_account("")
            return None
        found = actors.get(token)
        if found is None:
            found = await asyncio.to_thread(resolve, token)
            if found is None:  # ended, expired, or the account was locked
                await self._switch_account("")
                return None
            actors.put(token, found)
        if self._owner != _owner_digest(token):
            # whatever the pages hold was loaded before this account was known here
            await self._switch_account(token)
        if (self.user_name, self.user_role) != (found.name, found.actor.role):
            self.user_name, self.user_role = found.name, found.actor.role
        return found.actor

    def _t(self, key: str, **params) -> str:
        return t(key, self.lang, **params)

    async def _db(self, work: Callable[[Session], R], *, slow: bool = False) -> R:
        """Run ``work(session)`` in a committed session, off the event loop.

        ``slow`` work (password hashing, imports, exports, reports) runs in a small
        pool of its own, so it never holds up the quick reads and writes of others.
        """
        return await run_in_session(work, slow=slow)

    @rx.event
    async def refresh_user(self):
        """Load who is signed in (for headers on any page)."""
        await self._signed_in_actor()

    @rx.event
    async def sign_out(self):
        token = self._raw_token()
        if token:
            actors.drop(token)
            await self._db(lambda session: auth.sign_out(session, token))
        await self._switch_account("")
        return rx.redirect(routes.SIGN_IN)


class PageState(rx.State, mixin=True):
    """What every page state has: whether it is loaded or refused, and its messages.

    ``DENIED_KEY`` names the refusal this page shows (e.g. "this page is for ward staff").
    """

    DENIED_KEY: ClassVar[str] = "household.denied"

    loaded: bool = False
    denied: bool = False
    denied_message: str = ""
    notice: str = ""  # the outcome of the last action
    notice_tone: str = "green"  # green, amber or red
    errors: rx.Field[dict[str, str]] = rx.field(default_factory=dict)  # field → message

    if TYPE_CHECKING:  # every page state is a PageState and a SessionState (see the pages)
        lang: str

        def _t(self, key: str, **params: Any) -> str: ...

        async def _db(self, work: Callable[[Session], R], *, slow: bool = False) -> R: ...

        async def _signed_in_actor(self) -> Actor | None: ...

    def _say(self, message: str, tone: str = "green") -> None:
        self.notice, self.notice_tone = message, tone

    def _refuse_page(self, message: str = "") -> None:
        """Show the page's refusal and nothing of what it held."""
        self.reset()
        self.loaded, self.denied = True, True
        self.denied_message = message or self._t(self.DENIED_KEY)

    def _page_ready(self) -> None:
        self.loaded, self.denied, self.denied_message = True, False, ""

    async def _on_stale(self, actor: Actor | None) -> None:
        """A write was refused as stale: pages with versions reload here."""

    def _message(self, exc: Exception, fallback_key: str) -> str:
        """What ``exc`` says, in the reader's language (domain errors carry a catalogue
        key); ``fallback_key`` for any other exception, whose text is not for people."""
        if isinstance(exc, CatalogueError):
            return exc.text(self.lang)
        return self._t(fallback_key)


# Page states that hold a page's data, by client token (this process's tabs), so that a
# closed tab lets go of it (``free_on_disconnect``).
_holding: dict[str, set[type[PageState]]] = {}


def hold_until_left(page: PageState) -> None:
    """``page`` (loaded) holds data its tab's socket closing should free."""
    token = page.router.session.client_token
    if token:
        _holding.setdefault(token, set()).add(type(page))


def let_go(page: PageState) -> None:
    """``page`` forgets everything (the browser left it, or its tab is gone)."""
    page.reset()
    token = page.router.session.client_token
    held = _holding.get(token)
    if held is not None:
        held.discard(type(page))
        if not held:
            del _holding[token]


async def _free(namespace, token: str, disconnected: asyncio.Task | None) -> None:
    """The tab ``token``'s socket closed: unless it has connected again (a reload, a
    lost connection back), reset the page states it loaded. A tab that comes back
    later reloads its page (every connect runs the page's on_load)."""
    if disconnected is not None:
        await asyncio.wait([disconnected])  # Reflex's own unlinking of the token first
    classes = _holding.get(token, set())
    for cls in sorted(classes, key=lambda c: c.get_full_name()):
        async with namespace.app.modify_state(rx.BaseStateToken(ident=token, cls=cls)) as root:
            if await namespace._token_manager.is_token_connected(token):
                return  # the tab is back (its on_load runs, or has run, again)
            let_go(await root.get_state(cls))
            root._clean()  # no tab to send the change to


def free_on_disconnect() -> None:
    """When a tab's websocket closes, its page states let go of what they hold.

    Reflex 0.10.1 keeps a tab's state until it expires (an hour) and has no setting or
    hook for a closed socket, so this wraps its event namespace's ``on_disconnect``
    (idempotent). Pages that hold data call ``hold_until_left`` when loaded and
    ``let_go`` when the browser leaves them (``on_unmount``).
    """
    from reflex.app import EventNamespace

    if getattr(EventNamespace.on_disconnect, "frees_pages", False):
        return
    on_disconnect = EventNamespace.on_disconnect

    def freeing_on_disconnect(self, sid):
        token = self.sid_to_token.get(sid)
        disconnected = on_disconnect(self, sid)
        if token and token in _holding:
            task = asyncio.create_task(_free(self, token, disconnected))
            task.add_done_callback(
                lambda t: t.cancelled() or t.exception() is None
                or log.warning("freeing a closed tab's pages: %r", t.exception())
            )
        return disconnected

    freeing_on_disconnect.frees_pages = True
    EventNamespace.on_disconnect = freeing_on_disconnect


def _mark(handler: Callable, name: str, value: object = True) -> None:
    """Set an attribute on a handler function (the tests and Reflex read them)."""
    setattr(handler, name, value)


def ui_event(fn: Callable) -> Any:
    """A handler that only changes what the page shows (no data is read or written);
    arguments of the wrong shape change nothing."""

    @functools.wraps(fn)
    def handler(self, *args, **kwargs):
        try:
            return fn(self, *args, **kwargs)
        except (TypeError, ValueError, KeyError) as exc:
            log.warning("%s: refused malformed input: %r", fn.__qualname__, exc)
            return None

    _mark(handler, "is_ui_event")
    return rx.event(handler)


def upload_event(fn: Callable) -> Any:
    """An upload's handler. An upload is an HTTP request that may reach any worker, where
    the tab's sign-in is not known: the handler sees no account and only keeps the file
    (``uploads.keep``) for the ``data_event`` it returns, which the tab sends over its own
    socket and which checks who is signed in. (The size limit is enforced before.)

    Reflex runs an event a handler returns on the worker that ran the handler, so the
    returned event goes to the tab as a script's callback, and the tab sends it."""

    @functools.wraps(fn)
    async def handler(self, *args, **kwargs):
        follow_up = await fn(self, *args, **kwargs)
        if follow_up is None:
            return None
        if isinstance(follow_up, EventHandler):
            follow_up = follow_up()
        return rx.call_script("0", callback=lambda _result: follow_up)

    _mark(handler, "is_upload_event")
    return rx.event(handler)


@overload
def data_event(fn: Callable[..., Any], *, load: bool = False, public: bool = False) -> Any: ...


@overload
def data_event(
    fn: None = None, *, load: bool = False, public: bool = False
) -> Callable[[Callable[..., Any]], Any]: ...


def data_event(fn: Callable | None = None, *, load: bool = False, public: bool = False) -> Any:
    """Make ``fn(self, actor, ...)`` a page handler that is safe whatever the browser sends.

    The handler runs only for a signed-in account (otherwise the browser goes to the
    sign-in page and the tab's page data is forgotten) and gets its ``Actor``; the
    browser calls it without that argument. Domain refusals and bad input become a
    message on the page (``notice``/``errors``; for a ``load`` handler, the page's
    refusal with nothing of its data left); a database that cannot be reached is
    said plainly. Nothing the handler raised reaches the browser as a crash.
    A ``public`` handler (public aggregates) runs signed out too, with ``actor`` None.
    """

    def wrap(fn: Callable) -> Any:
        signature = inspect.signature(fn)
        params = list(signature.parameters.values())
        if len(params) < 2 or params[1].name != "actor":
            raise TypeError(f"{fn.__qualname__}: a data_event takes (self, actor, ...)")

        @functools.wraps(fn)
        async def handler(self: PageState, *args, **kwargs):
            actor = None
            try:
                # inside the try: a database that cannot be reached is said here too
                actor = await self._signed_in_actor()
                if actor is None and not public:
                    return rx.redirect(routes.SIGN_IN)
                if not load and self.errors:
                    self.errors = {}  # (assigned only if not empty: a var assigned is sent)
                result = fn(self, actor, *args, **kwargs)
                if inspect.isawaitable(result):
                    result = await result
            except Exception as exc:
                return await _refusal(self, actor, exc, load=load, name=fn.__qualname__)
            return result

        # The browser sees the handler's own arguments, without the actor.
        _mark(handler, "__signature__", signature.replace(parameters=[params[0], *params[2:]]))
        _mark(handler, "is_data_event")
        return rx.event(handler)

    return wrap(fn) if fn is not None else wrap


async def _note_refusal(state: PageState, actor: Actor) -> None:
    """Count a refused request (repeated refusals are flagged to admins); counting never
    stands in the way of the refusal itself."""
    try:
        await state._db(lambda s: security_alerts.note_refusal(s, actor))
    except Exception as exc:
        log.warning("could not count a refusal: %r", exc)


async def _refusal(state: PageState, actor: Actor | None, exc: Exception, *, load: bool,
                   name: str):
    if actor is not None and type(exc) is PermissionDenied:  # not e.g. ConsentRequired
        await _note_refusal(state, actor)
    if isinstance(exc, PermissionDenied | LookupError) and load:
        # a refusal with its own reason (a household that withdrew its consent) says it;
        # a plain "no right to it" shows the page's refusal
        state._refuse_page(state._message(exc, state.DENIED_KEY)
                           if type(exc) is not PermissionDenied else "")
    elif isinstance(exc, PermissionDenied) and exc.key == PermissionDenied.DEFAULT_KEY:
        state._say(state._t(state.DENIED_KEY), "red")  # names the page, as its refusal does
    elif isinstance(exc, PermissionDenied | LookupError):
        state._say(state._message(exc, state.DENIED_KEY), "red")
    elif isinstance(exc, ValidationError):
        message = state._message(exc, "error.bad_request")
        state.errors = {exc.field: message}
        state._say(message, "red")
    elif isinstance(exc, StaleVersionError):
        await state._on_stale(actor)
        state._say(state._message(exc, "household.stale"), "amber")
    elif isinstance(exc, CatalogueError):  # any other refusal people can read
        state._say(state._message(exc, "error.bad_request"), "red")
    elif (database_key := failure_message_key(exc)) is not None:  # down, full, read-only
        log.warning("%s: database unavailable: %s", name, exc)
        if load:
            state.loaded = True
        state._say(state._t(database_key), "red")
    elif isinstance(exc, TypeError | ValueError | KeyError):
        # a hand-made event with arguments of the wrong shape
        log.warning("%s: refused malformed input: %r", name, exc)
        if load:
            state._refuse_page()
        else:
            state._say(state._t("error.bad_request"), "red")
    else:
        raise exc
    return None


_HOMES = {
    "resident": routes.MY_HOUSEHOLD,
    "group_leader": routes.LEADER_HOME,
    "ambassador": routes.AMBASSADOR,
    "ward_staff": routes.WARD,
    "admin": routes.WARD,
    "city_staff": routes.CITY,
    "city_admin": routes.CITY,
}


def home_for(actor: Actor) -> str:
    """Where an account lands after signing in."""
    return _HOMES.get(actor.role, routes.OVERVIEW)


def T(key: str) -> StringVar:
    """A text of the chosen language, for use in components."""
    return SessionState.tr[key]
