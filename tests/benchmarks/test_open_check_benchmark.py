"""Benchmark: opening a 100 MB database reads every page (refuse_damaged) at readability's cost.

Every opening checks that each page of a SQLite file can be read, so a
damaged file is refused before any output. The check skips re-evaluating
the CHECK constraints per row (content rules every write enforces), which
more than doubles SQLite's quick_check. Target: the whole opening of a
~100 MB file costs at most 0.7 x a quick_check with the CHECK constraints
(a ratio, so a busy machine does not fail it). Measured on a two-core machine
under load 6-8: opening 0.36-0.40 s, the full quick_check 0.9-1.0 s.
Run on purpose: python -m pytest tests/benchmarks/test_open_check_benchmark.py -s
"""

from __future__ import annotations

import shutil
import sqlite3
import time
from pathlib import Path

from barometer_desktop.storage.database import open_database

TARGET_BYTES = 100_000_000


def _grow_audit_log(path: Path) -> None:
    """Audit rows until the file is about 100 MB: what years of edits and imports leave behind."""
    row = ("observation", "1/1/2012/year/0", "update", "value", "47.5", "48.25" + " " * 100, "bench",
           "2026-12-03 12:00:00")
    with sqlite3.connect(path) as connection:
        while path.stat().st_size < TARGET_BYTES:
            connection.executemany(
                "INSERT INTO audit_log (table_name, row_key, action, field, old_value, new_value, user_name,"
                " changed_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)", [row] * 100_000)
            connection.commit()
            connection.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    connection.close()


def _best(action, times: int = 3) -> float:
    best = float("inf")
    for _ in range(times):
        started = time.perf_counter()
        action()
        best = min(best, time.perf_counter() - started)
    return best


def _full_quick_check(path: Path) -> None:
    connection = sqlite3.connect(path)
    try:
        assert connection.execute("PRAGMA quick_check(1)").fetchone()[0] == "ok"
    finally:
        connection.close()


def test_opening_a_100_mb_file_checks_every_page_at_readabilitys_cost(demo_db_path: Path, tmp_path: Path) -> None:
    path = Path(shutil.copy(demo_db_path, tmp_path / "big.sqlite"))
    _grow_audit_log(path)
    size_mb = path.stat().st_size / 1e6
    opening = _best(lambda: open_database(path, read_only=True).close())
    full_check = _best(lambda: _full_quick_check(path))
    print(f"\n{size_mb:.0f} MB: opening {opening:.3f} s, quick_check with CHECK constraints {full_check:.3f} s")
    assert opening <= 0.7 * full_check
