"""A table read from a file: its header, then its rows one at a time.

A `TableSource` gives the header row and then streams the data rows with
their row number as a spreadsheet shows it (the header is row 1), so the
engine never holds a whole file in memory. importing.sources opens one
(importing.csv_text and importing.workbook read the two kinds of file); the
limits here bound what any file may make the import read.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, field
from itertools import islice
from pathlib import Path
from typing import Any

from barometer_desktop.domain.formatting import format_number
from barometer_desktop.errors import QT_TRANSLATE_NOOP
from barometer_desktop.importing.errors import ImportFileError

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
    # CSV text cells may carry the apostrophe our CSV export puts before a
    # formula-like text (domain.spreadsheet_text); XLSX cells carry their type.
    neutralised_text: bool = False
    _rows: Iterator[tuple[int, list[Cell]]] = field(default=iter(()), repr=False)
    # A workbook's sheet that was read, and all its sheets in order ("" and () for CSV).
    sheet: str = ""
    sheets: tuple[str, ...] = ()
    # Those of them hidden in Excel: read only when named, never offered as "another sheet".
    hidden_sheets: tuple[str, ...] = ()
    # XLSX cells formatted as percent, read as shown (12.5 for 0.125): how
    # many, and the first one's (row, column number), for the report.
    percent_cells: int = 0
    first_percent_cell: tuple[int, int] | None = None

    def note_percent_cell(self, row: int, column: int) -> None:
        self.percent_cells += 1
        if self.first_percent_cell is None:
            self.first_percent_cell = (row, column)

    def other_sheets(self) -> tuple[str, ...]:
        """The workbook's visible sheets besides the one read: where the values may be instead."""
        return tuple(s for s in self.sheets if s != self.sheet and s not in self.hidden_sheets)

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


# -- limits ------------------------------------------------------------------------

# What a barometer file can need, with room to spare; beyond this a file is
# refused at once with one line instead of minutes of work and gigabytes of
# memory (a hostile XLSX can claim a million columns or hide a gigabyte of
# shared strings in 2 MB).
MAX_ROWS = 2_000_000
MAX_COLUMNS = 2_000


def too_many_rows(path: Path) -> ImportFileError:
    return ImportFileError(
        QT_TRANSLATE_NOOP("Errors", "{file} has more than {limit} rows; split it into smaller files."),
        file=path.name, limit=format_number(MAX_ROWS, 0),
    )


def too_many_columns(path: Path, row: int) -> ImportFileError:
    return ImportFileError(
        QT_TRANSLATE_NOOP("Errors", "Row {row} of {file} has more than {limit} columns; no barometer table is "
                                    "that wide. Check the file or save only the table as a new file."),
        row=row, file=path.name, limit=format_number(MAX_COLUMNS, 0),
    )


EMPTY_FILE = QT_TRANSLATE_NOOP("Errors", "{file} is empty.")


def first_row(rows: Iterator[tuple[int, list[Cell]]], path: Path) -> list[str]:
    try:
        _, header = next(rows)
    except StopIteration:
        raise ImportFileError(EMPTY_FILE, file=path.name) from None
    return [header_text(cell) for cell in header]


def header_text(cell: Cell) -> str:
    if cell is None:
        return ""
    if isinstance(cell, float) and cell.is_integer():
        return str(int(cell))
    return str(cell).strip()

