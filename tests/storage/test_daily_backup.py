"""The day's first opening keeps a copy: what the program offers when the file is ever found damaged."""

from __future__ import annotations

import shutil
import sqlite3
from datetime import datetime, timedelta
from pathlib import Path

from barometer_desktop.storage.backup import daily_backup, newest_automatic_backup
from barometer_desktop.storage.sql_engine import DatabaseLocation
from barometer_desktop.ui import launch


def _database(demo_db_path: Path, tmp_path: Path) -> Path:
    return Path(shutil.copy(demo_db_path, tmp_path / "barometer.sqlite"))


def test_one_copy_a_day_and_the_newest_seven_kept(demo_db_path, tmp_path):
    database, folder = _database(demo_db_path, tmp_path), tmp_path / "backups"
    folder.mkdir()
    start = datetime(2026, 3, 1, 8, 30)
    first = daily_backup(database, folder, today=start)
    assert first is not None and daily_backup(database, folder, today=start + timedelta(hours=3)) is None
    for day in range(1, 10):
        daily_backup(database, folder, today=start + timedelta(days=day))
    kept = sorted(p.name for p in folder.iterdir())
    assert len(kept) == 7 and kept[-1] == "barometer.daily.20260310-083000.sqlite"
    with sqlite3.connect(folder / kept[-1]) as copy:
        assert copy.execute("SELECT count(*) FROM observation").fetchone()[0] > 0
    assert newest_automatic_backup(database, (folder,)) == folder / kept[-1]


def test_opening_in_the_window_makes_the_days_copy_that_a_damaged_file_is_offered(demo_db_path, tmp_path, qapp, monkeypatch):
    from barometer_desktop import paths

    database = _database(demo_db_path, tmp_path)
    db, lock, _banner = launch.open_with_recovery(DatabaseLocation.parse(database), demo=False)
    try:
        launch.make_daily_backup(db, lock)
    finally:
        if lock:
            lock.release()
        db.close()
    (copy,) = paths.backup_dir().glob("barometer.daily.*.sqlite")
    with database.open("r+b") as handle:  # a page deep inside goes bad
        handle.seek(4096 * 10)
        handle.write(b"\xa5" * 4096)
    offered = []
    monkeypatch.setattr(launch, "ask_open_backup", lambda error, backup: offered.append(backup) or False)
    assert launch.open_with_recovery(DatabaseLocation.parse(database), demo=False) is None
    assert offered == [copy]
