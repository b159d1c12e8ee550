"""A cell's version never goes back: clearing and typing again, undo and redo
of a new value, continue its sequence, so an edit made on an older state is
refused on SQLite and PostgreSQL alike (issue 21)."""

from __future__ import annotations

import pytest
from sqlalchemy import select

from barometer_desktop.domain.periods import Period
from barometer_desktop.errors import StaleEditError
from barometer_desktop.storage import catalog, observation_edits, observations
from barometer_desktop.storage.database import open_database
from barometer_desktop.storage.observation_edits import Removal
from barometer_desktop.storage.observations import ObservationInput
from barometer_desktop.storage.schema import audit_log
from tests import stored_values

PERIOD = Period.parse("2013")


def _cell(db):
    indicator = next(i for i in catalog.indicators(db) if i.unit == "percent")
    area = next(a for a in catalog.areas(db) if a.name == "Aarhus")
    return indicator, area


def _stored(db, indicator, area):
    found = [r for r in observations.series(db, indicator.id, [area.id]) if r.period == PERIOD]
    return found[0] if found else None


def _value_audit(db, indicator, area) -> list[tuple[str, str | None, str | None, str]]:
    key = f"{indicator.id}/{area.id}/2013/year/0"
    with db.reading_rows() as connection:
        rows = connection.execute(
            select(audit_log.c.action, audit_log.c.old_value, audit_log.c.new_value, audit_log.c.user_name)
            .where(audit_log.c.table_name == "observation", audit_log.c.row_key == key)
            .order_by(audit_log.c.id)
        ).all()
    return [tuple(r) for r in rows]


@pytest.fixture
def bob(any_policy_db):
    db = open_database(any_policy_db.location, user_name="bob")
    yield db
    db.close()


def test_delete_and_re_enter_continues_the_version_and_refuses_the_stale_writer(any_policy_db, bob):
    alice = any_policy_db
    indicator, area = _cell(alice)
    stored_values.save(alice, [ObservationInput(indicator.id, area.id, PERIOD, 69.1)])
    seen_by_alice = _stored(alice, indicator, area)
    assert seen_by_alice.version == 1

    # Bob clears the cell and types 42,0.
    seen_by_bob = _stored(bob, indicator, area)
    stored_values.delete(bob, indicator.id, area.id, PERIOD, seen_by_bob.version)
    assert _stored(bob, indicator, area) is None
    stored_values.save(bob, [ObservationInput(indicator.id, area.id, PERIOD, 42.0, expected_version=None)])
    after_bob = _stored(bob, indicator, area)
    assert after_bob.version > seen_by_alice.version, "a re-entered value continues the cell's versions"

    with pytest.raises(StaleEditError) as raised:
        stored_values.save(
            alice, [ObservationInput(indicator.id, area.id, PERIOD, 45.0, expected_version=seen_by_alice.version)]
        )
    message = str(raised.value)
    assert raised.value.changed_by == "bob" and raised.value.newer_value == "42"
    assert indicator.code in message and "Aarhus" in message and "2013" in message
    assert "observation" not in message and "?" not in message
    now = _stored(alice, indicator, area)
    assert (now.value, now.version) == (42.0, after_bob.version), "Bob's 42,0 was not overwritten"
    assert [(a, u) for a, _old, _new, u in _value_audit(alice, indicator, area)] == [
        ("insert", "tester"), ("delete", "bob"), ("insert", "bob")
    ]


def test_clearing_a_value_someone_else_cleared_and_re_entered_is_refused(any_policy_db, bob):
    alice = any_policy_db
    indicator, area = _cell(alice)
    stored_values.save(alice, [ObservationInput(indicator.id, area.id, PERIOD, 69.1)])
    seen = _stored(alice, indicator, area)
    stored_values.delete(bob, indicator.id, area.id, PERIOD, seen.version)
    stored_values.save(bob, [ObservationInput(indicator.id, area.id, PERIOD, 42.0)])
    with pytest.raises(StaleEditError):
        observation_edits.store(alice, [], [Removal(indicator.id, area.id, PERIOD, seen.version)])
    assert _stored(alice, indicator, area).value == 42.0


