"""Publish a year's web barometer from the open database.

The caller's side of web/: it assembles the year's snapshot from storage
(as the report does) and hands it to `web.publish.publish_site`, which
reads nothing but that snapshot.
"""

from __future__ import annotations

from pathlib import Path

from barometer_desktop.assembly.assemble_snapshot import assemble
from barometer_desktop.domain.areas import main_area
from barometer_desktop.domain.formatting import Lang
from barometer_desktop.domain.periods import MAX_YEAR, MIN_YEAR
from barometer_desktop.errors import QT_TRANSLATE_NOOP, ExportError
from barometer_desktop.storage import catalog
from barometer_desktop.storage.database import Database
from barometer_desktop.web.publish import publish_site
from barometer_desktop.write_targets import check_site_folder


def publish_from_database(db: Database, year: int, out_dir: Path | str, lang: Lang = "da") -> Path:
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
