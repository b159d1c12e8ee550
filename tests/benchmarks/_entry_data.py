"""A national-scale database for the data-entry benchmark.

98 municipalities plus Hele landet, 20 yearly indicators over 20 years and 2
monthly ones over 20 years (with their yearly values): about 92,000
observations. Built from the 2011 policy plus generated areas, indicators and
values, inserted in bulk (no audit rows: this is a speed fixture, not data).
"""

from __future__ import annotations

import random
from datetime import datetime
from pathlib import Path

from sqlalchemy import func, insert, select

from barometer_desktop.storage.database import Database, open_database
from barometer_desktop.storage.models import Area, Goal, Indicator, Observation
from barometer_desktop.storage.seed import initialize_database

MUNICIPALITIES = 98
YEARLY_INDICATORS = 20
MONTHLY_INDICATORS = 2
YEARS = range(1995, 2015)


def build_national_database(path: Path) -> Database:
    db = initialize_database(path, demo=False, user_name="benchmark")
    rng = random.Random(2011)
    with db.transaction() as session:
        municipalities = session.scalar(select(func.count()).select_from(Area).where(Area.kind == "municipality"))
        order = session.scalar(select(func.max(Area.sort_order))) or 0
        for number in range(MUNICIPALITIES - municipalities):
            order += 1
            session.add(Area(code=f"9{number:02d}", name=f"Kommune {number + 1:02d}", kind="municipality", sort_order=order))
        goal_ids = list(session.scalars(select(Goal.id).order_by(Goal.number)))
        existing = list(session.scalars(select(Indicator)))
        monthly = sum(1 for i in existing if i.frequency == "monthly")
        yearly = len(existing) - monthly
        for number in range(YEARLY_INDICATORS - yearly):
            session.add(_indicator(f"9.{number + 1}", goal_ids[number % len(goal_ids)], "yearly"))
        for number in range(MONTHLY_INDICATORS - monthly):
            session.add(_indicator(f"9.{50 + number}", goal_ids[1], "monthly"))
        session.flush()
        areas = list(session.scalars(select(Area.id)))
        indicators = list(session.execute(select(Indicator.id, Indicator.frequency, Indicator.unit)))
        now = datetime(2015, 3, 1)
        rows = []
        for indicator_id, frequency, unit in indicators:
            high = 12.0 if unit == "grade" else 100.0
            months = range(1, 13) if frequency == "monthly" else ()
            for area_id in areas:
                for year in YEARS:
                    base = rng.uniform(0, high)
                    rows.append(_row(indicator_id, area_id, year, "year", 0, base, now))
                    rows.extend(_row(indicator_id, area_id, year, "month", m, base, now) for m in months)
        session.execute(insert(Observation), rows)
    # Reopen, as a user opening the file would: the bulk insert is folded
    # into the main file instead of being read from the write-ahead log.
    db.close()
    return open_database(path, user_name="benchmark")


def _indicator(code: str, goal_id: int, frequency: str) -> Indicator:
    return Indicator(
        code=code, goal_id=goal_id, name=f"Genereret indikator {code}", unit="percent", decimals=1,
        direction="higher", is_headline=False, is_active=True, is_survey=False, provider="BIF",
        frequency=frequency, release_month=3, release_year_offset=1,
    )


def _row(indicator_id: int, area_id: int, year: int, kind: str, number: int, value: float, now: datetime) -> dict:
    return {
        "indicator_id": indicator_id, "area_id": area_id, "year": year, "period_kind": kind,
        "period_no": number, "value": round(value, 1), "is_provisional": False, "note": "",
        "note_is_public": False, "entered_by": "benchmark", "entered_at": now, "version": 1,
    }
