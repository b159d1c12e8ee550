"""Reading an Excel workbook (.xlsx): check the archive, choose the sheet, stream its rows.

The archive is checked before anything is unpacked (sizes, entity
declarations), so a hostile file is refused with one line. A workbook may
have several sheets: the caller names one, or the automatic choice reads the
first visible sheet with data (a header and a row below it), preferring one
whose columns are recognised; a hidden sheet is read only when named. Cells come as Excel shows them (a number formatted as percent is read
as the percentage shown).
"""

from __future__ import annotations

import io
import logging
import re
import zipfile
from collections.abc import Iterator
from decimal import Decimal
from functools import cache
from pathlib import Path
from typing import Any

from barometer_desktop.domain.formatting import format_number
from barometer_desktop.errors import QT_TRANSLATE_NOOP
from barometer_desktop.importing.errors import ImportFileError
from barometer_desktop.importing.mapping import detect
from barometer_desktop.importing.table import (
    EMPTY_FILE,
    MAX_COLUMNS,
    MAX_ROWS,
    Cell,
    TableSource,
    first_row,
    header_text,
    too_many_columns,
    too_many_rows,
)

MAX_XLSX_UNCOMPRESSED = 500 * 1024 * 1024  # all parts of the workbook together
MAX_SHARED_STRINGS = 50 * 1024 * 1024  # Excel's table of texts, held in memory while reading


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


def open_workbook(path: Path, sheet: str | None = None) -> TableSource:
    """Read the sheet called `sheet`, or else the first sheet that has data."""
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
    try:
        chosen = _chosen_sheet(workbook, path, sheet)
    except BaseException:
        workbook.close()
        handle.close()
        raise
    names = tuple(str(s.title) for s in workbook.worksheets)
    hidden = tuple(str(s.title) for s in workbook.worksheets if not _visible(s))
    source = TableSource(path=path, header=[], sheet=str(chosen.title) if chosen is not None else "", sheets=names,
                         hidden_sheets=hidden)
    rows = _xlsx_rows(chosen, workbook, handle, path, source)
    try:
        source.header = first_row(rows, path)
    except ImportFileError as error:
        if sheet is None and hidden and error.template == EMPTY_FILE:
            # Only hidden sheets hold anything: say so rather than "the file is empty".
            raise ImportFileError(
                QT_TRANSLATE_NOOP("Errors", "The visible sheets of {file} are empty; a hidden sheet ({hidden}) is read "
                                            "only when chosen by name (the Sheet list, or --sheet NAME)."),
                file=path.name, hidden=", ".join(hidden),
            ) from None
        if sheet is None or len(names) < 2 or error.template != EMPTY_FILE:
            raise  # no sheet has data: the file is empty
        # The sheet the user chose is empty: say which sheet, not "the file is empty".
        raise ImportFileError(
            QT_TRANSLATE_NOOP("Errors", "The sheet {sheet} of {file} is empty; choose another sheet ({others})."),
            file=path.name, sheet=source.sheet, others=", ".join(n for n in names if n != source.sheet),
        ) from None
    source._rows = rows
    return source


def _chosen_sheet(workbook: Any, path: Path, name: str | None) -> Any:
    """The sheet called `name`; without a name the first sheet that has data
    (a cover sheet often comes first), or the first sheet when none has."""
    sheets = workbook.worksheets
    if name is not None:
        for sheet in sheets:
            if sheet.title == name:
                return sheet
        for sheet in sheets:  # as typed on a command line: case is forgiven
            if sheet.title.casefold() == name.strip().casefold():
                return sheet
        raise ImportFileError(
            QT_TRANSLATE_NOOP("Errors", "{file} has no sheet called \"{sheet}\"; its sheets are: {sheets}."),
            file=path.name, sheet=name, sheets=", ".join(str(s.title) for s in sheets),
        )
    try:
        return _automatic_choice(sheets)
    except Exception as error:  # anything the parser meets in a foreign file
        raise _not_a_workbook(path, error) from error


