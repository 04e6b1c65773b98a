"""The member register as a file (SPEC §4): importing .csv/.xlsx (exporting is
``register_export``).

Import is all or nothing: every row is checked first and, when any row is bad,
``ImportRefused`` lists every problem with the row number people see in
their spreadsheet (header = row 1) and nothing is written. A good file is
written with bulk statements in the caller's transaction (``db.session_scope``
commits it), then the touched groups' roll-ups are recomputed
(``member_writes.bulk_written``). Members are matched by (household, full name,
birth year), so importing the same file again changes nothing; members not in
the file are left alone.

Reading the file is ``base.table_import.read_table``; here its rows are checked
(``check_rows``) and written (``import_table``).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any, TypeVar

import sqlalchemy as sa
from sqlmodel import Session, col

from digital_family.base import clock
from digital_family.base.clock import vietnam_year
from digital_family.base.codes import TRADER_FLAGS
from digital_family.base.db import core_rows
from digital_family.base.models import SKILL_COLUMNS, Household, Member, ResidentialGroup, table_of
from digital_family.base.permissions import Action, Actor, require
from digital_family.base.table_import import (
    ImportRefused,
    RowError,
    header_index,
    is_blank,
    read_table,
)
from digital_family.base.validation import (
    ValidationError,
    clean_text,
    parse_bool,
    parse_learning_status,
    parse_occupation,
    parse_sex,
    parse_skills,
    parse_vneid_level,
    validate_address,
    validate_birth_year,
    validate_full_name,
    validate_group_code,
    validate_household_code,
)
from digital_family.base.wards import ward_of
from digital_family.households import member_writes
from digital_family.records import audit

MAX_UPLOAD_ROWS = 200_000  # member rows in one file uploaded from the admin page
COLUMNS = (
    "household_code",
    "group_code",
    "address",
    "full_name",
    "birth_year",
    "sex",
    "occupation",
    "has_smartphone",
    "has_epayment",
    "vneid_level",
    "skills",
    "learning_status",
    "trader_ecommerce",
    "trader_cashless",
    "trader_digital_savings",
)
MEMBER_SHEET = "Nhân khẩu"
INDICATOR_SHEET = "Chỉ số"
NEW_GROUP_NAME = "Tổ dân phố {code}"

# The member columns an import sets, besides household_id.
_MEMBER_FIELDS = (
    "full_name",
    "birth_year",
    "sex",
    "occupation",
    "has_smartphone",
    "has_epayment",
    "vneid_level",
    *SKILL_COLUMNS.values(),
    "learning_status",
    *TRADER_FLAGS,
)
_CHUNK = 500  # ids per IN (...) list
_Item = TypeVar("_Item")
_WRITE_CHUNK = 5000

Progress = Callable[[int, int], None]


@dataclass(frozen=True)
class ImportSummary:
    rows: int
    groups_created: int
    households_created: int
    households_updated: int
    members_created: int
    members_updated: int
    members_unchanged: int


@dataclass(frozen=True)
class MemberRecord:
    """One checked row of the register."""

    row: int
    household_code: str
    group_code: str
    address: str
    values: dict[str, Any]  # the _MEMBER_FIELDS


# Checking


def _check_row(number: int, cells: dict[str, object], current_year: int,
               errors: list[RowError]) -> MemberRecord | None:
    """One row's checked values, or None after adding its errors to ``errors``."""
    before = len(errors)
    out: dict[str, Any] = {}

    def check(column: str, parse: Callable[..., object], **kwargs: object) -> None:
        try:
            out[column] = parse(cells[column], field=column, **kwargs)
        except ValidationError as exc:
            errors.append(RowError.of(number, column, exc))

    check("household_code", validate_household_code)
    check("group_code", validate_group_code)
    check("address", validate_address)
    check("full_name", validate_full_name)
    check("birth_year", validate_birth_year, current_year=current_year)
    check("sex", parse_sex)
    check("occupation", parse_occupation)
    check("has_smartphone", parse_bool)
    check("has_epayment", parse_bool)
    check("vneid_level", parse_vneid_level)
    check("skills", parse_skills)
    check("learning_status", parse_learning_status)
    for flag in TRADER_FLAGS:
        check(flag, parse_bool, default=False)
    if out.get("occupation") not in (None, "small_trader"):
        flagged = [flag for flag in TRADER_FLAGS if out.get(flag)]
        if flagged:
            errors.append(RowError(number, flagged[0], "error.trader_only"))
    if len(errors) > before:
        return None
    values = {field: out[field] for field in _MEMBER_FIELDS if field in out}
    values.update({col: code in out["skills"] for code, col in SKILL_COLUMNS.items()})
    return MemberRecord(number, out["household_code"], out["group_code"], out["address"], values)


