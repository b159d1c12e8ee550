from dataclasses import dataclass

from barometer_desktop.domain.areas import comparison_areas, country_area, fixed_areas, main_area, shown_areas


@dataclass(frozen=True)
class Area:
    name: str
    kind: str = "municipality"
    is_main: bool = False


def test_the_main_area_is_the_one_marked_else_the_first():
    areas = [Area("Aarhus"), Area("København", is_main=True), Area("Hele landet", "country")]
    assert main_area(areas).name == "København"
    assert main_area(areas[::2]).name == "Aarhus"
    assert main_area([]) is None


def test_the_country_and_what_is_always_shown():
    areas = [Area("København", is_main=True), Area("Odense"), Area("Hele landet", "country")]
    assert country_area(areas).name == "Hele landet"
    assert country_area(areas[:2]) is None
    assert [a.name for a in fixed_areas(areas)] == ["København", "Hele landet"]
    assert [a.name for a in shown_areas(areas, [])] == ["København", "Hele landet"]
    assert [a.name for a in shown_areas(areas, ["Odense"])] == ["København", "Odense", "Hele landet"]
    assert shown_areas(areas, None) == areas


def test_without_a_marked_main_area_the_first_is_fixed_once():
    # A policy file without a main area: the first area stands in for it,
    # also when that is the country, and is never offered as a comparison.
    areas = [Area("Hele landet", "country"), Area("Aarhus")]
    assert [a.name for a in fixed_areas(areas)] == ["Hele landet"]
    unmarked = [Area("Aarhus"), Area("Odense"), Area("Hele landet", "country")]
    assert [a.name for a in fixed_areas(unmarked)] == ["Aarhus", "Hele landet"]
    assert [a.name for a in shown_areas(unmarked, [])] == ["Aarhus", "Hele landet"]
    assert [a.name for a in comparison_areas(unmarked)] == ["Odense"]
