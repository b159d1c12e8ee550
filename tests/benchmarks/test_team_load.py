"""A team on one PostgreSQL database, for the README's figures (run on purpose).

    BAROMETER_TEST_PG_URL=... python -m pytest tests/benchmarks/test_team_load.py -s

Four editors, two importers and a reader, each its own process, for
TEAM_SECONDS (default 30) on the same four cells; prints throughput and
latencies, and checks what tests/storage/test_team_concurrency.py checks.
"""

from __future__ import annotations

import json
import os
import statistics
import subprocess
import sys
from pathlib import Path

import pytest

pytestmark = pytest.mark.postgres
DRIVER = Path(__file__).resolve().parents[1] / "storage" / "team_driver.py"
TEAM = [("editor", "alice"), ("editor", "bob"), ("editor", "carol"), ("editor", "dan"),
        ("importer", "ivan"), ("importer", "ida"), ("reader", "rita")]


def _percentile(values: list[float], share: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(share * len(ordered)))] if ordered else float("nan")


def test_team_load(pg_server, tmp_path):
    seconds = float(os.environ.get("TEAM_SECONDS", "30"))
    name = pg_server.create(template=pg_server.template("demo"))
    url = pg_server.location(name).url
    try:
        reports = [tmp_path / f"{who}.json" for _, who in TEAM]
        processes = [
            subprocess.Popen([sys.executable, str(DRIVER), url, role, who, str(seconds), str(seed), str(report)])
            for seed, ((role, who), report) in enumerate(zip(TEAM, reports))
        ]
        for process in processes:
            assert process.wait(timeout=seconds + 120) == 0
    finally:
        pg_server.drop(name)
    team = [json.loads(r.read_text()) for r in reports]
    for role in ("editor", "importer", "reader"):
        members = [t["counts"] for t in team if t["role"] == role]
        ms = [m for c in members for m in c["ms"]]
        print(
            f"\n{role}s: {sum(c['acked'] for c in members)} done, {sum(c['refused'] for c in members)} refused "
            f"(someone else was first), {sum(c['busy'] for c in members)} busy; "
            f"p50 {statistics.median(ms) if ms else float('nan'):.0f} ms, p95 {_percentile(ms, 0.95):.0f} ms"
        )
    assert all(t["counts"]["acked"] > 0 for t in team)
