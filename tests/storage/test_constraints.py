"""Constraints live in the database, and breaking one gives a clear error, not a crash."""

from __future__ import annotations

import pytest
from sqlalchemy import func, select

from barometer_desktop.domain.periods import Period
from barometer_desktop.errors import ValidationError
from barometer_desktop.storage import catalog
from barometer_desktop.storage.models import Indicator, Observation
from barometer_desktop.storage.observations import ObservationInput
from tests import stored_values


def _new_indicator(goal_id: int, **overrides) -> Indicator:
    values = dict(
        code="9.9", goal_id=goal_id, name="Test", definition="", unit="percent", decimals=1,
        direction="higher", is_headline=False, is_active=True, is_survey=False, data_source="",
        provider="", frequency="yearly", release_month=None, release_year_offset=1,
        population_note="", comparison_available=True,
    )
    values.update(overrides)
    return Indicator(**values)


def _count(db, model) -> int:
    with db.reading() as session:
        return session.scalar(select(func.count()).select_from(model))


def _first_goal_id(db) -> int:
    return catalog.goals_with_indicators(db)[0].id


def test_unit_not_in_the_list_names_the_constraint(any_policy_db):
    before = _count(any_policy_db, Indicator)
    with pytest.raises(ValidationError) as raised:
        with any_policy_db.transaction() as session:
            session.add(_new_indicator(_first_goal_id(any_policy_db), unit="furlongs"))
    assert "unit_known" in str(raised.value)
    assert "refused" in str(raised.value)
    assert _count(any_policy_db, Indicator) == before


def test_duplicate_indicator_code_names_the_column(any_policy_db):
    existing = catalog.indicators(any_policy_db)[0]
    with pytest.raises(ValidationError) as raised:
        with any_policy_db.transaction() as session:
            session.add(_new_indicator(existing.goal_id, code=existing.code))
    message = str(raised.value)
    assert "indicator_code" in message or "indicator.code" in message


def _percent_indicator(db):
    return next(i for i in catalog.indicators(db) if i.unit == "percent")


def test_percent_out_of_range_is_refused_before_anything_is_stored(any_policy_db):
    indicator = _percent_indicator(any_policy_db)
    area = catalog.areas(any_policy_db)[0]
    with pytest.raises(ValidationError) as raised:
        stored_values.save(
            any_policy_db,
            [
                ObservationInput(indicator.id, area.id, Period.parse("2012"), 50.0),
                ObservationInput(indicator.id, area.id, Period.parse("2013"), 123.0),
            ],
        )
    assert raised.value.field == "value"
    assert "between 0 and 100" in str(raised.value)
    assert _count(any_policy_db, Observation) == 0, "the valid first value was not stored either"


def test_sample_size_zero_is_refused_by_the_service_and_the_database(any_policy_db):
    indicator = _percent_indicator(any_policy_db)
    area = catalog.areas(any_policy_db)[0]
    with pytest.raises(ValidationError) as raised:
        stored_values.save(
            any_policy_db, [ObservationInput(indicator.id, area.id, Period.parse("2012"), 50.0, sample_size=0)]
        )
    assert raised.value.field == "sample_size"

    # Past the service, the CHECK constraint still holds.
    from datetime import datetime

    with pytest.raises(ValidationError) as raised:
        with any_policy_db.transaction() as session:
            session.add(
                Observation(
                    indicator_id=indicator.id, area_id=area.id, year=2012, period_kind="year", period_no=0,
                    value=50.0, sample_size=0, entered_at=datetime.now(),
                )
            )
    assert "sample_size_positive" in str(raised.value)
    assert _count(any_policy_db, Observation) == 0


def test_one_active_headline_per_goal_is_a_partial_index_on_both_engines(any_policy_db):
    # Migration 0001 writes the index for each engine (schema.py names only
    # SQLite's spelling); a retired headline must not block a new one.
    db = any_policy_db
    goal_id = _first_goal_id(db)
    with db.transaction() as session:
        for indicator in session.scalars(select(Indicator).where(Indicator.goal_id == goal_id)):
            indicator.is_headline = False
        session.add(_new_indicator(goal_id, code="9.8", is_headline=True, is_active=False))
        session.add(_new_indicator(goal_id, code="9.9", is_headline=True))
    with pytest.raises(ValidationError) as raised:
        with db.transaction() as session:
            session.add(_new_indicator(goal_id, code="9.7", is_headline=True))
    assert "goal" in str(raised.value)  # SQLite names the column, PostgreSQL the index
