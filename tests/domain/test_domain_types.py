import math

import pytest

from barometer_desktop.domain.types import (
    MAX_MAGNITUDE,
    ComparisonBasis,
    Direction,
    FollowUpStatus,
    Frequency,
    GoalStatus,
    RangeProblem,
    Trend,
    Unit,
    value_range,
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
    assert (value_range(Unit.PERCENT).low, value_range(Unit.PERCENT).high) == (0, 100)
    assert (value_range(Unit.GRADE).low, value_range(Unit.GRADE).high) == (-3, 12)
    assert (value_range(Unit.COUNT).low, value_range(Unit.COUNT).high, value_range(Unit.COUNT).whole) == (0, None, True)
    assert (value_range(Unit.INDEX).low, value_range(Unit.INDEX).high) == (None, None)
    assert value_range("percentage_points").bounds() == (-MAX_MAGNITUDE, MAX_MAGNITUDE)
    assert value_range(Unit.INDEX).problem(1e22) is RangeProblem.TOO_LARGE
    assert value_range(Unit.COUNT).problem(2e12) is RangeProblem.TOO_LARGE
    assert value_range(Unit.INDEX).problem(-1e12) is None


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
    assert value_range(unit).problem(value) is None


@pytest.mark.parametrize(
    ("unit", "value", "message"),
    [
        (Unit.PERCENT, 100.1, RangeProblem.OUTSIDE),
        (Unit.PERCENT, -0.1, RangeProblem.OUTSIDE),
        (Unit.GRADE, 12.5, RangeProblem.OUTSIDE),
        (Unit.GRADE, -4.0, RangeProblem.OUTSIDE),
        (Unit.COUNT, -1.0, RangeProblem.TOO_LOW),
        (Unit.COUNT, 2.5, RangeProblem.NOT_WHOLE),
        (Unit.INDEX, math.nan, RangeProblem.NOT_FINITE),
        (Unit.PERCENT, math.inf, RangeProblem.NOT_FINITE),
    ],
)
def test_values_out_of_range_are_explained(unit: Unit, value: float, message: RangeProblem) -> None:
    assert value_range(unit).problem(value) == message

