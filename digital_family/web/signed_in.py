"""Who is signed in, as this process knows it: tokens bound to live sockets, and a
short cache of the accounts behind them.

Both live in memory only. ``live_tokens`` holds a tab's raw session token for the
socket that delivered it (a reconnect delivers it again); the page states persist
nothing that signs anyone in. ``actors`` saves re-reading the session and account
tables at every tap: an entry lives ``ACTOR_CACHE_SECONDS``, is dropped at once on
sign-out and by ``forget_all`` when this process changes roles, locks accounts or
resets passwords; other workers see such a change within ``ACTOR_CACHE_SECONDS``.
"""

from __future__ import annotations

import threading
import time
from collections import OrderedDict
from dataclasses import dataclass

from digital_family.access import auth
from digital_family.base.db import session_scope
from digital_family.base.permissions import Actor

ACTOR_CACHE_SECONDS = 5.0
MAX_ENTRIES = 100_000  # tabs per process; the oldest are forgotten first


@dataclass(frozen=True)
class SignedIn:
    actor: Actor
    name: str


class _Bounded:
    """An LRU dict guarded by a lock (handlers' threads and the loop both use it)."""

    def __init__(self, max_entries: int = MAX_ENTRIES):
        self._items: OrderedDict = OrderedDict()
        self._lock = threading.Lock()
        self._max = max_entries

    def _get(self, key):
        with self._lock:
            value = self._items.get(key)
            if value is not None:
                self._items.move_to_end(key)
            return value

    def _put(self, key, value) -> None:
        with self._lock:
            self._items[key] = value
            self._items.move_to_end(key)
            while len(self._items) > self._max:
                self._items.popitem(last=False)

    def _pop(self, key) -> None:
        with self._lock:
            self._items.pop(key, None)

    def clear(self) -> None:
        with self._lock:
            self._items.clear()

    def __len__(self) -> int:
        return len(self._items)


class LiveTokens(_Bounded):
    """client token → (socket id, raw session token)."""

    def bind(self, client_token: str, socket_id: str, token: str) -> None:
        if token:
            self._put(client_token, (socket_id, token))
        else:
            self._pop(client_token)

    def get(self, client_token: str, socket_id: str) -> str:
        """The tab's token, only for the socket that delivered it."""
        found = self._get(client_token)
        return found[1] if found is not None and found[0] == socket_id else ""

    def drop(self, client_token: str) -> None:
        self._pop(client_token)


class ActorCache(_Bounded):
    """raw token → (expiry, SignedIn)."""

    def get(self, token: str) -> SignedIn | None:
        found = self._get(token)
        if found is None or found[0] < time.monotonic():
            return None
        return found[1]

    def put(self, token: str, signed_in: SignedIn) -> None:
        self._put(token, (time.monotonic() + ACTOR_CACHE_SECONDS, signed_in))

    def drop(self, token: str) -> None:
        self._pop(token)

    def drop_account(self, user_id: int, keep: str = "") -> None:
        """Re-check every session of an account at its next event (but ``keep``'s)."""
        with self._lock:
            for token in [t for t, (_, found) in self._items.items()
                          if found.actor.user_id == user_id and t != keep]:
                del self._items[token]


live_tokens = LiveTokens()
actors = ActorCache()


def forget_all() -> None:
    """After a role change, a lock or a password reset: re-check every account."""
    actors.clear()


def resolve(token: str) -> SignedIn | None:
    """The account a token signs in now, read from the database (blocking)."""
    with session_scope() as session:
        actor = auth.resolve_session(session, token)
        if actor is None:
            return None
        return SignedIn(actor, auth.current_user_summary(session, actor).full_name)
