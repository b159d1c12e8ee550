"""The import engine: stream the file, check each row, stage, diff, write.

Rows are read and checked in Python one at a time and sent in batches
(executemany) to a temporary staging table; the comparison with what is
stored, the audit rows and the upsert are then a few set-based statements.
Memory therefore does not grow with the file: only rejected rows are kept.

All or nothing: everything happens in ONE transaction. A file with rejected
rows writes nothing unless the caller asks for the good rows only; a dry run
always rolls back and only reports what would change.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime

from sqlalchemy import Boolean, Column, Float, Integer, MetaData, String, Table, Text, text
from sqlalchemy.engine import Connection

from barometer_desktop.domain.periods import MAX_YEAR, MIN_YEAR
from barometer_desktop.errors import QT_TRANSLATE_NOOP, StaleEditError, ValidationError
from barometer_desktop.importing.errors import ImportFileError
from barometer_desktop.importing.mapping import ColumnMapping, role_names
from barometer_desktop.importing.rows import Rejection, RowReader
from barometer_desktop.importing.sources import TableSource
from barometer_desktop.storage import catalog
from barometer_desktop.storage.database import Database
from barometer_desktop.storage.engine import bulk_write_cache

BATCH_SIZE = 5000
CHANGE_LINES = 200  # how many new/changed values a report lists one by one

_staging_metadata = MetaData()
STAGING = Table(
    "import_staging",
    _staging_metadata,
    Column("seq", Integer, primary_key=True),
    Column("row_no", Integer),
    Column("col", Integer),
    Column("indicator_id", Integer),
    Column("area_id", Integer),
    Column("year", Integer),
    Column("period_kind", String(8)),
    Column("period_no", Integer),
    Column("value", Float),
    Column("sample_size", Integer),
    Column("std_error", Float),
    Column("is_provisional", Boolean),
    Column("note", Text),
    Column("note_is_public", Boolean),
    prefixes=["TEMPORARY"],
)
_STAGED_FIELDS = ("row_no", "col", "indicator_id", "area_id", "year", "period_kind", "period_no", "value",
                  "sample_size", "std_error", "is_provisional", "note", "note_is_public")
# Optional fields and the file column (role) that provides them. A field the
# file does not have keeps its stored value (a statistics file without notes
# must not wipe the secretariat's notes), and so does an empty cell: it is
# staged as NULL, and only a value the file gives changes a field.
_OPTIONAL = {"sample_size": "sample_size", "std_error": "std_error", "is_provisional": "provisional",
             "note": "note", "note_is_public": "note_is_public"}
_KEY = ("indicator_id", "area_id", "year", "period_kind", "period_no")


@dataclass(frozen=True)
class FieldChange:
    field: str  # "value" or one of _OPTIONAL
    old: object
    new: object


@dataclass(frozen=True)
class ChangeLine:
    row: int
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
    rejections: list[Rejection] = field(default_factory=list)
    changes: list[ChangeLine] = field(default_factory=list)
    dry_run: bool = False
    written: bool = False

    @property
    def rejected_rows(self) -> int:
        return len({r.row for r in self.rejections})


class _DryRunDone(Exception):
    """Raised inside the transaction to roll a dry run back."""


def run_import(
    db: Database,
    source: TableSource,
    mapping: ColumnMapping,
    *,
    dry_run: bool = False,
    good_rows_only: bool = False,
    progress: Callable[[int], None] | None = None,
) -> ImportReport:
    """Import `source` read through `mapping`; see the module docstring."""
    missing = mapping.missing_roles()
    if missing:
        raise ImportFileError(
            QT_TRANSLATE_NOOP("Errors", "The file's columns were not recognised: say which column holds {roles}."),
            roles=role_names(missing),
        )
    reader = RowReader(source.header, mapping, catalog.indicators(db), catalog.areas(db), source.number_lang)
    report = ImportReport(file_name=source.path.name, dry_run=dry_run)
    provided = {f for f, role in _OPTIONAL.items() if role in mapping.columns or mapping.fixed.get(role, "").strip()}
    try:
        with db.transaction() as session:
            connection = session.connection()
            with bulk_write_cache(connection):
                duplicates: list[tuple] = []
                _stage(connection, source, reader, report, progress, duplicates)
                report.rejections.extend(_duplicates(connection, reader, duplicates))
                del duplicates
                if report.rejections:
                    _drop_rejected(connection, report.rejections)
                # Also when the file is refused: the report says what its good rows would do.
                _diff(connection, report, provided)
                if dry_run or (report.rejections and not good_rows_only):
                    raise _DryRunDone
                _write(connection, provided, db.user_name, datetime.now(), report.new)
                STAGING.drop(connection)
            report.written = True
    except _DryRunDone:
        pass
    report.rejections.sort(key=lambda r: (r.row, r.column))
    return report


# -- staging ----------------------------------------------------------------------


def _stage(
    connection: Connection, source: TableSource, reader: RowReader, report: ImportReport, progress,
    duplicates: list[tuple],
) -> None:
    STAGING.drop(connection, checkfirst=True)
    STAGING.create(connection)
    # Plain tuples through the driver's executemany: the per-row cost of
    # building parameter dictionaries would be a third of the whole import.
    marker = "?" if connection.dialect.paramstyle == "qmark" else "%s"
    statement = (
        f"INSERT INTO import_staging ({', '.join(_STAGED_FIELDS)}) VALUES ({', '.join([marker] * len(_STAGED_FIELDS))})"
    )
    batch: list[tuple] = []
    rejections = report.rejections
    seen = _SeenKeys()
    rows_read = 0
    for number, cells in source.rows():
        rows_read += 1
        for item in reader.read(number, cells):
            if type(item) is not tuple:
                rejections.append(item)
            elif seen.add(item[2], item[3], item[4], item[5], item[6]):
                duplicates.append(item)
            else:
                batch.append(item)
        if len(batch) >= BATCH_SIZE:
            connection.exec_driver_sql(statement, batch)
            report.values_read += len(batch)
            batch = []
            if progress is not None:
                progress(rows_read)
    if batch:
        connection.exec_driver_sql(statement, batch)
        report.values_read += len(batch)
    report.rows_read = rows_read
    report.skipped_missing = reader.skipped_missing


class _SeenKeys:
    """Which (indicator, area, period) keys the file has given so far.

    One bit per possible period (201 years x 17 periods) for each indicator
    and area pair: memory is bounded by the catalogue, not the file.
    """

    _SLOT_BASE = {"year": 0, "quarter": 0, "month": 4}  # year 0, quarters 1-4, months 5-16

    def __init__(self) -> None:
        self._bits: dict[tuple[int, int], bytearray] = {}
        self._size = ((MAX_YEAR - MIN_YEAR + 1) * 17 + 7) // 8

    def add(self, indicator_id: int, area_id: int, year: int, kind: str, number: int) -> bool:
        """Record the key; True when it was given before."""
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


def _key_match(left: str, right: str) -> str:
    return " AND ".join(f"{left}.{k} = {right}.{k}" for k in _KEY)


def _duplicates(connection: Connection, reader: RowReader, duplicates: list[tuple]) -> list[Rejection]:
    """A value given twice in the file is an error: which one should win?
    Reports each repeat with the row that gave the value first."""
    if not duplicates:
        return []
    connection.execute(text(f"CREATE INDEX ix_import_staging_key ON import_staging ({', '.join(_KEY)})"))
    first_rows: dict[tuple, int] = {}
    for start in range(0, len(duplicates), 500):
        keys = {item[2:7] for item in duplicates[start : start + 500]} - first_rows.keys()
        for key in keys:
            first_rows[key] = connection.execute(
                text(
                    "SELECT MIN(row_no) FROM import_staging WHERE indicator_id = :i AND area_id = :a"
                    " AND year = :y AND period_kind = :k AND period_no = :n"
                ),
                dict(zip("iaykn", key)),
            ).scalar_one()
    return [
        Rejection(
            item[0],
            reader.column_name(item[1]),
            ValidationError(
                QT_TRANSLATE_NOOP("Errors", "The same value is also given in row {first_row}."),
                first_row=first_rows[item[2:7]],
            ),
        )
        for item in duplicates
    ]


def _drop_rejected(connection: Connection, rejections: list[Rejection]) -> None:
    rows = sorted({r.row for r in rejections})
    for start in range(0, len(rows), 500):
        chunk = rows[start : start + 500]
        connection.execute(text("DELETE FROM import_staging WHERE row_no IN (%s)" % ",".join(map(str, chunk))))


# -- comparing and writing -----------------------------------------------------------


def _distinct(connection: Connection) -> str:
    return "IS NOT" if connection.dialect.name == "sqlite" else "IS DISTINCT FROM"


def _field_differs(connection: Connection, name: str) -> str:
    """The staged field changes the stored one (an empty cell, NULL, changes nothing)."""
    differs = f"o.{name} {_distinct(connection)} s.{name}"
    return differs if name == "value" else f"(s.{name} IS NOT NULL AND {differs})"


def _changed_condition(connection: Connection, provided: set[str]) -> str:
    parts = [_field_differs(connection, f) for f in ["value", *sorted(provided)]]
    return "(" + " OR ".join(parts) + ")"


def _diff(connection: Connection, report: ImportReport, provided: set[str]) -> None:
    changed = _changed_condition(connection, provided)
    total, new, changed_count = connection.execute(
        text(
            f"SELECT COUNT(*), SUM(CASE WHEN o.id IS NULL THEN 1 ELSE 0 END),"
            f" SUM(CASE WHEN o.id IS NOT NULL AND {changed} THEN 1 ELSE 0 END)"
            f" FROM import_staging s LEFT JOIN observation o ON {_key_match('o', 's')}"
        )
    ).one()
    report.new, report.changed = new or 0, changed_count or 0
    report.unchanged = (total or 0) - report.new - report.changed
    fields = ["value", *[f for f in _OPTIONAL if f in provided]]  # the order the report lists them in
    compared = ", ".join(f"o.{f}, s.{f}" for f in fields)
    lines = connection.execute(
        text(
            f"SELECT s.row_no, i.code, a.name, s.year, s.period_kind, s.period_no, o.id, {compared}"
            f" FROM import_staging s JOIN indicator i ON i.id = s.indicator_id JOIN area a ON a.id = s.area_id"
            f" LEFT JOIN observation o ON {_key_match('o', 's')}"
            f" WHERE o.id IS NULL OR {changed} ORDER BY s.seq LIMIT {CHANGE_LINES}"
        )
    ).all()
    report.changes = []
    for row, code, area, year, kind, number, stored_id, *pairs in lines:
        changes = []
        if stored_id is not None:
            for index, name in enumerate(fields):
                old, new = pairs[2 * index], pairs[2 * index + 1]
                if name in _FLAGS:  # SQLite hands booleans back as 0/1
                    old, new = (None if old is None else bool(old)), (None if new is None else bool(new))
                if new is not None and old != new:
                    changes.append(FieldChange(name, old, new))
        report.changes.append(ChangeLine(
            row, code, area, _period_text(year, kind, number), pairs[0] if stored_id is not None else None, pairs[1],
            tuple(changes),
        ))


_FLAGS = ("is_provisional", "note_is_public")


def _period_text(year: int, kind: str, number: int) -> str:
    if kind == "quarter":
        return f"{year}K{number}"
    if kind == "month":
        return f"{year}M{number:02d}"
    return str(year)


def _row_key(alias: str) -> str:
    # Observation.audit_key(): indicator_id/area_id/year/kind/no
    return " || '/' || ".join(f"{alias}.{k}" for k in _KEY)


def _write(connection: Connection, provided: set[str], user_name: str, now: datetime, expected_new: int) -> None:
    # SQLAlchemy's SQLite DateTime text format, so ORM reads of entered_at work.
    stamp = now.strftime("%Y-%m-%d %H:%M:%S.%f") if connection.dialect.name == "sqlite" else now
    params = {"user": user_name, "now": stamp}
    changed = _changed_condition(connection, provided)
    # Audit first, while the old values are still there (same columns as storage.audit).
    for name in ["value", *sorted(provided)]:
        connection.execute(
            text(
                "INSERT INTO audit_log (table_name, row_key, action, field, old_value, new_value, user_name, changed_at)"
                f" SELECT 'observation', {_row_key('o')}, 'update', '{name}', CAST(o.{name} AS TEXT),"
                f" CAST(s.{name} AS TEXT), :user, :now"
                f" FROM import_staging s JOIN observation o ON {_key_match('o', 's')} WHERE {_field_differs(connection, name)}"
            ),
            params,
        )
    assignments = ", ".join(
        ["value = s.value"] + [f"{f} = COALESCE(s.{f}, observation.{f})" for f in sorted(provided)]
        + ["version = observation.version + 1", "entered_by = :user", "entered_at = :now"]
    )
    connection.execute(
        text(
            f"UPDATE observation SET {assignments} FROM import_staging s"
            f" WHERE {_key_match('observation', 's')} AND {changed.replace('o.', 'observation.')}"
        ),
        params,
    )
    defaults = {"sample_size": "NULL", "std_error": "NULL", "is_provisional": "FALSE", "note": "''", "note_is_public": "FALSE"}
    optional = [f"COALESCE(s.{f}, {defaults[f]})" if f in provided else defaults[f] for f in _OPTIONAL]
    before = connection.execute(text("SELECT COALESCE(MAX(id), 0) FROM observation")).scalar_one()
    # The staged keys are unique (checked while staging) and existing keys
    # were updated above, so a conflict here means another user stored the
    # same value meanwhile: refuse rather than silently keep theirs.
    inserted = connection.execute(
        text(
            f"INSERT INTO observation ({', '.join(_KEY)}, value, {', '.join(_OPTIONAL)}, version, entered_by, entered_at)"
            f" SELECT {', '.join('s.' + k for k in _KEY)}, s.value, {', '.join(optional)}, 1, :user, :now"
            f" FROM import_staging s WHERE true ON CONFLICT DO NOTHING"
        ),
        params,
    ).rowcount
    if inserted != expected_new:
        raise StaleEditError(
            QT_TRANSLATE_NOOP(
                "Errors", "Someone else stored values meanwhile; nothing was imported. Import the file again."
            )
        )
    # New rows have ids above the previous maximum: audit them without another lookup.
    connection.execute(
        text(
            "INSERT INTO audit_log (table_name, row_key, action, field, old_value, new_value, user_name, changed_at)"
            f" SELECT 'observation', {_row_key('o')}, 'insert', 'value', NULL, CAST(o.value AS TEXT), :user, :now"
            " FROM observation o WHERE o.id > :before"
        ),
        {**params, "before": before},
    )
