"""Write the public web barometer as a static folder.

The folder is built in a temporary sibling folder and renamed into place
when complete, so the web team never finds a half-written site.
"""

from __future__ import annotations

import csv
import io
import os
import shutil
import tempfile
from datetime import date
from pathlib import Path

from barometer_desktop.assembly.snapshot import BarometerSnapshot
from barometer_desktop.domain.formatting import round_decimal
from barometer_desktop.errors import QT_TRANSLATE_NOOP, ExportError
from barometer_desktop.i18n import output_language, translate
from barometer_desktop.labels import unit_name, verdict_word
from barometer_desktop.web.pages import ABOUT_FILE, Pages
from barometer_desktop.web.public import PublicGoal, goal_file, public_goals
from barometer_desktop.web.style import CSS



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
                        writer.writerow([goal.number, indicator.code, indicator.name, series.area_name, point.year,
                                         value, unit, verdict])
    return "\ufeff" + out.getvalue()


def publish_site(snapshot: BarometerSnapshot, out_dir: Path | str, lang: str = "da") -> Path:
    """Write the site to `out_dir` (replacing an earlier site there)."""
    target = Path(out_dir).expanduser().resolve()
    parent = target.parent
    if not parent.is_dir():
        raise ExportError(QT_TRANSLATE_NOOP("Errors", "The folder {folder} does not exist."), folder=str(parent))
    if target.exists() and not target.is_dir():
        raise ExportError(QT_TRANSLATE_NOOP("Errors", "{target} is a file, not a folder."), target=str(target))
    files = build_site(snapshot, lang)
    try:
        temp = Path(tempfile.mkdtemp(prefix=f".{target.name}.", dir=parent))
    except OSError as error:
        raise ExportError(
            QT_TRANSLATE_NOOP("Errors", "Cannot write in {folder}: {reason}"), folder=str(parent),
            reason=error.strerror or str(error),
        ) from error
    old = None
    try:
        for name, text in files.items():
            (temp / name).write_text(text, encoding="utf-8", newline="")
        os.chmod(temp, 0o755)
        if target.exists():
            old = parent / f".{target.name}.old-{os.getpid()}"
            os.replace(target, old)
        os.replace(temp, target)
    except OSError as error:
        shutil.rmtree(temp, ignore_errors=True)
        if old is not None and not target.exists():
            os.replace(old, target)
        raise ExportError(
            QT_TRANSLATE_NOOP("Errors", "The web barometer could not be written to {target}: {reason}"),
            target=str(target), reason=error.strerror or str(error),
        ) from error
    if old is not None:
        shutil.rmtree(old, ignore_errors=True)
    return target

