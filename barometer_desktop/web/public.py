"""What the public may see: final values, public notes and public assessments.

The snapshot also holds provisional values, internal notes and the
secretariat's unpublished assessments; the web pages are built from the
filtered view below, so no page template can show them by mistake.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date

from barometer_desktop.assembly.snapshot import BarometerSnapshot, GoalView, IndicatorView, SeriesPoint
from barometer_desktop.domain.development import Development
from barometer_desktop.domain.types import Direction, GoalStatus, Trend, Unit


@dataclass(frozen=True)
class PublicPoint:
    year: int
    value: float
    note: str  # public notes only
    sample_size: int | None = None
    ci_low: float | None = None  # the snapshot's 95 % confidence interval (survey values)
    ci_high: float | None = None
    provisional: bool = False  # always False here: the public sees final values only
    changed_on: date | None = None  # when the value was last stored


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
    unit: Unit
    decimals: int
    direction: Direction
    is_headline: bool
    data_source: str
    provider: str
    population_note: str
    latest: PublicPoint | None  # the main area's status value (final), else its newest final value
    national: PublicPoint | None  # the country's final status value
    national_trend: Trend  # the country's verdict on final values, by the same rule
    change: float | None
    development: Development  # the snapshot's verdict on final values only
    assessment: str  # public assessments only
    series: tuple[PublicSeries, ...]
    # Nothing final falls in the status window: `latest` is older.
    not_measured: bool = False
    is_survey: bool = False
    csv_file: str = ""  # its figures as a CSV file in the site (indicator_csv_names)

    @property
    def last_updated(self) -> date | None:
        """The latest day any value this indicator publishes was stored (None if none says)."""
        days = [p.changed_on for s in self.series for p in s.points if p.changed_on is not None]
        return max(days, default=None)

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
        PublicPoint(int(p.period), p.value, p.note if p.note_is_public else "", p.sample_size,
                    p.ci_low, p.ci_high, p.provisional, p.changed_on)
        for p in points
        if p.period.isdigit() and not p.provisional
    )


def _indicator(view: IndicatorView, csv_file: str) -> PublicIndicator:
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
        national_trend=national_trend,
        change=development.change,
        development=development,
        assessment=view.assessment if view.assessment_is_public else "",
        series=series,
        not_measured=development.current is None and latest is not None,
        is_survey=view.is_survey,
        csv_file=csv_file,
    )


def public_goals(snapshot: BarometerSnapshot) -> tuple[PublicGoal, ...]:
    files = indicator_csv_names(i.code for goal in snapshot.goals for i in goal.indicators)
    return tuple(
        PublicGoal(
            goal.number,
            goal.title,
            goal.focus_area_title,
            goal.public_status,
            tuple(_indicator(i, files[i.code]) for i in goal.indicators if i.is_active),
        )
        for goal in snapshot.goals
    )


def indicator_csv_names(codes) -> dict[str, str]:
    """One file name per indicator code: "data-1-1.csv" for "1.1".

    A code may hold any character, so the name keeps only ASCII letters and
    digits (a web server and every file system take it); two codes that
    come out alike get a number, so no file overwrites another. Always
    "data-...", so never the site's other files.
    """
    names: dict[str, str] = {}
    taken: set[str] = set()
    for code in codes:
        if code in names:
            continue
        stem = "data-" + (re.sub(r"[^A-Za-z0-9]+", "-", code).strip("-").lower() or "indikator")
        name, number = f"{stem}.csv", 2
        while name in taken:
            name, number = f"{stem}-{number}.csv", number + 1
        names[code] = name
        taken.add(name)
    return names


def goal_file(goal: GoalView | PublicGoal) -> str:
    return f"maal-{goal.number}.html"
