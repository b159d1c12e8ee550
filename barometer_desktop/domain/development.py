"""How an indicator developed, and what that means for its goal.

There are no numeric targets: an indicator improves or worsens relative to
its desired direction. Following national barometers, values are compared as
published (rounded to the indicator's decimals), so the verdict always agrees
with the figures the reader sees.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass

from .formatting import round_decimal
from .periods import Period
from .significance import SignificanceTest, difference_z_test, two_proportion_z_test
from .types import (
    DEFAULT_STATUS_WINDOW,
    ComparisonBasis,
    Direction,
    GoalStatus,
    SignificancePolicy,
    Trend,
    Unit,
)


@dataclass(frozen=True)
class Measurement:
    period: Period
    value: float
    sample_size: int | None = None
    std_error: float | None = None
    # Preliminary figures may still be revised by the provider.
    provisional: bool = False


@dataclass(frozen=True)
class IndicatorRule:
    """What assess_development needs to know about an indicator."""

    code: str
    direction: Direction
    decimals: int
    unit: Unit
    survey: bool = False


@dataclass(frozen=True)
class Development:
    # The status value: the newest yearly value within the status window.
    current: Measurement | None
    reference: Measurement | None
    # current - reference of the *rounded* values; None unless both exist.
    change: float | None
    trend: Trend
    significance: SignificanceTest | None
    # True when a survey indicator's change is not statistically significant.
    # Under SignificancePolicy.AS_UNCHANGED its trend is then UNCHANGED;
    # under MARKED it keeps its direction and is shown "not significant".
    within_uncertainty: bool
    # True when a survey indicator's rounded values differ but no test was
    # possible (a sample size or standard error is missing on either side):
    # the change may or may not be real, and readers should be told so.
    significance_unknown: bool = False

    @property
    def status_year(self) -> int | None:
        """The year of the value the verdict is about (may be before the report year)."""
        return self.current.period.year if self.current is not None else None

    @property
    def provisional(self) -> bool:
        """The verdict rests on a provisional figure (either side) and may change."""
        return any(m is not None and m.provisional for m in (self.current, self.reference))


def assess_development(
    rule: IndicatorRule,
    measurements: Iterable[Measurement],
    report_year: int,
    basis: ComparisonBasis = ComparisonBasis.PREVIOUS,
    baseline_year: int | None = None,
    *,
    window: int = DEFAULT_STATUS_WINDOW,
    significance_policy: SignificancePolicy = SignificancePolicy.AS_UNCHANGED,
) -> Development:
    """Judge an indicator's status value against the previous or the baseline year.

    The status value is the newest yearly measurement from the report year
    or up to ``window`` years before it (register data lag one or two
    years, so one report mixes status years). Only yearly measurements count
    (monthly/quarterly values are for committees' own follow-up). If a year
    occurs twice, the later one in ``measurements`` wins.

    * No value in the window, or nothing to compare with (no earlier year,
      or no value for the baseline year, or a baseline year not before the
      status year): Trend.NO_DATA with change None. The measurements found
      are still returned, so the UI can show them.
    * Direction none: Trend.NO_DIRECTION (the change is still given).
    * Rounded (published) values equal: Trend.UNCHANGED.
    * A survey change inside the 95 % margin of error: Trend.UNCHANGED under
      SignificancePolicy.AS_UNCHANGED; its direction under MARKED.
    * Otherwise improved or worsened according to the direction.

    Significance is only tested for survey indicators whose rounded values
    differ: a share with sample sizes on both sides gets the two-proportion
    test, otherwise standard errors on both sides give a difference test.
    When neither is possible, ``significance_unknown`` says so.
    """
    if window < 0:
        raise ValueError(f"the status window must be 0 or more years, got {window}")
    yearly = {m.period.year: m for m in measurements if m.period.is_year}
    first_year = report_year - window
    status_year = max((year for year in yearly if first_year <= year <= report_year), default=None)
    current = yearly[status_year] if status_year is not None else None
    reference = _reference(yearly, status_year if status_year is not None else report_year, basis, baseline_year)

    if current is None or reference is None:
        return Development(current, reference, None, Trend.NO_DATA, None, False)

    # Subtract the published (rounded) figures exactly, so 12.3 - 12.1 is 0.2.
    published_current = round_decimal(current.value, rule.decimals)
    published_reference = round_decimal(reference.value, rule.decimals)
    change = float(published_current - published_reference)
    # Printed as the same figure (see formatting.rounded_equal).
    unchanged = published_current == published_reference
    significance = None if unchanged or not rule.survey else _test(rule, reference, current)
    within_uncertainty = significance is not None and not significance.significant
    significance_unknown = rule.survey and not unchanged and significance is None

    if rule.direction == Direction.NONE:
        trend = Trend.NO_DIRECTION
    elif unchanged or (within_uncertainty and significance_policy == SignificancePolicy.AS_UNCHANGED):
        trend = Trend.UNCHANGED
    elif (change > 0) == (rule.direction == Direction.HIGHER):
        trend = Trend.IMPROVED
    else:
        trend = Trend.WORSENED
    return Development(current, reference, change, trend, significance, within_uncertainty, significance_unknown)


def _reference(
    yearly: dict[int, Measurement],
    status_year: int,
    basis: ComparisonBasis,
    baseline_year: int | None,
) -> Measurement | None:
    if basis == ComparisonBasis.BASELINE:
        if baseline_year is None:
            raise ValueError("a baseline comparison needs a baseline_year")
        if baseline_year >= status_year:
            return None
        return yearly.get(baseline_year)
    earlier = [year for year in yearly if year < status_year]
    return yearly[max(earlier)] if earlier else None


def _test(
    rule: IndicatorRule, reference: Measurement, current: Measurement
) -> SignificanceTest | None:
    # Test the unrounded values: rounding only decides what counts as a change.
    if (
        rule.unit == Unit.PERCENT
        and reference.sample_size
        and current.sample_size
    ):
        return two_proportion_z_test(
            reference.value, reference.sample_size, current.value, current.sample_size
        )
    if reference.std_error is not None and current.std_error is not None:
        return difference_z_test(
            reference.value, reference.std_error, current.value, current.std_error
        )
    return None


_IGNORED_IN_GOAL = (Trend.NO_DIRECTION, Trend.NO_DATA)


def goal_status(trends: Iterable[Trend]) -> GoalStatus:
    """Combine a goal's indicator trends (the rule the texts of labels.rule_sentences state).

    Context indicators (no direction) and indicators without data do not
    vote. All voters agree: that status; a strict majority (more than half of
    the voters): the majority's; otherwise mixed. With no voters: no_direction
    if any indicator was a context indicator, else no_data.
    """
    all_trends = [t if isinstance(t, Trend) else Trend(t) for t in trends]
    votes = Counter(t for t in all_trends if t not in _IGNORED_IN_GOAL)
    if not votes:
        if Trend.NO_DIRECTION in all_trends:
            return GoalStatus.NO_DIRECTION
        return GoalStatus.NO_DATA
    leader, leader_votes = max(votes.items(), key=lambda item: item[1])
    if leader_votes * 2 > sum(votes.values()):
        return GoalStatus(leader.value)
    return GoalStatus.MIXED
