"""Benchmark: importing 1,000,000 observations from CSV.

Targets (issue 6): within 2x a bare `csv` + `sqlite3.executemany` loop that
inserts the same rows, and memory that does not grow with the file size
(peak traced memory for 1M rows about the same as for 100k rows).
Run on purpose: python -m pytest tests/benchmarks/test_import_benchmark.py -s
"""

from __future__ import annotations

import csv
import shutil
import sqlite3
import time
import tracemalloc
from datetime import datetime
from pathlib import Path

import pytest

from barometer_desktop.storage.database import open_database
from barometer_desktop.storage.models import Area

EXTRA_AREAS = 40


def _prepare_database(template: Path, target: Path) -> Path:
    shutil.copyfile(template, target)
    db = open_database(target, user_name="bench")
    with db.transaction() as session:
        for n in range(EXTRA_AREAS):
            session.add(Area(code=f"9{n:02d}", name=f"Område {n}", kind="municipality", sort_order=100 + n))
    db.close()
    return target


def _write_csv(path: Path, database: Path, rows: int) -> None:
    connection = sqlite3.connect(database)
    indicators = [c for (c,) in connection.execute("SELECT code FROM indicator WHERE unit IN ('percent', 'index')")]
    areas = [n for (n,) in connection.execute("SELECT name FROM area")]
    connection.close()
    periods = [str(y) for y in range(1900, 2101)]
    periods += [f"{y}K{q}" for y in range(1900, 2101) for q in range(1, 5)]
    periods += [f"{y}M{m:02d}" for y in range(1900, 2101) for m in range(1, 13)]
    written = 0
    with path.open("w", encoding="utf-8-sig", newline="") as handle:
        writer = csv.writer(handle, delimiter=";")
        writer.writerow(["indikator", "område", "periode", "værdi"])
        for indicator in indicators:
            for area in areas:
                for number, period in enumerate(periods):
                    writer.writerow([indicator, area, period, f"{(number * 7) % 1000 / 10:.1f}".replace(".", ",")])
                    written += 1
                    if written == rows:
                        return
    raise AssertionError(f"only {written} distinct rows available")


def _bare_loop(csv_path: Path, database: Path) -> float:
    """The reference: read the same rows and executemany them into the table."""
    start = time.perf_counter()
    connection = sqlite3.connect(database)
    indicators = dict(connection.execute("SELECT code, id FROM indicator"))
    areas = dict(connection.execute("SELECT name, id FROM area"))
    now = datetime.now().isoformat(" ")

    def rows():
        with csv_path.open(encoding="utf-8-sig", newline="") as handle:
            reader = csv.reader(handle, delimiter=";")
            next(reader)
            for code, area, period, value in reader:
                year = int(period[:4])
                kind, number = ("year", 0)
                if len(period) > 4:
                    kind = "quarter" if period[4] == "K" else "month"
                    number = int(period[5:])
                yield (indicators[code], areas[area], year, kind, number, float(value.replace(",", ".")), now)

    with connection:
        connection.executemany(
            "INSERT INTO observation (indicator_id, area_id, year, period_kind, period_no, value, is_provisional,"
            " note, note_is_public, entered_by, entered_at, version) VALUES (?, ?, ?, ?, ?, ?, 0, '', 0, 'bench', ?, 1)",
            rows(),
        )
    connection.close()
    return time.perf_counter() - start


def _engine_import(csv_path: Path, database: Path) -> tuple[float, int]:
    from barometer_desktop.importing.service import import_file

    db = open_database(database, user_name="bench")
    start = time.perf_counter()
    report = import_file(db, csv_path)
    elapsed = time.perf_counter() - start
    db.close()
    assert report.written and not report.rejections
    return elapsed, report.new


@pytest.fixture(scope="module")
def bench_files(tmp_path_factory, _policy_template):
    folder = tmp_path_factory.mktemp("bench")
    template = _prepare_database(_policy_template, folder / "template.sqlite")
    small, large = folder / "100k.csv", folder / "1m.csv"
    _write_csv(small, template, 100_000)
    _write_csv(large, template, 1_000_000)
    return folder, template, small, large


def test_import_speed_within_twice_the_bare_loop(bench_files):
    folder, template, _small, large = bench_files
    # The machine is shared: take the best of two interleaved runs of each.
    bare_times, our_times = [], []
    for attempt in range(2):
        bare_db = folder / f"bare{attempt}.sqlite"
        engine_db = folder / f"engine{attempt}.sqlite"
        shutil.copyfile(template, bare_db)
        shutil.copyfile(template, engine_db)
        bare_times.append(_bare_loop(large, bare_db))
        ours, new = _engine_import(large, engine_db)
        assert new == 1_000_000
        our_times.append(ours)
        bare_db.unlink()
        engine_db.unlink()
    bare, ours = min(bare_times), min(our_times)
    print(f"\nbare csv+executemany: {bare:.2f} s; barometer import: {ours:.2f} s ({ours / bare:.2f}x)"
          f" [runs: bare {bare_times}, ours {our_times}]")
    assert ours <= 2 * bare


def _peak_memory(csv_path: Path, database: Path) -> int:
    from barometer_desktop.importing.service import import_file

    db = open_database(database, user_name="bench")
    tracemalloc.start()
    try:
        report = import_file(db, csv_path, dry_run=True)
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
        db.close()
    assert not report.rejections
    return peak


def test_memory_does_not_grow_with_file_size(bench_files):
    folder, template, small, large = bench_files
    database = folder / "memory.sqlite"
    shutil.copyfile(template, database)
    small_peak = _peak_memory(small, database)
    large_peak = _peak_memory(large, database)
    print(f"\npeak traced memory: 100k rows {small_peak / 1e6:.1f} MB; 1M rows {large_peak / 1e6:.1f} MB")
    assert large_peak < small_peak * 1.5 + 2_000_000
