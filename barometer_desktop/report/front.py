"""Cover, table of contents and the summary barometer table."""

from __future__ import annotations

from reportlab.lib.units import mm
from reportlab.platypus import PageBreak, Paragraph, Spacer, Table, TableStyle

from barometer_desktop.assembly.checklist import data_status_text
from barometer_desktop.assembly.snapshot import BarometerSnapshot, GoalView, IndicatorView
from barometer_desktop.domain.formatting import format_change, format_date, format_value, keep_units_together
from barometer_desktop.domain.types import TREND_SYMBOLS, GoalStatus
from barometer_desktop.labels import (
    STATUS_ORDER,
    basis_sentence,
    change_heading,
    development_text,
    provisional,
    value_with_year,
)
from barometer_desktop.report.contents import Contents
from barometer_desktop.report.options import ReportOptions
from barometer_desktop.report.styles import ACCENT, FONT, RULE, styles
from barometer_desktop.report.tables import data_table, p, paragraph_markup
from barometer_desktop.report.tagging import TableTagging
from barometer_desktop.report.text import danish, language, not_measured_mark, translate, verdict_mark


class Heading(Paragraph):
    """A heading never splits across pages: it moves to the next page whole.

    Good typography, and needed: the parts of a split paragraph are new
    objects without the heading's bookmark key, so its page would be lost.
    """

    def split(self, availWidth, availHeight):  # ReportLab API
        return []

    def title(self) -> str:
        """The heading's text for the contents and the bookmarks (plain spaces, see heading(), but "20 %" held together)."""
        return keep_units_together(self.getPlainText().replace("\u00a0", " "))


def heading(text: str, style: str, level: int | None) -> Paragraph:
    """A heading; with a level it gets a bookmark and a line in the contents."""
    # The last two words stay together: a heading never ends with one word alone on its line.
    head, space, last = text.rpartition(" ")
    if space and head:
        text = f"{head}\u00a0{last}"
    paragraph = Heading(paragraph_markup(text), styles()[style])
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
        p(danish(snapshot.organisation), "cover_sub"),
        Spacer(1, 6 * mm),
        p(title_text(snapshot.report_year), "cover_title"),
        p(translate("Report", "How the goals of the integration policy developed in {year}").format(
            year=snapshot.report_year), "cover_sub"),
        Spacer(1, 16 * mm),
    ]
    rows = [
        (translate("Report", "Organisation"), danish(snapshot.organisation)),
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
    value = value_with_year(indicator.shown_value, indicator.unit, indicator.decimals, year, lang)
    if indicator.not_measured:
        return value, "–", not_measured_mark(year), national_text(indicator, year)
    change = (
        format_change(development.change, indicator.unit, indicator.decimals, lang)
        if development.change is not None else "–"
    )
    return value, change, development_text(development), national_text(indicator, year)


def national_text(indicator: IndicatorView, year: int) -> str:
    """The country's status value and its own verdict, by the same rule."""
    national = indicator.national
    if national is None:
        # A final edition stored before every area had its verdict: its national figure as stored.
        if indicator.national_value is None:
            return "–"
        value = format_value(indicator.national_value, indicator.unit, indicator.decimals, language())
        return f"{value} {TREND_SYMBOLS[indicator.national_trend.value]}"
    if national.development.current is None:
        return "–"
    value = value_with_year(national.development.current, indicator.unit, indicator.decimals, year, language())
    return f"{value} {TREND_SYMBOLS[national.trend.value]}"


def significance_note(indicator: IndicatorView) -> str:
    development = indicator.development
    if development.within_uncertainty:
        return translate("Report", "The change is within the statistical uncertainty.")
    if development.significance_unknown:
        return translate("Report", "Whether the change is statistically significant cannot be tested: "
                                   "a sample size is missing.")
    if development.significance is not None and development.significance.significant:
        return translate("Report", "The change is statistically significant.")
    return ""


def basis_text(snapshot: BarometerSnapshot) -> str:
    return basis_sentence(snapshot.basis, snapshot.baseline_year)


def counts_sentence(snapshot: BarometerSnapshot) -> str:
    """The summary's count line: goals by their goal status, as every output counts them."""
    counts = snapshot.status_counts()
    text = translate(
        "Report",
        "In {year}, {improved} goals improved, {worsened} worsened, {unchanged} were unchanged and {mixed} "
        "were mixed (the goal status, from all of a goal's indicators); {other} have no comparable data or "
        "no direction.",
    ).format(
        year=snapshot.report_year,
        improved=counts[GoalStatus.IMPROVED],
        worsened=counts[GoalStatus.WORSENED],
        unchanged=counts[GoalStatus.UNCHANGED],
        mixed=counts[GoalStatus.MIXED],
        other=counts[GoalStatus.NO_DATA] + counts[GoalStatus.NO_DIRECTION],
    )
    awaiting = snapshot.goals_awaiting_final()
    if awaiting:
        text += " " + translate("Report", "{count} of these goal statuses rest on provisional figures.").format(
            count=awaiting)
    return text


def goal_status_text(goal: GoalView) -> str:
    mark = verdict_mark(goal.status)
    return f"{mark} ({provisional()})" if goal.provisional else mark


def summary(snapshot: BarometerSnapshot, width: float) -> list:
    year = snapshot.report_year
    story: list = [heading(translate("Report", "Summary"), "h1", 0)]
    story.append(p(translate(
        "Report",
        "The barometer follows {goals} goals of the integration policy through their indicators. There are "
        "no numeric targets: an indicator develops well when it moves in its desired direction. {basis}",
    ).format(goals=len(snapshot.goals), basis=basis_text(snapshot))))
    story.append(p(counts_sentence(snapshot)))
    story.append(Spacer(1, 3 * mm))
    rows = []
    for goal in snapshot.goals:
        headline = goal.headline
        if headline is None:
            rows.append([f"{goal.number}. {danish(goal.title)}", "–", "–", "–", "–", "–", goal_status_text(goal)])
            continue
        # The development's own words carry "not significant" / "significance unknown" / "provisional".
        value, change, mark, national = _indicator_cells(headline, year)
        rows.append([
            f"{goal.number}. {danish(goal.title)}", danish(headline.name), value, change, p(mark, "cell"), national,
            goal_status_text(goal),
        ])
    header = [
        translate("Report", "Goal"),
        translate("Report", "Headline indicator"),
        translate("Report", "Value (year)"),
        change_heading(snapshot.basis, snapshot.baseline_year),
        # The column beside "Headline indicator": one word that fits its width without shrinking.
        translate("Report", "Development"),
        translate("Report", "National"),
        translate("Report", "Goal status"),
    ]
    # Wide enough that no word is broken: "Karaktergennemsnit," in the indicator's name,
    # "−10,3 pct.-" over "point" (a figure and its unit are never parted), "4,9 % (2013)",
    # "● Unchanged" as a status (9 pt text).
    widths = [x * mm for x in (24.5, 36.5, 18, 19.5, 24.5, 19.5, 25)]
    scale = width / sum(widths)
    story.append(data_table(header, rows, [w * scale for w in widths], right_columns=(2, 3, 5)))
    story.append(Spacer(1, 2 * mm))
    legend = "; ".join(verdict_mark(status) for status in STATUS_ORDER)
    story.append(p(translate(
        "Report",
        "{legend}. The goal status combines all of the goal's indicators; the counts above are of the goal "
        "status. A year in brackets is the value's status year; * provisional figure. National: the "
        "country's value and its own development.",
    ).format(legend=legend), "small"))
    return story
