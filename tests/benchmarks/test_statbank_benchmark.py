"""Benchmark (issue 18): one indicator x 99 areas x 20 years fetched and stored in < 1 s.

Against the local StatBank stub (no delay of its own): tableinfo, two data
calls (figure and denominator), parsing, the share computation and the import
through the file import's engine, one transaction with audit rows.
Run on purpose: python -m pytest tests/benchmarks/test_statbank_benchmark.py -s
"""

from __future__ import annotations

import sqlite3
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "statbank"))

from statbank_stub import StubStatBank, StubTable

from barometer_desktop.statbank.client import StatBankClient
from barometer_desktop.statbank.fetch import fetch_indicator
from barometer_desktop.storage import catalog, indicator_sources
from barometer_desktop.storage.database import open_database
from barometer_desktop.storage.indicator_sources import IndicatorSourceRecord

YEARS = [str(y) for y in range(2005, 2025)]


def _areas(path: Path) -> list[str]:
    with sqlite3.connect(path) as connection:
        existing = [c for (c,) in connection.execute("SELECT code FROM area")]
        extra = [f"{200 + n}" for n in range(99 - len(existing))]
        connection.executemany(
            "INSERT INTO area (code, name, kind, is_main, sort_order, version) VALUES (?, ?, 'municipality', 0, ?, 1)",
            [(code, f"Kommune {code}", 100 + n) for n, code in enumerate(extra)])
    return existing + extra


def test_fetch_99_areas_20_years_under_a_second(policy_db_path) -> None:
    codes = _areas(policy_db_path)
    assert len(codes) == 99
    table = StubTable(
        id="BENCH1", text="Benchmark", updated="2026-02-11T08:00:00",
        variables=[
            {"id": "OMRÅDE", "text": "område", "values": [{"id": c, "text": c} for c in codes]},
            {"id": "HERKOMST", "text": "herkomst", "values": [{"id": "TOT", "text": "I alt"}, {"id": "5", "text": "5"}]},
            {"id": "TID", "text": "tid", "time": True, "values": [{"id": y, "text": y} for y in YEARS]},
        ],
        figure=lambda cell: "1000" if cell["HERKOMST"] == "TOT" else str(int(cell["TID"]) - 1900),
    )
    stub = StubStatBank(tables={"BENCH1": table}).start()
    db = open_database(policy_db_path, user_name="bench")
    try:
        indicator = next(i for i in catalog.indicators(db) if i.code == "1.2")
        indicator_sources.save(db, IndicatorSourceRecord(indicator.id, "1.2", "BENCH1", {"HERKOMST": ["5"]},
                                                         {"HERKOMST": ["TOT"]}))
        source = indicator_sources.for_indicator(db, indicator.id)
        client = StatBankClient(stub.url, timeout=10)
        started = time.perf_counter()
        report = fetch_indicator(db, client, source).report
        elapsed = time.perf_counter() - started
    finally:
        db.close()
        stub.stop()
    print(f"\nStatBank fetch, 99 areas x 20 years = {report.new} values: {elapsed * 1000:.0f} ms")
    assert report.written and report.new == 99 * 20
    assert elapsed < 1.0
