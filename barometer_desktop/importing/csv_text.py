"""Reading a CSV file: sniff its encoding and delimiter, then stream its records.

Encodings: UTF-8 (with or without BOM) and Windows-1252; a file that mixes
the two, or is UTF-16, is refused with the line to look at. Delimiter: the
one of semicolon, tab and comma the header line uses most.
"""

from __future__ import annotations

import codecs
import csv
import re
from collections.abc import Iterator
from pathlib import Path
from typing import TextIO

from barometer_desktop.errors import QT_TRANSLATE_NOOP
from barometer_desktop.importing.errors import ImportFileError
from barometer_desktop.importing.table import (
    MAX_COLUMNS,
    MAX_ROWS,
    TableSource,
    first_row,
    too_many_columns,
    too_many_rows,
)

SNIFF_BYTES = 256 * 1024
DELIMITERS = (";", "\t", ",")

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


def open_csv(path: Path) -> TableSource:
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
    text_handle = path.open("r", encoding=encoding, newline="")
    rows = _csv_rows(text_handle, delimiter, path)
    header = first_row(rows, path)
    return TableSource(
        path=path,
        header=header,
        delimiter=delimiter,
        encoding=encoding,
        neutralised_text=True,
        _rows=rows,
    )


def _csv_rows(handle: TextIO, delimiter: str, path: Path) -> Iterator[tuple[int, list[str]]]:
    reader = csv.reader(handle, delimiter=delimiter)
    try:
        # Numbered by record, not by text line: a spreadsheet shows a cell with
        # line breaks as one row, and an empty line as an empty row.
        for number, cells in enumerate(reader, start=1):
            if (cells and cells[0].strip()) or any(cell.strip() for cell in cells):
                if number > MAX_ROWS:
                    raise too_many_rows(path)
                if len(cells) > MAX_COLUMNS:
                    raise too_many_columns(path, number)
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