def test_editing_a_value_someone_else_cleared_names_who_cleared_it_in_danish(any_policy_db, bob):
    from barometer_desktop.i18n import translate

    alice = any_policy_db
    indicator, area = _cell(alice)
    stored_values.save(alice, [ObservationInput(indicator.id, area.id, PERIOD, 47.111)])
    seen = _stored(alice, indicator, area)
    stored_values.delete(bob, indicator.id, area.id, PERIOD, seen.version)
    with pytest.raises(StaleEditError) as raised:
        stored_values.save(alice, [ObservationInput(indicator.id, area.id, PERIOD, 50.0, expected_version=seen.version)])
    danish = raised.value.user_message(translate)
    assert "bob" in danish and "Aarhus" in danish and indicator.code in danish
    assert "slettet" in danish and "?" not in danish and "observation" not in danish
    assert _stored(alice, indicator, area) is None


def test_undo_and_redo_of_a_new_value_never_reuse_a_version(any_policy_db, bob):
    """Typing into an empty cell, undoing (a delete) and redoing (an insert):
    an edit made on the first value is refused after the redo."""
    alice = any_policy_db
    indicator, area = _cell(alice)
    key = (indicator.id, area.id, PERIOD)
    typed = ObservationInput(indicator.id, area.id, PERIOD, 12.5)
    versions = observation_edits.store(alice, [typed])
    first = versions[key]
    seen_by_bob = _stored(bob, indicator, area)
    assert seen_by_bob.version == first

    undone = observation_edits.store(alice, [], [Removal(indicator.id, area.id, PERIOD, first)])
    assert undone[key] is None
    redone = observation_edits.store(alice, [typed])  # the cell was empty again: expected None
    assert redone[key] > first

    with pytest.raises(StaleEditError):
        stored_values.save(
            bob, [ObservationInput(indicator.id, area.id, PERIOD, 13.0, expected_version=seen_by_bob.version)]
        )
    assert _stored(alice, indicator, area).version == redone[key]
    # The next undo names the redone version and goes through.
    assert observation_edits.store(alice, [], [Removal(indicator.id, area.id, PERIOD, redone[key])])[key] is None


def test_two_people_typing_into_the_same_empty_cell_the_second_is_told_who_was_first(any_policy_db, bob):
    """The duplicate-key race, forced: Alice's check ran before Bob's insert
    committed (her _find saw an empty cell), her insert then meets his row."""
    from barometer_desktop.i18n import translate
    from barometer_desktop.storage import observation_edits as edits

    alice = any_policy_db
    indicator, area = _cell(alice)
    real_find = edits._find

    def find_then_bob_types(session, *key):
        found = real_find(session, *key)
        if found is None and not getattr(find_then_bob_types, "done", False):
            find_then_bob_types.done = True
            edits.store(bob, [ObservationInput(indicator.id, area.id, PERIOD, 61.25)])
        return found

    if alice.engine.dialect.name == "sqlite":
        pytest.skip("SQLite holds the write lock for the whole action: Bob would wait, not race")
    edits._find = find_then_bob_types
    try:
        with pytest.raises(StaleEditError) as raised:
            edits.store(alice, [ObservationInput(indicator.id, area.id, PERIOD, 60.0)])
    finally:
        edits._find = real_find
    danish = raised.value.user_message(translate)
    assert "61,25" in danish and "bob" in danish and "Aarhus" in danish and indicator.code in danish
    assert "duplicate" not in danish and "uq_" not in danish
    assert _stored(alice, indicator, area).value == 61.25


def test_a_change_landing_between_read_and_write_names_the_cell_in_danish(any_policy_db, bob, engine_name):
    """The common case the ORM's version check catches at flush (PostgreSQL):
    the message names indicator, area and period and the figure in Danish,
    never the table or column name."""
    if engine_name == "sqlite":
        pytest.skip("SQLite holds the write lock for the whole action: Bob would wait, not race")
    from barometer_desktop.i18n import translate

    alice = any_policy_db
    indicator, area = _cell(alice)
    stored_values.save(alice, [ObservationInput(indicator.id, area.id, PERIOD, 40.0)])
    with pytest.raises(StaleEditError) as raised:
        with alice.transaction() as session:
            row = observation_edits._find(session, indicator.id, area.id, PERIOD)
            seen = _stored(bob, indicator, area)
            stored_values.save(
                bob, [ObservationInput(indicator.id, area.id, PERIOD, 47.111, expected_version=seen.version)]
            )
            row.value = 41.0
    danish = raised.value.user_message(translate)
    assert "47,111" in danish and "bob" in danish and "Aarhus" in danish and indicator.code in danish
    assert "observation" not in danish and "value =" not in danish and "47.111" not in danish
    assert _stored(alice, indicator, area).value == 47.111
