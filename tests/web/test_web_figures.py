"""The web barometer's figures: confidence intervals and the unit on survey charts, one CSV per
indicator (linked, listed in the site marker, re-publishable), the "last updated" date, the
favicon, and CSV files in the site's language format with plain machine-readable numbers."""

from __future__ import annotations

import csv
import re
from datetime import date, datetime
from html.parser import HTMLParser
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st
from sqlalchemy import update

from barometer_desktop.assembly.assemble_snapshot import assemble
from barometer_desktop.domain.periods import Period
from barometer_desktop.domain.significance import proportion_confidence_interval
from barometer_desktop.domain.spreadsheet_text import plain_number
from barometer_desktop.report.snapshot_codec import from_json, to_json
from barometer_desktop.resources import shipped_path
from barometer_desktop.storage import catalog, observations
from barometer_desktop.storage.observations import ObservationInput
from barometer_desktop.storage.schema import observation
from barometer_desktop.web.public import PublicPoint, PublicSeries, indicator_csv_names
from barometer_desktop.web.publish import publish_site
from barometer_desktop.web.svg import BOTTOM, HEIGHT, TOP, line_chart
from barometer_desktop.write_targets import SITE_MARKER
from tests import stored_values

DELIMITER = {"da": ";", "en": ","}


class Elements(HTMLParser):
    """Every start tag with its attributes, and the text of each <svg> element."""

    def __init__(self) -> None:
        super().__init__()
        self.tags: list[tuple[str, dict[str, str]]] = []
        self.text: list[str] = []

    def handle_starttag(self, tag, attrs):
        self.tags.append((tag, dict(attrs)))

    def handle_startendtag(self, tag, attrs):
        self.tags.append((tag, dict(attrs)))

    def handle_data(self, data):
        self.text.append(data)


def elements(path: Path) -> Elements:
    parser = Elements()
    parser.feed(path.read_text(encoding="utf-8"))
    return parser


def rows(path: Path, lang: str) -> list[dict[str, str]]:
    text = path.read_text(encoding="utf-8")
    assert text.startswith("\ufeff")  # Excel reads the Danish letters
    return list(csv.DictReader(text[1:].splitlines(), delimiter=DELIMITER[lang]))


def chart_of(page: Path, code: str) -> str:
    """The SVG chart in the section of the indicator with `code` (sections are numbered in the goal)."""
    goal, number = code.split(".")
    html = page.read_text(encoding="utf-8")
    start = html.rindex("<svg", 0, html.index(f'aria-labelledby="chart-{goal}-{number}-title'))
    return html[start:html.index("</svg>", start)]


@pytest.fixture
def ids(demo_db):
    return ({i.code: i.id for i in catalog.indicators(demo_db)}, {a.name: a.id for a in catalog.areas(demo_db)})


# -- 1. confidence intervals and the unit ----------------------------------------------


def test_survey_chart_draws_each_values_confidence_interval_and_names_the_unit(demo_db, tmp_path: Path):
    snapshot = assemble(demo_db, 2013)
    survey = next(i for g in snapshot.goals for i in g.indicators if i.code == "6.1")
    register = next(i for g in snapshot.goals for i in g.indicators if i.code == "1.2")
    site = publish_site(snapshot, tmp_path / "web")
    page = (site / "maal-6.html").read_text(encoding="utf-8")
    chart = chart_of(site / "maal-6.html", "6.1")
    # One error bar per final value with an interval, in the chart's main and country series.
    shown = [s for s in survey.series if s.is_main or s.is_country]
    expected = sum(1 for s in shown for p in s.yearly() if not p.provisional and p.ci_low is not None)
    assert expected > 10 and chart.count('class="ci"') == expected
    assert '<text class="axis unit"' in chart and ">Procent</text>" in chart
    assert "95 %-konfidensinterval" in page  # the legend and the table's column say what the bars are
    # A register indicator has no bars, but its unit on the axis all the same.
    assert not any(p.ci_low is not None for s in register.series for p in s.points)
    register_chart = chart_of(site / "maal-1.html", "1.2")
    assert 'class="ci"' not in register_chart and ">Procent</text>" in register_chart


