"""What is incomplete in a report year: the checklist shown before a final edition.

Read from the assembled snapshot (the very data the edition freezes), so the
checklist, the confirmation and the "data status" note printed in the edition
can never disagree with the report itself. The words are English source text
marked for translation; callers pass their translate function (Qt's in the
window, i18n's in the PDF), as errors.BarometerError does.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator

from barometer_desktop.assembly.snapshot import AreaSeries, BarometerSnapshot, ChecklistItem, IndicatorView, SeriesPoint
from barometer_desktop.domain.missing_data import lacks_sample_size
from barometer_desktop.domain.types import GoalStatus
from barometer_desktop.errors import QT_TRANSLATE_NOOP

Translate = Callable[[str, str], str]

MISSING_VALUES = "missing_values"
PROVISIONAL_VALUES = "provisional_values"
MISSING_SAMPLE_SIZES = "missing_sample_sizes"
MISSING_REPORTS = "missing_reports"
FOLLOW_UP_NOT_RECORDED = "follow_up_not_recorded"
ASSESSMENTS_NOT_WRITTEN = "assessments_not_written"
GOALS_WITHOUT_DATA = "goals_without_data"

# One sentence per kind, in the order the checklist shows them.
_WORDS = {
    MISSING_VALUES: QT_TRANSLATE_NOOP("Checklist", "Values missing for the report year: {count}"),
    PROVISIONAL_VALUES: QT_TRANSLATE_NOOP("Checklist", "Provisional values: {count}"),
    MISSING_SAMPLE_SIZES: QT_TRANSLATE_NOOP("Checklist", "Survey values without a sample size: {count}"),
    MISSING_REPORTS: QT_TRANSLATE_NOOP("Checklist", "Integration reports not received: {count}"),
    FOLLOW_UP_NOT_RECORDED: QT_TRANSLATE_NOOP("Checklist", "Action-plan goals with no follow-up recorded: {count}"),
    ASSESSMENTS_NOT_WRITTEN: QT_TRANSLATE_NOOP("Checklist", "Indicators without a written assessment: {count}"),
    GOALS_WITHOUT_DATA: QT_TRANSLATE_NOOP("Checklist", "Goals without data: {count}"),
}


def _report_year_points(indicator: IndicatorView, year: int) -> Iterator[tuple[AreaSeries, SeriesPoint]]:
    for series in indicator.series:
        for point in series.points:
            if point.period.year == year:
                yield series, point


def edition_checklist(snapshot: BarometerSnapshot) -> tuple[ChecklistItem, ...]:
    """Every kind of gap in the snapshot's report year that has at least one case."""
    year = snapshot.report_year
    indicators = [indicator for goal in snapshot.goals for indicator in goal.indicators]
    found: dict[str, list[str]] = {kind: [] for kind in _WORDS}
    found[MISSING_VALUES] = [f"{item.code} {item.area} ({item.provider})" for item in snapshot.missing_data]
    for indicator in indicators:
        for series, point in _report_year_points(indicator, year):
            where = f"{indicator.code} {series.area_name} {point.period}"
            if point.provisional:
                found[PROVISIONAL_VALUES].append(where)
            if lacks_sample_size(indicator.is_survey, point.sample_size, point.std_error):
                found[MISSING_SAMPLE_SIZES].append(where)
        if not indicator.assessment.strip():
            found[ASSESSMENTS_NOT_WRITTEN].append(f"{indicator.code} {indicator.name}")
    for committee in snapshot.committees:
        if committee.report_missing:
            found[MISSING_REPORTS].append(f"{committee.short_name} — {committee.name}")
        found[FOLLOW_UP_NOT_RECORDED] += [f"{committee.short_name}: {line.text}" for line in committee.not_recorded]
    found[GOALS_WITHOUT_DATA] = [
        f"{goal.number}. {goal.title}" for goal in snapshot.goals if goal.status is GoalStatus.NO_DATA
    ]
    return tuple(ChecklistItem(kind, tuple(details)) for kind, details in found.items() if details)


def describe(item: ChecklistItem, translator: Translate) -> str:
    """The item's line, e.g. "Provisional values: 3", in the caller's language."""
    return translator("Checklist", _WORDS[item.kind]).format(count=item.count)


_COMPLETE = QT_TRANSLATE_NOOP("Checklist", "Complete: nothing was missing when the final edition was made.")
_INCOMPLETE = QT_TRANSLATE_NOOP("Checklist", "Incomplete when the final edition was made: {items}.")


def data_status_text(items: tuple[ChecklistItem, ...], translator: Translate) -> str:
    """The short "data status" note printed in a final edition."""
    if not items:
        return translator("Checklist", _COMPLETE)
    return translator("Checklist", _INCOMPLETE).format(items="; ".join(describe(item, translator) for item in items))
