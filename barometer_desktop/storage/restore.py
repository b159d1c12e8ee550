"""Restoring the database from a backup file, checking the file first.

The current database is kept as a timestamped backup beside itself before it
is replaced, and the restored copy is written next to it and renamed into
place, so a failed restore never leaves a half-written database.
"""

from __future__ import annotations

import os
from pathlib import Path

from barometer_desktop.errors import QT_TRANSLATE_NOOP, DatabaseOpenError
from barometer_desktop.storage.backup import backup_sqlite, timestamped_backup_path
from barometer_desktop.storage.database import _probe
from barometer_desktop.storage.engine import (
    DatabaseLocation,
    check_sqlite_file,
    create_database_engine,
    sqlite_integrity_problems,
)
from barometer_desktop.storage.health import schema_problems
from barometer_desktop.storage.migrations import SchemaState, refuse_unusable


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
    `database` (Windows cannot replace an open file)."""
    backup, database = backup.resolve(), database.resolve()
    if backup == database:
        raise DatabaseOpenError(QT_TRANSLATE_NOOP("Errors", "That file is the open database itself."))
    check_backup_file(backup)
    kept = backup_sqlite(database, timestamped_backup_path(database, "before-restore"))
    staged = database.with_name(f".{database.name}.restoring")
    backup_sqlite(backup, staged)
    # A WAL left by the old database would be applied to the restored one.
    for suffix in ("-wal", "-shm"):
        Path(f"{database}{suffix}").unlink(missing_ok=True)
    os.replace(staged, database)
    return kept
