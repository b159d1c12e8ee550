"""Versions that never go back, also across a delete.

SQLAlchemy's version counter (models.Versioned) starts every new row at 1.
A value that is cleared and typed again, undone and redone, or imported
anew would then be at version 1 again, and an edit made on the old row's
version 1 would land on the new value unrefused. So a delete records the
version it reached in `row_version`, by the row's natural key, and a row
created under that key again starts after it.

Every ORM session gets this through `install` (Database does it with the
audit hook); the bulk import's SQL uses `next_version_sql` for the same rule.
"""

from __future__ import annotations

from sqlalchemy import Connection, Table, event, select, text
from sqlalchemy.orm import Session, sessionmaker
from sqlalchemy.orm.attributes import set_committed_value

from barometer_desktop.storage.concurrency import ADDING, CHANGING, changing_refs, mapped_table, pending_refs
from barometer_desktop.storage.models import Versioned
from barometer_desktop.storage.schema import row_version

_RECORD = text(
    "INSERT INTO row_version (table_name, row_key, version) VALUES (:table, :key, :version)"
    " ON CONFLICT (table_name, row_key) DO UPDATE SET version = excluded.version"
)


def deleted_version(instance: Versioned) -> int:
    """The version a deleted row's key holds: the delete is itself a change."""
    return instance.version + 1


def next_version_sql(table: str, key_sql: str) -> str:
    """SQL for the first version of a row created under the key `key_sql` evaluates to."""
    return (
        f"COALESCE((SELECT rv.version FROM row_version rv WHERE rv.table_name = '{table}'"
        f" AND rv.row_key = {key_sql}), 0) + 1"
    )


def install(factory: sessionmaker[Session]) -> None:
    """Continue version sequences across deletes in sessions made by `factory`."""

    @event.listens_for(factory, "before_flush")
    def _note_additions(session: Session, _context: object, _instances: object) -> None:
        # If the flush fails on a unique key, the transaction names the row
        # someone else stored there first; if it fails on a version, the row
        # someone else changed (Database.transaction).

        session.info[ADDING] = pending_refs(session, new_only=True) if session.new else []
        session.info[CHANGING] = changing_refs(session) if (session.dirty or session.deleted) else []

    @event.listens_for(factory, "after_flush")
    def _continue_versions(session: Session, _context: object) -> None:
        deleted = [i for i in session.deleted if isinstance(i, Versioned)]
        created = [i for i in session.new if isinstance(i, Versioned)]
        if not (deleted or created):
            return
        connection = session.connection()
        if deleted:
            connection.execute(
                _RECORD,
                [{"table": mapped_table(type(i)).name, "key": i.version_key(), "version": deleted_version(i)}
                 for i in deleted],
            )
        by_table: dict[Table, list[Versioned]] = {}
        for instance in created:
            by_table.setdefault(mapped_table(type(instance)), []).append(instance)
        for table, instances in by_table.items():
            keyed = {i.version_key(): i for i in instances}
            last = connection.execute(
                select(row_version.c.row_key, row_version.c.version).where(
                    row_version.c.table_name == table.name, row_version.c.row_key.in_(list(keyed))
                )
            )
            for key, version in last:
                _start_after(connection, table, keyed[key], version)


def _start_after(connection: Connection, table: Table, instance: Versioned, last: int) -> None:
    """Give a just-inserted row the version after `last`, its key's deleted version."""
    version = last + 1
    connection.execute(
        table.update()
        .where(*(column == getattr(instance, column.key) for column in table.primary_key.columns))
        .values(version=version)
    )
    # The ORM's next UPDATE of this row names the version it now has.
    set_committed_value(instance, "version", version)
