"""The report's own words (reasons, months) and the language the report is built in.

All report text is English source text passed to `translate("Report", ...)`
(this module's, which pyside6-lupdate collects like Qt's), so the report
follows the catalogue the GUI uses. The language is the one of the report
being built (`report_language`, i.e. `i18n.output_language`), held in a
context variable so a build in a worker thread never changes the language of
anything else. The verdict marks
pair a symbol with a word, so they read in black-and-white print too.
"""

from __future__ import annotations

from typing import Protocol

from barometer_desktop import i18n, labels
from barometer_desktop.domain.types import TREND_SYMBOLS
from barometer_desktop.i18n import translate
from barometer_desktop.labels import (
    direction_name,
    frequency_name,
    not_measured_mark,
    unit_name,
    verdict_mark,
)

# The report's names for the shared mechanism (callers and tests use them).
report_language = i18n.output_language
language = i18n.output_language_now

# The enums' words live in barometer_desktop.labels (one place for the app, report and web).
__all__ = [
    "DANISH_END", "DANISH_START", "TREND_SYMBOLS", "area_label", "danish", "direction_name", "frequency_name",
    "language",
    "not_measured_mark", "report_language", "translate", "unit_name", "verdict_mark",
]

# The municipality's own words (area, committee and goal names, the policy's titles, indicator
# texts) are Danish also in the English report. There they are marked, so a screen reader reads
# them in Danish (PDF/UA: Lang on the text; WCAG 3.1.2). The marks are private-use characters that
# survive str.format; report/tables.py turns them into language spans when it makes a paragraph.
DANISH_START, DANISH_END = "\ue000", "\ue001"


def danish(text: str) -> str:
    """``text`` marked as Danish when the report being built is in another language."""
    if not text or language() == "da":
        return text
    return f"{DANISH_START}{text}{DANISH_END}"


class ShownArea(Protocol):
    """An area as the snapshot names it (AreaSeries, AreaVerdict, AreaStatus)."""

    @property
    def area_name(self) -> str: ...
    @property
    def is_country(self) -> bool: ...


def area_label(area: ShownArea) -> str:
    """The area's name in the report: the whole country in the report's language (the window's
    word, labels.area_name), any other area by its own name, marked as Danish."""
    if area.is_country:
        return labels.area_name(area.area_name, True)
    return danish(area.area_name)
