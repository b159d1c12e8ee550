"""The storage facade: open a database, run one user action as one transaction.

Screens and commands get a `Database` and call the service modules beside
this one (catalog, observations, committees, ...), which open short sessions
through `transaction()` / `reading()` and hand back plain objects. No widget
ever holds an ORM session.

Reads that the report, the web export and the command line need go through
`reading_rows()`: Core queries on storage.schema, no ORM. The ORM (edits,
with optimistic locking and the audit log) loads on the first session;
importing and configuring it costs more than all of a report's queries.
"""

from __future__ import annotations

import getpass
from collections.abc import Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from sqlalchemy import Connection, Engine, func, select
from sqlalchemy.exc import DatabaseError, IntegrityError

from barometer_desktop.errors import (
    QT_TRANSLATE_NOOP,
    DatabaseOpenError,
    SchemaOutdatedError,
    ValidationError,
)
from barometer_desktop.storage import migrations, schema
from barometer_desktop.storage.damage_check import refuse_damaged
from barometer_desktop.storage.driver_errors import (
    DAMAGED_MESSAGE,
    DRIVER_ERRORS,
    constraint_reason,
    is_damage,
    operational_error,
    quiet_rollback,
)
from barometer_desktop.storage.migrations import SchemaState
from barometer_desktop.storage.schema_verification import refuse_altered_schema as refuse
from barometer_desktop.storage.sql_engine import (
    WRITE_OPTION,
    DatabaseLocation,
    check_sqlite_file,
    create_database_engine,
    enable_wal,
)

if TYPE_CHECKING:
    from sqlalchemy.orm import Session, sessionmaker

DEMO_SETTING = "demo"


def current_user() -> str:
    """The login name changes are recorded under; "" when the system gives none
    (some service contexts). The name is data: screens and outputs show an
    empty one in the user's language (labels.user_name), not a stored word."""
    try:
        return getpass.getuser()
    except (OSError, KeyError):
        return ""


@dataclass
class _SharedRead:
    """The one read transaction of a `consistent_reads()` block."""

    connection: Connection
    session: Session | None = None  # made when an ORM read joins the block


