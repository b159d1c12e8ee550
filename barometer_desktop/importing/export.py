"""Export values in the long format that import reads back unchanged.

CSV: UTF-8 with BOM, semicolons and decimal commas, which Danish Excel opens
correctly by double-click; text cells a spreadsheet would run as a formula
are neutralised with a leading apostrophe, which the import removes again
(domain.spreadsheet_text). XLSX: real numbers, and text cells always typed
as text (openpyxl would otherwise write "=..." as a formula). Values are written with full
precision (no rounding, no thousands separators), so export → import gives
the same database content. Rows stream from the database; the file is
written beside the target and renamed into place when complete.
"""

from __future__ import annotations

import csv
from collections.abc import Iterator
from decimal import Decimal
from pathlib import Path

from barometer_desktop.atomic_files import atomic_target
from barometer_desktop.domain.spreadsheet_text import neutralise, starts_like_formula
from barometer_desktop.errors import QT_TRANSLATE_NOOP, ExportError
from barometer_desktop.storage import observations
from barometer_desktop.storage.database import Database
from barometer_desktop.write_targets import CSV, XLSX, check_file_target

HEADER = ["indikator", "område", "periode", "værdi", "stikprøve", "standardfejl", "foreløbig", "note", "offentlig_note"]


def _period_text(year: int, kind: str, number: int) -> str:
    if kind == "quarter":
        return f"{year}K{number}"
    if kind == "month":
        return f"{year}M{number:02d}"
    return str(year)


def _rows(db: Database, indicator_code: str | None) -> Iterator[tuple]:
    for code, area, year, kind, number, value, sample, error, provisional, note, public in observations.export_rows(
        db, indicator_code
    ):
        yield code, area, _period_text(year, kind, number), value, sample, error, provisional, note or "", public


def decimal_comma(value: float | None) -> str:
    if value is None:
        return ""
    # repr is the shortest text that reads back as the same float; Decimal
    # writes it without an exponent.
    text = format(Decimal(repr(float(value))), "f")
    if "." in text:
        text = text.rstrip("0").rstrip(".")
    return text.replace(".", ",")


def _yes_no(flag: bool) -> str:
    return "ja" if flag else "nej"


def export_values(db: Database, target: Path | str, indicator_code: str | None = None) -> int:
    """Write the values to `target` (.csv or .xlsx); returns how many were written.

    Replaces only an earlier CSV or workbook, never the database or a file of another kind.
    """
    protect = (db.location.path,) if db.location.path is not None else ()
    suffix = Path(target).suffix.lower()
    if suffix not in (".csv", ".xlsx"):
        check_file_target(target, None, protect=protect)  # "that is the database" says more than the suffix
        raise ExportError(QT_TRANSLATE_NOOP("Errors", "Export to a .csv or .xlsx file."))
    with atomic_target(target, CSV if suffix == ".csv" else XLSX, protect=protect) as temp:
        try:
            return _write_csv(db, temp, indicator_code) if suffix == ".csv" else _write_xlsx(db, temp, indicator_code)
        except OSError as error:
            raise ExportError(
                QT_TRANSLATE_NOOP("Errors", "The export to {target} failed: {reason}"),
                target=str(target), reason=error.strerror or str(error),
            ) from error


def _write_csv(db: Database, path: Path, indicator_code: str | None) -> int:
    count = 0
    with path.open("w", encoding="utf-8-sig", newline="") as handle:
        writer = csv.writer(handle, delimiter=";")
        writer.writerow(HEADER)
        for code, area, period, value, sample, error, provisional, note, public in _rows(db, indicator_code):
            writer.writerow([
                neutralise(code), neutralise(area), period, decimal_comma(value), "" if sample is None else str(sample),
                decimal_comma(error), _yes_no(provisional), neutralise(note), _yes_no(public),
            ])
            count += 1
    return count


def _write_xlsx(db: Database, path: Path, indicator_code: str | None) -> int:
    from openpyxl import Workbook  # heavy: only when exporting to Excel
    from openpyxl.cell import WriteOnlyCell
    from openpyxl.utils.exceptions import IllegalCharacterError

    workbook = Workbook(write_only=True)
    sheet = workbook.create_sheet("Integrationsbarometer")
    sheet.append(HEADER)

    def text(value: str) -> object:
        if not starts_like_formula(value):
            return value
        # Typed as text, and marked so that Excel keeps it text when the cell is edited.
        cell = WriteOnlyCell(sheet, value=value)
        cell.data_type = "s"
        cell.quotePrefix = True
        return cell

    count = 0
    for code, area, period, value, sample, error, provisional, note, public in _rows(db, indicator_code):
        try:
            sheet.append([text(code), text(area), period, value, sample, error, _yes_no(provisional), text(note),
                          _yes_no(public)])
        except IllegalCharacterError:
            raise ExportError(
                QT_TRANSLATE_NOOP(
                    "Errors", "The note of {indicator} {area} {period} holds a control character that an Excel file "
                              "cannot hold. Export to CSV, or remove the character from the note."
                ),
                indicator=code, area=area, period=period,
            ) from None
        count += 1
    workbook.save(path)
    return count
