from datetime import date, datetime

import pytest
from hypothesis import given
from hypothesis import strategies as st

from barometer_desktop.domain.formatting import (
    NumberFormatError,
    format_change,
    format_date,
    format_datetime,
    format_number,
    format_period,
    format_value,
    parse_number,
    round_decimal,
    rounded,
    rounded_equal,
)
from barometer_desktop.domain.periods import Period
from barometer_desktop.domain.types import Unit


@pytest.mark.parametrize(
    ("value", "decimals", "danish", "english"),
    [
        (12.5, 1, "12,5", "12.5"),
        (1234.5, 1, "1.234,5", "1,234.5"),
        (-0.3, 1, "\u22120,3", "\u22120.3"),  # the minus sign, not a hyphen
        (0.25, 1, "0,3", "0.3"),  # half away from zero; float round() gives 0.2
        (-0.25, 1, "\u22120,3", "\u22120.3"),
        (2.675, 2, "2,68", "2.68"),  # binary 2.67499999... but typed as 2.675
        (1234567.0, 0, "1.234.567", "1,234,567"),
        (102.0, 1, "102,0", "102.0"),
        (7.0, 0, "7", "7"),
        (0.5, 0, "1", "1"),
        (-1.5, 0, "\u22122", "\u22122"),
    ],
)
def test_format_number(value: float, decimals: int, danish: str, english: str) -> None:
    assert format_number(value, decimals) == danish
    assert format_number(value, decimals, "en") == english


@pytest.mark.parametrize("value", [-0.04, -0.0, -0.049999, 0.04])
def test_format_number_never_prints_negative_zero(value: float) -> None:
    assert format_number(value, 1) == "0,0"
    assert format_number(value, 1, "en") == "0.0"


def test_format_number_rejects_bad_input() -> None:
    with pytest.raises(ValueError):
        format_number(float("nan"), 1)
    with pytest.raises(ValueError):
        format_number(1.0, -1)
    with pytest.raises(ValueError):
        format_number(1.0, 1, "de")  # type: ignore[arg-type]


def test_format_value_per_unit() -> None:
    # A no-break space between number and unit: "12,5 %" never breaks at a line's end.
    assert format_value(12.5, Unit.PERCENT, 1) == "12,5\u00a0%"
    assert format_value(12.5, Unit.PERCENT, 1, "en") == "12.5%"
    assert format_value(3.2, Unit.PERCENTAGE_POINTS, 1) == "3,2\u00a0pct.-point"
    assert format_value(3.2, Unit.PERCENTAGE_POINTS, 1, "en") == "3.2\u00a0pp"
    assert format_value(-3.2, Unit.PERCENTAGE_POINTS, 1) == "\u22123,2\u00a0pct.-point"
    assert format_value(6.44, Unit.GRADE, 1) == "6,4"
    assert format_value(102.0, Unit.INDEX, 1) == "102,0"
    assert format_value(1234, Unit.COUNT, 0) == "1.234"
    assert format_value(1234, Unit.COUNT, 0, "en") == "1,234"


def test_format_change_is_signed_and_in_points_for_percentages() -> None:
    # A change of a percentage is measured in percentage points.
    assert format_change(1.2, Unit.PERCENT, 1) == "+1,2\u00a0pct.-point"
    assert format_change(-1.2, Unit.PERCENT, 1) == "\u22121,2\u00a0pct.-point"
    assert format_change(1.2, Unit.PERCENT, 1, "en") == "+1.2\u00a0pp"
    assert format_change(-0.8, Unit.PERCENTAGE_POINTS, 1) == "\u22120,8\u00a0pct.-point"
    assert format_change(0.4, Unit.GRADE, 1) == "+0,4"
    assert format_change(-2.0, Unit.INDEX, 1) == "\u22122,0"
    assert format_change(1500, Unit.COUNT, 0) == "+1.500"


@pytest.mark.parametrize("change", [0.0, 0.04, -0.04, -0.0])
def test_format_change_of_zero_has_no_sign(change: float) -> None:
    assert format_change(change, Unit.GRADE, 1) == "0,0"
    assert format_change(change, Unit.PERCENT, 1) == "0,0\u00a0pct.-point"


def test_an_edit_field_gets_the_hyphen_the_user_types() -> None:
    from barometer_desktop.domain.formatting import format_trimmed

    assert format_trimmed(-47.5, 4) == "\u221247,5"
    assert format_trimmed(-47.5, 4, editable=True) == "-47,5"
    assert format_trimmed(-1234.5, 4, "en", editable=True) == "-1,234.5"
    assert format_trimmed(-0.00001, 4, editable=True) == "0"
    assert format_trimmed(12.0, 4, "en") == "12"
    assert parse_number(format_trimmed(-1234.5, 4)) == -1234.5  # what is shown reads back


def test_units_in_running_text_are_held_to_their_number() -> None:
    from barometer_desktop.domain.formatting import keep_units_together

    assert keep_units_together("95 % confidence interval") == "95\u00a0% confidence interval"
    assert keep_units_together("a change of 5 pct.-point or 2 pp") == "a change of 5\u00a0pct.-point or 2\u00a0pp"
    assert keep_units_together("2013 was a year, 5 pupils") == "2013 was a year, 5 pupils"


