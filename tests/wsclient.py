"""A stand-in for a browser tab that speaks Reflex's websocket protocol directly.

It is what a hostile client (or a load generator) sees: any client token, any
event handler, any arguments. Used by the hostile-client tests and by
``bench/``. The protocol (Socket.IO on ``/_event``): the tab's client token is a
query parameter, the first event (``hydrate_and_load``, carrying the browser's
storage) rides in the CONNECT packet, every later event is
``["event", {name, payload, router_data}]`` and the server answers with
``["event", {"delta": {...}, "events": [...]}]`` messages.
"""

from __future__ import annotations

import asyncio
import time
import uuid
from typing import Any

import socketio

ROOT = "reflex___state____state"


def state_name(state_cls) -> str:
    """The full name Reflex gives a state class on the wire."""
    return state_cls.get_full_name()


def var(name: str) -> str:
    """A var as it is named in deltas."""
    return name + "_rx_state_"


class ReflexClient:
    """One tab: a client token, a socket, and the page state it has been sent."""

    def __init__(self, base_url: str, client_token: str | None = None, keep: bool = False):
        self.base_url = base_url.rstrip("/")
        # with ``keep``, every message as it came (what a test counts and weighs)
        self.received: list[dict] | None = [] if keep else None
        self.client_token = client_token or str(uuid.uuid4())
        self.state: dict[str, dict[str, Any]] = {}  # state name -> var -> value
        self.events: list[dict] = []  # frontend events the server asked for (redirects…)
        self.messages = 0
        self._changed = asyncio.Event()
        self.sio: socketio.AsyncClient | None = None

    def _on_event(self, data: dict) -> None:
        self.messages += 1
        if self.received is not None:
            self.received.append(data)
        for name, values in (data.get("delta") or {}).items():
            self.state.setdefault(name, {}).update(values)
        self.events.extend(data.get("events") or [])
        self._changed.set()

    def _on_new_token(self, token: str) -> None:
        """Reflex took this socket for another tab (its client token is connected
        elsewhere) and gave it a token of its own, as a browser tab keeps it."""
        self.client_token = token

    async def connect(self, path: str = "/", storage: dict[str, str] | None = None) -> None:
        """Open the socket on ``path``, hydrating with browser ``storage`` (state var → value)."""
        self.sio = socketio.AsyncClient(reconnection=False)
        self.sio.on("event", self._on_event, namespace="/_event")
        self.sio.on("new_token", self._on_new_token, namespace="/_event")
        payload: dict[str, Any] = {}
        if storage:
            payload["vars"] = storage
        auth = {"event": {"name": f"{ROOT}.hydrate_and_load", "payload": payload,
                          "router_data": {"pathname": path, "asPath": path}}}
        await self.sio.connect(f"{self.base_url}?token={self.client_token}",
                               socketio_path="_event", transports=["websocket"],
                               namespaces=["/_event"], auth=auth, wait_timeout=30)

    async def disconnect(self) -> None:
        if self.sio is not None:
            await self.sio.disconnect()
            self.sio = None

    async def send(self, handler: str, path: str = "/", query: dict | None = None,
                   **payload) -> None:
        """Send one event (``handler`` is "<state full name>.<handler name>").

        ``query`` carries the URL's query and the route's parameters (``{"ho_id": "6"}``).
        """
        assert self.sio is not None, "connect first"
        router_data: dict[str, Any] = {"pathname": path, "asPath": path}
        if query:
            router_data["query"] = query
        await self.sio.emit("event", {"name": handler, "payload": payload,
                                      "router_data": router_data}, namespace="/_event")

    def get(self, state: str, name: str, default=None):
        return self.state.get(state, {}).get(var(name), default)

    async def wait_for(self, check, timeout: float = 15.0) -> None:
        """Wait until ``check(self)`` is true (after messages from the server)."""
        deadline = time.monotonic() + timeout
        while not check(self):
            remaining = deadline - time.monotonic()
            if remaining <= 0:
                raise TimeoutError("the server did not answer as expected")
            self._changed.clear()
            try:
                await asyncio.wait_for(self._changed.wait(), remaining)
            except TimeoutError:
                continue

    async def settle(self, quiet: float = 0.5, timeout: float = 15.0) -> None:
        """Wait until the server has said nothing for ``quiet`` seconds."""
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            seen = self.messages
            await asyncio.sleep(quiet)
            if self.messages == seen:
                return
        raise TimeoutError("the server kept talking")
