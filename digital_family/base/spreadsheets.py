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
from typing import TYPE_CHECKING, Any, Protocol, TypeVar, cast

if TYPE_CHECKING:
    from openpyxl import Workbook
    from openpyxl.cell import Cell

FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


class XlsxSheet(Protocol):
    """What the exports use of an openpyxl write-only sheet (openpyxl has no type hints)."""

    def append(self, iterable: list[Any], /) -> None: ...

_Cell = TypeVar("_Cell")


def inert(value: _Cell) -> _Cell | str:
    """``value`` as a CSV cell no spreadsheet will run."""
    if isinstance(value, str) and value.startswith(FORMULA_START):
        return "'" + value
    return value


def restore(value: _Cell) -> _Cell | str:
    """An imported cell as it was before ``inert``."""
    if isinstance(value, str) and value.startswith("'") and value[1:2].startswith(FORMULA_START):
        return value[1:]
    return value


def write_csv(path: Path | str, header: Iterable[str], rows: Iterable[tuple[object, ...]],
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


def _write_only_cell(sheet: XlsxSheet, value: str | float | None) -> Cell:
    """openpyxl's cell for a write-only sheet (its stubs type such a sheet ``Any``, which
    ``WriteOnlyCell`` does not take: the one cast, here)."""
    from openpyxl.cell import WriteOnlyCell

    return WriteOnlyCell(cast(Any, sheet), value=value)


def xlsx_cell(sheet: XlsxSheet, value: float | None, *, number_format: str) -> object:
    """A cell of a write-only sheet holding ``value`` shown in ``number_format`` (e.g.
    "0.0%"), for ``sheet.append``."""
    cell = _write_only_cell(sheet, value)
    cell.number_format = number_format
    return cell


def text_cells(sheet: XlsxSheet, row: Iterable[object]) -> list[object]:
    """A row for an openpyxl write-only sheet, its text cells stored as text."""
    def cell(value: object) -> object:
        if not isinstance(value, str):
            return value
        text = _write_only_cell(sheet, value)
        text.data_type = "s"  # openpyxl would store "=…" as a formula
        return text

    return [cell(v) for v in row]


def xlsx_workbook() -> Workbook:
    """An empty openpyxl workbook in write-only mode (rows streamed, little memory)."""
    import openpyxl

    return openpyxl.Workbook(write_only=True)


def xlsx_sheet(workbook: Workbook, title: str, widths: dict[str, float], *,
               freeze: str | None = None) -> XlsxSheet:
    """A new sheet of ``workbook`` with these column widths (by letter), its panes
    frozen at ``freeze`` ("A2": the header row stays in view)."""
    sheet: Any = workbook.create_sheet(title)  # openpyxl's stubs: a write-only sheet is Any
    for column, width in widths.items():
        sheet.column_dimensions[column].width = width
    if freeze is not None:
        sheet.freeze_panes = freeze
    return sheet


def xlsx_table(workbook: Workbook, title: str, header: Iterable[str],
               rows: Iterable[tuple[object, ...]],
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

