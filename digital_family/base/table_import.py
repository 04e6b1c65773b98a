"""Reading a table people filled in (.csv or .xlsx) for an import: its rows numbered as
the spreadsheet shows them, the header's columns found, and every problem as a
``RowError``; ``ImportRefused`` carries them all (the register, course completions).

An .xlsx is refused before it is unpacked when its parts would unpack to more than
``MAX_XLSX_UNPACKED_BYTES``, and streamed row by row up to ``max_rows``.
"""

from __future__ import annotations

import csv
import io
import zipfile
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from digital_family.base import spreadsheets
from digital_family.base.i18n import DEFAULT_LANGUAGE, CatalogueError, t
from digital_family.base.validation import ValidationError, clean_text

# What an .xlsx may unpack to (its parts' sizes, which bound what is read of each): a
# 200,000-row register is ~150 MB of XML; a "zip bomb" of a few MB is refused unread.
MAX_XLSX_UNPACKED_BYTES = 300 * 1024 * 1024


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


class ImportRefused(CatalogueError):
    """The file cannot be imported; ``errors`` lists why. Nothing was written."""

    def __init__(self, errors: Iterable[RowError]):
        self.errors = list(errors)
        super().__init__("error.import.refused", n=len(self.errors))



def _file_error(key: str, **params: object) -> ImportRefused:
    return ImportRefused([RowError(None, None, key, params)])


def is_blank(cells: Iterable[object]) -> bool:
    return all(clean_text(c) == "" for c in cells)


def _read_csv(data: bytes) -> list[tuple[int, list[object]]]:
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


def _read_xlsx(source: io.BytesIO, max_rows: int | None = None
               ) -> list[tuple[int, list[object]]]:
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
        rows: list[tuple[int, list[object]]] = []
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


def header_index(
    header: list[object], columns: Sequence[str]
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
