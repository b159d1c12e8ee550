import math

import pytest
from hypothesis import given
from hypothesis import strategies as st

from barometer_desktop.domain.significance import (
    SignificanceTest,
    difference_z_test,
    mean_confidence_interval,
    proportion_confidence_interval,
    two_proportion_z_test,
    two_sided_p_value,
)


def test_two_proportion_40_vs_44_percent_of_1000_is_not_significant() -> None:
    # Pooled share p = (400 + 440) / 2000 = 0.42
    # SE = sqrt(0.42 * 0.58 * (1/1000 + 1/1000)) = sqrt(0.2436 * 0.002)
    #    = sqrt(0.0004872) = 0.022073
    # z  = (0.44 - 0.40) / 0.022073 = 1.8122
    # p  = 2 * (1 - Phi(1.8122)) = 2 * 0.03498 = 0.0700  > 0.05
    # (The brief quoted z 1.818 / p 0.069; the pooled arithmetic gives 1.812 / 0.070.)
    result = two_proportion_z_test(40.0, 1000, 44.0, 1000)
    assert result.z == pytest.approx(1.8122, abs=1e-4)
    assert result.p_value == pytest.approx(0.0700, abs=5e-4)
    assert result.significant is False


def test_two_proportion_40_vs_45_percent_of_1000_is_significant() -> None:
    # p = 850 / 2000 = 0.425; SE = sqrt(0.425 * 0.575 * 0.002) = sqrt(0.00048875) = 0.022108
    # z = 0.05 / 0.022108 = 2.2617; p = 2 * (1 - Phi(2.2617)) = 0.0237 < 0.05
    result = two_proportion_z_test(40.0, 1000, 45.0, 1000)
    assert result.z == pytest.approx(2.2617, abs=1e-4)
    assert result.p_value == pytest.approx(0.0237, abs=2e-4)
    assert result.significant is True


def test_z_sign_follows_second_minus_first() -> None:
    assert two_proportion_z_test(44.0, 1000, 40.0, 1000).z == pytest.approx(-1.8122, abs=1e-4)


def test_alpha_decides_significance() -> None:
    assert two_proportion_z_test(40.0, 1000, 44.0, 1000, alpha=0.10).significant is True


@pytest.mark.parametrize(("p1", "p2"), [(0.0, 0.0), (100.0, 100.0)])
def test_degenerate_pooled_share_is_not_significant(p1: float, p2: float) -> None:
    assert two_proportion_z_test(p1, 500, p2, 800) == SignificanceTest(0.0, 1.0, False)


def test_sample_sizes_must_be_positive() -> None:
    with pytest.raises(ValueError):
        two_proportion_z_test(40.0, 0, 44.0, 1000)
    with pytest.raises(ValueError):
        proportion_confidence_interval(40.0, -5)


def test_difference_z_test_by_hand() -> None:
    # SE of the difference = sqrt(0.10^2 + 0.15^2) = sqrt(0.0325) = 0.18028
    # z = (6.6 - 6.2) / 0.18028 = 2.2188; p = 2 * (1 - Phi(2.2188)) = 0.0265
    result = difference_z_test(6.2, 0.10, 6.6, 0.15)
    assert result.z == pytest.approx(2.2188, abs=1e-4)
    assert result.p_value == pytest.approx(0.0265, abs=2e-4)
    assert result.significant is True
    assert difference_z_test(6.2, 0.3, 6.6, 0.3).significant is False


def test_difference_z_test_without_any_error_is_not_testable() -> None:
    assert difference_z_test(1.0, 0.0, 2.0, 0.0) == SignificanceTest(0.0, 1.0, False)
    with pytest.raises(ValueError):
        difference_z_test(1.0, -0.1, 2.0, 0.1)


def test_proportion_confidence_interval_by_hand() -> None:
    # SE = sqrt(0.4 * 0.6 / 1000) = 0.015492; 1.96 * SE = 0.030364 -> +-3.036 points
    low, high = proportion_confidence_interval(40.0, 1000)
    assert low == pytest.approx(36.964, abs=1e-3)
    assert high == pytest.approx(43.036, abs=1e-3)


def test_proportion_confidence_interval_is_clamped() -> None:
    low, high = proportion_confidence_interval(1.0, 20)
    assert low == 0.0 and 1.0 < high < 100.0
    low, high = proportion_confidence_interval(99.0, 20)
    assert high == 100.0 and 0.0 < low < 99.0
    assert proportion_confidence_interval(0.0, 100) == (0.0, 0.0)


def test_mean_confidence_interval() -> None:
    low, high = mean_confidence_interval(6.2, 0.1)
    assert low == pytest.approx(6.2 - 0.196, abs=1e-3)
    assert high == pytest.approx(6.2 + 0.196, abs=1e-3)
    low90, high90 = mean_confidence_interval(6.2, 0.1, level=0.90)
    assert high90 - low90 == pytest.approx(2 * 1.6449 * 0.1, abs=1e-4)
    with pytest.raises(ValueError):
        mean_confidence_interval(6.2, 0.1, level=1.0)


def test_p_value_of_known_z() -> None:
    assert two_sided_p_value(1.959964) == pytest.approx(0.05, abs=1e-6)
    assert two_sided_p_value(0.0) == 1.0
    assert math.isclose(two_sided_p_value(-2.0), two_sided_p_value(2.0))


percents = st.floats(min_value=0.0, max_value=100.0, allow_nan=False)
sizes = st.integers(min_value=1, max_value=100_000)


@given(percents, sizes, percents, sizes)
def test_two_proportion_test_is_antisymmetric(p1: float, n1: int, p2: float, n2: int) -> None:
    forward = two_proportion_z_test(p1, n1, p2, n2)
    backward = two_proportion_z_test(p2, n2, p1, n1)
    assert forward.z == pytest.approx(-backward.z, abs=1e-9)
    assert forward.significant == backward.significant
    assert 0.0 <= forward.p_value <= 1.0