@dataclass
class Database:
    location: DatabaseLocation
    engine: Engine
    read_only: bool = False
    user_name: str = ""

    def __post_init__(self) -> None:
        self.user_name = self.user_name or current_user()
        self._session_factory: sessionmaker[Session] | None = None
        # Per database and per thread of control (a report renders in a worker).
        self._shared_read: ContextVar[_SharedRead | None] = ContextVar(f"shared_read_{id(self)}", default=None)

    def _new_session(self, *, bind: Connection | None = None) -> Session:
        """An ORM session (on `bind`, else the engine); the ORM and the audit hook load on the first one."""
        if self._session_factory is None:
            from sqlalchemy.orm import sessionmaker

            from barometer_desktop.storage import audit, row_versions  # they load the ORM

            self._session_factory = sessionmaker(self.engine, expire_on_commit=False)
            audit.install(self._session_factory, self.user_name)
            row_versions.install(self._session_factory)
        return self._session_factory() if bind is None else self._session_factory(bind=bind)

    # -- sessions ---------------------------------------------------------

    @contextmanager
    def transaction(self) -> Iterator[Session]:
        """One user action: everything in it is stored, or nothing is."""
        if self.read_only:
            raise DatabaseOpenError(
                QT_TRANSLATE_NOOP("Errors", "The database is open read-only; nothing was changed.")
            )
        from sqlalchemy.orm.exc import StaleDataError  # the ORM loads with the first session anyway

        session = self._new_session()
        if self.engine.dialect.name == "sqlite":
            # Take the write lock now: see engine._on_begin. Another program
            # holding it past the busy timeout is a message, not a crash.
            try:
                session.connection(execution_options={WRITE_OPTION: True})
            except DRIVER_ERRORS as error:
                session.close()
                raise operational_error(error, self.location) from error
        committing = False
        try:
            yield session
            committing = True
            session.commit()
        except StaleDataError as error:
            # Another user's commit got in between: say what they stored.
            from barometer_desktop.storage import concurrency  # loads the ORM; only a refused commit needs it

            refs = session.info.get(concurrency.CHANGING) or concurrency.pending_refs(session)
            session.rollback()
            with self.reading() as fresh:
                raise concurrency.stale_error(fresh, refs) from error
        except IntegrityError as error:
            # Two people storing into the same empty place (a value's cell,
            # a follow-up's year): the loser is told who was first, and what
            # they stored, not the database's words for it.
            from barometer_desktop.storage import concurrency  # loads the ORM; only a refused commit needs it

            refs = session.info.get(concurrency.ADDING, [])
            session.rollback()
            if refs:
                with self.reading() as fresh:
                    conflict = concurrency.moved_on(fresh, refs)
                if conflict is not None:
                    raise conflict from error
            raise ValidationError(
                QT_TRANSLATE_NOOP("Errors", "The database refused the change: {reason}"),
                reason=constraint_reason(error),
            ) from error
        except DRIVER_ERRORS as error:
            quiet_rollback(session)
            raise operational_error(error, self.location, committing=committing) from error
        except DatabaseError as error:
            quiet_rollback(session)
            if is_damage(error):
                raise operational_error(error, self.location) from error
            raise
        except BaseException:
            quiet_rollback(session)
            raise
        finally:
            session.close()

    @contextmanager
    def reading(self) -> Iterator[Session]:
        """A short read-only ORM session; never commits.

        Inside `consistent_reads()` every reading shares that block's
        transaction, so several service calls see one state of the data.
        """
        shared = self._shared_read.get()
        if shared is not None:
            if shared.session is None:
                shared.session = self._new_session(bind=shared.connection)
            yield shared.session
            return
        session = self._new_session()
        try:
            yield session
        except DRIVER_ERRORS as error:
            raise operational_error(error, self.location) from error
        except DatabaseError as error:
            if is_damage(error):
                raise operational_error(error, self.location) from error
            raise
        finally:
            session.rollback()
            session.close()

    @contextmanager
    def reading_rows(self) -> Iterator[Connection]:
        """A short read for Core queries on storage.schema: rows, not objects, and no ORM.

        Inside `consistent_reads()` it shares that block's transaction.
        """
        shared = self._shared_read.get()
        if shared is not None:
            yield shared.connection
            return
        try:
            with self.engine.connect() as connection:  # closing rolls the read back
                yield connection
        except DRIVER_ERRORS as error:
            raise operational_error(error, self.location) from error
        except DatabaseError as error:
            if is_damage(error):
                raise operational_error(error, self.location) from error
            raise

    @contextmanager
    def consistent_reads(self) -> Iterator[None]:
        """Run several reads against ONE snapshot of the data.

        Assembling a report year takes a dozen queries; without this, a
        colleague's save landing between two of them could give a report
        (and a stored final edition) that mixes before and after. One
        SQLite read transaction is a snapshot by itself; PostgreSQL needs
        REPEATABLE READ for the same.
        """
        if self._shared_read.get() is not None:
            yield
            return
        try:
            connection = self.engine.connect()
            if self.engine.dialect.name == "postgresql":
                connection.execution_options(isolation_level="REPEATABLE READ")
            # Begun here, so an ORM session that joins the block uses this
            # transaction instead of beginning (and ending) its own.
            connection.begin()
        except DRIVER_ERRORS as error:
            raise operational_error(error, self.location) from error
        shared = _SharedRead(connection)
        token = self._shared_read.set(shared)
        try:
            yield
        except DRIVER_ERRORS as error:
            raise operational_error(error, self.location) from error
        except DatabaseError as error:
            if is_damage(error):
                raise operational_error(error, self.location) from error
            raise
        finally:
            self._shared_read.reset(token)
            if shared.session is not None:
                shared.session.close()
            connection.close()

    # -- facts about the database -------------------------------------------

    def setting(self, key: str, default: str = "") -> str:
        table = schema.setting
        with self.reading_rows() as connection:
            value = connection.scalar(select(table.c.value).where(table.c.key == key))
        return default if value is None else value

    @property
    def is_demo(self) -> bool:
        return self.setting(DEMO_SETTING) == "1"

    def data_version(self) -> int:
        """Grows with every stored change, by anyone: the number of audit rows (never deleted).

        Screens poll it to notice another user's work. Not the newest id: on
        PostgreSQL a transaction can commit an id lower than one already seen
        (ids are handed out before commit), and would be missed; the count
        grows with every commit whatever its ids.
        """
        with self.reading_rows() as connection:
            return connection.scalar(select(func.count(schema.audit_log.c.id))) or 0

    def schema_revision(self) -> str | None:
        with self.engine.connect() as connection:
            return migrations.schema_status(connection).revision

    def close(self) -> None:
        self.engine.dispose()


# What a driver raises when the database cannot be used right now: locked,
# unreachable, restarting, out of connections, or the connection was cut
# (psycopg raises InterfaceError for a connection already known closed).
def _probe(engine: Engine, location: DatabaseLocation) -> migrations.SchemaStatus:
    try:
        with engine.connect() as connection:
            return migrations.schema_status(connection)
    except DRIVER_ERRORS as error:
        engine.dispose()
        raise operational_error(error, location) from error
    except Exception as error:  # the driver's DatabaseError for a damaged file
        engine.dispose()
        if is_damage(error):
            raise DatabaseOpenError(DAMAGED_MESSAGE, path=location.display()) from error
        raise


