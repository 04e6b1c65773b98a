"""Paging in one place: the one rule every list of the app follows.

A list asks for ``page`` and ``page_size`` as a browser sends them (anything at
all): a size outside 1..MAX_PAGE_SIZE, or not a number, falls back to the list's
default or the nearest bound; a page past the end shows the last page. (The admin's
staff list refuses a bad page instead: ``require_page``.)
"""

from __future__ import annotations

import math

from digital_family.base.validation import ValidationError, whole_number

MAX_PAGE_SIZE = 200


def int_or(value: object, default: int) -> int:
    """``value`` as a whole number (``validation.whole_number``: an int, a whole float or
    digits), or ``default`` when it is not one (booleans are not)."""
    number = whole_number(value)
    return default if number is None else number


def page_size(value: object, default: int) -> int:
    """The size of a page: ``value`` within 1..MAX_PAGE_SIZE, ``default`` if not a number."""
    return min(max(int_or(value, default), 1), MAX_PAGE_SIZE)


def page_count(total: int, size: int) -> int:
    """How many pages ``total`` rows fill (at least one, the empty page)."""
    return max(1, math.ceil(total / size))


def page_number(value: object) -> int:
    """The page asked for, before the total is known: ``value`` if at least 1, the
    first if not a number."""
    return max(int_or(value, 1), 1)


def clamp_page(value: object, pages: int) -> int:
    """The page to show: ``value`` within 1..pages, the first if not a number."""
    return min(page_number(value), pages)


def offset(page: int, size: int) -> int:
    """How many rows come before page ``page`` (from 1) of ``size`` rows."""
    return (page - 1) * size


def require_page(page: object, size: object) -> None:
    """For a list whose caller must ask for a real page (the admin's staff list): a
    ValidationError unless ``page`` is an int of at least 1 and ``size`` one within
    1..MAX_PAGE_SIZE (booleans are not)."""
    if isinstance(page, bool) or not isinstance(page, int) or page < 1:
        raise ValidationError("page", "error.page")
    if isinstance(size, bool) or not isinstance(size, int) or not 1 <= size <= MAX_PAGE_SIZE:
        raise ValidationError("page_size", "error.page_size", max=MAX_PAGE_SIZE)
