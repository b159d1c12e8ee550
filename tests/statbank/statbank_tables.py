"""A stub table shaped like Statistics Denmark's population tables (FOLK1E), and its figures by hand."""

from __future__ import annotations

from statbank_stub import StubTable

AREAS = [("000", "Hele landet"), ("101", "København"), ("751", "Aarhus"), ("461", "Odense"), ("851", "Aalborg"),
         ("147", "Frederiksberg")]
YEARS = ["2019", "2020", "2021", "2022"]


def numerator(area: str, year: str) -> int:
    return 100 + (int(year) - 2019) * 10 + int(area) % 7


def denominator(area: str) -> int:
    return 1000 + int(area)


def figure(cell: dict[str, str]) -> str:
    area, year = cell["OMRÅDE"], cell["TID"]
    if area == "851" and year == "2019":
        return ".."  # the StatBank's mark for a missing figure
    if cell["HERKOMST"] == "TOT":
        return str(denominator(area))
    return str(numerator(area, year))


def make_table(years: list[str] = YEARS, figure=figure, updated: str = "2026-02-11T08:00:00") -> StubTable:
    return StubTable(
        id="FOLK1E",
        text="Befolkningen den 1. i kvartalet efter område, herkomst og tid",
        updated=updated,
        variables=[
            {"id": "OMRÅDE", "text": "område", "time": False, "elimination": True,
             "values": [{"id": code, "text": name} for code, name in AREAS]},
            {"id": "HERKOMST", "text": "herkomst", "time": False, "elimination": True,
             "values": [{"id": "TOT", "text": "I alt"}, {"id": "5", "text": "Indvandrere fra ikke-vestlige lande"},
                        {"id": "1", "text": "Personer med dansk oprindelse"}]},
            {"id": "Tid", "text": "tid", "time": True, "elimination": False,
             "values": [{"id": y, "text": y} for y in years]},
        ],
        figure=figure,
    )
