"""One section per goal: each indicator's facts, trend chart, values and assessment."""

from __future__ import annotations

from reportlab.lib.units import mm
from reportlab.platypus import KeepTogether, PageBreak, Spacer

from barometer_desktop import labels
from barometer_desktop.assembly.snapshot import GoalView, IndicatorView
from barometer_desktop.domain.formatting import format_change, format_number, format_value
from barometer_desktop.domain.indicators import DETAIL_FIELDS
from barometer_desktop.labels import indicator_detail, value_with_year
from barometer_desktop.report.charts import shown_years, trend_chart
from barometer_desktop.report.front import goal_status_text, heading, significance_note
from barometer_desktop.report.tables import data_table, facts_table, p
from barometer_desktop.report.text import (
    area_label,
    danish,
    direction_name,
    frequency_name,
    language,
    translate,
    unit_name,
)

# The values table shows the most recent years; the chart shows them all.


def goal_section(goal: GoalView, width: float, year: int, *, new_page: bool = False) -> list:
    """The goal's heading and its indicators.

    Only the first goal starts a new page. The others follow on, their heading
    kept together with the first indicator's heading, facts and chart: a goal
    never starts on the last lines of a page, and a page never holds just the
    end of the previous goal (the demo report had pages 60-90 % empty).
    """
    # Further down a page, the h1 style's space before sets the goal apart (none at a page's top).
    opening: list = [
        heading(translate("Report", "Goal {number}: {title}").format(number=goal.number, title=danish(goal.title)),
                "h1", 0),
        p(translate("Report", "Focus area: {area}. Goal status: {status}.").format(
            area=danish(goal.focus_area_title), status=goal_status_text(goal)), "small"),
    ]
    # The other areas the report shows, judged by the same majority rule.
    shown = {s.area_name for i in goal.indicators for s in i.series}
    others = [a for a in goal.area_statuses if not a.is_main and a.area_name in shown]
    if others:
        opening.append(p(translate("Report", "Goal status by the same rule: {statuses}.").format(
            statuses="; ".join(f"{area_label(a)} {labels.verdict_mark(a.status)}" for a in others)), "small"))
    story: list = [PageBreak()] if new_page else []
    if not goal.indicators:
        return story + opening
    for number, indicator in enumerate(goal.indicators):
        story += indicator_block(indicator, width, year, lead=opening if number == 0 else ())
    return story


def indicator_block(indicator: IndicatorView, width: float, year: int, lead=()) -> list:
    """An indicator's facts, chart, values and assessment; `lead` (its goal's heading) stays with its start."""
    kind = translate("Report", "Headline indicator") if indicator.is_headline else translate(
        "Report", "Supplementary indicator")
    title = heading(f"{indicator.code} {danish(indicator.name)}", "h2", 1)
    facts = facts_table(
        [
            (translate("Report", "Type"), kind),
            (translate("Report", "Definition"), danish(indicator.definition)),
            (translate("Report", "Population"), danish(indicator.population_note)),
            (translate("Report", "Unit"), f"{unit_name(indicator.unit)}; {direction_name(indicator.direction).lower()}"),
            (translate("Report", "Source"), danish(indicator.data_source)),
            (translate("Report", "Provider"), danish(indicator.provider)),
            (translate("Report", "Frequency"), frequency_name(indicator.frequency)),
            *((indicator_detail(name)[0], getattr(indicator, name)) for name in DETAIL_FIELDS),
        ],
        width,
    )
    # The headings stay with the facts, and the chart with its heading and the words on it; the
    # two blocks may sit on two pages rather than leave half a page empty before a goal.
    story: list = [
        KeepTogether([*lead, title, facts]),
        KeepTogether([
            Spacer(1, 3 * mm), p(translate("Report", "Development"), "h3"), trend_chart(indicator, width),
            Spacer(1, 2 * mm), *development_text(indicator, year),
        ]),
    ]
    story += area_verdicts_table(indicator, width, year)
    story += values_table(indicator, width)
    story.append(p(translate("Report", "Assessment"), "h3"))
    if indicator.assessment and indicator.assessment_is_public:
        story.append(p(danish(indicator.assessment)))
    else:
        story.append(p(translate("Report", "The secretariat has not recorded an assessment."), "small"))
    return story


