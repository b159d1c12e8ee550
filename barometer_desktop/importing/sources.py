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
import logging
import re
import zipfile
from collections.abc import Iterator
from dataclasses import dataclass, field
from decimal import Decimal
from itertools import islice
from pathlib import Path
from typing import Any

from barometer_desktop.domain.formatting import format_number
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
    # CSV text cells may carry the apostrophe our CSV export puts before a
    # formula-like text (domain.spreadsheet_text); XLSX cells carry their type.
    neutralised_text: bool = False
    _rows: Iterator[tuple[int, list[Cell]]] = field(default=iter(()), repr=False)
    # XLSX cells formatted as percent, read as shown (12.5 for 0.125): how
    # many, and the first one's (row, column number), for the report.
    percent_cells: int = 0
    first_percent_cell: tuple[int, int] | None = None

    def note_percent_cell(self, row: int, column: int) -> None:
        self.percent_cells += 1
        if self.first_percent_cell is None:
            self.first_percent_cell = (row, column)

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
    if path.is_dir():
        raise ImportFileError(QT_TRANSLATE_NOOP("Errors", "{file} is a folder; choose a CSV or Excel file."),
                              file=str(path))
    if not path.exists():
        raise ImportFileError(QT_TRANSLATE_NOOP("Errors", "The file {file} does not exist."), file=str(path))
    if not path.is_file():
        raise ImportFileError(
            QT_TRANSLATE_NOOP("Errors", "{file} is not an ordinary file (a device or another special file); "
                                        "choose a CSV or Excel file."),
            file=str(path),
        )
    # What the file holds decides how it is read, not its name: a workbook
    # renamed .csv is still a workbook, and a database is never read as text.
    kind = _content_kind(path)
    if kind == "sqlite":
        raise ImportFileError(
            QT_TRANSLATE_NOOP("Errors", "{file} is a database, not a table of values; import reads CSV and Excel "
                                        "files. A barometer database is opened with File > Open database."),
            file=path.name,
        )
    if kind == "ole":
        raise ImportFileError(
            QT_TRANSLATE_NOOP("Errors", "{file} is an old Excel file (.xls) or another Office 97 document, which "
                                        "cannot be read; save it from Excel as .xlsx or CSV."),
            file=path.name,
        )
    if kind == "zip":
        return _open_xlsx(path)
    # Text, whatever its name says (a CSV saved as "x.xlsx" is read as the text it is).
    return _open_csv(path)


def _content_kind(path: Path) -> str:
    """'sqlite', 'ole' (Office 97), 'zip' (XLSX and other zip archives) or 'text', from the first bytes."""
    with path.open("rb") as handle:
        head = handle.read(16)
    if head.startswith(b"SQLite format 3\x00"):
        return "sqlite"
    if head.startswith(bytes.fromhex("D0CF11E0A1B11AE1")):
        return "ole"
    if head.startswith((b"PK\x03\x04", b"PK\x05\x06")):
        return "zip"
    return "text"


# -- limits ------------------------------------------------------------------------

# What a barometer file can need, with room to spare; beyond this a file is
# refused at once with one line instead of minutes of work and gigabytes of
# memory (a hostile XLSX can claim a million columns or hide a gigabyte of
# shared strings in 2 MB).
MAX_ROWS = 2_000_000
MAX_COLUMNS = 2_000
MAX_XLSX_UNCOMPRESSED = 500 * 1024 * 1024  # all parts of the workbook together
MAX_SHARED_STRINGS = 50 * 1024 * 1024  # Excel's table of texts, held in memory while reading


def _too_many_rows(path: Path) -> ImportFileError:
    return ImportFileError(
        QT_TRANSLATE_NOOP("Errors", "{file} has more than {limit} rows; split it into smaller files."),
        file=path.name, limit=format_number(MAX_ROWS, 0),
    )


def _too_many_columns(path: Path, row: int) -> ImportFileError:
    return ImportFileError(
        QT_TRANSLATE_NOOP("Errors", "Row {row} of {file} has more than {limit} columns; no barometer table is "
                                    "that wide. Check the file or save only the table as a new file."),
        row=row, file=path.name, limit=format_number(MAX_COLUMNS, 0),
    )


