"""Cover, table of contents and the summary barometer table."""

from __future__ import annotations

from html import escape

from reportlab.lib.units import mm
from reportlab.platypus import CondPageBreak, PageBreak, Paragraph, Spacer, Table, TableStyle

from barometer_desktop.assembly.checklist import data_status_text
from barometer_desktop.assembly.snapshot import BarometerSnapshot, IndicatorView
from barometer_desktop.domain.formatting import format_change, format_date, format_value
from barometer_desktop.domain.types import ComparisonBasis, Trend
from barometer_desktop.report.contents import Contents
from barometer_desktop.report.options import ReportOptions
from barometer_desktop.report.styles import ACCENT, FONT, RULE, styles
from barometer_desktop.report.tables import data_table, p
from barometer_desktop.report.tagging import TableTagging
from barometer_desktop.report.text import language, not_measured_mark, status_mark, translate, trend_mark


class Heading(Paragraph):
    """A heading never splits across pages: it moves to the next page whole.

    Good typography, and needed: the parts of a split paragraph are new
    objects without the heading's bookmark key, so its page would be lost.
    """

    def split(self, availWidth, availHeight):  # noqa: N803 - ReportLab API
        return []

    def title(self) -> str:
        """The heading's text for the contents and the bookmarks (plain spaces, see heading())."""
        return self.getPlainText().replace("\u00a0", " ")


def heading(text: str, style: str, level: int | None) -> Paragraph:
    """A heading; with a level it gets a bookmark and a line in the contents."""
    # The last two words stay together: a heading never ends with one word alone on its line.
    head, space, last = text.rpartition(" ")
    if space and head:
        text = f"{head}\u00a0{last}"
    paragraph = Heading(escape(text, quote=False), styles()[style])
    if level is not None:
        paragraph.toc_level = level
    return paragraph


def title_text(year: int) -> str:
    return translate("Report", "Integration barometer — status report {year}").format(year=year)


def cover(snapshot: BarometerSnapshot, options: ReportOptions, width: float) -> list:
    lang = language()
    edition = (
        translate("Report", "FINAL EDITION") if options.final else translate("Report", "DRAFT")
    )
    story: list = [
        Spacer(1, 38 * mm),
        p(snapshot.organisation, "cover_sub"),
        Spacer(1, 6 * mm),
        p(title_text(snapshot.report_year), "cover_title"),
        p(translate("Report", "How the goals of the integration policy developed in {year}").format(
            year=snapshot.report_year), "cover_sub"),
        Spacer(1, 16 * mm),
    ]
    rows = [
        (translate("Report", "Organisation"), snapshot.organisation),
        (translate("Report", "Date"), format_date(snapshot.prepared_on, lang)),
        (translate("Report", "Edition"), translate("Report", "Final") if options.final else translate("Report", "Draft")),
    ]
    if options.case_number:
        rows.append((translate("Report", "Case number"), options.case_number))
    if options.final and snapshot.data_status is not None:
        rows.append((translate("Report", "Data status"), data_status_text(snapshot.data_status, translate)))
    if snapshot.is_demo:
        rows.append((translate("Report", "Data"), translate("Report", "DEMO — made-up values for trying the program")))
    facts = Table([[p(a, "label"), p(b, "body")] for a, b in rows], colWidths=[40 * mm, width - 40 * mm],
                  hAlign="LEFT", renderCB=TableTagging("row"))
    facts.setStyle(TableStyle([
        ("FONTNAME", (0, 0), (-1, -1), FONT),
        ("LINEABOVE", (0, 0), (-1, 0), 1.2, ACCENT),
        ("LINEBELOW", (0, -1), (-1, -1), 0.5, RULE),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("TOPPADDING", (0, 0), (-1, -1), 5),
        ("LEFTPADDING", (0, 0), (-1, -1), 0),
    ]))
    mark = Table([[p(edition, "cover_mark")]], colWidths=[60 * mm], hAlign="LEFT")
    mark.setStyle(TableStyle([
        ("FONTNAME", (0, 0), (-1, -1), FONT),
        ("BOX", (0, 0), (-1, -1), 1.5, ACCENT),
        ("TOPPADDING", (0, 0), (-1, -1), 6),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 6),
    ]))
    story += [facts, Spacer(1, 14 * mm), mark, PageBreak()]
    return story


