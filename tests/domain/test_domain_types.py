import math

import pytest

from barometer_desktop.domain.types import (
    UNIT_RANGES,
    ComparisonBasis,
    Direction,
    FollowUpStatus,
    Frequency,
    GoalStatus,
    Trend,
    Unit,
    value_range_error,
)


def test_enum_values_are_the_stored_strings() -> None:
    assert [d.value for d in Direction] == ["higher", "lower", "none"]
    assert [u.value for u in Unit] == ["percent", "percentage_points", "grade", "index", "count"]
    assert [f.value for f in Frequency] == ["monthly", "quarterly", "yearly", "biennial"]
    assert [t.value for t in Trend] == ["improved", "worsened", "unchanged", "no_direction", "no_data"]
    assert [g.value for g in GoalStatus] == [
        "improved", "worsened", "unchanged", "mixed", "no_direction", "no_data",
    ]
    assert [s.value for s in FollowUpStatus] == ["followed_up", "partly", "not_followed_up"]
    assert [b.value for b in ComparisonBasis] == ["previous", "baseline"]
    assert Unit("percent") is Unit.PERCENT
    assert Trend.IMPROVED == "improved"


def test_unit_ranges() -> None:
    assert UNIT_RANGES[Unit.PERCENT] == (0, 100)
    assert UNIT_RANGES[Unit.GRADE] == (-3, 12)
    assert UNIT_RANGES[Unit.COUNT] == (0, None)
    assert UNIT_RANGES[Unit.INDEX] == (None, None)
    assert UNIT_RANGES[Unit.PERCENTAGE_POINTS] == (None, None)


@pytest.mark.parametrize(
    ("unit", "value"),
    [
        (Unit.PERCENT, 0.0), (Unit.PERCENT, 100.0), (Unit.PERCENT, 37.5),
        (Unit.GRADE, -3.0), (Unit.GRADE, 12.0), (Unit.GRADE, 6.4),
        (Unit.COUNT, 0.0), (Unit.COUNT, 1234.0),
        (Unit.INDEX, -250.0), (Unit.PERCENTAGE_POINTS, -4.2), (Unit.PERCENTAGE_POINTS, 140.0),
    ],
)
def test_values_in_range_are_accepted(unit: Unit, value: float) -> None:
    assert value_range_error(unit, value) is None


@pytest.mark.parametrize(
    ("unit", "value", "message"),
    [
        (Unit.PERCENT, 100.1, "must be between 0 and 100"),
        (Unit.PERCENT, -0.1, "must be between 0 and 100"),
        (Unit.GRADE, 12.5, "must be between -3 and 12"),
        (Unit.GRADE, -4.0, "must be between -3 and 12"),
        (Unit.COUNT, -1.0, "must be at least 0"),
        (Unit.COUNT, 2.5, "must be a whole number"),
        (Unit.INDEX, math.nan, "must be a finite number"),
        (Unit.PERCENT, math.inf, "must be a finite number"),
    ],
)
def test_values_out_of_range_are_explained(unit: Unit, value: float, message: str) -> None:
    assert value_range_error(unit, value) == message
