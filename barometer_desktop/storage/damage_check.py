"""Whether a SQLite file is damaged, checked once when it is opened.

SQLite reports a damaged page only when a query reaches it, so every opening
reads every page once (storage.database.open_database calls refuse_damaged)
before anything is written or produced.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from sqlalchemy import Engine
from sqlalchemy.exc import DatabaseError

from barometer_desktop.errors import DatabaseOpenError
from barometer_desktop.storage.driver_errors import DAMAGED_MESSAGE, is_damage
from barometer_desktop.storage.sql_engine import DatabaseLocation


def refuse_damaged(engine: Engine, location: DatabaseLocation) -> None:
    """DatabaseOpenError (the damage message) when a page of a SQLite file cannot be read.

    SQLite reports a damaged page only when a query reaches it: a report or
    an export that happens not to read it would be written from a damaged
    file without a word, and a screen would meet it later, deep inside an
    edit. So every opening reads every page once (PRAGMA quick_check), before
    anything is written, so damage is met where the newest backup can be
    offered. It asks whether the file can be read, not whether each row keeps
    the CHECK constraints (every write enforces those): evaluating them for
    every row would more than double the time, about 0.9 s instead of 0.35 s
    for a 100 MB file on a busy machine (a read-only connection skips them too).
    """
    if engine.dialect.name != "sqlite":
        return
    try:
        with engine.connect() as connection:
            connection.exec_driver_sql("PRAGMA ignore_check_constraints = ON")
            try:
                problem = file_problem(connection.exec_driver_sql, location.path)
            finally:
                connection.invalidate()  # never back into the pool with the CHECK constraints off
    except DatabaseError as error:  # a page so damaged that the check itself cannot read it
        if not is_damage(error):
            raise
        problem = str(error)
    if problem is not None:
        raise DatabaseOpenError(DAMAGED_MESSAGE, path=location.display())


def file_problem(execute: Callable[[str], Any], path: Path | None) -> str | None:
    """What is wrong with an open SQLite file, or None: a page that cannot be
    read (quick_check), or a file that ends inside a page. SQLite writes whole
    pages only, so such a file was truncated (a copy broken off, a full disk);
    quick_check does not see that: SQLite reads the missing bytes as zeros, and
    an index then points at the wrong rows (an import changed another value).

    `execute` runs one PRAGMA and returns its cursor or result (sqlite3's or
    SQLAlchemy's), so the opening and `db backup` ask the same questions."""
    problem = execute("PRAGMA quick_check(1)").fetchone()[0]
    if problem != "ok":
        return str(problem)
    page_size = execute("PRAGMA page_size").fetchone()[0]
    if path is not None and path.exists() and page_size and path.stat().st_size % page_size:
        return "the file ends inside a page"
    return None
