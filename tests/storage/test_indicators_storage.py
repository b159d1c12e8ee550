"""Indicator upkeep and assessments in storage: validated, one transaction, versioned."""

from __future__ import annotations

import pytest

from barometer_desktop.errors import StaleEditError, ValidationError
from barometer_desktop.storage import assessments, catalog, indicators, observations
from barometer_desktop.storage.indicators import HeadlineTakenError, IndicatorInput


def _get(db, code):
    return next(i for i in catalog.indicators(db) if i.code == code)


def _input(db, code="9.9", **changes):
    goal_id = _get(db, "1.1").goal_id
    values = dict(code=code, goal_id=goal_id, name="Test", unit="percent", direction="higher")
    values.update(changes)
    return IndicatorInput(**values)


def test_create_and_update(demo_db):
    created = indicators.create(demo_db, _input(demo_db))
    assert created.goal_number == 1 and created.is_active and not created.is_headline
    updated = indicators.update(demo_db, created.id, _input(demo_db, name="Nyt navn"), created.version)
    assert updated.name == "Nyt navn" and updated.version == created.version + 1
    with pytest.raises(StaleEditError):
        indicators.update(demo_db, created.id, _input(demo_db, name="Gammel"), created.version)


@pytest.mark.parametrize(
    ("changes", "field"),
    [
        ({"code": " "}, "code"),
        ({"name": ""}, "name"),
        ({"unit": "kg"}, "unit"),
        ({"decimals": 7}, "decimals"),
        ({"release_month": 13}, "release_month"),
        ({"code": "1.2"}, "code"),
    ],
)
def test_invalid_input_is_refused_with_the_field(demo_db, changes, field):
    count = len(catalog.indicators(demo_db))
    with pytest.raises(ValidationError) as caught:
        indicators.create(demo_db, _input(demo_db, **changes))
    assert caught.value.field == field
    assert len(catalog.indicators(demo_db)) == count


def test_one_headline_per_goal(demo_db):
    with pytest.raises(HeadlineTakenError) as caught:
        indicators.create(demo_db, _input(demo_db, is_headline=True))
    assert caught.value.other_code == "1.1"
    created = indicators.create(demo_db, _input(demo_db, is_headline=True), demote_other_headline=True)
    assert created.is_headline and not _get(demo_db, "1.1").is_headline


def test_retire_keeps_values_and_reactivate_checks_headline(demo_db):
    old = _get(demo_db, "1.1")
    values = observations.series(demo_db, old.id)
    retired = indicators.retire(demo_db, old.id, old.version)
    assert not retired.is_active and observations.series(demo_db, old.id) == values
    replacement = indicators.create(demo_db, _input(demo_db, is_headline=True))
    with pytest.raises(HeadlineTakenError):
        indicators.reactivate(demo_db, retired.id, retired.version)
    back = indicators.reactivate(demo_db, retired.id, retired.version, demote_other_headline=True)
    assert back.is_active and back.is_headline
    assert not _get(demo_db, replacement.code).is_headline


def test_assessment_save_is_version_checked(demo_db):
    indicator = _get(demo_db, "2.1")
    first = assessments.load(demo_db, indicator.id, 2013)
    saved = assessments.save(demo_db, indicator.id, 2013, "Tekst", False, first.version)
    assert assessments.load(demo_db, indicator.id, 2013) == saved
    with pytest.raises(StaleEditError):
        assessments.save(demo_db, indicator.id, 2013, "Anden tekst", True, first.version)
    assert assessments.load(demo_db, indicator.id, 2013).text == "Tekst"
