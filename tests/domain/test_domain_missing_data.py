from datetime import date

import pytest

from barometer_desktop.domain.missing_data import (
    DueIndicator,
    MissingItem,
    missing_by_provider,
    missing_data,
    next_release,
)
from barometer_desktop.domain.types import Frequency

MAIN = "København"
NATIONAL = "Hele landet"
AREAS = [MAIN, NATIONAL]

GRADES = DueIndicator("K1", "Karaktergennemsnit", "BUF", Frequency.YEARLY, release_month=10, release_year_offset=0)
UNEMPLOYMENT = DueIndicator("K2", "Overledighed", "Statistikbanken", Frequency.MONTHLY, release_month=3)
MANAGERS = DueIndicator("K3", "Ledere med minoritetsbaggrund", "ØKF", Frequency.BIENNIAL, release_month=2)
INCLUDED = DueIndicator("K6", "Føler sig inkluderet", "BIF", Frequency.YEARLY, release_month=None)
RETIRED = DueIndicator("K9", "Gammel indikator", "BIF", Frequency.YEARLY, release_month=1, active=False)


def codes_and_areas(items: list[MissingItem]) -> list[tuple[str, str]]:
    return [(item.code, item.area) for item in items]


def test_everything_missing_is_listed_sorted_by_provider_code_area() -> None:
    items = missing_data(
        [UNEMPLOYMENT, GRADES, INCLUDED], present=set(), years_with_values={},
        report_year=2011, areas=AREAS, today=date(2011, 6, 1),
    )
    assert codes_and_areas(items) == [
        ("K6", NATIONAL), ("K6", MAIN),  # BIF
        ("K1", NATIONAL), ("K1", MAIN),  # BUF
        ("K2", NATIONAL), ("K2", MAIN),  # Statistikbanken
    ]
    assert [item.provider for item in items] == ["BIF"] * 2 + ["BUF"] * 2 + ["Statistikbanken"] * 2
    assert items[2].name == "Karaktergennemsnit"


def test_present_pairs_are_not_missing() -> None:
    items = missing_data(
        [GRADES], present={("K1", MAIN)}, years_with_values={"K1": {2011}},
        report_year=2011, areas=AREAS, today=date(2011, 6, 1),
    )
    assert codes_and_areas(items) == [("K1", NATIONAL)]


def test_retired_indicators_are_never_due() -> None:
    items = missing_data(
        [RETIRED], present=set(), years_with_values={},
        report_year=2011, areas=AREAS, today=date(2020, 1, 1),
    )
    assert items == []


def test_biennial_indicator_is_due_every_second_year() -> None:
    def due(report_year: int, years: set[int]) -> bool:
        return bool(
            missing_data([MANAGERS], set(), {"K3": years}, report_year, [MAIN], date(2030, 1, 1))
        )

    assert due(2011, set()) is True  # never measured: due
    assert due(2011, {2009}) is True  # measured two years ago: due again
    assert due(2011, {2010}) is False  # measured last year: off year
    assert due(2012, {2010}) is True


def test_expected_date_and_overdue_after_end_of_release_month() -> None:
    # Unemployment for 2011 is expected in March 2012 (offset 1).
    def item_on(today: date) -> MissingItem:
        (item,) = missing_data([UNEMPLOYMENT], set(), {}, 2011, [MAIN], today)
        return item

    assert item_on(date(2012, 3, 1)).expected == date(2012, 3, 1)
    assert item_on(date(2012, 2, 15)).overdue is False
    assert item_on(date(2012, 3, 31)).overdue is False  # the whole month is allowed
    assert item_on(date(2012, 4, 1)).overdue is True


def test_release_in_same_year_with_offset_zero() -> None:
    (item,) = missing_data([GRADES], set(), {}, 2011, [MAIN], date(2011, 11, 1))
    assert item.expected == date(2011, 10, 1)
    assert item.overdue is True


def test_without_release_month_nothing_is_overdue() -> None:
    (item,) = missing_data([INCLUDED], set(), {}, 2011, [MAIN], date(2030, 1, 1))
    assert item.expected is None
    assert item.overdue is False


def test_february_end_of_month_in_a_leap_year() -> None:
    leap = DueIndicator("K4", "Indeks", "TMF", Frequency.YEARLY, release_month=2)
    (on_29th,) = missing_data([leap], set(), {}, 2011, [MAIN], date(2012, 2, 29))
    (on_1st_march,) = missing_data([leap], set(), {}, 2011, [MAIN], date(2012, 3, 1))
    assert on_29th.overdue is False
    assert on_1st_march.overdue is True


def test_invalid_release_month_is_rejected() -> None:
    with pytest.raises(ValueError):
        DueIndicator("X", "X", "X", Frequency.YEARLY, release_month=13)


def test_missing_by_provider_groups_in_order() -> None:
    items = missing_data(
        [UNEMPLOYMENT, GRADES, INCLUDED], set(), {}, 2011, [MAIN], date(2011, 6, 1)
    )
    grouped = missing_by_provider(items)
    assert list(grouped) == ["BIF", "BUF", "Statistikbanken"]
    assert [item.code for item in grouped["BUF"]] == ["K1"]
    assert sum(len(group) for group in grouped.values()) == len(items)
    assert missing_by_provider([]) == {}


# --- the next expected figures (the report's "Next expected data") ---------------

SURVEY_LAG_0 = DueIndicator("K4", "Trivsel", "ØKF", Frequency.BIENNIAL, release_month=11, release_year_offset=0)


def test_next_release_keeps_the_year_offset() -> None:
    # Data for year X come out in October of year X: after 2014, October 2015 (not 2016).
    assert next_release(GRADES, 2014, {2012, 2013, 2014}) == date(2015, 10, 1)
    # The default offset (1): data for 2015 in March 2016.
    assert next_release(UNEMPLOYMENT, 2014, {2014}) == date(2016, 3, 1)


def test_next_release_of_a_biennial_survey_follows_its_measured_years() -> None:
    # Measured 2013: 2014 is not due, 2015 is, released November 2015.
    assert next_release(SURVEY_LAG_0, 2014, {2011, 2013}) == date(2015, 11, 1)
    # Measured in the report year itself: the next one is two years on.
    assert next_release(SURVEY_LAG_0, 2015, {2013, 2015}) == date(2017, 11, 1)


def test_next_release_without_an_agreed_month() -> None:
    assert next_release(INCLUDED, 2014, {2014}) is None
    monthly = DueIndicator("K7", "Ledighed", "DST", Frequency.MONTHLY, release_month=None)
    assert next_release(monthly, 2014, {2014}) == date(2016, 1, 1)  # 2015 complete with December
    assert next_release(RETIRED, 2014, {2014}) is None
