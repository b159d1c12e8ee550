"""Schema versions: where a database stands, and upgrading it safely.

An upgrade first copies a SQLite file to a timestamped backup beside it, then
runs every pending Alembic revision inside ONE transaction, so a failure
halfway rolls back to the schema the file had and the backup stays intact.
A database whose revision this version does not know was written by a newer
version and is refused untouched.
"""

from __future__ import annotations

import enum
from dataclasses import dataclass
from functools import cache
from pathlib import Path

from alembic import command
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import Connection, Engine, inspect
from sqlalchemy.exc import OperationalError

from barometer_desktop.errors import QT_TRANSLATE_NOOP, DatabaseOpenError, SchemaOutdatedError, SchemaTooNewError
from barometer_desktop.resources import shipped_path
from barometer_desktop.storage.backup import backup_sqlite, timestamped_backup_path
from barometer_desktop.storage.engine import WRITE_OPTION, DatabaseLocation


class SchemaState(enum.Enum):
    EMPTY = "empty"  # no tables at all: a new database
    CURRENT = "current"
    OUTDATED = "outdated"
    TOO_NEW = "too_new"
    FOREIGN = "foreign"  # tables, but none of ours


@dataclass(frozen=True)
class SchemaStatus:
    state: SchemaState
    revision: str | None
    head: str


def migrations_folder() -> Path:
    return shipped_path("database", "migrations")


def _config() -> Config:
    config = Config()
    config.set_main_option("script_location", str(migrations_folder()))
    return config


@cache
def _scripts() -> ScriptDirectory:
    return ScriptDirectory.from_config(_config())


def head_revision() -> str:
    head = _scripts().get_current_head()
    assert head is not None, "the migrations folder has no revisions"
    return head


def known_revisions() -> set[str]:
    return {script.revision for script in _scripts().walk_revisions()}


def schema_status(connection: Connection) -> SchemaStatus:
    head = head_revision()
    revision = MigrationContext.configure(connection).get_current_revision()
    if revision is None:
        tables = set(inspect(connection).get_table_names())
        state = SchemaState.EMPTY if not tables else SchemaState.FOREIGN
    elif revision == head:
        state = SchemaState.CURRENT
    elif revision in known_revisions():
        state = SchemaState.OUTDATED
    else:
        state = SchemaState.TOO_NEW
    return SchemaStatus(state=state, revision=revision, head=head)


def refuse_unusable(status: SchemaStatus, location: DatabaseLocation) -> None:
    if status.state is SchemaState.TOO_NEW:
        raise SchemaTooNewError(
            QT_TRANSLATE_NOOP(
                "Errors",
                "{path} was written by a newer version of Integrationsbarometer "
                "(schema {revision}). Install the newer version to open it; the file was not changed.",
            ),
            path=location.display(),
            revision=status.revision or "?",
        )
    if status.state is SchemaState.FOREIGN:
        raise SchemaOutdatedError(
            QT_TRANSLATE_NOOP(
                "Errors", "{path} is a SQLite database, but not a barometer database. It was not changed."
            ),
            path=location.display(),
        )


def upgrade(engine: Engine, location: DatabaseLocation, *, backup: bool = True) -> Path | None:
    """Bring the schema to the newest revision; returns the backup made, if any.

    Safe to run twice: a current database is left alone and gets no backup.
    """
    with engine.connect() as connection:
        status = schema_status(connection)
    refuse_unusable(status, location)
    if status.state is SchemaState.CURRENT:
        return None
    backup_path = None
    if backup and status.state is SchemaState.OUTDATED and location.path is not None:
        backup_path = backup_sqlite(
            location.path, timestamped_backup_path(location.path, "before-upgrade")
        )
    config = _config()
    try:
        with engine.connect() as connection:
            # One transaction for every pending revision: all of them or none.
            connection = connection.execution_options(**{WRITE_OPTION: True})
            with connection.begin():
                config.attributes["connection"] = connection
                command.upgrade(config, "head")
    except OperationalError:
        raise  # locked, read-only, unreachable: the caller has the clear message
    except Exception as error:
        raise DatabaseOpenError(
            QT_TRANSLATE_NOOP(
                "Errors",
                "Upgrading {path} failed and was undone; the database is as it was. "
                "A copy from before the upgrade is kept as {backup}. Reason: {reason}",
            ),
            path=location.display(),
            backup=str(backup_path) if backup_path else "—",
            reason=str(error).splitlines()[0] if str(error) else type(error).__name__,
        ) from error
    return backup_path
