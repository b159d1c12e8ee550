"""Write the public web barometer as a static folder.

The folder is built in a temporary sibling folder and renamed into place
when complete, so the web team never finds a half-written site.
"""

from __future__ import annotations

import csv
import io
from collections.abc import Iterable
from datetime import date
from pathlib import Path

from barometer_desktop.assembly.assemble_snapshot import assemble
from barometer_desktop.assembly.snapshot import BarometerSnapshot
from barometer_desktop.atomic_files import atomic_site
from barometer_desktop.domain.areas import main_area
from barometer_desktop.domain.formatting import round_decimal
from barometer_desktop.domain.periods import MAX_YEAR, MIN_YEAR
from barometer_desktop.domain.spreadsheet_text import neutralise
from barometer_desktop.errors import QT_TRANSLATE_NOOP, ExportError
from barometer_desktop.i18n import output_language, translate
from barometer_desktop.labels import unit_name, verdict_word
from barometer_desktop.storage import catalog
from barometer_desktop.web.pages import ABOUT_FILE, Pages
from barometer_desktop.web.public import PublicGoal, goal_file, public_goals
from barometer_desktop.web.style import CSS
from barometer_desktop.write_targets import check_site_folder


def build_site(snapshot: BarometerSnapshot, lang: str = "da", published: date | None = None) -> dict[str, str]:
    """The site's files (name -> text), from the snapshot's public part only."""
    goals = public_goals(snapshot)
    with output_language(lang):
        pages = Pages(lang, snapshot, published or snapshot.prepared_on)
        files = {"index.html": pages.index(goals), ABOUT_FILE: pages.about_page(), "style.css": CSS}
        for goal in goals:
            files[goal_file(goal)] = pages.goal_page(goal)
        files["data.csv"] = published_csv(goals, lang)
    return files


def published_csv(goals: tuple[PublicGoal, ...], lang: str) -> str:
    # The unit column uses the unit names (labels) in the site's language, not the stored codes.
    out = io.StringIO()
    writer = csv.writer(out, delimiter=";", lineterminator="\r\n")
    with output_language(lang):
        writer.writerow([
            translate("Web", "goal"), translate("Web", "indicator"), translate("Web", "name"),
            translate("Web", "area"), translate("Web", "year"), translate("Web", "value"),
            translate("Web", "unit"), translate("Web", "development"),
        ])
        for goal in goals:
            for indicator in goal.indicators:
                unit = unit_name(indicator.unit)
                # The snapshot's verdicts, on the row of the value each is about.
                verdicts = {}
                if indicator.latest is not None and not indicator.not_measured:
                    verdicts[(True, False, indicator.latest.year)] = verdict_word(indicator.trend)
                if indicator.national is not None:
                    verdicts[(False, True, indicator.national.year)] = verdict_word(indicator.national_trend)
                for series in indicator.series:
                    for point in series.points:
                        # The figure as published (rounded like the pages show it),
                        # without thousands separators so spreadsheets read it.
                        value = str(round_decimal(point.value, indicator.decimals))
                        if lang == "da":
                            value = value.replace(".", ",")
                        verdict = verdicts.get((series.is_main, series.is_country, point.year), "")
                        # Text cells neutralised against CSV injection (domain.spreadsheet_text).
                        writer.writerow([goal.number, neutralise(indicator.code), neutralise(indicator.name),
                                         neutralise(series.area_name), point.year, value, neutralise(unit), verdict])
    return "\ufeff" + out.getvalue()


def publish_site(
    snapshot: BarometerSnapshot,
    out_dir: Path | str,
    lang: str = "da",
    *,
    protect: Iterable[Path | str] = (),
) -> Path:
    """Write the site to `out_dir`, replacing only a site published there before or an empty folder.

    The folder is built beside the target and renamed into place when
    complete (atomic_files.atomic_site); a folder holding anything else,
    the current folder or the database's folder is refused untouched.
    """
    check_site_folder(out_dir, protect=protect)  # before the pages are built
    return atomic_site(build_site(snapshot, lang), out_dir, protect=protect)


def publish_from_database(db, year: int, out_dir: Path | str, lang: str = "da") -> Path:
    """Assemble the year's snapshot (as the report does) and publish it; a year without data is refused."""

    protect = (db.location.path,) if db.location.path is not None else ()
    check_site_folder(out_dir, protect=protect)
    areas = catalog.areas(db)
    if not MIN_YEAR <= year <= MAX_YEAR or not (snapshot := assemble(db, year)).main_area_has_values():
        main = main_area(areas)
        raise ExportError(
            QT_TRANSLATE_NOOP(
                "Errors",
                "There are no values for {area} in {year}, so the web barometer would be empty. "
                "Choose a year with data.",
            ),
            area=main.name if main is not None else "", year=year,
        )
    # The site finds the country by its kind, in the snapshot (not by a code).
    return publish_site(snapshot, out_dir, lang, protect=protect)