def test_the_value_axis_spans_the_intervals_so_no_bar_is_cut_off():
    points = (PublicPoint(2011, 50.0, "", ci_low=10.0, ci_high=90.0), PublicPoint(2012, 52.0, ""))
    svg = line_chart("c", "t", "d", [PublicSeries("By", True, False, points)], str, "Procent")
    bar = re.search(r'class="ci" d="M[\d.]+,([\d.]+)H[\d.]+M[\d.]+,[\d.]+V([\d.]+)', svg)
    assert bar is not None
    high, low = float(bar.group(1)), float(bar.group(2))
    assert TOP <= high < low <= HEIGHT - BOTTOM
    ticks = [float(t) for t in re.findall(r'text-anchor="end">([\d.]+)</text>', svg)]
    assert min(ticks) <= 10.0 and max(ticks) >= 90.0


# -- 2. per-indicator CSV ----------------------------------------------------------------


def test_every_indicator_links_its_own_csv_with_interval_sample_size_and_source(demo_db, tmp_path: Path):
    snapshot = assemble(demo_db, 2013)
    site = publish_site(snapshot, tmp_path / "web")
    marker = (site / SITE_MARKER).read_text(encoding="utf-8").splitlines()[1:]
    for goal in snapshot.goals:
        links = {a["href"] for tag, a in elements(site / f"maal-{goal.number}.html").tags if tag == "a" and "href" in a}
        for indicator in goal.indicators:
            name = indicator_csv_names([indicator.code])[indicator.code]
            assert name in links and name in marker and (site / name).is_file(), indicator.code
    survey = rows(site / "data-6-1.csv", "da")
    assert list(survey[0]) == ["indikator", "navn", "område", "år", "værdi", "enhed", "ki_95_nedre", "ki_95_øvre",
                               "stikprøve", "foreløbig", "kilde"]
    view = next(i for g in snapshot.goals for i in g.indicators if i.code == "6.1")
    stored = {(s.area_name, str(p.period)): p for s in view.series for p in s.points}
    for row in survey:
        point = stored[(row["område"], row["år"])]
        assert not point.provisional and row["foreløbig"] == "nej"
        assert row["kilde"] == view.data_source and row["enhed"] == "Procent"
        if point.sample_size:
            # The interval is the one the whole app computes (a share: from the sample size), rounded as published.
            low, high = proportion_confidence_interval(point.value, point.sample_size)
            assert (row["ki_95_nedre"], row["ki_95_øvre"]) == (plain_number(low, 0, "da"), plain_number(high, 0, "da"))
            assert row["stikprøve"] == str(point.sample_size)
        else:
            assert row["ki_95_nedre"] == row["ki_95_øvre"] == row["stikprøve"] == ""
    assert any(row["stikprøve"] for row in survey)
    # A register indicator has no interval and no sample size, but all its values and its source.
    register = rows(site / "data-1-2.csv", "da")
    assert register and all(r["ki_95_nedre"] == "" and r["stikprøve"] == "" and r["kilde"] for r in register)


def test_provisional_values_stay_out_of_the_indicator_csv(demo_db, ids, tmp_path: Path):
    indicators, areas = ids
    current = {(r.area_id, r.period): r for r in observations.series(demo_db, indicators["6.1"])}
    stored_values.save(demo_db, [ObservationInput(
        indicators["6.1"], areas["København"], Period.year_of(2013), 77.7, is_provisional=True,
        expected_version=current[(areas["København"], Period.year_of(2013))].version)])
    site = publish_site(assemble(demo_db, 2013), tmp_path / "web")
    survey = rows(site / "data-6-1.csv", "da")
    assert ("København", "2013") not in {(r["område"], r["år"]) for r in survey}
    assert ("København", "2012") in {(r["område"], r["år"]) for r in survey}
    assert {r["foreløbig"] for r in survey} == {"nej"}


