"""What one browser tab may ask of the server: bounded, so a flood from one client
cannot make everyone else wait.

Reflex queues a tab's events and runs them one after another. A hostile client can
queue thousands (three sockets with ~1,000 sign-in attempts each kept the server busy
for minutes), so each socket gets a token bucket (``RATE`` events a second, bursts of
``BURST`` — a phone that was offline sends its saved changes together) and a tab may
have at most ``MAX_PENDING`` events waiting. What is over the limit is dropped before
it is queued, with a warning in the log. So is what no page sends: data that is not an
event, an event naming no registered handler, and Reflex's built-in ``setvar`` (no page
uses it). Called by hand, the last two only ended in a traceback in the server's log, one
per call.

Reflex has no setting for this: ``install`` wraps its event namespace's ``on_event``.
"""

from __future__ import annotations

import logging
import time
from collections import OrderedDict

from reflex.app import EventNamespace
from reflex_base.registry import RegistrationContext

log = logging.getLogger(__name__)

RATE = 20.0  # events per second a socket may keep sending
BURST = 60  # events a socket may send at once
MAX_PENDING = 60  # events of one tab waiting to run
_MAX_SOCKETS = 100_000
_WARN_EVERY = 60.0  # seconds between warnings about the same socket


class _Buckets:
    """socket id → (tokens left, last refill, last warning); the oldest forgotten first."""

    def __init__(self):
        self._items: OrderedDict[str, list[float]] = OrderedDict()

    def take(self, sid: str, now: float) -> bool:
        bucket = self._items.get(sid)
        if bucket is None:
            bucket = self._items[sid] = [float(BURST), now, 0.0]
            while len(self._items) > _MAX_SOCKETS:
                self._items.popitem(last=False)
        bucket[0] = min(float(BURST), bucket[0] + (now - bucket[1]) * RATE)
        bucket[1] = now
        if bucket[0] < 1.0:
            return False
        bucket[0] -= 1.0
        return True

    def should_warn(self, sid: str, now: float) -> bool:
        bucket = self._items.get(sid)
        if bucket is None or now - bucket[2] < _WARN_EVERY:
            return False
        bucket[2] = now
        return True

    def forget(self, sid: str) -> None:
        self._items.pop(sid, None)


buckets = _Buckets()


def pending(namespace: EventNamespace, token: str | None) -> int:
    """Events of the tab ``token`` queued and not finished."""
    processor = namespace.app._event_processor
    queue = getattr(processor, "_token_queues", {}).get(token) if processor else None
    return len(queue) if queue else 0


def unwanted(data: object) -> str | None:
    """Why an event no page sends is dropped, or None for one a page may send."""
    if not isinstance(data, dict):
        return "data that is not an event"
    name = data.get("name")
    if not isinstance(name, str):
        return "an event without a name"
    if name.rpartition(".")[2] == "setvar":
        return "Reflex's setvar, which no page sends"
    handlers = _registered_handlers()
    if handlers is not None and name not in handlers:
        return "an event naming no handler"
    return None


def _registered_handlers() -> dict | None:
    """Reflex's registered event handlers by full name (None if not known here)."""
    try:
        return RegistrationContext.get().event_handlers
    except LookupError:
        return None


def allowed(namespace: EventNamespace, sid: str, data: object) -> bool:
    now = time.monotonic()
    if not buckets.take(sid, now):
        reason = f"more than {RATE} events a second"
    elif (refused := unwanted(data)) is not None:
        reason = refused
    elif pending(namespace, namespace.sid_to_token.get(sid)) >= MAX_PENDING:
        reason = f"{MAX_PENDING} events already waiting"
    else:
        return True
    if buckets.should_warn(sid, now):
        ip = (namespace._static_router_data.get(sid) or {}).get("ip") or "?"
        log.warning("dropping events from socket %s (%s): %s", sid, ip, reason)
    return False


def install() -> None:
    """Bound every socket's events (idempotent)."""
    if getattr(EventNamespace.on_event, "bounded", False):
        return
    on_event, on_disconnect = EventNamespace.on_event, EventNamespace.on_disconnect

    async def bounded_on_event(self, sid, data):
        if allowed(self, sid, data):
            await on_event(self, sid, data)

    def forgetting_on_disconnect(self, sid):
        buckets.forget(sid)
        return on_disconnect(self, sid)

    bounded_on_event.bounded = True
    EventNamespace.on_event = bounded_on_event
    EventNamespace.on_disconnect = forgetting_on_disconnect
