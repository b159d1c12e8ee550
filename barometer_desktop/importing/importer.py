"""The import engine: stream the file, check each row, stage, diff, write.

Rows are read and checked in Python one at a time and sent in batches
(executemany) to a temporary staging table; the comparison with what is
stored, the audit rows and the upsert are then a few set-based statements
(the SQL lives in storage.bulk_import). Memory therefore does not grow with
the file: of the rejected rows only the first KEPT_REJECTIONS are kept (with
their reasons), the rest are counted, and a rejected row's values are never
staged.

All or nothing: everything happens in ONE transaction. A file with rejected
rows writes nothing unless the caller asks for the good rows only; a dry run
always rolls back and only reports what would change.
"""

from __future__ import annotations

from array import array
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime

from barometer_desktop.domain.periods import MAX_YEAR, MIN_YEAR, period_code
from barometer_desktop.domain.plausibility import Jump
from barometer_desktop.errors import QT_TRANSLATE_NOOP, ValidationError
from barometer_desktop.importing.errors import ImportFileError
from barometer_desktop.importing.mapping import ColumnMapping, role_names
from barometer_desktop.importing.numbers import FileNumbers
from barometer_desktop.importing.rows import Rejection, RowReader, column_letter
from barometer_desktop.importing.sources import TableSource, open_table
from barometer_desktop.storage import bulk_import, catalog
from barometer_desktop.storage.bulk_import import StagedKey, StagedValue
from barometer_desktop.storage.database import Database

BATCH_SIZE = 5000
CHANGE_LINES = 200  # how many new/changed values a report lists one by one
KEPT_REJECTIONS = 1000  # rejections kept with their reasons; the rest are counted
_Values = list[StagedValue]

# Optional fields and the file column (role) that provides them. A field the
# file does not have keeps its stored value (a statistics file without notes
# must not wipe the secretariat's notes), and so does an empty cell: it is
# staged as NULL, and only a value the file gives changes a field.
_ROLE_NAMED_OTHERWISE = {"is_provisional": "provisional"}
_OPTIONAL = {name: _ROLE_NAMED_OTHERWISE.get(name, name) for name in bulk_import.OPTIONAL_FIELDS}


@dataclass(frozen=True)
class FieldChange:
    field: str  # "value" or one of _OPTIONAL
    old: object
    new: object


@dataclass(frozen=True)
class ChangeLine:
    row: int
    key: StagedKey  # the cell: indicator and area ids, year, period kind and number
    indicator: str
    area: str
    period: str
    old: float | None  # None: a new value
    new: float
    fields: tuple[FieldChange, ...] = ()  # what changes in a stored value (value first)


@dataclass
class ImportReport:
    file_name: str
    rows_read: int = 0
    values_read: int = 0
    new: int = 0
    changed: int = 0
    unchanged: int = 0
    skipped_missing: int = 0
    rejections: list[Rejection] = field(default_factory=list)  # the first KEPT_REJECTIONS
    rejection_count: int = 0  # all rejections (a row may have several)
    rejected_rows: int = 0
    changes: list[ChangeLine] = field(default_factory=list)
    dry_run: bool = False
    written: bool = False
    # Columns the mapping neither reads nor ignores: "heading (letter)".
    unused_columns: list[str] = field(default_factory=list)
    # XLSX cells formatted as percent and read as shown (12.5 for 0.125).
    percent_cells: int = 0
    first_percent_cell: tuple[int, str] | None = None  # (row, column letter)
    # Listed values far from their own series (domain.plausibility): a warning, never a refusal.
    far_from_series: list[tuple[ChangeLine, Jump]] = field(default_factory=list)
    # A workbook's sheet that was read, and its other sheets (not read).
    sheet: str = ""
    other_sheets: tuple[str, ...] = ()

    def reject(self, rejection: Rejection) -> None:
        self.rejection_count += 1
        if len(self.rejections) < KEPT_REJECTIONS:
            self.rejections.append(rejection)


class _DryRunDone(Exception):
    """Raised inside the transaction to roll a dry run back."""


class _ReadAgain(Exception):
    """Raised inside the transaction when the file must be read again with
    the number format it turned out to have (importing.numbers)."""


def columns_not_recognised(source: TableSource, missing: list[str]) -> ImportFileError:
    """What the Import screen says when the mapping lacks `missing` roles: on
    a workbook with other visible sheets, that the values may be on one of
    them (the command line says the same with --sheet, importing.service)."""
    if source.other_sheets():
        return ImportFileError(
            QT_TRANSLATE_NOOP(
                "Errors", "The columns of the sheet {sheet} of {file} were not recognised (missing: {roles}). If the "
                          "values are on another sheet ({others}), choose it under Sheet; else say which column "
                          "holds {roles}."
            ),
            sheet=source.sheet, file=source.path.name, roles=role_names(missing),
            others=", ".join(source.other_sheets()),
        )
    return ImportFileError(
        QT_TRANSLATE_NOOP("Errors", "The file's columns were not recognised: say which column holds {roles}."),
        roles=role_names(missing),
    )


