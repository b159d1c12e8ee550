"""Assemble a BarometerSnapshot from storage, applying the domain rules once."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Collection, Iterable
from datetime import date

from barometer_desktop.assembly.snapshot import (
    AreaSeries,
    AreaStatus,
    AreaVerdict,
    BarometerSnapshot,
    CommitteeView,
    DecisionLine,
    GoalView,
    IndicatorView,
    PlanGoalLine,
    SeriesPoint,
)
from barometer_desktop.domain.areas import comparison_areas, country_area, fixed_areas, main_area, shown_areas
from barometer_desktop.domain.development import (
    Development,
    IndicatorRule,
    Measurement,
    assess_development,
    goal_status,
)
from barometer_desktop.domain.follow_up_rules import (
    PlanGoalState,
    goals_partly_followed_up,
    is_active_in,
    is_late,
    missing_follow_up,
    propose_decision_candidates,
)
from barometer_desktop.domain.missing_data import is_due, missing_data
from barometer_desktop.domain.significance import (
    mean_confidence_interval,
    proportion_confidence_interval,
)
from barometer_desktop.domain.types import ComparisonBasis, Trend, Unit
from barometer_desktop.storage import assessments as stored_assessments
from barometer_desktop.storage import catalog, committees, observations, policies, settings_store
from barometer_desktop.storage.database import Database
from barometer_desktop.storage.records import AreaRecord, GoalRecord, IndicatorRecord, ObservationRecord


def _confidence(unit: str, record: ObservationRecord) -> tuple[float | None, float | None]:
    if unit == Unit.PERCENT and record.sample_size:
        return proportion_confidence_interval(record.value, record.sample_size)
    if record.std_error is not None:
        return mean_confidence_interval(record.value, record.std_error)
    return None, None


def _point(indicator: IndicatorRecord, record: ObservationRecord) -> SeriesPoint:
    low, high = _confidence(indicator.unit, record) if indicator.is_survey or record.std_error else (None, None)
    return SeriesPoint(
        period=record.period,
        position=record.period.midpoint(),
        value=record.value,
        sample_size=record.sample_size,
        std_error=record.std_error,
        ci_low=low,
        ci_high=high,
        provisional=record.is_provisional,
        note=record.note,
        note_is_public=record.note_is_public,
        changed_on=record.entered_at.date() if record.entered_at is not None else None,
    )


def _measurements(records: Iterable[ObservationRecord]) -> list[Measurement]:
    return [
        Measurement(r.period, r.value, r.sample_size, r.std_error, r.is_provisional) for r in records
    ]


def assemble(
    db: Database,
    report_year: int,
    *,
    today: date | None = None,
    area_names: Collection[str] | None = None,
    include_retired: bool = False,
) -> BarometerSnapshot:
    """The barometer for `report_year`, as of `today`, read from one
    consistent state of the data (see Database.consistent_reads).

    `area_names` limits the comparison areas shown beside the main area and
    the country (None: all areas).
    """
    with db.consistent_reads():
        return _assemble(db, report_year, today, area_names, include_retired)


def _assemble(
    db: Database,
    report_year: int,
    today: date | None,
    area_names: Collection[str] | None,
    include_retired: bool,
) -> BarometerSnapshot:
    today = today or date.today()
    shared = settings_store.load(db)
    all_areas = catalog.areas(db)
    main = main_area(all_areas)
    shown: list[AreaRecord] = shown_areas(all_areas, area_names)
    assessments = stored_assessments.for_year(db, report_year)
    goals = policies.goals_in_force(db, report_year, include_retired=include_retired)
    judge = _Judge(report_year, shared, all_areas)

    goal_views = []
    main_years: dict[str, set[int]] = {}
    present: set[tuple[str, str]] = set()
    # Missing data is judged for the main area and the country only, and
    # series are shown for the chosen areas: every period of those is read.
    # The other areas get a verdict too, read from just the values it is made from.
    due = fixed_areas(all_areas)
    needed = {a.id for a in shown} | {a.id for a in due}
    by_indicator: dict[int, dict[int, list[ObservationRecord]]] = defaultdict(lambda: defaultdict(list))
    others = [a.id for a in all_areas if a.id not in needed]
    for record in observations.records(db, area_ids=None if not others else needed):
        # The barometer of a year shows nothing after that year (also no
        # later month or quarter): the report of 2013 must not print 2014.
        if record.period.year <= report_year:
            by_indicator[record.indicator_id][record.area_id].append(record)
    if others:
        judge.read_others(db, [i.id for goal in goals for i in goal.indicators], others)
    for goal in goals:
        indicator_views = []
        for indicator in goal.indicators:
            by_area = by_indicator[indicator.id]
            for area in due:
                if any(r.period.is_year and r.period.year == report_year for r in by_area[area.id]):
                    present.add((indicator.code, area.name))
            if main is not None:
                main_years[indicator.code] = {r.period.year for r in by_area[main.id] if r.period.is_year}
            indicator_views.append(_indicator_view(indicator, by_area, shown, judge, assessments))
        goal_views.append(_goal_view(goal, tuple(indicator_views), judge))

    due_areas = [a.name for a in due]
    missing = missing_data(
        [i.as_due() for goal in goals for i in goal.indicators],
        present=present,
        years_with_values=main_years,
        report_year=report_year,
        areas=due_areas,
        today=today,
    )
    worsened = {g.number for g in goal_views if any(i.trend is Trend.WORSENED for i in g.indicators)}
    return BarometerSnapshot(
        report_year=report_year,
        prepared_on=today,
        organisation=shared.organisation,
        is_demo=db.is_demo,
        basis=shared.basis,
        baseline_year=shared.baseline_year,
        follow_up_deadline=shared.deadline_for(report_year),
        goals=tuple(goal_views),
        committees=_committee_views(db, report_year, today, shared.deadline_for(report_year), worsened),
        missing_data=tuple(missing),
        areas=tuple(a.name for a in all_areas),
        significance_policy=shared.significance_policy,
        status_window=shared.status_window,
        main_area_name=main.name if main is not None else "",
    )


class _Judge:
    """The verdict rule of one report year (the shared settings), applied to any area's values."""

    def __init__(self, report_year: int, shared: settings_store.SharedSettings, areas: list[AreaRecord]) -> None:
        self.report_year = report_year
        self.shared = shared
        self.main = main_area(areas)
        self.country = country_area(areas)
        # Main area, country, then the comparison areas in their order.
        self.areas = fixed_areas(areas) + comparison_areas(areas)
        # The yearly values of the areas not shown, by (indicator id, area id).
        self.others: dict[tuple[int, int], list[Measurement]] = {}

    def read_others(self, db: Database, indicator_ids: list[int], area_ids: list[int]) -> None:
        """Read just what the verdicts of the areas not shown are made from."""
        baseline = self.shared.baseline_year if self.shared.basis == ComparisonBasis.BASELINE else None
        self.others = observations.verdict_measurements(
            db, indicator_ids, area_ids, self.report_year, self.shared.status_window, baseline
        )

    def develop(
        self, rule: IndicatorRule, records: Collection[ObservationRecord], *, final_only: bool = False
    ) -> Development:
        measurements = _measurements(r for r in records if not (final_only and r.is_provisional))
        return self.assess(rule, measurements)

    def assess(self, rule: IndicatorRule, measurements: list[Measurement]) -> Development:
        return assess_development(
            rule,
            measurements,
            self.report_year,
            self.shared.basis,
            self.shared.baseline_year,
            window=self.shared.status_window,
            significance_policy=self.shared.significance_policy,
        )

    def is_country(self, area: AreaRecord) -> bool:
        return self.country is not None and area.id == self.country.id