def check_rows(
    table: list[tuple[int, list[object]]],
    *,
    current_year: int | None = None,
    progress: Progress | None = None,
    progress_total: int | None = None,
) -> tuple[list[MemberRecord], list[RowError]]:
    """Check the header and every data row; the good records and all the errors."""
    if current_year is None:
        current_year = vietnam_year()
    table = [(n, cells) for n, cells in table if not is_blank(cells)]
    if not table:
        return [], [RowError(None, None, "error.import.empty")]
    (_, header), data = table[0], table[1:]
    index, errors = header_index(header, COLUMNS)
    if errors:
        return [], errors
    if not data:
        return [], [RowError(None, None, "error.import.no_rows")]

    records: list[MemberRecord] = []
    households: dict[str, MemberRecord] = {}
    total = progress_total or len(data)
    for done, (number, cells) in enumerate(data, start=1):
        row = {c: (cells[i] if i < len(cells) else None) for c, i in index.items()}
        record = _check_row(number, row, current_year, errors)
        if record is not None:
            first = households.setdefault(record.household_code, record)
            if first.group_code != record.group_code:
                errors.append(
                    RowError(
                        number,
                        "group_code",
                        "error.import.other_group",
                        {"code": record.household_code, "group": first.group_code,
                         "row": first.row},
                    )
                )
            elif first.address != record.address:
                errors.append(
                    RowError(
                        number,
                        "address",
                        "error.import.other_address",
                        {"row": first.row, "code": record.household_code},
                    )
                )
            else:
                records.append(record)
        if progress and (done % 500 == 0 or done == len(data)):
            progress(done, total)
    return records, errors


# Writing


def _error_order(error: RowError) -> tuple[int, int]:
    column = COLUMNS.index(error.column) if error.column in COLUMNS else -1
    return (error.row or 0, column)


def _chunks(items: list[_Item], size: int = _CHUNK) -> Iterator[list[_Item]]:
    for start in range(0, len(items), size):
        yield items[start : start + size]


def _name_key(name: str) -> str:
    return clean_text(name).casefold()


