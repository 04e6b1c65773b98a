"""The member register as a file (SPEC §4): importing .csv/.xlsx (exporting is
``register_export``).

Import is all or nothing: every row is checked first and, when any row is bad,
``RegisterImportError`` lists every problem with the row number people see in
their spreadsheet (header = row 1) and nothing is written. A good file is
written with bulk statements in the caller's transaction (``db.session_scope``
commits it), then the touched groups' roll-ups are recomputed
(``member_writes.bulk_written``). Members are matched by (household, full name,
birth year), so importing the same file again changes nothing; members not in
the file are left alone.

Over 500 lines on purpose, for now: reading a file, checking its rows and writing
them are one import's three steps in order (``read_table``, ``check_rows``,
``import_table``), and the reading side is being reworked for upload safety in
another change; it splits into its own module once that has landed.
"""

from __future__ import annotations

import csv
import io
import zipfile
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path

import sqlalchemy as sa
from sqlmodel import Session, col

from digital_family.access.permissions import Action, Actor, require
from digital_family.base import clock, spreadsheets
from digital_family.base.clock import vietnam_year
from digital_family.base.codes import TRADER_FLAGS
from digital_family.base.i18n import DEFAULT_LANGUAGE, CatalogueError, t
from digital_family.base.models import SKILL_COLUMNS, Household, Member, ResidentialGroup, table_of
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
from digital_family.households import member_writes
from digital_family.records import audit

MAX_UPLOAD_ROWS = 200_000  # member rows in one file uploaded from the admin page
# What an .xlsx may unpack to (its parts' sizes, which bound what is read of each): a
# 200,000-row register is ~150 MB of XML; a "zip bomb" of a few MB is refused unread.
MAX_XLSX_UNPACKED_BYTES = 300 * 1024 * 1024
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
_WRITE_CHUNK = 5000

Progress = Callable[[int, int], None]


@dataclass(frozen=True)
class RowError:
    """A problem in the file: ``row`` as the spreadsheet numbers it (None: the whole
    file), why by catalogue ``key`` and ``params``; ``text(lang)`` says it all."""

    row: int | None
    column: str | None
    key: str
    params: dict[str, object] = field(default_factory=dict[str, object])

    @classmethod
    def of(cls, row: int | None, column: str | None, exc: ValidationError) -> RowError:
        return cls(row, column, exc.key, exc.params)

    def text(self, lang: str = DEFAULT_LANGUAGE) -> str:
        message = t(self.key, lang, **self.params)
        if self.row is None:
            return message
        if self.column:
            return t("error.import.row_column", lang, row=self.row, column=self.column,
                     message=message)
        return t("error.import.row", lang, row=self.row, message=message)

    @property
    def message(self) -> str:
        return t(self.key, DEFAULT_LANGUAGE, **self.params)

    def __str__(self) -> str:
        return self.text()


class RegisterImportError(CatalogueError):
    """The file cannot be imported; ``errors`` lists why. Nothing was written."""

    def __init__(self, errors: Iterable[RowError]):
        self.errors = list(errors)
        super().__init__("error.import.refused", n=len(self.errors))


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
    values: dict  # the _MEMBER_FIELDS


# Reading files


def _file_error(key: str, **params) -> RegisterImportError:
    return RegisterImportError([RowError(None, None, key, params)])


def _is_blank(cells) -> bool:
    return all(clean_text(c) == "" for c in cells)


def _read_csv(data: bytes) -> list[tuple[int, list]]:
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError:
        raise _file_error("error.import.encoding") from None
    first_line = text.split("\n", 1)[0]
    # Excel in locales with a decimal comma separates CSV fields with ';'.
    delimiter = next((d for d in (",", ";", "\t") if d in first_line), ",")
    try:
        records = list(csv.reader(io.StringIO(text, newline=""), delimiter=delimiter))
    except csv.Error as exc:
        raise _file_error("error.import.csv", detail=str(exc)) from None
    return [(number, [spreadsheets.restore(c) for c in cells])
            for number, cells in enumerate(records, start=1)]


