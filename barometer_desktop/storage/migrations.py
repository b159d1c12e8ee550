"""Schema versions: where a database stands, and upgrading it safely.

An upgrade first copies a SQLite file to a timestamped backup beside it, then
runs every pending Alembic revision inside ONE transaction, so a failure
halfway rolls back to the schema the file had and the backup stays intact.
A database whose revision this version does not know was written by a newer
version and is refused untouched.
"""

from __future__ import annotations

import enum
import re
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import TYPE_CHECKING

from sqlalchemy import Connection, Engine, inspect
from sqlalchemy.exc import OperationalError

from barometer_desktop.errors import QT_TRANSLATE_NOOP, DatabaseOpenError, SchemaOutdatedError, SchemaTooNewError
from barometer_desktop.resources import shipped_path
from barometer_desktop.storage.backup import backup_sqlite, timestamped_backup_path
from barometer_desktop.storage.schema import metadata
from barometer_desktop.storage.sql_engine import WRITE_OPTION, DatabaseLocation

if TYPE_CHECKING:
    from alembic.config import Config
    from alembic.script import ScriptDirectory

# Opening a database only needs the revision ids, which these lines of the
# revision files give; Alembic itself (about 17 MiB with Mako) is imported
# only to upgrade. That keeps the app's start-up memory down.
_REVISION_LINE = re.compile(r"^revision(?:\s*:[^=]*)?\s*=\s*['\"]([^'\"]+)['\"]", re.MULTILINE)
_DOWN_REVISION_LINE = re.compile(
    r"^down_revision(?:\s*:[^=]*)?\s*=\s*(?:None|['\"]([^'\"]*)['\"])", re.MULTILINE
)


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
    from alembic.config import Config

    config = Config()
    config.set_main_option("script_location", str(migrations_folder()))
    return config


@cache
def _scripts() -> ScriptDirectory:
    from alembic.script import ScriptDirectory

    return ScriptDirectory.from_config(_config())


def _revision_graph() -> dict[str, str | None]:
    """revision -> down revision, read from the revision files' own lines."""
    graph: dict[str, str | None] = {}
    for path in sorted((migrations_folder() / "versions").glob("*.py")):
        text = path.read_text(encoding="utf-8")
        revision = _REVISION_LINE.search(text)
        if revision is None:
            continue
        down = _DOWN_REVISION_LINE.search(text)
        graph[revision.group(1)] = down.group(1) if down and down.group(1) else None
    return graph


def head_revision() -> str:
    graph = _revision_graph()
    heads = set(graph) - set(graph.values())
    assert len(heads) == 1, f"the migrations folder must have one head revision, found {sorted(heads)}"
    return heads.pop()


def known_revisions() -> set[str]:
    return set(_revision_graph())


def _current_revision(connection: Connection, tables: set[str]) -> str | None:
    # What Alembic's MigrationContext.get_current_revision() reads.
    if "alembic_version" not in tables:
        return None
    rows = connection.exec_driver_sql("SELECT version_num FROM alembic_version").scalars().all()
    return rows[0] if rows else None


def schema_status(connection: Connection) -> SchemaStatus:
    head = head_revision()
    inspector = inspect(connection)
    tables = set(inspector.get_table_names())
    revision = _current_revision(connection, tables)
    if revision is None:
        # A view alone (no tables) is still something we did not make.
        empty = not tables and not inspector.get_view_names()
        state = SchemaState.EMPTY if empty else SchemaState.FOREIGN
    elif revision == head:
        state = SchemaState.CURRENT
    elif revision in known_revisions():
        state = SchemaState.OUTDATED
    elif tables & _our_table_names():
        state = SchemaState.TOO_NEW
    else:
        # Another Alembic application's database: a revision we do not know
        # and none of our tables. Not "written by a newer version".
        state = SchemaState.FOREIGN
    return SchemaStatus(state=state, revision=revision, head=head)


def _our_table_names() -> set[str]:
    """The tables this version's schema defines (storage.schema, no Alembic needed)."""

    return set(metadata.tables)


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
    from alembic import command

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
