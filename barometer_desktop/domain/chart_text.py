"""A chart in words: what a screen reader says instead of showing the lines.

One function for every chart the program draws (the web export's SVG <desc>
and the indicator screen's chart, as its accessible description), so the
two say the same thing the same way.
"""

from __future__ import annotations

from collections.abc import Iterable


def describe_series(series: Iterable[tuple[str, Iterable[tuple[str, str]]]]) -> str:
    """"København: 2012 45,1 %, 2013 46,0 %. Hele landet: 2012 50,2 %." from
    (area name, [(period, value text), ...]) pairs, already formatted."""
    return " ".join(
        f"{name}: " + ", ".join(f"{period} {value}" for period, value in points) + "."
        for name, points in ((name, list(points)) for name, points in series)
        if points
    )
