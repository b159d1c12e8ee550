"""Shared vocabulary of the barometer: directions, units, frequencies, verdicts.

The enum values are the lowercase strings stored in the database and used as
translation keys by the UI, so they must never change once released.
"""

from __future__ import annotations

import math
from dataclasses import dataclass
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


class DecisionReason(StrEnum):
    """Why BIU asks a committee for more after the status report."""

    MISSING_FOLLOW_UP = "missing_follow_up"
    INDICATOR_WORSENED = "indicator_worsened"
    OTHER = "other"


class DecisionStatus(StrEnum):
    """Whether the secretariat confirmed BIU's decision about a committee or dismissed the proposal."""

    CONFIRMED = "confirmed"
    DISMISSED = "dismissed"


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


class RangeProblem(StrEnum):
    """Why a value cannot be right for its unit (ValueRange.problem)."""

    NOT_FINITE = "not_finite"
    OUTSIDE = "outside"  # below `low` or above `high` when both are set
    TOO_LOW = "too_low"  # below `low`, no upper end
    TOO_HIGH = "too_high"  # above `high`, no lower end
    TOO_LARGE = "too_large"  # beyond MAX_MAGNITUDE where the unit has no end of its own
    NOT_WHOLE = "not_whole"


@dataclass(frozen=True)
class ValueRange:
    """The values a unit accepts: the one rule for the entry grid, the import and every save.

    Plausible ranges, to catch typing errors on entry; None is an open end. Index
    and percentage points can legitimately be negative or above 100.
    """

    low: float | None
    high: float | None
    whole: bool = False

    def problem(self, value: float) -> RangeProblem | None:
        if not math.isfinite(value):
            return RangeProblem.NOT_FINITE
        if (self.low is not None and value < self.low) or (self.high is not None and value > self.high):
            if self.low is not None and self.high is not None:
                return RangeProblem.OUTSIDE
            return RangeProblem.TOO_LOW if self.low is not None else RangeProblem.TOO_HIGH
        if abs(value) > MAX_MAGNITUDE:
            return RangeProblem.TOO_LARGE
        if self.whole and not float(value).is_integer():
            return RangeProblem.NOT_WHOLE
        return None

    def bounds(self) -> tuple[float, float]:
        """(low, high) with open ends at -MAX_MAGNITUDE and MAX_MAGNITUDE, for a quick check of many values."""
        return (-MAX_MAGNITUDE if self.low is None else self.low, MAX_MAGNITUDE if self.high is None else self.high)


# No barometer figure is this large (a count of people, kroner per person, an
# index). The bound keeps a typing error or a file's 10^22 from being stored:
# such a number cannot be rounded exactly to the indicator's decimals, and
# would break every screen and report that shows it.
MAX_MAGNITUDE = 1e12


VALUE_RANGES: dict[Unit, ValueRange] = {
    Unit.PERCENT: ValueRange(0.0, 100.0),
    Unit.PERCENTAGE_POINTS: ValueRange(None, None),
    Unit.GRADE: ValueRange(-3.0, 12.0),
    Unit.INDEX: ValueRange(None, None),
    Unit.COUNT: ValueRange(0.0, None, whole=True),
}


def value_range(unit: Unit | str) -> ValueRange:
    return VALUE_RANGES[Unit(unit)]


# A sample is at most a whole population; the bound also keeps a typing
# error (or a hostile file's 10^30) out of the database's integer column.
MAX_SAMPLE_SIZE = 1_000_000_000


def is_sample_size(n: float) -> bool:
    """A plausible sample size: a whole number from 1 to MAX_SAMPLE_SIZE."""
    return not isinstance(n, bool) and math.isfinite(n) and float(n).is_integer() and 1 <= n <= MAX_SAMPLE_SIZE