def test_format_date() -> None:
    assert format_date(date(2026, 11, 24)) == "24.11.2026"
    assert format_date(date(2026, 3, 1)) == "01.03.2026"
    assert format_date(date(2026, 11, 24), "en") == "24 Nov 2026"


def test_format_datetime_to_the_minute() -> None:
    assert format_datetime(datetime(2026, 3, 1, 9, 5, 59)) == "01.03.2026 09:05"
    assert format_datetime(datetime(2026, 11, 24, 14, 30), "en") == "24 Nov 2026 14:30"
    assert format_date(date(2026, 3, 1), "en") == "1 Mar 2026"


def test_format_period() -> None:
    assert format_period(Period.year_of(2011)) == "2011"
    assert format_period(Period.quarter(2011, 1)) == "1. kvt. 2011"
    assert format_period(Period.month(2011, 3)) == "marts 2011"
    assert format_period(Period.year_of(2011), "en") == "2011"
    assert format_period(Period.quarter(2011, 1), "en") == "Q1 2011"
    assert format_period(Period.month(2011, 3), "en") == "March 2011"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("12,5", 12.5),
        ("12.5", 12.5),
        (" 12,5 ", 12.5),
        ("-3", -3.0),
        ("+3", 3.0),
        ("\u22123,5", -3.5),  # typographic minus, as pasted from Word
        ("1.234,5", 1234.5),
        ("1,234.5", 1234.5),
        ("1 234,5", 1234.5),
        ("1\u00a0234,5", 1234.5),
        ("12,5 %", 12.5),
        ("12,5%", 12.5),
        ("1.234.567", 1234567.0),
        ("1,234,567.25", 1234567.25),
        (",5", 0.5),
        # Only one separator, once: decimal separator...
        ("1,234", 1.234),
        ("0.125", 0.125),
        ("1234.567", 1234.567),
        # ...except the Danish thousands shape d.ddd (see parse_number).
        ("1.234", 1234.0),
        ("-12.500", -12500.0),
    ],
)
def test_parse_number_accepts(text: str, expected: float) -> None:
    assert parse_number(text) == expected


def test_parse_number_english_reading_of_the_ambiguous_shape() -> None:
    assert parse_number("1,234", "en") == 1234.0
    assert parse_number("1.234", "en") == 1.234
    assert parse_number("12,5", "en") == 12.5


@pytest.mark.parametrize(
    ("text", "fragment"),
    [
        ("", "empty"),
        ("   ", "empty"),
        ("%", "empty"),
        ("abc", "not part of a number"),
        ("12a", "not part of a number"),
        ("1,2,3", "groups of three digits"),
        ("12,34,567", "groups of three digits"),
        ("1 2", "groups of three digits"),
        ("12,", "no digits after the decimal separator"),
        ("-", "a sign without a number"),
        ("1,234.5,6", "more than one decimal separator"),
        ("1.5,234.5", "more than one decimal separator"),
        ("1,5.234", "groups of three digits"),
        ("--3", "not part of a number"),
    ],
)
def test_parse_number_rejects_with_a_reason(text: str, fragment: str) -> None:
    with pytest.raises(NumberFormatError, match=fragment):
        parse_number(text)


def test_number_format_error_is_a_value_error() -> None:
    assert issubclass(NumberFormatError, ValueError)


def test_rounded_equal_uses_the_same_rounding() -> None:
    assert rounded_equal(12.34, 12.26, 1)  # both 12,3
    assert not rounded_equal(12.25, 12.24, 1)  # 12,3 vs 12,2
    assert rounded_equal(-0.04, 0.04, 1)
    assert rounded(0.25, 1) == 0.3
    assert str(round_decimal(-0.01, 1)) == "0.0"


finite = st.floats(min_value=-1e9, max_value=1e9, allow_nan=False, allow_infinity=False)


@given(finite, st.integers(min_value=0, max_value=3), st.sampled_from(["da", "en"]))
def test_format_parse_format_is_stable(value: float, decimals: int, lang: str) -> None:
    shown = format_number(value, decimals, lang)  # type: ignore[arg-type]
    assert format_number(parse_number(shown, lang), decimals, lang) == shown  # type: ignore[arg-type]


@given(finite, st.integers(min_value=0, max_value=3))
def test_formatted_number_is_never_negative_zero(value: float, decimals: int) -> None:
    shown = format_number(value, decimals)
    if round_decimal(value, decimals) == 0:
        assert not shown.startswith("\u2212")
    assert shown.replace("\u2212", "").replace(".", "").replace(",", "").isdigit()


@given(finite, finite, st.integers(min_value=0, max_value=3))
def test_rounded_equal_matches_formatted_text(a: float, b: float, decimals: int) -> None:
    assert rounded_equal(a, b, decimals) == (
        format_number(a, decimals) == format_number(b, decimals)
    )


def test_parse_date_reads_what_format_date_writes_in_either_language() -> None:
    from datetime import date

    import pytest

    from barometer_desktop.domain.formatting import DateFormatError, format_date, parse_date

    day = date(2016, 3, 1)
    for lang in ("da", "en"):
        assert parse_date(format_date(day, lang)) == day
    for text in ("1.3.2016", "01-03-2016", "2016-03-01", "1 March 2016", "1. marts 2016", " 01.03.2016 "):
        assert parse_date(text) == day
    for bad in ("31.02.2016", "1.3.16", "", "1 Foo 2016", "marts"):
        with pytest.raises(DateFormatError):
            parse_date(bad)
