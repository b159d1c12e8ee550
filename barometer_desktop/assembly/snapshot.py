"""The barometer for one report year, assembled once and read by every output.

The overview screen, the PDF status report and the public web export all
present a `BarometerSnapshot`; none of them queries the database or applies
a domain rule of its own. A final report edition stores the snapshot, so it
can be produced again unchanged years later. Plain data only: no Qt, no SQL.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

from barometer_desktop.domain.development import Development
from barometer_desktop.domain.followup import DecisionCandidate
from barometer_desktop.domain.missing_data import MissingItem
from barometer_desktop.domain.types import ComparisonBasis, GoalStatus, Trend


@dataclass(frozen=True)
class SeriesPoint:
    period: str  # canonical period text: "2011", "2011K1", "2011M03"
    position: float  # decimal-year position on a shared time axis
    value: float
    sample_size: int | None = None
    std_error: float | None = None
    ci_low: float | None = None  # 95 % confidence interval, survey values only
    ci_high: float | None = None
    provisional: bool = False
    note: str = ""
    note_is_public: bool = False


@dataclass(frozen=True)
class AreaSeries:
    area_code: str
    area_name: str
    is_main: bool
    points: tuple[SeriesPoint, ...]

    def yearly(self) -> tuple[SeriesPoint, ...]:
        return tuple(p for p in self.points if p.period.isdigit())


@dataclass(frozen=True)
class IndicatorView:
    id: int
    code: str
    name: str
    definition: str
    unit: str
    decimals: int
    direction: str
    is_headline: bool
    is_active: bool
    is_survey: bool
    data_source: str
    provider: str
    frequency: str
    release_month: int | None
    population_note: str
    development: Development  # the main area's development in the report year
    national_value: float | None  # the country's value in the report year
    national_trend: Trend  # the country's development, for comparison
    series: tuple[AreaSeries, ...]  # main area first, then the country, then others
    assessment: str = ""
    assessment_is_public: bool = True
    # The main area's newest yearly value up to the report year (the report
    # year's own value when there is one), so every output shows the same.
    latest: SeriesPoint | None = None
    # False when no value is expected for the report year: a biennial
    # indicator measured the year before.
    due_in_report_year: bool = True

    @property
    def trend(self) -> Trend:
        return self.development.trend

    @property
    def not_measured(self) -> bool:
        """Not measured in the report year by design; `latest` is the value to show."""
        return not self.due_in_report_year and self.development.current is None and self.latest is not None


@dataclass(frozen=True)
class GoalView:
    number: int
    title: str
    focus_area_title: str
    status: GoalStatus
    indicators: tuple[IndicatorView, ...]  # headline first

    @property
    def headline(self) -> IndicatorView | None:
        return next((i for i in self.indicators if i.is_headline), None)


@dataclass(frozen=True)
class PlanGoalLine:
    text: str
    status: str | None  # FollowUpStatus value, or None when nothing is recorded
    note: str = ""


@dataclass(frozen=True)
class DecisionLine:
    """BIU's recorded decision about a committee for the year."""

    supplementary_report: bool
    plan_revision: bool
    reason: str  # missing_follow_up | indicator_worsened | other
    status: str  # confirmed | dismissed
    decided_on: date | None
    recommendation: str


@dataclass(frozen=True)
class CommitteeView:
    short_name: str
    name: str
    report_received: date | None
    report_link: str
    report_missing: bool  # not received and the deadline has passed
    lacking: tuple[PlanGoalLine, ...]  # goals marked "not followed up" (domain.followup.missing_follow_up)
    partly: tuple[PlanGoalLine, ...]
    decision: DecisionLine | None = None
    candidate: DecisionCandidate | None = None  # proposed by the rules, not yet decided
    # Goals with nothing recorded although the report arrived: the secretariat's
    # gap, kept apart from "not followed up" in every output.
    not_recorded: tuple[PlanGoalLine, ...] = ()
    report_late: bool = False  # received after the deadline


@dataclass(frozen=True)
class ChecklistItem:
    """One kind of gap in the report year (assembly.checklist decides them)."""

    kind: str  # assembly.checklist's constants
    details: tuple[str, ...]  # what exactly, e.g. "6.1 København 2013"

    @property
    def count(self) -> int:
        return len(self.details)


@dataclass(frozen=True)
class BarometerSnapshot:
    report_year: int
    prepared_on: date
    organisation: str
    is_demo: bool
    basis: ComparisonBasis
    baseline_year: int | None
    follow_up_deadline: date
    goals: tuple[GoalView, ...]
    committees: tuple[CommitteeView, ...]
    missing_data: tuple[MissingItem, ...]
    areas: tuple[str, ...] = field(default=())  # area names available for comparison
    # A final edition's checklist, as confirmed when it was made (None: a
    # draft, or an edition made before editions kept one).
    data_status: tuple[ChecklistItem, ...] | None = None

    def main_area_has_values(self) -> bool:
        """Whether the main area has any value (of any period) in the report year.

        A report of a year without a single value would only say "no data"
        everywhere; the report refuses such a year.
        """
        year = str(self.report_year)
        return any(
            point.period.startswith(year)
            for goal in self.goals
            for indicator in goal.indicators
            for series in indicator.series
            if series.is_main
            for point in series.points
        )

    def trend_counts(self) -> dict[Trend, int]:
        """Goals by their headline indicator's trend (the summary's count line)."""
        counts = {trend: 0 for trend in Trend}
        for goal in self.goals:
            if goal.headline is not None:
                counts[goal.headline.trend] += 1
        return counts
