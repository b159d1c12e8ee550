"""The SQL side of a bulk import: stage rows, compare them with what is stored, write.

The import engine (importing/importer.py) reads and checks the file; this module
holds its rows in a temporary staging table and does the set-based work: find
where a repeated key was first given, drop rejected rows, count and list what
would change, and write audit rows and the upsert in a few statements.

`staging(db)` opens ONE transaction for the whole import: leaving the block
normally commits; any exception (the engine raises one for a dry run or a
refused file) rolls everything back, the staging table included.
"""

from __future__ import annotations

from collections.abc import Collection, Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import datetime
from typing import NamedTuple

from sqlalchemy import Boolean, Column, Float, Integer, MetaData, String, Table, Text, text
from sqlalchemy.engine import Connection

from barometer_desktop.domain.periods import Period, PeriodKind
from barometer_desktop.errors import QT_TRANSLATE_NOOP, StaleEditError
from barometer_desktop.storage.concurrency import CellNow, cell_now, figure, when
from barometer_desktop.storage.database import Database
from barometer_desktop.storage.row_versions import next_version_sql
from barometer_desktop.storage.sql_engine import bulk_write_cache

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
    # What the comparison read (read_stored): the stored cell's version and
    # value (NULL: no value), and whether the import changes the cell. The
    # write changes exactly these cells, and only while they still hold the
    # version read: the dry run and the import agree, and an edit that
    # committed meanwhile is never overwritten. A new value (no stored
    # cell) leaves all three NULL: WRITES below says which rows are written.
    Column("seen_version", Integer),
    Column("seen_value", Float),
    Column("writes", Boolean),
    prefixes=["TEMPORARY"],
)


class StagedValue(NamedTuple):
    """One checked value of the file, as the staging table holds it
    (importing.rows.RowReader makes them). A NamedTuple rather than a
    dataclass: the driver's executemany takes it as the plain tuple it is,
    which matters for a million rows. Field names are the staging columns."""

    row_no: int  # the row in the file
    col: int  # the file column the value came from
    indicator_id: int
    area_id: int
    year: int
    period_kind: str
    period_no: int
    value: float
    # None: the file does not say, and the import keeps what is stored.
    sample_size: int | None = None
    std_error: float | None = None
    is_provisional: bool | None = None
    note: str | None = None
    note_is_public: bool | None = None

    @property
    def key(self) -> StagedKey:
        """What the value is for: (indicator, area, year, period kind, period number)."""
        return StagedKey(self.indicator_id, self.area_id, self.year, self.period_kind, self.period_no)


class StagedKey(NamedTuple):
    indicator_id: int
    area_id: int
    year: int
    period_kind: str
    period_no: int


STAGED_FIELDS = StagedValue._fields
# Fields a file may leave out (those with a default, so the last of
# STAGED_FIELDS), in the order a report lists them. A field the file does not provide keeps its stored value,
# and so does an empty cell: it is staged as NULL, and only a value the file
# gives changes a field.
OPTIONAL_FIELDS: tuple[str, ...] = tuple(StagedValue._field_defaults)
KEY_FIELDS = StagedKey._fields
WRITES = "(s.seen_version IS NULL OR s.writes)"  # the staged values the import stores
_FLAGS = ("is_provisional", "note_is_public")


@dataclass(frozen=True)
class StagedCounts:
    new: int
    changed: int
    unchanged: int


@dataclass(frozen=True)
class StagedChange:
    """A staged value that is new or changes a stored one."""

    row: int
    key: StagedKey
    indicator_code: str
    area_name: str
    stored: bool  # False: a new value
    stored_value: float | None  # None: a new value
    value: float
    # (field, stored, staged) for "value" then each provided optional field;
    # flags as bool or None, whatever the database hands back.
    fields: tuple[tuple[str, object, object], ...]


@contextmanager
def staging(db: Database, provided: Collection[str], *, dry_run: bool = False) -> Iterator[StagedImport]:
    """One transaction with an empty staging table; see the module docstring.

    `provided`: the OPTIONAL_FIELDS the file gives (the others are None in
    every staged value). `dry_run`: a plain (deferred) transaction that only
    reads and writes its own temporary table, so a dry run takes no database
    write lock and waits for no writer; the caller raises to leave it, and it
    always rolls back.
    """
    if dry_run:
        with db.engine.connect() as connection, connection.begin():
            STAGING.create(connection)
            yield StagedImport(connection, provided)
        return
    with db.transaction() as session:
        connection = session.connection()
        with bulk_write_cache(connection):
            STAGING.drop(connection, checkfirst=True)
            STAGING.create(connection)
            yield StagedImport(connection, provided)
            STAGING.drop(connection)


