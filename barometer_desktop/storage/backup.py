"""Consistent copies of a SQLite database, safe while the app has it open."""

from __future__ import annotations

import contextlib
import os
import sqlite3
import tempfile
from datetime import datetime
from pathlib import Path

from barometer_desktop.errors import QT_TRANSLATE_NOOP, ExportError


def backup_sqlite(source: Path, target: Path) -> Path:
    """Copy `source` to `target` with SQLite's online backup API.

    The copy is written to a temporary file in the target folder and renamed
    into place only when complete, so a failure never leaves a half-written
    backup and never touches an existing file of the same name until the new
    copy is whole.
    """
    target = target.expanduser().resolve()
    if target == source.resolve():
        raise ExportError(QT_TRANSLATE_NOOP("Errors", "A backup cannot overwrite the database itself."))
    folder = target.parent
    if not folder.is_dir():
        raise ExportError(
            QT_TRANSLATE_NOOP("Errors", "The folder {folder} does not exist."), folder=str(folder)
        )
    try:
        handle, temp_name = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".tmp", dir=folder)
    except OSError as error:
        raise ExportError(
            QT_TRANSLATE_NOOP("Errors", "Cannot write in {folder}: {reason}"),
            folder=str(folder),
            reason=error.strerror or str(error),
        ) from error
    os.close(handle)
    temp_path = Path(temp_name)
    try:
        with contextlib.closing(sqlite3.connect(source)) as src, contextlib.closing(
            sqlite3.connect(temp_path)
        ) as dst:
            src.execute("PRAGMA busy_timeout = 5000")
            src.backup(dst)
            # A standalone copy: no WAL side files to carry along.
            dst.execute("PRAGMA journal_mode = DELETE")
        os.replace(temp_path, target)
    except (OSError, sqlite3.Error) as error:
        temp_path.unlink(missing_ok=True)
        raise ExportError(
            QT_TRANSLATE_NOOP("Errors", "The backup to {target} failed: {reason}"),
            target=str(target),
            reason=getattr(error, "strerror", None) or str(error),
        ) from error
    return target


def timestamped_backup_path(database: Path, purpose: str) -> Path:
    """E.g. barometer.sqlite -> barometer.before-upgrade.20261125-143000.sqlite beside it."""
    stamp = datetime.now().strftime("%Y%m%d-%H%M%S")
    return database.with_name(f"{database.stem}.{purpose}.{stamp}{database.suffix or '.sqlite'}")


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
