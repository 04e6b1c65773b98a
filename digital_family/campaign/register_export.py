"""Exporting the member register: the rows in the import's own columns (``register.COLUMNS``,
so an export imports back unchanged), as CSV or XLSX with a sheet of the indicators;
every export is logged and watched (``security_alerts.record_export``)."""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import TYPE_CHECKING

import sqlalchemy as sa
from sqlmodel import Session

from digital_family.base import spreadsheets
from digital_family.base.codes import SKILLS, TRADER_FLAGS
from digital_family.base.db import CoreSelect, core_rows
from digital_family.base.groups import find_group
from digital_family.base.i18n import t
from digital_family.base.models import SKILL_COLUMNS, Household, Member, ResidentialGroup, table_of
from digital_family.base.permissions import Action, Actor, require
from digital_family.base.validation import (
    format_skills,
    validate_group_code,
)
from digital_family.base.wards import ward_of
from digital_family.campaign import figures
from digital_family.campaign.register import COLUMNS, INDICATOR_SHEET, MEMBER_SHEET
from digital_family.records import security_alerts
from digital_family.ward.indicators import ScopeReport

if TYPE_CHECKING:
    from openpyxl import Workbook


def _group_id(session: Session, ward_id: int, group_code: object) -> int:
    code, group_id = find_group(session, ward_id, group_code)
    if group_id is None:
        raise LookupError(f"Không có tổ dân phố mã {code}.")
    return group_id


def register_query(session: Session, ward_id: int, group_code: str | None = None
                   ) -> CoreSelect:
    """Ward ``ward_id``'s register rows (for ``rows_of``), by group code, household code,
    member id; LookupError when ``group_code`` names no group of the ward. Callers check
    who asks first."""
    G, H, M = table_of(ResidentialGroup), table_of(Household), table_of(Member)
    query = (
        sa.select(
            H.c.code,
            G.c.code,
            H.c.address,
            M.c.full_name,
            M.c.birth_year,
            M.c.sex,
            M.c.occupation,
            M.c.has_smartphone,
            M.c.has_epayment,
            M.c.vneid_level,
            *(M.c[col] for col in SKILL_COLUMNS.values()),
            M.c.learning_status,
            *(M.c[flag] for flag in TRADER_FLAGS),
        )
        .select_from(M.join(H, H.c.id == M.c.household_id).join(G, G.c.id == H.c.group_id))
        .where(H.c.ward_id == ward_id)
        .order_by(G.c.code, H.c.code, M.c.id)
    )
    if group_code is not None:
        query = query.where(G.c.id == _group_id(session, ward_id, group_code))
    return query


def export_rows(
    session: Session, actor: Actor | None, group_code: str | None = None
) -> Iterator[tuple[object, ...]]:
    """The register rows (COLUMNS order) by group code, household code, member id.

    Ward staff only (Action.IMPORT_EXPORT), checked at once.

    Booleans are 1/0 and skills the codes in SKILLS order joined by ';'.
    LookupError (raised at once) when ``group_code`` names no group.
    """
    actor = require(actor, Action.IMPORT_EXPORT)
    return rows_of(session, register_query(session, ward_of(session, actor), group_code))


def rows_of(session: Session, query: CoreSelect) -> Iterator[tuple[object, ...]]:
    """``register_query``'s rows as the register's cells (COLUMNS order)."""
    n_skills = len(SKILLS)
    for row in core_rows(session, query.execution_options(yield_per=2000)):
        skills = format_skills(code for code, held in zip(SKILLS, row[10 : 10 + n_skills]) if held)
        rest = row[10 + n_skills :]
        yield (
            row[0],
            row[1],
            row[2],
            row[3],
            int(row[4]),
            row[5],
            row[6],
            int(bool(row[7])),
            int(bool(row[8])),
            int(row[9]),
            skills,
            rest[0],
            *(int(bool(v)) for v in rest[1:]),
        )


def write_csv(path: Path | str, rows: Iterable[tuple[object, ...]], *, bom: bool = True) -> int:
    """Write the register as CSV; the number of member rows."""
    return spreadsheets.write_csv(path, COLUMNS, rows, bom=bom)


_WIDTHS: dict[str, float] = {"A": 16, "B": 10, "C": 32, "D": 26, "K": 40}


def write_xlsx(path: Path | str, rows: Iterable[tuple[object, ...]],
               report: ScopeReport | None = None) -> int:
    """Write the register as .xlsx: sheet "Nhân khẩu", plus sheet "Chỉ số" with
    ``report`` (an indicators.ScopeReport) when given; the number of member rows."""
    workbook = spreadsheets.xlsx_workbook()
    count = spreadsheets.xlsx_table(workbook, MEMBER_SHEET, COLUMNS, rows, _WIDTHS)
    if report is not None:
        _indicator_sheet(workbook, report)
    workbook.save(path)
    return count


def _indicator_sheet(workbook: Workbook, report: ScopeReport) -> None:
    sheet = spreadsheets.xlsx_sheet(
        workbook, INDICATOR_SHEET, {"A": 26, "B": 60, "C": 10, "D": 10, "E": 10, "F": 10, "G": 12})

    def percent(value: float | None) -> object:
        return spreadsheets.xlsx_cell(sheet, value, number_format="0.0%")

    scope = "Toàn phường" if report.scope == "ward" else f"Tổ dân phố {report.scope}"
    sheet.append(["Phạm vi", scope])
    sheet.append(["Năm tính tuổi", report.reference_year])
    sheet.append([])
    sheet.append(["Mã chỉ số", "Chỉ số", "Tử số", "Mẫu số", "Tỷ lệ", "Mục tiêu", "Đánh giá"])
    for result in report.indicators:
        met = "" if result.met is None else ("Đạt" if result.met else "Chưa đạt")
        sheet.append(
            [
                result.code,
                t(f"indicator.{result.code}"),
                result.numerator,
                result.denominator,
                percent(result.value),
                percent(result.target),
                met,
            ]
        )
    sheet.append([])
    sheet.append(["Tiến độ cập nhật", "", "Số lượng"])
    completion = report.completion
    for key in ("households", "members", "confirmed", "confirmed_recent"):
        sheet.append([key, t(f"completion.{key}"), getattr(completion, key)])


def export_register(
    session: Session,
    actor: Actor | None,
    path: Path | str,
    *,
    fmt: str | None = None,
    group_code: str | None = None,
    reference_year: int | None = None,
) -> int:
    """Export the register (of the ward or one group) to ``path`` as csv or xlsx
    (the format from ``fmt`` or the file suffix); the number of member rows."""
    fmt = (fmt or Path(path).suffix.lstrip(".")).lower()
    if fmt not in ("csv", "xlsx"):
        raise ValueError("Định dạng phải là csv hoặc xlsx.")
    rows = export_rows(session, actor, group_code)
    if fmt == "csv":
        count = write_csv(path, rows)
    else:
        ward_id = ward_of(session, actor)
        if group_code is None:
            report = figures.ward_report(session, ward_id, reference_year=reference_year)
        else:
            report = figures.group_report(
                session, ward_id, validate_group_code(group_code), reference_year=reference_year
            )
        count = write_xlsx(path, rows, report)
    security_alerts.record_export(session, actor, "register", fmt=fmt,
                        group_code=validate_group_code(group_code) if group_code else None,
                        rows=count)
    return count
