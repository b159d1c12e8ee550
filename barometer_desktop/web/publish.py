"""Write the public web barometer as a static folder.

The folder is built in a temporary sibling folder and renamed into place
when complete, so the web team never finds a half-written site.
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date
from pathlib import Path

from barometer_desktop.assembly.snapshot import BarometerSnapshot
from barometer_desktop.atomic_files import atomic_site
from barometer_desktop.domain.formatting import Lang
from barometer_desktop.i18n import output_language
from barometer_desktop.resources import shipped_path
from barometer_desktop.web.csv_files import indicator_csv, published_csv
from barometer_desktop.web.pages import ABOUT_FILE, FAVICON_FILE, Pages
from barometer_desktop.web.public import goal_file, public_goals
from barometer_desktop.web.style import CSS
from barometer_desktop.write_targets import check_site_folder


def build_site(snapshot: BarometerSnapshot, lang: Lang = "da", published: date | None = None) -> dict[str, str]:
    """The site's files (name -> text), from the snapshot's public part only."""
    goals = public_goals(snapshot)
    with output_language(lang):
        pages = Pages(lang, snapshot, published or snapshot.prepared_on)
        files = {"index.html": pages.index(goals), ABOUT_FILE: pages.about_page(), "style.css": CSS,
                 FAVICON_FILE: favicon()}
        for goal in goals:
            files[goal_file(goal)] = pages.goal_page(goal)
            for indicator in goal.indicators:
                files[indicator.csv_file] = indicator_csv(indicator, lang)
        files["data.csv"] = published_csv(goals, lang)
    # Every name here goes into the site's marker (atomic_site), so the next publish may replace it.
    return files


def favicon() -> str:
    """The app's own icon (an SVG, so the text-only site carries it; every current browser shows it)."""
    return shipped_path("resources", "icons", "app.svg").read_text(encoding="utf-8")


def publish_site(
    snapshot: BarometerSnapshot,
    out_dir: Path | str,
    lang: Lang = "da",
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
