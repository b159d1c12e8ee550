"""Saving a value applies the unit's one range rule (domain.types.ValueRange), as the import and the grid do."""

from __future__ import annotations

import pytest

from barometer_desktop.domain.types import Unit, value_range
from barometer_desktop.errors import ValidationError
from barometer_desktop.storage.observations import validate_value


@pytest.mark.parametrize("unit", list(Unit))
def test_the_grid_the_import_and_a_save_apply_the_same_rule(unit: Unit) -> None:
    """One rule: the import's bounds and the save's validation come from the unit's ValueRange."""
    accepted = value_range(unit)
    for value in (-1e9, -4.0, -3.0, -0.5, 0.0, 2.5, 12.0, 12.5, 100.0, 100.5, 1e9):
        low, high = accepted.bounds()
        in_bounds = low <= value <= high and not (accepted.whole and not value.is_integer())
        assert (accepted.problem(value) is None) == in_bounds
        if in_bounds:
            validate_value(unit, value)
        else:
            with pytest.raises(ValidationError):
                validate_value(unit, value)
