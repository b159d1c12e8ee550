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


def test_create_and_update(any_demo_db):
    created = indicators.create(any_demo_db, _input(any_demo_db))
    assert created.goal_number == 1 and created.is_active and not created.is_headline
    updated = indicators.update(any_demo_db, created.id, _input(any_demo_db, name="Nyt navn"), created.version)
    assert updated.name == "Nyt navn" and updated.version == created.version + 1
    with pytest.raises(StaleEditError):
        indicators.update(any_demo_db, created.id, _input(any_demo_db, name="Gammel"), created.version)


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
def test_invalid_input_is_refused_with_the_field(any_demo_db, changes, field):
    count = len(catalog.indicators(any_demo_db))
    with pytest.raises(ValidationError) as caught:
        indicators.create(any_demo_db, _input(any_demo_db, **changes))
    assert caught.value.field == field
    assert len(catalog.indicators(any_demo_db)) == count


def test_one_headline_per_goal(any_demo_db):
    with pytest.raises(HeadlineTakenError) as caught:
        indicators.create(any_demo_db, _input(any_demo_db, is_headline=True))
    assert caught.value.other_code == "1.1"
    created = indicators.create(any_demo_db, _input(any_demo_db, is_headline=True), demote_other_headline=True)
    assert created.is_headline and not _get(any_demo_db, "1.1").is_headline


def test_retire_keeps_values_and_reactivate_checks_headline(any_demo_db):
    old = _get(any_demo_db, "1.1")
    values = observations.series(any_demo_db, old.id)
    retired = indicators.retire(any_demo_db, old.id, old.version)
    assert not retired.is_active and observations.series(any_demo_db, old.id) == values
    replacement = indicators.create(any_demo_db, _input(any_demo_db, is_headline=True))
    with pytest.raises(HeadlineTakenError):
        indicators.reactivate(any_demo_db, retired.id, retired.version)
    back = indicators.reactivate(any_demo_db, retired.id, retired.version, demote_other_headline=True)
    assert back.is_active and back.is_headline
    assert not _get(any_demo_db, replacement.code).is_headline


def test_assessment_save_is_version_checked(any_demo_db):
    indicator = _get(any_demo_db, "2.1")
    first = assessments.load(any_demo_db, indicator.id, 2013)
    saved = assessments.save(any_demo_db, indicator.id, 2013, "Tekst", False, first.version)
    assert assessments.load(any_demo_db, indicator.id, 2013) == saved
    with pytest.raises(StaleEditError):
        assessments.save(any_demo_db, indicator.id, 2013, "Anden tekst", True, first.version)
    assert assessments.load(any_demo_db, indicator.id, 2013).text == "Tekst"