def _automatic_choice(sheets: list[Any]) -> Any:
    """Without a name: the first visible sheet with data whose columns are
    recognised, else the first visible sheet with data, else the first visible
    sheet with anything on it. A hidden sheet (often last year's values) and a
    sheet with a header only (a template) or a title only (a cover) are passed
    over. Only each sheet's first two filled rows are read."""
    visible = [sheet for sheet in sheets if _visible(sheet)] or sheets
    with_data = None
    for sheet in visible:
        header = _header_with_data(sheet)
        if header is None:
            continue
        if not detect([header_text(cell) for cell in header]).missing_roles():
            return sheet
        with_data = with_data or sheet
    if with_data is not None:
        return with_data
    return next((sheet for sheet in visible if _header_with_data(sheet, rows_below=0) is not None),
                visible[0] if visible else None)


def _visible(sheet: Any) -> bool:
    # openpyxl's sheet_state: "visible", "hidden" or "veryHidden" (hidden from Excel's Unhide list too).
    return getattr(sheet, "sheet_state", "visible") == "visible"


def _header_with_data(sheet: Any, rows_below: int = 1) -> tuple[Cell, ...] | None:
    """The sheet's first filled row when at least `rows_below` filled rows
    follow it, else None. Stops as soon as that is known."""
    sheet.reset_dimensions()
    header = None
    found = 0
    for row in sheet.iter_rows(values_only=True):
        if not any(_filled(value) for value in row):
            continue
        if header is None:
            header = row
        else:
            found += 1
        if found >= rows_below:
            return header
    return None


def _filled(value: Cell) -> bool:
    return value is not None and bool(str(value).strip())


def _xlsx_rows(
    sheet: Any, workbook: Any, handle: io.BufferedReader, path: Path, source: TableSource
) -> Iterator[tuple[int, list[Cell]]]:
    try:
        if sheet is None:  # a workbook without worksheets
            return
        # The size a sheet claims (e.g. A1:XFD1048576) is not trusted: only the
        # cells it really has are read, and the limits are checked on those.
        sheet.reset_dimensions()
        # Cell objects (with their number format) only when some style shows
        # percent: plain values are read in half the time.
        formats = _may_show_percent(workbook)
        for number, row in enumerate(sheet.iter_rows(min_row=1, min_col=1, values_only=not formats), start=1):
            if not row:
                continue
            if len(row) > MAX_COLUMNS:
                raise too_many_columns(path, number)
            cells = [_shown_value(cell, number, source) for cell in row] if formats else list(row)
            if any(_filled(c) for c in cells):
                if number > MAX_ROWS:
                    raise too_many_rows(path)
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
    if type(value) in (int, float) and _is_percent(cell.number_format or ""):
        source.note_percent_cell(row, cell.column)
        return float(Decimal(repr(value)) * 100)
    return value


@cache
def _is_percent(format_code: str) -> bool:
    """A number format that shows a number as percent (judged once per format:
    a sheet has a handful of formats and a hundred thousand cells)."""
    # Quoted text and escaped characters in a format code are shown literally.
    return "%" in re.sub(r'"[^"]*"|\\.', "", format_code)


def _may_show_percent(workbook: Any) -> bool:
    """Whether any cell style of the workbook has a percent number format."""
    from openpyxl.styles.numbers import BUILTIN_FORMATS, BUILTIN_FORMATS_MAX_SIZE  # heavy: only for an Excel file

    # The read-only workbook's style table (as its cells' number_format reads it).
    styles, custom = getattr(workbook, "_cell_styles", None), getattr(workbook, "_number_formats", None)
    if styles is None or custom is None:
        return True  # an openpyxl that keeps them elsewhere: look at every cell
    try:
        return any(
            _is_percent(BUILTIN_FORMATS.get(style.numFmtId, "General") if style.numFmtId < BUILTIN_FORMATS_MAX_SIZE
                        else custom[style.numFmtId - BUILTIN_FORMATS_MAX_SIZE])
            for style in styles
        )
    except (AttributeError, IndexError, TypeError):
        return True
