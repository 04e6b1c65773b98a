"""Who is signed in, as this process knows it: tokens bound to live sockets, and a
short cache of the accounts behind them.

Both live in memory only. ``live_tokens`` holds a tab's raw session token for the
socket that delivered it (a reconnect delivers it again); the page states persist
nothing that signs anyone in. ``actors`` saves re-reading the session and account
tables at every tap: an entry lives ``ACTOR_CACHE_SECONDS`` and is dropped at once on
sign-out, when an account's other sessions end, and by ``forget_all`` when roles
change, accounts are locked or passwords reset.

With Redis (the scaled set-ups: several workers, several servers) each of those drops
is also published on the Redis channel ``CHANNEL``, and every worker of every server
listens (``Invalidations``): they all forget the same entries at once, not only this
process. A listener that loses Redis forgets its whole cache when it is back (it may
have missed a message); until then, and without Redis, the other processes see a
change within ``ACTOR_CACHE_SECONDS``. The messages carry account ids and digests of
tokens, never a token.
"""

from __future__ import annotations

import hashlib
import json
import logging
import os
import queue
import threading
import time
import uuid
from collections import OrderedDict
from dataclasses import dataclass
from typing import Any

from digital_family.access import auth
from digital_family.base import settings
from digital_family.base.db import session_scope
from digital_family.base.permissions import Actor

log = logging.getLogger(__name__)

# ACTOR_CACHE_SECONDS in the environment changes it (the two-server browser test sets it
# long, so that only the published drops can explain a refusal).
ACTOR_CACHE_SECONDS = float(os.environ.get("ACTOR_CACHE_SECONDS") or 5.0)
MAX_ENTRIES = 100_000  # tabs per process; the oldest are forgotten first
CHANNEL = "gds:signed-in:forget"


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


def token_digest(token: str) -> str:
    """What the cache is keyed by, and what a published drop names (not the token)."""
    return hashlib.sha256(b"actor-cache\0" + token.encode()).hexdigest()


class ActorCache(_Bounded):
    """digest of a raw token → (expiry, SignedIn).

    ``drop``, ``drop_account`` and ``forget`` act here and are published to the other
    processes (``invalidations``); the ``*_here`` methods are what a published drop
    does on arrival."""

    def get(self, token: str) -> SignedIn | None:
        found = self._get(token_digest(token))
        if found is None or found[0] < time.monotonic():
            return None
        return found[1]

    def put(self, token: str, signed_in: SignedIn) -> None:
        invalidations.listen(self)
        self._put(token_digest(token), (time.monotonic() + ACTOR_CACHE_SECONDS, signed_in))

    def drop(self, token: str) -> None:
        digest = token_digest(token)
        self._pop(digest)
        invalidations.publish({"token": digest})

    def drop_account(self, user_id: int, keep: str = "") -> None:
        """Re-check every session of an account at its next event (but ``keep``'s)."""
        keep_digest = token_digest(keep) if keep else ""
        self.drop_account_here(user_id, keep_digest)
        invalidations.publish({"account": user_id, "keep": keep_digest})

    def forget(self) -> None:
        """Re-check every account at its next event, in every process."""
        self.clear()
        invalidations.publish({"all": True})

    def drop_account_here(self, user_id: int, keep_digest: str = "") -> None:
        with self._lock:
            for digest in [d for d, (_, found) in self._items.items()
                           if found.actor.user_id == user_id and d != keep_digest]:
                del self._items[digest]

    def apply(self, message: dict[str, Any]) -> None:
        """A drop published by another process."""
        if message.get("all"):
            self.clear()
        elif isinstance(message.get("account"), int):
            self.drop_account_here(message["account"], str(message.get("keep") or ""))
        elif isinstance(message.get("token"), str):
            self._pop(message["token"])