def development_text(indicator: IndicatorView, year: int) -> list:
    lang = language()
    development = indicator.development
    unit, decimals = indicator.unit, indicator.decimals
    if indicator.not_measured:
        return [p(translate(
            "Report", "The indicator has no value recent enough to be judged in {year}. The latest value is {value}."
        ).format(year=year, value=value_with_year(indicator.latest, unit, decimals, year, lang)))]
    if development.current is None:
        return [p(translate("Report", "There is no value for the report year yet."))]
    current = value_with_year(development.current, unit, decimals, year, lang)
    if development.reference is None or development.change is None:
        text = translate("Report", "The value is {value}; there is no earlier value to compare with.").format(
            value=current)
    else:
        text = translate(
            "Report", "The value is {value} in {year} against {reference} in {reference_year}: a change of {change}."
        ).format(
            value=format_value(development.current.value, unit, decimals, lang),
            year=development.current.period.year,
            reference=format_value(development.reference.value, unit, decimals, lang),
            reference_year=development.reference.period.year,
            change=format_change(development.change, unit, decimals, lang),
        )
    parts = [text, translate("Report", "Development: {mark}.").format(mark=labels.development_text(development))]
    note = significance_note(indicator)
    if note:
        parts.append(note)
    return [p(" ".join(parts))]


def area_verdicts_table(indicator: IndicatorView, width: float, year: int) -> list:
    """The verdict of every area the report shows (main, country, the chosen ones), by the same rule."""
    shown = {s.area_code for s in indicator.series}
    verdicts = [v for v in indicator.verdicts if v.area_code in shown]
    if len(verdicts) < 2:
        return []
    lang = language()
    rows = []
    for verdict in verdicts:
        development = verdict.development
        rows.append([
            area_label(verdict),
            value_with_year(development.current, indicator.unit, indicator.decimals, year, lang),
            format_change(development.change, indicator.unit, indicator.decimals, lang)
            if development.change is not None else "–",
            labels.development_text(development),
        ])
    header = [translate("Report", "Area"), translate("Report", "Value (year)"), translate("Report", "Change"),
              translate("Report", "Development")]
    widths = [width * share for share in (0.28, 0.2, 0.18, 0.34)]
    return [p(translate("Report", "Development by area"), "h3"),
            data_table(header, rows, widths, right_columns=(1, 2), plain=True)]


def values_table(indicator: IndicatorView, width: float) -> list:
    lang = language()
    series = [s for s in indicator.series if s.yearly()]
    if not series:
        return []
    years = shown_years(series)
    main = series[0] if series[0].is_main else None
    header = [translate("Report", "Year")] + [area_label(s) for s in series]
    # The main area's confidence intervals get a column of their own.
    with_ci = main is not None and any(pt.ci_low is not None for pt in main.yearly())
    if main is not None and with_ci:
        header.append(translate("Report", "95 % confidence interval, {area}").format(area=area_label(main)))
    provisional = False
    rows = []
    by_area = [{pt.period.year: pt for pt in s.yearly()} for s in series]
    for year in years:
        row = [str(year)]
        for points in by_area:
            point = points.get(year)
            if point is None:
                row.append("–")
                continue
            text = format_number(point.value, indicator.decimals, lang)
            if point.provisional:
                text += "*"
                provisional = True
            row.append(text)
        if with_ci:
            point = by_area[0].get(year)
            if point is not None and point.ci_low is not None and point.ci_high is not None:
                row.append(f"{format_number(point.ci_low, indicator.decimals, lang)}–"
                           f"{format_number(point.ci_high, indicator.decimals, lang)}")
            else:
                row.append("–")
        rows.append(row)
    columns = len(header)
    first = 14 * mm
    ci_width = 38 * mm if with_ci else 0
    rest = (width - first - ci_width) / (columns - 1 - (1 if with_ci else 0))
    rest = min(rest, 30 * mm)
    widths = [first] + [rest] * (len(series)) + ([ci_width] if with_ci else [])
    table = data_table(header, rows, widths, right_columns=tuple(range(1, columns)), plain=True)
    notes = [p(translate("Report", "Values"), "h3"), table]
    if provisional:
        notes.append(p(translate("Report", "* Provisional figure; the provider may still revise it."), "small"))
    unit_note = translate("Report", "Unit: {unit}.").format(unit=unit_name(indicator.unit))
    notes.append(p(unit_note, "small"))
    # A short table stays with its heading and notes; a long one splits, repeating its header
    # (the heading's keepWithNext holds it to the first rows).
    return [KeepTogether(notes)] if len(rows) <= 12 else notes