def _check_xlsx_size(source: io.BytesIO) -> None:
    """Refuse an .xlsx whose parts unpack to more than ``MAX_XLSX_UNPACKED_BYTES``, before
    any of it is unpacked (reading a part stops at its stated size)."""
    try:
        with zipfile.ZipFile(source) as archive:
            unpacked = sum(info.file_size for info in archive.infolist())
    except (zipfile.BadZipFile, OSError, ValueError):
        raise _file_error("error.import.xlsx") from None
    if unpacked > MAX_XLSX_UNPACKED_BYTES:
        raise _file_error("error.import.xlsx_unpacked",
                          max=MAX_XLSX_UNPACKED_BYTES // (1024 * 1024))
    source.seek(0)


def _read_xlsx(source: io.BytesIO, max_rows: int | None = None) -> list[tuple[int, list]]:
    """The first sheet's rows, streamed: reading stops as soon as there are more member
    rows than ``max_rows``."""
    import openpyxl

    _check_xlsx_size(source)
    try:
        workbook = openpyxl.load_workbook(source, read_only=True, data_only=True)
    except Exception:  # openpyxl raises many kinds for a damaged or foreign file
        raise _file_error("error.import.xlsx") from None
    try:
        if not workbook.worksheets:
            return []
        sheet = workbook.worksheets[0]
        start = sheet.min_row or 1
        rows = []
        for number, cells in enumerate(sheet.iter_rows(values_only=True), start=start):
            if max_rows is not None and len(rows) > max_rows:  # the header and max_rows
                raise _file_error("error.import.too_many_rows_over", max=max_rows)
            rows.append((number, [spreadsheets.restore(c) for c in cells]))
        return rows
    finally:
        workbook.close()


def read_table(
    source: str | Path | bytes | bytearray, *, name: str | None = None,
    max_rows: int | None = None,
) -> list[tuple[int, list[object]]]:
    """The file's rows as (row number, cells), header included.

    ``source`` is a path, or the file's bytes with ``name`` giving its file name.
    ``max_rows``: refuse a file with more member rows than that (uploads).
    """
    name = name or (str(source) if isinstance(source, (str, Path)) else "")
    suffix = Path(name).suffix.lower()
    if suffix not in (".csv", ".xlsx"):
        raise _file_error("error.import.file_type")
    if isinstance(source, (bytes, bytearray)):
        data = bytes(source)
    else:
        try:
            data = Path(source).read_bytes()
        except OSError as exc:
            raise _file_error(
                "error.import.open", name=name, detail=str(exc.strerror or exc)
            ) from None
    table = _read_csv(data) if suffix == ".csv" else _read_xlsx(io.BytesIO(data), max_rows)
    if max_rows is not None and len(table) - 1 > max_rows:
        raise _file_error("error.import.too_many_rows", rows=len(table) - 1, max=max_rows)
    return table


# Checking


def header_index(
    header: list[object], columns: Sequence[str] = COLUMNS
) -> tuple[dict[str, int], list[RowError]]:
    """Where each of ``columns`` is in a file's header row, and what is wrong with the
    header (an unknown, doubled or missing column) as row errors of row 1."""
    index: dict[str, int] = {}
    errors: list[RowError] = []
    for position, cell in enumerate(header):
        name = clean_text(cell).lower()
        if not name:
            continue
        if name in index:
            errors.append(RowError(1, name, "error.import.duplicate_column"))
        elif name not in columns:
            errors.append(RowError(1, name, "error.import.unknown_column"))
        else:
            index[name] = position
    missing = [c for c in columns if c not in index]
    if missing:
        errors.append(RowError(1, None, "error.import.missing_columns",
                               {"columns": ", ".join(missing)}))
    if errors:
        errors.append(RowError(None, None, "error.import.header",
                               {"columns": ", ".join(columns)}))
    return index, errors


def _check_row(number: int, cells: dict, current_year: int, errors: list[RowError]):
    """One row's checked values, or None after adding its errors to ``errors``."""
    before = len(errors)
    out: dict = {}

    def check(column, parse, **kwargs):
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
    table: list[tuple[int, list]],
    *,
    current_year: int | None = None,
    progress: Progress | None = None,
    progress_total: int | None = None,
) -> tuple[list[MemberRecord], list[RowError]]:
    """Check the header and every data row; the good records and all the errors."""
    if current_year is None:
        current_year = vietnam_year()
    table = [(n, cells) for n, cells in table if not _is_blank(cells)]
    if not table:
        return [], [RowError(None, None, "error.import.empty")]
    (_, header), data = table[0], table[1:]
    index, errors = header_index(header)
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


