"""Courses finished elsewhere: one recorded by the family, a leader or staff, and
the import of completions (digital-family learning import)."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path
from typing import NamedTuple, TypeVar

import sqlalchemy as sa
from sqlmodel import Session, col

from digital_family.base import clock
from digital_family.base.db import core_rows
from digital_family.base.i18n import Key
from digital_family.base.models import Household, Member, course_completion
from digital_family.base.permissions import Action, Actor, Target, account_id, require
from digital_family.base.table_import import ImportRefused, RowError, header_index, read_table
from digital_family.base.validation import (
    ValidationError,
    clean_text,
    free_text,
    validate_household_code,
    whole_number,
)
from digital_family.base.wards import ward_of
from digital_family.households.access import as_id
from digital_family.households.edits import apply_member_fields
from digital_family.programmes.classes.core import parse_day
from digital_family.programmes.classes.signups import signer_target
from digital_family.records import audit

_T = TypeVar("_T")

COURSE_MAX = 200
IMPORT_COLUMNS = ("household_code", "full_name", "birth_year", "course", "completed_on")


@dataclass(frozen=True)
class LearningImportSummary:
    rows: int
    members_completed: int  # whose status moved to completed


# Courses finished elsewhere


def _course(value: object) -> str:
    text = free_text(value, field="course", max_length=COURSE_MAX, label=Key("course.name"),
                     multiline=False)
    if not text:
        raise ValidationError("course", "error.course.name")
    return text


def _completed_on(value: object, today: date) -> date:
    day = parse_day(value, "completed_on")
    if day > today or day.year < 2020:
        raise ValidationError("completed_on", "error.course.day")
    return day


def record_course(session: Session, actor: Actor | None, member_id: object, *,
                  course: object, completed_on: object, now: datetime | None = None) -> None:
    """A course the member finished on the national platform (the family for its own
    members, a leader for his groups, staff): recorded, and the member "completed"."""
    target = signer_target(session, actor, member_id)
    assert actor is not None
    now = clock.utc(now)
    name, day = _course(course), _completed_on(completed_on, clock.vietnam_date(now))
    mid = as_id(member_id)
    session.exec(course_completion.insert().values(
        member_id=mid, household_id=target.household_id, course=name, completed_on=day,
        source="national_platform", recorded_by_id=account_id(actor), recorded_at=now))
    audit.record(session, actor, [audit.Change(audit.COURSE_COMPLETE, target.household_id,
                                               mid, key=name[:60], new=day.isoformat())],
                 at=now)
    apply_member_fields(session, actor, target, mid, learning_status="completed")
    session.flush()


# The import of completions (digital-family learning import)


def _name_key(value: object) -> str:
    return clean_text(value).casefold()


class _ImportRow(NamedTuple):
    number: int
    household_code: str
    name: str  # as _name_key folds it
    birth_year: int
    course: str
    completed_on: date


class _Match(NamedTuple):
    """A member an import row may name."""

    member_id: int
    household_id: int
    group_id: int
    ward_id: int
    learning_status: str


def _checked(number: int, column: str, check: Callable[[], _T],
             errors: list[RowError]) -> _T | None:
    """``check()``, or None with its ValidationError added to ``errors``."""
    try:
        return check()
    except ValidationError as exc:
        errors.append(RowError.of(number, column, exc))
        return None


def _check_import_row(number: int, cells: dict[str, object], today: date,
                      errors: list[RowError]) -> _ImportRow | None:
    code = _checked(number, "household_code",
                    lambda: validate_household_code(cells["household_code"]), errors)
    course = _checked(number, "course", lambda: _course(cells["course"]), errors)
    day = _checked(number, "completed_on",
                   lambda: _completed_on(cells["completed_on"], today), errors)
    name = _name_key(cells["full_name"])
    if not name:
        errors.append(RowError(number, "full_name", "error.learning_import.name"))
    year = whole_number(cells["birth_year"]) if not isinstance(
        cells["birth_year"], bool) else None
    if year is None:
        errors.append(RowError(number, "birth_year", "error.learning_import.birth_year"))
    if code is None or course is None or day is None or not name or year is None:
        return None
    return _ImportRow(number, code, name, year, course, day)


def _members_of(session: Session, ward_id: int, codes: list[str]
                ) -> dict[tuple[str, str, int], list[_Match]]:
    """(household code, name key, birth year) -> [(member id, household id, group id,
    ward id, learning status)] for the households of ward ``ward_id`` with ``codes``."""
    found: dict[tuple[str, str, int], list[_Match]] = {}
    for start in range(0, len(codes), 500):
        for r in core_rows(session, sa.select(
                col(Household.code), col(Member.full_name), col(Member.birth_year),
                col(Member.id), col(Household.id), col(Household.group_id),
                col(Household.ward_id), col(Member.learning_status))
                .join(Member, col(Member.household_id) == col(Household.id))
                .where(col(Household.ward_id) == ward_id,
                       col(Household.code).in_(codes[start:start + 500]))):
            found.setdefault((r[0], _name_key(r[1]), r[2]), []).append(_Match(*r[3:]))
    return found


def import_completions_table(session: Session, actor: Actor | None,
                             table: list[tuple[int, list[object]]], *,
                             now: datetime | None = None) -> LearningImportSummary:
    """Import course completions from ``read_table`` rows, all or nothing (ward staff,
    Action.IMPORT_EXPORT): each row's member — same household, same name after NFC and
    case folding, same birth year — gets the course recorded and becomes "completed"
    through the write path. ImportRefused lists every bad row (no member, several,
    a bad value) by its row number; nothing is written then."""
    require(actor, Action.IMPORT_EXPORT)
    assert actor is not None
    if not table:
        raise ImportRefused([RowError(None, None, "error.import.empty")])
    index, errors = header_index(table[0][1], IMPORT_COLUMNS)
    if errors:
        raise ImportRefused(errors)
    now = clock.utc(now)
    today = clock.vietnam_date(now)
    rows: list[_ImportRow] = []
    for number, raw in table[1:]:
        cells = {c: raw[i] if i < len(raw) else None for c, i in index.items()}
        if all(clean_text(v) == "" for v in cells.values()):
            continue
        checked = _check_import_row(number, cells, today, errors)
        if checked is not None:
            rows.append(checked)
    members = _members_of(session, ward_of(session, actor),
                          sorted({r.household_code for r in rows}))
    matched: list[tuple[_Match, str, date]] = []
    for number, code, name, year, course, day in rows:
        found = members.get((code, name, year), [])
        if len(found) != 1:
            key = "error.learning_import.no_member" if not found else \
                "error.learning_import.several"
            errors.append(RowError(number, None, key, {"code": code, "n": len(found)}))
            continue
        matched.append((found[0], course, day))
    if errors:
        raise ImportRefused(sorted(errors, key=lambda e: (e.row or 0, e.column or "")))
    if not matched:
        raise ImportRefused([RowError(None, None, "error.learning_import.no_rows")])
    session.exec(course_completion.insert(), params=[
        {"member_id": m[0], "household_id": m[1], "course": course, "completed_on": day,
         "source": "import", "recorded_by_id": account_id(actor), "recorded_at": now}
        for m, course, day in matched])
    audit.record(session, actor, [
        audit.Change(audit.COURSE_COMPLETE, m[1], m[0], key=course[:60], new=day.isoformat())
        for m, course, day in matched], via="import", at=now)
    moved = 0
    for member_id in sorted({m[0] for m, _c, _d in matched}):
        m = next(x for x, _c, _d in matched if x[0] == member_id)
        if m[4] != "completed":
            apply_member_fields(session, actor,
                                Target(household_id=m[1], group_id=m[2], ward_id=m[3]),
                                member_id, via="import", learning_status="completed")
            moved += 1
    session.flush()
    return LearningImportSummary(rows=len(matched), members_completed=moved)


def import_completions(session: Session, actor: Actor | None,
                       source: str | Path | bytes | bytearray, *,
                       name: str | None = None, now: datetime | None = None
                       ) -> LearningImportSummary:
    """``import_completions_table`` of a .csv/.xlsx file (a path, or bytes with
    ``name``), checked before the file is read."""
    require(actor, Action.IMPORT_EXPORT)
    return import_completions_table(session, actor, read_table(source, name=name), now=now)
