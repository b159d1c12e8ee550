"""What the indicator chart says about a point: its tooltip and its words in
the chart's description. Plain text from the snapshot; no pyqtgraph here."""

from __future__ import annotations

from functools import lru_cache

from PySide6.QtCore import QCoreApplication

from barometer_desktop.assembly.snapshot import AreaSeries, SeriesPoint
from barometer_desktop.domain.formatting import format_number, format_period, format_value
from barometer_desktop.domain.periods import Period
from barometer_desktop.domain.types import Unit


@lru_cache(maxsize=4096)
def period_text(period: Period) -> str:
    return format_period(period)


def hover_text(area: AreaSeries, point: SeriesPoint, unit: str, decimals: int) -> str:
    """What the tooltip says about one point: area, period, exact value, note."""
    lines = [
        f"{area.area_name}, {period_text(point.period)}",
        format_value(point.value, Unit(unit), decimals),
    ]
    if point.ci_low is not None and point.ci_high is not None:
        lines.append(
            QCoreApplication.translate("IndicatorChart", "95 % confidence interval: {low} to {high}").format(
                low=format_number(point.ci_low, decimals), high=format_number(point.ci_high, decimals)
            )
        )
    if point.provisional:
        lines.append(QCoreApplication.translate("IndicatorChart", "Provisional value"))
    if point.note:
        lines.append(point.note)
    return "\n".join(lines)


def point_tip(x: float, y: float, data: tuple[AreaSeries, SeriesPoint, str, int]) -> str:
    """pyqtgraph's tooltip callback; `data` is what _draw_series attached."""
    return hover_text(*data)


def point_text(point: SeriesPoint, unit: str, decimals: int) -> str:
    """One point's value in words for the chart's description: value, confidence interval, provisional."""
    text = format_value(point.value, Unit(unit), decimals)
    if point.ci_low is not None and point.ci_high is not None:
        text += " " + QCoreApplication.translate("IndicatorChart", "(95 % CI {low} to {high})").format(
            low=format_number(point.ci_low, decimals), high=format_number(point.ci_high, decimals)
        )
    if point.provisional:
        text += " " + QCoreApplication.translate("IndicatorChart", "(provisional)")
    return text
