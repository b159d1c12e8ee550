"""Two users (two Database objects on one database) editing the same value."""

from __future__ import annotations

import pytest

from barometer_desktop.domain.periods import Period
from barometer_desktop.errors import StaleEditError
from barometer_desktop.storage import catalog, observations
from barometer_desktop.storage.database import open_database
from barometer_desktop.storage.observations import ObservationInput
from tests import stored_values


def test_second_save_on_an_old_version_is_refused_with_the_newer_value(any_policy_db):
    alice = any_policy_db
    bob = open_database(alice.location, user_name="bob")
    try:
        indicator = next(i for i in catalog.indicators(alice) if i.unit == "percent")
        area = catalog.areas(alice)[0]
        period = Period.parse("2012")
        stored_values.save(alice, [ObservationInput(indicator.id, area.id, period, 40.0)])

        # Both read version 1.
        [seen_by_alice] = observations.series(alice, indicator.id, [area.id])
        [seen_by_bob] = observations.series(bob, indicator.id, [area.id])
        assert seen_by_alice.version == seen_by_bob.version == 1

        stored_values.save(
            bob, [ObservationInput(indicator.id, area.id, period, 47.5, expected_version=seen_by_bob.version)]
        )
        with pytest.raises(StaleEditError) as raised:
            stored_values.save(
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


def _rename(db, indicator_id: int, name: str, expected_version: int) -> None:
    from barometer_desktop.storage.concurrency import refuse_stale
    from barometer_desktop.storage.models import Indicator

    with db.transaction() as session:
        row = session.get(Indicator, indicator_id)
        refuse_stale(session, row, expected_version)
        row.name = name


def test_stale_edit_of_another_table_names_the_newer_value_and_user(any_policy_db):
    alice = any_policy_db
    bob = open_database(alice.location, user_name="bob")
    try:
        seen = catalog.indicators(alice)[0]
        _rename(bob, seen.id, "Bobs navn", seen.version)
        with pytest.raises(StaleEditError) as raised:
            _rename(alice, seen.id, "Alices navn", seen.version)
        assert raised.value.changed_by == "bob"
        assert "Bobs navn" in raised.value.newer_value
        assert "bob" in str(raised.value) and "Bobs navn" in str(raised.value)
        assert catalog.indicators(alice)[0].name == "Bobs navn"
    finally:
        bob.close()


def test_data_version_grows_with_another_users_change(any_policy_db):
    alice = any_policy_db
    bob = open_database(alice.location, user_name="bob")
    try:
        before = alice.data_version()
        seen = catalog.indicators(bob)[0]
        _rename(bob, seen.id, "Nyt", seen.version)
        assert alice.data_version() > before
    finally:
        bob.close()


def test_race_between_read_and_write_is_refused_not_overwritten(any_policy_db, engine_name):
    """Bob commits between Alice's read and her write, inside her transaction.

    On PostgreSQL the UPDATE ... WHERE version = 1 then matches no row. On
    SQLite Alice's transaction holds the write lock from its start, so Bob
    waits and is told the database is busy instead.
    """
    from barometer_desktop.errors import DatabaseOpenError
    from barometer_desktop.storage import sql_engine as engine_module
    from barometer_desktop.storage.models import Indicator

    alice = any_policy_db
    if engine_name == "sqlite":
        engine_module.BUSY_TIMEOUT_MS, saved = 100, engine_module.BUSY_TIMEOUT_MS
    bob = open_database(alice.location, user_name="bob")
    try:
        seen = catalog.indicators(alice)[0]
        expected = StaleEditError if engine_name == "postgresql" else DatabaseOpenError
        with pytest.raises(expected) as raised:
            with alice.transaction() as session:
                row = session.get(Indicator, seen.id)
                _rename(bob, seen.id, "Bobs navn", seen.version)
                row.name = "Alices navn"
        if engine_name == "postgresql":
            assert raised.value.changed_by == "bob" and "Bobs navn" in str(raised.value)
            assert catalog.indicators(alice)[0].name == "Bobs navn"
        else:
            assert "locked" in str(raised.value)
            assert catalog.indicators(alice)[0].name == seen.name
    finally:
        bob.close()
        if engine_name == "sqlite":
            engine_module.BUSY_TIMEOUT_MS = saved
