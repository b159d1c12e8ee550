"""Vector trend charts (reportlab.graphics) for the goal sections.

One line per area: the main area dark and solid, the country dashed, other
municipalities in greys with their own dash pattern and marker, so the lines
can be told apart in black-and-white print. Survey values get 95 %
confidence bars. Axis numbers use the report's number format.
"""

from __future__ import annotations

import math
from dataclasses import replace
from decimal import Decimal

from reportlab import rl_config

# Attribute validation of chart objects costs a third of the chart time and is
# a development aid; it only takes effect if set before reportlab.graphics loads.
rl_config.shapeChecking = 0

from reportlab.graphics.charts.lineplots import LinePlot  # noqa: E402
from reportlab.graphics.shapes import Drawing, Group, Line, String  # noqa: E402
from reportlab.graphics.widgets.markers import makeMarker  # noqa: E402
from reportlab.lib import colors  # noqa: E402

from barometer_desktop import labels  # noqa: E402
from barometer_desktop.assembly.snapshot import AreaSeries, IndicatorView  # noqa: E402
from barometer_desktop.domain.formatting import format_change, format_number, format_value  # noqa: E402
from barometer_desktop.report.styles import ACCENT, FONT, MUTED, RULE  # noqa: E402
from barometer_desktop.report.text import language, translate, unit_name  # noqa: E402

# (colour, line width, dash pattern, marker) per series, main area first.
_LOOKS = (
    (ACCENT, 2.0, None, "FilledCircle"),
    (colors.HexColor("#333333"), 1.3, (4, 2), "FilledSquare"),
    # Comparison municipalities: greys dark enough to see (>= 4.5:1 on white),
    # told apart by dash pattern and marker shape, not only by shade.
    (colors.HexColor("#555555"), 1.0, (1, 1.5), "FilledDiamond"),
    (colors.HexColor("#666666"), 1.0, (6, 2, 1, 2), "Triangle"),
    (colors.HexColor("#707070"), 1.0, (2, 2), "Square"),
    (colors.HexColor("#4d4d4d"), 1.0, (8, 3), "Circle"),
)


# The values table and the chart show the same, most recent years.
SHOWN_YEARS = 8


def shown_years(series: list[AreaSeries]) -> list[int]:
    """The years the indicator's chart and values table show: the newest SHOWN_YEARS with values."""
    return sorted({point.period.year for area in series for point in area.yearly()})[-SHOWN_YEARS:]


def nice_range(low: float, high: float, ticks: int = 5) -> tuple[float, float, float]:
    """Axis (min, max, step) with round steps that contain low..high."""
    if high <= low:
        pad = abs(low) * 0.1 or 1.0
        low, high = low - pad, high + pad
    raw = (high - low) / ticks
    magnitude = 10 ** math.floor(math.log10(raw))
    step = next(m * magnitude for m in (1, 2, 2.5, 5, 10) if m * magnitude >= raw)
    return math.floor(low / step) * step, math.ceil(high / step) * step, step


def _step_decimals(step: float) -> int:
    """Decimals that show every tick exactly (2.5 needs one, 0.25 two, 20 none)."""
    exponent = Decimal(repr(step)).normalize().as_tuple().exponent
    return max(0, -int(exponent))


