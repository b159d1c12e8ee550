"""What the public may see: final values, public notes and public assessments.

The snapshot also holds provisional values, internal notes and the
secretariat's unpublished assessments; the web pages are built from the
filtered view below, so no page template can show them by mistake.
"""

from __future__ import annotations

from dataclasses import dataclass

from barometer_desktop.assembly.snapshot import BarometerSnapshot, GoalView, IndicatorView, SeriesPoint
from barometer_desktop.domain.development import Development
from barometer_desktop.domain.indicators import IndicatorDefinition, ReadsDefinition
from barometer_desktop.domain.types import GoalStatus, Trend


@dataclass(frozen=True)
class PublicPoint:
    year: int
    value: float
    note: str  # public notes only


@dataclass(frozen=True)
class PublicSeries:
    area_name: str
    is_main: bool
    is_country: bool
    points: tuple[PublicPoint, ...]


@dataclass(frozen=True)
class PublicIndicator(ReadsDefinition):
    """What the public sees of an indicator: its definition (held; `indicator.code`
    reads through) and its verdict and values on final figures."""

    indicator: IndicatorDefinition
    latest: PublicPoint | None  # the main area's status value (final), else its newest final value
    national: PublicPoint | None  # the country's final status value
    national_trend: Trend  # the country's verdict on final values, by the same rule
    change: float | None
    development: Development  # the snapshot's verdict on final values only
    assessment: str  # public assessments only
    series: tuple[PublicSeries, ...]
    # Nothing final falls in the status window: `latest` is older.
    not_measured: bool = False

    @property
    def trend(self) -> Trend:
        return self.development.trend

    @property
    def within_uncertainty(self) -> bool:
        return self.development.within_uncertainty


@dataclass(frozen=True)
class PublicGoal:
    number: int
    title: str
    focus_area_title: str
    status: GoalStatus  # on final values, as the snapshot assessed it
    indicators: tuple[PublicIndicator, ...]

    @property
    def headline(self) -> PublicIndicator | None:
        return next((i for i in self.indicators if i.is_headline), self.indicators[0] if self.indicators else None)


def _final_yearly(points: tuple[SeriesPoint, ...]) -> tuple[PublicPoint, ...]:
    # The snapshot holds nothing after its report year.
    return tuple(
        PublicPoint(p.period.year, p.value, p.note if p.note_is_public else "")
        for p in points
        if p.period.is_year and not p.provisional
    )


def _indicator(view: IndicatorView) -> PublicIndicator:
    """The public part of an indicator; its verdict is the snapshot's on final values (never recomputed)."""
    series = tuple(
        PublicSeries(s.area_name, s.is_main, s.is_country, _final_yearly(s.points)) for s in view.series
    )
    main = next((s for s in series if s.is_main), None)
    development = view.published_development
    by_year = {p.year: p for p in main.points} if main else {}
    if development.current is not None:
        latest = by_year.get(development.current.period.year)
    else:
        latest = main.points[-1] if main and main.points else None
    national_verdict = view.national
    national = None
    national_trend = Trend.NO_DATA
    country = next((s for s in series if s.is_country), None)
    if national_verdict is not None and country is not None:
        current = national_verdict.development.current
        # The country's verdict is shown only when it rests on final figures.
        if current is not None and not national_verdict.development.provisional:
            national = next((p for p in country.points if p.year == current.period.year), None)
            national_trend = national_verdict.trend
    return PublicIndicator(
        indicator=view.indicator,
        latest=latest,
        national=national,
        national_trend=national_trend,
        change=development.change,
        development=development,
        assessment=view.assessment if view.assessment_is_public else "",
        series=series,
        not_measured=development.current is None and latest is not None,
    )


def public_goals(snapshot: BarometerSnapshot) -> tuple[PublicGoal, ...]:
    return tuple(
        PublicGoal(
            goal.number,
            goal.title,
            goal.focus_area_title,
            goal.public_status,
            tuple(_indicator(i) for i in goal.indicators if i.is_active),
        )
        for goal in snapshot.goals
    )


def goal_file(goal: GoalView | PublicGoal) -> str:
    return f"maal-{goal.number}.html"
