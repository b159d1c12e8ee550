import random

import pytest
from hypothesis import given
from hypothesis import strategies as st

from barometer_desktop.domain.development import (
    Development,
    IndicatorRule,
    Measurement,
    assess_development,
    goal_status,
)
from barometer_desktop.domain.formatting import rounded_equal
from barometer_desktop.domain.periods import Period
from barometer_desktop.domain.types import ComparisonBasis, Direction, GoalStatus, SignificancePolicy, Trend, Unit


def yearly(year: int, value: float, **extra: object) -> Measurement:
    return Measurement(Period.year_of(year), value, **extra)  # type: ignore[arg-type]


GRADE_HIGHER = IndicatorRule("K1", Direction.HIGHER, 1, Unit.GRADE)
UNEMPLOYMENT_LOWER = IndicatorRule("K2", Direction.LOWER, 1, Unit.PERCENTAGE_POINTS)
CONTEXT = IndicatorRule("K3", Direction.NONE, 1, Unit.PERCENT)
SURVEY_SHARE = IndicatorRule("K6", Direction.HIGHER, 0, Unit.PERCENT, survey=True)


def test_higher_is_better_improves() -> None:
    result = assess_development(GRADE_HIGHER, [yearly(2010, 5.9), yearly(2011, 6.4)], 2011)
    assert result.trend is Trend.IMPROVED
    assert result.change == pytest.approx(0.5)
    assert result.current == yearly(2011, 6.4)
    assert result.reference == yearly(2010, 5.9)
    assert result.significance is None and result.within_uncertainty is False


def test_higher_is_better_worsens() -> None:
    result = assess_development(GRADE_HIGHER, [yearly(2010, 6.4), yearly(2011, 5.9)], 2011)
    assert result.trend is Trend.WORSENED
    assert result.change == pytest.approx(-0.5)


def test_lower_is_better() -> None:
    falling = assess_development(UNEMPLOYMENT_LOWER, [yearly(2010, 8.1), yearly(2011, 7.4)], 2011)
    rising = assess_development(UNEMPLOYMENT_LOWER, [yearly(2010, 7.4), yearly(2011, 8.1)], 2011)
    assert falling.trend is Trend.IMPROVED
    assert rising.trend is Trend.WORSENED


def test_context_indicator_has_no_direction_but_a_change() -> None:
    result = assess_development(CONTEXT, [yearly(2010, 30.0), yearly(2011, 32.5)], 2011)
    assert result.trend is Trend.NO_DIRECTION
    assert result.change == pytest.approx(2.5)


def test_unchanged_when_rounded_values_are_equal() -> None:
    # 6.44 and 6.36 are both published as 6,4.
    result = assess_development(GRADE_HIGHER, [yearly(2010, 6.36), yearly(2011, 6.44)], 2011)
    assert result.trend is Trend.UNCHANGED
    assert result.change == 0.0


def test_change_is_taken_from_the_rounded_figures() -> None:
    # Shown as 12,1 and 12,3: the shown change is 0,2, although 12.26 - 12.14 = 0.12.
    result = assess_development(GRADE_HIGHER, [yearly(2010, 12.14), yearly(2011, 12.26)], 2011)
    assert result.change == 0.2  # exactly, without float noise (12.3 - 12.1 in floats is 0.2000...02)
    # Shown as 12,0 and 12,3: change 0,3 although the raw difference is 0.26.
    result = assess_development(GRADE_HIGHER, [yearly(2010, 12.04), yearly(2011, 12.30)], 2011)
    assert result.change == 0.3


def test_previous_basis_uses_latest_earlier_year_even_with_gaps() -> None:
    data = [yearly(2007, 5.0), yearly(2009, 6.0), yearly(2011, 5.5), yearly(2012, 9.0)]
    result = assess_development(GRADE_HIGHER, data, 2011)
    assert result.reference == yearly(2009, 6.0)
    assert result.trend is Trend.WORSENED