# -- CSV ---------------------------------------------------------------------------

# A character of two to four bytes as UTF-8 writes it. Windows-1252 text
# practically never contains these byte pairs ("Ã¸" is how "ø" in UTF-8 looks
# in Windows-1252), so finding them in a file that is not UTF-8 throughout
# means it mixes the two encodings.
_UTF8_CHARACTER = re.compile(rb"[\xC2-\xDF][\x80-\xBF]|[\xE0-\xEF][\x80-\xBF]{2}|[\xF0-\xF4][\x80-\xBF]{3}")


def _mixed_encodings(path: Path, line: int) -> ImportFileError:
    return ImportFileError(
        QT_TRANSLATE_NOOP(
            "Errors", "{file} mixes character encodings: line {line} is not in the same encoding (UTF-8 or "
                      "Windows-1252) as the rest of the file. Save the whole file as UTF-8 and try again."
        ),
        file=path.name, line=line,
    )


def _utf16(path: Path) -> ImportFileError:
    return ImportFileError(
        QT_TRANSLATE_NOOP("Errors", "{file} is UTF-16 text; save it as UTF-8 or Windows-1252 CSV."), file=path.name
    )


def _looks_utf16(sample: bytes) -> bool:
    """UTF-16 without a byte-order mark: Latin text has a zero in every other byte."""
    head = sample[:2000]
    if len(head) < 4:
        return False
    even, odd = head[0::2], head[1::2]
    return max(even.count(0) / len(even), odd.count(0) / len(odd)) > 0.4


def _sniff_encoding(sample: bytes, path: Path) -> str:
    if sample.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)) or _looks_utf16(sample):
        raise _utf16(path)
    if sample.startswith(codecs.BOM_UTF8):
        return "utf-8-sig"
    try:
        sample.decode("utf-8")
        return "utf-8"
    except UnicodeDecodeError as error:
        # A multi-byte character may be cut at the end of the sample.
        if error.start >= len(sample) - 3 and len(sample) == SNIFF_BYTES:
            return "utf-8"
        if _UTF8_CHARACTER.search(sample):
            raise _mixed_encodings(path, sample.count(b"\n", 0, error.start) + 1) from None
    _check_no_utf8_characters(path)
    return "cp1252"


def _check_no_utf8_characters(path: Path) -> None:
    """A Windows-1252 file must not hold UTF-8 text further down either."""
    line = 1
    tail = b""
    with path.open("rb") as handle:
        while chunk := handle.read(1 << 20):
            data = tail + chunk
            found = _UTF8_CHARACTER.search(data)
            if found:
                raise _mixed_encodings(path, line + data.count(b"\n", 0, found.start()))
            # Keep a few bytes: a character may be cut between two chunks.
            tail = data[-3:]
            line += data.count(b"\n") - tail.count(b"\n")


def _first_bad_utf8_line(path: Path) -> int:
    """The line holding the first byte that is not UTF-8 (after reading failed)."""
    decoder = codecs.getincrementaldecoder("utf-8")()
    line = 1
    with path.open("rb") as handle:
        for raw in handle:
            try:
                decoder.decode(raw)
            except UnicodeDecodeError:
                return line
            line += 1
    return line


def _sniff_delimiter(first_line: str) -> str:
    counts = {d: first_line.count(d) for d in DELIMITERS}
    best = max(DELIMITERS, key=lambda d: counts[d])
    return best if counts[best] else ";"


def _open_csv(path: Path) -> TableSource:
    with path.open("rb") as handle:
        sample = handle.read(SNIFF_BYTES)
    encoding = _sniff_encoding(sample, path)
    if b"\x00" in sample:
        raise ImportFileError(
            QT_TRANSLATE_NOOP("Errors", "{file} is not a text file (CSV) or an Excel workbook (.xlsx)."),
            file=path.name,
        )
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
        neutralised_text=True,
        _rows=rows,
    )


