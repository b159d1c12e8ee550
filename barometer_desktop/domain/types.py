"""Shared vocabulary of the barometer: directions, units, frequencies, verdicts.

The enum values are the lowercase strings stored in the database and used as
translation keys by the UI, so they must never change once released.
"""

from __future__ import annotations

import math
from enum import StrEnum


class Direction(StrEnum):
    """Which way an indicator should move to count as progress."""

    HIGHER = "higher"
    LOWER = "lower"
    # A context indicator: it is reported, but no direction is "better".
    NONE = "none"


class Unit(StrEnum):
    PERCENT = "percent"
    # Differences between two percentages, e.g. excess unemployment.
    PERCENTAGE_POINTS = "percentage_points"
    # The Danish 7-point grading scale (-3, 00, 02, 4, 7, 10, 12); averages fall between.
    GRADE = "grade"
    INDEX = "index"
    COUNT = "count"


class Frequency(StrEnum):
    MONTHLY = "monthly"
    QUARTERLY = "quarterly"
    YEARLY = "yearly"
    # E.g. the staff well-being survey, run every second year.
    BIENNIAL = "biennial"


class Trend(StrEnum):
    """Verdict on one indicator's development."""

    IMPROVED = "improved"
    WORSENED = "worsened"
    UNCHANGED = "unchanged"
    NO_DIRECTION = "no_direction"
    NO_DATA = "no_data"


class GoalStatus(StrEnum):
    """Verdict on a goal, combined from its indicators' trends."""

    IMPROVED = "improved"
    WORSENED = "worsened"
    UNCHANGED = "unchanged"
    MIXED = "mixed"
    NO_DIRECTION = "no_direction"
    NO_DATA = "no_data"


# The one set of development symbols used by the app, the PDF report, the web
# pages and the user guide. Shapes that differ in black and white, so a verdict
# reads without colour: up, down, circle, half circle, diamond, dash. Keyed by
# the Trend / GoalStatus values (the two share their values).
TREND_SYMBOLS: dict[str, str] = {
    "improved": "▲",
    "worsened": "▼",
    "unchanged": "●",
    "mixed": "◐",
    "no_direction": "◆",  # a context indicator: no desired direction
    "no_data": "–",
}


class FollowUpStatus(StrEnum):
    """Whether a committee's integration report followed up on an action-plan goal."""

    FOLLOWED_UP = "followed_up"
    PARTLY = "partly"
    NOT_FOLLOWED_UP = "not_followed_up"


class ComparisonBasis(StrEnum):
    PREVIOUS = "previous"
    BASELINE = "baseline"


class SignificancePolicy(StrEnum):
    """What a survey change inside the 95 % margin of error counts as (a shared setting)."""

    # The change may be noise: the verdict is "unchanged" (the default).
    AS_UNCHANGED = "unchanged"
    # The verdict keeps its direction and is marked "not significant".
    MARKED = "marked"


# How many years old an indicator's latest value may be and still be the
# report year's status value (register data lag one or two years).
DEFAULT_STATUS_WINDOW = 2


# Plausible value ranges, used to catch typing errors on entry. None = open end.
# Index and percentage points can legitimately be negative or above 100.
UNIT_RANGES: dict[Unit, tuple[float | None, float | None]] = {
    Unit.PERCENT: (0.0, 100.0),
    Unit.PERCENTAGE_POINTS: (None, None),
    Unit.GRADE: (-3.0, 12.0),
    Unit.INDEX: (None, None),
    Unit.COUNT: (0.0, None),
}


def _plain(bound: float) -> str:
    # "0" and "100" read better than "0.0" and "100.0" in a message.
    return str(int(bound)) if float(bound).is_integer() else str(bound)


def value_range_error(unit: Unit, value: float) -> str | None:
    """Say why ``value`` is implausible for ``unit``, or None when it is fine.

    The message is short English; the UI uses it as a translation key.
    """
    if math.isnan(value) or math.isinf(value):
        return "must be a finite number"
    low, high = UNIT_RANGES[Unit(unit)]
    if low is not None and high is not None:
        if not low <= value <= high:
            return f"must be between {_plain(low)} and {_plain(high)}"
    elif low is not None and value < low:
        return f"must be at least {_plain(low)}"
    elif high is not None and value > high:
        return f"must be at most {_plain(high)}"
    if unit == Unit.COUNT and not float(value).is_integer():
        return "must be a whole number"
    return None
