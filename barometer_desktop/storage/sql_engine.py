"""Opening a database: which engine, which checks, which pragmas.

This is the only module that knows SQLite-specific SQL (pragmas and the
transaction recipe); everything else is portable between SQLite and
PostgreSQL.
"""

from __future__ import annotations

import os
import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import quote

from sqlalchemy import Connection, Engine, create_engine, event

from barometer_desktop.errors import QT_TRANSLATE_NOOP, DatabaseOpenError, os_reason
from barometer_desktop.write_targets import is_side_file

SQLITE_HEADER = b"SQLite format 3\x00"
BUSY_TIMEOUT_MS = 5000
# What every command says when another program holds the database past BUSY_TIMEOUT_MS.
LOCKED_MESSAGE = QT_TRANSLATE_NOOP(
    "Errors", "The database {path} is locked by another program. Try again in a moment."
)
# Execution option that marks a connection as about to write (see _on_begin).
WRITE_OPTION = "barometer_write"


SERVER_SCHEMES = ("postgresql", "postgres")
DEFAULT_DRIVER = "postgresql+psycopg"


@dataclass(frozen=True)
class DatabaseLocation:
    """Either a SQLite file or a PostgreSQL server URL.

    A server URL should carry no password: libpq reads it from the standard
    PostgreSQL password file (~/.pgpass, %APPDATA%\\postgresql\\pgpass.conf
    on Windows, or the file named by PGPASSFILE) when the URL has none.
    """

    url: str
    path: Path | None = None

    @classmethod
    def parse(cls, text: str | os.PathLike[str]) -> DatabaseLocation:
        raw = os.fspath(text).strip()
        if "://" in raw:
            return cls(url=_server_url(raw))
        path = Path(raw).expanduser().resolve()
        return cls(url=f"sqlite:///{path.as_posix()}", path=path)

    @classmethod
    def from_setting(cls, text: str | os.PathLike[str]) -> DatabaseLocation:
        """A location kept in a setting or the environment: never with a password."""
        location = cls.parse(text)
        if location.has_password:
            raise DatabaseOpenError(
                QT_TRANSLATE_NOOP(
                    "Errors",
                    "The saved database address {path} contains a password. Remove it and put the "
                    "password in the PostgreSQL password file (pgpass) instead.",
                ),
                path=location.display(),
            )
        return location

    def url_or_path(self) -> str:
        """What the user would type to name this database again."""
        return str(self.path) if self.path is not None else self.url

    @property
    def is_sqlite(self) -> bool:
        return self.path is not None

    @property
    def has_password(self) -> bool:
        if self.path is not None:
            return False
        from sqlalchemy.engine import make_url

        return make_url(self.url).password is not None

    def display(self) -> str:
        if self.path is not None:
            return str(self.path)
        # Never show a password that may be part of a server URL.
        from sqlalchemy.engine import make_url

        return make_url(self.url).render_as_string(hide_password=True)


def _server_url(raw: str) -> str:
    """Accept postgresql://, postgres:// and postgresql+psycopg:// alike."""
    from sqlalchemy.engine import make_url
    from sqlalchemy.exc import ArgumentError

    scheme = raw.split("://", 1)[0].lower()
    backend = scheme.split("+", 1)[0]
    if backend not in SERVER_SCHEMES:
        raise DatabaseOpenError(
            QT_TRANSLATE_NOOP(
                "Errors", "{url} is not a database this program can use: give a file or a postgresql:// address."
            ),
            url=raw.split("@")[-1],
        )
    if "+" not in scheme:
        raw = DEFAULT_DRIVER + raw[len(scheme):]
    try:
        url = make_url(raw)
    except ArgumentError as error:
        raise DatabaseOpenError(
            QT_TRANSLATE_NOOP("Errors", "{url} is not a valid database address."), url=raw.split("@")[-1]
        ) from error
    if not url.database:
        raise DatabaseOpenError(
            QT_TRANSLATE_NOOP("Errors", "The address {url} names no database (…/dbname at the end)."),
            url=url.render_as_string(hide_password=True),
        )
    return url.render_as_string(hide_password=False)


