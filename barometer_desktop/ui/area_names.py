"""An area's name as the window shows it.

Area names are data ("København", "Hele landet"); only the country has a
name in each language, the one the overview and the outputs use, so an
English window never shows "Hele landet". The word is labels.area_name's,
the same in the window, the PDF report and the web pages.
"""

from __future__ import annotations

from barometer_desktop.domain.areas import COUNTRY
from barometer_desktop.labels import area_name


def shown_area_name(area) -> str:  # anything with .kind and .name (AreaRecord)
    return area_name(area.name, area.kind == COUNTRY)