def refuse_altered_schema(engine: Engine, status: migrations.SchemaStatus, location: DatabaseLocation) -> None:
    """Refuse a database holding schema objects our migrations did not make for its revision.

    Checked before anything is written (an upgrade, WAL mode), so a refused
    file stays byte-identical.
    """
    if status.state not in (SchemaState.CURRENT, SchemaState.OUTDATED) or status.revision is None:
        return

    with engine.connect() as connection:
        refuse(connection, status.revision, location.display())


def open_database(
    location: DatabaseLocation | str | Path,
    *,
    upgrade: bool = True,
    read_only: bool = False,
    user_name: str = "",
) -> Database:
    """Open an existing barometer database, upgrading an older schema first.

    An older SQLite file is backed up beside itself before the upgrade. A
    missing, foreign, damaged (any page: refuse_damaged), newer or locked
    database raises DatabaseOpenError and is left exactly as it was.
    """
    if not isinstance(location, DatabaseLocation):
        location = DatabaseLocation.parse(location)
    if location.path is not None:
        check_sqlite_file(location.path, must_exist=True, writable=not read_only)
    engine = create_database_engine(location, read_only=read_only)
    status = _probe(engine, location)
    try:
        migrations.refuse_unusable(status, location)
        if status.state is SchemaState.EMPTY:
            raise SchemaOutdatedError(
                QT_TRANSLATE_NOOP(
                    "Errors", "{path} is empty. Create a barometer database with 'db init'."
                ),
                path=location.display(),
            )
        refuse_damaged(engine, location)
        refuse_altered_schema(engine, status, location)
        if status.state is SchemaState.OUTDATED:
            if not upgrade or read_only:
                raise SchemaOutdatedError(
                    QT_TRANSLATE_NOOP(
                        "Errors", "{path} has an older schema. Run 'db upgrade' first."
                    ),
                    path=location.display(),
                )
            migrations.upgrade(engine, location)
        if not read_only:
            enable_wal(engine)
    except DRIVER_ERRORS as error:
        engine.dispose()
        raise operational_error(error, location) from error
    except BaseException:
        engine.dispose()
        raise
    return Database(location=location, engine=engine, read_only=read_only, user_name=user_name)


def upgrade_database(location: DatabaseLocation | str | Path) -> Path | None:
    """`db upgrade`: migrate to the newest schema; returns the backup made, if any.

    A current database is left alone (running it twice is harmless). A file
    that is locked, foreign, damaged or newer raises DatabaseOpenError and is
    left exactly as it was; a failing migration rolls back whole.
    """
    if not isinstance(location, DatabaseLocation):
        location = DatabaseLocation.parse(location)
    if location.path is not None:
        check_sqlite_file(location.path, must_exist=True, writable=True)
    engine = create_database_engine(location)
    try:
        status = _probe(engine, location)
        migrations.refuse_unusable(status, location)
        if status.state is SchemaState.EMPTY:
            raise SchemaOutdatedError(
                QT_TRANSLATE_NOOP(
                    "Errors", "{path} is empty. Create a barometer database with 'db init'."
                ),
                path=location.display(),
            )
        try:
            refuse_damaged(engine, location)
            refuse_altered_schema(engine, status, location)
            backup = migrations.upgrade(engine, location)
            enable_wal(engine)
        except DRIVER_ERRORS as error:
            raise operational_error(error, location) from error
        return backup
    finally:
        engine.dispose()


def create_database(location: DatabaseLocation | str | Path, *, user_name: str = "") -> Database:
    """Create the schema in a new (or empty) database; refuses one that has data."""
    if not isinstance(location, DatabaseLocation):
        location = DatabaseLocation.parse(location)
    if location.path is not None:
        check_sqlite_file(location.path, must_exist=False, writable=True)
    engine = create_database_engine(location)
    status = _probe(engine, location)
    if status.state is not SchemaState.EMPTY:
        engine.dispose()
        migrations.refuse_unusable(status, location)
        raise DatabaseOpenError(
            QT_TRANSLATE_NOOP(
                "Errors", "{path} already holds a barometer database; nothing was changed."
            ),
            path=location.display(),
        )
    try:
        migrations.upgrade(engine, location, backup=False)
        enable_wal(engine)
    except BaseException:
        engine.dispose()
        raise
    return Database(location=location, engine=engine, user_name=user_name)