class StagedImport:
    """The staging table of one import, inside its transaction."""

    def __init__(self, connection: Connection, provided: Collection[str]) -> None:
        self._connection = connection
        self._sqlite = connection.dialect.name == "sqlite"
        # A file without optional fields (the usual statistics file) stages
        # only the key and the value: binding five NULLs per row would cost
        # the driver more than the rest of the row.
        self._width = len(STAGED_FIELDS) if provided else len(STAGED_FIELDS) - len(OPTIONAL_FIELDS)
        # Plain tuples through the driver's executemany: the per-row cost of
        # building parameter dictionaries would be a third of the whole import.
        marker = "?" if connection.dialect.paramstyle == "qmark" else "%s"
        self._insert = (
            f"INSERT INTO import_staging ({', '.join(STAGED_FIELDS[: self._width])})"
            f" VALUES ({', '.join([marker] * self._width)})"
        )
        self._key_indexed = False

    def add(self, rows: list[StagedValue]) -> None:
        """Stage a batch of values (keys unique)."""
        width = self._width
        if width < len(STAGED_FIELDS):
            self._connection.exec_driver_sql(self._insert, [row[:width] for row in rows])
        else:
            self._connection.exec_driver_sql(self._insert, rows)

    def first_rows(self, keys: Iterable[StagedKey]) -> dict[StagedKey, int]:
        """The first file row that staged each key."""
        if not self._key_indexed:
            self._connection.execute(
                text(f"CREATE INDEX ix_import_staging_key ON import_staging ({', '.join(KEY_FIELDS)})")
            )
            self._key_indexed = True
        query = text(
            "SELECT MIN(row_no) FROM import_staging WHERE indicator_id = :i AND area_id = :a"
            " AND year = :y AND period_kind = :k AND period_no = :n"
        )
        return {key: self._connection.execute(query, dict(zip("iaykn", key))).scalar_one() for key in keys}

    def drop_rows(self, row_numbers: Iterable[int]) -> None:
        """Unstage every value of the given file rows."""
        rows = sorted(set(row_numbers))
        for start in range(0, len(rows), 500):
            chunk = rows[start : start + 500]
            self._connection.execute(
                text(f"DELETE FROM import_staging WHERE row_no IN ({','.join(map(str, chunk))})")
            )

    # -- comparing ----------------------------------------------------------------

    def read_stored(self, provided: set[str]) -> None:
        """Note, for every staged value, the stored cell's version and value and
        whether the import would change it: the one comparison that counts,
        the listed changes and the write all use."""
        self._connection.execute(
            text(
                "UPDATE import_staging AS s SET seen_version = o.version, seen_value = o.value,"
                f" writes = CASE WHEN {self._changed_condition(provided)} THEN TRUE ELSE FALSE END"
                f" FROM observation o WHERE {_key_match('o', 's')}"
            )
        )

    def counts(self) -> StagedCounts:
        """How many staged values are new, change a stored value, or change nothing."""
        total, new, changed = self._connection.execute(
            text(
                "SELECT COUNT(*), SUM(CASE WHEN seen_version IS NULL THEN 1 ELSE 0 END),"
                " SUM(CASE WHEN seen_version IS NOT NULL AND writes THEN 1 ELSE 0 END) FROM import_staging"
            )
        ).one()
        new, changed = new or 0, changed or 0
        return StagedCounts(new, changed, (total or 0) - new - changed)

    def changes(self, provided: set[str], limit: int) -> list[StagedChange]:
        """The first `limit` new or changing values, in file order."""
        fields = ["value", *[f for f in OPTIONAL_FIELDS if f in provided]]
        compared = ", ".join(f"o.{f}, s.{f}" for f in fields)
        lines = self._connection.execute(
            text(
                f"SELECT s.row_no, {', '.join('s.' + k for k in KEY_FIELDS)}, i.code, a.name, s.seen_version, {compared}"
                f" FROM import_staging s JOIN indicator i ON i.id = s.indicator_id JOIN area a ON a.id = s.area_id"
                f" LEFT JOIN observation o ON {_key_match('o', 's')}"
                f" WHERE {WRITES} ORDER BY s.seq LIMIT {int(limit)}"
            )
        ).all()
        result = []
        for row, indicator_id, area_id, year, kind, number, code, area, seen_version, *pairs in lines:
            values = []
            for index, name in enumerate(fields):
                old, new = pairs[2 * index], pairs[2 * index + 1]
                if name in _FLAGS:  # SQLite hands booleans back as 0/1
                    old, new = (None if old is None else bool(old)), (None if new is None else bool(new))
                values.append((name, old, new))
            key = StagedKey(indicator_id, area_id, year, kind, number)
            stored = seen_version is not None
            result.append(StagedChange(row, key, code, area, stored, pairs[0] if stored else None, pairs[1],
                                       tuple(values)))
        return result

    def _distinct(self) -> str:
        return "IS NOT" if self._sqlite else "IS DISTINCT FROM"

    def _field_differs(self, name: str) -> str:
        """The staged field changes the stored one (an empty cell, NULL, changes nothing)."""
        differs = f"o.{name} {self._distinct()} s.{name}"
        return differs if name == "value" else f"(s.{name} IS NOT NULL AND {differs})"

    def _changed_condition(self, provided: set[str]) -> str:
        return "(" + " OR ".join(self._field_differs(f) for f in ["value", *sorted(provided)]) + ")"

    # -- writing ------------------------------------------------------------------

    def write(
        self, provided: set[str], user_name: str, now: datetime, expected: StagedCounts, provenance: str | None = None
    ) -> None:
        """Store the values the comparison found new or changed, with audit rows.

        Refused as a whole (import_conflict: a StaleEditError listing the
        cells) when any of them no longer holds the version read: a
        colleague's edit that committed while the import ran is kept.
        `provenance` (e.g. the StatBank table, its update time and when it was
        fetched) is added to the audit trail of every value this import wrote.
        """
        connection = self._connection
        # SQLAlchemy's SQLite DateTime text format, so ORM reads of entered_at work.
        stamp = now.strftime("%Y-%m-%d %H:%M:%S.%f") if self._sqlite else now
        params = {"user": user_name, "now": stamp}
        if not self._sqlite:
            # Hold the stored cells we change until commit: from here on
            # nobody else can change them, and the versions checked below
            # stay true. (SQLite's import holds the write lock already.)
            # In id order, the order the ORM updates rows in, to avoid deadlocks.
            connection.execute(
                text(
                    f"SELECT o.id FROM observation o JOIN import_staging s ON {_key_match('o', 's')}"
                    " WHERE s.writes ORDER BY o.id FOR UPDATE OF o"  # stored cells: seen_version set
                )
            )
            self._refuse_changed_since_read()
        # SQLite's import took the write lock before it read (BEGIN IMMEDIATE):
        # nothing can have changed since, and a million-row check is saved.
        # Audit first, while the old values are still there (same columns as storage.audit).
        for name in ["value", *sorted(provided)]:
            connection.execute(
                text(
                    "INSERT INTO audit_log (table_name, row_key, action, field, old_value, new_value, user_name,"
                    f" changed_at) SELECT 'observation', {_row_key('o')}, 'update', '{name}', CAST(o.{name} AS TEXT),"
                    f" CAST(s.{name} AS TEXT), :user, :now"
                    f" FROM import_staging s JOIN observation o ON {_key_match('o', 's')}"
                    f" WHERE s.writes AND {self._field_differs(name)}"  # a stored cell
                ),
                params,
            )
        assignments = ", ".join(
            ["value = s.value"] + [f"{f} = COALESCE(s.{f}, observation.{f})" for f in sorted(provided)]
            + ["version = observation.version + 1", "entered_by = :user", "entered_at = :now"]
        )
        updated = connection.execute(
            text(
                f"UPDATE observation SET {assignments} FROM import_staging s"
                f" WHERE {_key_match('observation', 's')} AND s.writes AND observation.version = s.seen_version"
            ),
            params,
        ).rowcount
        if updated != expected.changed:
            self._refuse_changed_since_read(always=True)
        defaults = {"sample_size": "NULL", "std_error": "NULL", "is_provisional": "FALSE", "note": "''",
                    "note_is_public": "FALSE"}
        optional = [f"COALESCE(s.{f}, {defaults[f]})" if f in provided else defaults[f] for f in OPTIONAL_FIELDS]
        before = connection.execute(text("SELECT COALESCE(MAX(id), 0) FROM observation")).scalar_one()
        # A value cleared before continues its cell's versions (storage.row_versions).
        version = next_version_sql("observation", _row_key("s"))
        if self._sqlite and connection.execute(text(_ANY_CLEARED)).first() is None:
            # No value was ever cleared: every new one starts at 1, and a
            # million key lookups are saved. (SQLite's import holds the write
            # lock, so no value can be cleared meanwhile.)
            version = "1"
        # The staged keys are unique (checked while staging), so a conflict
        # here means another user stored the same value meanwhile: refuse
        # rather than silently keep theirs.
        inserted = connection.execute(
            text(
                f"INSERT INTO observation ({', '.join(KEY_FIELDS)}, value, {', '.join(OPTIONAL_FIELDS)}, version,"
                f" entered_by, entered_at)"
                f" SELECT {', '.join('s.' + k for k in KEY_FIELDS)}, s.value, {', '.join(optional)},"
                f" {version}, :user, :now"
                f" FROM import_staging s WHERE s.seen_version IS NULL ON CONFLICT DO NOTHING"
            ),
            params,
        ).rowcount
        if inserted != expected.new:
            self._refuse_changed_since_read(always=True)
        # New rows have ids above the previous maximum: audit them without
        # another lookup. The stamp this import wrote (user and microsecond
        # time) keeps rows another user inserted meanwhile out of our audit.
        connection.execute(
            text(
                "INSERT INTO audit_log (table_name, row_key, action, field, old_value, new_value, user_name, changed_at)"
                f" SELECT 'observation', {_row_key('o')}, 'insert', 'value', NULL, CAST(o.value AS TEXT), {_USER}, :now"
                f" FROM observation o WHERE o.id > :before AND o.entered_by = {_USER} AND o.entered_at = :now"
            ),
            {**params, "before": before},
        )
        if provenance:
            # Every value written now (updated or inserted) carries this stamp.
            connection.execute(
                text(
                    "INSERT INTO audit_log (table_name, row_key, action, field, old_value, new_value, user_name,"
                    f" changed_at) SELECT 'observation', {_row_key('o')}, 'update', 'source', NULL, :provenance,"
                    f" {_USER}, :now FROM observation o WHERE o.entered_by = {_USER} AND o.entered_at = :now"
                ),
                {**params, "provenance": provenance},
            )

    def _refuse_changed_since_read(self, *, always: bool = False) -> None:
        """Raise import_conflict listing the cells that no longer hold what the comparison read."""
        moved = (
            f" FROM import_staging s JOIN indicator i ON i.id = s.indicator_id JOIN area a ON a.id = s.area_id"
            f" LEFT JOIN observation o ON {_key_match('o', 's')}"
            f" WHERE {WRITES} AND o.version {self._distinct()} s.seen_version"
        )
        count = self._connection.execute(text("SELECT COUNT(*)" + moved)).scalar_one()
        if not count and not always:
            return
        lines = self._connection.execute(
            text(
                "SELECT s.row_no, s.indicator_id, s.area_id, s.year, s.period_kind, s.period_no, s.seen_value"
                + moved + f" ORDER BY s.seq LIMIT {CONFLICT_LINES}"
            )
        ).all()
        conflicts = [
            (row, cell_now(self._connection, indicator_id, area_id, Period(year, PeriodKind(kind), number)), seen)
            for row, indicator_id, area_id, year, kind, number, seen in lines
        ]
        raise import_conflict(count, conflicts)