def test_republishing_replaces_indicator_files_an_earlier_site_had(demo_db, tmp_path: Path):
    target = tmp_path / "web"
    publish_site(assemble(demo_db, 2013), target)
    # A CSV the earlier site had (its marker lists it) and this one does not: it goes, no refusal.
    (target / "data-old.csv").write_text("x", encoding="utf-8")
    with (target / SITE_MARKER).open("a", encoding="utf-8") as marker:
        marker.write("data-old.csv\n")
    publish_site(assemble(demo_db, 2013), target, lang="en")
    assert not (target / "data-old.csv").exists() and (target / "data-6-1.csv").is_file()
    assert rows(target / "data-6-1.csv", "en")[0]["provisional"] == "no"


def test_csv_file_names_are_safe_and_distinct():
    names = indicator_csv_names(["1.1", "1-1", "Æ/../x", "", "1.1"])
    assert names["1.1"] == "data-1-1.csv"
    assert len(set(names.values())) == 4
    assert all(re.fullmatch(r"data-[a-z0-9-]+\.csv", n) for n in names.values()), names


# -- 3. last updated ------------------------------------------------------------------------


def test_last_updated_is_the_latest_stored_change_of_the_published_values(demo_db, ids, tmp_path: Path):
    indicators, areas = ids
    current = {(r.area_id, r.period): r for r in observations.series(demo_db, indicators["6.1"])}
    stored_values.save(demo_db, [ObservationInput(
        indicators["6.1"], areas["København"], Period.year_of(2013), 77.7, is_provisional=True,
        expected_version=current[(areas["København"], Period.year_of(2013))].version)])
    with demo_db.transaction() as session:
        session.execute(update(observation).where(observation.c.indicator_id == indicators["6.1"])
                        .values(entered_at=datetime(2014, 1, 10, 9, 30)))
        session.execute(update(observation).where(observation.c.indicator_id == indicators["6.1"],
                                                  observation.c.area_id == areas["Hele landet"],
                                                  observation.c.year == 2012)
                        .values(entered_at=datetime(2014, 3, 5, 16, 0)))
        # A later change to a value the public does not see (the provisional one) does not count.
        session.execute(update(observation).where(observation.c.indicator_id == indicators["6.1"],
                                                  observation.c.is_provisional.is_(True))
                        .values(entered_at=datetime(2014, 6, 1, 8, 0)))
    snapshot = assemble(demo_db, 2013)
    danish = (publish_site(snapshot, tmp_path / "da") / "maal-6.html").read_text(encoding="utf-8")
    english = (publish_site(snapshot, tmp_path / "en", lang="en") / "maal-6.html").read_text(encoding="utf-8")
    assert 'Senest opdateret <time datetime="2014-03-05">05.03.2014</time>' in danish
    assert 'Last updated <time datetime="2014-03-05">5 Mar 2014</time>' in english
    # The day travels in the snapshot (a final edition keeps it), not in a query of web/.
    again = from_json(to_json(snapshot))
    view = next(i for g in again.goals for i in g.indicators if i.code == "6.1")
    assert max(p.changed_on for s in view.series for p in s.points if not p.provisional) == date(2014, 3, 5)


# -- 4. favicon ------------------------------------------------------------------------------


def test_every_page_links_the_apps_icon_as_favicon(demo_db, tmp_path: Path):
    site = publish_site(assemble(demo_db, 2013), tmp_path / "web")
    assert (site / "favicon.svg").read_text(encoding="utf-8") == shipped_path(
        "resources", "icons", "app.svg").read_text(encoding="utf-8")
    assert "favicon.svg" in (site / SITE_MARKER).read_text(encoding="utf-8").splitlines()
    for page in site.glob("*.html"):
        assert ("link", {"rel": "icon", "href": "favicon.svg", "type": "image/svg+xml"}) in elements(page).tags


# -- 5. the CSV format per language --------------------------------------------------------


