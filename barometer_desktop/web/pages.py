"""HTML of the public pages. Every text from the database goes through
`esc` (html.escape), so a name containing markup shows as text.

The words are `translate("Web", "...")` calls with two literals (the shape
pyside6-lupdate collects), made before the f-string that uses them; the
language is the one `build_site` sets with `i18n.output_language`."""

from __future__ import annotations

from datetime import date
from html import escape

from barometer_desktop import labels
from barometer_desktop.assembly.snapshot import BarometerSnapshot
from barometer_desktop.domain.chart_text import describe_series
from barometer_desktop.domain.formatting import Lang, format_change, format_date, format_number, format_value
from barometer_desktop.domain.indicators import DETAIL_FIELDS
from barometer_desktop.domain.types import TREND_SYMBOLS, GoalStatus, Trend
from barometer_desktop.i18n import translate
from barometer_desktop.web.public import PublicGoal, PublicIndicator, PublicPoint, PublicSeries, goal_file
from barometer_desktop.web.svg import COUNTRY_COLOUR, MAIN_COLOUR, line_chart

# The shared symbols (domain.types), the same in the app and the PDF report.
MARKS = TREND_SYMBOLS


def esc(text: object) -> str:
    return escape(str(text), quote=True)


ABOUT_FILE = "om.html"
FAVICON_FILE = "favicon.svg"


