from dataclasses import dataclass

from barometer_desktop.domain.areas import always_shown, country_area, main_area


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
    assert [a.name for a in areas if always_shown(a)] == ["København", "Hele landet"]