_ANY_CLEARED = "SELECT 1 FROM row_version WHERE table_name = 'observation' LIMIT 1"
CONFLICT_LINES = 20  # how many changed cells a refused import lists one by one


def import_conflict(count: int, conflicts: list[tuple[int, CellNow, float | None]]) -> StaleEditError:
    """The refusal of an import some of whose cells changed since it read them."""
    error = StaleEditError(
        QT_TRANSLATE_NOOP(
            "Errors",
            "Nothing was imported: while the import ran, someone else changed {count} of the values the file "
            "changes. Import the file again to compare it with the values stored now.",
        ),
        count=count,
        changed_by=conflicts[0][1].changed_by if conflicts else "",
    )
    for row, now, seen in conflicts:
        error.add_line(
            QT_TRANSLATE_NOOP(
                "Errors",
                "Row {row}: indicator {indicator}, {area}, {period}: {seen} when the file was read, "
                "now {newer_value} ({changed_by}, {changed_at})",
            ),
            row=row, indicator=now.indicator, area=now.area, period=now.period,
            seen=figure(seen) if seen is not None else "—",
            newer_value=figure(now.value) if now.value is not None else "—",
            changed_by=now.changed_by, changed_at=when(now.changed_at),
        )
    if count > len(conflicts):
        error.add_line(QT_TRANSLATE_NOOP("Errors", "… and {count} more."), count=count - len(conflicts))
    return error


# The user's name is used twice in one statement (the audit row's user and
# the rows this import stamped); PostgreSQL must deduce ONE type for the
# parameter, and refuses text in one place and varchar in the other.
_USER = "CAST(:user AS VARCHAR(100))"


def _key_match(left: str, right: str) -> str:
    return " AND ".join(f"{left}.{k} = {right}.{k}" for k in KEY_FIELDS)


def _row_key(alias: str) -> str:
    # Observation.audit_key(): indicator_id/area_id/year/kind/no
    return " || '/' || ".join(f"{alias}.{k}" for k in KEY_FIELDS)
