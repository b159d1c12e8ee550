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
import re
import zipfile
from collections.abc import Iterator
from decimal import Decimal
from pathlib import Path

from barometer_desktop.atomic_files import atomic_target
from barometer_desktop.domain.areas import fixed_areas
from barometer_desktop.domain.periods import period_code
from barometer_desktop.domain.spreadsheet_text import neutralise, starts_like_formula
from barometer_desktop.errors import QT_TRANSLATE_NOOP, ExportError, os_reason
from barometer_desktop.storage import catalog, observations
from barometer_desktop.storage.database import Database
from barometer_desktop.write_targets import CSV, XLSX, FileKind, check_file_target

HEADER = ["indikator", "område", "periode", "værdi", "stikprøve", "standardfejl", "foreløbig", "note", "offentlig_note"]


def _rows(db: Database, indicator_code: str | None) -> Iterator[tuple]:
    for code, area, year, kind, number, value, sample, error, provisional, note, public in observations.export_rows(
        db, indicator_code
    ):
        yield code, area, period_code(year, kind, number), value, sample, error, provisional, note or "", public


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
    return _export(db, lambda: _rows(db, indicator_code), target)


def _template_rows(db: Database, year: int) -> Iterator[tuple]:
    areas = fixed_areas(catalog.areas(db))
    for indicator in catalog.indicators(db, include_retired=False):
        for area in areas:
            yield indicator.code, area.name, str(year), None, None, None, False, "", False


def export_template(db: Database, target: Path | str, year: int) -> int:
    """An import template: one row per active indicator and fixed area (the
    municipality, the country) for `year`, values empty, in the very format
    import reads. Empty values are skipped on import, so a half-filled
    template imports what was filled in."""
    return _export(db, lambda: _template_rows(db, year), target)


def _export(db: Database, rows, target: Path | str) -> int:  # a callable giving the rows
    protect = (db.location.path,) if db.location.path is not None else ()
    suffix = Path(target).suffix.lower()
    if suffix not in (".csv", ".xlsx"):
        check_file_target(target, None, protect=protect)  # "that is the database" says more than the suffix
        raise ExportError(QT_TRANSLATE_NOOP("Errors", "Export to a .csv or .xlsx file."))
    kind = CSV if suffix == ".csv" else XLSX
    _refuse_foreign(check_file_target(target, kind, protect=protect), kind)
    with atomic_target(target, kind, protect=protect) as temp:
        try:
            return _write_csv(temp, rows()) if suffix == ".csv" else _write_xlsx(temp, rows())
        except OSError as error:
            raise ExportError(
                QT_TRANSLATE_NOOP("Errors", "The export to {target} failed: {reason}"),
                target=str(target), reason=os_reason(error),
            ) from error


SHEET_TITLE = "Integrationsbarometer"
_SHEET_NAMES = re.compile(r'<sheet\b[^>]*\bname="([^"]*)"')


def _refuse_foreign(path: Path, kind: FileKind) -> None:
    """Replace only an earlier export (or template): a CSV whose first line is the
    export's header, a workbook holding just the export's sheet. Another file of
    the same kind (the user's own workbook) is refused, never lost."""
    if not path.is_file() or path.stat().st_size == 0:
        return
    try:
        if kind is CSV:
            with path.open(encoding="utf-8-sig", errors="replace", newline="") as handle:
                first = handle.readline(4096)
            ours = re.split("[;,]", first.strip(), maxsplit=1)[0] == HEADER[0]
        else:
            with zipfile.ZipFile(path) as workbook:
                names = _SHEET_NAMES.findall(workbook.read("xl/workbook.xml").decode("utf-8", "replace"))
            ours = names == [SHEET_TITLE]
    except (OSError, KeyError, zipfile.BadZipFile):
        ours = False
    if not ours:
        raise ExportError(
            QT_TRANSLATE_NOOP(
                "Errors",
                "{file} already exists and is not an earlier export of values, so it was not replaced. "
                "Choose another file name.",
            ),
            file=str(path),
        )


def _write_csv(path: Path, rows: Iterator[tuple]) -> int:
    count = 0
    with path.open("w", encoding="utf-8-sig", newline="") as handle:
        writer = csv.writer(handle, delimiter=";")
        writer.writerow(HEADER)
        for code, area, period, value, sample, error, provisional, note, public in rows:
            writer.writerow([
                neutralise(code), neutralise(area), period, decimal_comma(value), "" if sample is None else str(sample),
                decimal_comma(error), _yes_no(provisional), neutralise(note), _yes_no(public),
            ])
            count += 1
    return count


def _write_xlsx(path: Path, rows: Iterator[tuple]) -> int:
    from openpyxl import Workbook  # heavy: only when exporting to Excel
    from openpyxl.cell import WriteOnlyCell
    from openpyxl.utils.exceptions import IllegalCharacterError

    workbook = Workbook(write_only=True)
    sheet = workbook.create_sheet(SHEET_TITLE)
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
    for code, area, period, value, sample, error, provisional, note, public in rows:
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