def check_sqlite_file(path: Path, *, must_exist: bool, writable: bool) -> None:
    """Refuse a file we must not touch, before SQLite gets a chance to write to it."""
    if is_side_file(path):
        # db.sqlite-wal is SQLite's own file of db.sqlite: opened (or created)
        # as a database of its own it would destroy that database's log.
        raise DatabaseOpenError(
            QT_TRANSLATE_NOOP(
                "Errors",
                "{path} is the -wal, -shm or -journal file of a database, not a database. "
                "Give the database file itself (without -wal, -shm or -journal).",
            ),
            path=str(path),
        )
    if not path.exists():
        if must_exist:
            raise DatabaseOpenError(
                QT_TRANSLATE_NOOP("Errors", "The database file {path} does not exist."),
                path=str(path),
            )
        if writable and not os.access(path.parent if path.parent.exists() else Path.cwd(), os.W_OK):
            raise DatabaseOpenError(
                QT_TRANSLATE_NOOP("Errors", "Cannot create a database in the folder {folder}: it is read-only."),
                folder=str(path.parent),
            )
        return
    if path.is_dir():
        raise DatabaseOpenError(
            QT_TRANSLATE_NOOP("Errors", "{path} is a folder, not a database file."), path=str(path)
        )
    try:
        with path.open("rb") as handle:
            header = handle.read(len(SQLITE_HEADER))
    except OSError as error:
        raise DatabaseOpenError(
            QT_TRANSLATE_NOOP("Errors", "Cannot read the database file {path}: {reason}"),
            path=str(path),
            reason=os_reason(error),
        ) from error
    if header and header != SQLITE_HEADER:
        raise DatabaseOpenError(
            QT_TRANSLATE_NOOP("Errors", "{path} is not a barometer database (not a SQLite file)."),
            path=str(path),
        )
    if not header and path.stat().st_size == 0:
        return  # an empty file is what some tools create as a placeholder; SQLite accepts it
    if writable and not os.access(path, os.W_OK):
        raise DatabaseOpenError(
            QT_TRANSLATE_NOOP("Errors", "The database file {path} is read-only."), path=str(path)
        )


def _configure_sqlite(engine: Engine, *, read_only: bool) -> None:
    @event.listens_for(engine, "connect")
    def _on_connect(dbapi_connection: sqlite3.Connection, _record: object) -> None:
        # Let SQLAlchemy, not the sqlite3 module, decide where transactions
        # begin, so DDL in migrations is transactional and rolls back whole.
        dbapi_connection.isolation_level = None
        cursor = dbapi_connection.cursor()
        cursor.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
        cursor.execute("PRAGMA foreign_keys = ON")
        if read_only:
            cursor.execute("PRAGMA query_only = ON")
        else:
            cursor.execute("PRAGMA synchronous = NORMAL")
        cursor.close()

    @event.listens_for(engine, "begin")
    def _on_begin(connection: Connection) -> None:
        # A writing transaction takes the write lock at once (IMMEDIATE), so
        # two writers queue behind each other (busy_timeout) and each reads
        # the rows it is about to change AFTER the other has committed: the
        # version check then sees the newer version instead of SQLite
        # failing the upgrade of a stale read snapshot with "locked".
        if connection.get_execution_options().get(WRITE_OPTION):
            connection.exec_driver_sql("BEGIN IMMEDIATE")
        else:
            connection.exec_driver_sql("BEGIN")


def enable_wal(engine: Engine) -> None:
    """Switch a SQLite file to write-ahead logging (stored in the file).

    Called only once a file has been checked and accepted, so a file we
    refuse is never changed, not even its header.
    """
    if engine.dialect.name != "sqlite":
        return
    raw = engine.raw_connection()
    try:
        cursor = raw.cursor()
        cursor.execute("PRAGMA journal_mode = WAL")
        cursor.close()
    finally:
        raw.close()


def sqlite_integrity_problems(engine: Engine) -> list[str]:
    """What SQLite's own checks find wrong with the file (empty when sound)."""
    if engine.dialect.name != "sqlite":
        return []
    raw = engine.raw_connection()
    try:
        cursor = raw.cursor()
        problems = [row[0] for row in cursor.execute("PRAGMA integrity_check") if row[0] != "ok"]
        for table, rowid, parent, _fk in cursor.execute("PRAGMA foreign_key_check"):
            problems.append(f"{table} row {rowid}: missing {parent} row")
        cursor.close()
        return problems
    finally:
        raw.close()


def create_memory_engine() -> Engine:
    """An empty in-memory SQLite database set up like a file (foreign keys, transactional DDL)."""
    engine = create_engine("sqlite://")
    _configure_sqlite(engine, read_only=False)
    return engine


