"""The household's own history, as the family reads it on its page: every change,
who among staff and leaders opened it, its downloads and its consent, in plain words
(``audit.who``, ``audit.describe``), checked like any read of the household."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from sqlmodel import Session, col

from digital_family.base.db import core_rows
from digital_family.base.models import AuditEntry
from digital_family.base.permissions import Action, Actor
from digital_family.households.access import household_target
from digital_family.records import audit


@dataclass(frozen=True)
class HistoryItem:
    id: int
    at: datetime
    who: str  # "Tổ trưởng Trần Văn Hùng", "Gia đình", "Nhập từ sổ nhân khẩu"
    what: str  # "bà Lan: có VNeID mức 2"


FAMILY_ACTIONS = (*audit.CHANGES, audit.HOUSEHOLD_READ, audit.EXPORT, audit.CONSENT_GIVE,
                  audit.CONSENT_WITHDRAW, audit.VISIT, audit.VISIT_REMOVE, *audit.LEARNING)


def household_history(
    session: Session,
    actor: Actor | None,
    household_id: object,
    *,
    lang: str,
    limit: object = 30,
    offset: object = 0,
) -> tuple[HistoryItem, ...]:
    """The household's own history, newest first, in ``lang`` (Action.READ_HOUSEHOLD):
    every change, who opened it among staff and leaders, its downloads and consent;
    at most ``limit``, skipping the ``offset`` newest."""
    target = household_target(session, actor, household_id, Action.READ_HOUSEHOLD)
    query = audit.entries_query(audit.Filters(actions=FAMILY_ACTIONS)).where(
        col(AuditEntry.household_id) == target.household_id)
    limit = limit if isinstance(limit, int) and not isinstance(limit, bool) else 30
    offset = offset if isinstance(offset, int) and not isinstance(offset, bool) else 0
    rows = core_rows(session, query.order_by(col(AuditEntry.at).desc(), col(AuditEntry.id).desc())
                     .limit(min(max(limit, 1), audit.MAX_LIMIT)).offset(max(offset, 0)))
    items: list[HistoryItem] = []
    for row in rows:
        entry = audit.entry_from_row(row)
        items.append(HistoryItem(entry.id, entry.at, audit.who(entry, lang),
                                 audit.describe(entry, lang)))
    return tuple(items)
