"""Benchmark: 1,000,000 rejected rows (issue 12).

Before: 2.67 GB of memory, 46 s and a million printed lines. Now the report
keeps the first rejections and counts the rest, so the command's peak memory
is the same for 100,000 and 1,000,000 rejected rows, and it prints the first
200 rejected rows and one line with the count.
Run on purpose: python -m pytest tests/benchmarks/test_import_hostile_benchmark.py -s
"""

from __future__ import annotations

import os
import subprocess
import sys
import time
from pathlib import Path

SCRIPT = """
import resource, sys
from barometer_desktop.cli.main import main
code = main(["--db", sys.argv[1], "import", sys.argv[2]])
print(code, resource.getrusage(resource.RUSAGE_SELF).ru_maxrss, file=sys.__stdout__)
"""


def _run(database: Path, csv_file: Path) -> tuple[int, float, int, list[str]]:
    started = time.perf_counter()
    result = subprocess.run([sys.executable, "-c", SCRIPT, str(database), str(csv_file)], capture_output=True,
                            text=True, timeout=600, env={**os.environ, "QT_QPA_PLATFORM": "offscreen"})
    elapsed = time.perf_counter() - started
    code, peak_kb = map(int, result.stdout.strip().splitlines()[-1].split())
    return peak_kb, elapsed, code, result.stderr.splitlines()


def test_a_million_rejected_rows_keep_memory_and_output_flat(policy_db_path: Path, tmp_path: Path):
    sizes = {}
    for rows in (100_000, 1_000_000):
        path = tmp_path / f"afvist-{rows}.csv"
        with path.open("w", encoding="utf-8") as handle:
            handle.write("indikator;område;periode;værdi\n")
            handle.writelines(f"9.9;København;2011;{i}\n" for i in range(rows))
        peak_kb, elapsed, code, lines = _run(policy_db_path, path)
        assert code == 1 and len(lines) <= 205, len(lines)
        sizes[rows] = peak_kb
        print(f"\n{rows:,} rejected rows: {elapsed:.1f} s, peak RSS {peak_kb / 1024:.0f} MB, {len(lines)} lines")
    assert sizes[1_000_000] < sizes[100_000] * 1.3
