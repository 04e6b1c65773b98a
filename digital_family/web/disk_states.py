"""Reflex's disk state manager, scanning its folder once a minute instead of after every write.

With one worker and no Redis, Reflex keeps each tab's page states in files
(``StateManagerDisk``). Its writer task, after each batch of writes, lists the whole
states folder and reads every file's modification time to delete expired ones
(``_purge_expired_states``). Under steady taps the writer runs many times a second, so
with 80 tabs the scan of their hundreds of files took about a fifth of the worker's busy
samples (py-spy, ``make bench-load --profile``). A state expires an hour after its
tab's last event (``redis_token_expiration``), so looking once a minute loses nothing.

Reflex has no setting for this: ``install`` wraps the method.
"""

from __future__ import annotations

import time

from reflex.istate.manager.disk import StateManagerDisk

EVERY_SECONDS = 60.0


def install() -> None:
    """Purge expired state files at most once every ``EVERY_SECONDS`` (idempotent)."""
    purge = StateManagerDisk._purge_expired_states
    if getattr(purge, "throttled", False):
        return
    last: dict[int, float] = {}

    def throttled_purge(self: StateManagerDisk) -> None:
        now = time.monotonic()
        if now - last.get(id(self), float("-inf")) < EVERY_SECONDS:
            return
        last[id(self)] = now
        purge(self)

    throttled_purge.throttled = True  # type: ignore[attr-defined]
    StateManagerDisk._purge_expired_states = throttled_purge  # type: ignore[method-assign]
