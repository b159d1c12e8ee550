"""What the data-entry grid and the missing-data list show for one report year.

Plain Python over the storage services and the domain rules (no widgets), so
both screens agree on which indicators are due and which values are missing.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

from barometer_desktop.domain.areas import comparison_areas, fixed_areas, main_area
from barometer_desktop.domain.missing_data import MissingItem, is_due, lacks_sample_size, missing_data
from barometer_desktop.storage import catalog, observations, policies
from barometer_desktop.storage.database import Database
from barometer_desktop.storage.records import AreaRecord, IndicatorRecord, ObservationRecord

CellId = tuple[int, int]  # (indicator_id, area_id)


@dataclass(frozen=True)
class EntrySheet:
    """The report year's grid: due indicators by area, with the stored values."""

    year: int
    indicators: tuple[IndicatorRecord, ...]
    # Main area, country, then the other municipalities.
    areas: tuple[AreaRecord, ...]
    values: dict[CellId, ObservationRecord] = field(default_factory=dict)
    # The areas a value is expected for (the missing-data rule): main area and country.
    due_area_ids: frozenset[int] = frozenset()
    # Indicators due this year (a biennial one in its off year may still show, having a value).
    due_indicator_ids: frozenset[int] = frozenset()
    missing: tuple[MissingItem, ...] = ()
    # Survey values of the year stored without their sample size (n).
    missing_sample_sizes: tuple[CellId, ...] = ()

    def shape(self) -> tuple[tuple[int, ...], tuple[int, ...]]:
        return tuple(i.id for i in self.indicators), tuple(a.id for a in self.areas)

    def is_missing(self, indicator_id: int, area_id: int) -> bool:
        return (
            indicator_id in self.due_indicator_ids
            and area_id in self.due_area_ids
            and (indicator_id, area_id) not in self.values
        )


def _ordered_areas(areas: list[AreaRecord]) -> tuple[AreaRecord, ...]:
    return tuple(fixed_areas(areas) + comparison_areas(areas))


def load_sheet(db: Database, year: int, today: date | None = None) -> EntrySheet:
    areas = _ordered_areas(catalog.areas(db))
    main, due_areas = main_area(areas), fixed_areas(areas)
    # The year's own indicators: those of the policy in force that year, as in the report.
    indicators = policies.indicators_in_force(db, year)

    this_year: dict[CellId, ObservationRecord] = {
        (r.indicator_id, r.area_id): r for r in observations.yearly_values(db, (year,))
    }
    # The biennial rule: a value last year for the main area means none is due this year.
    main_last_year = (
        observations.indicators_with_yearly_value(db, year - 1, main.id) if main is not None else set()
    )

    years_with_values = {i.code: ({year - 1} if i.id in main_last_year else set()) for i in indicators}
    due_ids = frozenset(
        i.id for i in indicators if is_due(i.as_due(), year, years_with_values[i.code])
    )
    has_value = {indicator_id for indicator_id, _ in this_year}
    rows = tuple(i for i in indicators if i.id in due_ids or i.id in has_value)

    names = {a.id: a.name for a in areas}
    codes = {i.id: i.code for i in indicators}
    present = {(codes[i], names[a]) for i, a in this_year if i in codes and a in names}
    missing = missing_data(
        [i.as_due() for i in indicators],
        present=present,
        years_with_values=years_with_values,
        report_year=year,
        areas=[a.name for a in due_areas],
        today=today or date.today(),
    )
    return EntrySheet(
        year=year,
        indicators=rows,
        areas=areas,
        values=this_year,
        due_area_ids=frozenset(a.id for a in due_areas),
        due_indicator_ids=due_ids,
        missing=tuple(missing),
        missing_sample_sizes=tuple(
            cell
            for i in rows
            for a in areas
            if (cell := (i.id, a.id)) in this_year and lacks_sample_size(
                i.is_survey, this_year[cell].sample_size, this_year[cell].std_error
            )
        ),
    )
