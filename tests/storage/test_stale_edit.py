"""Two users (two Database objects on one database) editing the same value."""

from __future__ import annotations

import pytest

from barometer_desktop.domain.periods import Period
from barometer_desktop.errors import StaleEditError
from barometer_desktop.storage import catalog, observations
from barometer_desktop.storage.database import open_database
from barometer_desktop.storage.observations import ObservationInput


def test_second_save_on_an_old_version_is_refused_with_the_newer_value(any_policy_db):
    alice = any_policy_db
    bob = open_database(alice.location, user_name="bob")
    try:
        indicator = next(i for i in catalog.indicators(alice) if i.unit == "percent")
        area = catalog.areas(alice)[0]
        period = Period.parse("2012")
        observations.save(alice, [ObservationInput(indicator.id, area.id, period, 40.0)])

        # Both read version 1.
        [seen_by_alice] = observations.series(alice, indicator.id, [area.id])
        [seen_by_bob] = observations.series(bob, indicator.id, [area.id])
        assert seen_by_alice.version == seen_by_bob.version == 1

        observations.save(
            bob, [ObservationInput(indicator.id, area.id, period, 47.5, expected_version=seen_by_bob.version)]
        )
        with pytest.raises(StaleEditError) as raised:
            observations.save(
                alice,
                [ObservationInput(indicator.id, area.id, period, 41.0, expected_version=seen_by_alice.version)],
            )
        assert raised.value.changed_by == "bob"
        assert raised.value.newer_value == "47,5"
        assert "47,5" in str(raised.value) and "bob" in str(raised.value)
        [now] = observations.series(alice, indicator.id, [area.id])
        assert (now.value, now.version) == (47.5, 2), "Bob's value was not overwritten"
    finally:
        bob.close()
