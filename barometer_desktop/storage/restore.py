"""Restoring the database from a backup file, checking the file first.

The current database is kept as a timestamped backup beside itself before it
is replaced, and the restored copy is written next to it and renamed into
place, so a failed restore never leaves a half-written database.
"""

from __future__ import annotations

import contextlib
import os
import sqlite3
from pathlib import Path

from barometer_desktop.atomic_files import TEMP_PREFIX, fsync_folder
from barometer_desktop.errors import QT_TRANSLATE_NOOP, DatabaseOpenError
from barometer_desktop.storage.backup import backup_sqlite, timestamped_backup_path
from barometer_desktop.storage.database import _probe
from barometer_desktop.storage.health import schema_problems
from barometer_desktop.storage.migrations import SchemaState, refuse_unusable
from barometer_desktop.storage.sql_engine import (
    DatabaseLocation,
    check_sqlite_file,
    create_database_engine,
    sqlite_integrity_problems,
)
from barometer_desktop.write_targets import is_side_file, resolved, same_path


def check_backup_file(path: Path) -> None:
    """Raise DatabaseOpenError unless `path` is a sound barometer database whose
    schema is not newer than ours (an older schema is upgraded on opening) and
    holds nothing our migrations did not make for its version."""
    check_sqlite_file(path, must_exist=True, writable=False)
    location = DatabaseLocation.parse(path)
    engine = create_database_engine(location, read_only=True)
    try:
        status = _probe(engine, location)
        refuse_unusable(status, location)  # newer schema, or not a barometer database
        if status.state is SchemaState.EMPTY:
            raise DatabaseOpenError(
                QT_TRANSLATE_NOOP("Errors", "{path} is empty, not a barometer backup."), path=path.name
            )
        # Sound pages, and exactly the schema objects our migrations make at
        # the file's revision: a restored trigger would act on every import.
        problems = sqlite_integrity_problems(engine) + schema_problems(engine, status)
    finally:
        engine.dispose()
    if problems:
        raise DatabaseOpenError(
            QT_TRANSLATE_NOOP("Errors", "{path} failed the database check and was not restored: {problem}"),
            path=path.name,
            problem=problems[0],
        )


def restore_sqlite(backup: Path, database: Path) -> Path:
    """Replace `database` with a copy of `backup`; returns where the previous
    database was kept. The caller must have closed every connection to
    `database` (Windows cannot replace an open file).

    The restored database is in write-ahead-log mode, as every database the
    program opens for writing: a backup is a standalone rollback-journal
    file, but the live database must let readers read while one writes.
    """
    backup, database = resolved(backup), resolved(database)
    if same_path(backup, database) or is_side_file(backup, (database,)):
        raise DatabaseOpenError(
            QT_TRANSLATE_NOOP(
                "Errors", "{file} is the open database or one of its side files; choose a backup to restore from."
            ),
            file=str(backup),
        )
    check_backup_file(backup)
    kept = backup_sqlite(database, timestamped_backup_path(database, "before-restore"))
    # Named like every temporary file of ours, so a killed restore's copy is cleaned up later.
    staged = database.with_name(f"{TEMP_PREFIX}{database.name}.restoring")
    try:
        backup_sqlite(backup, staged)
        with contextlib.closing(sqlite3.connect(staged)) as connection:
            connection.execute("PRAGMA journal_mode = WAL")
        # A WAL left by the old database would be applied to the restored one.
        for suffix in ("-wal", "-shm"):
            Path(f"{database}{suffix}").unlink(missing_ok=True)
        os.replace(staged, database)
        fsync_folder(database.parent)
    except BaseException:
        staged.unlink(missing_ok=True)
        raise
    return kept
