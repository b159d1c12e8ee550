"""The demo status report, read back from the PDF as a reader would see it."""

from __future__ import annotations

import re
from datetime import date

import pytest
from pypdf import PdfReader

from barometer_desktop.domain.formatting import format_value


def test_every_goal_title_and_indicator_is_in_the_report(demo_pdf, demo_snapshot, read_text):
    from barometer_desktop.domain.formatting import keep_units_together

    text = read_text(demo_pdf.path)
    for goal in demo_snapshot.goals:
        assert goal.title in text
        for indicator in goal.indicators:
            assert keep_units_together(indicator.name) in text  # "(svageste 20 %)" with a no-break space


def test_values_are_printed_in_danish_format(demo_pdf, demo_snapshot, read_text):
    text = read_text(demo_pdf.path)
    grade = next(i for g in demo_snapshot.goals for i in g.indicators if i.unit == "grade")
    assert grade.development.current.value == 6.3
    assert "6,3" in text
    for goal in demo_snapshot.goals:
        headline = goal.headline
        if headline and headline.development.current:
            printed = format_value(headline.development.current.value, headline.unit, headline.decimals, "da")
            assert printed in text
    # Dates in Danish form, the English form nowhere.
    assert "02.04.2014" in text
    assert not re.search(r"\b6\.3\b", text)


def test_missing_follow_up_is_listed(demo_pdf, demo_snapshot, read_text):
    text = read_text(demo_pdf.path)
    tmu = next(c for c in demo_snapshot.committees if c.short_name == "TMU")
    assert tmu.report_missing
    assert "Integrationsredegørelse mangler:" in text and "Teknik- og Miljøudvalget (TMU)" in text
    lacking = [line.text for c in demo_snapshot.committees for line in c.lacking]
    assert lacking, "the demo data have goals without follow-up"
    flat = " ".join(text.split())
    joined = " ".join(re.sub(r"-\n", "", text).split())  # words hyphenated at a line's end, whole again
    for goal_text in lacking:
        # Long texts wrap in table cells; compare the opening words.
        opening = " ".join(goal_text.split()[:5])
        assert opening in flat or opening in joined


def test_goals_not_recorded_are_never_printed_as_not_followed_up(demo_snapshot, tmp_path, read_text):
    """A gap in the secretariat's records is not an accusation in a report to the committee;
    a report received after the deadline is printed as late."""
    from dataclasses import replace

    from barometer_desktop.report.front import ReportOptions
    from barometer_desktop.report.render_pdf import export_pdf

    suu = next(c for c in demo_snapshot.committees if c.short_name == "SUU")
    assert suu.not_recorded and not suu.lacking and suu.candidate is None
    late = replace(suu, report_received=date(2014, 12, 3), report_late=True)
    snapshot = replace(
        demo_snapshot, committees=tuple(late if c is suu else c for c in demo_snapshot.committees)
    )
    text = " ".join(read_text(export_pdf(snapshot, tmp_path / "r.pdf", ReportOptions(lang="da")).path).split())
    assert "Endnu ikke registreret af sekretariatet" in text
    assert "Modtaget for sent, 03.12.2014" in text
    lacking_count = sum(len(c.lacking) for c in demo_snapshot.committees)
    assert text.count("Ikke fulgt op") == lacking_count


def test_summary_counts_goals_by_goal_status(demo_pdf, demo_snapshot, read_text):
    counts = demo_snapshot.status_counts()
    flat = " ".join(read_text(demo_pdf.path).split())
    assert (
        f"I 2013 blev {counts['improved']} mål forbedret, {counts['worsened']} forværret, "
        f"{counts['unchanged']} var uændrede og {counts['mixed']} blandede (målstatus"
    ) in flat
    # The count is of the goal status column, the same statuses the goals' pages print.
    for goal in demo_snapshot.goals:
        assert goal.status.value in counts and counts[goal.status] >= 1


def test_significance_statement_for_survey_changes(demo_pdf, demo_snapshot, read_text):
    flat = " ".join(read_text(demo_pdf.path).split())
    within = [i for g in demo_snapshot.goals for i in g.indicators if i.development.within_uncertainty]
    assert within
    assert flat.count("Ændringen ligger inden for den statistiske usikkerhed.") >= len(within)


