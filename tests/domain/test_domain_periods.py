import random

import pytest
from hypothesis import given
from hypothesis import strategies as st

from barometer_desktop.domain.periods import Period, PeriodError, PeriodKind


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("2011", Period(2011, PeriodKind.YEAR, 0)),
        ("2011K1", Period(2011, PeriodKind.QUARTER, 1)),
        ("2011Q1", Period(2011, PeriodKind.QUARTER, 1)),
        ("2011k4", Period(2011, PeriodKind.QUARTER, 4)),
        ("2011q2", Period(2011, PeriodKind.QUARTER, 2)),
        ("2011M03", Period(2011, PeriodKind.MONTH, 3)),
        ("2011M3", Period(2011, PeriodKind.MONTH, 3)),
        ("2011m12", Period(2011, PeriodKind.MONTH, 12)),
        ("2011-03", Period(2011, PeriodKind.MONTH, 3)),
        ("  2011K2\t", Period(2011, PeriodKind.QUARTER, 2)),
        ("\n2011\n", Period(2011, PeriodKind.YEAR, 0)),
    ],
)
def test_parse_accepts_the_usual_spellings(text: str, expected: Period) -> None:
    assert Period.parse(text) == expected


@pytest.mark.parametrize(
    ("text", "fragment"),
    [
        ("", "not a period"),
        ("abc", "not a period"),
        ("11", "not a period"),
        ("2011K", "not a period"),
        ("2011 K1", "not a period"),
        ("2011-03-01", "not a period"),
        ("2011K5", "quarter must be between 1 and 4"),
        ("2011K0", "quarter must be between 1 and 4"),
        ("2011M13", "month must be between 1 and 12"),
        ("2011-00", "month must be between 1 and 12"),
        ("1899", "year must be between 1900 and 2100"),
        ("2101K1", "year must be between 1900 and 2100"),
    ],
)
def test_parse_rejects_with_a_clear_message(text: str, fragment: str) -> None:
    with pytest.raises(PeriodError, match=fragment):
        Period.parse(text)


def test_period_error_is_a_value_error() -> None:
    assert issubclass(PeriodError, ValueError)


def test_invalid_direct_construction_is_rejected() -> None:
    with pytest.raises(PeriodError):
        Period(2011, PeriodKind.YEAR, 1)
    with pytest.raises(PeriodError):
        Period.month(2011, 0)


def test_canonical_text() -> None:
    assert str(Period.year_of(2011)) == "2011"
    assert str(Period.quarter(2011, 1)) == "2011K1"
    assert str(Period.month(2011, 3)) == "2011M03"
    assert str(Period.month(2011, 11)) == "2011M11"


def test_constructors_and_is_year() -> None:
    assert Period.year_of(2011).is_year
    assert not Period.quarter(2011, 1).is_year
    assert not Period.month(2011, 1).is_year
    assert Period.quarter(2011, 2).kind is PeriodKind.QUARTER
    assert PeriodKind.Y is PeriodKind.YEAR and PeriodKind.Q is PeriodKind.QUARTER


def test_midpoints_share_one_time_axis() -> None:
    assert Period.year_of(2011).midpoint() == pytest.approx(2011.5)
    assert Period.quarter(2011, 1).midpoint() == pytest.approx(2011.125)
    assert Period.quarter(2011, 4).midpoint() == pytest.approx(2011.875)
    assert Period.month(2011, 1).midpoint() == pytest.approx(2011 + 0.5 / 12)
    assert Period.month(2011, 12).midpoint() == pytest.approx(2011 + 11.5 / 12)


def test_mixed_list_sorts_chronologically_and_deterministically() -> None:
    expected = [
        Period.year_of(2010),
        Period.month(2010, 12),
        Period.year_of(2011),
        Period.quarter(2011, 1),
        Period.month(2011, 1),
        Period.month(2011, 2),
        Period.month(2011, 3),
        Period.quarter(2011, 2),
        Period.month(2011, 4),
        Period.year_of(2012),
    ]
    shuffled = expected[:]
    for seed in range(5):
        random.Random(seed).shuffle(shuffled)
        assert sorted(shuffled) == expected
    assert Period.quarter(2011, 4) < Period.year_of(2012)
    assert Period.month(2011, 3) <= Period.month(2011, 3)
    assert Period.quarter(2011, 2) > Period.month(2011, 3)
    assert Period.year_of(2011) >= Period.year_of(2011)


def test_periods_are_hashable_values() -> None:
    assert len({Period.parse("2011K1"), Period.parse("2011Q1"), Period.quarter(2011, 1)}) == 1


periods = st.one_of(
    st.builds(Period.year_of, st.integers(1900, 2100)),
    st.builds(Period.quarter, st.integers(1900, 2100), st.integers(1, 4)),
    st.builds(Period.month, st.integers(1900, 2100), st.integers(1, 12)),
)


@given(periods)
def test_parse_of_canonical_text_round_trips(period: Period) -> None:
    assert Period.parse(str(period)) == period


@given(periods, periods)
def test_order_is_total_and_agrees_with_start_month(a: Period, b: Period) -> None:
    # Exactly one of <, ==, > holds, and a period starting later sorts later.
    assert [a < b, a == b, a > b].count(True) == 1
    start_a, start_b = (a.year, a.first_month), (b.year, b.first_month)
    if start_a < start_b:
        assert a < b