def test_baseline_basis() -> None:
    data = [yearly(2010, 5.0), yearly(2011, 6.0), yearly(2012, 5.5)]
    result = assess_development(GRADE_HIGHER, data, 2012, ComparisonBasis.BASELINE, 2010)
    assert result.reference == yearly(2010, 5.0)
    assert result.change == pytest.approx(0.5)
    assert result.trend is Trend.IMPROVED
    against_previous = assess_development(GRADE_HIGHER, data, 2012)
    assert against_previous.trend is Trend.WORSENED


def test_baseline_basis_needs_a_year() -> None:
    with pytest.raises(ValueError):
        assess_development(GRADE_HIGHER, [yearly(2011, 6.0)], 2011, ComparisonBasis.BASELINE)


def test_baseline_without_value_or_not_before_report_year_is_no_data() -> None:
    data = [yearly(2011, 6.0), yearly(2012, 6.5)]
    missing = assess_development(GRADE_HIGHER, data, 2012, ComparisonBasis.BASELINE, 2010)
    same_year = assess_development(GRADE_HIGHER, data, 2012, ComparisonBasis.BASELINE, 2012)
    for result in (missing, same_year):
        assert result.trend is Trend.NO_DATA
        assert result.change is None
        assert result.reference is None


def test_no_value_within_the_window_is_no_data() -> None:
    result = assess_development(GRADE_HIGHER, [yearly(2010, 6.0)], 2013)
    assert result == Development(None, yearly(2010, 6.0), None, Trend.NO_DATA, None, False)
    assert result.status_year is None


def test_status_value_is_the_newest_within_the_window() -> None:
    # Register data lag: the report of 2013 judges 2012 against 2011.
    data = [yearly(2010, 5.0), yearly(2011, 5.5), yearly(2012, 6.1)]
    result = assess_development(GRADE_HIGHER, data, 2013)
    assert result.status_year == 2012 and result.reference == yearly(2011, 5.5)
    assert result.trend is Trend.IMPROVED
    # Two years old is the default window; three is outside it.
    assert assess_development(GRADE_HIGHER, data, 2014).status_year == 2012
    assert assess_development(GRADE_HIGHER, data, 2015).trend is Trend.NO_DATA
    # A window of 0 needs the report year's own value.
    assert assess_development(GRADE_HIGHER, data, 2013, window=0).current is None
    with pytest.raises(ValueError):
        assess_development(GRADE_HIGHER, data, 2013, window=-1)


def test_baseline_is_compared_with_the_status_year() -> None:
    data = [yearly(2010, 5.0), yearly(2012, 4.0)]
    result = assess_development(GRADE_HIGHER, data, 2013, ComparisonBasis.BASELINE, 2010)
    assert result.reference == yearly(2010, 5.0) and result.trend is Trend.WORSENED
    # A baseline year not before the status year has nothing to compare.
    late = assess_development(GRADE_HIGHER, data, 2013, ComparisonBasis.BASELINE, 2012)
    assert late.trend is Trend.NO_DATA


def test_provisional_verdict() -> None:
    data = [yearly(2010, 5.0), yearly(2011, 5.5, provisional=True)]
    assert assess_development(GRADE_HIGHER, data, 2011).provisional
    assert not assess_development(GRADE_HIGHER, data[:1] + [yearly(2011, 5.5)], 2011).provisional


def test_current_without_reference_is_no_data() -> None:
    result = assess_development(GRADE_HIGHER, [yearly(2011, 6.0)], 2011)
    assert result.trend is Trend.NO_DATA
    assert result.current == yearly(2011, 6.0)
    assert result.change is None


def test_no_measurements_at_all() -> None:
    assert assess_development(GRADE_HIGHER, [], 2011).trend is Trend.NO_DATA


