"""Writing CSV and XLSX files people open in a spreadsheet, safely.

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
