"""Opening a file of values: what it holds decides how it is read.

`open_table` looks at the first bytes, not the name: a workbook renamed .csv
is still a workbook, a database is never read as text. CSV files are read by
importing.csv_text, workbooks by importing.workbook; both give a
`TableSource` (importing.table).
"""

from __future__ import annotations

from pathlib import Path

from barometer_desktop.errors import QT_TRANSLATE_NOOP
from barometer_desktop.importing.csv_text import open_csv
from barometer_desktop.importing.errors import ImportFileError
from barometer_desktop.importing.table import TableSource
from barometer_desktop.importing.workbook import open_workbook

__all__ = ["TableSource", "open_table"]




def open_table(path: Path | str, sheet: str | None = None) -> TableSource:
    """Open a CSV or XLSX file; raise ImportFileError for anything unreadable.
    `sheet`: the workbook's sheet to read (None: the first that has data)."""
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
        return open_workbook(path, sheet)
    # Text, whatever its name says (a CSV saved as "x.xlsx" is read as the text it is).
    if sheet is not None:
        raise ImportFileError(
            QT_TRANSLATE_NOOP("Errors", "{file} is a text (CSV) file, which has no sheets; leave out the sheet."),
            file=path.name,
        )
    return open_csv(path)


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
