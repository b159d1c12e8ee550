"""The report's words: verdicts, units, frequencies and reasons in the report language.

All report text is English source text passed to `translate("Report", ...)`
(this module's, which pyside6-lupdate collects like Qt's), so the report
follows the catalogue the GUI uses. The language is the one of the report
being built (`report_language`, i.e. `i18n.output_language`), held in a
context variable so a build in a worker thread never changes the language of
anything else. The verdict marks
pair a symbol with a word, so they read in black-and-white print too.
"""

from __future__ import annotations

from barometer_desktop import i18n
from barometer_desktop.domain.types import TREND_SYMBOLS, Frequency, GoalStatus, Trend, Unit
from barometer_desktop.i18n import translate

# The report's names for the shared mechanism (callers and tests use them).
report_language = i18n.output_language
language = i18n.output_language_now

__all__ = ["TREND_SYMBOLS", "language", "report_language", "translate"]


def trend_word(trend: str) -> str:
    words = {
        Trend.IMPROVED: translate("Report", "Improved"),
        Trend.WORSENED: translate("Report", "Worsened"),
        Trend.UNCHANGED: translate("Report", "Unchanged"),
        Trend.NO_DIRECTION: translate("Report", "Context indicator"),
        Trend.NO_DATA: translate("Report", "No data"),
    }
    return words[Trend(trend)]


def trend_mark(trend: str) -> str:
    return f"{TREND_SYMBOLS[trend]} {trend_word(trend)}"


def not_measured_mark(year: int) -> str:
    """The development of an indicator not due in `year` (measured every second year)."""
    return f"{TREND_SYMBOLS['no_data']} " + translate("Report", "Not measured in {year}").format(year=year)


def status_mark(status: str) -> str:
    words = {
        GoalStatus.IMPROVED: translate("Report", "Improved"),
        GoalStatus.WORSENED: translate("Report", "Worsened"),
        GoalStatus.UNCHANGED: translate("Report", "Unchanged"),
        GoalStatus.MIXED: translate("Report", "Mixed"),
        GoalStatus.NO_DIRECTION: translate("Report", "Context only"),
        GoalStatus.NO_DATA: translate("Report", "No data"),
    }
    return f"{TREND_SYMBOLS[status]} {words[GoalStatus(status)]}"


def unit_name(unit: str) -> str:
    return {
        Unit.PERCENT: translate("Report", "Percent"),
        Unit.PERCENTAGE_POINTS: translate("Report", "Percentage points"),
        Unit.GRADE: translate("Report", "Grade (7-point scale)"),
        Unit.INDEX: translate("Report", "Index"),
        Unit.COUNT: translate("Report", "Count"),
    }[Unit(unit)]


def frequency_name(frequency: str) -> str:
    return {
        Frequency.MONTHLY: translate("Report", "Monthly"),
        Frequency.QUARTERLY: translate("Report", "Quarterly"),
        Frequency.YEARLY: translate("Report", "Yearly"),
        Frequency.BIENNIAL: translate("Report", "Every second year"),
    }[Frequency(frequency)]


def direction_name(direction: str) -> str:
    return {
        "higher": translate("Report", "Higher is better"),
        "lower": translate("Report", "Lower is better"),
        "none": translate("Report", "No direction (context indicator)"),
    }[direction]


def reason_name(reason: str) -> str:
    return {
        "missing_follow_up": translate("Report", "missing follow-up"),
        "indicator_worsened": translate("Report", "an indicator went the wrong way"),
        "other": translate("Report", "other reason"),
    }.get(reason, reason)


def month_name(month: int) -> str:
    names = (
        translate("Report", "January"), translate("Report", "February"),
        translate("Report", "March"), translate("Report", "April"),
        translate("Report", "May"), translate("Report", "June"),
        translate("Report", "July"), translate("Report", "August"),
        translate("Report", "September"), translate("Report", "October"),
        translate("Report", "November"), translate("Report", "December"),
    )
    return names[month - 1]
