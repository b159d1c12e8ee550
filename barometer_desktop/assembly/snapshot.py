"""The barometer for one report year, assembled once and read by every output.

The overview screen, the PDF status report and the public web export all
present a `BarometerSnapshot`; none of them queries the database or applies
a domain rule of its own. A final report edition stores the snapshot, so it
can be produced again unchanged years later. Plain data only: no Qt, no SQL.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

from barometer_desktop.domain.development import Development, Measurement
from barometer_desktop.domain.follow_up_rules import DecisionCandidate
from barometer_desktop.domain.indicators import IndicatorDefinition, ReadsDefinition
from barometer_desktop.domain.missing_data import MissingItem
from barometer_desktop.domain.periods import Period
from barometer_desktop.domain.types import (
    ComparisonBasis,
    DecisionReason,
    DecisionStatus,
    FollowUpStatus,
    GoalStatus,
    SignificancePolicy,
    Trend,
)


@dataclass(frozen=True)
class SeriesPoint:
    period: Period  # a year, quarter or month
    position: float  # decimal-year position on a shared time axis
    value: float
    sample_size: int | None = None
    std_error: float | None = None
    ci_low: float | None = None  # 95 % confidence interval, survey values only
    ci_high: float | None = None
    provisional: bool = False
    note: str = ""
    note_is_public: bool = False
    # The day the value was last stored (entered or changed): the web's "last updated".
    # None in editions stored before it existed.
    changed_on: date | None = None


@dataclass(frozen=True)
class AreaSeries:
    area_code: str
    area_name: str
    is_main: bool
    points: tuple[SeriesPoint, ...]
    is_country: bool = False

    def yearly(self) -> tuple[SeriesPoint, ...]:
        return tuple(p for p in self.points if p.period.is_year)


@dataclass(frozen=True)
class AreaVerdict:
    """One area's development of one indicator, by the same rule as the main area's."""

    area_code: str
    area_name: str
    is_main: bool
    is_country: bool
    development: Development

    @property
    def trend(self) -> Trend:
        return self.development.trend


@dataclass(frozen=True)
class AreaStatus:
    """One area's goal status (the same majority rule as the main area's)."""

    area_name: str
    is_main: bool
    is_country: bool
    status: GoalStatus


@dataclass(frozen=True)
class IndicatorView(ReadsDefinition):
    """One indicator in the report year: what it is (its definition, held, not copied;
    `view.code` reads `view.indicator.code`) and what the year's assessment computed."""

    indicator: IndicatorDefinition
    id: int
    development: Development  # the main area's verdict: its status value within the window
    national_value: float | None  # the country's status value
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
    # Every area with data, by the same rule: main area, country, then the others.
    verdicts: tuple[AreaVerdict, ...] = ()
    # The main area's verdict on final values only: what the public web shows.
    # None in editions stored before it existed (then `development` is used).
    published: Development | None = None

    @property
    def trend(self) -> Trend:
        return self.development.trend

    @property
    def national(self) -> AreaVerdict | None:
        return next((v for v in self.verdicts if v.is_country), None)

    @property
    def published_development(self) -> Development:
        return self.published if self.published is not None else self.development

    @property
    def shown_value(self) -> SeriesPoint | Measurement | None:
        """The value every output shows: the status value, else the latest older one (with its year)."""
        return self.development.current or self.latest

    @property
    def not_measured(self) -> bool:
        """Nothing falls in the status window, but an older value exists (`latest`, shown with its year)."""
        return self.development.current is None and self.latest is not None


@dataclass(frozen=True)
class GoalView:
    number: int
    title: str
    focus_area_title: str
    status: GoalStatus
    indicators: tuple[IndicatorView, ...]  # headline first
    # The goal status on final values only (the public web's); None in older editions.
    published_status: GoalStatus | None = None
    # Every area's goal status by the same rule (main area, country, the others).
    area_statuses: tuple[AreaStatus, ...] = ()

    @property
    def provisional(self) -> bool:
        """The goal's status rests on at least one provisional figure."""
        return any(i.development.provisional for i in self.indicators if i.is_active)

    @property
    def public_status(self) -> GoalStatus:
        return self.published_status if self.published_status is not None else self.status

    @property
    def headline(self) -> IndicatorView | None:
        return next((i for i in self.indicators if i.is_headline), None)


@dataclass(frozen=True)
class PlanGoalLine:
    text: str
    status: FollowUpStatus | None  # None: nothing is recorded
    note: str = ""


@dataclass(frozen=True)
class DecisionLine:
    """BIU's recorded decision about a committee for the year."""

    supplementary_report: bool
    plan_revision: bool
    reason: DecisionReason
    status: DecisionStatus
    decided_on: date | None
    recommendation: str


@dataclass(frozen=True)
class CommitteeView:
    short_name: str
    name: str
    report_received: date | None
    report_link: str
    report_missing: bool  # not received and the deadline has passed
    lacking: tuple[PlanGoalLine, ...]  # goals marked "not followed up" (domain.follow_up_rules.missing_follow_up)
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
    # The rest of the rule the verdicts were made by (shared settings; assemble always sets them).
    # The defaults are the rule of final editions stored before these settings existed: a
    # non-significant change kept its direction, and only the report year's own value counted.
    significance_policy: SignificancePolicy = SignificancePolicy.MARKED
    status_window: int = 0
    main_area_name: str = ""

    def main_area_has_values(self) -> bool:
        """Whether at least one goal has a status value for the main area.

        A report without a single value in the status window would only say
        "no data" everywhere; the report refuses such a year.
        """
        return any(i.development.current is not None for goal in self.goals for i in goal.indicators)

    def status_counts(self, *, published: bool = False) -> dict[GoalStatus, int]:
        """Goals by goal status: the one count every output shows (summary, overview, web).

        `published`: the statuses on final values only, as the public web shows them.
        """
        counts = {status: 0 for status in GoalStatus}
        for goal in self.goals:
            counts[goal.public_status if published else goal.status] += 1
        return counts

    def goals_awaiting_final(self) -> int:
        """Goals whose status rests on provisional figures (the web waits for the final ones)."""
        return sum(1 for goal in self.goals if goal.provisional)