def run_import(
    db: Database,
    source: TableSource,
    mapping: ColumnMapping,
    *,
    dry_run: bool = False,
    good_rows_only: bool = False,
    progress: Callable[[int], None] | None = None,
    decimal: str | None = None,
    provenance: str | None = None,
) -> ImportReport:
    """Import `source` read through `mapping`; see the module docstring.
    `decimal`: the number format the user chose ("da" decimal comma, "en"
    decimal point), or None to take it from the file (importing.numbers).
    `provenance` goes into the audit trail of every value written (a fetch
    from the StatBank names its table and update time there)."""
    missing = mapping.missing_roles()
    if missing:
        raise columns_not_recognised(source, missing)
    numbers = FileNumbers(source.path.name, decimal)
    try:
        return _import(db, source, mapping, numbers, dry_run, good_rows_only, progress, provenance)
    except _ReadAgain:
        pass
    # An ambiguous cell was read before the file showed its format: read the
    # file again, now knowing it.
    again = open_table(source.path, source.sheet or None)
    try:
        return _import(db, again, mapping, FileNumbers(source.path.name, numbers.decided), dry_run, good_rows_only,
                       progress, provenance)
    finally:
        again.close()


def _import(
    db: Database, source: TableSource, mapping: ColumnMapping, numbers: FileNumbers, dry_run: bool,
    good_rows_only: bool, progress: Callable[[int], None] | None, provenance: str | None = None,
) -> ImportReport:
    reader = RowReader(source.header, mapping, catalog.indicators(db), catalog.areas(db), numbers,
                       source.neutralised_text)
    report = ImportReport(file_name=source.path.name, dry_run=dry_run, unused_columns=unused_columns(source.header, mapping),
                          sheet=source.sheet, other_sheets=tuple(s for s in source.sheets if s != source.sheet))
    provided = {f for f, role in _OPTIONAL.items() if role in mapping.columns or mapping.fixed.get(role, "").strip()}
    try:
        # One transaction: raising _DryRunDone inside it rolls everything back.
        with bulk_import.staging(db, provided, dry_run=dry_run) as staged:
            duplicates: list[StagedValue] = []
            drop: array[int] = array("q")
            _stage(staged, source, reader, report, progress, duplicates, drop)
            numbers.check_complete()
            if numbers.needs_second_pass:
                raise _ReadAgain
            report.rejections.extend(_duplicates(staged, reader, duplicates))
            del duplicates
            if drop:
                staged.drop_rows(drop)
            if source.first_percent_cell is not None:
                row, column = source.first_percent_cell
                report.percent_cells, report.first_percent_cell = source.percent_cells, (row, column_letter(column - 1))
            # Also when the file is refused: the report says what its good rows would do.
            _diff(staged, report, provided)
            if dry_run or (report.rejections and not good_rows_only):
                raise _DryRunDone
            staged.write(provided, db.user_name, datetime.now(), bulk_import.StagedCounts(
                report.new, report.changed, report.unchanged), provenance)
        report.written = True
    except _DryRunDone:
        pass
    report.rejections.sort(key=lambda r: (r.row, r.column))
    return report


# -- staging ----------------------------------------------------------------------


def _stage(
    staged: bulk_import.StagedImport, source: TableSource, reader: RowReader, report: ImportReport,
    progress: Callable[[int], None] | None, duplicates: list[StagedValue], drop: array[int],
) -> None:
    """Stage the good rows' values. A row with a rejected cell stages nothing;
    a repeated value is rejected and kept in `duplicates` (the first
    KEPT_REJECTIONS, for their messages); rows whose other values were staged
    before a repeat showed up are listed in `drop`."""
    batch: list[StagedValue] = []
    seen = _SeenKeys()
    rows_read = 0
    for number, cells in source.rows():
        rows_read += 1
        items = reader.read(number, cells)
        first = items[0] if len(items) == 1 else None
        if type(first) is StagedValue:
            # One good value (the long format): the path a million-row file takes.
            repeated = [first] if seen.add(first) else []
            if not repeated:
                batch.append(first)
        else:
            values: _Values = []
            rejections: list[Rejection] = []
            for item in items:
                if isinstance(item, Rejection):
                    rejections.append(item)
                else:
                    values.append(item)
            if rejections:
                report.rejected_rows += 1
                for rejection in rejections:
                    report.reject(rejection)
                continue
            repeated = _stage_row(values, number, seen, batch, drop)
        if repeated:
            report.rejected_rows += 1
            report.rejection_count += len(repeated)
            if len(duplicates) < KEPT_REJECTIONS:
                duplicates.extend(repeated)
        if len(batch) >= BATCH_SIZE:
            staged.add(batch)
            report.values_read += len(batch)
            batch = []
            if progress is not None:
                progress(rows_read)
    if batch:
        staged.add(batch)
        report.values_read += len(batch)
    report.rows_read = rows_read
    report.skipped_missing = reader.skipped_missing