def test_page_count_metadata_and_page_footer(demo_pdf):
    reader = PdfReader(demo_pdf.path)
    pages = len(reader.pages)
    assert pages == demo_pdf.pages
    # Cover, contents, summary, 8 goals, committees, appendix: at least 13 pages.
    assert 13 <= pages <= 30
    info = reader.metadata
    assert info.title == "Integrationsbarometret — statusrapport 2013"
    assert "Københavns Kommune" in info.author
    assert "2013" in info.subject
    assert "2013" in info["/Keywords"]
    last = reader.pages[-1].extract_text()
    assert f"Side {pages} af {pages}" in last


def test_demo_mark_on_every_page(demo_pdf):
    for page in PdfReader(demo_pdf.path).pages:
        assert "DEMO" in page.extract_text()


def test_bookmarks_and_clickable_contents(demo_pdf, demo_snapshot):
    reader = PdfReader(demo_pdf.path)
    top = [item for item in reader.outline if not isinstance(item, list)]
    titles = [item.title for item in top]
    assert titles[0] == "Sammenfatning"
    for goal in demo_snapshot.goals:
        assert f"Mål {goal.number}: {goal.title}" in titles
    assert "Udvalgenes opfølgning" in titles
    # Every bookmark leads to a page after the contents.
    assert all(reader.get_destination_page_number(item) >= 2 for item in top)
    contents_links = [
        annotation.get_object()
        for annotation in reader.pages[1].get("/Annots", [])
        if annotation.get_object().get("/Subtype") == "/Link"
    ]
    assert len(contents_links) >= len(demo_snapshot.goals)


def test_contents_give_the_page_each_heading_landed_on(demo_pdf):
    # The numbers are filled in after layout (one pass): check them against
    # where the bookmarks really point.
    reader = PdfReader(demo_pdf.path)
    lines = [line.strip() for line in reader.pages[1].extract_text().splitlines()]
    printed = {lines[i]: lines[i + 1] for i in range(len(lines) - 1) if lines[i + 1].isdigit()}
    top = [item for item in reader.outline if not isinstance(item, list)]
    assert len(top) >= 10
    for item in top:
        assert printed[item.title] == str(reader.get_destination_page_number(item) + 1), item.title


def test_fonts_are_embedded_truetype(demo_pdf):
    reader = PdfReader(demo_pdf.path)
    embedded, names = set(), set()
    for page in reader.pages:
        fonts = page["/Resources"].get("/Font", {})
        for font in fonts.values():
            font = font.get_object()
            names.add(str(font["/BaseFont"]))
            descriptor = font.get("/FontDescriptor")
            if descriptor is not None and "/FontFile2" in descriptor.get_object():
                embedded.add(str(font["/BaseFont"]))
    assert names and names == embedded
    assert any("DejaVuSans" in name for name in names)


def test_danish_letters_extract_as_text(demo_pdf, read_text):
    assert "Færre skal opleve diskrimination" in read_text(demo_pdf.path)


def test_the_same_snapshot_gives_the_same_bytes(demo_snapshot, tmp_path):
    from barometer_desktop.report.front import ReportOptions
    from barometer_desktop.report.render_pdf import render

    options = ReportOptions(final=True, case_number="1", lang="da")
    assert render(demo_snapshot, options)[0] == render(demo_snapshot, options)[0]


def test_english_report_uses_english_number_format(demo_snapshot, tmp_path, read_text):
    from barometer_desktop.report.front import ReportOptions
    from barometer_desktop.report.render_pdf import export_pdf

    written = export_pdf(demo_snapshot, tmp_path / "en.pdf", ReportOptions(lang="en"))
    text = read_text(written.path)
    assert "6.3" in text
    assert "2 Apr 2014" in text
    # One goal in the singular, several in the plural (Danish "mål" is both).
    flat = " ".join(text.split())
    assert "— goal 1" in flat and "— goal 8" in flat and "— goals 1" not in flat


@pytest.mark.parametrize("final, mark", [(False, "UDKAST"), (True, "ENDELIG UDGAVE")])
def test_cover_shows_draft_or_final(demo_snapshot, tmp_path, final, mark):
    from barometer_desktop.report.front import ReportOptions
    from barometer_desktop.report.render_pdf import export_pdf

    written = export_pdf(demo_snapshot, tmp_path / "r.pdf", ReportOptions(final=final, case_number="2014-77"))
    cover = PdfReader(written.path).pages[0].extract_text()
    assert mark in cover
    assert "2014-77" in cover


