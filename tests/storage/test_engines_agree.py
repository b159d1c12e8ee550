"""Seed, demo data and the assembled barometer are the same on SQLite and PostgreSQL."""

from __future__ import annotations

from datetime import date

from sqlalchemy import func, select

from barometer_desktop.assembly.assemble_snapshot import assemble
from barometer_desktop.domain.types import GoalStatus
from barometer_desktop.storage import catalog, committees, observations, settings_store
from barometer_desktop.storage.models import Base
from tests import stored_values


def _counts(db) -> dict[str, int]:
    with db.reading() as session:
        return {
            name: session.scalar(select(func.count()).select_from(table))
            for name, table in Base.metadata.tables.items()
            if name != "audit_log"
        }


def test_demo_database_holds_the_same_on_every_engine(any_demo_db, demo_db):
    assert _counts(any_demo_db) == _counts(demo_db)
    assert any_demo_db.is_demo
    assert catalog.goals_with_indicators(any_demo_db) == catalog.goals_with_indicators(demo_db)
    assert catalog.areas(any_demo_db) == catalog.areas(demo_db)
    assert settings_store.load(any_demo_db) == settings_store.load(demo_db)
    assert committees.committees(any_demo_db) == committees.committees(demo_db)
    assert observations.latest_year(any_demo_db) == observations.latest_year(demo_db)


def test_assembled_barometer_is_the_same_on_every_engine(any_demo_db, demo_db):
    today = date(2014, 6, 1)
    on_engine = assemble(any_demo_db, 2013, today=today)
    reference = assemble(demo_db, 2013, today=today)
    assert on_engine == reference
    counts = on_engine.status_counts()
    assert counts[GoalStatus.IMPROVED] and counts[GoalStatus.MIXED], "the demo year has both"


def test_values_round_trip_exactly(any_policy_db):
    from barometer_desktop.domain.periods import Period
    from barometer_desktop.storage.observations import ObservationInput

    indicator = next(i for i in catalog.indicators(any_policy_db) if i.unit == "percent")
    area = catalog.areas(any_policy_db)[0]
    stored = stored_values.save(
        any_policy_db,
        [
            ObservationInput(indicator.id, area.id, Period.parse("2013"), 12.345678, sample_size=812, std_error=0.0125,
                             is_provisional=True, note="Foreløbig – æøå", note_is_public=True),
            ObservationInput(indicator.id, area.id, Period.parse("2013M02"), 0.1),
        ],
    )
    [year_value] = [r for r in observations.series(any_policy_db, indicator.id, [area.id]) if r.period == Period.parse("2013")]
    assert (year_value.value, year_value.sample_size, year_value.std_error) == (12.345678, 812, 0.0125)
    assert year_value.is_provisional is True and year_value.note == "Foreløbig – æøå"
    assert [r.version for r in stored] == [1, 1]
    assert [r.period for r in observations.yearly_values(any_policy_db, [2013])] == [Period.parse("2013")]
