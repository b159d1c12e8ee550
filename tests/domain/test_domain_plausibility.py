from hypothesis import given
from hypothesis import strategies as st

from barometer_desktop.domain.plausibility import implausible_jump, jump_threshold


def test_a_typing_slip_on_an_index_is_questioned() -> None:
    history = [101.2, 102.8, 103.9, 105.3]
    jump = implausible_jump(history, 150)
    assert jump is not None and jump.previous == 105.3
    assert implausible_jump(history, 107.0) is None


def test_the_threshold_follows_the_series() -> None:
    # A share that moves ten points a year may move twenty; an index moving one may not.
    assert implausible_jump([30, 40, 32, 42], 60) is None
    assert implausible_jump([100, 101, 100, 101], 120) is not None


def test_too_little_history_is_never_questioned() -> None:
    assert jump_threshold([5.0, 50.0]) is None
    assert implausible_jump([5.0, 50.0], 500.0) is None


def test_a_flat_series_allows_a_small_change() -> None:
    assert implausible_jump([20.0, 20.0, 20.0], 20.8) is None
    assert implausible_jump([20.0, 20.0, 20.0], 25.0) is not None


@given(st.lists(st.floats(-1e6, 1e6), min_size=3, max_size=12))
def test_a_value_equal_to_the_last_is_never_a_jump(history: list[float]) -> None:
    assert implausible_jump(history, history[-1]) is None
