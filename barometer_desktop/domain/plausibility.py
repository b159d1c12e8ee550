"""Is a new value plausible given the indicator's own history?

A typing slip (150 for 105,3 on an index) is accepted by every range check.
The app warns, never refuses: a real break in a series happens. How far is
too far is read from the series itself, not fixed per unit: an index moving a
point a year and a share moving ten points a year need different thresholds.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

# The largest year-to-year change seen, times this, is still plausible.
_SPREAD_FACTOR = 3.0
# A flat series would otherwise question every change; this share of the
# previous value is always plausible.
_FLOOR_SHARE = 0.05
# With fewer earlier values there is no pattern to judge by.
MIN_HISTORY = 3


@dataclass(frozen=True)
class Jump:
    previous: float  # the value the new one is compared with
    threshold: float  # a change up to this size would not have been questioned


def jump_threshold(history: Sequence[float]) -> float | None:
    """How far from the last value a new one may lie; None with too little history."""
    if len(history) < MIN_HISTORY:
        return None
    changes = [abs(later - earlier) for earlier, later in zip(history, history[1:])]
    return max(_SPREAD_FACTOR * max(changes), _FLOOR_SHARE * abs(history[-1]))


def implausible_jump(history: Sequence[float], value: float) -> Jump | None:
    """The jump to question when `value` follows `history` (earlier values, oldest first)."""
    threshold = jump_threshold(history)
    if threshold is None or abs(value - history[-1]) <= threshold:
        return None
    return Jump(previous=history[-1], threshold=threshold)