def _csv_rows(handle: io.TextIOBase, delimiter: str, path: Path) -> Iterator[tuple[int, list[str]]]:
    reader = csv.reader(handle, delimiter=delimiter)
    try:
        # Numbered by record, not by text line: a spreadsheet shows a cell with
        # line breaks as one row, and an empty line as an empty row.
        for number, cells in enumerate(reader, start=1):
            if (cells and cells[0].strip()) or any(cell.strip() for cell in cells):
                if number > MAX_ROWS:
                    raise _too_many_rows(path)
                if len(cells) > MAX_COLUMNS:
                    raise _too_many_columns(path, number)
                yield number, cells
    except UnicodeDecodeError as error:
        raise _mixed_encodings(path, _first_bad_utf8_line(path)) from error
    except csv.Error as error:
        raise ImportFileError(
            QT_TRANSLATE_NOOP("Errors", "{file} is not a readable CSV file (row {row}): {reason}"),
            file=path.name,
            row=reader.line_num,
            reason=str(error),
        ) from error
    finally:
        handle.close()


EMPTY_FILE = QT_TRANSLATE_NOOP("Errors", "{file} is empty.")


def _first_row(rows: Iterator[tuple[int, list[Cell]]], path: Path) -> list[str]:
    try:
        _, header = next(rows)
    except StopIteration:
        raise ImportFileError(EMPTY_FILE, file=path.name) from None
    return [_header_text(cell) for cell in header]


def _header_text(cell: Cell) -> str:
    if cell is None:
        return ""
    if isinstance(cell, float) and cell.is_integer():
        return str(int(cell))
    return str(cell).strip()


# -- XLSX --------------------------------------------------------------------------


def _entities(path: Path) -> ImportFileError:
    return ImportFileError(
        QT_TRANSLATE_NOOP(
            "Errors", "{file} is not a valid XLSX file: its XML declares entities, which Excel never writes "
                      "and which are not read for safety."
        ),
        file=path.name,
    )


_ROOT_ELEMENT = re.compile(rb"<[A-Za-z_]")


def _declares_a_dtd(archive: Any, member: Any) -> bool:
    """A document type declaration (where entities are declared) before the
    part's root element. Excel never writes one; refusing it here makes the
    rule the same whichever XML parser openpyxl uses (defusedxml refuses
    entities, lxml leaves them unexpanded)."""
    with archive.open(member) as handle:
        head = handle.read(64 * 1024)
    root = _ROOT_ELEMENT.search(head)
    return b"<!DOCTYPE" in (head[: root.start()] if root else head)


def _not_a_workbook(path: Path, error: BaseException) -> ImportFileError:
    cause: BaseException | None = error
    while cause is not None:
        if type(cause).__module__.startswith("defusedxml"):
            return _entities(path)
        cause = cause.__cause__ or cause.__context__
    # The parser's own words are English and name its internals: they go to the log.
    logging.getLogger(__name__).info("%s: workbook not readable: %r", path.name, error)
    return ImportFileError(
        QT_TRANSLATE_NOOP("Errors", "{file} is damaged or not an Excel workbook; open it in Excel, save it again "
                                    "as .xlsx, and try again."),
        file=path.name,
    )


