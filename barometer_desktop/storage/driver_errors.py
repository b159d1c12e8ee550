"""What a database driver's failure means for the user: one clear, translated line.

SQLite's and PostgreSQL's drivers report a read-only file, a lock, a server
that is restarting or full, or a cut connection as OperationalError or
InterfaceError with driver text; Database turns each into a DatabaseOpenError
that says what happened and whether anything was stored.
"""

from __future__ import annotations

import sqlite3
from typing import TYPE_CHECKING

from sqlalchemy.exc import DatabaseError, DBAPIError, IntegrityError, InterfaceError, OperationalError

from barometer_desktop.errors import QT_TRANSLATE_NOOP, DatabaseOpenError
from barometer_desktop.storage.sql_engine import LOCKED_MESSAGE, SERVER_CONNECTIONS, DatabaseLocation

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

DRIVER_ERRORS = (OperationalError, InterfaceError)


DAMAGED_MESSAGE = QT_TRANSLATE_NOOP(
    "Errors", "{path} is damaged or not a barometer database. If it is your barometer, restore the newest backup "
              "(File > Restore from backup)."
)


def is_damage(error: BaseException) -> bool:
    """A driver error that says the file itself is damaged (SQLite raises a plain
    DatabaseError for it, not an OperationalError, and only when a query reaches
    the damaged page: possibly long after the file was opened)."""
    text = str(getattr(error, "orig", None) or error).lower()
    return isinstance(error, (DatabaseError, sqlite3.DatabaseError)) and (
        "malformed" in text or "not a database" in text
    )


def quiet_rollback(session: Session) -> None:
    """Roll back; on a connection the server cut, there is nothing to roll back."""
    try:
        session.rollback()
    except DRIVER_ERRORS:
        pass  # the server rolled the transaction back when the connection went


def constraint_reason(error: IntegrityError) -> str:
    # The driver's message names the constraint, e.g. "UNIQUE constraint
    # failed: indicator.code" or "CHECK constraint failed: unit_known".
    return str(error.orig).splitlines()[0] if error.orig else str(error)


def operational_error(
    error: DBAPIError, location: DatabaseLocation, *, committing: bool = False
) -> DatabaseOpenError:
    """The user's words for a database that cannot be used (never the driver's text)."""
    text = str(error.orig).lower() if error.orig else str(error).lower()
    server = _server_state(error, text, location, committing)
    if server is not None:
        return server
    if "locked" in text or "busy" in text:
        return DatabaseOpenError(LOCKED_MESSAGE, path=location.display())
    if "readonly" in text or "read-only" in text:
        return DatabaseOpenError(
            QT_TRANSLATE_NOOP("Errors", "The database file {path} is read-only."),
            path=location.display(),
        )
    if "password" in text and ("authentication" in text or "no password" in text):
        return DatabaseOpenError(
            QT_TRANSLATE_NOOP(
                "Errors",
                "The database server {path} refused the login. Put the password in the PostgreSQL "
                "password file (pgpass) or ask IT to check the user name.",
            ),
            path=location.display(),
        )
    if "connection refused" in text or "could not connect" in text or "timeout expired" in text or (
        "could not translate host name" in text
    ):
        return DatabaseOpenError(
            QT_TRANSLATE_NOOP("Errors", "Cannot reach the database server {path}. Is it running, and is the address right?"),
            path=location.display(),
        )
    if "does not exist" in text and "database" in text:
        return DatabaseOpenError(
            QT_TRANSLATE_NOOP("Errors", "The database server has no database named in {path}. Ask IT to create it."),
            path=location.display(),
        )
    if "not a database" in text or "malformed" in text:
        return DatabaseOpenError(DAMAGED_MESSAGE, path=location.display())
    if "unable to open database file" in text:
        return DatabaseOpenError(
            QT_TRANSLATE_NOOP("Errors", "The database file {path} cannot be opened or made: check that its folder "
                                        "exists and that you may write there."),
            path=location.display(),
        )
    return DatabaseOpenError(
        QT_TRANSLATE_NOOP("Errors", "The database {path} could not be used: {reason}"),
        path=location.display(),
        reason=str(error.orig or error).splitlines()[0],
    )


def _sqlstate(error: DBAPIError) -> str:
    return getattr(error.orig, "sqlstate", None) or ""


def _server_state(
    error: DBAPIError, text: str, location: DatabaseLocation, committing: bool
) -> DatabaseOpenError | None:
    """A PostgreSQL server's state as a clear line: restarting, full, or the connection cut."""
    state = _sqlstate(error)
    if state == "57P03" or "shutting down" in text or "starting up" in text or "in recovery mode" in text:
        return DatabaseOpenError(
            QT_TRANSLATE_NOOP(
                "Errors", "The database server {path} is restarting. Nothing was stored; try again in a moment."
            ),
            path=location.display(),
        )
    if state == "53300" or "too many clients" in text or "too many connections" in text:
        return DatabaseOpenError(
            QT_TRANSLATE_NOOP(
                "Errors",
                "The database server {path} has no free connections. Nothing was stored. Ask IT to allow more "
                "connections: each open window of this app uses up to {connections}.",
            ),
            path=location.display(),
            connections=SERVER_CONNECTIONS,
        )
    if state in ("40P01", "40001") or "deadlock detected" in text or "could not serialize" in text:
        return DatabaseOpenError(
            QT_TRANSLATE_NOOP(
                "Errors",
                "Your change met another user's change at the same moment; nothing was stored. Try again.",
            )
        )
    cut = (
        state in ("57P01", "57P02", "08006", "08003", "08000")
        or "terminating connection" in text
        or "server closed the connection" in text
        or "connection is closed" in text
        or "connection is lost" in text
        or "consuming input failed" in text
        or "ssl syscall error" in text
        or "connection reset" in text
        or getattr(error, "connection_invalidated", False)
    )
    if not cut:
        return None
    if committing:
        return DatabaseOpenError(
            QT_TRANSLATE_NOOP(
                "Errors",
                "The connection to the database server {path} was cut while your change was being stored: "
                "it may or may not have arrived. The next action connects again; reload to see what is stored.",
            ),
            path=location.display(),
        )
    return DatabaseOpenError(
        QT_TRANSLATE_NOOP(
            "Errors",
            "The connection to the database server {path} was cut (the server may have restarted). Nothing was "
            "stored; the next action connects again.",
        ),
        path=location.display(),
    )
