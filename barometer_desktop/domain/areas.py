"""Which areas the barometer is about: its own municipality and the country.

Every other area is a comparison. Missing data and the goals' development
are judged for these two; screens, report and web export show them always
and the comparison areas by choice.
"""

from __future__ import annotations

from collections.abc import Collection, Sequence
from typing import Protocol, TypeVar

COUNTRY = "country"


class _Area(Protocol):
    # Read-only, so frozen records (storage.records.AreaRecord) fit too.
    @property
    def name(self) -> str: ...
    @property
    def is_main(self) -> bool: ...
    @property
    def kind(self) -> str: ...


AreaT = TypeVar("AreaT", bound=_Area)


def main_area(areas: Sequence[AreaT]) -> AreaT | None:
    """The municipality the barometer follows: the one marked main, else the first area."""
    return next((a for a in areas if a.is_main), areas[0] if areas else None)


def country_area(areas: Sequence[AreaT]) -> AreaT | None:
    """The whole country (Hele landet), the national comparison figure."""
    return next((a for a in areas if a.kind == COUNTRY), None)


def fixed_areas(areas: Sequence[AreaT]) -> list[AreaT]:
    """The main area and the country, in that order: always shown, never a comparison to choose."""
    fixed: list[AreaT] = []
    for area in (main_area(areas), country_area(areas)):
        if area is not None and area not in fixed:  # a lone country is also the "main" area
            fixed.append(area)
    return fixed


def comparison_areas(areas: Sequence[AreaT]) -> list[AreaT]:
    """The areas a user may choose to compare with, in the areas' order: all but the fixed ones."""
    fixed = fixed_areas(areas)
    return [a for a in areas if a not in fixed]


def shown_areas(areas: Sequence[AreaT], chosen_names: Collection[str] | None) -> list[AreaT]:
    """The fixed areas and the chosen comparison areas (None: all), in the areas' order."""
    fixed = fixed_areas(areas)
    return [a for a in areas if a in fixed or chosen_names is None or a.name in chosen_names]