def _goal_view(goal: GoalRecord, indicator_views: tuple[IndicatorView, ...], judge: _Judge) -> GoalView:
    active = [i for i in indicator_views if i.is_active]
    by_area: dict[str, list[Trend]] = defaultdict(list)
    for view in active:
        for verdict in view.verdicts:
            by_area[verdict.area_code].append(verdict.trend)
    area_statuses = []
    for area in judge.areas:
        trends = by_area.get(area.code)
        if trends:
            area_statuses.append(AreaStatus(area.name, area.is_main, judge.is_country(area), goal_status(trends)))
    return GoalView(
        number=goal.number,
        title=goal.title,
        focus_area_title=goal.focus_area_title,
        status=goal_status(i.trend for i in indicator_views),
        indicators=indicator_views,
        published_status=goal_status(i.published_development.trend for i in active),
        area_statuses=tuple(area_statuses),
    )


def _indicator_view(
    indicator: IndicatorRecord,
    by_area: dict[int, list[ObservationRecord]],
    shown: list[AreaRecord],
    judge: _Judge,
    assessments: dict[int, tuple[str, bool]],
) -> IndicatorView:
    report_year = judge.report_year
    main = judge.main
    rule = indicator.rule()
    verdicts = []
    for area in judge.areas:
        if by_area.get(area.id):
            development = judge.develop(rule, by_area[area.id])
        elif (indicator.id, area.id) in judge.others:
            development = judge.assess(rule, judge.others[(indicator.id, area.id)])
        else:
            continue
        verdicts.append(AreaVerdict(area.code, area.name, area.is_main, judge.is_country(area), development))
    development = next(
        (v.development for v in verdicts if v.is_main), judge.develop(rule, ())
    )
    national = next((v.development for v in verdicts if v.is_country), None)
    main_records = by_area.get(main.id, []) if main is not None else []
    main_yearly = sorted(
        (r for r in main_records if r.period.is_year and r.period.year <= report_year),
        key=lambda r: r.period.year,
    )
    latest = _point(indicator, main_yearly[-1]) if main_yearly else None
    due = is_due(indicator.as_due(), report_year, {r.period.year for r in main_yearly})
    text, public = assessments.get(indicator.id, ("", False))
    return IndicatorView(
        # The definition without where the row sits: a stored edition compares equal to
        # a fresh snapshot of the same data whatever the row's version.
        indicator=indicator.definition_only,
        id=indicator.id,
        development=development,
        national_value=national.current.value if national and national.current else None,
        national_trend=national.trend if national else Trend.NO_DATA,
        series=tuple(
            AreaSeries(
                area_code=area.code,
                area_name=area.name,
                is_main=area.is_main,
                points=tuple(_point(indicator, r) for r in by_area.get(area.id, [])),
                is_country=judge.is_country(area),
            )
            for area in shown
            if by_area.get(area.id)
        ),
        assessment=text,
        assessment_is_public=public,
        latest=latest,
        due_in_report_year=due,
        verdicts=tuple(verdicts),
        published=judge.develop(rule, main_records, final_only=True),
    )


