"""Reading tables from CSV and XLSX files, one row at a time.

A `TableSource` gives the header row and then streams the data rows with
their row number as a spreadsheet shows it (the header is row 1), so the engine never
holds a whole file in memory. CSV files are sniffed: delimiter (comma,
semicolon or tab) and encoding (UTF-8, UTF-8 with BOM, Windows-1252).
"""

from __future__ import annotations

import codecs
import csv
import io
from collections.abc import Iterator
from dataclasses import dataclass, field
from itertools import islice
from pathlib import Path
from typing import Any

from barometer_desktop.errors import QT_TRANSLATE_NOOP
from barometer_desktop.importing.errors import ImportFileError

SNIFF_BYTES = 256 * 1024
DELIMITERS = (";", "\t", ",")
# Cells are text (CSV) or numbers/text/None (XLSX); the engine handles both.
Cell = Any


@dataclass
class TableSource:
    path: Path
    header: list[str]
    # The number format is not the source's business: it is decided from all
    # the cells while reading (importing.numbers), never from the delimiter.
    delimiter: str = ""
    encoding: str = ""
    _rows: Iterator[tuple[int, list[Cell]]] = field(default=iter(()), repr=False)

    def rows(self) -> Iterator[tuple[int, list[Cell]]]:
        """(row number in the file, cells) for every non-empty data row."""
        return self._rows

    def preview(self, count: int = 20) -> list[tuple[int, list[Cell]]]:
        """The first `count` data rows with their row numbers (consumes them;
        open the file again to import)."""
        return list(islice(self._rows, count))

    def close(self) -> None:
        closer = getattr(self._rows, "close", None)
        if closer is not None:
            closer()


def open_table(path: Path | str) -> TableSource:
    """Open a CSV or XLSX file; raise ImportFileError for anything unreadable."""
    path = Path(path)
    if not path.is_file():
        raise ImportFileError(QT_TRANSLATE_NOOP("Errors", "The file {file} does not exist."), file=str(path))
    suffix = path.suffix.lower()
    if suffix in (".xlsx", ".xlsm"):
        return _open_xlsx(path)
    if suffix == ".xls":
        raise ImportFileError(
            QT_TRANSLATE_NOOP("Errors", "Old Excel files (.xls) cannot be read; save the file as .xlsx or CSV.")
        )
    return _open_csv(path)


# -- CSV ---------------------------------------------------------------------------


def _sniff_encoding(sample: bytes) -> str:
    if sample.startswith(codecs.BOM_UTF8):
        return "utf-8-sig"
    if sample.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        raise ImportFileError(
            QT_TRANSLATE_NOOP("Errors", "The file is UTF-16 text; save it as UTF-8 or Windows-1252 CSV.")
        )
    try:
        # A multi-byte character may be cut at the end of the sample.
        sample.decode("utf-8")
        return "utf-8"
    except UnicodeDecodeError as error:
        if error.start >= len(sample) - 3 and len(sample) == SNIFF_BYTES:
            return "utf-8"
    return "cp1252"


def _sniff_delimiter(first_line: str) -> str:
    counts = {d: first_line.count(d) for d in DELIMITERS}
    best = max(DELIMITERS, key=lambda d: counts[d])
    return best if counts[best] else ";"


def _open_csv(path: Path) -> TableSource:
    with path.open("rb") as handle:
        sample = handle.read(SNIFF_BYTES)
    if b"\x00" in sample:
        raise ImportFileError(
            QT_TRANSLATE_NOOP("Errors", "{file} is not a text file (CSV) or an Excel workbook (.xlsx)."),
            file=path.name,
        )
    encoding = _sniff_encoding(sample)
    text = sample.decode(encoding, errors="replace")
    first_line = next((line for line in text.splitlines() if line.strip()), "")
    delimiter = _sniff_delimiter(first_line)
    handle = path.open("r", encoding=encoding, newline="")
    rows = _csv_rows(handle, delimiter, path)
    header = _first_row(rows, path)
    return TableSource(
        path=path,
        header=header,
        delimiter=delimiter,
        encoding=encoding,
        _rows=rows,
    )


def _csv_rows(handle: io.TextIOBase, delimiter: str, path: Path) -> Iterator[tuple[int, list[str]]]:
    reader = csv.reader(handle, delimiter=delimiter)
    try:
        # Numbered by record, not by text line: a spreadsheet shows a cell with
        # line breaks as one row, and an empty line as an empty row.
        for number, cells in enumerate(reader, start=1):
            if (cells and cells[0].strip()) or any(cell.strip() for cell in cells):
                yield number, cells
    except UnicodeDecodeError as error:
        raise ImportFileError(
            QT_TRANSLATE_NOOP(
                "Errors", "{file} mixes character encodings near row {row}; save it as UTF-8 and try again."
            ),
            file=path.name,
            row=reader.line_num + 1,
        ) from error
    except csv.Error as error:
        raise ImportFileError(
            QT_TRANSLATE_NOOP("Errors", "{file} is not a readable CSV file (row {row}): {reason}"),
            file=path.name,
            row=reader.line_num,
            reason=str(error),
        ) from error
    finally:
        handle.close()


def _first_row(rows: Iterator[tuple[int, list[Cell]]], path: Path) -> list[str]:
    try:
        _, header = next(rows)
    except StopIteration:
        raise ImportFileError(QT_TRANSLATE_NOOP("Errors", "{file} is empty."), file=path.name) from None
    return [_header_text(cell) for cell in header]


def _header_text(cell: Cell) -> str:
    if cell is None:
        return ""
    if isinstance(cell, float) and cell.is_integer():
        return str(int(cell))
    return str(cell).strip()


# -- XLSX --------------------------------------------------------------------------


def _open_xlsx(path: Path) -> TableSource:
    import zipfile

    import openpyxl  # heavy: only when an Excel file is opened

    try:
        workbook = openpyxl.load_workbook(path, read_only=True, data_only=True)
    except (zipfile.BadZipFile, KeyError, OSError, ValueError, TypeError) as error:
        raise ImportFileError(
            QT_TRANSLATE_NOOP("Errors", "{file} is not a readable Excel workbook: {reason}"),
            file=path.name,
            reason=str(error) or type(error).__name__,
        ) from error
    rows = _xlsx_rows(workbook, path)
    header = _first_row(rows, path)
    return TableSource(path=path, header=header, _rows=rows)


def _xlsx_rows(workbook: Any, path: Path) -> Iterator[tuple[int, list[Cell]]]:
    try:
        sheet = workbook.worksheets[0]
        for number, values in enumerate(sheet.iter_rows(values_only=True), start=1):
            cells = list(values)
            if any(c is not None and str(c).strip() for c in cells):
                yield number, cells
    except (KeyError, ValueError, TypeError) as error:
        raise ImportFileError(
            QT_TRANSLATE_NOOP("Errors", "{file} is not a readable Excel workbook: {reason}"),
            file=path.name,
            reason=str(error) or type(error).__name__,
        ) from error
    finally:
        workbook.close()
