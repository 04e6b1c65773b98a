"""Writing CSV and XLSX files people open in a spreadsheet, safely (the register's and
the traders' exports share the workbook set-up: ``xlsx_workbook``, ``xlsx_table``).

A spreadsheet runs text that starts with = + - @ (or a tab or carriage return) as a
formula: a name like ``=HYPERLINK("http://…", "Bấm vào đây")`` in an export would be a
live link, or worse. Input validation already refuses such names and addresses;
exports neutralise them anyway (data may come from an older version or a restore):
in CSV such a cell gets a leading apostrophe, which spreadsheets show as text and
``restore`` strips on import, so a register still round-trips; in XLSX every text
cell is stored as text, never as a formula.
"""

from __future__ import annotations

import csv
from collections.abc import Iterable
from pathlib import Path

FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


def inert(value):
    """``value`` as a CSV cell no spreadsheet will run."""
    if isinstance(value, str) and value.startswith(FORMULA_START):
        return "'" + value
    return value


def restore(value):
    """An imported cell as it was before ``inert``."""
    if isinstance(value, str) and value.startswith("'") and value[1:2].startswith(FORMULA_START):
        return value[1:]
    return value


def write_csv(path: Path | str, header: Iterable[str], rows: Iterable[tuple],
              *, bom: bool = True) -> int:
    """Write rows as CSV (UTF-8, with a BOM by default so Excel shows Vietnamese right);
    the number of rows written (the header not counted)."""
    count = 0
    with open(path, "w", encoding="utf-8-sig" if bom else "utf-8", newline="") as handle:
        writer = csv.writer(handle)
        writer.writerow(list(header))
        for row in rows:
            writer.writerow([inert(v) for v in row])
            count += 1
    return count


def text_cells(sheet, row: Iterable) -> list:
    """A row for an openpyxl write-only sheet, its text cells stored as text."""
    from openpyxl.cell import WriteOnlyCell

    def cell(value):
        if not isinstance(value, str):
            return value
        text = WriteOnlyCell(sheet, value=value)
        text.data_type = "s"  # openpyxl would store "=…" as a formula
        return text

    return [cell(v) for v in row]


def xlsx_workbook():
    """An empty openpyxl workbook in write-only mode (rows streamed, little memory)."""
    import openpyxl

    return openpyxl.Workbook(write_only=True)


def xlsx_sheet(workbook, title: str, widths: dict[str, float], *, freeze: str | None = None):
    """A new sheet of ``workbook`` with these column widths (by letter), its panes
    frozen at ``freeze`` ("A2": the header row stays in view)."""
    sheet = workbook.create_sheet(title)
    for column, width in widths.items():
        sheet.column_dimensions[column].width = width
    if freeze is not None:
        sheet.freeze_panes = freeze
    return sheet


def xlsx_table(workbook, title: str, header: Iterable[str], rows: Iterable[tuple],
               widths: dict[str, float]) -> int:
    """A sheet of ``header`` (kept in view) and ``rows``, every text cell stored as text;
    the number of rows written (the header not counted)."""
    sheet = xlsx_sheet(workbook, title, widths, freeze="A2")
    sheet.append(list(header))
    count = 0
    for row in rows:
        sheet.append(text_cells(sheet, row))
        count += 1
    return count

