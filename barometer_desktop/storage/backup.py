"""Consistent copies of a SQLite database, safe while the app has it open."""

from __future__ import annotations

import contextlib
import sqlite3
import time
from collections.abc import Callable
from datetime import datetime
from pathlib import Path
from urllib.parse import quote

from barometer_desktop.atomic_files import atomic_target
from barometer_desktop.errors import QT_TRANSLATE_NOOP, DatabaseOpenError, ExportError, os_reason
from barometer_desktop.storage.damage_check import file_problem
from barometer_desktop.storage.driver_errors import DAMAGED_MESSAGE, is_damage
from barometer_desktop.storage.sql_engine import BUSY_TIMEOUT_MS, LOCKED_MESSAGE
from barometer_desktop.write_targets import DATABASE, check_file_target


class _StillLocked(Exception):
    """Another program held the database past the busy timeout."""


def _give_up_when_busy(deadline: float) -> Callable[[int, int, int], None]:
    # sqlite3's backup retries a busy source for ever; the same bounded wait as
    # every other command (BUSY_TIMEOUT_MS) ends it with the "locked" message.
    def progress(status: int, _remaining: int, _total: int) -> None:
        if status in (sqlite3.SQLITE_BUSY, sqlite3.SQLITE_LOCKED) and time.monotonic() > deadline:
            raise _StillLocked

    return progress