def test_only_yearly_measurements_count() -> None:
    data = [
        yearly(2010, 8.0),
        Measurement(Period.month(2011, 1), 6.0),
        Measurement(Period.quarter(2011, 2), 6.0),
    ]
    # The 2010 value is the status value; the months of 2011 do not count.
    result = assess_development(UNEMPLOYMENT_LOWER, data, 2011)
    assert result.trend is Trend.NO_DATA
    assert result.current == yearly(2010, 8.0) and result.reference is None
    assert assess_development(UNEMPLOYMENT_LOWER, data, 2011, window=0).current is None


def test_survey_change_within_uncertainty() -> None:
    # 40 % vs 44 % of 1000: z = 1.81, not significant (see test_domain_significance).
    data = [yearly(2010, 40.0, sample_size=1000), yearly(2011, 44.0, sample_size=1000)]
    result = assess_development(SURVEY_SHARE, data, 2011)
    # The default policy: a change inside the margin of error counts as unchanged.
    assert result.trend is Trend.UNCHANGED
    assert result.significance is not None
    assert result.significance.z == pytest.approx(1.8122, abs=1e-4)
    assert result.significance.significant is False
    assert result.within_uncertainty is True
    marked = assess_development(SURVEY_SHARE, data, 2011, significance_policy=SignificancePolicy.MARKED)
    assert marked.trend is Trend.IMPROVED and marked.within_uncertainty is True
    assert marked.change == result.change


def test_significant_survey_change() -> None:
    data = [yearly(2010, 40.0, sample_size=1000), yearly(2011, 45.0, sample_size=1000)]
    result = assess_development(SURVEY_SHARE, data, 2011)
    assert result.significance is not None and result.significance.significant is True
    assert result.within_uncertainty is False


def test_survey_with_standard_errors_uses_difference_test() -> None:
    rule = IndicatorRule("K5", Direction.HIGHER, 1, Unit.INDEX, survey=True)
    data = [yearly(2010, 6.2, std_error=0.10), yearly(2011, 6.6, std_error=0.15)]
    result = assess_development(rule, data, 2011)
    assert result.significance is not None
    assert result.significance.z == pytest.approx(2.2188, abs=1e-4)


def test_survey_without_sample_information_is_not_tested() -> None:
    data = [yearly(2010, 40.0, sample_size=1000), yearly(2011, 45.0)]
    result = assess_development(SURVEY_SHARE, data, 2011)
    assert result.significance is None and result.within_uncertainty is False
    # ...and says so: the change may or may not be real.
    assert result.significance_unknown is True


def test_significance_is_known_when_tested_unchanged_or_not_a_survey() -> None:
    tested = [yearly(2010, 40.0, sample_size=1000), yearly(2011, 45.0, sample_size=1000)]
    assert assess_development(SURVEY_SHARE, tested, 2011).significance_unknown is False
    by_std_error = [yearly(2010, 40.0, std_error=1.0), yearly(2011, 45.0, std_error=1.0)]
    assert assess_development(SURVEY_SHARE, by_std_error, 2011).significance_unknown is False
    # Rounded values equal: nothing to test, so nothing unknown.
    same = [yearly(2010, 40.2), yearly(2011, 39.9)]
    assert assess_development(SURVEY_SHARE, same, 2011).significance_unknown is False
    # No comparison at all.
    assert assess_development(SURVEY_SHARE, [yearly(2011, 45.0)], 2011).significance_unknown is False


def test_register_indicator_is_never_tested() -> None:
    rule = IndicatorRule("K1", Direction.HIGHER, 0, Unit.PERCENT, survey=False)
    data = [yearly(2010, 40.0, sample_size=1000), yearly(2011, 45.0, sample_size=1000)]
    assert assess_development(rule, data, 2011).significance is None
    assert assess_development(rule, [yearly(2010, 40.0), yearly(2011, 45.0)], 2011).significance_unknown is False


def test_no_significance_when_rounded_values_are_equal() -> None:
    # Huge samples would make 40.2 vs 39.8 significant, but both show as 40 %.
    data = [yearly(2010, 39.8, sample_size=10**7), yearly(2011, 40.2, sample_size=10**7)]
    result = assess_development(SURVEY_SHARE, data, 2011)
    assert result.trend is Trend.UNCHANGED
    assert result.significance is None
    assert result.within_uncertainty is False