def _check_archive(path: Path) -> None:
    """Refuse a workbook whose parts would unpack to more than we read, before
    anything is unpacked. The sizes a zip declares bound what it yields: Python's
    zipfile stops at the declared size and fails the checksum beyond it."""

    try:
        with zipfile.ZipFile(path) as archive:
            members = archive.infolist()
            declares = any(_declares_a_dtd(archive, m) for m in members if m.filename.lower().endswith((".xml", ".rels")))
    except Exception as error:  # zipfile and zlib raise many kinds on a damaged archive
        raise _not_a_workbook(path, error) from error
    if declares:
        raise _entities(path)
    if not any(m.filename.lower() == "xl/workbook.xml" for m in members):
        raise ImportFileError(
            QT_TRANSLATE_NOOP("Errors", "{file} is a zip archive, not an Excel workbook; unpack it and import the "
                                        "CSV or Excel file inside."),
            file=path.name,
        )
    total = sum(member.file_size for member in members)
    strings = sum(m.file_size for m in members if m.filename.lower().endswith("sharedstrings.xml"))
    if total > MAX_XLSX_UNCOMPRESSED or strings > MAX_SHARED_STRINGS:
        raise ImportFileError(
            QT_TRANSLATE_NOOP(
                "Errors", "{file} unpacks to {size} MB, more than an import reads ({limit} MB, of which at most "
                          "{strings_limit} MB texts). Save only the table in a new workbook, or as CSV."
            ),
            file=path.name, size=format_number(total // (1024 * 1024), 0),
            limit=MAX_XLSX_UNCOMPRESSED // (1024 * 1024), strings_limit=MAX_SHARED_STRINGS // (1024 * 1024),
        )


def _open_xlsx(path: Path) -> TableSource:
    _check_archive(path)
    import openpyxl  # heavy: only when an Excel file is opened

    handle = path.open("rb")
    try:
        # No part declares entities (_check_archive), and openpyxl parses the
        # sheets with defusedxml (a dependency for this reason) and the other
        # parts with defusedxml or, where lxml is installed, lxml without
        # entity resolution: XXE and "billion laughs" are never expanded.
        # A handle, not the name: openpyxl judges a name by its extension, and a
        # workbook renamed .csv is still read as the workbook it is.
        workbook = openpyxl.load_workbook(handle, read_only=True, data_only=True)
    except Exception as error:  # anything the parser meets in a foreign file
        handle.close()
        raise _not_a_workbook(path, error) from error
    source = TableSource(path=path, header=[])
    first_sheet = workbook.worksheets[0].title if workbook.worksheets else ""
    others = [sheet.title for sheet in workbook.worksheets[1:]]
    rows = _xlsx_rows(workbook, handle, path, source)
    try:
        source.header = _first_row(rows, path)
    except ImportFileError as error:
        if not others or error.template != EMPTY_FILE:
            raise
        # Only the first sheet is read: say so, rather than call a workbook with data "empty".
        raise ImportFileError(
            QT_TRANSLATE_NOOP("Errors", "The first sheet of {file} ({sheet}) is empty; an import reads only the "
                                        "first sheet. Move the sheet with the values first ({others}), save, and "
                                        "try again."),
            file=path.name, sheet=first_sheet, others=", ".join(others),
        ) from None
    source._rows = rows
    return source


def _xlsx_rows(
    workbook: Any, handle: io.BufferedReader, path: Path, source: TableSource
) -> Iterator[tuple[int, list[Cell]]]:
    try:
        sheet = workbook.worksheets[0]
        # The size a sheet claims (e.g. A1:XFD1048576) is not trusted: only the
        # cells it really has are read, and the limits are checked on those.
        sheet.reset_dimensions()
        for number, row in enumerate(sheet.iter_rows(min_row=1, min_col=1), start=1):
            if not row:
                continue
            if len(row) > MAX_COLUMNS:
                raise _too_many_columns(path, number)
            cells = [_shown_value(cell, number, source) for cell in row]
            if any(c is not None and str(c).strip() for c in cells):
                if number > MAX_ROWS:
                    raise _too_many_rows(path)
                yield number, cells
    except ImportFileError:
        raise
    except Exception as error:  # anything the parser meets in a foreign file
        raise _not_a_workbook(path, error) from error
    finally:
        workbook.close()
        handle.close()


def _shown_value(cell: Any, row: int, source: TableSource) -> Cell:
    """The cell's value as Excel shows it: a number formatted as percent
    (0.125 shown as 12.5 %) is 12.5, like the same text typed in a CSV file."""
    value = cell.value
    if type(value) in (int, float) and "%" in _format_code(cell):
        source.note_percent_cell(row, cell.column)
        return float(Decimal(repr(value)) * 100)
    return value


def _format_code(cell: Any) -> str:
    # Quoted text and escaped characters in a format code are shown literally.
    code = cell.number_format or ""
    return re.sub(r'"[^"]*"|\\.', "", code)