def _write_records(  # noqa: C901 - one pass over the rows: households, then their members
    session: Session,
    actor: Actor | None,
    records: list[MemberRecord],
    *,
    row_errors: Iterable[RowError] = (),
    progress: Progress | None = None,
    progress_offset: int = 0,
    progress_total: int | None = None,
) -> ImportSummary:
    """Write checked records, all or nothing.

    Raises ImportRefused listing ``row_errors`` (the file's own problems)
    together with the records' clashes with the database, if there are any.
    """
    G, H, M = table_of(ResidentialGroup), table_of(Household), table_of(Member)
    ward_id = ward_of(session, actor)
    groups = dict(core_rows(session, sa.select(G.c.code, G.c.id).where(G.c.ward_id == ward_id)
                            ).all())
    existing = {
        code: (hid, group_code, address)
        for hid, code, group_code, address in core_rows(
            session,
            sa.select(H.c.id, H.c.code, G.c.code, H.c.address).join(
                G, G.c.id == H.c.group_id
            ).where(H.c.ward_id == ward_id)
        )
    }

    # Households of the file: clashes with the database, and what changes.
    errors: list[RowError] = list(row_errors)
    file_households: dict[str, MemberRecord] = {}
    for record in records:
        if record.household_code in file_households:
            continue
        file_households[record.household_code] = record
        known = existing.get(record.household_code)
        if known is not None and known[1] != record.group_code:
            errors.append(
                RowError(
                    record.row,
                    "group_code",
                    "error.import.moved_group",
                    {"code": record.household_code, "known": known[1],
                     "group": record.group_code},
                )
            )
    if errors:
        raise ImportRefused(sorted(errors, key=_error_order))

    now = clock.utc()
    new_groups = sorted({r.group_code for r in file_households.values()} - set(groups))
    if new_groups:
        rows = [
            {
                "ward_id": ward_id,
                "code": code,
                "name": NEW_GROUP_NAME.format(code=code),
                "created_at": now,
                "updated_at": now,
            }
            for code in new_groups
        ]
        result = session.exec(
            sa.insert(ResidentialGroup).returning(
                col(ResidentialGroup.id), col(ResidentialGroup.code), sort_by_parameter_order=True
            ),
            params=rows,
        )
        groups.update({code: gid for gid, code in result})
        audit.record(session, actor, [audit.Change("group", key=code, new=row["name"])
                                      for code, row in zip(new_groups, rows)], via="import")

    household_ids = {code: known[0] for code, known in existing.items()}
    new_households = [r for code, r in file_households.items() if code not in existing]
    household_ids.update(member_writes.insert_households(session, actor, ward_id, [
        {
            "code": r.household_code,
            "group_id": groups[r.group_code],
            "address": r.address,
            "version": 1,
            "created_at": now,
            "updated_at": now,
        }
        for r in new_households
    ], via="import", at=now))
    moved = [
        (existing[code][0], existing[code][2], r.address)
        for code, r in file_households.items()
        if code in existing and existing[code][2] != r.address
    ]
    member_writes.update_households(
        session, actor,
        [{"id": hid, "address": new, "updated_at": now, "updated_by_id": None}
         for hid, _, new in moved],
        [{"household_id": hid, "field": "address", "old": old, "new": new}
         for hid, old, new in moved],
        via="import",
    )

    # Members of households already in the database, by match key (oldest first).
    known_ids = [existing[code][0] for code in file_households if code in existing]
    by_key: dict[tuple[int, str, int], list[tuple[int, dict[str, Any]]]] = {}
    household_ids_by_member: dict[int, int] = {}
    for chunk in _chunks(known_ids):
        rows = core_rows(
            session,
            sa.select(M.c.id, M.c.household_id, *(M.c[f] for f in _MEMBER_FIELDS))
            .where(M.c.household_id.in_(chunk))
            .order_by(M.c.id)
        )
        for row in rows:
            values = dict(zip(_MEMBER_FIELDS, row[2:]))
            key = (row[1], _name_key(values["full_name"]), values["birth_year"])
            by_key.setdefault(key, []).append((row[0], values))
            household_ids_by_member[row[0]] = row[1]

    inserts: list[dict[str, Any]] = []
    updates: list[dict[str, Any]] = []
    unchanged = 0
    history: dict[int, list[dict[str, Any]]] = {}  # member id -> its field changes
    for record in records:
        household_id = household_ids[record.household_code]
        key = (household_id, _name_key(record.values["full_name"]), record.values["birth_year"])
        matches = by_key.get(key)
        if matches:
            member_id, stored = matches.pop(0)
            if all(stored[f] == record.values[f] for f in _MEMBER_FIELDS):
                unchanged += 1
            else:
                updates.append({"id": member_id, **record.values, "updated_at": now,
                                "updated_by_id": None})
                history[member_id] = [
                    {"member_id": member_id, "field": f, "old": stored[f], "new": record.values[f]}
                    for f in _MEMBER_FIELDS if stored[f] != record.values[f]
                ]
        else:
            inserts.append(
                {
                    "household_id": household_id,
                    **record.values,
                    "created_at": now,
                    "updated_at": now,
                }
            )

    total = progress_total or len(records)
    done = progress_offset + unchanged
    for chunk in _chunks(updates, _WRITE_CHUNK):
        member_writes.update_members(session, actor, chunk,
                                     [h for row in chunk for h in history[row["id"]]], via="import")
        done += len(chunk)
        if progress:
            progress(done, total)
    for chunk in _chunks(inserts, _WRITE_CHUNK):
        member_writes.insert_members(session, actor, chunk, via="import", at=now)
        done += len(chunk)
        if progress:
            progress(done, total)
    # Existing households whose data changed get a new version, so a form opened
    # before the import cannot silently overwrite it.
    known = set(known_ids)
    changed = {hid for hid, _, _ in moved}
    changed.update(household_ids_by_member[row["id"]] for row in updates)
    changed.update(row["household_id"] for row in inserts if row["household_id"] in known)
    for chunk in _chunks(sorted(changed)):
        session.exec(
            sa.update(H).where(H.c.id.in_(chunk)).values(version=H.c.version + 1, updated_at=now)
        )
    member_writes.bulk_written(
        session, actor, {groups[r.group_code] for r in file_households.values()}
    )
    session.flush()
    if progress:
        progress(total, total)
    return ImportSummary(
        rows=len(records),
        groups_created=len(new_groups),
        households_created=len(new_households),
        households_updated=len(moved),
        members_created=len(inserts),
        members_updated=len(updates),
        members_unchanged=unchanged,
    )


def import_table(
    session: Session,
    actor: Actor | None,
    table: list[tuple[int, list[object]]],
    *,
    current_year: int | None = None,
    progress: Progress | None = None,
) -> ImportSummary:
    """Import rows from ``read_table``, all or nothing (raises ImportRefused).

    ``progress(done, total)`` is called as rows are checked and then written
    (``total`` is twice the number of rows). Ward staff only (Action.IMPORT_EXPORT).
    """
    actor = require(actor, Action.IMPORT_EXPORT)
    data_rows = max(len(table) - 1, 0)
    total = 2 * data_rows
    records, errors = check_rows(
        table, current_year=current_year, progress=progress, progress_total=total
    )
    if any(e.row is None or e.row == 1 for e in errors):  # the file itself is unusable
        raise ImportRefused(errors)
    return _write_records(
        session,
        actor,
        records,
        row_errors=errors,
        progress=progress,
        progress_offset=data_rows,
        progress_total=total,
    )


def import_register(
    session: Session,
    actor: Actor | None,
    source: str | Path | bytes | bytearray,
    *,
    name: str | None = None,
    current_year: int | None = None,
    progress: Progress | None = None,
    max_rows: int | None = None,
) -> ImportSummary:
    """Import a register file (a path, or bytes with ``name``), all or nothing.

    Raises ImportRefused listing every problem; nothing is written then.
    Ward staff only (Action.IMPORT_EXPORT), checked before the file is read.
    """
    actor = require(actor, Action.IMPORT_EXPORT)
    table = read_table(source, name=name, max_rows=max_rows)
    return import_table(session, actor, table, current_year=current_year, progress=progress)