def test_a_heading_at_the_foot_of_a_page_moves_whole_to_the_next(tmp_path):
    # A split heading would lose its bookmark key (and its page in the contents).
    import io

    from reportlab.platypus import Spacer

    from barometer_desktop.report.document import PageDecoration, ReportCanvas, ReportTemplate
    from barometer_desktop.report.front import contents, heading
    from barometer_desktop.report.render_pdf import _prepare_contents
    from barometer_desktop.report.styles import FONT, register_fonts

    register_fonts()
    buffer = io.BytesIO()
    doc = ReportTemplate(buffer, decoration=PageDecoration("Hoved", "Fod", "Side {page} af {pages}", None),
                         initialFontName=FONT)
    title = "Et mål med en meget lang overskrift, der fylder flere linjer " * 3
    story = contents() + [Spacer(1, doc.height - 50), heading(title, "h1", 0)]  # room for two of its lines
    _prepare_contents(story)
    doc.build(story, canvasmaker=ReportCanvas)
    reader = PdfReader(io.BytesIO(buffer.getvalue()))
    assert len(reader.pages) == 3
    [entry] = reader.outline
    assert reader.get_destination_page_number(entry) == 2
    assert title.split()[0] not in reader.pages[1].extract_text()  # nothing of it left behind on page 2
    assert "3" in reader.pages[0].extract_text().split()


def test_progress_rises_steadily_to_the_end(demo_snapshot):
    from barometer_desktop.report.front import ReportOptions
    from barometer_desktop.report.render_pdf import render

    reported = []
    render(demo_snapshot, ReportOptions(), progress=reported.append)
    assert reported == sorted(reported) and reported[-1] == 1.0
    # One step per item of the story, not one jump: the dialog's bar moves.
    assert len(reported) > 50 and max(b - a for a, b in zip(reported, reported[1:])) < 0.1


def test_summary_table_breaks_no_word(demo_pdf):
    # Narrow columns once printed "10,3 pct." over "-point", "pct.-po-" over "int" and
    # "Karaktergennemsnit" over ", tosprogede". A figure keeps its unit on its line (a no-break
    # space); "pct.-point" may break only at its own hyphen.
    reader = PdfReader(demo_pdf.path)
    summary = next(page.extract_text() for page in reader.pages if "Barometret følger" in page.extract_text())
    lines = [line.strip() for line in summary.splitlines()]
    assert "Karaktergennemsnit," in summary
    assert re.search(r"\u2212\d+,\d\u00a0pct\.-\n\s*point", summary), summary
    assert not [line for line in lines if line.startswith(("-point", ",", "oint", "int", "pct", "%"))]
    assert not [line for line in lines if re.search(r"pct\.-p|-po$", line)]


def test_long_danish_words_in_table_cells_break_at_hyphenation_points():
    # Without pyphen, ReportLab cuts a word that does not fit anywhere ("Ungdo" / "msforvaltningen").
    import io

    import pyphen
    from reportlab.lib.units import mm
    from reportlab.platypus import SimpleDocTemplate

    from barometer_desktop.report.tables import data_table

    buffer = io.BytesIO()
    words = "Arbejdsmarkedsstyrelsens Ungdomsforvaltningen trivselsundersøgelse"
    SimpleDocTemplate(buffer).build([data_table(["Kilde"], [[words]], [25 * mm])])
    lines = [line.strip() for line in PdfReader(io.BytesIO(buffer.getvalue())).pages[0].extract_text().splitlines()]
    heads = {head for word in words.split() for head, _tail in pyphen.Pyphen(lang="da_DK").iterate(word)}
    text, breaks = "", []
    for line in lines[1:]:  # after the header
        if line.endswith("-"):
            text += line[:-1]
            breaks.append(text.split()[-1])  # the word so far, up to this break
        else:
            text += line + " "
    assert text.split() == words.split(), lines  # every break was marked with a hyphen
    assert breaks and all(head in heads for head in breaks), lines


def test_appendix_sorts_the_data_quality_notes_by_indicator(demo_pdf, read_text):
    text = read_text(demo_pdf.path)
    notes = text[text.rindex("Bemærkninger om datakvalitet"):]
    codes = re.findall(r"^• (\d+\.\d+)", notes, re.MULTILINE)
    assert len(codes) >= 3
    assert codes == sorted(codes, key=lambda code: tuple(int(x) for x in code.split(".")))