def _committee_views(
    db: Database, report_year: int, today: date, deadline: date, worsened_goals: set[int]
) -> tuple[CommitteeView, ...]:
    year = committees.follow_up_year(db, report_year)
    # The one rule for missing follow-up, as the Missing tab and the notice use it.
    groups = {g.committee: g for g in missing_follow_up(year.reports, year.goals, report_year, today, deadline)}
    partly = goals_partly_followed_up(year.goals, report_year)
    served: dict[str, set[int]] = defaultdict(set)
    for goal in year.goals:
        # An ended goal no longer ties the committee to the policy goal.
        if is_active_in(goal, report_year):
            served[goal.committee].update(goal.policy_goal_numbers)
    candidates = {
        c.committee: c for c in propose_decision_candidates(list(groups.values()), served, worsened_goals)
    }
    decisions = {d.committee: d for d in year.decisions}

    def lines(goals: Iterable[PlanGoalState]) -> tuple[PlanGoalLine, ...]:
        return tuple(
            PlanGoalLine(g.text, g.status, year.notes.get(g.goal_id, ""))
            for g in goals
        )

    views = []
    for report in year.reports:
        decision = decisions.get(report.committee)
        group = groups.get(report.committee)
        views.append(
            CommitteeView(
                short_name=report.committee,
                name=report.name,
                report_received=report.report_received,
                report_link=year.report_links.get(report.committee, ""),
                report_missing=group is not None and group.report_missing,
                report_late=is_late(report.report_received, deadline),
                lacking=lines(group.not_followed_up if group else ()),
                not_recorded=lines(group.not_recorded if group else ()),
                partly=lines(g for g in partly if g.committee == report.committee),
                decision=_decision_line(decision) if decision else None,
                candidate=candidates.get(report.committee),
            )
        )
    return tuple(views)


def _decision_line(decision: committees.DecisionRecord) -> DecisionLine:
    return DecisionLine(
        supplementary_report=decision.supplementary_report_requested,
        plan_revision=decision.plan_revision_requested,
        reason=decision.reason,
        status=decision.status,
        decided_on=decision.decided_on,
        recommendation=decision.recommendation,
    )


def assemble_indicator(
    db: Database,
    indicator_id: int,
    report_year: int,
    *,
    area_names: Collection[str] | None = None,
    records: Collection[ObservationRecord] | None = None,
) -> IndicatorView | None:
    """One indicator as the snapshot would show it, without assembling the rest.

    The indicators screen switches indicator often; this reads only the one
    indicator's values (or uses `records`, the values of the shown areas the
    caller has already read). The rules applied are the same as in `assemble`.
    """
    shared = settings_store.load(db)
    all_areas = catalog.areas(db)
    shown = shown_areas(all_areas, area_names)
    # storage.indicators loads the ORM, which the report command never needs.
    from barometer_desktop.storage.indicators import indicator as load_indicator  # noqa: PLC0415 - lazy: loads the ORM, which only edits need (reading goes through Core)

    indicator = load_indicator(db, indicator_id)
    if indicator is None:
        return None
    by_area: dict[int, list[ObservationRecord]] = defaultdict(list)
    if records is None:
        records = observations.records(db, [indicator.id], [a.id for a in shown])
    for record in records:
        by_area[record.area_id].append(record)
    stored = stored_assessments.load(db, indicator_id, report_year)
    assessments = {indicator_id: (stored.text, stored.is_public)} if stored.version is not None else {}
    return _indicator_view(indicator, by_area, shown, _Judge(report_year, shared, all_areas), assessments)