def _error_order(error: RowError):
    column = COLUMNS.index(error.column) if error.column in COLUMNS else -1
    return (error.row or 0, column)


def _chunks(items: list, size: int = _CHUNK) -> Iterator[list]:
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

    Raises RegisterImportError listing ``row_errors`` (the file's own problems)
    together with the records' clashes with the database, if there are any.
    """
    G, H, M = table_of(ResidentialGroup), table_of(Household), table_of(Member)
    groups = dict(session.execute(sa.select(G.c.code, G.c.id)).all())
    existing = {
        code: (hid, group_code, address)
        for hid, code, group_code, address in session.execute(
            sa.select(H.c.id, H.c.code, G.c.code, H.c.address).join(
                G, G.c.id == H.c.group_id
            )
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
        raise RegisterImportError(sorted(errors, key=_error_order))

    now = clock.utc()
    new_groups = sorted({r.group_code for r in file_households.values()} - set(groups))
    if new_groups:
        rows = [
            {
                "code": code,
                "name": NEW_GROUP_NAME.format(code=code),
                "created_at": now,
                "updated_at": now,
            }
            for code in new_groups
        ]
        result = session.execute(
            sa.insert(ResidentialGroup).returning(
                col(ResidentialGroup.id), col(ResidentialGroup.code), sort_by_parameter_order=True
            ),
            rows,
        )
        groups.update({code: gid for gid, code in result})
        audit.record(session, actor, [audit.Change("group", key=code, new=row["name"])
                                      for code, row in zip(new_groups, rows)], via="import")

    household_ids = {code: known[0] for code, known in existing.items()}
    new_households = [r for code, r in file_households.items() if code not in existing]
    household_ids.update(member_writes.insert_households(session, actor, [
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
    by_key: dict[tuple, list[tuple[int, dict]]] = {}
    household_ids_by_member: dict[int, int] = {}
    for chunk in _chunks(known_ids):
        rows = session.execute(
            sa.select(M.c.id, M.c.household_id, *(M.c[f] for f in _MEMBER_FIELDS))
            .where(M.c.household_id.in_(chunk))
            .order_by(M.c.id)
        )
        for row in rows:
            values = dict(zip(_MEMBER_FIELDS, row[2:]))
            key = (row[1], _name_key(values["full_name"]), values["birth_year"])
            by_key.setdefault(key, []).append((row[0], values))
            household_ids_by_member[row[0]] = row[1]

    inserts, updates, unchanged = [], [], 0
    history: dict[int, list[dict]] = {}  # member id -> its field changes
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
        session.execute(
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
    table: list[tuple[int, list]],
    *,
    current_year: int | None = None,
    progress: Progress | None = None,
) -> ImportSummary:
    """Import rows from ``read_table``, all or nothing (raises RegisterImportError).

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
        raise RegisterImportError(errors)
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
    source,
    *,
    name: str | None = None,
    current_year: int | None = None,
    progress: Progress | None = None,
    max_rows: int | None = None,
) -> ImportSummary:
    """Import a register file (a path, or bytes with ``name``), all or nothing.

    Raises RegisterImportError listing every problem; nothing is written then.
    Ward staff only (Action.IMPORT_EXPORT), checked before the file is read.
    """
    actor = require(actor, Action.IMPORT_EXPORT)
    table = read_table(source, name=name, max_rows=max_rows)
    return import_table(session, actor, table, current_year=current_year, progress=progress)