class Pages:
    def __init__(self, lang: Lang, snapshot: BarometerSnapshot, published: date) -> None:
        self.lang = lang
        self.snapshot = snapshot
        self.year = snapshot.report_year
        self.organisation = snapshot.organisation
        self.published = published
        self.is_demo = snapshot.is_demo

    # -- pieces --------------------------------------------------------------------

    def trend_html(self, trend: Trend | GoalStatus, label: str | None = None) -> str:
        """A verdict's symbol and word (labels), with its colour class."""
        return (
            f'<span class="trend trend-{trend.value}"><span class="mark" aria-hidden="true">{MARKS[trend.value]}</span>'
            f"{esc(label or labels.verdict_word(trend))}</span>"
        )

    def indicator_trend_html(self, indicator: PublicIndicator) -> str:
        if indicator.not_measured:
            # Nothing final in the status window: not assessed, the latest value is older.
            return f'<span class="trend trend-no_data">{esc(labels.not_measured_mark(self.year))}</span>'
        notes = labels.development_notes(indicator.development)
        note = f' <span class="note">({esc(", ".join(notes))})</span>' if notes else ""
        return self.trend_html(indicator.trend) + note

    def data(self, text: object) -> str:
        """Text from the database (names, titles, notes, assessments: written in Danish), escaped;
        on a page in another language marked lang="da", so a screen reader speaks it as Danish
        (WCAG 3.1.2)."""
        if self.lang == "da" or not str(text).strip():
            return esc(text)
        return f'<span lang="da">{esc(text)}</span>'

    def area(self, series: PublicSeries) -> str:
        """HTML: an area's name, the whole country in the page's language (labels.area_name, the
        window's word), any other area by its own (Danish) name."""
        if series.is_country:
            return esc(labels.area_name(series.area_name, True))
        return self.data(series.area_name)

    def value_year(self, indicator: PublicIndicator, point: PublicPoint) -> str:
        return f"{self.value(indicator, point.value)} ({point.year})" if point.year != self.year else self.value(
            indicator, point.value)

    def value(self, indicator: PublicIndicator, value: float) -> str:
        return format_value(value, indicator.unit, indicator.decimals, self.lang)

    def page(self, title: str, heading: str, lede: str, body: str, crumbs: str = "") -> str:
        """A whole page; `heading` and `lede` are HTML (escaped by the caller), `title` plain text."""
        demo_note = translate("Web", "DEMO: the values on these pages are made up.")
        demo = f'<p class="demo" role="note">{esc(demo_note)}</p>' if self.is_demo else ""
        skip = translate("Web", "Skip to content")
        published = translate("Web", "Published {date}").format(date=format_date(self.published, self.lang))
        footer = translate(
            "Web", "Integration barometer {year}. Only final figures are shown, compared as published (rounded)."
        ).format(year=self.year) + " " + labels.basis_sentence(self.snapshot.basis, self.snapshot.baseline_year)
        download = translate("Web", "Download the published figures (CSV)")
        csv_format = self.csv_format_note()
        about = translate("Web", "About the barometer")
        return f"""<!DOCTYPE html>
<html lang="{esc(self.lang)}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{esc(title)}</title>
<link rel="stylesheet" href="style.css">
<link rel="icon" href="{FAVICON_FILE}" type="image/svg+xml">
</head>
<body>
<a class="skip" href="#content">{esc(skip)}</a>
{demo}<header class="site"><div class="wrap">
<p class="org">{self.data(self.organisation)}</p>
{crumbs}<h1>{heading}</h1>
<p class="lede">{lede}</p>
<p class="meta">{esc(published)}</p>
</div></header>
<main id="content" tabindex="-1"><div class="wrap">
{body}
</div></main>
<footer class="site"><div class="wrap">
<p>{esc(footer)}</p>
<p><a href="{ABOUT_FILE}">{esc(about)}</a> · <a href="data.csv" download>{esc(download)}</a></p>
<p>{esc(csv_format)}</p>
</div></footer>
</body>
</html>
"""

    def csv_format_note(self) -> str:
        """Which CSV dialect the site's files are in (domain.spreadsheet_text.CSV_SEPARATORS)."""
        if self.lang == "da":
            return translate("Web", "The CSV files are in Danish format: semicolons between the columns and "
                                    "decimal commas, as Danish Excel opens them.")
        return translate("Web", "The CSV files are comma-separated with a full stop as the decimal mark; "
                                "the Danish site's files use semicolons and decimal commas.")

    # -- the front page ----------------------------------------------------------------

    def index(self, goals: tuple[PublicGoal, ...]) -> str:
        # The snapshot's counts of the goal statuses the pages show (final values only).
        counts = self.snapshot.status_counts(published=True)
        summary = "".join(
            f"<li>{self.trend_html(status)}<span>{counts[status]}</span></li>"
            for status in labels.STATUS_ORDER
            if counts[status] or status in (GoalStatus.IMPROVED, GoalStatus.UNCHANGED, GoalStatus.WORSENED)
        )
        awaiting = self.snapshot.goals_awaiting_final()
        waiting = ""
        if awaiting:
            text = translate("Web", "{count} goals await final figures for {year}; they are shown on the "
                                    "latest final figures.").format(count=awaiting, year=self.year)
            waiting = f'<p class="awaiting" role="note">{esc(text)}</p>'
        cards = "\n".join(self.card(goal) for goal in goals)
        development = translate("Web", "Status of the goals in {year}").format(year=self.year)
        the_goals = translate("Web", "The goals")
        body = (
            f'<h2 id="summary">{esc(development)}</h2>'
            f'<ul class="summary" aria-labelledby="summary">{summary}</ul>{waiting}'
            f'<h2 id="goals">{esc(the_goals)}</h2>'
            f'<ul class="cards" aria-labelledby="goals">{cards}</ul>'
        )
        title = translate("Web", "Integration barometer {year}").format(year=self.year)
        return self.page(
            title,
            esc(title),
            esc(translate("Web", "How the city's integration policy is moving: each goal's status, its headline "
                                 "indicator and the national figure.")),
            body,
        )

    def about_page(self) -> str:
        snapshot = self.snapshot
        sentences = labels.rule_sentences(
            snapshot.basis, snapshot.baseline_year, snapshot.significance_policy, snapshot.status_window
        )
        home = translate("Web", "Integration barometer {year}").format(year=self.year)
        title = translate("Web", "About the barometer")
        crumbs = f'<p class="breadcrumb"><a href="index.html">{esc(home)}</a> › {esc(title)}</p>'
        how = translate("Web", "How development is judged")
        body = f'<h2>{esc(how)}</h2>' + "".join(f"<p>{esc(sentence)}</p>" for sentence in sentences)
        figures = translate("Web", "The figures as CSV files")
        columns = translate(
            "Web", "Each indicator's section links to a CSV file with its published figures per area and year: "
                   "the value, the lower and upper end of the 95 % confidence interval and the sample size "
                   "(survey indicators), whether the value is provisional (only final values are published) "
                   "and the source. The file with all figures is linked at the bottom of every page."
        )
        body += f'<h2>{esc(figures)}</h2><p>{esc(columns)}</p><p>{esc(self.csv_format_note())}</p>'
        lede = translate("Web", "There are no numeric targets: an indicator develops well when it moves in its "
                                "desired direction.")
        return self.page(title, esc(title), esc(lede), body, crumbs)

    def card(self, goal: PublicGoal) -> str:
        headline = goal.headline
        figure = ""
        indicator_line = ""
        status_label = translate("Web", "Goal status")
        status = (f'<p class="goal-status"><span class="label">{esc(status_label)}:</span>'
                  f"{self.trend_html(goal.status)}</p>")
        if headline is not None:
            indicator_line = f'<p class="indicator">{self.data(headline.name)}</p>'
            if headline.latest is not None:
                national = ""
                if headline.national is not None:
                    national = '<p class="national">' + esc(translate("Web", "National: {value}").format(
                        value=self.value_year(headline, headline.national))) + " " + self.trend_html(
                        headline.national_trend) + "</p>"
                figure = (
                    f'<div class="figure"><span class="value">{esc(self.value(headline, headline.latest.value))}</span>'
                    f'<span class="value-year">{headline.latest.year}</span>{self.indicator_trend_html(headline)}</div>{national}'
                )
            else:
                figure = f'<div class="figure">{self.trend_html(Trend.NO_DATA)}</div>'
        goal_no = translate("Web", "Goal {number}").format(number=goal.number)
        return (
            f'<li class="card"><p class="goal-no">{esc(goal_no)}</p>'
            f'<h3><a href="{goal_file(goal)}">{self.data(goal.title)}</a></h3>{status}{indicator_line}{figure}</li>'
        )

    # -- a goal's page ------------------------------------------------------------------

    def goal_page(self, goal: PublicGoal) -> str:
        home = translate("Web", "Integration barometer {year}").format(year=self.year)
        goal_no = translate("Web", "Goal {number}").format(number=goal.number)
        crumbs = (
            f'<p class="breadcrumb"><a href="index.html">{esc(home)}</a>'
            f" › {esc(goal_no)}</p>"
        )
        blocks = "\n".join(self.indicator_block(goal, i, n) for n, i in enumerate(goal.indicators, start=1))
        if not blocks:
            none_published = translate("Web", "No indicators are published for this goal.")
            blocks = f"<p>{esc(none_published)}</p>"
        lede = ""
        if goal.focus_area_title:
            lede = esc(translate("Web", "Focus area: {title}")).format(title=self.data(goal.focus_area_title))
        status = translate("Web", "Goal status")
        blocks = f'<p class="goal-status">{esc(status)}: {self.trend_html(goal.status)}</p>\n' + blocks
        return self.page(
            f"{goal_no}: {goal.title}",
            self.data(goal.title),
            lede,
            blocks,
            crumbs,
        )

    def indicator_block(self, goal: PublicGoal, indicator: PublicIndicator, n: int) -> str:
        chart_id = f"chart-{goal.number}-{n}"
        role = (translate("Web", "Headline indicator") if indicator.is_headline
                else translate("Web", "Supplementary indicator"))
        figures = []
        if indicator.latest is not None:
            figures.append((translate("Web", "Latest value ({year})").format(year=indicator.latest.year),
                            self.value(indicator, indicator.latest.value)))
        if indicator.change is not None:
            figures.append((labels.change_heading(self.snapshot.basis, self.snapshot.baseline_year),
                            format_change(indicator.change, indicator.unit, indicator.decimals, self.lang)))
        if indicator.national is not None:
            figures.append((translate("Web", "National ({year})").format(year=indicator.national.year),
                            f"{self.value(indicator, indicator.national.value)} "
                            f"{labels.verdict_mark(indicator.national_trend)}"))
        keyfigures = "".join(f"<div><dt>{esc(k)}</dt><dd>{esc(v)}</dd></div>" for k, v in figures)
        uncertainty = ""
        if indicator.within_uncertainty:
            within = translate("Web", "The change is within the statistical uncertainty of the survey.")
            uncertainty = f"<p>{esc(within)}</p>"
        elif indicator.development.significance_unknown:
            unknown = translate("Web", "Whether the change is statistically significant cannot be tested: "
                                       "a sample size is missing.")
            uncertainty = f"<p>{esc(unknown)}</p>"
        assessment = ""
        if indicator.assessment.strip():
            heading = translate("Web", "Assessment")
            assessment = (f'<div class="assessment"><h3>{esc(heading)}</h3>'
                          f"<p>{self.data(indicator.assessment)}</p></div>")
        return (
            f'<section class="indicator-block" aria-labelledby="{chart_id}-h">'
            f'<p class="goal-no">{esc(role)}</p><h2 id="{chart_id}-h">{self.data(indicator.name)}</h2>'
            f'<p>{self.indicator_trend_html(indicator)}</p>'
            f'<dl class="keyfigures">{keyfigures}</dl>{uncertainty}'
            f"{self.chart(indicator, chart_id)}{assessment}{self.about(indicator)}"
            f"{self.downloads(indicator)}</section>"
        )

    def downloads(self, indicator: PublicIndicator) -> str:
        """The indicator's CSV file, and when its values were last stored."""
        link = translate("Web", "The indicator's figures (CSV)")
        updated = ""
        if indicator.last_updated is not None:
            day = indicator.last_updated
            # The template is escaped before the <time> element goes in.
            text = esc(translate("Web", "Last updated {date}")).format(
                date=f'<time datetime="{day.isoformat()}">{esc(format_date(day, self.lang))}</time>')
            updated = f'<p class="updated">{text}</p>'
        return (f'<p class="downloads"><a href="{esc(indicator.csv_file)}" download>{esc(link)}</a></p>'
                f"{updated}")

    def chart(self, indicator: PublicIndicator, chart_id: str) -> str:
        shown = [s for s in indicator.series if (s.is_main or s.is_country) and s.points]
        if not shown:
            nothing = translate("Web", "No final figures are published yet.")
            return f"<p>{esc(nothing)}</p>"
        description = describe_series(
            (labels.area_name(s.area_name, s.is_country), [(str(p.year), self.value(indicator, p.value)) for p in s.points])
            for s in shown
        )
        svg = line_chart(
            chart_id,
            translate("Web", "{indicator}, development by year").format(indicator=indicator.name),
            description,
            shown,
            lambda v: format_number(v, max(0, min(indicator.decimals, 1)), self.lang),
            labels.unit_name(indicator.unit),
        )
        legend = "".join(self.legend_key(s) for s in shown)
        if any(p.ci_low is not None for s in shown for p in s.points):
            legend += self.interval_key()
        as_table = translate("Web", "The figures as a table")
        return (f"<figure>{svg}<figcaption>{legend}</figcaption></figure>"
                f"<details><summary>{esc(as_table)}</summary>{self.table(indicator, shown)}</details>")

    def legend_key(self, series) -> str:
        colour = MAIN_COLOUR if series.is_main else COUNTRY_COLOUR
        dash = "" if series.is_main else ' stroke-dasharray="6 4"'
        return (
            f'<span class="key"><svg width="28" height="10" aria-hidden="true"><line x1="0" x2="28" y1="5" y2="5" '
            f'stroke="{colour}" stroke-width="3"{dash}/></svg>{self.area(series)}</span>'
        )

    @staticmethod
    def interval_key() -> str:
        text = translate("Web", "95 % confidence interval")
        return (
            f'<span class="key"><svg width="12" height="14" aria-hidden="true"><path d="M1,1H11M6,1V13M1,13H11" '
            f'stroke="{MAIN_COLOUR}" stroke-width="1.5" fill="none"/></svg>{esc(text)}</span>'
        )

    def table(self, indicator: PublicIndicator, shown) -> str:
        years = sorted({p.year for s in shown for p in s.points})
        # A series with confidence intervals gets a column for them beside its values.
        with_ci = [any(p.ci_low is not None for p in s.points) for s in shown]
        head = "".join(
            f'<th scope="col">{self.area(s)}</th>'
            + (f'<th scope="col">{self.interval_heading(s)}</th>' if ci else "")
            for s, ci in zip(shown, with_ci)
        )
        rows = []
        notes = []
        for year in years:
            cells = []
            for s, ci in zip(shown, with_ci):
                point = next((p for p in s.points if p.year == year), None)
                cells.append(f"<td>{esc(self.value(indicator, point.value)) if point else '–'}</td>")
                if ci:
                    cells.append(f"<td>{esc(self.interval(indicator, point))}</td>")
                if point and point.note:
                    notes.append(f"<li>{year}, {self.area(s)}: {self.data(point.note)}</li>")
            rows.append(f'<tr><th scope="row">{year}</th>{"".join(cells)}</tr>')
        note_list = f"<ul>{''.join(notes)}</ul>" if notes else ""
        year_heading = translate("Web", "Year")
        return (f'<div class="table-scroll"><table><thead><tr><th scope="col">{esc(year_heading)}</th>{head}</tr></thead>'
                f"<tbody>{''.join(rows)}</tbody></table></div>{note_list}")

    def interval_heading(self, series: PublicSeries) -> str:
        """HTML: the heading of a series' interval column."""
        return esc(translate("Web", "95 % confidence interval, {area}")).format(area=self.area(series))

    def interval(self, indicator: PublicIndicator, point) -> str:
        """ "58–72 %": the interval's ends rounded like the value (as the report shows them)."""
        if point is None or point.ci_low is None or point.ci_high is None:
            return "–"
        low = format_number(point.ci_low, indicator.decimals, self.lang)
        return f"{low}–{self.value(indicator, point.ci_high)}"

    def about(self, indicator: PublicIndicator) -> str:
        # (heading, text, whether the text is the database's rather than the site's language)
        items = [
            (translate("Web", "Definition"), indicator.definition, True),
            (translate("Web", "Population"), indicator.population_note, True),
            (translate("Web", "Source"), indicator.data_source, True),
            (translate("Web", "Data provider"), indicator.provider, True),
            (translate("Web", "Desired direction"), labels.direction_name(indicator.direction), False),
            *((labels.indicator_detail(name)[0], getattr(indicator, name), True) for name in DETAIL_FIELDS),
        ]
        rows = "".join(f"<dt>{esc(k)}</dt><dd>{self.data(v) if stored else esc(v)}</dd>"
                       for k, v, stored in items if str(v).strip())
        about = translate("Web", "About the indicator")
        return f'<h3>{esc(about)}</h3><dl class="about">{rows}</dl>'
