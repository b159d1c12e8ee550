"""What the public may see: final values, public notes and public assessments.

The snapshot also holds provisional values, internal notes and the
secretariat's unpublished assessments; the web pages are built from the
filtered view below, so no page template can show them by mistake.
"""

from __future__ import annotations

from dataclasses import dataclass

from barometer_desktop.assembly.snapshot import BarometerSnapshot, GoalView, IndicatorView, SeriesPoint
from barometer_desktop.domain.types import Trend


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
class PublicIndicator:
    code: str
    name: str
    definition: str
    unit: str
    decimals: int
    direction: str
    is_headline: bool
    data_source: str
    provider: str
    population_note: str
    latest: PublicPoint | None  # the main area's newest final value up to the report year
    national: PublicPoint | None  # the country's value for the same year
    change: float | None
    trend: Trend
    within_uncertainty: bool
    assessment: str  # public assessments only
    series: tuple[PublicSeries, ...]
    # Not due in the report year (a biennial indicator): `latest` is the year before.
    not_measured: bool = False


@dataclass(frozen=True)
class PublicGoal:
    number: int
    title: str
    focus_area_title: str
    indicators: tuple[PublicIndicator, ...]

    @property
    def headline(self) -> PublicIndicator | None:
        return next((i for i in self.indicators if i.is_headline), self.indicators[0] if self.indicators else None)


def _final_yearly(points: tuple[SeriesPoint, ...], report_year: int) -> tuple[PublicPoint, ...]:
    return tuple(
        PublicPoint(int(p.period), p.value, p.note if p.note_is_public else "")
        for p in points
        if p.period.isdigit() and not p.provisional and int(p.period) <= report_year
    )


def _indicator(view: IndicatorView, report_year: int, country_code: str | None) -> PublicIndicator:
    series = tuple(
        PublicSeries(s.area_name, s.is_main, s.area_code == country_code, _final_yearly(s.points, report_year))
        for s in view.series
    )
    main = next((s for s in series if s.is_main), None)
    country = next((s for s in series if s.is_country), None)
    # The snapshot's latest value, as the app and the report show it, when it is final.
    if view.latest is not None and not view.latest.provisional and view.latest.period.isdigit():
        latest = PublicPoint(int(view.latest.period), view.latest.value,
                             view.latest.note if view.latest.note_is_public else "")
    else:
        latest = main.points[-1] if main and main.points else None
    national = None
    if latest is not None and country is not None:
        national = next((p for p in country.points if p.year == latest.year), None)
    development = view.development
    # The verdict is public only when both compared values are final and the
    # report year's value is the one shown.
    final = (
        development.current is not None
        and development.reference is not None
        and not development.current.provisional
        and not development.reference.provisional
        and latest is not None
        and latest.year == report_year
    )
    return PublicIndicator(
        code=view.code,
        name=view.name,
        definition=view.definition,
        unit=view.unit,
        decimals=view.decimals,
        direction=view.direction,
        is_headline=view.is_headline,
        data_source=view.data_source,
        provider=view.provider,
        population_note=view.population_note,
        latest=latest,
        national=national,
        change=development.change if final else None,
        trend=development.trend if final else Trend.NO_DATA,
        within_uncertainty=development.within_uncertainty if final else False,
        assessment=view.assessment if view.assessment_is_public else "",
        series=series,
        not_measured=view.not_measured and latest is not None and latest.year == int(view.latest.period),
    )


def public_goals(snapshot: BarometerSnapshot, country_code: str | None = "000") -> tuple[PublicGoal, ...]:
    return tuple(
        PublicGoal(
            goal.number,
            goal.title,
            goal.focus_area_title,
            tuple(_indicator(i, snapshot.report_year, country_code) for i in goal.indicators if i.is_active),
        )
        for goal in snapshot.goals
    )


def goal_file(goal: GoalView | PublicGoal) -> str:
    return f"maal-{goal.number}.html"