def _refuse_foreign_database(source: Path, target: Path) -> None:
    """A backup replaces only an earlier barometer backup: an existing SQLite file must be one of ours.

    Read with immutable=1: no journal, lock or side file is made beside it.
    """
    if not target.exists() or target.stat().st_size == 0:
        return
    uri = f"file:{quote(target.as_posix())}?mode=ro&immutable=1"
    try:
        with contextlib.closing(sqlite3.connect(uri, uri=True)) as connection:
            tables = {row[0] for row in connection.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
    except sqlite3.Error:
        tables = set()
    if not {"alembic_version", "indicator", "observation"} <= tables:
        raise ExportError(DATABASE.refusal, file=str(target))
    _refuse_another_barometer(source, target, uri)


def _own_area_and_last_change(connection: sqlite3.Connection) -> tuple[str, str]:
    try:
        own = connection.execute("SELECT code FROM area WHERE is_main").fetchone()
        last = connection.execute("SELECT max(changed_at) FROM audit_log").fetchone()
    except sqlite3.Error:
        return "", ""
    return (own[0] if own else "") or "", (last[0] if last else "") or ""


def _refuse_another_barometer(source: Path, target: Path, target_uri: str) -> None:
    """An earlier backup of this barometer may be replaced; another barometer, or
    a copy with changes this one has not seen, may not (its work would be lost)."""
    with contextlib.closing(sqlite3.connect(target_uri, uri=True)) as connection:
        target_area, target_last = _own_area_and_last_change(connection)
    source_uri = f"file:{quote(source.as_posix())}?mode=ro"
    with contextlib.closing(sqlite3.connect(source_uri, uri=True)) as connection:
        connection.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
        source_area, source_last = _own_area_and_last_change(connection)
    if target_area != source_area or target_last > source_last:
        raise ExportError(
            QT_TRANSLATE_NOOP(
                "Errors", "{file} is another barometer database, or has changes this one does not have, so it "
                          "was not replaced. Choose another file name for the backup."
            ),
            file=str(target),
        )


def backup_sqlite(source: Path, target: Path, *, refuse_damaged: bool = False) -> Path:
    """Copy `source` to `target` with SQLite's online backup API.

    The copy is written to a temporary file in the target folder and renamed
    into place only when complete (atomic_files), so a failure never leaves a
    half-written backup. The target may not be the database, a side file of
    a database in use, or anything but an earlier barometer backup.
    """
    target = check_file_target(target, DATABASE, protect=(source,))
    _refuse_foreign_database(source, target)
    try:
        with atomic_target(target, DATABASE, protect=(source,)) as temp_path:
            with contextlib.closing(sqlite3.connect(source)) as src, contextlib.closing(
                sqlite3.connect(temp_path)
            ) as dst:
                src.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
                # The user's own backup (db backup, File › Back up) of a damaged file is no
                # backup: refused as every opening refuses it. The program's own copies (daily,
                # before an upgrade or a restore) follow an opening that has just checked the
                # file, and a restore must keep the damaged file it replaces.
                if refuse_damaged and file_problem(src.execute, source) is not None:
                    raise DatabaseOpenError(DAMAGED_MESSAGE, path=str(source))
                deadline = time.monotonic() + BUSY_TIMEOUT_MS / 1000
                # All pages in one step: one consistent snapshot, as before.
                src.backup(dst, pages=-1, progress=_give_up_when_busy(deadline))
                # A standalone copy: no WAL side files to carry along.
                dst.execute("PRAGMA journal_mode = DELETE")
    except _StillLocked as error:
        raise DatabaseOpenError(LOCKED_MESSAGE, path=str(source)) from error
    except (OSError, sqlite3.Error) as error:
        if "locked" in str(error).lower() or "busy" in str(error).lower():
            raise DatabaseOpenError(LOCKED_MESSAGE, path=str(source)) from error
        if isinstance(error, sqlite3.DatabaseError) and is_damage(error):
            raise DatabaseOpenError(DAMAGED_MESSAGE, path=str(source)) from error
        raise ExportError(
            QT_TRANSLATE_NOOP("Errors", "The backup to {target} failed: {reason}"),
            target=str(target),
            reason=os_reason(error) if isinstance(error, OSError) else str(error),
        ) from error
    return target


def timestamped_backup_path(database: Path, purpose: str) -> Path:
    """E.g. barometer.sqlite -> barometer.before-upgrade.20261125-143000.sqlite beside it."""
    stamp = datetime.now().strftime("%Y%m%d-%H%M%S")
    return database.with_name(f"{database.stem}.{purpose}.{stamp}{database.suffix or '.sqlite'}")


DAILY = "daily"
DAILY_KEPT = 7


def daily_backup(database: Path, folder: Path, *, today: datetime | None = None, kept: int = DAILY_KEPT) -> Path | None:
    """The day's first opening copies the database into `folder` (named as
    newest_automatic_backup finds it); the newest `kept` daily copies stay.
    None when today's copy exists already."""
    now = today or datetime.now()
    pattern = f"{database.stem}.{DAILY}.2*{database.suffix or '.sqlite'}"
    existing = sorted(folder.glob(pattern), key=lambda p: p.stem.rsplit(".", 1)[-1])
    if any(p.stem.rsplit(".", 1)[-1].startswith(now.strftime("%Y%m%d")) for p in existing):
        return None
    stamp = now.strftime("%Y%m%d-%H%M%S")
    target = backup_sqlite(database, folder / f"{database.stem}.{DAILY}.{stamp}{database.suffix or '.sqlite'}")
    for old in [*existing, target][:-kept]:
        with contextlib.suppress(OSError):
            old.unlink()
    return target


def newest_automatic_backup(database: Path, folders: tuple[Path, ...] = ()) -> Path | None:
    """The newest timestamped copy of `database` (beside it, or in `folders`).

    Ordered by the time in the name (barometer.<purpose>.<yyyymmdd-hhmmss>),
    not by the purpose, so a newer copy always wins.
    """
    pattern = f"{database.stem}.*.2*{database.suffix or '.sqlite'}"
    candidates = [p for folder in (database.parent, *folders) if folder.is_dir() for p in folder.glob(pattern)]
    candidates = [p for p in candidates if p.resolve() != database.resolve()]
    return max(candidates, key=lambda p: p.stem.rsplit(".", 1)[-1], default=None)


def copy_for_opening(backup: Path, original: Path) -> Path:
    """A fresh copy of `backup` to open when `original` cannot be opened.

    The copy is named barometer-recovered-<time>.sqlite beside the original
    (not matching the automatic-backup pattern), so neither the original nor
    the backup is ever written to.
    """
    stamp = datetime.now().strftime("%Y%m%d-%H%M%S")
    target = original.with_name(f"{original.stem}-recovered-{stamp}{original.suffix or '.sqlite'}")
    return backup_sqlite(backup, target)