# --- goal status ---------------------------------------------------------------

I, W, U, N, D = Trend.IMPROVED, Trend.WORSENED, Trend.UNCHANGED, Trend.NO_DIRECTION, Trend.NO_DATA  # noqa: E741 - read as the trend symbols


@pytest.mark.parametrize(
    ("trends", "expected"),
    [
        ([I], GoalStatus.IMPROVED),
        ([I, I, I], GoalStatus.IMPROVED),
        ([W, W], GoalStatus.WORSENED),
        ([U, U], GoalStatus.UNCHANGED),
        ([I, I, W], GoalStatus.IMPROVED),  # strict majority
        ([W, W, I, U], GoalStatus.MIXED),  # 2 of 4 is not more than half
        ([I, W], GoalStatus.MIXED),  # tie
        ([I, W, U], GoalStatus.MIXED),
        ([I, N, D], GoalStatus.IMPROVED),  # context and missing do not vote
        ([I, W, N, N, N], GoalStatus.MIXED),
        ([N, D], GoalStatus.NO_DIRECTION),
        ([N], GoalStatus.NO_DIRECTION),
        ([D, D], GoalStatus.NO_DATA),
        ([], GoalStatus.NO_DATA),
    ],
)
def test_goal_status(trends: list[Trend], expected: GoalStatus) -> None:
    assert goal_status(trends) is expected


def test_goal_status_accepts_any_iterable() -> None:
    assert goal_status(t for t in [I, I, W]) is GoalStatus.IMPROVED


# --- properties ----------------------------------------------------------------

values = st.floats(min_value=-100.0, max_value=100.0, allow_nan=False)
decimal_places = st.integers(min_value=0, max_value=2)


@given(values, values, decimal_places, st.sampled_from([Direction.HIGHER, Direction.LOWER]))
def test_flipping_direction_swaps_improved_and_worsened(
    before: float, after: float, decimals: int, direction: Direction
) -> None:
    flipped = Direction.LOWER if direction is Direction.HIGHER else Direction.HIGHER
    data = [yearly(2010, before), yearly(2011, after)]
    one = assess_development(IndicatorRule("X", direction, decimals, Unit.INDEX), data, 2011)
    other = assess_development(IndicatorRule("X", flipped, decimals, Unit.INDEX), data, 2011)
    swap = {Trend.IMPROVED: Trend.WORSENED, Trend.WORSENED: Trend.IMPROVED}
    assert other.trend is swap.get(one.trend, one.trend)
    assert one.change == other.change


@given(
    st.floats(min_value=0.0, max_value=100.0),
    st.floats(min_value=0.0, max_value=100.0),
    st.integers(min_value=1, max_value=10**7),
    st.integers(min_value=1, max_value=10**7),
    decimal_places,
)
def test_significance_never_claimed_when_rounded_values_are_equal(
    before: float, after: float, n1: int, n2: int, decimals: int
) -> None:
    rule = IndicatorRule("S", Direction.HIGHER, decimals, Unit.PERCENT, survey=True)
    data = [yearly(2010, before, sample_size=n1), yearly(2011, after, sample_size=n2)]
    result = assess_development(rule, data, 2011)
    marked = assess_development(rule, data, 2011, significance_policy=SignificancePolicy.MARKED)
    if rounded_equal(before, after, decimals):
        assert result.trend is marked.trend is Trend.UNCHANGED
        assert result.significance is None or not result.significance.significant
    else:
        assert marked.trend in (Trend.IMPROVED, Trend.WORSENED)
        # The default policy differs from MARKED exactly on the non-significant changes.
        assert (result.trend is Trend.UNCHANGED) == result.within_uncertainty
        if not result.within_uncertainty:
            assert result.trend is marked.trend


