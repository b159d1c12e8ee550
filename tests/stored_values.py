"""Storing and clearing values in tests through the one path the app takes.

The entry grid (through its undo stack, ui/undo.py) stores and clears values
with `observation_edits.store`; tests that need values in the database call
the same function here, so a storage test proves what the app does.
"""

from __future__ import annotations

from collections.abc import Sequence

from barometer_desktop.domain.periods import Period
from barometer_desktop.storage import observation_edits, observations
from barometer_desktop.storage.database import Database
from barometer_desktop.storage.observation_edits import Removal
from barometer_desktop.storage.observations import ObservationInput
from barometer_desktop.storage.records import ObservationRecord


def save(db: Database, items: Sequence[ObservationInput]) -> list[ObservationRecord]:
    """Store `items` as one user action and return them as now stored (in the same order)."""
    observation_edits.store(db, items)
    stored = {}
    for indicator_id, area_id in dict.fromkeys((item.indicator_id, item.area_id) for item in items):
        for record in observations.series(db, indicator_id, [area_id]):
            stored[(indicator_id, area_id, record.period)] = record
    return [stored[(item.indicator_id, item.area_id, item.period)] for item in items]


def delete(db: Database, indicator_id: int, area_id: int, period: Period, expected_version: int) -> None:
    """Clear one value the user saw at `expected_version`."""
    observation_edits.store(db, (), [Removal(indicator_id, area_id, period, expected_version)])
