"""A national-scale barometer database for benchmarks (reusable by any benchmark).

98 municipalities plus Hele landet; 20 yearly indicators over 20 years and 2
monthly indicators over 20 years (with their yearly values), about 100,000
observations. Written with Core bulk inserts in one transaction, so building
it takes a few seconds.

    from national_scale import build_national_database  # tests/benchmarks is on sys.path
    path = build_national_database(tmp_path / "national.sqlite")

Run directly to create a file: python -m tests.benchmarks.national_scale OUT.sqlite
"""

from __future__ import annotations

import math
import random
import sys
from datetime import datetime
from pathlib import Path

from sqlalchemy import func, insert, select

FIRST_YEAR = 2005
LAST_YEAR = 2024  # 20 years; the report year of the benchmarks
MUNICIPALITIES = 98
YEARLY_INDICATORS = 20
MONTHLY_INDICATORS = 2


def build_national_database(path: str | Path, *, seed: int = 2011) -> Path:
    """Create the database at `path` (must not exist) and return the path."""
    from barometer_desktop.storage.models import Area, Goal, Indicator, Observation
    from barometer_desktop.storage.seed import initialize_database

    path = Path(path)
    db = initialize_database(path, user_name="benchmark")
    rng = random.Random(seed)
    now = datetime(2025, 3, 1, 9, 0)
    with db.transaction() as session:
        # The policy seed has København, Hele landet and three large municipalities.
        existing = session.scalar(select(func.count()).select_from(Area))
        municipalities_now = existing - 1
        session.execute(
            insert(Area),
            [
                {
                    "code": f"{900 + n:03d}",
                    "name": f"Kommune {n:02d}",
                    "kind": "municipality",
                    "is_main": False,
                    "sort_order": 100 + n,
                    "version": 1,
                }
                for n in range(MUNICIPALITIES - municipalities_now)
            ],
        )
        # Make the seeded indicators 9 yearly + 1 monthly, then add the rest.
        seeded = session.scalars(select(Indicator)).all()
        monthly_seeded = sum(1 for i in seeded if i.frequency == "monthly")
        yearly_seeded = len(seeded) - monthly_seeded
        goal_ids = session.scalars(select(Goal.id).order_by(Goal.number)).all()
        extra = []
        for n in range(YEARLY_INDICATORS - yearly_seeded):
            extra.append(_indicator(f"Y{n + 1}", goal_ids[n % len(goal_ids)], "yearly", rng))
        for n in range(MONTHLY_INDICATORS - monthly_seeded):
            extra.append(_indicator(f"M{n + 1}", goal_ids[n % len(goal_ids)], "monthly", rng))
        session.execute(insert(Indicator), extra)
        session.flush()
        indicators = session.execute(select(Indicator.id, Indicator.unit, Indicator.frequency)).all()
        area_ids = session.scalars(select(Area.id)).all()
        rows = []
        for indicator_id, unit, frequency in indicators:
            for area_id in area_ids:
                level = rng.uniform(20, 70) if unit == "percent" else rng.uniform(2, 10)
                slope = rng.uniform(-0.4, 0.6)
                for year in range(FIRST_YEAR, LAST_YEAR + 1):
                    value = level + slope * (year - FIRST_YEAR) + rng.gauss(0, 0.8)
                    rows.append(_row(indicator_id, area_id, year, "year", 0, _clamp(unit, value), now))
                    if frequency == "monthly":
                        for month in range(1, 13):
                            seasonal = math.sin(month / 12 * 2 * math.pi) * 0.6
                            rows.append(
                                _row(indicator_id, area_id, year, "month", month, _clamp(unit, value + seasonal), now)
                            )
        session.execute(insert(Observation), rows)
    with db.engine.connect() as connection:
        connection.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")
    db.close()
    return path


def _indicator(code: str, goal_id: int, frequency: str, rng: random.Random) -> dict:
    return {
        "code": code,
        "goal_id": goal_id,
        "name": f"Benchmark-indikator {code}",
        "definition": "Genereret til ydelsesmåling.",
        "unit": rng.choice(["percent", "index"]),
        "decimals": 1,
        "direction": rng.choice(["higher", "lower"]),
        "is_headline": False,
        "is_active": True,
        "is_survey": False,
        "data_source": "",
        "provider": "BIF",
        "frequency": frequency,
        "release_month": 6,
        "release_year_offset": 1,
        "population_note": "",
        "comparison_available": True,
        "version": 1,
    }


def _clamp(unit: str, value: float) -> float:
    return round(min(100.0, max(0.0, value)) if unit == "percent" else value, 2)


def _row(indicator_id, area_id, year, kind, number, value, now) -> dict:
    return {
        "indicator_id": indicator_id,
        "area_id": area_id,
        "year": year,
        "period_kind": kind,
        "period_no": number,
        "value": value,
        "sample_size": None,
        "std_error": None,
        "is_provisional": False,
        "note": "",
        "note_is_public": False,
        "entered_by": "benchmark",
        "entered_at": now,
        "version": 1,
    }


if __name__ == "__main__":
    target = build_national_database(sys.argv[1])
    print(f"written: {target}")