@given(st.lists(st.sampled_from(list(Trend)), max_size=12), st.randoms())
def test_goal_status_is_invariant_under_permutation(
    trends: list[Trend], rng: random.Random
) -> None:
    shuffled = trends[:]
    rng.shuffle(shuffled)
    assert goal_status(shuffled) is goal_status(trends)


# --- rounding: the verdict is made on the published (rounded) figures ---------------------------

PUBLISHED_WHOLE = IndicatorRule("R0", Direction.HIGHER, 0, Unit.PERCENT)


@pytest.mark.parametrize(
    ("before", "after", "decimals", "direction", "trend", "change"),
    [
        # The description's cases: 50.6 -> 50.2 is published 51 -> 50; 50.2 -> 49.8 is 50 -> 50.
        (50.6, 50.2, 0, Direction.HIGHER, Trend.WORSENED, -1.0),
        (50.2, 49.8, 0, Direction.HIGHER, Trend.UNCHANGED, 0.0),
        # Ties round half away from zero on the figure as typed: 0.5 -> 1, 2.5 -> 3, -0.5 -> -1.
        (0.4, 0.5, 0, Direction.HIGHER, Trend.IMPROVED, 1.0),
        (2.4, 2.5, 0, Direction.HIGHER, Trend.IMPROVED, 1.0),
        (-0.4, -0.5, 0, Direction.LOWER, Trend.IMPROVED, -1.0),
        (-2.4, -2.5, 0, Direction.LOWER, Trend.IMPROVED, -1.0),
        # One decimal: 0.25 -> 0.3 (float round would give 0.2); two decimals: 1.005 -> 1.01.
        (0.2, 0.25, 1, Direction.HIGHER, Trend.IMPROVED, 0.1),
        (1.0, 1.005, 2, Direction.HIGHER, Trend.IMPROVED, 0.01),
        (2.675, 2.68, 2, Direction.HIGHER, Trend.UNCHANGED, 0.0),
        # Negative values (excess unemployment in percentage points, lower is better).
        (-1.25, -1.35, 1, Direction.LOWER, Trend.IMPROVED, -0.1),
        (-1.34, -1.26, 1, Direction.LOWER, Trend.UNCHANGED, 0.0),
        # 0 and -0: -0.04 and 0.04 are both published as 0.0, so nothing changed.
        (-0.04, 0.04, 1, Direction.HIGHER, Trend.UNCHANGED, 0.0),
        (0.0, -0.0, 0, Direction.LOWER, Trend.UNCHANGED, 0.0),
        (-0.05, 0.04, 1, Direction.HIGHER, Trend.IMPROVED, 0.1),
    ],
)
def test_verdict_on_published_figures(before, after, decimals, direction, trend, change) -> None:
    rule = IndicatorRule("R", direction, decimals, Unit.PERCENTAGE_POINTS)
    result = assess_development(rule, [yearly(2010, before), yearly(2011, after)], 2011)
    assert result.trend is trend
    assert result.change == change
    # The change is exactly the difference of the published figures, and never "-0".
    assert str(result.change) != "-0.0"


def test_published_figures_as_printed() -> None:
    from barometer_desktop.domain.formatting import format_change, format_number

    assert (format_number(50.6, 0), format_number(50.2, 0), format_number(49.8, 0)) == ("51", "50", "50")
    assert format_number(-0.04, 1) == "0,0" and format_number(-0.0, 0) == "0"
    assert format_number(0.25, 1) == "0,3" and format_number(-0.25, 1) == "\u22120,3"
    assert format_number(1.005, 2) == "1,01" and format_number(-2.5, 0) == "\u22123"
    # A change that rounds to zero has no sign.
    assert format_change(-0.04, Unit.PERCENT, 1) == "0,0\u00a0pct.-point"
    result = assess_development(PUBLISHED_WHOLE, [yearly(2010, 50.6), yearly(2011, 50.2)], 2011)
    assert format_change(result.change, Unit.PERCENT, 0) == "\u22121\u00a0pct.-point"
