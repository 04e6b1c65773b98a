"""Database and CPU work for page handlers, run off the event loop.

Quick reads and writes go to asyncio's default thread pool. Slow work (password
hashing, imports, exports, reports) gets a small pool of its own, so a flood of
sign-in attempts or a big export can never take every thread the quick work of
other people needs.
"""

from __future__ import annotations

import asyncio
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from typing import TypeVar

from sqlmodel import Session

from digital_family.base.db import session_scope

R = TypeVar("R")
SLOW_WORKERS = 2
_slow_pool = ThreadPoolExecutor(max_workers=SLOW_WORKERS, thread_name_prefix="slow-work")


def _in_session(work: Callable[[Session], R]) -> R:
    with session_scope() as session:
        return work(session)


async def run_in_session(work: Callable[[Session], R], *, slow: bool = False) -> R:
    """``work(session)`` in a session that commits on success, in a worker thread."""
    if slow:
        return await asyncio.get_running_loop().run_in_executor(_slow_pool, _in_session, work)
    return await asyncio.to_thread(_in_session, work)