def contents() -> list:
    """The contents page; its entries are filled in once the whole story exists (build._prepare_contents)."""
    sheet = styles()
    # The contents are a table inside: give it the embedded font, not Helvetica.
    table_style = TableStyle([
        ("FONTNAME", (0, 0), (-1, -1), FONT),
        # Bottom: a page number sits on the last line of an entry that wraps.
        ("VALIGN", (0, 0), (-1, -1), "BOTTOM"),
        ("LEFTPADDING", (0, 0), (-1, -1), 0),
        ("RIGHTPADDING", (0, 0), (-1, -1), 0),
    ])
    toc = Contents([sheet["toc1"], sheet["toc2"]], table_style)
    return [p(translate("Report", "Contents"), "h1"), toc, PageBreak()]


def _indicator_cells(indicator: IndicatorView, year: int) -> tuple[str, str, str, str]:
    lang = language()
    development = indicator.development
    value = (
        format_value(development.current.value, indicator.unit, indicator.decimals, lang)
        if development.current else "–"
    )
    if indicator.not_measured:
        # Not due this year (biennial): the latest value, with its year.
        latest = indicator.latest
        value = f"{format_value(latest.value, indicator.unit, indicator.decimals, lang)} ({latest.period})"
        return value, "–", not_measured_mark(year), national_text(indicator)
    change = (
        format_change(development.change, indicator.unit, indicator.decimals, lang)
        if development.change is not None else "–"
    )
    return value, change, trend_mark(indicator.trend), national_text(indicator)


def national_text(indicator: IndicatorView) -> str:
    if indicator.national_value is None:
        return "–"
    return format_value(indicator.national_value, indicator.unit, indicator.decimals, language())


def significance_note(indicator: IndicatorView) -> str:
    development = indicator.development
    if development.within_uncertainty:
        return translate("Report", "The change is within the statistical uncertainty.")
    if development.significance is not None and development.significance.significant:
        return translate("Report", "The change is statistically significant.")
    return ""


def basis_text(snapshot: BarometerSnapshot) -> str:
    if snapshot.basis == ComparisonBasis.BASELINE and snapshot.baseline_year:
        return translate("Report", "Changes are measured against the baseline year {year}.").format(
            year=snapshot.baseline_year)
    return translate("Report", "Changes are measured against the previous measurement.")


def summary(snapshot: BarometerSnapshot, width: float) -> list:
    year = snapshot.report_year
    counts = snapshot.trend_counts()
    story: list = [heading(translate("Report", "Summary"), "h1", 0)]
    story.append(p(translate(
        "Report",
        "The barometer follows {goals} goals of the integration policy through their headline "
        "indicators. There are no numeric targets: an indicator develops well when it moves in "
        "its desired direction. {basis}",
    ).format(goals=len(snapshot.goals), basis=basis_text(snapshot))))
    story.append(p(translate(
        "Report",
        "In {year}, {improved} goals improved, {worsened} worsened and {unchanged} were unchanged "
        "(judged by the headline indicator); {other} have no comparable data or no direction.",
    ).format(
        year=year,
        improved=counts[Trend.IMPROVED],
        worsened=counts[Trend.WORSENED],
        unchanged=counts[Trend.UNCHANGED],
        other=counts[Trend.NO_DATA] + counts[Trend.NO_DIRECTION],
    )))
    story.append(Spacer(1, 3 * mm))
    rows = []
    for goal in snapshot.goals:
        headline = goal.headline
        if headline is None:
            rows.append([f"{goal.number}. {goal.title}", "–", "–", "–", "–", "–", status_mark(goal.status)])
            continue
        value, change, mark, national = _indicator_cells(headline, year)
        note = significance_note(headline)
        development = [p(mark, "cell")]
        if note:
            development.append(p(note, "small"))
        rows.append([
            f"{goal.number}. {goal.title}", headline.name, value, change, development, national,
            status_mark(goal.status),
        ])
    header = [
        translate("Report", "Goal"),
        translate("Report", "Headline indicator"),
        translate("Report", "Value {year}").format(year=year),
        translate("Report", "Change"),
        translate("Report", "Development"),
        translate("Report", "National"),
        translate("Report", "Goal status"),
    ]
    # Wide enough that no word is broken: "Karaktergennemsnit," in the indicator's
    # name, "pct.-point" under a value, "● Unchanged" as a status (9 pt text).
    widths = [x * mm for x in (24, 37, 19, 19, 27, 19, 25)]
    scale = width / sum(widths)
    story.append(data_table(header, rows, [w * scale for w in widths], right_columns=(2, 3, 5)))
    story.append(Spacer(1, 2 * mm))
    story.append(p(translate(
        "Report",
        "▲ improved, ▼ worsened, ● unchanged (the published, rounded figures are equal), "
        "◐ mixed, ◆ context indicator without a desired direction, – no comparable data. "
        "The goal status combines all of the goal's indicators.",
    ), "small"))
    story.append(CondPageBreak(40 * mm))
    return story
