"""`db check`: is the file sound, and is its schema exactly what our migrations make?"""

from __future__ import annotations

import sqlite3

from sqlalchemy import Engine
from sqlalchemy.exc import DatabaseError

from barometer_desktop.i18n import translate
from barometer_desktop.storage import migrations
from barometer_desktop.storage.database import _probe
from barometer_desktop.storage.driver_errors import is_damage
from barometer_desktop.storage.migrations import SchemaState, SchemaStatus
from barometer_desktop.storage.schema_verification import difference_text, schema_differences
from barometer_desktop.storage.sql_engine import (
    DatabaseLocation,
    check_sqlite_file,
    create_database_engine,
    sqlite_integrity_problems,
)


def check_database(location: DatabaseLocation) -> list[str]:
    """Problems found, as translated lines; an empty list means sound.

    Raises DatabaseOpenError for a file that cannot be examined at all.
    Nothing is written to the file.
    """
    if location.path is not None:
        check_sqlite_file(location.path, must_exist=True, writable=False)
    # Read-only: a check writes nothing, not even side files, and works in a read-only folder.
    engine = create_database_engine(location, read_only=True)
    try:
        status = _probe(engine, location)
        migrations.refuse_unusable(status, location)
        if status.state is SchemaState.EMPTY:
            return [translate("Health", "The database is empty: run 'db init'.")]
        try:
            problems = sqlite_integrity_problems(engine) + schema_problems(engine, status)
        except (DatabaseError, sqlite3.DatabaseError) as error:
            if not is_damage(error):
                raise
            # SQLite's own check stops at a page it cannot read at all.
            return [translate("Health", "The file is damaged: SQLite cannot read all of it. Restore the newest "
                                        "backup (File > Restore from backup) or ask IT for one.")]
        if status.state is SchemaState.OUTDATED:
            problems.append(
                translate("Health", "The schema is version {revision}; run 'db upgrade' to reach {head}.").format(
                    revision=status.revision, head=status.head
                )
            )
        return problems
    finally:
        engine.dispose()


def schema_problems(engine: Engine, status: SchemaStatus) -> list[str]:
    """How the schema differs from what our migrations make at the file's own revision."""
    if status.revision is None or status.state not in (SchemaState.CURRENT, SchemaState.OUTDATED):
        return []
    with engine.connect() as connection:
        return [
            difference_text(difference, status.revision)
            for difference in schema_differences(connection, status.revision)
        ]