class Invalidations:
    """The cache's drops, shared through Redis pub/sub between every process that has
    ``REDIS_URL`` (nothing at all without it).

    Two daemon threads per process, started at first use (so in each granian worker,
    not in the process that forks them): one publishes (handlers never wait for Redis),
    one listens and applies what the others published."""

    def __init__(self, channel: str = CHANNEL) -> None:
        self.channel = channel
        self.origin = uuid.uuid4().hex  # this process: its own messages are skipped
        self._pid = 0
        self._lock = threading.Lock()
        self._outbox: queue.Queue[str] = queue.Queue(maxsize=10_000)
        self.subscribed = threading.Event()

    def _url(self) -> str | None:
        return settings.redis_url()

    @property
    def started(self) -> bool:
        """Whether this process's threads run (never without Redis)."""
        return self._pid == os.getpid()

    def listen(self, cache: ActorCache) -> None:
        """Start this process's threads (once; again in a forked child)."""
        if self._pid == os.getpid() or not self._url():
            return
        with self._lock:
            if self._pid == os.getpid():
                return
            self._pid = os.getpid()
            self.origin = uuid.uuid4().hex
            self.subscribed = threading.Event()
            self._outbox = queue.Queue(maxsize=10_000)
            threading.Thread(target=self._listen, args=(cache,), name="actor-cache-listen",
                             daemon=True).start()
            threading.Thread(target=self._publish, name="actor-cache-publish",
                             daemon=True).start()

    def publish(self, message: dict[str, Any]) -> None:
        if not self._url():
            return
        self.listen(actors)
        try:
            self._outbox.put_nowait(json.dumps({**message, "origin": self.origin}))
        except queue.Full:  # Redis has been away for long: the entries still expire
            log.warning("actor cache: a drop was not published (Redis unreachable)")

    def _client(self, url: str):
        import redis

        return redis.Redis.from_url(url, socket_connect_timeout=3, socket_timeout=10,
                                    health_check_interval=15)

    def _publish(self) -> None:
        client = None
        while True:
            body = self._outbox.get()
            for attempt in range(3):
                try:
                    url = self._url()
                    if url is None:
                        break
                    client = client or self._client(url)
                    client.publish(self.channel, body)
                    break
                except Exception as exc:  # Redis away: the entries still expire
                    client = None
                    if attempt == 2:
                        log.warning("actor cache: a drop was not published (%s); other "
                                    "processes see it within %.0f s", exc, ACTOR_CACHE_SECONDS)
                    time.sleep(0.5)

    def _listen(self, cache: ActorCache) -> None:
        pause = 0.5
        while True:
            url = self._url()
            if url is None:
                return
            try:
                client = self._client(url)
                subscription = client.pubsub(ignore_subscribe_messages=True)
                subscription.subscribe(self.channel)
                subscription.get_message(timeout=5)  # the subscription's confirmation
                # anything published while we were not listening is lost: forget it all
                cache.clear()
                self.subscribed.set()
                pause = 0.5
                while True:
                    message = subscription.get_message(timeout=5)
                    if message is not None and message.get("type") == "message":
                        self._apply(cache, message["data"])
            except Exception as exc:  # Redis restarted or unreachable
                self.subscribed.clear()
                log.warning("actor cache: not listening to Redis (%s); retrying", exc)
                time.sleep(pause)
                pause = min(pause * 2, 5.0)

    def _apply(self, cache: ActorCache, data: bytes | str) -> None:
        try:
            message = json.loads(data)
        except ValueError:
            return
        if isinstance(message, dict) and message.get("origin") != self.origin:
            cache.apply(message)


live_tokens = LiveTokens()
invalidations = Invalidations()
actors = ActorCache()


def forget_all() -> None:
    """After a role change, a lock or a password reset: re-check every account, in
    every worker of every server (with Redis; without, in this process)."""
    actors.forget()


def resolve(token: str) -> SignedIn | None:
    """The account a token signs in now, read from the database (blocking)."""
    with session_scope() as session:
        actor = auth.resolve_session(session, token)
        if actor is None:
            return None
        return SignedIn(actor, auth.current_user_summary(session, actor).full_name)
