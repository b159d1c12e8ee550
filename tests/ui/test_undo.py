"""Undo and redo of value edits go through storage: audited and version-checked."""

from PySide6.QtWidgets import QMessageBox

from barometer_desktop.domain.periods import Period
from barometer_desktop.storage import catalog, observations
from barometer_desktop.storage.observations import ObservationInput
from barometer_desktop.ui.undo import CellChange, as_input, store_changes
from tests import stored_values


def _cell(db, code, area_name, year):
    indicator = next(i for i in catalog.indicators(db) if i.code == code)
    area = next(a for a in catalog.areas(db) if a.name == area_name)
    record = next(
        (r for r in observations.series(db, indicator.id, [area.id]) if r.period == Period.year_of(year)),
        None,
    )
    return indicator, area, record


def test_undo_restores_and_redo_reapplies(app_state):
    db = app_state.db
    indicator, area, before = _cell(db, "1.2", "København", 2013)
    change = CellChange(
        indicator.id, area.id, before.period, as_input(before),
        ObservationInput(indicator.id, area.id, before.period, 70.5, expected_version=before.version),
    )
    store_changes(app_state, [change], "edit")
    assert _cell(db, "1.2", "København", 2013)[2].value == 70.5

    app_state.undo_stack.undo()
    assert _cell(db, "1.2", "København", 2013)[2].value == before.value

    app_state.undo_stack.redo()
    assert _cell(db, "1.2", "København", 2013)[2].value == 70.5
    actions = [(h.action, h.field, h.new_value) for h in observations.history(db, indicator.id)]
    assert actions.count(("update", "value", "70.5")) == 2


def test_undo_of_new_value_removes_it(app_state):
    db = app_state.db
    indicator, area, record = _cell(db, "7.1", "København", 2014)
    assert record is None
    period = Period.year_of(2014)
    store_changes(app_state, [CellChange(indicator.id, area.id, period, None, ObservationInput(indicator.id, area.id, period, 12.0))], "new")
    assert _cell(db, "7.1", "København", 2014)[2].value == 12.0
    app_state.undo_stack.undo()
    assert _cell(db, "7.1", "København", 2014)[2] is None


def test_undo_refused_when_someone_else_changed_the_value(app_state, monkeypatch):
    db = app_state.db
    indicator, area, before = _cell(db, "1.2", "København", 2013)
    store_changes(app_state, [CellChange(indicator.id, area.id, before.period, as_input(before),
        ObservationInput(indicator.id, area.id, before.period, 71.0, expected_version=before.version))], "edit")
    current = _cell(db, "1.2", "København", 2013)[2]
    # Another workstation changes the same value.
    stored_values.save(db, [ObservationInput(indicator.id, area.id, current.period, 72.0, expected_version=current.version)])
    warnings = []
    monkeypatch.setattr(QMessageBox, "warning", lambda *args: warnings.append(args[2]))
    app_state.undo_stack.undo()
    assert _cell(db, "1.2", "København", 2013)[2].value == 72.0
    assert len(warnings) == 1 and "72" in warnings[0]


def test_undo_and_redo_of_a_new_value_keep_its_versions_going(app_state):
    """Undo of a new value deletes it, redo inserts it again: the redone value
    has a newer version than the first, so a colleague's edit made on the
    first is refused instead of landing on the redone one (issue 21)."""
    import pytest

    from barometer_desktop.errors import StaleEditError
    from barometer_desktop.storage.database import open_database

    db = app_state.db
    indicator, area, record = _cell(db, "7.1", "København", 2014)
    assert record is None
    period = Period.year_of(2014)
    store_changes(app_state, [CellChange(indicator.id, area.id, period, None,
                                         ObservationInput(indicator.id, area.id, period, 12.0))], "new")
    bob = open_database(db.location, user_name="bob")
    try:
        seen_by_bob = _cell(bob, "7.1", "København", 2014)[2]
        app_state.undo_stack.undo()
        app_state.undo_stack.redo()
        redone = _cell(db, "7.1", "København", 2014)[2]
        assert redone.value == 12.0 and redone.version > seen_by_bob.version
        with pytest.raises(StaleEditError):
            stored_values.save(bob, [ObservationInput(indicator.id, area.id, period, 13.0,
                                                          expected_version=seen_by_bob.version)])
        assert _cell(db, "7.1", "København", 2014)[2].value == 12.0
        app_state.undo_stack.undo()  # the undo names the redone version and goes through
        assert _cell(db, "7.1", "København", 2014)[2] is None
    finally:
        bob.close()
