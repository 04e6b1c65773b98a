"""Paging in one place: the one rule every list of the app follows.

A list asks for ``page`` and ``page_size`` as a browser sends them (anything at
all): a size outside 1..MAX_PAGE_SIZE, or not a number, falls back to the list's
default or the nearest bound; a page past the end shows the last page.
"""

from __future__ import annotations

import math

MAX_PAGE_SIZE = 200


def int_or(value, default: int) -> int:
    """``value`` as an int, or ``default`` when it is not one (booleans are not)."""
    if isinstance(value, bool):
        return default
    try:
        return int(value)
    except (TypeError, ValueError, OverflowError):
        return default


def page_size(value, default: int) -> int:
    """The size of a page: ``value`` within 1..MAX_PAGE_SIZE, ``default`` if not a number."""
    return min(max(int_or(value, default), 1), MAX_PAGE_SIZE)


def page_count(total: int, size: int) -> int:
    """How many pages ``total`` rows fill (at least one, the empty page)."""
    return max(1, math.ceil(total / size))


def clamp_page(value, pages: int) -> int:
    """The page to show: ``value`` within 1..pages, the first if not a number."""
    return min(max(int_or(value, 1), 1), pages)