def _read_only_url(path: Path) -> str:
    """A URL that reads `path` without leaving anything beside it.

    mode=ro creates no rollback journal; but a WAL-mode file read with
    mode=ro gets -wal and -shm files that a read-only connection cannot
    remove again. So a WAL file with no -wal beside it (no program has it
    open) is read through an ordinary connection kept read-only by
    query_only, which removes its side files on closing; and when the
    file or its folder is not writable for us (nobody can be writing it
    through us, and SQLite could not make the side files anyway) it is read
    as immutable, which needs no side files at all.
    """
    quoted = quote(path.as_posix(), safe="/:")
    in_use = Path(f"{path}-wal").exists()
    if in_use or not _is_wal_file(path):
        return f"sqlite:///file:{quoted}?mode=ro&uri=true"
    if os.access(path, os.W_OK) and os.access(path.parent, os.W_OK):
        return f"sqlite:///{path.as_posix()}"
    return f"sqlite:///file:{quoted}?mode=ro&immutable=1&uri=true"


def _is_wal_file(path: Path) -> bool:
    """Bytes 18 and 19 of the header are 2 in write-ahead-log mode."""
    try:
        with path.open("rb") as handle:
            header = handle.read(20)
    except OSError:
        return False
    return len(header) == 20 and header.startswith(SQLITE_HEADER) and header[18:20] == b"\x02\x02"


def create_database_engine(location: DatabaseLocation, *, read_only: bool = False) -> Engine:
    if location.is_sqlite:
        assert location.path is not None
        url = location.url
        if read_only:
            url = _read_only_url(location.path)
        engine = create_engine(url)
        _configure_sqlite(engine, read_only=read_only)
        return engine
    # connect_timeout: a server that does not answer gives a clear message
    # within seconds instead of a window that seems to hang.
    connect_args: dict[str, object] = {"connect_timeout": 10, "application_name": "barometer-desktop"}
    password = keyring_password(location)
    if password:
        connect_args["password"] = password  # never in the URL, so never displayed
    # A small pool: a window uses one connection at a time, two when a report
    # is built in the background; SERVER_CONNECTIONS is what IT must allow
    # per open window (README "A shared database for a team"). pool_pre_ping
    # finds connections a server restart cut before an action uses them.
    return create_engine(
        location.url, pool_pre_ping=True, connect_args=connect_args,
        pool_size=SERVER_POOL_SIZE, max_overflow=SERVER_CONNECTIONS - SERVER_POOL_SIZE,
    )


SERVER_POOL_SIZE = 2  # connections a window keeps open to a database server
SERVER_CONNECTIONS = 4  # the most it opens at once


KEYRING_SERVICE = "barometer-desktop"


def keyring_name(location: DatabaseLocation) -> str:
    """The name a server password is stored under in the OS keyring: user@host:port/db."""
    from sqlalchemy.engine import make_url

    url = make_url(location.url)
    return f"{url.username or ''}@{url.host or 'localhost'}:{url.port or 5432}/{url.database}"


def keyring_password(location: DatabaseLocation) -> str | None:
    """The password from the OS keyring (Windows Credential Manager, ...), if any.

    Optional: used only when the `keyring` package is installed and the URL
    has no password. Otherwise libpq reads the PostgreSQL password file itself.
    """
    if location.is_sqlite or location.has_password:
        return None
    try:
        import keyring
    except ImportError:
        return None
    try:
        password: str | None = keyring.get_password(KEYRING_SERVICE, keyring_name(location))
        return password
    except Exception:  # a locked or missing keyring backend: fall back to pgpass
        return None


# Page cache for bulk writes (import), in KiB. A million-row import maintains
# several indexes; with SQLite's default 2 MB cache that thrashes. The cache
# is a fixed ceiling, so memory still does not grow with the file.
BULK_WRITE_CACHE_KIB = 65536
DEFAULT_CACHE_KIB = 2000


@contextmanager
def bulk_write_cache(connection: Connection) -> Iterator[None]:
    """A larger SQLite page cache for the duration of a bulk write."""
    if connection.dialect.name != "sqlite":
        yield
        return
    connection.exec_driver_sql(f"PRAGMA cache_size = -{BULK_WRITE_CACHE_KIB}")
    try:
        yield
    finally:
        connection.exec_driver_sql(f"PRAGMA cache_size = -{DEFAULT_CACHE_KIB}")
