"""One assembled year per change generation, shared by the screens.

The overview, the start page and the committees' decisions all read the
assembled year; the data-entry grid and "Mangler data" both read the year's
entry sheet; the report screen compares the final edition with today's data.
Each of these is computed at most once per change generation and kept until
AppState.notify says something was stored (any change: an assembled year
depends on values, policy, settings and committees alike). Screens ask the
cache instead of assembling themselves, so two screens never compute the
same year twice and a screen shown again after nothing changed costs nothing.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Collection, Hashable
from datetime import date
from typing import TYPE_CHECKING, Any

from barometer_desktop.assembly.assemble_snapshot import assemble
from barometer_desktop.domain.formatting import Lang
from barometer_desktop.publishing.status_report import EditionStatus, FinalEdition, edition_status, finals_of_year
from barometer_desktop.ui.screens.entry.sheet import load_sheet

if TYPE_CHECKING:
    from barometer_desktop.assembly.snapshot import BarometerSnapshot
    from barometer_desktop.storage.database import Database
    from barometer_desktop.ui.screens.entry.sheet import EntrySheet


class YearCache:
    def __init__(self, database: Callable[[], Database]) -> None:
        self._database = database
        self._kept: dict[Hashable, Any] = {}
        # Bumped by every stored change; what was computed before is forgotten.
        self.generation = 0
        # How often each kind was really computed (not taken from the cache): measured by tests.
        self.computed: Counter[str] = Counter()

    def invalidate(self) -> None:
        self.generation += 1
        self._kept.clear()

    def _kept_or(self, key: tuple, compute: Callable[[], Any]) -> Any:
        if key not in self._kept:
            self.computed[key[0]] += 1
            self._kept[key] = compute()
        return self._kept[key]

    def snapshot(
        self, year: int, *, today: date | None = None, area_names: Collection[str] | None = ()
    ) -> BarometerSnapshot:
        """The assembled year as the screens show it: by default the main area
        and the country only (missing data, goal status and follow-up do not
        depend on the comparison areas); `area_names=None` for every area."""

        day = today or date.today()
        areas = None if area_names is None else tuple(sorted(area_names))
        return self._kept_or(
            ("snapshot", year, day, areas),
            lambda: assemble(self._database(), year, today=day, area_names=areas),
        )

    def sheet(self, year: int, today: date | None = None) -> EntrySheet:
        """The year's entry sheet (the grid's rows and "Mangler data"'s list)."""

        day = today or date.today()
        return self._kept_or(("sheet", year, day), lambda: load_sheet(self._database(), year, day))

    def edition_status(self, year: int, lang: Lang, display_lang: Lang) -> EditionStatus:

        return self._kept_or(
            ("edition_status", year, lang, display_lang),
            lambda: edition_status(self._database(), year, lang, display_lang=display_lang),
        )

    def finals_of_year(self, year: int, display_lang: Lang) -> tuple[list[FinalEdition], bool]:

        return self._kept_or(
            ("finals_of_year", year, display_lang),
            lambda: finals_of_year(self._database(), year, display_lang),
        )