def _stage_row(values: _Values, number: int, seen: _SeenKeys, batch: _Values, drop: array[int]) -> _Values:
    """Add a row's values to `batch` unless one repeats a value given before:
    then the row stages nothing more and the repeats are returned. A period
    given twice in the row itself is found only after its first values were
    staged: the row is then listed in `drop`."""
    repeated = [value for value in values if seen.has(value)]
    if repeated:
        return repeated
    for position, value in enumerate(values):
        if seen.add(value):  # the same period twice in one row
            drop.append(number)
            batch.extend(values[:position])
            return [value]
    batch.extend(values)
    return []


def unused_columns(header: list[str], mapping: ColumnMapping) -> list[str]:
    """Headed columns the mapping neither reads nor ignores ("2013*" beside 2011, 2012)."""
    used = set(mapping.columns.values()) | set(mapping.period_columns) | set(mapping.ignored)
    return [f"{name} ({column_letter(i)})" for i, name in enumerate(header) if i not in used and name.strip()]


class _SeenKeys:
    """Which (indicator, area, period) keys the file has given so far.

    One bit per possible period (201 years x 17 periods) for each indicator
    and area pair: memory is bounded by the catalogue, not the file.
    """

    _SLOT_BASE = {"year": 0, "quarter": 0, "month": 4}  # year 0, quarters 1-4, months 5-16

    def __init__(self) -> None:
        self._bits: dict[tuple[int, int], bytearray] = {}
        self._size = ((MAX_YEAR - MIN_YEAR + 1) * 17 + 7) // 8

    def has(self, value: StagedValue) -> bool:
        indicator_id, area_id, year, kind, number = value[2:7]  # the key, unpacked at C speed
        bits = self._bits.get((indicator_id, area_id))
        if bits is None:
            return False
        index = (year - MIN_YEAR) * 17 + self._SLOT_BASE[kind] + number
        return bool(bits[index >> 3] & (1 << (index & 7)))

    def add(self, value: StagedValue) -> bool:
        """Record the value's key; True when it was given before."""
        indicator_id, area_id, year, kind, number = value[2:7]
        pair = (indicator_id, area_id)
        bits = self._bits.get(pair)
        if bits is None:
            bits = self._bits[pair] = bytearray(self._size)
        index = (year - MIN_YEAR) * 17 + self._SLOT_BASE[kind] + number
        byte, mask = index >> 3, 1 << (index & 7)
        if bits[byte] & mask:
            return True
        bits[byte] |= mask
        return False


def _duplicates(staged: bulk_import.StagedImport, reader: RowReader, duplicates: list[StagedValue]) -> list[Rejection]:
    """A value given twice in the file is an error: which one should win?
    Reports each repeat with the row that gave the value first."""
    if not duplicates:
        return []
    first_rows = staged.first_rows(dict.fromkeys(value.key for value in duplicates))
    return [
        Rejection(
            value.row_no,
            reader.column_name(value.col),
            ValidationError(
                QT_TRANSLATE_NOOP("Errors", "The same value is also given in row {first_row}."),
                first_row=first_rows[value.key],
            ),
        )
        for value in duplicates
    ]


# -- comparing and writing -----------------------------------------------------------


def _diff(staged: bulk_import.StagedImport, report: ImportReport, provided: set[str]) -> None:
    staged.read_stored(provided)
    counts = staged.counts()
    report.new, report.changed, report.unchanged = counts.new, counts.changed, counts.unchanged
    report.changes = []
    for line in staged.changes(provided, CHANGE_LINES):
        changes = []
        if line.stored:
            changes = [FieldChange(name, old, new) for name, old, new in line.fields if new is not None and old != new]
        key = line.key
        report.changes.append(ChangeLine(
            line.row, key, line.indicator_code, line.area_name, period_code(key.year, key.period_kind, key.period_no),
            line.stored_value, line.value, tuple(changes),
        ))


