"""The public CSV files: all published figures (data.csv) and one file per indicator.

Both are machine-readable: numbers rounded as published, without thousands
separators and with an ASCII "-" (domain.spreadsheet_text.plain_number),
text cells neutralised against CSV injection. A Danish site writes ";"
between cells and decimal commas (what Danish Excel opens by double-click),
an English site "," and decimal points; the pages say which
(`Pages.csv_format_note`). UTF-8 with a byte-order mark, so Excel reads the
Danish letters. Only the public view (web.public) is written: final values,
public notes.
"""

from __future__ import annotations

import csv
import io
from collections.abc import Iterable

from barometer_desktop.domain.formatting import Lang
from barometer_desktop.domain.spreadsheet_text import csv_delimiter, neutralise, plain_number
from barometer_desktop.i18n import translate
from barometer_desktop.labels import area_name, unit_name, verdict_word
from barometer_desktop.web.public import PublicGoal, PublicIndicator


def _csv(lang: Lang, rows: Iterable[list[object]]) -> str:
    out = io.StringIO()
    writer = csv.writer(out, delimiter=csv_delimiter(lang), lineterminator="\r\n")
    writer.writerows(rows)
    return "\ufeff" + out.getvalue()


def _yes_no(flag: bool) -> str:
    return translate("Web", "yes") if flag else translate("Web", "no")


def published_csv(goals: tuple[PublicGoal, ...], lang: Lang) -> str:
    """Every published figure, one row per indicator, area and year (call inside output_language)."""
    header = [
        translate("Web", "goal"), translate("Web", "indicator"), translate("Web", "name"),
        translate("Web", "area"), translate("Web", "year"), translate("Web", "value"),
        translate("Web", "unit"), translate("Web", "development"),
    ]

    def rows():
        yield header
        for goal in goals:
            for indicator in goal.indicators:
                # The unit column uses the unit names (labels) in the site's language, not the stored codes.
                unit = unit_name(indicator.unit)
                # The snapshot's verdicts, on the row of the value each is about.
                verdicts = {}
                if indicator.latest is not None and not indicator.not_measured:
                    verdicts[(True, False, indicator.latest.year)] = verdict_word(indicator.trend)
                if indicator.national is not None:
                    verdicts[(False, True, indicator.national.year)] = verdict_word(indicator.national_trend)
                for series in indicator.series:
                    for point in series.points:
                        verdict = verdicts.get((series.is_main, series.is_country, point.year), "")
                        yield [goal.number, neutralise(indicator.code), neutralise(indicator.name),
                               neutralise(area_name(series.area_name, series.is_country)), point.year,
                               plain_number(point.value, indicator.decimals, lang), neutralise(unit), verdict]

    return _csv(lang, rows())


def indicator_csv(indicator: PublicIndicator, lang: Lang) -> str:
    """One indicator's published figures per area and year, with what a reader needs to use them:
    the 95 % confidence interval and sample size of survey values, whether a value is provisional
    (the public sees final values only, so "no"), and the source (call inside output_language)."""
    header = [
        translate("Web", "indicator"), translate("Web", "name"), translate("Web", "area"),
        translate("Web", "year"), translate("Web", "value"), translate("Web", "unit"),
        translate("Web", "ci_95_lower"), translate("Web", "ci_95_upper"), translate("Web", "sample_size"),
        translate("Web", "provisional"), translate("Web", "source"),
    ]
    unit = neutralise(unit_name(indicator.unit))
    source = neutralise(indicator.data_source)
    # The interval's ends are rounded like the value, as the pages and the report show them.
    decimals = indicator.decimals

    def rows():
        yield header
        for series in indicator.series:
            for point in series.points:
                yield [
                    neutralise(indicator.code), neutralise(indicator.name),
                    neutralise(area_name(series.area_name, series.is_country)),
                    point.year, plain_number(point.value, decimals, lang), unit,
                    plain_number(point.ci_low, decimals, lang), plain_number(point.ci_high, decimals, lang),
                    "" if point.sample_size is None else point.sample_size,
                    _yes_no(point.provisional), source,
                ]

    return _csv(lang, rows())
