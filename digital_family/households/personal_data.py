"""A family's rights over its data: take it (``export_household``) and have it erased
(``erase_household``, ``erase_member``) — issue 13 point 3, SPEC §4 and §5.

Export: everything held about one household as one JSON-ready dict — the household,
its members and their statuses, its change history (raw and in plain words), its
help requests with their notes, its consent records and its account with the
account's sessions and invitations, never a password hash, a token or a code hash.
Every export is logged (``audit.EXPORT``, key "household").

Erasure is deletion, not hiding: the household's rows and everything hanging from
them (members, help requests and their notes, invitations, the account and its
sessions, sign-in throttles of its phones) are deleted, through ``member_writes`` so
the members leave every group tally in the same transaction (past daily snapshots
are totals and stay). The audit log keeps that an erasure happened, who did it and
when, and loses every value it held about the erased people (``audit.blank_erased``):
names, birth years, addresses, phones, notes. The household's code stays on the
erasure's entry: it names no one.

Who may: a household's export, whoever may read it (the family, its group's leader,
ward staff); erasing a whole household, ward staff, the admin and the family itself;
erasing one member, also the group's leader (who may already remove members).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import Any

import sqlalchemy as sa
from sqlalchemy.orm import aliased
from sqlmodel import Session, SQLModel, col, select

from digital_family.base import clock
from digital_family.base.db import Condition, core_rows
from digital_family.base.models import (
    SKILL_COLUMNS,
    AppliedChange,
    AuditEntry,
    AuthSession,
    HelpRequest,
    HelpRequestChange,
    HelpRequestNote,
    Household,
    HouseholdConsent,
    Invitation,
    Member,
    ResidentialGroup,
    SignInThrottle,
    UserAccount,
    id_column,
    id_of,
)
from digital_family.base.permissions import Action, Actor, can, require
from digital_family.base.validation import ValidationError, validate_household_code
from digital_family.base.wards import ward_of
from digital_family.households import member_writes
from digital_family.households.access import (
    HouseholdNotFound,
    HouseholdTarget,
    as_id,
    household_target,
    member_target,
)
from digital_family.records import audit, security_alerts

EXPORT_FORMAT = "gia-dinh-so/household-data"
EXPORT_VERSION = 1

# Columns never exported, whatever table they are in.
_SECRET_COLUMNS = frozenset({"password_hash", "token_hash", "code_hash", "token", "secret"})
# Tables the export says in its own words; any other table with a household_id column
# (consent records, …) is exported as its rows, under "other".
_KNOWN = frozenset({
    "household", "member", "help_request", "help_request_note", "help_request_change",
    "user_account", "auth_session", "invitation", "applied_change", "audit_log",
})


def _moment(value: datetime | None) -> str | None:
    return None if value is None else clock.utc(value).isoformat(timespec="seconds")


def _plain(value: object) -> object:
    if isinstance(value, datetime):
        return _moment(value)
    return value


# Export


def _member(row: Member) -> dict[str, object]:
    return {
        "id": row.id,
        "full_name": row.full_name,
        "birth_year": row.birth_year,
        "sex": row.sex,
        "occupation": row.occupation,
        "has_smartphone": bool(row.has_smartphone),
        "has_epayment": bool(row.has_epayment),
        "vneid_level": row.vneid_level,
        "skills": [code for code, col in SKILL_COLUMNS.items() if getattr(row, col)],
        "learning_status": row.learning_status,
        "trader_ecommerce": bool(row.trader_ecommerce),
        "trader_cashless": bool(row.trader_cashless),
        "trader_digital_savings": bool(row.trader_digital_savings),
        "created_at": _moment(row.created_at),
        "updated_at": _moment(row.updated_at),
    }


def _help_requests(session: Session, household_id: int) -> list[dict[str, object]]:
    requests = session.exec(
        select(HelpRequest).where(col(HelpRequest.household_id) == household_id)
        .order_by(col(HelpRequest.created_at), col(HelpRequest.id))
    ).all()
    ids = [r.id for r in requests] or [0]
    author = aliased(UserAccount)
    notes: dict[int, list[dict[str, object]]] = {}
    for request_id, text, at, role, name in core_rows(
        session,
        sa.select(
            col(HelpRequestNote.request_id),
            col(HelpRequestNote.text),
            col(HelpRequestNote.created_at),
            col(author.role),
            col(author.full_name),
        )
        .outerjoin(author, col(author.id) == col(HelpRequestNote.author_id))
        .where(col(HelpRequestNote.request_id).in_(ids))
        .order_by(col(HelpRequestNote.created_at), col(HelpRequestNote.id))
    ):
        notes.setdefault(request_id, []).append(
            {"at": _moment(at), "author_role": role, "author": name, "text": text})
    changes: dict[int, list[dict[str, object]]] = {}
    for change in session.exec(
        select(HelpRequestChange).where(col(HelpRequestChange.request_id).in_(ids))
        .order_by(col(HelpRequestChange.at), col(HelpRequestChange.id))
    ):
        changes.setdefault(change.request_id, []).append({
            "at": _moment(change.at), "member_id": change.member_id, "field": change.field,
            "old": change.old_value, "new": change.new_value})
    return [{
        "id": r.id, "member_id": r.member_id, "topic": r.topic, "note": r.note,
        "preferred_time": r.preferred_time, "status": r.status, "outcome": r.outcome,
        "created_at": _moment(r.created_at), "claimed_at": _moment(r.claimed_at),
        "resolved_at": _moment(r.resolved_at), "notes": notes.get(id_of(r), []),
        "changes": changes.get(id_of(r), []),
    } for r in requests]


def _accounts(session: Session, household_id: int) -> list[dict[str, object]]:
    accounts = session.exec(
        select(UserAccount).where(col(UserAccount.household_id) == household_id)
        .order_by(col(UserAccount.id))
    ).all()
    found: list[dict[str, object]] = []
    for account in accounts:
        sessions = session.exec(
            select(
                col(AuthSession.created_at),
                col(AuthSession.last_seen_at),
                col(AuthSession.expires_at),
                col(AuthSession.ended_at),
            )
            .where(col(AuthSession.user_id) == account.id)
            .order_by(col(AuthSession.created_at))
        ).all()
        found.append({
            "phone": account.phone, "full_name": account.full_name, "role": account.role,
            "is_active": bool(account.is_active), "created_at": _moment(account.created_at),
            "last_login_at": _moment(account.last_login_at),
            "sessions": [{"created_at": _moment(a), "last_seen_at": _moment(b),
                          "expires_at": _moment(c), "ended_at": _moment(d)}
                         for a, b, c, d in sessions],
        })
    return found


def _invitations(session: Session, household_id: int) -> list[dict[str, object]]:
    rows = core_rows(
        session,
        sa.select(col(Invitation.purpose), col(Invitation.created_at), col(Invitation.expires_at),
                  col(Invitation.used_at), col(Invitation.revoked_at))
        .where(col(Invitation.household_id) == household_id).order_by(col(Invitation.created_at))
    ).all()
    return [{"purpose": p, "created_at": _moment(a), "expires_at": _moment(b),
             "used_at": _moment(c), "revoked_at": _moment(d)} for p, a, b, c, d in rows]


def _history(session: Session, household_id: int, lang: str) -> list[dict[str, object]]:
    query = audit.entries_query(audit.Filters()).where(col(AuditEntry.household_id) == household_id)
    found: list[dict[str, object]] = []
    for row in core_rows(session, query.order_by(col(AuditEntry.at), col(AuditEntry.id))):
        entry = audit.Entry(*row)
        found.append({**entry.to_dict(), "who": audit.who(entry, lang),
                      "said": audit.describe(entry, lang)})
    return found


def other_household_tables() -> list[sa.Table]:
    """Tables holding rows of a household that the export does not know by name
    (consent records, …): every table with a ``household_id`` column."""
    return [
        table for table in SQLModel.metadata.sorted_tables
        if table.name not in _KNOWN and "household_id" in table.c
    ]


def _other(session: Session, household_id: int) -> dict[str, list[dict[str, object]]]:
    found: dict[str, list[dict[str, object]]] = {}
    for table in other_household_tables():
        columns = [c for c in table.c if c.name not in _SECRET_COLUMNS]
        rows = core_rows(
            session, sa.select(*columns).where(table.c.household_id == household_id)
        ).all()
        found[table.name] = [
            {c.name: _plain(value) for c, value in zip(columns, row)} for row in rows
        ]
    return found


def export_household(session: Session, actor: Actor | None, household_id: object, *,
                     lang: str = "vi") -> dict[str, Any]:
    """Everything held about the household, as a JSON-ready dict (Action.READ_HOUSEHOLD);
    the export is logged. Raises PermissionDenied / HouseholdNotFound."""
    target = household_target(session, actor, household_id, Action.READ_HOUSEHOLD)
    hid = target.household_id
    household = session.get(Household, hid, populate_existing=True)
    if household is None:  # removed by someone else since household_target looked
        raise HouseholdNotFound()
    group = session.get_one(ResidentialGroup, household.group_id)
    members = session.exec(
        select(Member)
        .where(col(Member.household_id) == hid)
        .order_by(col(Member.birth_year), col(Member.id))
        .execution_options(populate_existing=True)
    ).all()
    audit.record(session, actor, [audit.Change(audit.EXPORT, hid, key="household", field="json")])
    security_alerts.note_export(session, actor, "household", group_id=None)
    other = _other(session, hid)
    return {
        "format": EXPORT_FORMAT,
        "version": EXPORT_VERSION,
        "exported_at": _moment(clock.utc()),
        "household": {
            "code": household.code,
            "group": {"code": group.code, "name": group.name},
            "address": household.address,
            "phone": household.phone,
            "confirmed_at": _moment(household.confirmed_at),
            "created_at": _moment(household.created_at),
            "updated_at": _moment(household.updated_at),
        },
        "members": [_member(m) for m in members],
        "history": _history(session, hid, lang),
        "help_requests": _help_requests(session, hid),
        # The consent records: the table the consent feature keeps them in, when it exists.
        "consent": next((rows for name, rows in other.items() if "consent" in name),
                        list[dict[str, object]]()),
        "accounts": _accounts(session, hid),
        "invitations": _invitations(session, hid),
        "other": {name: rows for name, rows in other.items() if "consent" not in name},
    }


# Erasure


@dataclass(frozen=True)
class Erasure:
    """What an erasure removed (counts only: the values are gone)."""

    household_code: str
    members: int
    accounts: int
    help_requests: int
    audit_entries_blanked: int


@dataclass(frozen=True)
class ErasurePreview:
    """What staff confirm before erasing a household: which one, and how much goes."""

    household_id: int
    code: str
    address: str
    members: int
    accounts: int


def erasure_preview(session: Session, actor: Actor | None, code: object) -> ErasurePreview:
    """The household with ``code``, as staff see it before erasing it (ward staff, admin).
    HouseholdNotFound when no household has it."""
    actor = require(actor, Action.IMPORT_EXPORT)
    try:
        valid = validate_household_code(code)
    except ValidationError:
        raise HouseholdNotFound() from None
    row = session.exec(select(id_column(Household), col(Household.code), col(Household.address))
                       .where(col(Household.ward_id) == ward_of(session, actor),
                              col(Household.code) == valid)).first()
    if row is None:
        raise HouseholdNotFound()
    household_id = row[0]
    members = session.exec(select(sa.func.count()).select_from(Member).where(
        col(Member.household_id) == household_id)).one()
    accounts = session.exec(select(sa.func.count()).select_from(UserAccount).where(
        col(UserAccount.household_id) == household_id)).one()
    return ErasurePreview(household_id, row[1], row[2], members, accounts)


def may_erase_household(actor: Actor | None, household_id: int, group_id: int) -> bool:
    """Ward staff and the admin, or the family itself."""
    if actor is None:
        return False
    if can(actor, Action.IMPORT_EXPORT):  # ward staff, admin
        return True
    return actor.role == "resident" and actor.household_id == household_id


def _require_erase_household(session: Session, actor: Actor | None, household_id: object
                             ) -> HouseholdTarget:
    target = household_target(session, actor, household_id, Action.READ_HOUSEHOLD)
    if not may_erase_household(actor, target.household_id, target.group_id):
        actor = require(actor, Action.IMPORT_EXPORT)  # raises PermissionDenied
    return target


def _null_account_references(session: Session, account_ids: list[int]) -> None:
    """Point every reference to the erased accounts at no one (the foreign keys say
    SET NULL; done here so it holds however the database enforces them)."""
    for table in SQLModel.metadata.sorted_tables:
        if table.name in ("user_account", "auth_session", "user_group"):
            continue
        for column in table.c:
            if column.nullable and any(fk.column.table.name == "user_account"
                                       for fk in column.foreign_keys):
                session.exec(table.update().where(column.in_(account_ids))
                                .values({column.name: None}))


def _delete_help_requests(session: Session, condition: Condition) -> int:
    ids = session.exec(select(col(HelpRequest.id)).where(condition)).all()
    if not ids:
        return 0
    session.exec(sa.delete(HelpRequestNote).where(col(HelpRequestNote.request_id).in_(ids)))
    session.exec(sa.delete(HelpRequestChange).where(col(HelpRequestChange.request_id).in_(ids)))
    session.exec(sa.delete(HelpRequest).where(col(HelpRequest.id).in_(ids)))
    return len(ids)


def erase_household(session: Session, actor: Actor | None, household_id: object) -> Erasure:
    """Erase the household and everyone in it (see the module's docstring); the caller
    commits. Raises PermissionDenied / HouseholdNotFound."""
    target = _require_erase_household(session, actor, household_id)
    hid = target.household_id
    code, phone = session.exec(
        select(col(Household.code), col(Household.phone)).where(col(Household.id) == hid)).one()
    member_ids = session.exec(
        select(id_column(Member)).where(col(Member.household_id) == hid)).all()
    requests = _delete_help_requests(session, col(HelpRequest.household_id) == hid)
    session.exec(sa.delete(HelpRequestChange).where(col(HelpRequestChange.member_id).in_(
        member_ids or [0])))
    session.exec(sa.delete(AppliedChange).where(col(AppliedChange.household_id) == hid))
    session.exec(sa.delete(Invitation).where(col(Invitation.household_id) == hid))
    for table in other_household_tables():  # consent records and whatever comes later
        session.exec(table.delete().where(table.c.household_id == hid))
    accounts = session.exec(select(id_column(UserAccount), col(UserAccount.phone))
                            .where(col(UserAccount.household_id) == hid)).all()
    account_ids = [row[0] for row in accounts]
    phones = sorted({p for p in [phone, *(row[1] for row in accounts)] if p})
    if account_ids:
        session.exec(sa.delete(AuthSession).where(col(AuthSession.user_id).in_(account_ids)))
    if phones:
        session.exec(sa.delete(SignInThrottle).where(col(SignInThrottle.phone).in_(phones)))
    # Recorded (by the actor, who may be this family's account) before the rows go.
    member_writes.remove_household(session, actor, hid, action=audit.HOUSEHOLD_ERASE)
    if account_ids:
        _null_account_references(session, account_ids)
        session.exec(sa.delete(UserAccount).where(col(UserAccount.id).in_(account_ids)))
    blanked = audit.blank_erased(session, household_id=hid, member_ids=member_ids, phones=phones)
    session.flush()
    return Erasure(code, len(member_ids), len(account_ids), requests, blanked)


def erase_member(session: Session, actor: Actor | None, member_id: object) -> Erasure:
    """Erase one member: the row, its help requests and every value the audit held
    about it (Action.EDIT_HOUSEHOLD on its household, or ward staff / admin)."""
    target = member_target(session, actor, member_id, Action.READ_HOUSEHOLD)
    if not (can(actor, Action.EDIT_HOUSEHOLD, target)
            or may_erase_household(actor, target.household_id, target.group_id)):
        actor = require(actor, Action.EDIT_HOUSEHOLD, target)  # raises PermissionDenied
    mid = as_id(member_id)
    assert mid is not None  # member_target found the member
    code = session.exec(
        select(col(Household.code)).where(col(Household.id) == target.household_id)).one()
    name = session.exec(
        select(col(Member.full_name)).where(col(Member.id) == mid)
    ).one()
    requests = _delete_help_requests(session, col(HelpRequest.member_id) == mid)
    session.exec(sa.delete(HelpRequestChange).where(col(HelpRequestChange.member_id) == mid))
    session.exec(sa.delete(AppliedChange).where(col(AppliedChange.member_id) == mid))
    member_writes.remove_member(session, actor, mid, action=audit.MEMBER_ERASE)
    blanked = audit.blank_erased(session, member_ids=[mid])
    # The account, or the household's consent, may bear the member's name (the adult
    # who signed up, or who consented for the household): no longer.
    session.exec(sa.update(UserAccount).where(
        col(UserAccount.household_id) == target.household_id, col(UserAccount.full_name) == name
    ).values(full_name=""))
    session.exec(sa.update(HouseholdConsent).where(
        col(HouseholdConsent.household_id) == target.household_id,
        col(HouseholdConsent.adult_name) == name,
    ).values(adult_name=""))
    session.flush()
    return Erasure(code, 1, 0, requests, blanked)
