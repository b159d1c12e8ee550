"""Which areas the barometer is about: its own municipality and the country.

Every other area is a comparison. Missing data and the goals' development
are judged for these two; screens, report and web export show them always
and the comparison areas by choice.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Protocol, TypeVar

COUNTRY = "country"


class _Area(Protocol):
    is_main: bool
    kind: str


AreaT = TypeVar("AreaT", bound=_Area)


def main_area(areas: Sequence[AreaT]) -> AreaT | None:
    """The municipality the barometer follows: the one marked main, else the first area."""
    return next((a for a in areas if a.is_main), areas[0] if areas else None)


def country_area(areas: Sequence[AreaT]) -> AreaT | None:
    """The whole country (Hele landet), the national comparison figure."""
    return next((a for a in areas if a.kind == COUNTRY), None)


def always_shown(area: _Area) -> bool:
    """The main area and the country are always shown; other areas are the user's choice."""
    return area.is_main or area.kind == COUNTRY