@pytest.mark.parametrize(("frequency", "release_month", "expected"), [
    ("yearly", 10, "oktober 2015"),
    ("biennial", 11, "november 2016"),
    ("monthly", None, "januar 2015"),
    ("quarterly", None, "januar 2015"),
    ("monthly", 2, "februar 2015"),
    ("yearly", None, "Ikke aftalt"),
])
def test_next_expected_data_is_always_a_month_and_a_year(demo_snapshot, frequency, release_month, expected):
    from dataclasses import replace

    from barometer_desktop.report.follow_up import _next_data
    from barometer_desktop.report.text import report_language

    snapshot = replace(demo_snapshot, missing_data=())
    # 1.1 has a 2013 value; its release rule replaced by the case's (data for year X in year X + 1).
    view = next(i for goal in snapshot.goals for i in goal.indicators if i.code == "1.1")
    view = replace(view, indicator=replace(view.indicator, frequency=frequency, release_month=release_month,
                                           release_year_offset=1))
    with report_language("da"):
        assert _next_data(snapshot, view) == expected


def test_the_chart_shows_the_years_of_the_values_table(demo_snapshot):
    from barometer_desktop.report.charts import shown_years, trend_chart

    for indicator in (i for goal in demo_snapshot.goals for i in goal.indicators):
        series = [s for s in indicator.series if s.yearly()]
        drawing = trend_chart(indicator, 400)
        plots = [item for item in drawing.contents if type(item).__name__ == "LinePlot"]
        if not plots:
            continue
        years = {x for line in plots[0].data for x, _ in line}
        assert min(years) == shown_years(series)[0] and max(years) == shown_years(series)[-1]


def test_an_empty_note_column_is_left_out(demo_snapshot):
    from dataclasses import replace

    from barometer_desktop.report.follow_up import committees_section
    from barometer_desktop.report.tables import styles  # noqa: F401 - fonts and styles registered
    from barometer_desktop.report.text import report_language

    committees = tuple(
        replace(c, lacking=tuple(replace(line, note="") for line in c.lacking),
                partly=tuple(replace(line, note="") for line in c.partly))
        for c in demo_snapshot.committees
    )
    with report_language("da"):
        story = committees_section(replace(demo_snapshot, committees=committees), 480)
    from reportlab.platypus import Table

    tables = [f for f in story if isinstance(f, Table)]
    last = tables[-1]
    assert len(last._cellvalues[0]) == 3  # Udvalg, Handleplansmål, Opfølgning: no empty Bemærkning


def test_every_area_shown_gets_its_verdict_by_the_same_rule(demo_pdf, demo_snapshot, read_text):
    flat = " ".join(read_text(demo_pdf.path).split())
    goal = demo_snapshot.goals[0]
    national = next(a for a in goal.area_statuses if a.is_country)
    assert "Målstatus efter samme regel: Hele landet" in flat
    from barometer_desktop.i18n import output_language
    from barometer_desktop.labels import verdict_mark

    with output_language("da"):
        assert f"Hele landet {verdict_mark(national.status)}" in flat
    # Each indicator's table of areas, with the country's own development.
    assert flat.count("Udvikling efter område") == sum(len(g.indicators) for g in demo_snapshot.goals)
    headline = goal.indicators[0]
    assert headline.national is not None and headline.national.development.current is not None


def test_no_report_received_is_never_printed_as_all_followed_up(demo_snapshot, tmp_path, read_text):
    """A year in which no integration report has come says so, not "all goals were followed up"."""
    from dataclasses import replace

    from barometer_desktop.report.front import ReportOptions
    from barometer_desktop.report.render_pdf import export_pdf

    waiting = tuple(replace(c, report_received=None, report_missing=True, lacking=(), partly=(), not_recorded=())
                    for c in demo_snapshot.committees)
    snapshot = replace(demo_snapshot, committees=waiting)
    text = " ".join(read_text(export_pdf(snapshot, tmp_path / "r.pdf", ReportOptions(lang="da")).path).split())
    assert "Der er fulgt op på alle handleplansmål" not in text
    assert f"ikke er modtaget ({len(waiting)} af {len(waiting)})" in text