def chart_description(indicator: IndicatorView, series: list[AreaSeries]) -> str:
    """The chart in words and figures: its PDF alternative text, read instead of the drawing.

    Each area's first and last value, and the main area's latest change, as
    the web's chart descriptions give them.
    """
    lang = language()

    def value(number: float) -> str:
        return format_value(number, indicator.unit, indicator.decimals, lang)

    sentences = [translate("Report", "Line chart of {indicator} by year.").format(indicator=indicator.name)]
    if not series:
        sentences.append(translate("Report", "No values yet."))
    for area in series:
        points = area.yearly()
        first, last = points[0], points[-1]
        name = labels.area_name(area.area_name, area.is_country)
        if first is last:
            text = translate("Report", "{area}: {value} in {year}.").format(
                area=name, value=value(last.value), year=last.period)
        else:
            text = translate("Report", "{area}: {first} in {first_year}, {last} in {last_year}.").format(
                area=name, first=value(first.value), first_year=first.period,
                last=value(last.value), last_year=last.period)
        sentences.append(text)
    main = next((area.yearly() for area in series if area.is_main and len(area.yearly()) >= 2), None)
    if main:
        before, latest = main[-2], main[-1]
        change = format_change(latest.value - before.value, indicator.unit, indicator.decimals, lang)
        sentences.append(translate("Report", "Change from {previous_year} to {year}: {change}.").format(
            previous_year=before.period, year=latest.period, change=change))
    return " ".join(sentences)


def trend_chart(indicator: IndicatorView, width: float, height: float = 175) -> Drawing:
    lang = language()
    series = _recent([s for s in indicator.series if s.yearly()][: len(_LOOKS)])
    drawing = Drawing(width, height)
    drawing.initialFontName = FONT  # else the renderer declares Helvetica, which is not embedded
    # The tagged PDF's Figure reads this (report/tagging.py).
    drawing.alt_text = chart_description(indicator, series)
    if not series:
        drawing.add(String(width / 2, height / 2, translate("Report", "No values yet."),
                           fontName=FONT, fontSize=9, fillColor=MUTED, textAnchor="middle"))
        return drawing

    values = [p.value for s in series for p in s.yearly()]
    values += [v for s in series for p in s.yearly() for v in (p.ci_low, p.ci_high) if v is not None]
    years = [p.period.year for s in series for p in s.yearly()]
    y_min, y_max, y_step = nice_range(min(values), max(values))
    first, last = min(years), max(years)
    if first == last:
        first, last = first - 1, last + 1

    legend_height = 14 * math.ceil(len(series) / 3)
    plot = LinePlot()
    plot.x, plot.y = 48, 28 + legend_height
    plot.width, plot.height = width - 60, height - plot.y - 8
    # The main area (series 0) is drawn last, on top of the comparison lines.
    order = list(reversed(range(len(series))))
    plot.data = [[(p.period.year, p.value) for p in series[index].yearly()] for index in order]
    plot.joinedLines = 1
    for line_number, index in enumerate(order):
        colour, stroke, dash, marker = _LOOKS[index]
        line = plot.lines[line_number]
        line.strokeColor = colour
        line.strokeWidth = stroke
        line.strokeDashArray = dash
        line.symbol = makeMarker(marker, size=4.5 if index == 0 else 4)
        line.symbol.fillColor = colour if marker.startswith("Filled") else colors.white
        line.symbol.strokeColor = colour

    decimals = _step_decimals(y_step)
    y_axis = plot.yValueAxis
    y_axis.valueMin, y_axis.valueMax, y_axis.valueStep = y_min, y_max, y_step
    y_axis.labelTextFormat = lambda v: format_number(v, decimals, lang)
    y_axis.labels.fontName, y_axis.labels.fontSize = FONT, 7
    y_axis.strokeColor = RULE
    y_axis.visibleGrid = 1
    y_axis.gridStrokeColor = colors.HexColor("#e2e2e2")
    y_axis.gridStrokeWidth = 0.5
    x_axis = plot.xValueAxis
    x_axis.valueMin, x_axis.valueMax = first - 0.4, last + 0.4
    x_axis.valueSteps = list(range(first, last + 1))
    x_axis.labelTextFormat = lambda v: str(int(v))
    x_axis.labels.fontName, x_axis.labels.fontSize = FONT, 7
    x_axis.strokeColor = RULE
    drawing.add(plot)

    to_page = _plot_mapping(plot, (x_axis.valueMin, x_axis.valueMax), (y_min, y_max))
    _confidence_bars(drawing, series, to_page)
    _provisional_markers(drawing, series, to_page)

    drawing.add(String(plot.x + plot.width / 2, plot.y - 22, translate("Report", "Year"),
                       fontName=FONT, fontSize=7.5, fillColor=MUTED, textAnchor="middle"))
    unit_label = String(0, 0, unit_name(indicator.unit), fontName=FONT, fontSize=7.5,
                        fillColor=MUTED, textAnchor="middle")
    rotated = Group(unit_label)
    rotated.transform = (0, 1, -1, 0, 10, plot.y + plot.height / 2)
    drawing.add(rotated)

    _legend(drawing, series, plot.x, legend_height - 10, plot.width)
    return drawing


