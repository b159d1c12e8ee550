"""Small, dependency-free SVG line charts for the web barometer.

A chart is inline SVG with role="img", a <title> and a <desc> that says in
words what the chart shows, so a screen reader gets the content too; the
page also has the numbers as a table beside it. The unit stands above the
value axis; a survey value's 95 % confidence interval (the snapshot's, from
the stored sample size or standard error) is drawn as an error bar.
"""

from __future__ import annotations

import math
from html import escape

from barometer_desktop.web.public import PublicSeries

WIDTH, HEIGHT = 640, 280
LEFT, RIGHT, TOP, BOTTOM = 68, 34, 40, 40
MAIN_COLOUR = "#1f4e8c"  # 8.6:1 on white
COUNTRY_COLOUR = "#8a4b08"  # 6.6:1 on white
OTHER_COLOUR = "#5b6470"


def nice_ticks(low: float, high: float, count: int = 5) -> list[float]:
    if math.isclose(low, high):
        low, high = low - 1, high + 1
    raw = (high - low) / max(count - 1, 1)
    magnitude = 10 ** math.floor(math.log10(raw))
    step = next(m * magnitude for m in (1, 2, 2.5, 5, 10) if m * magnitude >= raw)
    start = math.floor(low / step) * step
    ticks = [round(start, 10)]
    while ticks[-1] < high - 1e-9 and len(ticks) < 12:
        ticks.append(round(ticks[-1] + step, 10))
    return ticks


def line_chart(
    chart_id: str,
    title: str,
    description: str,
    series: list[PublicSeries],
    format_tick,
    unit: str = "",
) -> str:
    """An SVG line chart of yearly values; `format_tick(value)` writes axis numbers, `unit` names them."""
    points = [p for s in series for p in s.points]
    if not points:
        return ""
    years = sorted({p.year for p in points})
    # The axis spans the confidence intervals too, so no error bar is cut off.
    values = [v for p in points for v in (p.value, p.ci_low, p.ci_high) if v is not None]
    ticks = nice_ticks(min(values), max(values))
    low, high = ticks[0], ticks[-1]
    plot_w, plot_h = WIDTH - LEFT - RIGHT, HEIGHT - TOP - BOTTOM

    def x(year: int) -> float:
        if len(years) == 1:
            return LEFT + plot_w / 2
        return LEFT + (year - years[0]) / (years[-1] - years[0]) * plot_w

    def y(value: float) -> float:
        return TOP + (high - value) / (high - low) * plot_h

    parts = [
        f'<svg class="chart" viewBox="0 0 {WIDTH} {HEIGHT}" role="img" '
        f'aria-labelledby="{chart_id}-title {chart_id}-desc" xmlns="http://www.w3.org/2000/svg">',
        f'<title id="{chart_id}-title">{escape(title)}</title>',
        f'<desc id="{chart_id}-desc">{escape(description)}</desc>',
    ]
    if unit:
        parts.append(f'<text class="axis unit" x="8" y="{TOP - 16}">{escape(unit)}</text>')
    for tick in ticks:
        ty = y(tick)
        parts.append(f'<line class="grid" x1="{LEFT}" x2="{WIDTH - RIGHT}" y1="{ty:.1f}" y2="{ty:.1f}"/>')
        parts.append(f'<text class="axis" x="{LEFT - 8}" y="{ty + 4:.1f}" text-anchor="end">{escape(format_tick(tick))}</text>')
    step = max(1, math.ceil(len(years) / 8))
    for year in years[::step]:
        parts.append(f'<text class="axis" x="{x(year):.1f}" y="{HEIGHT - 12}" text-anchor="middle">{year}</text>')
    for s in series:
        if not s.points:
            continue
        colour = MAIN_COLOUR if s.is_main else COUNTRY_COLOUR if s.is_country else OTHER_COLOUR
        dash = "" if s.is_main else ' stroke-dasharray="6 4"'
        for p in s.points:
            if p.ci_low is not None and p.ci_high is not None:
                parts.append(_error_bar(x(p.year), y(p.ci_low), y(p.ci_high), colour))
        path = " ".join(f"{x(p.year):.1f},{y(p.value):.1f}" for p in s.points)
        parts.append(
            f'<polyline fill="none" stroke="{colour}" stroke-width="{3 if s.is_main else 2}"{dash} points="{path}"/>'
        )
        for p in s.points:
            if s.is_main:
                parts.append(f'<circle cx="{x(p.year):.1f}" cy="{y(p.value):.1f}" r="4" fill="{colour}"/>')
            else:
                parts.append(
                    f'<rect x="{x(p.year) - 3.5:.1f}" y="{y(p.value) - 3.5:.1f}" width="7" height="7" fill="{colour}"/>'
                )
    parts.append("</svg>")
    return "".join(parts)


def _error_bar(cx: float, low: float, high: float, colour: str) -> str:
    """A vertical bar with short caps from the interval's low to its high end (drawn under the line)."""
    return (
        f'<path class="ci" d="M{cx - 5:.1f},{high:.1f}H{cx + 5:.1f}M{cx:.1f},{high:.1f}V{low:.1f}'
        f'M{cx - 5:.1f},{low:.1f}H{cx + 5:.1f}" stroke="{colour}" stroke-width="1.5" fill="none"/>'
    )
