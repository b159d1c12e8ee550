"""An area's name as the window shows it.

Area names are data ("København", "Hele landet"); only the country has a
name in each language, the one the overview and the outputs use, so an
English window never shows "Hele landet".
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from barometer_desktop.domain.areas import COUNTRY


def shown_area_name(area) -> str:  # anything with .kind and .name (AreaRecord)
    if area.kind == COUNTRY:
        return QCoreApplication.translate("Areas", "Whole country")
    return area.name