def test_danish_csv_uses_semicolons_and_commas_english_commas_and_points(demo_db, ids, tmp_path: Path):
    indicators, areas = ids
    current = {(r.area_id, r.period): r for r in observations.series(demo_db, indicators["4.1"])}
    stored_values.save(demo_db, [ObservationInput(
        indicators["4.1"], areas["Hele landet"], Period.year_of(2012), -1234.56,
        expected_version=current[(areas["Hele landet"], Period.year_of(2012))].version)])
    snapshot = assemble(demo_db, 2013)
    for lang, expected, note in (("da", "-1234,6", "semikolon"), ("en", "-1234.6", "comma-separated")):
        site = publish_site(snapshot, tmp_path / lang, lang=lang)
        for name in ("data.csv", "data-4-1.csv"):
            text = (site / name).read_text(encoding="utf-8")
            # Machine-readable: an ASCII minus, no thousands separator, no (non-breaking) spaces in numbers.
            assert "\u2212" not in text and "\u00a0" not in text and "\u202f" not in text
            table = list(csv.reader(text[1:].splitlines(), delimiter=DELIMITER[lang]))
            assert len({len(row) for row in table}) == 1 and len(table[0]) > 5  # the delimiter splits every row
            values = [row[table[0].index("værdi" if lang == "da" else "value")] for row in table[1:]]
            assert expected in values
            assert all(re.fullmatch(r"-?\d+([.,]\d+)?", v) for v in values)
            assert all(("," not in v) if lang == "en" else ("." not in v) for v in values)
        pages = [p.read_text(encoding="utf-8") for p in site.glob("*.html")]
        assert all(note in page for page in pages)  # every page says which format the files are in


@given(st.floats(min_value=-1e12, max_value=1e12, allow_nan=False), st.integers(0, 3), st.sampled_from(["da", "en"]))
def test_plain_number_reads_back_as_the_published_figure(value, decimals, lang):
    text = plain_number(value, decimals, lang)
    assert re.fullmatch(r"-?\d+" + (r"([,]\d+)?" if lang == "da" else r"([.]\d+)?"), text), text
    assert abs(float(text.replace(",", ".")) - value) <= 0.5 * 10 ** -decimals + 1e-6 * abs(value)


# -- Danish names on English pages (WCAG 3.1.2) ------------------------------------------


class Languages(HTMLParser):
    """Each text node with the language it is in (the nearest lang attribute), outside <head> and <svg>."""

    def __init__(self) -> None:
        super().__init__()
        self.stack: list[tuple[str, str | None, bool]] = []
        self.texts: list[tuple[str, str]] = []

    def handle_starttag(self, tag, attrs):
        if tag in {"meta", "link", "br", "img", "input", "hr", "circle", "rect", "line", "polyline", "path"}:
            return
        skipped = tag in {"head", "svg"} or any(s for _, _, s in self.stack)
        self.stack.append((tag, dict(attrs).get("lang"), skipped))

    def handle_endtag(self, tag):
        if self.stack and self.stack[-1][0] == tag:
            self.stack.pop()

    def handle_data(self, data):
        if data.strip() and not any(s for _, _, s in self.stack):
            lang = next((lang for _, lang, _ in reversed(self.stack) if lang), None)
            self.texts.append((data.strip(), lang))


def test_danish_names_on_english_pages_are_marked_danish(demo_db, tmp_path: Path):
    snapshot = assemble(demo_db, 2013)
    english = publish_site(snapshot, tmp_path / "en", lang="en")
    danish = publish_site(snapshot, tmp_path / "da")
    goal = next(g for g in snapshot.goals if g.number == 6)
    indicator = goal.indicators[0]
    parser = Languages()
    parser.feed((english / "maal-6.html").read_text(encoding="utf-8"))
    texts = dict(parser.texts)
    # The database's Danish: the goal, the indicator, its definition and source, the area names.
    for text in (goal.title, indicator.name, indicator.definition, indicator.data_source, "København"):
        assert texts.get(text) == "da", (text, texts.get(text))
    # The site's own words stay English, the whole country's name among them (the window's word).
    assert texts["Higher is better"] == "en" and texts["About the indicator"] == "en"
    assert texts["Whole country"] == "en" and "Hele landet" not in texts
    index = Languages()
    index.feed((english / "index.html").read_text(encoding="utf-8"))
    assert dict(index.texts)[goal.title] == "da"
    # A Danish page has nothing to mark.
    assert 'lang="da"' not in (danish / "maal-6.html").read_text(encoding="utf-8").replace('<html lang="da">', "")