def _recent(series: list[AreaSeries]) -> list[AreaSeries]:
    """The series cut to the years the values table shows (shown_years)."""
    years = shown_years(series)
    if not years:
        return series
    first = years[0]
    return [replace(area, points=tuple(p for p in area.points if p.period.year >= first)) for area in series]


def _plot_mapping(plot: LinePlot, x_range: tuple[float, float], y_range: tuple[float, float]):
    """Year and value -> the drawing's coordinates inside the plot."""

    def to_page(year: float, value: float) -> tuple[float, float]:
        x = plot.x + (year - x_range[0]) / (x_range[1] - x_range[0]) * plot.width
        y = plot.y + (value - y_range[0]) / (y_range[1] - y_range[0]) * plot.height
        return x, y

    return to_page


def _confidence_bars(drawing: Drawing, series: list[AreaSeries], to_page) -> None:
    # Drawn for the comparison areas first, the main area last (on top).
    for index in reversed(range(len(series))):
        area = series[index]
        colour = _LOOKS[index][0]
        # A small sideways offset keeps overlapping bars of two areas apart.
        offset = (index - (len(series) - 1) / 2) * 2.5
        for point in area.yearly():
            if point.ci_low is None or point.ci_high is None:
                continue
            x, low = to_page(point.period.year, point.ci_low)
            x += offset
            high = to_page(point.period.year, point.ci_high)[1]
            drawing.add(Line(x, low, x, high, strokeColor=colour, strokeWidth=0.7))
            drawing.add(Line(x - 2, low, x + 2, low, strokeColor=colour, strokeWidth=0.7))
            drawing.add(Line(x - 2, high, x + 2, high, strokeColor=colour, strokeWidth=0.7))


def _provisional_markers(drawing: Drawing, series: list[AreaSeries], to_page) -> None:
    """A provisional value is an open (white-filled) marker, as on screen and in the tables' "*"."""
    for index in reversed(range(len(series))):
        colour, _, _, marker = _LOOKS[index]
        for point in series[index].yearly():
            if not point.provisional:
                continue
            symbol = makeMarker(marker.replace("Filled", ""), size=5 if index == 0 else 4.5)
            symbol.x, symbol.y = to_page(point.period.year, point.value)
            symbol.fillColor = colors.white
            symbol.strokeColor = colour
            symbol.strokeWidth = 1.2
            drawing.add(symbol)


def _legend(drawing: Drawing, series: list[AreaSeries], x0: float, y0: float, width: float) -> None:
    """Line sample (with the series' dash and marker) and area name, three per row."""
    column = width / 3
    for index, area in enumerate(series):
        colour, stroke, dash, marker = _LOOKS[index]
        x = x0 + (index % 3) * column
        y = y0 - (index // 3) * 14
        drawing.add(Line(x, y + 3, x + 22, y + 3, strokeColor=colour, strokeWidth=stroke, strokeDashArray=dash))
        symbol = makeMarker(marker, size=4.5 if index == 0 else 4)
        symbol.x, symbol.y = x + 11, y + 3
        symbol.fillColor = colour if marker.startswith("Filled") else colors.white
        symbol.strokeColor = colour
        drawing.add(symbol)
        name = labels.area_name(area.area_name, area.is_country)
        drawing.add(String(x + 27, y, name, fontName=FONT, fontSize=7.5, fillColor=colors.black))
