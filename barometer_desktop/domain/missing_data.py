"""Which data are still missing for the report year, and from whom.

Through the year data arrive from administrations and statistics; the
secretariat needs one list to chase providers, with what is already late.
"""

from __future__ import annotations

import calendar
from collections.abc import Collection, Iterable, Mapping, Sequence
from dataclasses import dataclass
from datetime import date

from .types import Frequency


@dataclass(frozen=True)
class DueIndicator:
    """An indicator as far as data delivery is concerned.

    Data for year Y are expected in ``release_month`` of year
    Y + ``release_year_offset`` (None: no agreed release month).
    """

    code: str
    name: str
    provider: str
    frequency: Frequency
    release_month: int | None
    release_year_offset: int = 1
    # Retired indicators keep their history but are never due again.
    active: bool = True

    def __post_init__(self) -> None:
        if self.release_month is not None and not 1 <= self.release_month <= 12:
            raise ValueError(f"release_month must be 1-12, got {self.release_month}")


@dataclass(frozen=True)
class MissingItem:
    code: str
    name: str
    provider: str
    area: str
    # First day of the release month; None when no release month is agreed.
    expected: date | None
    overdue: bool


def lacks_sample_size(is_survey: bool, sample_size: int | None, std_error: float | None) -> bool:
    """A survey value with neither sample size (n) nor standard error: its change cannot be
    tested for significance.

    The one rule behind the grid's mark, "Mangler data" and the final edition's checklist.
    """
    return is_survey and sample_size is None and std_error is None


def is_due(indicator: DueIndicator, report_year: int, years_with_values: Collection[int]) -> bool:
    """Whether a yearly value for ``report_year`` is expected at all.

    Biennial indicators (e.g. the staff well-being survey) are measured every
    second year: a value for the previous year means none is due this year.
    """
    if not indicator.active:
        return False
    if indicator.frequency == Frequency.BIENNIAL:
        return report_year - 1 not in years_with_values
    return True


def expected_release(indicator: DueIndicator, report_year: int) -> date | None:
    if indicator.release_month is None:
        return None
    return date(report_year + indicator.release_year_offset, indicator.release_month, 1)


def next_release(indicator: DueIndicator, report_year: int, years_with_values: Collection[int]) -> date | None:
    """When the figures after the report year's are expected: the first later year
    with a value due (is_due: a biennial survey measured in the report year skips one)
    released by the same rule as the report year's (expected_release, with the
    indicator's "data for year X come out in year X + N"). A monthly or quarterly
    series without an agreed month is complete with its last month: January after
    its year. None: no release month agreed, or the indicator is retired.

    The one rule behind the report's "Next expected data" and the missing-data dates.
    """
    measured = set(years_with_values)
    year = report_year + 1
    if not is_due(indicator, year, measured):
        year += 1
        if not is_due(indicator, year, measured):
            return None
    if indicator.release_month is None:
        if indicator.frequency in (Frequency.MONTHLY, Frequency.QUARTERLY):
            return date(year + 1, 1, 1)
        return None
    return expected_release(indicator, year)


def _end_of_month(day: date) -> date:
    return day.replace(day=calendar.monthrange(day.year, day.month)[1])


def missing_data(
    indicators: Iterable[DueIndicator],
    present: Collection[tuple[str, str]],
    years_with_values: Mapping[str, Collection[int]],
    report_year: int,
    areas: Sequence[str],
    today: date,
) -> list[MissingItem]:
    """Every (due indicator, area) pair without a yearly value for report_year.

    ``present`` holds (indicator code, area name) pairs that have a yearly
    value for report_year; ``years_with_values`` maps an indicator code to
    the years having a yearly value for the main area (for the biennial
    rule). Monthly and quarterly indicators also need their yearly value. An
    item is overdue once ``today`` is past the end of the release month, so a
    provider has the whole agreed month to deliver. Sorted by provider, code,
    then area name.
    """
    present_pairs = set(present)
    items: list[MissingItem] = []
    for indicator in indicators:
        if not is_due(indicator, report_year, years_with_values.get(indicator.code, ())):
            continue
        expected = expected_release(indicator, report_year)
        overdue = expected is not None and today > _end_of_month(expected)
        for area in areas:
            if (indicator.code, area) in present_pairs:
                continue
            items.append(
                MissingItem(
                    code=indicator.code,
                    name=indicator.name,
                    provider=indicator.provider,
                    area=area,
                    expected=expected,
                    overdue=overdue,
                )
            )
    items.sort(key=lambda item: (item.provider, item.code, item.area))
    return items


def missing_by_provider(items: Iterable[MissingItem]) -> dict[str, list[MissingItem]]:
    """Group items per provider (keys in order of first appearance, items in order)."""
    grouped: dict[str, list[MissingItem]] = {}
    for item in items:
        grouped.setdefault(item.provider, []).append(item)
    return grouped
