"""What changed in the data since a final edition was made.

Compares the edition's stored snapshot with a fresh one for the same year
and areas: values added, changed or removed (per indicator, area and period),
assessment texts, and the development verdicts that follow from them.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

from barometer_desktop.assembly.snapshot import BarometerSnapshot, IndicatorView
from barometer_desktop.domain.formatting import Lang, format_number


class ChangeKind(StrEnum):
    VALUE_CHANGED = "value_changed"
    VALUE_ADDED = "value_added"
    VALUE_REMOVED = "value_removed"
    ASSESSMENT_CHANGED = "assessment_changed"
    TREND_CHANGED = "trend_changed"
    SETTING_CHANGED = "setting_changed"
    INDICATOR_ADDED = "indicator_added"
    INDICATOR_REMOVED = "indicator_removed"


@dataclass(frozen=True)
class Change:
    kind: ChangeKind
    indicator: str  # indicator code ("" for a setting)
    area: str
    period: str
    old: str
    new: str
    # The area is the whole country, named in the reader's language (labels.area_name).
    is_country: bool = False


def _indicators(snapshot: BarometerSnapshot) -> dict[str, IndicatorView]:
    return {i.code: i for goal in snapshot.goals for i in goal.indicators}


def changes_since(frozen: BarometerSnapshot, fresh: BarometerSnapshot, lang: Lang = "da") -> list[Change]:
    """What changed in the data since the frozen snapshot.

    Values are given with one decimal more than the report prints (in
    `lang`'s number format): a revision from 20,3 to 20,4 changes no printed
    figure, but it is a change the secretariat should see.
    """
    found: list[Change] = []
    if frozen.organisation != fresh.organisation:
        found.append(Change(ChangeKind.SETTING_CHANGED, "", "", "", frozen.organisation, fresh.organisation))
    if (frozen.basis, frozen.baseline_year) != (fresh.basis, fresh.baseline_year):
        found.append(Change(ChangeKind.SETTING_CHANGED, "", "", "", str(frozen.basis), str(fresh.basis)))
    old_indicators, new_indicators = _indicators(frozen), _indicators(fresh)
    for code, old in old_indicators.items():
        new = new_indicators.get(code)
        if new is None:
            found.append(Change(ChangeKind.INDICATOR_REMOVED, code, "", "", old.name, ""))
            continue
        areas = {s.area_name for s in old.series}
        countries = {s.area_name for s in old.series if s.is_country}
        old_points = {(s.area_name, p.period): p.value for s in old.series for p in s.points}
        new_points = {
            (s.area_name, p.period): p.value for s in new.series if s.area_name in areas for p in s.points
        }
        for key in sorted(old_points.keys() | new_points.keys()):
            before, after = old_points.get(key), new_points.get(key)
            if before == after:
                continue
            kind = (
                ChangeKind.VALUE_ADDED if before is None
                else ChangeKind.VALUE_REMOVED if after is None
                else ChangeKind.VALUE_CHANGED
            )
            found.append(Change(kind, code, key[0], str(key[1]), _text(before, new.decimals, lang),
                               _text(after, new.decimals, lang), is_country=key[0] in countries))
        if (old.assessment, old.assessment_is_public) != (new.assessment, new.assessment_is_public):
            found.append(Change(ChangeKind.ASSESSMENT_CHANGED, code, "", "", old.assessment, new.assessment))
        if old.trend != new.trend:
            found.append(Change(ChangeKind.TREND_CHANGED, code, "", "", old.trend.value, new.trend.value))
    for code in new_indicators.keys() - old_indicators.keys():
        found.append(Change(ChangeKind.INDICATOR_ADDED, code, "", "", "", new_indicators[code].name))
    return found


def _text(value: float | None, decimals: int, lang: Lang) -> str:
    # One more decimal than published, so a revision below the rounding still shows.
    return "" if value is None else format_number(value, decimals + 1, lang)
