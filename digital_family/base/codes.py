"""The stored codes of SPEC §2 with their Vietnamese labels.

Codes are what the database and files hold; labels are what people read. The
labels come from the text catalogues (``<kind>.<code>`` keys): one source for both.
"""

from collections.abc import Iterable
from typing import TypeVar

from digital_family.base.i18n import t

K = TypeVar("K", str, int)


def _labels(kind: str, codes: Iterable[K]) -> dict[K, str]:
    """``{code: Vietnamese label}`` from the catalogue's ``<kind>.<code>`` keys."""
    return {code: t(f"{kind}.{code}") for code in codes}


SEXES = ("male", "female", "other")
SEX_LABELS = _labels("sex", SEXES)

OCCUPATIONS = (
    "public_sector",
    "student",
    "enterprise_worker",
    "small_trader",
    "retired",
    "other",
)
OCCUPATION_LABELS = _labels("occupation", OCCUPATIONS)

# The eight basic digital skills, in the order people learn them.
SKILLS = (
    "smartphone_use",
    "info_search",
    "messaging",
    "online_public_services",
    "cashless_payment",
    "vneid_app",
    "online_safety",
    "ecommerce",
)
SKILL_LABELS = _labels("skill", SKILLS)

LEARNING_STATUSES = ("none", "enrolled", "completed")
LEARNING_LABELS = _labels("learning", LEARNING_STATUSES)

VNEID_LEVELS = (0, 1, 2)
VNEID_LABELS = _labels("vneid", VNEID_LEVELS)

# The 4T flags for small traders (Tiểu thương – Thương mại điện tử –
# Thanh toán không tiền mặt – Tiết kiệm số).
TRADER_FLAGS = ("trader_ecommerce", "trader_cashless", "trader_digital_savings")
TRADER_FLAG_LABELS = _labels("trader", TRADER_FLAGS)

ROLES = ("resident", "group_leader", "ambassador", "ward_staff", "admin", "city_staff",
         "city_admin")
CITY_ROLES = ("city_staff", "city_admin")  # accounts of the city, in no ward (SPEC §6)
ROLE_LABELS = _labels("role", ROLES)


def sql_in(column: str, values: tuple[str | int, ...]) -> str:
    """A CHECK constraint body limiting ``column`` to ``values``."""
    listed = ", ".join(repr(v) if isinstance(v, str) else str(v) for v in values)
    return f"{column} IN ({listed})"
