"""Benchmark: building the data-entry grid for a report year on a national-scale database.

Target (issue 3): under 100 ms. Run on purpose:
    python -m pytest tests/benchmarks/test_entry_grid_benchmark.py -s
"""

from __future__ import annotations

import statistics
import time

from national_scale import LAST_YEAR, build_national_database  # beside this file
from sqlalchemy import func, select

from barometer_desktop.storage.database import open_database
from barometer_desktop.storage.models import Area, Indicator, Observation

TARGET_SECONDS = 0.100


def test_entry_grid_builds_under_100_ms(qapp, tmp_path):
    from barometer_desktop.ui.screens.entry.screen import DataEntryScreen
    from barometer_desktop.ui.state import AppState

    db = open_database(build_national_database(tmp_path / "national.sqlite"))
    with db.reading() as session:
        count = session.scalar(select(func.count()).select_from(Observation))
        areas = session.scalar(select(func.count()).select_from(Area))
        indicators = session.scalar(select(func.count()).select_from(Indicator).where(Indicator.is_active))
    assert count > 90_000 and areas == 99

    state = AppState(db, LAST_YEAR)
    DataEntryScreen(state).deleteLater()  # warm-up: imports, first queries
    timings = []
    for _ in range(7):
        state.years.invalidate()  # measure reading the year, not the shared cache
        started = time.perf_counter()
        screen = DataEntryScreen(state)
        timings.append(time.perf_counter() - started)
        assert screen.model.rowCount() == indicators and screen.model.columnCount() == 99
        screen.deleteLater()
    median = statistics.median(timings)
    state.years.invalidate()
    reload_started = time.perf_counter()
    screen.model.reload()
    reload_time = time.perf_counter() - reload_started
    print(
        f"\nData-entry grid for {LAST_YEAR} ({count} observations, {areas} areas, {indicators} indicators): "
        f"build median {median * 1000:.1f} ms (min {min(timings) * 1000:.1f}, max {max(timings) * 1000:.1f}); "
        f"reload after an edit {reload_time * 1000:.1f} ms"
    )
    db.close()
    assert median < TARGET_SECONDS
